"""Notes -> one HTML page showing every card, front and back, as Anki will render it (for review)."""

from __future__ import annotations

import html

from studycards.cards.cloze import DELETION
from studycards.cards.note import CLOZE, MAX_OVERLAP_ITEMS, OVERLAP, Note
from studycards.export.apkg import css
from studycards.marker import HTML_META


def render_cloze(text: str, card: int, side: str) -> str:
    """Anki's cloze filter: the current deletion hidden ([...] or its hint) or revealed, others shown."""

    def replace(match):
        number, answer, hint = int(match.group(1)), match.group(2), match.group(3)
        if number != card:
            return answer
        if side == "front":
            return f'<span class="cloze">[{hint or "..."}]</span>'
        return f'<span class="cloze">{answer}</span>'

    if not any(int(m.group(1)) == card for m in DELETION.finditer(text)):
        return ""
    return DELETION.sub(replace, text)


def cards_of(note: Note) -> list[tuple[str, str]]:
    """(front, back) HTML of each card the note makes."""
    back_extra = f'<div class="extra">{note.fields["Extra"]}</div><div class="source">{note.fields["Source"]}</div>'
    if note.model == CLOZE:
        numbers = sorted({int(m.group(1)) for m in DELETION.finditer(note.fields["Text"])})
        return [
            (render_cloze(note.fields["Text"], k, "front"), render_cloze(note.fields["Text"], k, "back") + back_extra)
            for k in numbers
        ]
    if note.model == OVERLAP:
        title = f'<div class="title">{note.fields["Title"]}</div>'
        pairs = []
        for k in range(1, MAX_OVERLAP_ITEMS + 1):
            text = note.fields.get(f"Text{k}", "")
            if text:
                pairs.append(
                    (title + render_cloze(text, k, "front"), title + render_cloze(text, k, "back") + back_extra)
                )
        return pairs
    front = f'<div class="title">{note.fields["Front"]}</div>'
    return [(front, front + '<hr id="answer">' + note.fields["Back"] + back_extra)]


def preview_html(notes: list[Note], title: str = "studycards preview") -> str:
    blocks = []
    number = 0
    for note in notes:
        for front, back in cards_of(note):
            number += 1
            blocks.append(
                f'<section class="pair"><div class="meta">#{number} · {html.escape(note.fact.kind)} · '
                f"{html.escape('::'.join(note.deck))}</div>"
                f'<div class="side"><h3>正面</h3><div class="card">{front}</div></div>'
                f'<div class="side"><h3>背面</h3><div class="card">{back}</div></div></section>'
            )
    page_css = """
body { margin: 0; background: #eef0f3; font-family: sans-serif; }
h1 { font-size: 18px; padding: 12px 16px; margin: 0; background: #24292f; color: #fff; }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; margin: 12px; padding: 8px;
        background: #fff; border-radius: 6px; }
.meta { grid-column: 1 / -1; font-size: 12px; color: #57606a; }
.side h3 { font-size: 12px; color: #8c959f; margin: 0 0 4px; }
@media (max-width: 700px) { .pair { grid-template-columns: 1fr; } }
"""
    return (
        f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">{HTML_META}'
        f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{html.escape(title)}</title>'
        f"<style>{css()}{page_css}</style></head><body><h1>{html.escape(title)} · {number} 张卡片</h1>"
        + "".join(blocks)
        + "</body></html>\n"
    )
