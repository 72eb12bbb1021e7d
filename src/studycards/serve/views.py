"""What the result page shows, built from a job's notes: the cards grouped by section, then by kind.

Card HTML comes from the preview's renderer (export/preview_html.py) over note fields that the cards
package has escaped already; everything else reaches the templates as plain text, which Jinja escapes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from studycards.cards.back import SEPARATOR
from studycards.cards.note import CLOZE, OVERLAP, Note
from studycards.export.preview_html import cards_of

KIND_NAMES = {
    "outline": "提纲要点",
    "judgement": "重要论断",
    "figure": "数据",
    "formulation": "重要提法",
    "enumeration": "并列表述",
    "maxim": "警句格言",
    "provision": "法条要点",
    "definition": "概念定义",
    "norm": "规范要求",
    "keyterm": "关键词",
    "examined": "常考内容",
    "keyphrase": "关键词句",
}
"""Every kind of fact (facts.KINDS) as the page names it; a kind added later and not named here is
shown as 其他 (a test checks that every kind has its name)."""
OTHER_KIND = "其他"
MODEL_NAMES = {CLOZE: "填空", OVERLAP: "逐条回忆", "qa": "问答"}


@dataclass
class NoteView:
    guid: str
    model: str
    """How Anki asks it: 填空, 逐条回忆, 问答."""
    cards: list[tuple[str, str]]
    """(front, back) HTML of each card, as Anki renders them."""
    ticked: bool


@dataclass
class KindGroup:
    name: str
    notes: list[NoteView] = field(default_factory=list)


@dataclass
class SectionGroup:
    heading: str
    """document › article › section: plain text."""
    kinds: list[KindGroup] = field(default_factory=list)

    @property
    def count(self) -> int:
        return sum(len(kind.notes) for kind in self.kinds)


def grouped(notes: list[Note], ticked: set[str]) -> list[SectionGroup]:
    """Notes by section (in document order), each section's by kind (in the order kinds are made)."""
    several = len({note.fact.origin.document_id for note in notes}) > 1
    sections: dict[str, dict[str, KindGroup]] = {}
    first_line: dict[str, tuple[int, int]] = {}
    documents: dict[str, int] = {}
    for note in notes:
        heading = section_of(note, several)
        document = documents.setdefault(note.fact.origin.document_id, len(documents))
        place = (document, note.fact.origin.line)
        first_line[heading] = min(first_line.get(heading, place), place)
        kinds = sections.setdefault(heading, {})
        kind = kinds.setdefault(note.fact.kind, KindGroup(KIND_NAMES.get(note.fact.kind, OTHER_KIND)))
        kind.notes.append(
            NoteView(note.guid, MODEL_NAMES.get(note.model, note.model), cards_of(note), note.guid in ticked)
        )
    order = sorted(sections, key=lambda heading: first_line[heading])
    return [SectionGroup(heading, list(sections[heading].values())) for heading in order]


def section_of(note: Note, with_document: bool = True) -> str:
    """The article and the top-level section a note's fact stands in, after its document if asked."""
    origin = note.fact.origin
    steps = [step for step in origin.trail[:2] if step != origin.document]
    return SEPARATOR.join(([origin.document] if with_document or not steps else []) + steps)
