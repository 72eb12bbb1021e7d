"""Read a source file (or stdin) of any supported format into clean lines."""

from __future__ import annotations

import sys
from pathlib import Path

from studycards.errors import ReadError
from studycards.outline import Source
from studycards.reading.cleanup import clean
from studycards.reading.text import read_text_lines

SUFFIXES = (".txt", ".md", ".markdown", ".text")


def read_source(path: str | Path, encoding: str | None = None) -> Source:
    """Read `path` ('-' for standard input) and return its cleaned lines."""
    path = str(path)
    if path == "-":
        data = sys.stdin.buffer.read()
        raw = read_text_lines(data, "stdin", encoding)
        return _finish("stdin", raw, path)
    file = Path(path)
    if not file.exists():
        raise ReadError(f"{path}: no such file; check the path")
    if file.is_dir():
        raise ReadError(f"{path}: is a folder; name a file inside it")
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


def _finish(name: str, raw, path: str) -> Source:
    lines = clean(raw)
    if not lines:
        raise ReadError(f"{path}: no text to study (the file is empty after clean-up)")
    return Source(name=name, lines=lines, path=path)
