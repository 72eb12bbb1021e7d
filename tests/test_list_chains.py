"""A long list in running text is asked one item after another only where the text teaches an order: examples closed by
等 (工农业生产、交通运输、…等方面) are asked in their sentence, whole, never link by link. Made-up sentences."""

from __future__ import annotations

from studycards.cards.lists import list_card_count, list_overlap_fields
from studycards.facts import Fact, Origin

ITEMS = ("发展现代农业", "振兴装备制造业", "改造传统产业", "培育新兴产业", "壮大服务业")


def _list(text: str) -> Fact:
    spans, at = [], 0
    for item in ITEMS:
        at = text.index(item, at)
        spans.append((at, at + len(item)))
        at += len(item)
    origin = Origin("某报告", "x", "某报告", ("某报告", "一、经济工作"), 1, text)
    return Fact("enumeration", text, ITEMS, origin, spans=tuple(spans))


def test_examples_closed_by_deng_are_asked_whole_not_in_order():
    open_set = _list("今年要在" + "、".join(ITEMS) + "等方面取得新的进展。")
    assert list_card_count(open_set) == 1
    assert "→" not in "".join(list_overlap_fields(open_set).values())


def test_a_list_the_text_closes_itself_is_still_chained():
    closed = _list("今年要" + "、".join(ITEMS[:-1]) + "和" + ITEMS[-1] + "，推动经济转型。")
    assert list_card_count(closed) == len(ITEMS) + 1
    assert "→" in list_overlap_fields(closed)["Text2"]


def _outline(items: tuple[str, ...]) -> Fact:
    origin = Origin("某报告", "x", "某报告", ("某报告", "一、加强党的建设"), 1, "一、加强党的建设")
    markers = tuple(f"（{n}）" for n in "一二三四五六"[: len(items)])
    return Fact("outline", "加强党的建设", items, origin, markers=markers)


def test_a_chained_outline_of_long_points_is_not_asked_whole_as_well():
    from studycards.cards import card_count, notes_for
    from studycards.cards.note import QA

    long_points = tuple(
        f"坚持{what}，全面推进党的建设新的伟大工程" for what in ("思想建党", "制度治党", "从严管党", "依规治党")
    )
    notes = notes_for(_outline(long_points), ("studycards",), [])
    assert [note.model for note in notes].count(QA) == 0 and card_count(_outline(long_points)) == 4
    short_points = ("能者上", "优者奖", "庸者下", "劣者汰")
    notes = notes_for(_outline(short_points), ("studycards",), [])
    assert [note.model for note in notes].count(QA) == 1 and card_count(_outline(short_points)) == 5


def test_a_set_of_words_with_one_longer_member_is_not_chained():
    professions = ("教授", "教员", "科学家", "新闻记者", "文学家", "艺术家", "马克思主义理论家")
    text = "必须有自己的" + "、".join(professions[:-1]) + "和" + professions[-1] + "的队伍。"
    spans, at = [], 0
    for item in professions:
        at = text.index(item, at)
        spans.append((at, at + len(item)))
        at += len(item)
    origin = Origin("某报告", "x", "某报告", ("某报告",), 1, text)
    words = Fact("enumeration", text, professions, origin, spans=tuple(spans))
    assert "→" not in "".join(list_overlap_fields(words).values())
    assert list_card_count(words) == 1
