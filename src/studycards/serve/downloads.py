"""What the page offers: the notes ticked at first (the budget), and the files made of the ticked ones.

Every file goes through the library's own exporters, so a deck downloaded here is the deck
`studycards build` writes (same note types, decks and GUIDs), holding only the ticked notes.
"""

from __future__ import annotations

import re

from dataclasses import dataclass

from studycards.budget_report import BudgetReport, report
from studycards.cards.note import Note
from studycards.pipeline import Studied

QUIZ_COUNT = 20
"""Questions in a quiz unless the page asks for another number (as `studycards quiz`)."""
AUTO = "auto"
"""The budget of `studycards build` without --budget: what the page ticks when it opens."""


def deck_notes(studied: list[Studied]) -> list[Note]:
    """Every note the page offers: the deck `studycards build --all` makes of the same documents (the ranking
    asks each repeated term once and orders the notes most important first)."""
    from studycards.cards import make_notes
    from studycards.ranking import select

    return make_notes(select(studied, None).studied)


def within_budget(
    notes: list[Note], studied: list[Studied], budget: int | str | None = AUTO
) -> tuple[list[Note], BudgetReport]:
    """The notes ticked when the page opens: those `studycards build` writes within `budget` cards (AUTO: the
    CLI's default budget; a number: --budget N; None: --all), and what the budget did. The one place the
    page's budget is applied."""
    from studycards.cards import make_notes
    from studycards.ranking import select

    selection = select(studied, budget)
    made = make_notes(selection.studied)
    kept = {note.guid for note in made}
    return [note for note in notes if note.guid in kept], report(made, selection)


def deck_file(notes: list[Note]) -> bytes:
    """The Anki package, as `studycards build -o NAME.apkg` writes it."""
    from studycards.export.apkg import package_bytes

    return package_bytes(notes)


def notes_file(notes: list[Note]) -> bytes:
    """Anki's text-import format, as `studycards build -o notes.txt` writes it."""
    from studycards.export.anki_text import anki_text

    return anki_text(notes).encode("utf-8")


@dataclass(frozen=True)
class QuizFormat:
    media_type: str
    label: str
    """What the download button says."""


QUIZ_FORMATS = {
    "html": QuizFormat("text/html", "网页 .html"),  # Flask adds the charset to text/*
    "docx": QuizFormat("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word .docx"),
    "xlsx": QuizFormat("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel .xlsx"),
}
"""Quiz formats the page offers (writers in studycards.quiz.writers), in button order."""


def quiz_file(items, title: str, fmt: str) -> bytes:
    """The quiz in format `fmt` (a key of QUIZ_FORMATS), as `studycards quiz -o quiz.FMT` writes it."""
    from studycards.quiz.writers import render_quiz

    data = render_quiz(fmt, items, title)
    return data.encode("utf-8") if isinstance(data, str) else data


def quiz_items(notes: list[Note], count: int, seed: int):
    """A quiz on what the ticked notes test, all four types, as `studycards quiz -n COUNT --seed SEED`."""
    from studycards.quiz.items import TYPES
    from studycards.quiz.selection import make_items

    facts = list({note.fact.identity(): note.fact for note in notes}.values())
    return make_items(facts, count, TYPES, seed)


def titles(studied: list[Studied]) -> str:
    return "、".join(dict.fromkeys(item.document.title for item in studied))


def file_stem(studied: list[Studied]) -> str:
    """Downloads are named after the one document's title (what the page calls it), else studycards."""
    if len(studied) == 1:
        title = re.sub(r'[\\/:*?"<>|\s]+', " ", studied[0].document.title).strip()
        return title[:60] or studied[0].document.name or "studycards"
    return "studycards"
