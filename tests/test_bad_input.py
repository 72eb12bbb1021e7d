"""Whatever users are sent: each row ends in a correct deck, or in one line on stderr that names the file and
says what to do, exit code 1 (2 for a usage mistake), no traceback and no output file written."""

from __future__ import annotations

import io
import struct
import zipfile
from dataclasses import dataclass
from typing import Callable

import pytest
from click.testing import CliRunner

from ankicol import import_apkg, open_collection, rendered_cards, visible_text
from conftest import DECKS
from studycards.cli import cli

SAMPLE_TEXT = (DECKS / "cadre-incentive-seminar.txt").read_text(encoding="utf-8-sig")
TRADITIONAL = (
    "激勵幹部擔當作為研討發言材料\n一、強化政治標準，築牢忠誠根基\n"
    "推動形成能者上、優者獎、庸者下、劣者汰的用人導向和從政環境。\n"
    "二、堅持嚴管厚愛\n嚴管就是厚愛，厚愛必須嚴管。堅決捍衛“兩個確立”、做到“兩個維護”。\n"
)


# --- sources -------------------------------------------------------------------------------------


def docx_bytes(text: str = "激励干部担当作为\n推动形成能者上、优者奖、庸者下、劣者汰的用人导向和从政环境。") -> bytes:
    import docx

    document = docx.Document()
    for paragraph in text.splitlines():
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def corrupt_docx() -> bytes:
    """A real .docx with its compressed body overwritten: the zip directory is intact, the data is not."""
    data = bytearray(docx_bytes())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        info = archive.getinfo("word/document.xml")
    name_length, extra_length = struct.unpack("<HH", data[info.header_offset + 26 : info.header_offset + 30])
    start = info.header_offset + 30 + name_length + extra_length
    data[start : start + info.compress_size] = bytes(range(256)) * (info.compress_size // 256) + bytes(
        info.compress_size % 256
    )
    return bytes(data)


def declared_bomb_docx() -> bytes:
    """A .docx whose body claims to unpack to 4 GB: refused from the zip directory, before inflating."""
    data = bytearray(docx_bytes())
    name = b"word/document.xml"
    central = data.find(b"PK\x01\x02" + b"\x00" * 0)  # first central directory entry
    while central != -1:
        length = struct.unpack("<H", data[central + 28 : central + 30])[0]
        if data[central + 46 : central + 46 + length] == name:
            data[central + 24 : central + 28] = struct.pack("<I", 0xFFFF_FFF0)
            local = struct.unpack("<I", data[central + 42 : central + 46])[0]
            data[local + 22 : local + 26] = struct.pack("<I", 0xFFFF_FFF0)
        central = data.find(b"PK\x01\x02", central + 4)
    return bytes(data)


def scanned_pdf() -> bytes:
    """A page with only a picture on it (here a drawn shape): no text layer."""
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    pdf.rect(72, 400, 400, 300, fill=1)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def one_line(size: int) -> str:
    """`size` bytes of the sample on a single line."""
    body = "".join(SAMPLE_TEXT.split())
    text = body * (size // len(body.encode("utf-8")) + 1)
    return text.encode("utf-8")[:size].decode("utf-8", "ignore")


# --- the table -----------------------------------------------------------------------------------


@dataclass
class Row:
    name: str
    """File name of the source (or of the output, for output rows)."""
    data: bytes | Callable[[], bytes] | None
    """The source's bytes (None: no source file is made)."""
    code: int
    """Expected exit code."""
    words: tuple[str, ...] = ()
    """What the one-line message must say (rows that fail), or text the deck must hold (rows that work)."""
    args: tuple[str, ...] = ()
    """Extra arguments; {src} and {out} stand for the source and the output path."""
    setup: Callable | None = None
    """Prepares tmp_path (read-only folders, an existing deck)."""

    def param(self):
        return pytest.param(self, id=self.name)


def read_only_folder(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)


def read_only_deck(tmp_path):
    deck = tmp_path / "old.apkg"
    deck.write_bytes(b"previous deck")
    deck.chmod(0o444)


ROWS = [
    Row("empty.txt", b"", 1, ("empty", "nothing to study")),
    Row("blank.txt", " \n\t\r\n\u3000\u3000\n   \n".encode("utf-8"), 1, ("nothing", "to study")),
    Row(
        "punctuation.txt", "。，、！？……——《》“”【】（）\n!!??...;;\n·—·\n".encode("utf-8"), 1, ("nothing", "to study")
    ),
    Row("binary.txt", bytes(range(256)) * 64, 1, ("binary",)),
    Row("nul.txt", "学习材料\n一、坚持原则\x00\x00\n做到能者上、优者奖、庸者下。\n".encode("utf-8"), 1, ("binary",)),
    Row(
        "undecodable.txt",
        "\u00e9t\u00e9 caf\u00e9 na\u00efve d\u00e9j\u00e0 \u00e0 la cr\u00e8me ".encode("latin-1") * 40,
        1,
        ("--encoding",),
    ),
    Row("traditional.txt", TRADITIONAL.encode("utf-8"), 0, ("優者獎", "厚愛必須嚴管")),
    Row("traditional-big5.txt", TRADITIONAL.encode("big5"), 0, ("優者獎", "厚愛必須嚴管")),
    Row("gbk.txt", SAMPLE_TEXT.encode("gbk"), 0, ("能者上",)),
    Row("one-line.txt", lambda: one_line(2**20).encode("utf-8"), 0, ("能者上",)),
    Row(
        "fifty-megabytes.txt",
        lambda: one_line(2**20).encode("utf-8") * 50,
        1,
        ("over the 20 MB limit", "--max-size 51"),
    ),
    Row(
        "over-a-lowered-limit.txt",
        SAMPLE_TEXT.encode("utf-8"),
        1,
        ("over the 0.01 MB limit", "--max-size"),
        args=("--max-size", "0.01"),
    ),
    Row("under-a-raised-limit.txt", SAMPLE_TEXT.encode("utf-8"), 0, ("能者上",), args=("--max-size", "0.02")),
    Row(
        "unbalanced.txt",
        (
            "学习材料\n一、坚持“两个确立\n在干部工作中做到能者上、优者奖、庸者下、劣者汰的《规定（试行\n"
            "二、【强化落实\n严管就是厚爱，厚爱必须严管”》）】。\n"
        ).encode("utf-8"),
        0,
        ("能者上",),
    ),
    Row("missing.txt", None, 1, ("no such file",)),
    Row("slides.pptx", b"PK\x03\x04whatever", 1, ("unsupported format",)),
    Row("corrupt.docx", corrupt_docx, 1, ("not a valid .docx",)),
    Row("truncated.docx", lambda: docx_bytes()[:1500], 1, ("not a valid .docx",)),
    Row("renamed-doc.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(2048), 1, ("old Word .doc",)),
    Row("zip-bomb.docx", declared_bomb_docx, 1, ("not a valid .docx", "limit")),
    Row("scan.pdf", scanned_pdf, 1, ("no text layer", "scan", "OCR")),
    # output rows: the message names the output
    Row("missing-folder/deck.apkg", SAMPLE_TEXT.encode("utf-8"), 1, ("does not exist",), args=("-o", "{out}")),
    Row(
        "locked/deck.apkg",
        SAMPLE_TEXT.encode("utf-8"),
        1,
        ("not writable",),
        args=("-o", "{out}"),
        setup=read_only_folder,
    ),
    Row("old.apkg", SAMPLE_TEXT.encode("utf-8"), 1, ("not writable",), args=("-o", "{out}"), setup=read_only_deck),
    Row("same.txt", SAMPLE_TEXT.encode("utf-8"), 1, ("is also an input",), args=("-o", "{src}")),
]


@pytest.mark.parametrize("row", [row.param() for row in ROWS])
def test_bad_input(tmp_path, row):
    output_row = "-o" in row.args
    source = tmp_path / ("source.txt" if output_row else row.name)
    out = tmp_path / (row.name if output_row else "deck.apkg")
    if row.setup:
        row.setup(tmp_path)
    if row.data is not None:
        source.write_bytes(row.data() if callable(row.data) else row.data)
    original = source.read_bytes() if source.exists() else None
    before = {path: path.read_bytes() for path in tmp_path.rglob("*") if path.is_file()}
    extra = [arg.format(src=source, out=out) for arg in row.args]
    if not output_row:
        extra += ["-o", str(out)]
    try:
        result = CliRunner().invoke(cli, ["build", str(source), *extra])
    finally:
        for folder in tmp_path.rglob("*"):
            if folder.is_dir():
                folder.chmod(0o755)
    assert result.exit_code == row.code, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    if row.code == 0:
        assert_deck(tmp_path, out, row.words)
        return
    message = result.stderr.strip()
    assert message.startswith("Error: ") and "\n" not in message, message
    named = extra[extra.index("-o") + 1] if output_row else str(source)
    assert named in message, message
    assert "; " in message, "the message says what to do"
    for word in row.words:
        assert word in message, message
    after = {path: path.read_bytes() for path in tmp_path.rglob("*") if path.is_file()}
    assert after == before, "nothing written, nothing changed"
    if original is not None:
        assert source.read_bytes() == original


def assert_deck(tmp_path, apkg, words):
    folder = tmp_path / "col"
    folder.mkdir()
    col = open_collection(folder)
    import_apkg(col, apkg)
    texts = []
    for card, question, answer in rendered_cards(col):
        assert visible_text(question) and visible_text(answer), card.id
        texts.append(visible_text(answer))
    col.close()
    assert texts
    for word in words:
        assert any(word in text for text in texts), word


USAGE = [
    [],
    ["build"],
    ["build", "x.txt", "--no-such-flag"],
    ["build", "x.txt", "--jobs", "0"],
    ["build", "x.txt", "--max-size", "-1"],
    ["build", "x.txt", "--max-size", "lots"],
    ["build", "x.txt", "--hint", "everything"],
    ["build", "x.txt", "-o", "deck.pdf"],
]


@pytest.mark.parametrize("args", USAGE, ids=lambda args: " ".join(args) or "(nothing)")
def test_usage_mistakes_exit_2(tmp_path, monkeypatch, args):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    assert list(tmp_path.iterdir()) == []


def test_the_limit_applies_to_standard_input(tmp_path):
    result = CliRunner().invoke(
        cli, ["build", "-", "-o", str(tmp_path / "d.apkg"), "--max-size", "0.01"], input=SAMPLE_TEXT.encode("utf-8")
    )
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: standard input: more than 0.01 MB, over the 0.01 MB limit")
    assert not (tmp_path / "d.apkg").exists()


def test_a_zip_bomb_is_refused_without_inflating_it(tmp_path):
    """A body of 300 MB of zeros in a 300 KB file: refused, and memory never holds the inflated body."""
    import tracemalloc

    source = tmp_path / "bomb.docx"
    with zipfile.ZipFile(io.BytesIO(docx_bytes())) as original, zipfile.ZipFile(source, "w") as bomb:
        for info in original.infolist():
            if info.filename != "word/document.xml":
                bomb.writestr(info, original.read(info))
        info = zipfile.ZipInfo("word/document.xml")
        info.compress_type = zipfile.ZIP_DEFLATED
        with bomb.open(info, "w", force_zip64=True) as body:
            chunk = bytes(2**20)
            for _ in range(300):
                body.write(chunk)
    assert source.stat().st_size < 2 * 2**20
    tracemalloc.start()
    try:
        result = CliRunner().invoke(cli, ["build", str(source), "-o", str(tmp_path / "d.apkg")])
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert result.exit_code == 1 and "not a valid .docx" in result.stderr, result.stderr
    assert peak < 100 * 2**20
