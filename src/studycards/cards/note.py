"""A note as Anki will hold it, independent of the package format: model, fields, identity, deck, tags."""

from __future__ import annotations

from dataclasses import dataclass, field

from studycards.facts import Fact

CLOZE, OVERLAP, QA = "cloze", "overlap", "qa"
MAX_OVERLAP_ITEMS = 20

FIELDS = {
    CLOZE: ["Text", "Extra", "Source"],
    OVERLAP: ["Title"] + [f"Text{i}" for i in range(1, MAX_OVERLAP_ITEMS + 1)] + ["Extra", "Source"],
    QA: ["Front", "Back", "Extra", "Source"],
}
"""Field names of each note type, in order."""


@dataclass
class Note:
    model: str
    """CLOZE, OVERLAP or QA."""
    fields: dict[str, str]
    """Field name -> HTML. Document text in it is escaped."""
    guid: str
    """Stable identity: from the document's identity and what the note tests."""
    deck: tuple[str, ...]
    """Deck path: ('studycards', document, article)."""
    tags: list[str]
    fact: Fact
    cards: int = 1
    """How many cards Anki will make of it."""
    extra: dict = field(default_factory=dict)

    def values(self) -> list[str]:
        return [self.fields.get(name, "") for name in FIELDS[self.model]]
