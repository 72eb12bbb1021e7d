"""read -> parse -> extract, for one source or many: what every command starts from."""

from __future__ import annotations

from dataclasses import dataclass

from studycards.extract import extract, merge
from studycards.facts import Fact
from studycards.outline import Document
from studycards.parsing import parse
from studycards.reading import MAX_BYTES, read_source
from studycards.segment import segmenter


@dataclass
class Studied:
    """A source read, parsed and mined."""

    document: Document
    facts: list[Fact]


def study(
    path: str,
    kinds: tuple[str, ...] | None = None,
    encoding: str | None = None,
    user_dict: str | None = None,
    max_bytes: int | None = MAX_BYTES,
) -> Studied:
    document = parse(read_source(path, encoding, max_bytes))
    return Studied(document, extract(document, kinds, segmenter(user_dict)))


def study_all(
    paths: list[str],
    kinds: tuple[str, ...] | None = None,
    encoding: str | None = None,
    user_dict: str | None = None,
    max_bytes: int | None = MAX_BYTES,
) -> list[Studied]:
    """Every source in order; identical facts across documents are kept once (in the first)."""
    return merge_across([study(path, kinds, encoding, user_dict, max_bytes) for path in paths])


def merge_across(studied: list[Studied]) -> list[Studied]:
    """Identical facts across documents are kept once, in the first document that has them."""
    first: dict[str, Fact] = {}
    for item in studied:
        kept = []
        for fact in merge(item.facts):
            if fact.key in first:
                first[fact.key].also.append(fact.origin)
            else:
                first[fact.key] = fact
                kept.append(fact)
        item.facts = kept
    return studied
