"""read -> parse -> extract, for one source or many: what every command starts from."""

from __future__ import annotations

from dataclasses import dataclass

from studycards.extract import extract, merge
from studycards.facts import Fact
from studycards.outline import Document
from studycards.parsing import parse
from studycards.reading import read_source
from studycards.segment import segmenter


@dataclass
class Studied:
    """A source read, parsed and mined."""

    document: Document
    facts: list[Fact]


def study(path: str, kinds: tuple[str, ...] | None = None, encoding: str | None = None,
          user_dict: str | None = None) -> Studied:
    document = parse(read_source(path, encoding))
    return Studied(document, extract(document, kinds, segmenter(user_dict)))


def study_all(paths: list[str], kinds: tuple[str, ...] | None = None, encoding: str | None = None,
              user_dict: str | None = None) -> list[Studied]:
    """Every source in order; identical facts across documents are kept once (in the first)."""
    studied = [study(path, kinds, encoding, user_dict) for path in paths]
    seen: set[str] = set()
    for item in studied:
        item.facts = [fact for fact in merge(item.facts) if fact.key not in seen]
        seen.update(fact.key for fact in item.facts)
    return studied
