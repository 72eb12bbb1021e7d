"""Lines broken by a layout: how wide a full line is, and whether a line goes on in the next one.

A page (or a hard-wrapped text file) breaks a paragraph wherever the column ends, so every line of a
paragraph but its last is about as wide as the column, and the column width is the width most long lines
share. A shorter line, or one that ends a sentence, ends its paragraph; so does a line before a numbered one.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache

from studycards.outline import Line

SENTENCE_END = re.compile(r"[。！？：；!?:;…][”’」』）)]*$")
"""A line ends a sentence with 。！？：；… and any closing quotes after it: 。” does, “三农” alone does not."""
NUMERAL = "一二三四五六七八九十百"
NUMBERED = re.compile(
    rf"^(?:[{NUMERAL}]+[、.．]|[（(][{NUMERAL}\d]+[）)]|\d{{1,2}}[、.．](?!\d)|第[{NUMERAL}\d]+[章节条部分篇，、]"
    rf"|[{NUMERAL}]+[是要][^，。]|——|[①-⑳])"
)
"""A line that starts like an item of an outline: 一、 （一） 1. 第一， 一要 一是 —— ①."""


def ends_sentence(text: str) -> bool:
    """Whether a line ends with sentence punctuation (closing quotes after it allowed)."""
    return bool(SENTENCE_END.search(text.rstrip()))


def width(text: str) -> float:
    """Display width in CJK cells: Chinese characters and full-width punctuation 1, Latin letters and digits 0.5."""
    text = text.strip()
    rest = IDEOGRAPHS.sub("", text)  # each a cell (all of U+4E00–U+9FFF are wide): counted, not looked up one by one
    wide = len(text) - len(rest)
    return sum(map(_cells, rest), 1.0 * wide) if wide else sum(map(_cells, rest))


IDEOGRAPHS = re.compile("[\u4e00-\u9fff]+")


@cache
def _cells(char: str) -> float:
    """A character's width (spaces, the ideographic one too, are half a cell); remembered: a text has few."""
    return 1.0 if not char.isspace() and unicodedata.east_asian_width(char) in "WFA" else 0.5


@dataclass(frozen=True)
class Column:
    """The column a layout filled: how wide a full line is, and how that is measured."""

    full: float
    """The width of a full line."""
    tolerance: float
    """How far short of `full` a full line may fall."""
    lines: int
    """How many lines are full: the evidence for the column."""
    measure: Callable[[str], float] = width
    """Display width (a page, a text wrapped by columns) or len (a text wrapped by character count)."""

    def filled_by(self, text: str) -> bool:
        """Whether a line was broken by the layout rather than ended by its writer."""
        text = text.strip()
        return bool(text) and not ends_sentence(text) and self.measure(text) >= self.full - self.tolerance


def find_column(
    texts: list[str],
    measure: Callable[[str], float] = width,
    tolerance: float | None = None,
    min_lines: int = 2,
    min_share: float = 0.0,
    shortest: float = 8,
    max_wider: float = 1.0,
) -> Column | None:
    """The column most long lines fill (within tolerance; ties to the widest), or None.

    Long lines are those at least `shortest` wide. None unless the column's lines number `min_lines` and
    make `min_share` of the long lines, and at most `max_wider` of the long lines are wider still: a column
    is the widest thing on a page, while a text whose lines are whole paragraphs has lines of every width.
    `tolerance` defaults to 8% of the width, at least one cell.
    """
    long = sorted((w for w in map(measure, texts) if w >= shortest), reverse=True)
    rising = long[::-1]
    best, best_count = None, 0
    for candidate in sorted(set(long), reverse=True):  # a width many lines share is counted once
        count = _within(rising, candidate, _tolerance(candidate, tolerance))
        if count > best_count:
            best, best_count = candidate, count
    if best is None:
        return None
    slack = _tolerance(best, tolerance)
    wider = sum(1 for w in long if w > best + slack)
    if best_count < min_lines or best_count < min_share * len(long) or wider > max_wider * len(long):
        return None
    return Column(best, slack, best_count, measure)


def _within(rising: list[float], centre: float, slack: float) -> int:
    """How many of the sorted widths satisfy abs(w - centre) <= slack: two binary searches with that very
    test split in its two halves (each monotonic in w), so a 20 MB text's 100 000 lines take a moment,
    not the minutes that counting against every other line took."""
    first = bisect_left(rising, True, key=lambda w: centre - w <= slack)
    end = bisect_left(rising, True, key=lambda w: not w - centre <= slack)
    return max(0, end - first)


def _tolerance(full: float, tolerance: float | None) -> float:
    return max(1.0, 0.08 * full) if tolerance is None else tolerance


def join_text(left: str, right: str) -> str:
    """Join two pieces of one paragraph: a space between Latin words, none elsewhere (2022 split as 20|22)."""
    if latin_letter(left[-1:]) and latin_letter(right[:1]):
        return f"{left} {right}"
    return left + right


def latin_letter(char: str) -> bool:
    return char.isascii() and char.isalpha()


def rejoin(lines: list[Line], columns: list[Column | None]) -> list[Line]:
    """Join each line that fills its column (`columns[i]`; None: unknown) to the line after it.

    A heading (a line with a level) neither joins nor is joined; nor is a line that starts a numbered item.
    """
    out: list[Line] = []
    carry = False
    for line, column in zip(lines, columns):
        if carry and out and line.level is None and not NUMBERED.match(line.text.strip()):
            out[-1] = replace(out[-1], text=join_text(out[-1].text.rstrip(), line.text.strip()))
        else:
            out.append(line)
        carry = line.level is None and column is not None and column.filled_by(line.text)
    return out
