"""Whether a blank has two answers: its sentence stands elsewhere in the material with another phrase in its place
(国家实行{{…}}制度 of two articles; 民用航空器不得{{…}} of two rules; a penalty cut to ……情节严重的，处{{…}}), or it
shows only words any document of its genre says (国家建立健全{{…}}制度。, 各级人民政府应当{{…}}。: data/frame_words.txt).
A learner or a candidate cannot tell which is asked."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from importlib import resources

ARTICLE = re.compile(r"^第[〇零一二两三四五六七八九十百千]+条[\s。]*")
SPACES = re.compile(r"\s")
QUOTES = re.compile(r"[“”‘’「」《》\"\s]")
"""Marks an answer is compared without (its quotes stay in the sentence: 推进农村“[...]”建设 is no 推进农村…建设)."""
STOPS = "。！？!?"
"""What ends a sentence."""
SENTENCE_BREAK = re.compile(f"[{STOPS}]")
ELIDED = "……"
"""Where a card or stem left words out: any words of the same sentence may stand there."""
MIN_AROUND = 4
"""Characters the sentence must show around the blank to be looked for: fewer match anything."""
MAX_OTHER = 30
"""The longest other phrase looked for in the blank's place."""
IN_SENTENCE = f"[^\\x00{STOPS}]"
CLAUSE_START = "(?:^|(?<=[\\x00。！？!?；;，,：:]))"
"""Where the sentence as shown starts: at a clause of the material, not inside one (全国人民代表大会每届任期 in
…每届任期同全国人民代表大会每届任期相同)."""
CLAUSE_END = f"(?=[\\x00{STOPS}；;，,]|$)"
"""Where another phrase in a blank's place may end when the blank ends its sentence: at a clause's end too."""


WORD = re.compile(r"^[\u4e00-\u9fff]{2,}$")
"""A word that may say what a sentence is about (of two characters or more: 的, 对, 应 say nothing)."""


@lru_cache(maxsize=1)
def frame_words() -> dict[str, frozenset[str]]:
    """The frame words of each genre (laws, reports), as data/frame_words.txt lists them (genre, a tab, the word)."""
    text = resources.files("studycards.data").joinpath("frame_words.txt").read_text(encoding="utf-8")
    found: dict[str, set[str]] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            genre, word, _ = line.split("\t")
            found.setdefault(genre, set()).add(word)
    return {genre: frozenset(words) for genre, words in found.items()}


def says_nothing(before: str, after: str, genre: str, words: Callable[[str], Iterable[str]]) -> bool:
    """Whether the sentence around a blank (`before` it and `after` it) shows only frame words of its genre
    (`words`: the segmenter's cut): 国家建立健全[...]制度, 积极促进[...], 加强对[...]的支持."""
    head = SENTENCE_BREAK.split(before)[-1].replace(ELIDED, "，")
    tail = SENTENCE_BREAK.split(after)[0].replace(ELIDED, "，")
    frame = frame_words().get(genre, frozenset())
    shown = list(words(unquoted(head) + "□" + unquoted(tail)))
    if "是" in shown:
        return False  # 民主是社会主义的[...]: a judgement of its subject, however common its words
    return not any(WORD.match(word) and word not in frame for word in shown)


def material(paragraphs) -> str:
    """The material's paragraphs as `fills_otherwise` looks in them, an article's number aside (第十条　国家实行…)."""
    return "\x00".join(SPACES.sub("", ARTICLE.sub("", paragraph)) for paragraph in paragraphs)


def unquoted(text: str) -> str:
    return QUOTES.sub("", text)


def fills_otherwise(before: str, answer: str, after: str, said: str) -> bool:
    """Whether the sentence around the blank (`before` it and `after` it, as shown, from the start of a clause) stands
    in `said` (`material`) with a phrase in the blank's place that does not hold `answer`; the blank's own sentence
    is no such place."""
    head = SPACES.sub("", SENTENCE_BREAK.split(before)[-1])
    tail = SPACES.sub("", SENTENCE_BREAK.split(after)[0])
    if len((head + tail).replace(ELIDED, "")) < MIN_AROUND:
        return False
    near = [piece for piece in (head.split(ELIDED)[-1], tail.split(ELIDED)[0]) if piece]
    if any(said.count(piece) < 2 for piece in near):
        return False  # the words next to the blank stand nowhere else: no other sentence to match (a quick test)
    ends = "" if tail else CLAUSE_END  # 国家对湿地实行[...]。 is filled by …实行分级管理，按照… as well
    pattern = re.compile(CLAUSE_START + _words(head) + f"({IN_SENTENCE}{{1,{MAX_OTHER}}}?)" + _words(tail) + ends)
    key, own = unquoted(answer), (head + answer + tail).replace(ELIDED, "")
    others = (found for found in pattern.finditer(said) if key not in unquoted(found.group(1)))
    # a part of the answer that ends a clause elsewhere (…实行分级管理，按照…) fills the blank as well
    return any(found.group(0) not in own or not tail and key.startswith(unquoted(found.group(1))) for found in others)


def _words(part: str) -> str:
    """`part` as a pattern, any words of its sentence where it elides some."""
    return f"{IN_SENTENCE}*?".join(re.escape(piece) for piece in part.split(ELIDED))
