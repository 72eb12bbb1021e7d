"""Notes -> an Anki package (.apkg) with genanki: our three note types, one sub-deck per document."""

from __future__ import annotations

import io
import itertools
import json
import os
import sqlite3
import tempfile
import time
import zipfile
import zlib
from functools import cache
from importlib import resources

import genanki

from studycards.cards.note import CLOZE, FIELDS, MAX_OVERLAP_ITEMS, OVERLAP, QA, Note

# Model ids are constants: changing one makes Anki treat every note as new.
MODEL_IDS = {CLOZE: 1_702_301_001, OVERLAP: 1_702_301_002, QA: 1_702_301_003}
MODEL_NAMES = {CLOZE: "studycards 填空", OVERLAP: "studycards 列表", QA: "studycards 问答"}
BACK = '<div class="extra">{{Extra}}</div><div class="source">{{Source}}</div>'


@cache
def css() -> str:
    return resources.files("studycards.export").joinpath("style.css").read_text(encoding="utf-8")


@cache
def model(kind: str) -> genanki.Model:
    fields = [{"name": name} for name in FIELDS[kind]]
    if kind == CLOZE:
        template = {"name": "填空", "qfmt": "{{cloze:Text}}", "afmt": "{{cloze:Text}}" + BACK}
        return genanki.Model(
            MODEL_IDS[kind], MODEL_NAMES[kind], fields, [template], css(), model_type=genanki.Model.CLOZE
        )
    if kind == OVERLAP:
        # A field whose text holds no deletion of the current card renders empty: card k shows Text{k} only.
        items = "".join(f'<div class="item">{{{{cloze:Text{i}}}}}</div>' for i in range(1, MAX_OVERLAP_ITEMS + 1))
        front = f'<div class="title">{{{{Title}}}}</div>{items}'
        template = {"name": "列表", "qfmt": front, "afmt": front + BACK}
        return genanki.Model(
            MODEL_IDS[kind], MODEL_NAMES[kind], fields, [template], css(), model_type=genanki.Model.CLOZE
        )
    template = {
        "name": "问答",
        "qfmt": '<div class="title">{{Front}}</div>',
        "afmt": '<div class="title">{{Front}}</div><hr id="answer">{{Back}}' + BACK,
    }
    return genanki.Model(MODEL_IDS[kind], MODEL_NAMES[kind], fields, [template], css())


def deck_id(path: tuple[str, ...]) -> int:
    """Deck ids follow from deck names, so rebuilding lands in the same decks."""
    return 1_700_000_000 + zlib.crc32("::".join(path).encode("utf-8")) % 100_000_000


def package_bytes(notes: list[Note]) -> bytes:
    decks: dict[tuple[str, ...], genanki.Deck] = {}
    for position, note in enumerate(notes):
        deck = decks.get(note.deck)
        if deck is None:
            deck = decks[note.deck] = genanki.Deck(deck_id(note.deck), "::".join(note.deck))
        # `due` of a new card is its place in the queue: notes come most important first
        genanki_note = genanki.Note(
            model=model(note.model), fields=note.values(), guid=note.guid, tags=note.tags, due=position
        )
        deck.add_note(genanki_note)
    return _package(genanki.Package(list(decks.values())))


def _package(package: genanki.Package) -> bytes:
    """What genanki's Package.write_to_file writes (no media), but its temporary database is removed
    afterwards, even when interrupted: write_to_file leaves one in the system temp folder every time."""
    with tempfile.TemporaryDirectory(prefix="studycards-") as folder:
        database = os.path.join(folder, "collection.anki2")
        connection = sqlite3.connect(database)
        try:
            # a scratch file, zipped and removed: waiting for the disk at each commit took most of a small build's
            # packaging (the file's bytes are the same)
            connection.execute("PRAGMA synchronous = OFF")
            connection.execute("PRAGMA journal_mode = MEMORY")
            timestamp = time.time()
            package.write_to_db(connection.cursor(), timestamp, itertools.count(int(timestamp * 1000)))
            connection.commit()
        finally:
            connection.close()
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.write(database, "collection.anki2")
            archive.writestr("media", json.dumps({}))
    return buffer.getvalue()
