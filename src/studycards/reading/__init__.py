"""Read a source file (or stdin) of any supported format into clean lines."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

from studycards.errors import NoText, ReadError
from studycards.outline import Source
from studycards.reading.cleanup import clean
from studycards.reading.sniff import format_of
from studycards.reading.text import read_text_lines


def _on_first_use(module: str, name: str):
    """A reader imported when first called: python-docx, pypdf and bs4 take 0.15 s to import, which
    every run would pay (a third of a cold build) whatever format it reads."""

    def reader(data: bytes, path: str, encoding: str | None = None):
        return getattr(importlib.import_module(module), name)(data, path, encoding)

    reader.__name__ = reader.__qualname__ = name
    return reader


STDIN = "standard input"
"""How every message names the source '-'."""
READERS = {
    "text": read_text_lines,
    "docx": _on_first_use("studycards.reading.docx", "read_docx_lines"),
    "pdf": _on_first_use("studycards.reading.pdf", "read_pdf_lines"),
    "html": _on_first_use("studycards.reading.html", "read_html_lines"),
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
MB = 2**20
MAX_BYTES = 20 * MB
"""Larger sources are refused before they are read (`--max-size` raises the limit; README.md)."""


def read_source(path: str | Path, encoding: str | None = None, max_bytes: int | None = MAX_BYTES) -> Source:
    """Read `path` ('-' for standard input) and return its cleaned lines.

    The suffix picks the reader (.txt/.md, .docx, .pdf, .html/.htm); standard input and files without a
    suffix are recognised by their first bytes. `encoding` overrides detection for text and HTML. A source
    larger than `max_bytes` is refused before it is read (None: no limit).
    """
    path = str(path)
    if path == "-":
        data = sys.stdin.buffer.read() if max_bytes is None else sys.stdin.buffer.read(max_bytes + 1)
        check_size(len(data), path, max_bytes)
        return _finish("stdin", READERS[format_of(data)](data, STDIN, encoding), path)
    file = Path(path)
    if not file.exists():
        raise ReadError(f"{path}: no such file; check the path")
    if file.is_dir():
        raise ReadError(f"{path}: is a folder; name a file inside it")
    reader = _reader_for(file)
    data = _read_bytes(file, max_bytes)
    if reader is None:
        reader = READERS[format_of(data)]
    return _finish(file.stem, reader(data, path, encoding), path)


def shown(path: str) -> str:
    """A source as messages name it: '-' is standard input."""
    return STDIN if path == "-" else path


def _reader_for(file: Path):
    """The reader for the file's suffix; None for no suffix (decided by content)."""
    suffix = file.suffix.lower()
    if not suffix:
        return None
    if suffix in SUFFIXES:
        return READERS[SUFFIXES[suffix]]
    advice = ADVICE.get(suffix, f"give a {SUPPORTED} file")
    raise ReadError(
        f"{file}: unsupported format '{suffix}' (supported: {SUPPORTED}); {advice}", "unsupported", suffix=suffix
    )


def _read_bytes(file: Path, max_bytes: int | None) -> bytes:
    try:
        check_size(file.stat().st_size, str(file), max_bytes)
        return file.read_bytes()
    except PermissionError:
        raise ReadError(f"{file}: permission denied; check who may read the file", "unreadable") from None
    except OSError as exc:
        raise ReadError(f"{file}: cannot read ({exc.strerror or 'an error'}); check the file", "unreadable") from None


def check_size(size: int, path: str, max_bytes: int | None) -> None:
    if max_bytes is not None and size > max_bytes:
        over = "more than " if path == "-" else ""
        raise ReadError(
            f"{shown(path)}: {over}{_megabytes(size)} MB, over the {_megabytes(max_bytes)} MB limit for a source; "
            f"pass --max-size {-(-size // MB) + 1} to read it anyway, or split it",
            "too_large",
            size=_megabytes(size),
            limit=_megabytes(max_bytes),
        )


def _megabytes(size: int) -> str:
    value = size / MB
    return f"{value:.2g}" if value < 1 else f"{value:.1f}" if value < 10 else f"{value:.0f}"


def _finish(name: str, raw, path: str) -> Source:
    lines = clean(raw)
    if not lines:
        raise NoText(
            f"{shown(path)}: no text to study (nothing left after clean-up); give a file that holds the document's Chinese text",
            "no_text",
        )
    return Source(name=name, lines=lines, path=path)
