"""Notes -> an Anki package (.apkg) with genanki: our three note types, one sub-deck per document."""

from __future__ import annotations

import os
import tempfile
import zlib
from functools import lru_cache
from importlib import resources

import genanki

from studycards.cards.note import CLOZE, FIELDS, MAX_OVERLAP_ITEMS, OVERLAP, QA, Note

# Model ids are constants: changing one makes Anki treat every note as new.
MODEL_IDS = {CLOZE: 1_702_301_001, OVERLAP: 1_702_301_002, QA: 1_702_301_003}
MODEL_NAMES = {CLOZE: "studycards 填空", OVERLAP: "studycards 列表", QA: "studycards 问答"}
BACK = '<div class="extra">{{Extra}}</div><div class="source">{{Source}}</div>'


@lru_cache(maxsize=None)
def css() -> str:
    return resources.files("studycards.export").joinpath("style.css").read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def model(kind: str) -> genanki.Model:
    fields = [{"name": name} for name in FIELDS[kind]]
    if kind == CLOZE:
        template = {"name": "填空", "qfmt": "{{cloze:Text}}", "afmt": "{{cloze:Text}}" + BACK}
        return genanki.Model(MODEL_IDS[kind], MODEL_NAMES[kind], fields, [template], css(), model_type=genanki.Model.CLOZE)
    if kind == OVERLAP:
        # A field whose text holds no deletion of the current card renders empty: card k shows Text{k} only.
        items = "".join(f'<div class="item">{{{{cloze:Text{i}}}}}</div>' for i in range(1, MAX_OVERLAP_ITEMS + 1))
        front = f'<div class="title">{{{{Title}}}}</div>{items}'
        template = {"name": "列表", "qfmt": front, "afmt": front + BACK}
        return genanki.Model(MODEL_IDS[kind], MODEL_NAMES[kind], fields, [template], css(), model_type=genanki.Model.CLOZE)
    template = {"name": "问答", "qfmt": '<div class="title">{{Front}}</div>',
                "afmt": '<div class="title">{{Front}}</div><hr id="answer">{{Back}}' + BACK}
    return genanki.Model(MODEL_IDS[kind], MODEL_NAMES[kind], fields, [template], css())


def deck_id(path: tuple[str, ...]) -> int:
    """Deck ids follow from deck names, so rebuilding lands in the same decks."""
    return 1_700_000_000 + zlib.crc32("::".join(path).encode("utf-8")) % 100_000_000


def package_bytes(notes: list[Note]) -> bytes:
    decks: dict[tuple[str, ...], genanki.Deck] = {}
    for note in notes:
        deck = decks.get(note.deck)
        if deck is None:
            deck = decks[note.deck] = genanki.Deck(deck_id(note.deck), "::".join(note.deck))
        deck.add_note(genanki.Note(model=model(note.model), fields=note.values(), guid=note.guid, tags=note.tags))
    handle, path = tempfile.mkstemp(suffix=".apkg")
    os.close(handle)
    try:
        genanki.Package(list(decks.values())).write_to_file(path)
        with open(path, "rb") as file:
            return file.read()
    finally:
        os.unlink(path)
