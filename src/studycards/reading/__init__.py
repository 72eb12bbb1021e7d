"""Read a source file (or stdin) of any supported format into clean lines."""

from __future__ import annotations

import sys
from pathlib import Path

from studycards.errors import ReadError
from studycards.outline import Source
from studycards.reading.cleanup import clean
from studycards.reading.docx import read_docx_lines
from studycards.reading.html import read_html_lines
from studycards.reading.pdf import read_pdf_lines
from studycards.reading.sniff import format_of
from studycards.reading.text import read_text_lines

READERS = {
    "text": read_text_lines,
    "docx": read_docx_lines,
    "pdf": read_pdf_lines,
    "html": read_html_lines,
}
"""Format -> reader `(data, path, encoding) -> list[Line]`."""
SUFFIXES = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".markdown": "text",
    ".docx": "docx",
    ".pdf": "pdf",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
}
SUPPORTED = ".txt, .md, .docx, .pdf, .html"
ADVICE = {
    ".doc": "open it in Word/WPS and save as .docx",
    ".wps": "open it in WPS and save as .docx",
    ".rtf": "open it in Word/WPS and save as .docx",
    ".mht": "open it in a browser and save it as a web page (.html)",
    ".mhtml": "open it in a browser and save it as a web page (.html)",
    ".caj": "export it from CAJViewer as .pdf or .txt",
}
MAX_BYTES = 200 * 2**20
"""Larger inputs are refused before they are read: no study document is that big."""


def read_source(path: str | Path, encoding: str | None = None) -> Source:
    """Read `path` ('-' for standard input) and return its cleaned lines.

    The suffix picks the reader (.txt/.md, .docx, .pdf, .html/.htm); standard input and files without a
    suffix are recognised by their first bytes. `encoding` overrides detection for text and HTML.
    """
    path = str(path)
    if path == "-":
        data = sys.stdin.buffer.read()
        return _finish("stdin", READERS[format_of(data)](data, "stdin", encoding), path)
    file = Path(path)
    if not file.exists():
        raise ReadError(f"{path}: no such file; check the path")
    if file.is_dir():
        raise ReadError(f"{path}: is a folder; name a file inside it")
    reader = _reader_for(file)
    data = _read_bytes(file)
    if reader is None:
        reader = READERS[format_of(data)]
    return _finish(file.stem, reader(data, path, encoding), path)


def _reader_for(file: Path):
    """The reader for the file's suffix; None for no suffix (decided by content)."""
    suffix = file.suffix.lower()
    if not suffix:
        return None
    if suffix in SUFFIXES:
        return READERS[SUFFIXES[suffix]]
    advice = ADVICE.get(suffix, f"give a {SUPPORTED} file")
    raise ReadError(f"{file}: unsupported format '{suffix}' (supported: {SUPPORTED}); {advice}")


def _read_bytes(file: Path) -> bytes:
    try:
        size = file.stat().st_size
        if size > MAX_BYTES:
            raise ReadError(f"{file}: {size / 2**20:.0f} MB is too big for a study document (limit {MAX_BYTES / 2**20:.0f} MB); split it")
        return file.read_bytes()
    except PermissionError:
        raise ReadError(f"{file}: permission denied; check who may read the file") from None
    except OSError as exc:
        raise ReadError(f"{file}: cannot read ({exc.strerror or exc.__class__.__name__}); check the file") from None


def _finish(name: str, raw, path: str) -> Source:
    lines = clean(raw)
    if not lines:
        raise ReadError(f"{path}: no text to study (nothing left after clean-up)")
    return Source(name=name, lines=lines, path=path)
