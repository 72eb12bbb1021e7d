"""Score a deck against fill-in blanks a question-writer would set (`*.blanks.json`).

The rule, as the reference files state it: a blank is asked when some card shows its sentence (the answer
and a few characters on each side) and hides a span that matches the answer: the same text, or one inside
the other with comparable length. A card that hides a whole list at once matches a blank on the whole list.
Text is compared without quotes, book-title marks, punctuation or spaces.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from studycards.cards.cloze import DELETION
from studycards.cards.note import Note
from studycards.facts import normalise

CONTEXT = 3
"""Characters of the sentence on each side of the answer that the card must show (fewer at its ends)."""
COMPARABLE = 0.6
"""A hidden span and an answer, one inside the other, match when the shorter is at least this share of the longer."""
JOINER = re.compile(r"[、，,；;和及与或以]{0,2}")
"""What may stand between two deletions of one card that hide one list together."""


@dataclass(frozen=True)
class Card:
    """One card of a cloze field as plain text: what it shows, and the spans it hides."""

    text: str
    """The field's text with every deletion filled in, normalised."""
    hidden: tuple[tuple[int, int], ...]
    """(start, end) in `text` of each hidden span: single deletions and runs of them that hide a list."""


@dataclass
class BlankScore:
    asked: list[dict]
    missed: list[dict]

    @property
    def share(self) -> float:
        total = len(self.asked) + len(self.missed)
        return len(self.asked) / total if total else 1.0

    def table(self) -> str:
        by_reason: dict[str, list[int]] = {}
        for blanks, hit in ((self.asked, 1), (self.missed, 0)):
            for blank in blanks:
                reason = blank.get("why", "").split(":")[0] or "blank"
                by_reason.setdefault(reason, [0, 0])
                by_reason[reason][0] += hit
                by_reason[reason][1] += 1
        lines = ["| blanks | asked | of | share |", "|---|---:|---:|---:|"]
        lines += [f"| {reason} | {hit} | {total} | {hit / total:.0%} |" for reason, (hit, total) in by_reason.items()]
        lines.append(f"| **all** | {len(self.asked)} | {len(self.asked) + len(self.missed)} | **{self.share:.1%}** |")
        lines.append("")
        if self.missed:
            lines.append(f"- missed: {'; '.join(b['answer'] + '（' + b['sentence'] + '）' for b in self.missed)}")
        return "\n".join(lines) + "\n"


def score_blanks(notes: list[Note], blanks: list[dict]) -> BlankScore:
    cards = [card for note in notes for card in cards_of(note)]
    asked: list[dict] = []
    missed: list[dict] = []
    for blank in blanks:
        (asked if any(asks(card, blank["sentence"], blank["answer"]) for card in cards) else missed).append(blank)
    return BlankScore(asked, missed)


def cards_of(note: Note) -> list[Card]:
    """Every card Anki makes of the note's cloze fields (Text, Text1…): one per deletion number."""
    cards = []
    for name, value in note.fields.items():
        if name.startswith("Text"):
            numbers = dict.fromkeys(m.group(1) for m in DELETION.finditer(value))
            cards += [_card(value, number) for number in numbers]
    return cards


def _card(field: str, number: str) -> Card:
    text, spans, cursor = "", [], 0
    for match in DELETION.finditer(field):
        text += _plain(field[cursor : match.start()])
        answer = _plain(match.group(2))
        if match.group(1) == number:
            spans.append((len(text), len(text) + len(answer)))
        text += answer
        cursor = match.end()
    text += _plain(field[cursor:])
    return Card(text, tuple(spans) + _runs(text, spans))


def _runs(text: str, spans: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """Neighbouring hidden spans joined only by 、 or 和 hide one list together: the run is one span too."""
    runs: list[tuple[int, int]] = []
    for start, end in spans:
        if runs and JOINER.fullmatch(text[runs[-1][1] : start]):
            runs[-1] = (runs[-1][0], end)
        else:
            runs.append((start, end))
    return tuple(run for run in runs if run not in spans)


def _plain(fragment: str) -> str:
    return normalise(html.unescape(re.sub(r"<[^>]+>", "", fragment)))


def asks(card: Card, sentence: str, answer: str) -> bool:
    """The card shows `answer` in the context `sentence` gives it, and hides a span comparable to it."""
    sentence, answer = normalise(sentence), normalise(answer)
    at = sentence.find(answer)
    if not answer or at < 0:
        return False
    left, right = sentence[max(0, at - CONTEXT) : at], sentence[at + len(answer) : at + len(answer) + CONTEXT]
    shown = left + answer + right
    for start, end in card.hidden:
        hidden = card.text[start:end]
        if not _comparable(hidden, answer):
            continue
        for found in _occurrences(card.text, shown):
            begin = found + len(left)
            if start <= begin < begin + len(answer) <= end or begin <= start < end <= begin + len(answer):
                return True  # what is hidden is the answer there, or lies within it
    return False


def _comparable(hidden: str, answer: str) -> bool:
    short, long = sorted((hidden, answer), key=len)
    return bool(short) and short in long and len(short) >= COMPARABLE * len(long)


def _occurrences(text: str, part: str):
    at = text.find(part)
    while at >= 0:
        yield at
        at = text.find(part, at + 1)
