"""Property-based: for arbitrary text, build never crashes, every deck imports into real Anki with no empty
card, document text never forms or breaks a cloze, and every cloze answer is text of the document."""

from __future__ import annotations

import html
import json
import re
import tempfile
from pathlib import Path

from click.testing import CliRunner
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from ankicol import import_apkg, open_collection, rendered_cards, visible_text
from studycards.batch import Settings, study_one
from studycards.cards import make_notes
from studycards.cli import cli
from studycards.export.apkg import package_bytes
from studycards.pipeline import Studied
from studycards.reading import read_source

STRUCTURE = [
    "一、",
    "二、",
    "三、",
    "（一）",
    "（二）",
    "1.",
    "2.",
    "第一，",
    "第二，",
    "一要",
    "二要",
    "三要",
    "一是",
    "二是",
    "首先，",
    "其次，",
    "——",
    "①",
    "②",
    "# ",
    "## ",
    "第一编",
    "第一章　",
    "第二章",
    "第一节",
    "第一条　",
    "第二条",
    "第十条",
    "第一百零一条",
    "总纲",
    "目　　录",
]
PUNCTUATION = [
    "、",
    "，",
    "。",
    "；",
    "：",
    "！",
    "？",
    "“",
    "”",
    "‘",
    "’",
    "《",
    "》",
    "（",
    "）",
    "【",
    "】",
    "……",
    "\n",
    "\n\n",
    "\r\n",
    " ",
    "\u3000",
    "\t",
]
WORDS = [
    "坚持",
    "能者上",
    "优者奖",
    "庸者下",
    "劣者汰",
    "两个确立",
    "两个维护",
    "严管就是厚爱",
    "厚爱必须严管",
    "干部",
    "担当作为",
    "推进",
    "高质量发展",
    "树立鲜明导向",
    "锻造过硬本领",
    "信念坚定",
    "为民服务",
    "勤政务实",
    "敢于担当",
    "清正廉洁",
    "三会一课",
    "的",
    "和",
    "要",
    "把",
    "做到",
    "形成",
    "政治生态",
    "本法所称",
    "是指",
    "应当",
    "不得",
    "实行",
    "分为",
    "的原则",
    "给予",
    "处分",
    "下列",
    "重点考核",
    "（2005年通过）",
]
HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "{{c1::",
    "{{c2::答案}}",
    "}}",
    "::",
    "{{",
    "{{Text}}",
    "&amp;",
    "&lt;b&gt;",
    "<b>",
    "</div>",
    "\\",
    "%s",
    "##paidbegin##",
    "[...]",
    "<!--",
    "]]>",
    "\u200b",
    "\ufeff",
    "\u202e",
]

chinese = st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5), min_size=1, max_size=6)
fragments = st.one_of(
    st.sampled_from(STRUCTURE),
    st.sampled_from(PUNCTUATION),
    st.sampled_from(WORDS),
    st.sampled_from(WORDS),
    st.sampled_from(WORDS),
    st.sampled_from(HOSTILE),
    chinese,
    st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs")), max_size=4),
    st.text(max_size=3),  # anything at all, control characters included
)
paragraphs = st.builds(
    lambda marker, body, end: marker + "".join(body) + end,
    st.sampled_from(STRUCTURE + [""] * 6),
    st.lists(fragments, min_size=1, max_size=16),
    st.sampled_from(["。", "", "；", "！", "："]),
)
documents = st.one_of(
    st.lists(fragments, min_size=1, max_size=120).map("".join),  # no shape at all
    st.lists(paragraphs, min_size=1, max_size=14).map("\n".join),  # paragraphs, some numbered
)

CLOZE = re.compile(r"\{\{c(\d+)::(.*?)\}\}", re.S)


def document_lines(path: Path) -> list[str]:
    return [line.text for line in read_source(path).lines]


def is_document_text(answer: str, lines: list[str]) -> bool:
    """In a line of the document, or of a law heading spaced out (第一章 总 则 reads 总则)."""
    unspaced = [re.sub(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])", "", line) for line in lines]
    return bool(answer.strip()) and any(answer in line for line in lines + unspaced)


def deletions(field_html: str) -> list[str]:
    """The answers of the cloze deletions in a field, as text (our hints, after '::', dropped)."""
    return [html.unescape(inner.split("::")[0]) for _, inner in CLOZE.findall(field_html)]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=documents)
@example(text="①一、")  # found by this test: '①'.isdigit() is True, int('①') fails
def test_build_never_crashes_and_every_answer_is_document_text(text):
    with tempfile.TemporaryDirectory() as folder:
        source, out = Path(folder) / "doc.txt", Path(folder) / "notes.json"
        source.write_text(text, encoding="utf-8")
        result = CliRunner().invoke(
            cli,
            [
                "build",
                str(source),
                "-o",
                str(out),
                "--kinds",
                "outline,formulation,enumeration,maxim,provision,keyphrase",
            ],
        )
        assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
        assert result.exit_code in (0, 1), result.output
        if result.exit_code == 1:
            message = result.stderr.strip()
            assert message.startswith(f"Error: {source}") and "\n" not in message, message
            assert not out.exists()
            return
        lines = document_lines(source)
        for note in json.loads(out.read_text(encoding="utf-8"))["notes"]:
            assert note["answers"], note
            for answer in note["answers"]:
                assert is_document_text(answer, lines), (answer, note)
            for name, value in note["fields"].items():
                for answer in deletions(value):
                    assert is_document_text(answer, lines), (name, answer)
                outside = CLOZE.sub("", value)
                assert "{{" not in outside and "}}" not in outside, (name, value)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=documents)
@example(text="一、一、。\n二、一、\x1b0。")  # found by this test: Anki drops the control character
@example(text="一、\U0002f800。\n二、一、。")  # found by this test: Anki stores NFC (丽)
def test_every_deck_imports_into_anki_with_no_empty_card_and_answers_from_the_document(text):
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "doc.txt"
        source.write_text(text, encoding="utf-8")
        studied = study_one(
            str(source), Settings(kinds=("outline", "formulation", "enumeration", "maxim", "provision", "keyphrase"))
        )
        if not isinstance(studied, Studied):
            return
        notes = make_notes([studied])
        if not notes:
            return
        apkg = Path(folder) / "deck.apkg"
        apkg.write_bytes(package_bytes(notes))
        (Path(folder) / "col").mkdir()
        col = open_collection(Path(folder) / "col")
        try:
            import_apkg(col, apkg)
            assert col.note_count() == len(notes)
            assert col.card_count() == sum(note.cards for note in notes), "document text made or broke a cloze"
            lines = document_lines(source)
            for card, question, answer in rendered_cards(col):
                front, back = visible_text(question), visible_text(answer)
                assert front and back, (card.ord, question)
                assert "<script" not in question + answer and "<img" not in question + answer
                for shown in re.findall(r'<span class="cloze"[^>]*>(.*?)</span>', answer, re.S):
                    assert is_document_text(html.unescape(shown), lines), shown
        finally:
            col.close()
