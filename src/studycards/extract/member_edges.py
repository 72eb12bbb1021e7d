"""A list's outer edges on whole terms: the blank of a list found by its shape (enumerations.py) opens where its first
member's term opens, not after a noun of that term (参加城镇基本|养老保险、失业保险… asks 城镇基本养老保险).

A member is cut to its fellows' shape on the words jieba gives it; a term of the genre is often several such words
(基本|养老保险, 农产品|流通企业, 铁路|新干线), which the text shows by the word that opens the phrase: a verb, a
preposition, a particle or a pronoun before the nouns (参加|…, 与|…, 的|…).
"""

from __future__ import annotations

from itertools import accumulate

from studycards.segment import Segmenter

MODIFIER_TAGS = frozenset(("n", "nz", "ns", "b", "j"))
"""Tags of a word that modifies the noun after it as part of one term (基本|养老保险, 农产品|流通企业); not vn, l or
i, which jieba gives verbs (发展, 运用, 建立健全)."""
TERM_TAGS = MODIFIER_TAGS | {"nt"}
"""Tags of the word a member that is a term opens with (养老保险, 专业合作社), not a verb and its object (发展经济)."""
JOINT_TAGS = ("v", "vn", "p", "u", "r")
"""Tags of the word that opens the phrase a list's first member ends (参加|城镇基本养老保险, 与|农产品流通企业)."""
MAX_TERM = 8
"""How long a first member may grow to: longer, the nouns before it are more likely verbs jieba calls nouns (外资|投向|
农业综合开发)."""
MODALS = frozenset(["应当", "应该", "应", "可以", "必须", "须", "要", "不得", "能够", "有权"])
"""Modal words: a verb follows them, whatever jieba calls it (应当|统筹安排, 不得|利用)."""
BOUND_SUFFIXES = "化性型式"
"""Endings of members built alike (制度化、规范化、程序化): the nouns before the first are what all of them are said of."""


def with_first_term(seg: Segmenter, sentence: str, start: int, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` (a list's members; `start`: where the clause around it opens) with the first member widened back over
    the nouns of its term to the word that opens them, when every member but the last is a term (养老保险、失业保险; not
    传播、暴发、流行 or 发展经济、改善民生, whose nouns before are their subject)."""
    first, *others = [sentence[a:b] for a, b in spans]
    if not all(_term(seg, member) for member in [first, *others[:-1]]):
        return spans
    if len({member[-1] for member in [first, *others]}) == 1 and first[-1] in BOUND_SUFFIXES:
        return spans
    words = seg.tagged(sentence[start : spans[0][0]])
    ends = [0, *accumulate(len(word) for word, _ in words)]
    index = len(words) - 1
    while index >= 0 and words[index][1] in MODIFIER_TAGS and len(words[index][0]) > 1:
        index -= 1
    if index == len(words) - 1 or index < 0 or not _joint(words[index]):
        return spans
    opening = start + ends[index + 1]
    if spans[0][1] - opening > MAX_TERM:
        return spans
    return [(opening, spans[0][1]), *spans[1:]]


def _term(seg: Segmenter, member: str) -> bool:
    words = seg.tagged(member)
    return bool(words) and words[0][1] in TERM_TAGS


def _joint(word: tuple[str, str]) -> bool:
    """A word that opens a phrase: a verb of two characters or more, a preposition, a particle, a pronoun; not a
    modal word, which a verb follows (应当|统筹安排, 不得|利用: verbs jieba calls nouns)."""
    text, tag = word
    verb = str(tag).startswith("v")
    return str(tag).startswith(JOINT_TAGS) and (len(text) > 1 or not verb) and not (verb and text in MODALS)
