"""A real Anki collection (the `anki` package from PyPI) to import what we build and render its cards."""

from __future__ import annotations

import re
from pathlib import Path

from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest


def open_collection(folder: Path) -> Collection:
    return Collection(str(folder / "collection.anki2"))


def import_apkg(col: Collection, path: Path):
    request = ImportAnkiPackageRequest(
        package_path=str(path),
        options=ImportAnkiPackageOptions(merge_notetypes=True, with_scheduling=True, with_deck_configs=False),
    )
    return col.import_anki_package(request)


def rendered_cards(col: Collection):
    """(card, question html, answer html) for every card in the collection."""
    for card_id in col.find_cards(""):
        card = col.get_card(card_id)
        yield card, card.question(), card.answer()


def visible_text(html: str) -> str:
    html = re.sub(r"<style>.*?</style>", "", html, flags=re.S)
    html = re.sub(r"<script>.*?</script>", "", html, flags=re.S)
    return re.sub(r"<[^>]+>", "", html).strip()


def package_fronts(notes, folder: Path, name: str = "deck.apkg") -> list[str]:
    """The visible fronts of every card `notes` make, as a real collection in `folder` renders them."""
    from studycards.export.apkg import package_bytes

    out = folder / name
    out.write_bytes(package_bytes(notes))
    col = open_collection(folder)
    import_apkg(col, out)
    fronts = [visible_text(question) for _, question, _ in rendered_cards(col)]
    col.close()
    return fronts


def studied_deck_fronts(folder: Path, name: str, text: str):
    """`text` saved as `name` in `folder` and studied, with the visible fronts of its default deck as a real collection
    renders them: (studied document, fronts)."""
    from studycards.cards import make_notes
    from studycards.pipeline import study
    from studycards.ranking import select

    path = folder / name
    path.write_text(text, encoding="utf-8")
    studied = study(path)
    return studied, package_fronts(make_notes(select([studied]).studied), folder)

