"""Maxims and antitheses: 严管就是厚爱，厚爱必须严管 (a chiasmus); 治国之要，首在用人 (four and four);
打铁必须自身硬，正人必先正己 and 知之愈明，则行之愈笃 (parallel clauses).

A maxim is a sentence, or a ；-separated half of one, made of two short clauses that mirror each
other: they share their key words, they are both four characters long, or they are built alike around the
same linking word. The card asks the second.
"""

from __future__ import annotations

import re

from studycards.extract.passages import passages
from studycards.facts import Fact
from studycards.outline import Document
from studycards.segment import Segmenter

PART = re.compile(r"[^；;。！？!?]+")
COMMA = re.compile(r"[，,]")
MIN_CLAUSE, MAX_CLAUSE = 3, 8
LINKING = set("必就之则乃在于而以为者也方才始须")


def extract_maxims(document: Document, seg: Segmenter) -> list[Fact]:
    facts = []
    for passage in passages(document):
        if passage.heading:
            continue
        for sentence in passage.sentences:
            found = [_second_clause(m) for m in PART.finditer(sentence)]
            spans = [s for s in found if s is not None]
            if spans:
                text = sentence.rstrip("。！？!?")
                facts.append(
                    Fact(
                        kind="maxim",
                        text=text,
                        answers=tuple(text[s:e] for s, e in spans),
                        origin=passage.origin,
                        spans=tuple(spans),
                    )
                )
    return facts


def _second_clause(part: re.Match) -> tuple[int, int] | None:
    if part.end() - part.start() > 2 * MAX_CLAUSE + 1:
        return None  # longer than two clauses of a maxim and their comma (most parts): not split
    clauses = COMMA.split(part.group())
    if len(clauses) != 2:
        return None
    first, second = clauses
    if not all(MIN_CLAUSE <= len(c) <= MAX_CLAUSE for c in (first, second)):
        return None
    if not (_mirrored(first, second) or len(first) == len(second) == 4 or _parallel(first, second)):
        return None
    start = part.start() + len(first) + 1
    return start, start + len(second)


def _parallel(first: str, second: str) -> bool:
    """Clauses of one build: near-equal length, a shared function word in the same place (打铁必须自身硬，正人必先正己)."""
    if abs(len(first) - len(second)) > 1:
        return False
    aligned = list(zip(first, second)) + list(zip(first[::-1], second[::-1]))
    return any(a == b and a in LINKING for a, b in aligned)


def _mirrored(first: str, second: str) -> bool:
    """A chiasmus or repetition: the clauses share two two-character words (严管 and 厚爱)."""
    pairs = {first[i : i + 2] for i in range(len(first) - 1)}
    return len(pairs & {second[i : i + 2] for i in range(len(second) - 1)}) >= 2
