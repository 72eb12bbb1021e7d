"""Word .docx: paragraphs in order, heading levels, tables, and refusing what is not a sane .docx."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

from studycards.errors import ReadError
from studycards.reading import docx as docx_reader
from studycards.reading import read_source
from studycards.reading.docx import read_docx_lines


def build(fill) -> bytes:
    """A .docx made by python-docx; `fill(document)` adds the content."""
    document = docx.Document()
    fill(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def seminar(document) -> None:
    document.add_paragraph("激励干部新时代新担当新作为研讨发言材料", style="Title")
    document.add_paragraph("党的二十大报告对建设高素质干部队伍提出了明确要求。")
    document.add_heading("一、强化政治标准，筑牢忠诚根基", level=1)
    document.add_heading("突出思想政治建设", level=2)
    document.add_paragraph("")
    body = document.add_paragraph("　　坚持把理想信念教育作为一项长期任务常抓不懈。")
    body.add_run().add_break()
    body.add_run("推动党史学习教育常态化长效化。")
    document.add_paragraph("加强政治历练", style="List Number")
    document.add_heading("二、树牢鲜明导向，科学选贤任能", level=1)
    table = document.add_table(rows=2, cols=3)
    for row, cells in zip(table.rows, [("序号", "任务", "责任单位"), ("1", "畅通能上能下“双行道”", "组织部")]):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    document.add_paragraph("用好考核评价“指挥棒”。")


def lines_of(data: bytes):
    return read_docx_lines(data, "x.docx")


def test_paragraphs_headings_and_tables_in_order():
    lines = lines_of(build(seminar))
    assert [(line.text, line.level) for line in lines] == [
        ("激励干部新时代新担当新作为研讨发言材料", 1),
        ("党的二十大报告对建设高素质干部队伍提出了明确要求。", None),
        ("一、强化政治标准，筑牢忠诚根基", 1),
        ("突出思想政治建设", 2),
        ("　　坚持把理想信念教育作为一项长期任务常抓不懈。", None),
        ("推动党史学习教育常态化长效化。", None),
        ("加强政治历练", None),
        ("二、树牢鲜明导向，科学选贤任能", 1),
        ("序号 | 任务 | 责任单位", None),
        ("1 | 畅通能上能下“双行道” | 组织部", None),
        ("用好考核评价“指挥棒”。", None),
    ]


def test_line_numbers_are_paragraph_numbers():
    numbers = [line.number for line in lines_of(build(seminar))]
    # the empty paragraph 5 gives no line; the break splits paragraph 6 in two; table cells are paragraphs
    assert numbers == [1, 2, 3, 4, 6, 6, 7, 8, 9, 12, 15]


def test_list_numbering_is_not_invented():
    text = [line.text for line in lines_of(build(seminar))]
    assert "加强政治历练" in text
    assert not [t for t in text if t.startswith(("1.", "1、", "一、加强"))]


def test_read_source_cleans_docx(tmp_path):
    source = tmp_path / "seminar.docx"
    source.write_bytes(build(seminar))
    lines = read_source(source).lines
    assert lines[4].text == "坚持把理想信念教育作为一项长期任务常抓不懈。"  # indentation gone
    assert read_source(source).name == "seminar"


def custom_styles(document) -> None:
    """Styles as WPS and Chinese templates make them: outline levels, styles based on headings, a TOC."""
    styles = document.styles
    level_one = styles.add_style("一级标题", docx.enum.style.WD_STYLE_TYPE.PARAGRAPH)
    level_one.element.get_or_add_pPr().append(_outline(0))
    based = styles.add_style("My Heading", docx.enum.style.WD_STYLE_TYPE.PARAGRAPH)
    based.base_style = styles["Heading 3"]
    toc = styles.add_style("toc 1", docx.enum.style.WD_STYLE_TYPE.PARAGRAPH)
    document.add_paragraph("一、总体要求\t1", style=toc)
    document.add_paragraph("一、总体要求", style=level_one)
    document.add_paragraph("（一）指导思想", style=based)
    own = document.add_paragraph("（二）基本原则")
    own._p.get_or_add_pPr().append(_outline(1))
    document.add_paragraph("坚持稳中求进工作总基调。")


def _outline(level: int):
    element = OxmlElement("w:outlineLvl")
    element.set(qn("w:val"), str(level))
    return element


def test_levels_from_outline_levels_and_base_styles_and_no_toc():
    assert [(line.text, line.level) for line in lines_of(build(custom_styles))] == [
        ("一、总体要求", 1),
        ("（一）指导思想", 3),
        ("（二）基本原则", 2),
        ("坚持稳中求进工作总基调。", None),
    ]


def test_deleted_text_is_left_out_and_inserted_text_kept():
    def tracked(document):
        paragraph = document.add_paragraph("保留的文字")
        deleted = OxmlElement("w:del")
        run = OxmlElement("w:r")
        text = OxmlElement("w:delText")
        text.text = "删除的文字"
        run.append(text)
        deleted.append(run)
        paragraph._p.append(deleted)
        inserted = OxmlElement("w:ins")
        run = OxmlElement("w:r")
        text = OxmlElement("w:t")
        text.text = "插入的文字。"
        run.append(text)
        inserted.append(run)
        paragraph._p.append(inserted)

    assert [line.text for line in lines_of(build(tracked))] == ["保留的文字插入的文字。"]


def read_error(data: bytes, tmp_path, name="bad.docx") -> str:
    source = tmp_path / name
    source.write_bytes(data)
    with pytest.raises(ReadError) as caught:
        read_source(source)
    message = str(caught.value)
    assert "\n" not in message and message.startswith(f"{source}: ")
    return message


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"this is plain text, not a zip", "not a zip archive"),
        (build(seminar)[:3000], "damaged or truncated"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(2000), "old Word .doc"),
        (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "EncryptedPackage".encode("utf-16-le") + bytes(100),
            "password-protected",
        ),
    ],
    ids=["not-zip", "truncated", "doc-renamed", "encrypted"],
)
def test_invalid_docx(tmp_path, data, reason):
    message = read_error(data, tmp_path)
    assert "not a valid .docx" in message and reason in message


def zip_with(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def test_a_zip_that_is_not_word(tmp_path):
    assert "Excel workbook" in read_error(zip_with({"xl/workbook.xml": b"<x/>"}), tmp_path)
    assert "without word/document.xml" in read_error(zip_with({"a.txt": b"hi"}), tmp_path)


def test_damaged_document_xml(tmp_path):
    data = build(seminar)
    with zipfile.ZipFile(io.BytesIO(data)) as original:
        members = {info.filename: original.read(info) for info in original.infolist()}
    members["word/document.xml"] = b"<w:document><w:body><w:p>unclosed"
    message = read_error(zip_with(members), tmp_path)
    assert "not a valid .docx (damaged" in message and "save as .docx again" in message


def declared_huge(data: bytes, size: int) -> bytes:
    """Rewrite the central directory so word/document.xml declares `size` bytes unpacked (nothing else changes)."""
    name = b"word/document.xml"
    at = data.rfind(b"PK\x01\x02", 0)
    while at != -1:
        name_length = int.from_bytes(data[at + 28 : at + 30], "little")
        if data[at + 46 : at + 46 + name_length] == name:
            return data[: at + 24] + size.to_bytes(4, "little") + data[at + 28 :]
        at = data.rfind(b"PK\x01\x02", 0, at)
    raise AssertionError("no central directory entry for word/document.xml")


def test_zip_bomb_by_declared_size_is_refused_without_inflating(tmp_path, monkeypatch):
    data = declared_huge(build(seminar), 4_000_000_000)
    inflated = []
    monkeypatch.setattr(zipfile.ZipFile, "open", lambda *args, **kwargs: inflated.append(args) or 1 / 0)
    message = read_error(data, tmp_path)
    assert "over the 200 MB limit" in message
    assert inflated == []


def test_zip_bomb_by_compression_ratio(tmp_path, monkeypatch):
    monkeypatch.setattr(docx_reader, "BIG_MEMBER", 1_000_000)
    data = build(seminar)
    with zipfile.ZipFile(io.BytesIO(data)) as original:
        members = {info.filename: original.read(info) for info in original.infolist()}
    members["word/media/padding.bin"] = bytes(5_000_000)  # 5 MB of zeros deflate to about 5 KB
    message = read_error(zip_with(members), tmp_path)
    assert "word/media/padding.bin is compressed" in message and "zip bomb" in message


def test_total_size_limit_is_a_module_constant(tmp_path, monkeypatch):
    data = build(seminar)
    monkeypatch.setattr(docx_reader, "MAX_TOTAL", 1000)
    assert "over the 1000 bytes limit" in read_error(data, tmp_path)
    monkeypatch.setattr(docx_reader, "MAX_TOTAL", 200 * 2**20)
    monkeypatch.setattr(docx_reader, "MAX_DOCUMENT", 100)
    assert "word/document.xml would unpack" in read_error(data, tmp_path)


def test_an_empty_document_has_nothing_to_study(tmp_path):
    assert "no text to study" in read_error(build(lambda document: None), tmp_path)
