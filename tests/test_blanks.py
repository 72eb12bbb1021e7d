"""The fill-in blanks scorer: a blank is asked when a card shows its sentence and hides a span matching it."""

import json

import pytest
from click.testing import CliRunner

from conftest import write
from studycards.blanks import asks, cards_of, score_blanks
from studycards.cards.note import CLOZE, OVERLAP, Note
from studycards.cli import cli


def note(model=CLOZE, **fields):
    return Note(model, fields, "g", ("studycards",), [], fact=None)


def card_asks(field, sentence, answer):
    return any(asks(card, sentence, answer) for card in cards_of(note(Text=field)))


@pytest.mark.parametrize(
    "field, sentence, answer, expected",
    [
        ("国内生产总值增长{{c1::5%左右}}，", "国内生产总值增长5%左右", "5%左右", True),
        # hides only part of the answer, comparable in length
        ("推动高质量发展要靠{{c1::改革}}", "从根本上说，推动高质量发展要靠改革", "改革", True),
        # hides far less than the answer: not comparable
        ("{{c1::监督}}约束与激励保障并重的原则", "坚持监督约束与激励保障并重的原则", "监督约束与激励保障并重", False),
        # the right words hidden, but the card does not show the sentence around them
        ("{{c1::改革}}开放是决定当代中国命运的关键一招", "推动高质量发展要靠改革", "改革", False),
        # the answer shows, something else is hidden
        ("试用期为一年，{{c1::试用期满}}合格的", "新录用的公务员试用期为一年", "一年", False),
        # a whole list hidden at once by one card (one number on every item)
        (
            "坚持{{c1::公开}}、{{c1::平等}}、{{c1::竞争}}、{{c1::择优}}的原则",
            "坚持公开、平等、竞争、择优的原则",
            "公开、平等、竞争、择优",
            True,
        ),
        # the same list asked an item a card: no card hides it whole
        (
            "坚持{{c1::公开}}、{{c2::平等}}、{{c3::竞争}}、{{c4::择优}}的原则",
            "坚持公开、平等、竞争、择优的原则",
            "公开、平等、竞争、择优",
            False,
        ),
        # punctuation, quotes and escaped document text are compared as plain text
        ("兜牢基层“{{c1::三保}}”底线&#58;", "兜牢基层“三保”底线", "三保", True),
    ],
)
def test_a_blank_is_asked_only_in_its_context_with_a_comparable_span(field, sentence, answer, expected):
    assert card_asks(field, sentence, answer) is expected


def test_overlap_cards_count_one_card_per_field():
    overlapping = note(
        OVERLAP, Title="x", Text1="一要{{c1::树立鲜明导向}} → …", Text2="一要树立鲜明导向 → 二要{{c2::锻造过硬本领}}"
    )
    cards = cards_of(overlapping)
    assert len(cards) == 2
    assert any(asks(card, "二要锻造过硬本领", "锻造过硬本领") for card in cards)


def test_score_reports_the_share_asked_and_names_what_was_missed():
    notes = [note(Text="城镇新增就业{{c1::1200万人以上}}"), note(Text="坚持{{c1::稳中求进}}工作总基调")]
    blanks = [
        {"sentence": "城镇新增就业1200万人以上", "answer": "1200万人以上", "why": "figure: target"},
        {"sentence": "坚持稳中求进工作总基调", "answer": "稳中求进", "why": "judgement"},
        {"sentence": "居民消费价格涨幅3%左右", "answer": "3%左右", "why": "figure: target"},
    ]
    result = score_blanks(notes, blanks)
    assert [b["answer"] for b in result.asked] == ["1200万人以上", "稳中求进"]
    table = result.table()
    assert (
        "| figure | 1 | 2 | 50% |" in table
        and "**66.7%**" in table
        and "missed: 3%左右（居民消费价格涨幅3%左右）" in table
    )


def test_score_command_reads_the_blanks_format(tmp_path):
    source = write(
        tmp_path, "doc.txt", "学习材料\n推动形成能者上、优者奖、庸者下、劣者汰的用人导向。要把“两个确立”落到实处。\n"
    )
    gold = tmp_path / "doc.blanks.json"
    gold.write_text(
        json.dumps(
            {
                "document": "doc.txt",
                "note": "",
                "blanks": [
                    {"sentence": "要把“两个确立”落到实处", "answer": "两个确立", "why": "formulation"},
                    {
                        "sentence": "推动形成能者上、优者奖、庸者下、劣者汰的用人导向",
                        "answer": "用人导向",
                        "why": "judgement",
                    },
                ],
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["score", str(source), "--gold", str(gold)])
    assert result.exit_code == 0, result.output
    assert "| formulation | 1 | 1 | 100% |" in result.output
    assert "| **all** | 1 | 2 | **50.0%** |" in result.output
    assert "missed: 用人导向" in result.output and "- junk answers: 0 of" in result.output
