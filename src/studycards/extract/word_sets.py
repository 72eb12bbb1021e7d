"""Open word sets: six plain words or more that a report gives as examples and closes with 等 (工业、农业、财税、金融、
交通、卫生等各行各业; 教育、科学、文化、卫生、体育、计划生育等事业): no order and no whole worth learning, and a member hidden
among them is a guess. Examiners hide none (0 of the blanks of the 16 exam sentences that hold one, both halves);
a report's card does not ask one, whole or member by member, in one blank or in many."""

from __future__ import annotations

import re

from studycards.facts import Fact
from studycards.segment import segmenter

MIN_MEMBERS = 6
MAX_WORD = 4
"""Characters of a plain word (财税, 文学艺术), not a phrase (权力过分集中, 京津冀协同发展)."""
CLOSED_BY_ETC = re.compile(r"[^，,；;：:。！？“”《》（）()、\s]+(?:、[^，,；;：:。！？“”《》（）()、\s]+)+(?=等)")
"""Pieces joined by 、 that 等 closes; the first may hold the verb before the set (发展|商业)."""


def open_sets(text: str) -> list[tuple[int, int]]:
    """Where the open word sets of `text` stand, first member to last (the verb before the first left out)."""
    found = []
    for run in CLOSED_BY_ETC.finditer(text):
        pieces = run.group().split("、")
        first = segmenter().words(pieces[0])[-1]
        if len(pieces) >= MIN_MEMBERS and all(len(piece) <= MAX_WORD for piece in [first, *pieces[1:]]):
            found.append((run.start() + len(pieces[0]) - len(first), run.end()))
    return found


WORD_CHAIN = re.compile(
    r"(?:[\u4e00-\u9fff]{2}、){5,}[\u4e00-\u9fff]{2}(?:(?:和|或|及|或者|以及)[\u4e00-\u9fff]{2}(?![\u4e00-\u9fff]))?"
)
"""Six words of two characters or more in a row (生产、使用、贮存、运输、回收、处置、排放; 侵占、挪用、截留、哄抢、私分、破坏):
how a law names every handling of a thing or every way of taking it. Examiners hide a member of none in a law (3 of
the blanks of the 17 exam sentences that hold one, all of them general knowledge: planets, operas)."""


def word_chains(text: str) -> list[tuple[int, int]]:
    """Where the chains of two-character words of `text` stand (a law's list of handlings)."""
    return [match.span() for match in WORD_CHAIN.finditer(text)]


def in_open_set(text: str, span: tuple[int, int], legal: bool = False) -> bool:
    """Whether the blank at `span` hides a member of an open word set, or the set; in a law, of a chain of words."""
    found = word_chains(text) if legal else open_sets(text)
    return any(start < span[1] and span[0] < end for start, end in found)


def without_open_sets(fact: Fact, legal: bool = False) -> Fact | None:
    """`fact` without its blanks in an open word set (a law's: a chain of words); None when none is left. A list is
    asked whole or not at all."""
    if fact.kind == "outline" or not fact.spans or ("等" not in fact.text and not legal):
        return fact
    spans = [span for span in fact.spans if not in_open_set(fact.text, span, legal)]
    if len(spans) == len(fact.spans):
        return fact
    if not spans or fact.kind == "enumeration" or fact.whole:
        return None
    return fact.with_spans(spans)
