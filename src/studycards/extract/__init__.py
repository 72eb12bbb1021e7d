"""Extractors: one per kind of fact, run in order; identical facts merged."""

from __future__ import annotations

from studycards.extract.outline_lists import extract_outline_lists
from studycards.facts import KINDS, Fact
from studycards.outline import Document

EXTRACTORS = {
    "outline": extract_outline_lists,
}


def extract(document: Document, kinds: tuple[str, ...] = KINDS) -> list[Fact]:
    """The facts of `document` of the given kinds, in document order within each kind, merged."""
    facts: list[Fact] = []
    for kind, extractor in EXTRACTORS.items():
        if kind in kinds:
            facts += extractor(document)
    return merge(facts)


def merge(facts: list[Fact]) -> list[Fact]:
    """Keep the first of identical facts; remember where the others stood."""
    kept: dict[str, Fact] = {}
    for fact in facts:
        first = kept.setdefault(fact.key, fact)
        if first is not fact:
            first.also.append(fact.origin)
    return list(kept.values())
