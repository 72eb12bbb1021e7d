"""Lines broken by a layout: how wide a full line is, and whether a line goes on in the next one.

A page (or a hard-wrapped text file) breaks a paragraph wherever the column ends, so every line of a
paragraph but its last is about as wide as the column, and the column width is the width most long lines
share. A shorter line, or one that ends a sentence, ends its paragraph; so does a line before a numbered one.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from studycards.outline import Line

SENTENCE_END = tuple("。！？：；”!?:;…")
NUMERAL = "一二三四五六七八九十百"
NUMBERED = re.compile(
    rf"^(?:[{NUMERAL}]+[、.．]|[（(][{NUMERAL}\d]+[）)]|\d{{1,2}}[、.．](?!\d)|第[{NUMERAL}\d]+[章节条部分篇，、]"
    rf"|[{NUMERAL}]+[是要][^，。]|——|[①-⑳])"
)
"""A line that starts like an item of an outline: 一、 （一） 1. 第一， 一要 一是 —— ①."""


def width(text: str) -> float:
    """Display width in CJK cells: Chinese characters and full-width punctuation 1, Latin letters and digits 0.5."""
    total = 0.0
    for char in text.strip():
        if char.isspace():
            total += 0.5
        elif unicodedata.east_asian_width(char) in "WFA":
            total += 1
        else:
            total += 0.5
    return total


def full_width(
    widths: list[float], min_lines: int = 2, min_share: float = 0.0, shortest: float = 8, max_wider: float = 1.0
) -> float | None:
    """The width a full line reaches: the width most long lines share (within tolerance), ties to the widest.

    Long lines are those at least `shortest` wide. None unless the cluster holds `min_lines` lines and
    `min_share` of the long lines, and at most `max_wider` of them are wider still: a column is the widest
    thing on a page, while a text whose lines are whole paragraphs has lines of every width.
    """
    long = sorted((w for w in widths if w >= shortest), reverse=True)
    if not long:
        return None
    best, best_count = long[0], 0
    for candidate in long:
        count = sum(1 for w in long if abs(w - candidate) <= _tolerance(candidate))
        if count > best_count:
            best, best_count = candidate, count
    wider = sum(1 for w in long if w > best + _tolerance(best))
    if best_count < min_lines or best_count < min_share * len(long) or wider > max_wider * len(long):
        return None
    return best


def _tolerance(full: float) -> float:
    return max(1.0, 0.08 * full)


def continues(text: str, full: float) -> bool:
    """Whether a line of a column `full` wide was broken by the layout rather than ended by its writer."""
    text = text.strip()
    return bool(text) and not text.endswith(SENTENCE_END) and width(text) >= full - _tolerance(full)


def join_text(left: str, right: str) -> str:
    """Join two pieces of one paragraph: no space between Chinese, one space between Latin words."""
    if left[-1:].isascii() and left[-1:].isalnum() and right[:1].isascii() and right[:1].isalnum():
        return f"{left} {right}"
    return left + right


def rejoin(lines: list[Line], fulls: list[float | None]) -> list[Line]:
    """Join each line that fills its column (`fulls[i]` wide; None: unknown) without ending a sentence to the next.

    A heading (a line with a level) neither joins nor is joined; nor is a line that starts a numbered item.
    """
    out: list[Line] = []
    carry = False
    for line, full in zip(lines, fulls):
        if carry and out and line.level is None and not NUMBERED.match(line.text.strip()):
            out[-1] = replace(out[-1], text=join_text(out[-1].text.rstrip(), line.text.strip()))
        else:
            out.append(line)
        carry = line.level is None and full is not None and continues(line.text, full)
    return out
