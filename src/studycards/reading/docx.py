"""Word .docx: paragraphs and table rows in order, heading levels from styles and outline levels.

The container is checked before anything is inflated: an old .doc or a password-protected file (both
OLE), something that is not a zip, or a zip that declares more than it is sane to unpack (a zip bomb)
is refused with a message that says what to do.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.exceptions import PackageNotFoundError
from lxml import etree

from studycards.errors import ReadError
from studycards.outline import Line
from studycards.reading.sniff import OLE, ZIP, is_encrypted_office

MB = 2**20
MAX_TOTAL = 200 * MB
"""Refuse a .docx whose members declare more than this, unpacked, in all."""
MAX_DOCUMENT = 100 * MB
"""Refuse a .docx whose main text part alone declares more than this."""
MAX_RATIO = 100
"""Refuse a big member compressed more than this many times: text compresses 5-20:1, bombs 1000:1."""
BIG_MEMBER = 10 * MB
MAX_MEMBERS = 10_000
DOCUMENT = "word/document.xml"
FIX = "open it in Word/WPS and save as .docx again"

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
# Deleted text, text-box copies (a text box appears twice: DrawingML choice and VML fallback), field
# codes and properties (w:pPr holds w:tab tab stops, not tabs) are not paragraph text.
SKIP = {W + "del", W + "moveFrom", W + "txbxContent", W + "pPr", W + "rPr", W + "instrText", MC_FALLBACK}
CONTAINERS = {W + "sdt", W + "sdtContent", W + "customXml", W + "smartTag"}
HEADING_STYLE = re.compile(r"^(?:heading|标题)\s*([1-9])$", re.IGNORECASE)
TITLE_STYLES = {"title", "标题"}
TOC_STYLE = re.compile(r"^(?:(?:toc|目录)\s*\d|toc heading)$", re.IGNORECASE)
CELL_SEPARATOR = " | "


def read_docx_lines(data: bytes, path: str, encoding: str | None = None) -> list[Line]:
    """Lines of a .docx: one per paragraph (a table row with several cells is one line). `encoding` is unused."""
    _check_container(data, path)
    document = _open(data, path)
    styles = _Styles(document)
    return list(_block_lines(document.element.body, styles, _Counter()))


def _invalid(path: str, reason: str, fix: str = FIX, code: str = "not_docx") -> ReadError:
    return ReadError(f"{path}: not a valid .docx ({reason}); {fix}", code)


def _check_container(data: bytes, path: str) -> None:
    if is_encrypted_office(data):
        raise _invalid(path, "it is password-protected", "remove the password in Word/WPS and save it again", "locked")
    if data.startswith(OLE):
        raise _invalid(path, "it is an old Word .doc file renamed .docx", FIX, "old_doc")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, EOFError):
        reason = "a damaged or truncated zip archive" if data.startswith(ZIP) else "not a zip archive"
        raise _invalid(path, reason) from None
    with archive:
        infos = archive.infolist()
    names = {info.filename for info in infos}
    if DOCUMENT not in names:
        raise _invalid(path, _what_zip(names))
    _check_sizes(infos, path)


def _what_zip(names: set[str]) -> str:
    if "xl/workbook.xml" in names:
        return "it is an Excel workbook"
    if "ppt/presentation.xml" in names:
        return "it is a PowerPoint file"
    return f"a zip archive without {DOCUMENT}"


def _check_sizes(infos: list[zipfile.ZipInfo], path: str) -> None:
    """Judge the declared sizes before inflating anything (zipfile never inflates past a declared size)."""
    if len(infos) > MAX_MEMBERS:
        raise _invalid(path, f"{len(infos)} parts, over the {MAX_MEMBERS} limit")
    total = sum(info.file_size for info in infos)
    if total > MAX_TOTAL:
        raise _invalid(path, f"it would unpack to {_size(total)}, over the {_size(MAX_TOTAL)} limit")
    for info in infos:
        if info.filename == DOCUMENT and info.file_size > MAX_DOCUMENT:
            raise _invalid(
                path, f"{DOCUMENT} would unpack to {_size(info.file_size)}, over the {_size(MAX_DOCUMENT)} limit"
            )
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > BIG_MEMBER and ratio > MAX_RATIO:
            raise _invalid(path, f"{info.filename} is compressed {ratio:.0f}:1, like a zip bomb")


def _size(count: int) -> str:
    return f"{count / MB:.0f} MB" if count >= MB else f"{count} bytes"


def _open(data: bytes, path: str):
    try:
        return docx.Document(io.BytesIO(data))
    except (
        zipfile.BadZipFile,
        zlib.error,
        KeyError,
        ValueError,
        EOFError,
        OSError,
        NotImplementedError,
        etree.XMLSyntaxError,
        PackageNotFoundError,
    ) as exc:
        raise _invalid(path, _reason(exc)) from None


def _reason(exc: Exception) -> str:
    detail = " ".join(str(exc).split())[:80]
    return f"damaged: {detail}" if detail else "damaged"


class _Styles:
    """What paragraph styles say: heading levels (Heading N, Title, outline levels, inherited) and TOC entries."""

    def __init__(self, document):
        self.levels: dict[str, int | None] = {}
        self.toc: set[str] = set()
        for style in document.styles:
            if style.type == WD_STYLE_TYPE.PARAGRAPH:
                self.levels[style.style_id] = _style_level(style)
                if TOC_STYLE.match((style.name or "").strip()):
                    self.toc.add(style.style_id)
        default = document.styles.default(WD_STYLE_TYPE.PARAGRAPH)
        self.default = self.levels.get(default.style_id) if default is not None else None

    def level(self, style_id: str) -> int | None:
        return self.levels.get(style_id, self.default) if style_id else self.default


def _style_level(style) -> int | None:
    for _ in range(10):  # a base-style chain; styles.xml can loop
        if style is None:
            return None
        name = (style.name or "").strip()
        if name.lower() in TITLE_STYLES:
            return 1
        heading = HEADING_STYLE.match(name)
        if heading:
            return int(heading.group(1))
        outline = _outline_level(style.element.pPr)
        if outline is not None:
            return outline
        style = style.base_style
    return None


def _outline_level(ppr) -> int | None:
    """w:outlineLvl 0-8 marks a heading (level 1-9); 9 is body text."""
    if ppr is None:
        return None
    outline = ppr.find(W + "outlineLvl")
    if outline is None:
        return None
    value = outline.get(W + "val", "")
    return int(value) + 1 if value.isdigit() and int(value) < 9 else None


class _Counter:
    """Running paragraph number, 1-based, over body and table paragraphs alike."""

    def __init__(self):
        self.value = 0

    def next(self) -> int:
        self.value += 1
        return self.value


def _block_lines(parent, styles: _Styles, paragraphs: _Counter):
    for child in parent.iterchildren():
        if child.tag == W + "p":
            yield from _paragraph_lines(child, styles, paragraphs.next())
        elif child.tag == W + "tbl":
            yield from _table_lines(child, styles, paragraphs)
        elif child.tag in CONTAINERS:
            yield from _block_lines(child, styles, paragraphs)


def _paragraph_lines(p, styles: _Styles, number: int):
    ppr = p.find(W + "pPr")
    style_id = _style_id(ppr)
    if style_id in styles.toc:
        return  # a table-of-contents entry repeats a heading
    own = _outline_level(ppr)
    level = own if own is not None else styles.level(style_id)
    pieces = [piece for piece in _paragraph_text(p).split("\n") if piece.strip()]
    if level is not None and pieces:
        pieces = ["".join(pieces)]  # a heading is one line even when a break splits it
    for piece in pieces:
        yield Line(number, piece, level=level)


def _style_id(ppr) -> str:
    style = ppr.find(W + "pStyle") if ppr is not None else None
    return style.get(W + "val", "") if style is not None else ""


def _paragraph_text(p) -> str:
    """Text of the runs, hyperlinks, insertions and fields of a paragraph; a break is a newline."""
    parts = []
    for element in _walk(p):
        tag = element.tag
        if tag == W + "t":
            parts.append(element.text or "")
        elif tag == W + "tab":
            parts.append(" ")
        elif tag in (W + "br", W + "cr"):
            parts.append("\n")
        elif tag == W + "noBreakHyphen":
            parts.append("-")
    return "".join(parts)


def _walk(element):
    for child in element.iterchildren():
        if child.tag in SKIP or not isinstance(child.tag, str):
            continue
        yield child
        yield from _walk(child)


def _table_lines(table, styles: _Styles, paragraphs: _Counter):
    """A row with one filled cell (a layout table) gives that cell's lines; a row of several, one line."""
    for row in table.iterchildren(W + "tr"):
        cells = [list(_block_lines(cell, styles, paragraphs)) for cell in row.iterchildren(W + "tc")]
        cells = [lines for lines in cells if lines]
        if len(cells) == 1:
            yield from cells[0]
        elif cells:
            text = CELL_SEPARATOR.join("".join(line.text for line in lines) for lines in cells)
            yield Line(cells[0][0].number, text)
