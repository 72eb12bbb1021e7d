"""Big inputs: hot spots made linear decide exactly as the plain versions did; huge paragraphs make normal cards."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import DECKS
from studycards.cards.back import MAX_SOURCE, excerpt
from studycards.cli import cli
from studycards.extract.clauses import CLAUSE_ENDS, MAX_SENTENCE, _pieces, sentence_spans
from studycards.outline import sentences
from studycards.reading import wrapping
from studycards.reading.wrapping import _tolerance, find_column


def find_column_by_counting(
    texts, measure=wrapping.width, tolerance=None, min_lines=2, min_share=0.0, shortest=8, max_wider=1.0
):
    """find_column as first written: every long line counted against every other (quadratic)."""
    long = sorted((w for w in map(measure, texts) if w >= shortest), reverse=True)
    best, best_count = None, 0
    for candidate in long:
        count = sum(1 for w in long if abs(w - candidate) <= _tolerance(candidate, tolerance))
        if count > best_count:
            best, best_count = candidate, count
    if best is None:
        return None
    slack = _tolerance(best, tolerance)
    wider = sum(1 for w in long if w > best + slack)
    if best_count < min_lines or best_count < min_share * len(long) or wider > max_wider * len(long):
        return None
    return wrapping.Column(best, slack, best_count, measure)


lines = st.lists(st.text(alphabet="政治建设一二三，。“”abc 12", max_size=60), max_size=60)


@settings(max_examples=300, deadline=None)
@given(
    texts=lines,
    tolerance=st.one_of(st.none(), st.sampled_from([0.0, 0.5, 1.0, 2.5])),
    shortest=st.sampled_from([0, 8, 20]),
    use_len=st.booleans(),
)
def test_find_column_decides_as_counting_did(texts, tolerance, shortest, use_len):
    measure = len if use_len else wrapping.width
    options = dict(measure=measure, tolerance=tolerance, shortest=shortest)
    assert find_column(texts, **options) == find_column_by_counting(texts, **options)


@settings(max_examples=200, deadline=None)
@given(
    widths=st.lists(st.floats(min_value=0, max_value=200, allow_nan=False), max_size=80),
    tolerance=st.one_of(st.none(), st.floats(min_value=0, max_value=20)),
)
def test_find_column_on_any_widths(widths, tolerance):
    """Any measure at all, fractional widths and tolerances included."""
    texts = [str(index) for index in range(len(widths))]
    measure = dict(zip(texts, widths)).__getitem__
    assert find_column(texts, measure, tolerance) == find_column_by_counting(texts, measure, tolerance)


# --- long sentences and paragraphs ---------------------------------------------------------------

SAMPLE_TEXT = (DECKS / "cadre-incentive-seminar.txt").read_text(encoding="utf-8-sig")
prose = st.lists(
    st.sampled_from(["坚持", "能者上", "、", "，", "；", "。", "“两个确立”", "政治", "建设", "！"]), max_size=400
).map("".join)


@settings(max_examples=300, deadline=None)
@given(sentence=prose, limit=st.sampled_from([1, 5, 20, MAX_SENTENCE]))
def test_an_overlong_sentence_is_cut_into_short_pieces_that_make_it_up(sentence, limit):
    pieces = list(_pieces(sentence, limit))
    assert "".join(pieces) == sentence
    assert all(0 < len(piece) <= limit for piece in pieces[:-1]) and len(pieces[-1]) <= limit
    start = 0
    for piece in pieces[:-1]:
        if any(mark in sentence[start : start + limit] for mark in CLAUSE_ENDS):
            assert piece[-1] in CLAUSE_ENDS, piece  # cut at a clause break when the window has one
        start += len(piece)


@settings(max_examples=100, deadline=None)
@given(text=prose)
def test_sentence_spans_cover_every_sentence(text):
    assert "".join(piece for _, piece in sentence_spans(text)) == "".join(sentences(text))


def test_sentences_under_the_limit_are_left_whole():
    text = "".join(SAMPLE_TEXT.split())
    assert [s for _, s in sentence_spans(text)] == sentences(text)


def test_excerpt_of_a_long_paragraph_centres_on_the_fact():
    paragraph = "甲" * 5000 + "能者上、优者奖、庸者下、劣者汰" + "乙" * 5000
    shown = excerpt(paragraph, "能者上、优者奖、庸者下、劣者汰")
    assert shown.startswith("…") and shown.endswith("…")
    assert "能者上、优者奖、庸者下、劣者汰" in shown and len(shown) == MAX_SOURCE + 2
    assert excerpt("短段落。", "短") == "短段落。"
    assert excerpt("丙" * 1000, "找不到") == "丙" * MAX_SOURCE + "…"


@pytest.mark.parametrize(
    "text",
    [
        "".join(SAMPLE_TEXT.split()) * 15,  # a document run into one line
        "学习材料\n"
        + "推动形成能者上、优者奖、庸者下、劣者汰的用人导向和从政环境，坚决捍卫“两个确立”、做到“两个维护”，" * 4000,
    ],
    ids=["one-line", "no-full-stops"],
)
def test_a_huge_paragraph_makes_cards_of_normal_size(tmp_path, text):
    source, out = tmp_path / "big.txt", tmp_path / "notes.json"
    source.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    notes = json.loads(out.read_text(encoding="utf-8"))["notes"]
    listed = (
        ["能者上", "优者奖", "庸者下", "劣者汰"],
        "能者上、优者奖、庸者下、劣者汰",
    )  # item by item, or whole in its sentence's note
    assert any(note["answers"] == listed[0] or listed[1] in note["answers"] for note in notes)
    longest = max(len(value) for note in notes for value in note["fields"].values())
    assert longest < 3 * MAX_SOURCE, longest
    assert all(len(note["answers"]) <= 60 for note in notes)
