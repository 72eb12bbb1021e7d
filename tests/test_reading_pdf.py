"""PDF: a Chinese text layer made with reportlab, rejoined into paragraphs; scans and damage refused."""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas
from reportlab.lib.pdfencrypt import StandardEncryption

from studycards.errors import ReadError
from studycards.reading import read_source
from studycards.reading.pdf import read_pdf_lines

FONT = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))
COLUMN = 30
"""Characters per line of the fixture's column."""
BOTTOM = 400
"""The fixture's pages end here (about 20 lines a page), so that a short text spans pages."""

INTRO = "党的二十大报告对建设高素质干部队伍提出了明确要求，强调要树立选人用人正确导向，选拔忠诚干净担当的高素质专业化干部，激励干部敢于担当、积极作为。"
POINTS = [
    (
        "一、强化政治标准，筑牢忠诚根基",
        "把政治标准摆在首位、贯穿始终，教育引导各级干部始终坚守对党绝对忠诚的政治品格，牢记“国之大者”，提高“政治三力”，坚决捍卫“两个确立”、做到“两个维护”。",
    ),
    (
        "二、树牢鲜明导向，科学选贤任能",
        "鲜明选人用人标准，坚持科学选贤任能，真正让有为者有位、能干者能上、优秀者优先，让能者上、优者奖、庸者下、劣者汰成为常态，推动形成干事创业的良好局面。",
    ),
    (
        "三、抓实教育培养，锻造过硬本领",
        "聚焦政治历练、实践锻炼、专业训练，健全实施按需施训的多维度素质培养机制，推动干部在重大斗争中经风雨、见世面、壮筋骨、长才干，练就担当作为的硬脊梁、铁肩膀、真本事。",
    ),
    (
        "四、坚持严管厚爱，激励担当作为",
        "健全落实干部激励和保护机制，旗帜鲜明地为担当作为的干部撑腰鼓劲，以组织担当带动干部担当、以组织作为促进干部作为，严管就是厚爱，厚爱必须严管，把严的基调、严的措施、严的氛围长期坚持下去。",
    ),
]
TITLE = "激励干部新时代新担当新作为研讨发言材料"
HEADER = "某组织部门研讨发言材料汇编"


def blocks() -> list[tuple[str, str]]:
    out = [("heading", TITLE), ("body", INTRO * 2)]
    for heading, body in POINTS:
        out += [("heading", heading), ("body", body * 2)]
    return out


def make_pdf(blocks, header: bool = True, **options) -> bytes:
    """Lines of at most COLUMN characters, top to bottom, with a running header and '- n -' page numbers."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, **options)
    page, y = 1, 0

    def new_page():
        nonlocal y
        if header:
            pdf.setFont(FONT, 9)
            pdf.drawString(72, 810, HEADER)
            pdf.drawCentredString(297, 30, f"- {page} -")
        pdf.setFont(FONT, 12)
        y = 780

    new_page()
    for kind, text in blocks:
        rows = [text] if kind == "heading" else [text[i : i + COLUMN] for i in range(0, len(text), COLUMN)]
        for row in rows:
            if y < BOTTOM:
                pdf.showPage()
                page += 1
                new_page()
            pdf.drawString(72, y, row)
            y -= 18
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


@pytest.fixture(scope="module")
def seminar_pdf() -> bytes:
    return make_pdf(blocks())


def test_the_fixture_spans_pages_and_wraps_lines(seminar_pdf):
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(seminar_pdf))
    assert len(reader.pages) >= 2
    assert HEADER in reader.pages[1].extract_text()


def test_paragraphs_are_rejoined_and_headings_stay_apart(seminar_pdf):
    texts = [line.text for line in read_pdf_lines(seminar_pdf, "x.pdf")]
    expected = [TITLE, INTRO * 2]
    for heading, body in POINTS:
        expected += [heading, body * 2]
    assert texts == expected


def test_running_header_and_page_numbers_are_gone(seminar_pdf):
    texts = [line.text for line in read_source_bytes(seminar_pdf)]
    assert not [text for text in texts if HEADER in text or "- 2 -" in text]


def test_line_numbers_are_running_line_numbers(seminar_pdf):
    lines = read_pdf_lines(seminar_pdf, "x.pdf")
    numbers = [line.number for line in lines]
    assert numbers == sorted(numbers) and len(set(numbers)) == len(numbers)
    # the title is line 3 of the text layer, after the header and the page number
    assert lines[0].number == 3
    # the intro is 5 lines of the column, so the first heading is 5 lines after the intro starts
    assert lines[2].number - lines[1].number == len(range(0, len(INTRO * 2), COLUMN))


def test_a_page_break_inside_a_paragraph_is_joined():
    body = "".join(body for _, body in POINTS) * 3
    texts = [line.text for line in read_pdf_lines(make_pdf([("heading", TITLE), ("body", body)]), "x.pdf")]
    assert texts == [TITLE, body]


def test_short_lines_without_punctuation_are_not_joined():
    """Short headings, one per line: none fills the column, so none joins the next."""
    texts = [
        line.text
        for line in read_pdf_lines(
            make_pdf([("heading", heading) for heading, _ in POINTS] + [("body", INTRO * 3)], header=False), "x.pdf"
        )
    ]
    assert texts[:4] == [heading for heading, _ in POINTS]


def test_empty_user_password_is_opened():
    data = make_pdf(blocks()[:2], header=False, encrypt=StandardEncryption("", ownerPassword="owner", canCopy=0))
    assert [line.text for line in read_pdf_lines(data, "x.pdf")] == [TITLE, INTRO * 2]


def read_source_bytes(data: bytes, tmp_path=None):
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "doc.pdf"
        source.write_bytes(data)
        return read_source(source).lines


def read_error(data: bytes, tmp_path) -> str:
    source = tmp_path / "bad.pdf"
    source.write_bytes(data)
    with pytest.raises(ReadError) as caught:
        read_source(source)
    message = str(caught.value)
    assert "\n" not in message and message.startswith(f"{source}: ")
    return message


def scanned_pdf() -> bytes:
    """Two pages with a drawn frame and a picture, no text."""
    from PIL import Image

    picture = Image.new("RGB", (200, 100), "white")
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    for _ in range(2):
        pdf.rect(50, 50, 400, 700)
        pdf.drawImage(ImageReader(picture), 100, 400, width=300, height=150)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def test_scanned_pdf_has_no_text_layer(tmp_path):
    message = read_error(scanned_pdf(), tmp_path)
    assert message.endswith("this PDF has no text layer (a scan?); run OCR on it first or give the text")


def test_password_protected_pdf(tmp_path):
    data = make_pdf(blocks()[:2], encrypt="secret")
    assert "password-protected" in read_error(data, tmp_path)


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"%PDF-1.4\n" + b"\x00garbage\xff" * 100, "not a valid .pdf"),
        (b"<html>not a pdf at all</html>", "no PDF header"),
        (b"", "not a valid .pdf"),
    ],
    ids=["garbage", "no-header", "empty"],
)
def test_corrupt_pdf(tmp_path, data, reason):
    assert reason in read_error(data, tmp_path)


def test_truncated_pdf(tmp_path, seminar_pdf):
    message = read_error(seminar_pdf[: len(seminar_pdf) // 3], tmp_path)
    assert "pdf" in message.lower()
