"""Notes -> Anki's own text-import format: tab-separated, with the header lines Anki reads.

Rows carry their note type, deck, tags and GUID, so a re-import updates notes instead of adding them.
Our note types must exist in the collection (importing any studycards .apkg once creates them).
"""

from __future__ import annotations

from studycards.cards.note import Note
from studycards.export.apkg import MODEL_NAMES

HEADER = [
    "#separator:tab",
    "#html:true",
    "#notetype column:1",
    "#deck column:2",
    "#tags column:3",
    "#guid column:4",
]


def anki_text(notes: list[Note]) -> str:
    rows = ["\t".join([MODEL_NAMES[n.model], "::".join(n.deck), " ".join(n.tags), n.guid] + n.values()) for n in notes]
    return "\n".join(HEADER + [_clean(row) for row in rows]) + "\n"


def _clean(row: str) -> str:
    """Fields are HTML already; a raw line break inside one would end the row."""
    return row.replace("\r", "").replace("\n", "<br>")
