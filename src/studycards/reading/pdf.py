"""PDF: the text layer page by page, without running headers, footers and page numbers, lines rejoined.

A PDF has no paragraphs, only lines placed on a page; a paragraph is rebuilt by joining each line that
fills the column without ending a sentence to the next one, across a page break too.
"""

from __future__ import annotations

import io
import logging
import re
from contextlib import contextmanager

from pypdf import PasswordType, PdfReader
from pypdf.errors import DependencyError

from studycards.errors import ReadError
from studycards.outline import Line
from studycards.reading.cleanup import INNER_WIDE_SPACE, PAGE_NUMBER
from studycards.reading.sniff import PDF
from studycards.reading.wrapping import Column, ends_sentence, find_column, rejoin, width

FIX = "open it in a PDF viewer and save or print it as PDF again"
NO_TEXT = "this PDF has no text layer (a scan?); run OCR on it first or give the text"
MIN_CHARS_PER_PAGE = 5
"""Fewer extractable characters than this per page on average: the pages are pictures."""
EDGE = 2
"""How many lines at the top and bottom of a page may be a running header or footer."""
UNREADABLE = re.compile(r"[\ue000-\uf8ff\ufffd\x00-\x08\x0b\x0c\x0e-\x1f]")
DIGITS = re.compile(r"\d+")
RUNNING_SHARE = 0.6
"""A line at the edge of at least this share of the pages (and of two) is a running header or footer."""


def read_pdf_lines(data: bytes, path: str, encoding: str | None = None) -> list[Line]:
    """Lines of a PDF's text layer, numbered as extracted, paragraphs rejoined. `encoding` is unused."""
    pages = _extract(_open(data, path), path)
    _check_text_layer(pages, path)
    pages = _drop_running_lines(pages)
    lines = [line for page in pages for line in page]
    return rejoin(lines, _columns(pages))


def _open(data: bytes, path: str) -> PdfReader:
    if not PDF.search(data[:1024]):
        raise ReadError(f"{path}: not a valid .pdf (no PDF header); {FIX}", "not_pdf")
    try:
        with _quiet():
            reader = PdfReader(io.BytesIO(data), strict=False)
            encrypted = reader.is_encrypted
    except Exception as exc:  # pypdf fails on damaged files in many ways, all meaning "damaged"
        raise ReadError(f"{path}: not a valid .pdf (damaged: {_detail(exc)}); {FIX}", "not_pdf") from None
    if encrypted:
        _decrypt(reader, path)
    return reader


def _decrypt(reader: PdfReader, path: str) -> None:
    """Many PDFs are encrypted with an empty user password (only printing or copying is restricted)."""
    try:
        opened = reader.decrypt("")
    except DependencyError:
        raise ReadError(
            f"{path}: this PDF is AES-encrypted; install the 'cryptography' package to read it", "locked"
        ) from None
    except Exception as exc:
        raise ReadError(
            f"{path}: cannot decrypt this PDF ({_detail(exc)}); print it to a new PDF without a password", "locked"
        ) from None
    if opened == PasswordType.NOT_DECRYPTED:
        raise ReadError(
            f"{path}: this PDF is password-protected; open it with the password and print it to a new PDF, or give the text",
            "locked",
        )


def _extract(reader: PdfReader, path: str) -> list[list[Line]]:
    """Each page's non-empty lines, numbered by their running line number in the text layer."""
    pages: list[list[Line]] = []
    number = 0
    try:
        with _quiet():
            count = len(reader.pages)
    except Exception as exc:
        raise ReadError(f"{path}: not a valid .pdf (damaged: {_detail(exc)}); {FIX}", "not_pdf") from None
    for index in range(count):
        try:
            with _quiet():
                text = reader.pages[index].extract_text() or ""
        except Exception as exc:
            raise ReadError(f"{path}: cannot read page {index + 1} ({_detail(exc)}); {FIX}", "not_pdf") from None
        page = []
        for raw in text.splitlines():
            number += 1
            line = INNER_WIDE_SPACE.sub("", raw.strip())
            if line:
                page.append(Line(number, line))
        pages.append(page)
    return pages


def _check_text_layer(pages: list[list[Line]], path: str) -> None:
    text = "".join(line.text for page in pages for line in page)
    chars = len("".join(text.split()))
    if not pages or chars < MIN_CHARS_PER_PAGE * len(pages):
        raise ReadError(f"{path}: {NO_TEXT}", "scan")
    if len(UNREADABLE.findall(text)) > 0.3 * chars:
        raise ReadError(
            f"{path}: the text layer of this PDF is unreadable (fonts without a Unicode map); run OCR on it first or give the text",
            "scan",
        )


def _drop_running_lines(pages: list[list[Line]]) -> list[list[Line]]:
    """Drop page numbers and lines repeated at the top or bottom of most pages (digits ignored).

    A line that ends a sentence is body text even when it repeats: headers and footers are titles.
    """
    counts: dict[str, int] = {}
    for page in pages:
        for key in {_running_key(line.text) for line in _edges(page) if not ends_sentence(line.text)}:
            counts[key] = counts.get(key, 0) + 1
    threshold = max(2, RUNNING_SHARE * len(pages))
    running = {key for key, count in counts.items() if count >= threshold}
    out = []
    for page in pages:
        edges = {id(line) for line in _edges(page)}
        out.append(
            [
                line
                for line in page
                if id(line) not in edges or not (_running_key(line.text) in running or PAGE_NUMBER.match(line.text))
            ]
        )
    return out


def _edges(page: list[Line]) -> list[Line]:
    return page[:EDGE] + page[EDGE:][-EDGE:]


def _running_key(text: str) -> str:
    return DIGITS.sub("#", "".join(text.split()))


def _columns(pages: list[list[Line]]) -> list[Column | None]:
    """Per line, its page's column; a page with too few lines to tell borrows the document's."""
    everything = _column([line.text for page in pages for line in page], min_lines=3)
    columns: list[Column | None] = []
    for page in pages:
        own = _column([line.text for line in page], min_lines=2)
        columns += [own or everything] * len(page)
    return columns


def _column(texts: list[str], min_lines: int) -> Column | None:
    """The column is the widest thing on a page: look for the shared width among the widest lines only."""
    if not texts:
        return None
    return find_column(texts, min_lines=min_lines, shortest=max(8, 0.7 * max(map(width, texts))))


def _detail(exc: Exception) -> str:
    detail = " ".join(str(exc).split())[:80]
    return detail or "unreadable"


@contextmanager
def _quiet():
    """pypdf logs a warning for every oddity of a PDF; a reader's user cannot act on them."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.ERROR + 10)
    try:
        yield
    finally:
        logger.setLevel(level)
