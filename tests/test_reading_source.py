"""read_source: picking the reader by suffix or content, standard input, and what it refuses."""

from __future__ import annotations

import hashlib
import io
import sys
from pathlib import Path

import docx
import pytest

from studycards.errors import ReadError
from studycards.reading import read_source

DECKS = Path(__file__).resolve().parent.parent / "decks"
PARAGRAPH = "党的二十大报告对建设高素质干部队伍提出了明确要求。"


def docx_bytes() -> bytes:
    document = docx.Document()
    document.add_heading("激励干部担当作为", level=1)
    document.add_paragraph(PARAGRAPH)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def pdf_bytes() -> bytes:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    pdf.setFont("STSong-Light", 12)
    pdf.drawString(72, 700, "激励干部担当作为")
    pdf.drawString(72, 680, PARAGRAPH)
    pdf.save()
    return buffer.getvalue()


def html_bytes() -> bytes:
    return f"<!DOCTYPE html><html><body><h1>激励干部担当作为</h1><p>{PARAGRAPH}</p></body></html>".encode("utf-8")


def text_bytes() -> bytes:
    return f"激励干部担当作为\r\n{PARAGRAPH}\r\n".encode("gb18030")


FORMATS = {"docx": docx_bytes, "pdf": pdf_bytes, "html": html_bytes, "txt": text_bytes}


def message_of(path, encoding=None) -> str:
    with pytest.raises(ReadError) as caught:
        read_source(path, encoding)
    message = str(caught.value)
    assert "\n" not in message and message.startswith(f"{path}: ")
    return message


@pytest.mark.parametrize("suffix", ["docx", "pdf", "html", "txt"])
def test_each_format_by_suffix(tmp_path, suffix):
    source = tmp_path / f"doc.{suffix.upper() if suffix == 'html' else suffix}"
    source.write_bytes(FORMATS[suffix]())
    result = read_source(source)
    assert [line.text for line in result.lines] == ["激励干部担当作为", PARAGRAPH]
    assert result.name == "doc" and result.path == str(source)


@pytest.mark.parametrize("kind", ["docx", "pdf", "html", "txt"])
def test_without_suffix_the_content_decides(tmp_path, kind):
    source = tmp_path / "document"
    source.write_bytes(FORMATS[kind]())
    assert [line.text for line in read_source(source).lines] == ["激励干部担当作为", PARAGRAPH]


@pytest.mark.parametrize("kind", ["docx", "pdf", "html", "txt"])
def test_standard_input(monkeypatch, kind):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(FORMATS[kind]())))
    result = read_source("-")
    assert result.name == "stdin" and result.path == "-"
    assert [line.text for line in result.lines] == ["激励干部担当作为", PARAGRAPH]


def test_unknown_suffix_lists_the_supported_formats(tmp_path):
    source = tmp_path / "slides.pptx"
    source.write_bytes(b"whatever")
    message = message_of(source)
    assert "unsupported format '.pptx'" in message
    for suffix in (".txt", ".md", ".docx", ".pdf", ".html"):
        assert suffix in message


def test_old_word_files_get_advice(tmp_path):
    source = tmp_path / "old.doc"
    source.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100))
    assert "save as .docx" in message_of(source)


def test_missing_file_and_folder(tmp_path):
    assert message_of(tmp_path / "missing.txt").endswith("no such file; check the path")
    assert message_of(tmp_path).endswith("is a folder; name a file inside it")


def test_a_pdf_named_txt_says_what_it_is(tmp_path):
    source = tmp_path / "really-a-pdf.txt"
    source.write_bytes(pdf_bytes())
    assert "looks like a PDF" in message_of(source)


@pytest.mark.parametrize("kind", ["docx", "pdf", "html", "txt"])
def test_reading_never_modifies_the_source(tmp_path, kind):
    source = tmp_path / f"doc.{kind}"
    source.write_bytes(FORMATS[kind]())
    before = (hashlib.sha256(source.read_bytes()).hexdigest(), source.stat().st_mtime_ns, sorted(tmp_path.iterdir()))
    read_source(source)
    assert (
        hashlib.sha256(source.read_bytes()).hexdigest(),
        source.stat().st_mtime_ns,
        sorted(tmp_path.iterdir()),
    ) == before


def test_samples_are_not_modified():
    before = {path: path.read_bytes() for path in DECKS.glob("*.txt")}
    for path in before:
        read_source(path)
    assert {path: path.read_bytes() for path in before} == before
