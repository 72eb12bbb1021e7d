"""Notes -> JSON for other tools (schema in README.md, 'Notes JSON')."""

from __future__ import annotations

import json

from studycards.cards.note import Note

SCHEMA_VERSION = 1


def notes_json(notes: list[Note]) -> str:
    return (
        json.dumps({"version": SCHEMA_VERSION, "notes": [_note(n) for n in notes]}, ensure_ascii=False, indent=2) + "\n"
    )


def _note(note: Note) -> dict:
    origin = note.fact.origin
    return {
        "guid": note.guid,
        "model": note.model,
        "kind": note.fact.kind,
        "deck": "::".join(note.deck),
        "tags": note.tags,
        "answers": list(note.fact.answers),
        "fields": note.fields,
        "source": {
            "document": origin.document,
            "article": origin.article,
            "trail": list(origin.trail),
            "line": origin.line,
        },
    }
