"""What the back of every card shows: where the fact comes from, and the source paragraph."""

from __future__ import annotations

from studycards.cards.escape import escape
from studycards.facts import Origin

SEPARATOR = " › "
MAX_SOURCE = 600
"""Characters of the source paragraph a back shows at most. A longer paragraph (a document without line
breaks is one paragraph) is cut to the stretch around the fact: a 1 MB paragraph must not ride on every card."""


def breadcrumb(origin: Origin) -> str:
    """document › article › section › point, and the line of the source file (in words a reader knows)."""
    steps = [origin.document] + [step for step in origin.trail if step != origin.document]
    return escape(SEPARATOR.join(steps)) + f' <span class="line">（原文第{origin.line}行）</span>'


def source(origin: Origin, around: str = "") -> str:
    """The paragraph the fact comes from; for a long one, the part around `around` (the fact's text)."""
    return escape(excerpt(origin.paragraph, around))


def excerpt(paragraph: str, around: str = "", limit: int = MAX_SOURCE) -> str:
    """`paragraph` if short enough, else `limit` characters centred on `around`, with … where it is cut."""
    if len(paragraph) <= limit:
        return paragraph
    at = paragraph.find(around) if around else -1
    if at < 0:
        start = 0
    elif len(around) >= limit:
        start = at
    else:
        start = max(0, min(at - (limit - len(around)) // 2, len(paragraph) - limit))
    end = min(len(paragraph), start + max(limit, len(around) if at >= 0 else 0))
    return ("…" if start else "") + paragraph[start:end] + ("…" if end < len(paragraph) else "")
