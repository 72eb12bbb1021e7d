"""What the back of every card shows: where the fact comes from, and the source paragraph."""

from __future__ import annotations

from studycards.cards.escape import escape
from studycards.facts import Origin

SEPARATOR = " › "


def breadcrumb(origin: Origin) -> str:
    """document › article › section › point, and the line."""
    steps = [origin.document] + [step for step in origin.trail if step != origin.document]
    return escape(SEPARATOR.join(steps)) + f' <span class="line">L{origin.line}</span>'


def source(origin: Origin) -> str:
    return escape(origin.paragraph)
