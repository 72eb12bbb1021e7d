"""Blanks on whole units: a deletion whose edge falls inside one is widened to it, or, where widening would break the
card, the fact is not asked. A unit is a word the dictionary knows (clauses.whole_words keeps those: 检察|委员会), a
noun made with a suffix noun (所有权|人, 境外接收|方, 涉密|人员), what a 以…为 frame holds (以|为人民服务|为核心), and a
list's member with what its own words leave to the next one: a last member cut before its head (伪造、变造、{{故意}}损毁;
安装、改造、{{重大}}修理过程), or a list of modifiers and the head they share (小型、重大|修理: asked with it)."""

from __future__ import annotations

from dataclasses import replace

from studycards.facts import Fact
from studycards.segment import Segmenter

SUFFIXES = frozenset("人 方 者 费 权 户 商 金 证 书 员".split()) | {"人员"}
"""Nouns that make one noun of the word before them (所有权人, 接收方, 经营者, 管理费, 知情权, 涉密人员): standing as a
word of their own after a blank's end, the blank cut the noun."""
ATTRIBUTIVE = "b"
"""jieba's tag of a word that only modifies (小型, 重大 is 'a', 临时, 非法): never a member alone."""
ADVERBIAL = frozenset(("d", "ad", "vd"))
"""Tags of a word that modifies the verb after it (故意, 擅自, 快速)."""
ADJECTIVE = "a"
VERB_TAGS = frozenset(("v", "vn"))
PARTICLES = frozenset("的地得之和与及或等")
"""What may follow a list's last member that is no head it waits for (公开、平等、竞争、择优的)."""
HEAD_TAG_OPENINGS = ("v", "n")
"""Tags of the head modifiers share (小型、重大|修理; 大型、中型|企业): a verb or a noun."""
VERB_OPENING = ("v",)
"""The tag of the head an adverb or adjective waits for (故意|损毁; 重大|修理); an attributive word's is a noun too."""
MIN_HEAD, MAX_HEAD = 2, 4
"""Characters of a head a member may grow by: not a bare 是 or 有 (特别|是)."""


def whole_units(fact: Fact, seg: Segmenter) -> Fact | None:
    """`fact` with each deletion on a whole unit (widened), or None where a list's member waits for a head it cannot
    take in. An outline's points and a fact without blanks pass as they are."""
    if fact.kind == "outline" or not fact.spans:
        return fact
    kept = [span for span in fact.spans if not _ends_an_exception(fact.text, span, seg)]
    if len(kept) < len(fact.spans):
        return whole_units(fact.with_spans(kept), seg) if kept and not fact.whole else None
    spans = [(_past_frame_opener(fact.text, start, end), _suffix_end(fact.text, end, seg)) for start, end in fact.spans]
    if _overlapping(spans):
        spans = list(fact.spans)
    whole = fact.whole
    if fact.kind == "enumeration" or fact.whole:
        listed = _with_head(fact.text, spans, seg)
        if listed is None:
            return None
        spans, shared = listed
        whole = whole or shared
    if spans == list(fact.spans) and whole == fact.whole:
        return fact
    return replace(fact.with_spans(spans), whole=whole)


def _past_frame_opener(text: str, start: int, end: int) -> int:
    """A deletion's start moved past the 以 of a 以…为 frame it took in (开展{{以为人民服务}}为核心 -> 以{{为人民服务}}为核心):
    the frame is the cue, what it holds the answer."""
    opens = text.startswith("以", start) and end - start > 2 and text.startswith("为", end)
    return start + 1 if opens else start


def _ends_an_exception(text: str, span: tuple[int, int], seg: Segmenter) -> bool:
    """Whether the blank ends on the 外 of a 除…外 its sentence opens (除了…依法予以{{追究外}}，还应当…; 除用于执行军事、
    海关、{{警察飞行任务外}}的航空器): the frame's word, not the answer's."""
    start, end = span
    if text[end - 1 : end] != "外" or _word_at(text, end - 1, seg) != "外":
        return False
    opening = max(text.rfind(mark, 0, start) for mark in "。；;！？") + 1
    return "除" in text[opening:start]


def _suffix_end(text: str, end: int, seg: Segmenter) -> int:
    """`end`, or past the suffix noun that stands after it as a word of its own (所有权|人或者 -> 所有权人)."""
    if end == 0 or end >= len(text) or not text[end - 1].isalnum():
        return end
    for suffix in SUFFIXES:
        if text.startswith(suffix, end) and _word_at(text, end, seg) == suffix:
            return end + len(suffix)
    return end


def _word_at(text: str, at: int, seg: Segmenter) -> str:
    """The dictionary's word of `text` that starts at `at` ('' if none starts there)."""
    starts = sorted(seg.dictionary_starts_around(text, at))
    if at not in starts:
        return ""
    following = [start for start in starts if start > at]
    return text[at : following[0]] if following else text[at:]


def _with_head(text: str, spans: list[tuple[int, int]], seg: Segmenter) -> tuple[list[tuple[int, int]], bool] | None:
    """A list's spans with its last member taking in the head it waits for, and whether the list is now asked whole
    (its members all modifiers: 小型、{{重大}}修理 asks 小型、重大修理); None when the head is not there to take."""
    tags = [_tags(text[start:end], seg) for start, end in spans]
    end = spans[-1][1]
    if end >= len(text) or not text[end].isalnum() or text[end] in PARTICLES:
        return spans, False  # 公开、平等、竞争、择优的: members that are predicates of their own
    if len({text[end - 1] for _, end in spans}) == 1:
        return spans, False  # 革命化、现代化、正规化|建设: members built alike, whatever the tagger calls them
    shared = _attributive(tags)
    if not (shared or _waits(tags[-1], tags[:-1])):
        return spans, False
    nominal = shared or tags[-1] == [ATTRIBUTIVE]  # 小型、重大|修理; 董事、监事、高级|管理人员
    head = _head_after(text, end, seg, HEAD_TAG_OPENINGS if nominal else VERB_OPENING)
    if not head:
        return None if not shared else (spans, False)  # 伪造、{{故意}}向…: a member waiting for a head it cannot take
    return spans[:-1] + [(spans[-1][0], end + len(head))], shared


def _attributive(tags: list[list[str]]) -> bool:
    """Whether a list's members are each one word that modifies, one at least never more (小型、重大): the head after
    them is theirs, not a word of another member."""
    alone = all(len(t) == 1 and t[0] in (ATTRIBUTIVE, ADJECTIVE) for t in tags)
    return alone and any(t == [ATTRIBUTIVE] for t in tags)


def _waits(last: list[str], others: list[list[str]]) -> bool:
    """Whether a list's last member (its words' tags) is a modifier the others are not: an adverb or attributive word
    alone (伪造、变造、{{故意}}|损毁; 隐匿、毁弃、{{非法}}|删除), or an adjective alone after verbs (安装、改造、{{重大}}|修理): the
    verb after it is its head."""
    if len(last) != 1 or any(t and t[-1] in ADVERBIAL | {ATTRIBUTIVE, ADJECTIVE} for t in others):
        return False  # 更大范围、更宽领域、更深层次|对外开放: members built alike
    if last[0] in ADVERBIAL or last[0] == ATTRIBUTIVE:
        return True
    return last[0] == ADJECTIVE and all(t and t[-1] in VERB_TAGS for t in others)


def _tags(member: str, seg: Segmenter) -> list[str]:
    """The tags of `member`'s words; a one-character last word (好 in 实现好, 长 in 时长) tagged '' (a complement)."""
    words = seg.tagged(member)
    return [tag if len(word) > 1 or index < len(words) - 1 else "" for index, (word, tag) in enumerate(words)]


def _head_after(text: str, at: int, seg: Segmenter, openings: tuple[str, ...]) -> str:
    """The word right after `at` (修理 in 重大|修理过程) if its tag opens with one of `openings`, else ''."""
    word = _word_at(text, at, seg)
    if not MIN_HEAD <= len(word) <= MAX_HEAD or not word[0].isalnum():
        return ""
    return word if seg.dictionary_tag(word).startswith(openings) else ""


def _overlapping(spans: list[tuple[int, int]]) -> bool:
    return any(a[1] > b[0] for a, b in zip(spans, spans[1:]))
