"""Read a source file (or stdin) of any supported format into clean lines."""

from __future__ import annotations

import sys
from pathlib import Path

from studycards.errors import NothingToStudy, ReadError
from studycards.outline import Source
from studycards.reading.cleanup import clean
from studycards.reading.text import read_text_lines

SUFFIXES = (".txt", ".md", ".markdown", ".text")
MB = 2**20
MAX_BYTES = 20 * MB
"""Larger sources are refused before they are read (`--max-size` raises the limit; README.md)."""


def read_source(path: str | Path, encoding: str | None = None, max_bytes: int | None = MAX_BYTES) -> Source:
    """Read `path` ('-' for standard input) and return its cleaned lines; None for `max_bytes`: no limit."""
    path = str(path)
    if path == "-":
        data = sys.stdin.buffer.read() if max_bytes is None else sys.stdin.buffer.read(max_bytes + 1)
        check_size(len(data), path, max_bytes)
        raw = read_text_lines(data, "stdin", encoding)
        return _finish("stdin", raw, path)
    file = Path(path)
    if not file.exists():
        raise ReadError(f"{path}: no such file; check the path")
    if file.is_dir():
        raise ReadError(f"{path}: is a folder; name a file inside it")
    check_size(file.stat().st_size, path, max_bytes)
    data = file.read_bytes()
    raw = _reader_for(file)(data, path, encoding)
    return _finish(file.stem, raw, path)


def _reader_for(file: Path):
    suffix = file.suffix.lower()
    if suffix in SUFFIXES or not suffix:
        return read_text_lines
    raise ReadError(
        f"{file}: unsupported format '{suffix}'; use .txt, .md, .docx, .pdf or .html"
    )


def check_size(size: int, path: str, max_bytes: int | None) -> None:
    if max_bytes is not None and size > max_bytes:
        over = "more than " if path == "-" else ""
        raise ReadError(f"{path}: {over}{_megabytes(size)} MB, over the {_megabytes(max_bytes)} MB limit for a source; "
                        f"pass --max-size {-(-size // MB) + 1} to read it anyway, or split it")


def _megabytes(size: int) -> str:
    value = size / MB
    return f"{value:.2g}" if value < 1 else f"{value:.1f}" if value < 10 else f"{value:.0f}"


def _finish(name: str, raw, path: str) -> Source:
    lines = clean(raw)
    if not lines:
        raise NothingToStudy(f"{path}: nothing to study (no Chinese text is left after clean-up); give a file with the document's text")
    return Source(name=name, lines=lines, path=path)
