"""read -> parse -> extract, for one source or many: what every command starts from."""

from __future__ import annotations

from dataclasses import dataclass

from studycards.extract import extract, merge
from studycards.facts import KINDS, Fact
from studycards.outline import Document
from studycards.parsing import parse
from studycards.reading import read_source


@dataclass
class Studied:
    """A source read, parsed and mined."""

    document: Document
    facts: list[Fact]


def study(path: str, kinds: tuple[str, ...] = KINDS, encoding: str | None = None) -> Studied:
    document = parse(read_source(path, encoding))
    return Studied(document, extract(document, kinds))


def study_all(paths: list[str], kinds: tuple[str, ...] = KINDS, encoding: str | None = None) -> list[Studied]:
    """Every source in order; identical facts across documents are kept once (in the first)."""
    studied = [study(path, kinds, encoding) for path in paths]
    seen: set[str] = set()
    for item in studied:
        item.facts = [fact for fact in merge(item.facts) if fact.key not in seen]
        seen.update(fact.key for fact in item.facts)
    return studied
