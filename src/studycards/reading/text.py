"""Plain text and markdown: detect the encoding, split lines, keep markdown headings as level hints."""

from __future__ import annotations

import re

from studycards.errors import ReadError
from studycards.outline import Line

CJK = re.compile(r"[\u3400-\u9fff]")
MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")


def decode(data: bytes, path: str, encoding: str | None = None) -> str:
    """Bytes -> text: the given encoding, else UTF-8 (BOM or not), else GB18030."""
    if encoding:
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError) as exc:
            raise ReadError(f"{path}: cannot decode as {encoding} ({exc.__class__.__name__}); check --encoding") from None
    if not data.strip():
        raise ReadError(f"{path}: the file is empty; there is nothing to study")
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ReadError(f"{path}: binary data, not text; give a .txt, .md, .docx, .pdf or .html file")
    for candidate in ("utf-8-sig", "utf-16", "gb18030"):
        if candidate == "utf-16" and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            continue
        try:
            text = data.decode(candidate)
        except UnicodeDecodeError:
            continue
        if candidate != "gb18030" or _looks_chinese(text):
            return text
    raise ReadError(f"{path}: not UTF-8; tried utf-8, gb18030; pass --encoding")


def _looks_chinese(text: str) -> bool:
    """GB18030 decodes much that is not Chinese; accept it only when CJK characters dominate."""
    letters = [c for c in text if not c.isspace() and not c.isascii()]
    return bool(letters) and len(CJK.findall(text)) >= 0.6 * len(letters)


def read_text_lines(data: bytes, path: str, encoding: str | None = None) -> list[Line]:
    """Decode and split into numbered lines; `# Heading` lines carry their level."""
    text = decode(data, path, encoding)
    lines = []
    for number, raw in enumerate(text.splitlines(), start=1):
        heading = MD_HEADING.match(raw) if path.lower().endswith((".md", ".markdown")) else None
        if heading:
            lines.append(Line(number, heading.group(2), level=len(heading.group(1))))
        else:
            lines.append(Line(number, raw))
    return lines
