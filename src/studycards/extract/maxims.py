"""Maxims and antitheses: 严管就是厚爱，厚爱必须严管 (a chiasmus); 治国之要，首在用人 (four and four).

A maxim is a sentence, or a ；-separated half of one, made of two short clauses that mirror each
other: they share their key words, or they are both four characters long. The card asks the second.
"""

from __future__ import annotations

import re

from studycards.extract.clauses import sentence_spans
from studycards.extract.passages import passages
from studycards.facts import Fact
from studycards.outline import Document
from studycards.segment import Segmenter

PART = re.compile(r"[^；;。！？!?]+")
MIN_CLAUSE, MAX_CLAUSE = 3, 8


def extract_maxims(document: Document, seg: Segmenter) -> list[Fact]:
    facts = []
    for passage in passages(document):
        if passage.heading:
            continue
        for _, sentence in sentence_spans(passage.text):
            spans = [_second_clause(m) for m in PART.finditer(sentence)]
            spans = [s for s in spans if s]
            if spans:
                text = sentence.rstrip("。！？!?")
                facts.append(Fact(
                    kind="maxim",
                    text=text,
                    answers=tuple(text[s:e] for s, e in spans),
                    origin=passage.origin,
                    spans=tuple(spans),
                ))
    return facts


def _second_clause(part: re.Match) -> tuple[int, int] | None:
    clauses = re.split(r"[，,]", part.group())
    if len(clauses) != 2:
        return None
    first, second = clauses
    if not all(MIN_CLAUSE <= len(c) <= MAX_CLAUSE for c in (first, second)):
        return None
    if not (_mirrored(first, second) or len(first) == len(second) == 4):
        return None
    start = part.start() + len(first) + 1
    return start, start + len(second)


def _mirrored(first: str, second: str) -> bool:
    """A chiasmus or repetition: the clauses share two two-character words (严管 and 厚爱)."""
    pairs = {first[i:i + 2] for i in range(len(first) - 1)}
    return len(pairs & {second[i:i + 2] for i in range(len(second) - 1)}) >= 2
