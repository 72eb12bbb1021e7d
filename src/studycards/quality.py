"""Score a deck's notes against a hand-made reference (gold JSON): recall, junk share, density.

Matching, as DESIGN.md states it: quotes, book-title marks and punctuation are ignored; a reference
item is tested when a cloze deletion or a listed answer equals it, or holds it with little else; the
points of a heading, and the items of an enumeration, count only when one note asks them together.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from studycards.cards.cloze import DELETION
from studycards.cards.note import Note
from studycards.extract.formulations import scare_quoted
from studycards.extract.outline_lists import lists_of
from studycards.facts import GENERIC_WORDS, normalise
from studycards.outline import Document
from studycards.segment import lexicon_words

LIST_ITEM = re.compile(r"<li>(.*?)(?:<div class=\"sub\">.*?</div>)?</li>")


QUOTED_TERM = re.compile(r"“([^“”。！？]{2,20})”|《([^《》]{2,40})》")
NUMBERED_SECTIONS = (
    "cn-dun",
    "cn-paren",
    "ordinal-di",
    "arabic-dot",
    "arabic-paren",
    "law-part",
    "law-chapter",
    "law-section",
)


def reference_from_outline(documents: list[Document]) -> dict:
    """Where no hand-made reference exists, the explicit numbering is one: every numbered heading
    (一、 （一） 1. …) with its points, and every quoted or titled term."""
    headings, terms = [], []
    lexicon = lexicon_words()
    for document in documents:
        for node in document.nodes():
            if node.style in NUMBERED_SECTIONS:
                lists = lists_of(node) or [[]]  # a heading that holds two lists (—— bullets, 一是…) has two
                headings += [{"text": node.title, "points": [c.title for c in items]} for items in lists]
            for paragraph in node.paragraphs:
                terms += _quoted_terms(paragraph.text, lexicon)
    unique_terms = list(dict.fromkeys(terms))
    return {"articles": [{"headings": headings}], "terms": unique_terms, "enumerations": []}


def _quoted_terms(text: str, lexicon: frozenset[str]) -> list[str]:
    """The quoted or titled terms of a paragraph, less the words it quotes to disown (反对“台独”, 不搞“大水漫灌”):
    no formulation of its own, and no card asks them."""
    return [
        match.group(1) or match.group(2)
        for match in QUOTED_TERM.finditer(text)
        if not (match.group(1) and scare_quoted(text, match, lexicon))
    ]


def note_answers(note: Note, items: bool = True) -> list[str]:
    """What a note asks, read back from its fields as Anki holds them; with `items`, the items of a list
    asked whole too (for matching; not answers of their own)."""
    answers = []
    for name, value in note.fields.items():
        if name.startswith("Text"):
            for match in DELETION.finditer(value):
                answer = html.unescape(match.group(2))
                answers += [answer] + (list_items(answer) if items else [])
        elif name == "Back":
            answers += [html.unescape(re.sub(r"<[^>]+>", "", item)) for item in LIST_ITEM.findall(value)]
    return answers


def list_items(answer: str) -> list[str]:
    """The items of a list asked whole ('公开、平等、竞争、择优', 'A、B和C'): each of them is asked too."""
    if "、" not in answer:
        return []
    items = answer.split("、")
    return [item for item in items[:-1] + re.split(r"[和及与]", items[-1], maxsplit=1) if item]


def _holds(answer: str, item: str) -> bool:
    a, i = normalise(answer), normalise(item)
    return bool(i) and i in a and len(a) - len(i) <= max(2, len(i) // 3)


def _tested_by(note_sets: list[list[str]], items: list[str]) -> bool:
    """All `items` are asked by one note."""
    return any(all(any(_holds(a, item) for a in answers) for item in items) for answers in note_sets)


@dataclass
class Score:
    headings: tuple[int, int]
    point_groups: tuple[int, int]
    terms: tuple[int, int]
    enumerations: tuple[int, int]
    junk: tuple[int, int]
    notes: int
    characters: int
    missed: list[str]

    @property
    def recall(self) -> float:
        hit = sum(h for h, _ in (self.headings, self.point_groups, self.terms, self.enumerations))
        total = sum(t for _, t in (self.headings, self.point_groups, self.terms, self.enumerations))
        return hit / total if total else 1.0

    @property
    def junk_share(self) -> float:
        return self.junk[0] / self.junk[1] if self.junk[1] else 0.0

    @property
    def density(self) -> float:
        return 1000 * self.notes / self.characters if self.characters else 0.0

    def table(self) -> str:
        rows = [
            ("headings", self.headings),
            ("points of a heading, together", self.point_groups),
            ("terms", self.terms),
            ("enumerations, together", self.enumerations),
        ]
        lines = ["| reference | tested | of | share |", "|---|---:|---:|---:|"]
        lines += [f"| {name} | {hit} | {total} | {hit / total:.0%} |" for name, (hit, total) in rows if total]
        lines.append(f"| **all** | | | **{self.recall:.1%}** |")
        lines.append("")
        if self.missed:
            lines.append(f"- missed: {'; '.join(self.missed)}")
        return "\n".join(lines) + "\n" + self.deck_lines()

    def deck_lines(self) -> str:
        """What holds whatever the reference: junk answers and notes per 1000 characters."""
        lines = [f"- junk answers: {self.junk[0]} of {self.junk[1]} ({self.junk_share:.1%})"]
        lines.append(f"- notes: {self.notes} for {self.characters} characters ({self.density:.1f} per 1000)")
        return "\n".join(lines) + "\n"


def score(notes: list[Note], documents: list[Document], gold: dict) -> Score:
    note_sets = [note_answers(n) for n in notes]
    all_answers = [a for n in notes for a in note_answers(n, items=False)]
    missed: list[str] = []

    def count(groups: list[list[str]]) -> tuple[int, int]:
        hit = 0
        for items in groups:
            if _tested_by(note_sets, items):
                hit += 1
            else:
                missed.append("、".join(items))
        return hit, len(groups)

    headings = [h for article in gold.get("articles", []) for h in article["headings"]]
    nodes = [node for document in documents for node in document.nodes()]
    body = "".join(p.text for node in nodes for p in node.paragraphs)
    plain = normalise(body + "".join(node.marker + node.title for node in nodes))
    junk = [
        a for a in all_answers if len(normalise(a)) <= 1 or normalise(a) in GENERIC_WORDS or normalise(a) not in plain
    ]
    return Score(
        headings=count([[h["text"]] for h in headings]),
        point_groups=count([h["points"] for h in headings if h.get("points")]),
        terms=count([[t] for t in gold.get("terms", [])]),
        enumerations=count(gold.get("enumerations", [])),
        junk=(len(junk), len(all_answers)),
        notes=len(notes),
        characters=len(body) + sum(len(node.title) for node in nodes),
        missed=missed,
    )
