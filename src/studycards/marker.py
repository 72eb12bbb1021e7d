"""What studycards puts in the files it writes, and how a folder's reader knows them again.

A folder often holds our own outputs beside the material (speech.preview.html, quiz.md, notes.txt): read as
sources, they would become documents, and a quiz's answer key cards. They are known by their content, not
their name: pages carry a generator <meta>, a Markdown sheet a closing comment, a Word paper its document
description; the formats that importers read line by line (Anki's text import, exam platforms' 题库 text)
and the outline are known by the shape every line of theirs has.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

GENERATOR = "studycards"
HTML_META = f'<meta name="generator" content="{GENERATOR}">'
"""In the <head> of every page studycards writes (preview, quiz)."""
MARKDOWN_MARK = f"<!-- {GENERATOR} -->"
"""The last line of a Markdown quiz sheet (a comment: not shown)."""
DOCX_DESCRIPTION = GENERATOR
"""The description (docProps/core.xml) of a Word paper studycards writes."""

HEAD_BYTES = 4096
"""What is read of a file to know it (a page's <head>, a text's first lines)."""
_META = re.compile(rb'<meta\s+name="generator"\s+content="studycards"', re.IGNORECASE)
_ANKI_TEXT = re.compile(r"#separator:tab\n#html:true\n#notetype column:1\n(?:#[^\n]*\n)*studycards ")
"""notes.txt: Anki's header lines, then rows that open with one of our note types (studycards 填空 …)."""
_EXAM_TEXT = re.compile(r"1\.【(?:填空题|单选题|多选题|判断题)】[^\n]*\n(?:[A-F]\. [^\n]*\n)*答案：")
"""A quiz for exam platforms: its first block, as exam_text writes every block."""
_OUTLINE_LINE = re.compile(r" {2,}\S.*  \[L\d+(?:-\d+)?\]")
"""`studycards outline` text: after the title, every line indented and ending with its source lines."""


def written_by_studycards(path: str | Path) -> bool:
    """Whether the file at `path` is one studycards wrote (an unreadable file is not: its reader will say why)."""
    path = Path(path)
    suffix = path.suffix.lower()
    try:
        if suffix == ".docx":
            return _docx_description(path) == DOCX_DESCRIPTION
        with path.open("rb") as file:
            head = file.read(HEAD_BYTES)
            if suffix in (".md", ".markdown"):
                file.seek(max(0, path.stat().st_size - HEAD_BYTES))
                return file.read().decode("utf-8", "replace").rstrip().endswith(MARKDOWN_MARK)
    except (OSError, zipfile.BadZipFile, KeyError, ValueError):
        return False
    if suffix in (".html", ".htm", ".xhtml"):
        return _META.search(head) is not None
    if suffix in (".txt", ".text"):
        return _is_our_text(head.decode("utf-8", "replace").replace("\r\n", "\n"))
    return False


def _is_our_text(text: str) -> bool:
    if _ANKI_TEXT.match(text) or _EXAM_TEXT.match(text):
        return True
    lines = text.split("\n")[1:-1]  # the title line, and a last line perhaps cut by HEAD_BYTES
    return bool(lines) and all(_OUTLINE_LINE.fullmatch(line) for line in lines)


def _docx_description(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        core = archive.read("docProps/core.xml").decode("utf-8", "replace")
    found = re.search(r"<dc:description>([^<]*)</dc:description>", core)
    return found.group(1) if found else ""
