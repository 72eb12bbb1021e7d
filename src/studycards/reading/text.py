"""Plain text and markdown: decode, split lines, keep markdown headings as level hints."""

from __future__ import annotations

import re

from studycards.outline import Line
from studycards.reading.encoding import decode

__all__ = ["decode", "read_text_lines"]

MD_HEADING = re.compile(r"^ {0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")
MD_SUFFIXES = (".md", ".markdown")


def read_text_lines(data: bytes, path: str, encoding: str | None = None) -> list[Line]:
    """Decode and split into numbered lines (CRLF, LF or CR); in markdown, `# Heading` lines carry their level."""
    text = decode(data, path, encoding)
    markdown = path.lower().endswith(MD_SUFFIXES)
    lines = []
    for number, raw in enumerate(text.splitlines(), start=1):
        heading = MD_HEADING.match(raw) if markdown else None
        if heading:
            lines.append(Line(number, heading.group(2), level=len(heading.group(1))))
        else:
            lines.append(Line(number, raw))
    return lines
