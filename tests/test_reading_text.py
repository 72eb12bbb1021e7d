"""Plain text and markdown: encodings, line endings, and the errors a user can fix."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from studycards.errors import ReadError
from studycards.reading import read_source
from studycards.reading.encoding import decode, plausibility

DECKS = Path(__file__).resolve().parent.parent / "decks"
SAMPLES = sorted(DECKS.glob("*.txt"))
TRADITIONAL = (
    "中共中央國務院關於實施鄉村振興戰略的意見\n"
    "一、新時代實施鄉村振興戰略的重大意義\n"
    "實施鄉村振興戰略，是黨的十九大作出的重大決策部署，是決勝全面建成小康社會、全面建設社會主義現代化國家的重大歷史任務，"
    "是新時代「三農」工作的總抓手。農業農村農民問題是關係國計民生的根本性問題。\n"
)


def texts(path, encoding=None) -> list[str]:
    return [line.text for line in read_source(path, encoding).lines]


def read_error(path, encoding=None) -> str:
    """The message of the ReadError reading `path` raises; it must be one line naming the file."""
    with pytest.raises(ReadError) as caught:
        read_source(path, encoding)
    message = str(caught.value)
    assert "\n" not in message and "\r" not in message
    assert message.startswith(f"{path}: ")
    return message


def original_text(sample: Path) -> str:
    return sample.read_bytes().decode("utf-8-sig")


def test_there_are_samples():
    assert len(SAMPLES) == 4


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
@pytest.mark.parametrize(
    "encoding, newline",
    [("gb18030", "\r\n"), ("utf-8-sig", "\n"), ("utf-8", "\r"), ("utf-16", "\r\n"), ("utf-16-le", "\n")],
)
def test_encoded_copies_read_like_the_original(tmp_path, sample, encoding, newline):
    copy = tmp_path / sample.name
    copy.write_bytes(original_text(sample).replace("\n", newline).encode(encoding))
    assert texts(copy) == texts(sample)


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_gb18030_copy_with_explicit_encoding(tmp_path, sample):
    copy = tmp_path / sample.name
    copy.write_bytes(original_text(sample).encode("gb18030"))
    assert texts(copy, "gbk") == texts(sample)


@pytest.mark.parametrize("encoding", ["big5", "cp950", "gb18030", "utf-8", "utf-16"])
def test_traditional_chinese(tmp_path, encoding):
    source = tmp_path / "traditional.txt"
    source.write_bytes(TRADITIONAL.encode(encoding))
    lines = texts(source)
    assert lines[0] == "中共中央國務院關於實施鄉村振興戰略的意見"
    assert lines[1] == "一、新時代實施鄉村振興戰略的重大意義"
    assert lines[2].startswith("實施鄉村振興戰略，是黨的十九大")


def test_big5_is_not_mistaken_for_gb18030():
    """Big5 bytes also decode as GB18030, into nonsense; plausibility must tell them apart."""
    data = TRADITIONAL.encode("big5")
    assert plausibility(data.decode("gb18030")) < 0.5
    assert decode(data, "x.txt") == TRADITIONAL


def test_markdown_headings_carry_their_level(tmp_path):
    source = tmp_path / "notes.md"
    source.write_text(
        "# 政府工作报告\n\n## 一、2023年工作回顾\n\n过去一年，极不平凡。\n### 小结 ###\n", encoding="utf-8"
    )
    lines = read_source(source).lines
    assert [(line.text, line.level) for line in lines] == [
        ("政府工作报告", 1),
        ("一、2023年工作回顾", 2),
        ("过去一年，极不平凡。", None),
        ("小结", 3),
    ]
    assert [line.number for line in lines] == [1, 3, 5, 6]


def test_hash_lines_in_plain_text_are_not_headings(tmp_path):
    source = tmp_path / "notes.txt"
    source.write_text("# 不是标题，是正文。\n", encoding="utf-8")
    assert read_source(source).lines[0].level is None


@pytest.mark.parametrize(
    "content, expected",
    [
        (b"", "empty"),
        (b" \r\n\t\n", "empty"),
        ("\u3000\u3000\n\ufeff  \n".encode("utf-8"), "white space"),
        ("\u3000 \n".encode("utf-16"), "white space"),
        (b"\x00\x01\x02\x03binary\x00\xff\xfe" * 50, "binary data"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "PNG"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n\x00\x00", "PDF"),
    ],
)
def test_unusable_text_files(tmp_path, content, expected):
    source = tmp_path / "bad.txt"
    source.write_bytes(content)
    assert expected in read_error(source)


def test_undecodable_names_the_encodings_tried(tmp_path):
    source = tmp_path / "latin.txt"
    source.write_bytes("Le café crème coûte très cher à Genève.\n".encode("latin-1"))
    message = read_error(source)
    assert "utf-8" in message and "gb18030" in message and "pass --encoding" in message


def test_wrong_explicit_encoding(tmp_path):
    source = tmp_path / "gb.txt"
    source.write_bytes("政府工作报告\n".encode("gb18030"))
    assert "--encoding" in read_error(source, "utf-8")
    assert "unknown encoding" in read_error(source, "no-such-codec")
    assert texts(source, "gb18030") == ["政府工作报告"]


def test_reading_never_modifies_the_source(tmp_path):
    source = tmp_path / "sample.txt"
    source.write_bytes(original_text(SAMPLES[0]).replace("\n", "\r\n").encode("gb18030"))
    before = (hashlib.sha256(source.read_bytes()).hexdigest(), source.stat().st_mtime_ns)
    read_source(source)
    assert (hashlib.sha256(source.read_bytes()).hexdigest(), source.stat().st_mtime_ns) == before


ALPHABET = sorted(set("".join(original_text(sample) for sample in SAMPLES)) - set("\r\n\ufeff"))


@settings(max_examples=60, deadline=None)
@example(["\u2003" * 11 + "七"], "utf-16-le", "\n")  # UTF-16 without a NUL byte: U+2003 and U+4E03 have none
@given(
    st.lists(st.text(alphabet=ALPHABET, min_size=12, max_size=60), min_size=1, max_size=6),
    st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "utf-16", "utf-16-le", "utf-16-be"]),
    st.sampled_from(["\n", "\r\n", "\r"]),
)
def test_decoding_round_trips_real_text(paragraphs, encoding, newline):
    text = newline.join(paragraphs)
    if not any("\u4e00" <= char <= "\u9fff" for char in text) or not text.strip():
        return  # not Chinese: out of scope for detection
    assert decode(text.encode(encoding), "x.txt").lstrip("\ufeff") == text
