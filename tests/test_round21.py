"""What the twenty-first session asked of a paper's figures: no wrong option that the sentence's own series rules
out (分别达到四十斤、六十斤、＿＿斤和一百斤 offered 四百 / 五百 / 八百), and no option or false statement that a stated
bound implies (比原定指标又增加百分之十以上: 百分之五以上 is true as well). Blind readers marked both weak or bad."""

from __future__ import annotations

from conftest import write

from studycards.pipeline import study
from studycards.quiz.ladders import bound_apart, looser_bound, series_broken
from studycards.quiz.selection import make_items

TARGETS = """关于农业发展纲要执行情况的报告

一、粮食和棉花

全国农业发展纲要要求：从一九五六年开始，在十二年内，粮食每亩平均年产量，在三种不同的地区，分别达到四百斤、五百斤和八百斤。

棉花的亩产量在十二年内，按照不同的情况，分别达到四十斤、六十斤、八十斤和一百斤皮棉。

二、煤炭和电力

拿北京京西矿务局来说，原定今年产煤二百七十七万吨，经过群众讨论以后，提高到三百零五万吨，比原定指标又增加百分之十以上。

今年全国发电量将比去年增长百分之十八，钢产量将增长百分之三十以上，煤炭产量将增长百分之二十以上。

三、人民生活

全国职工的平均工资增长百分之五以上，农民的收入增长百分之八以上，城乡储蓄存款增加百分之十五以上。
"""


def test_a_series_in_order_rules_out_an_amount_out_of_it():
    grain = "分别达到四百斤、五百斤和八百斤。"
    assert series_broken(grain, grain.replace("八百斤", "八十斤"))
    assert not series_broken(grain, grain.replace("八百斤", "六百斤"))  # still rising: a real doubt
    cotton = "分别达到四十斤、六十斤、八十斤和一百斤皮棉。"
    assert series_broken(cotton, cotton.replace("八十斤", "四百斤"))
    assert not series_broken(cotton, cotton.replace("八十斤", "七十斤"))
    growth = "比上年增长29.2%、39.4%、65.4%和23.9%。"  # in no order: any amount may stand in it
    assert not series_broken(growth, growth.replace("29.2%", "28.7%"))
    mixed = "分别为四十斤、六十公里、八十斤。"  # no series of one unit
    assert not series_broken(mixed, mixed.replace("八十斤", "十斤"))


def test_no_single_choice_offers_an_amount_the_series_rules_out(tmp_path):
    facts = study(write(tmp_path, "report.txt", TARGETS)).facts
    asked = 0
    for seed in range(1, 41):
        for item in make_items(facts, 30, seed=seed, types=("single",)):
            if len(item.parts) != 2:
                continue
            before, after = item.parts
            stated = before + item.answer[0] + after
            for option in item.options:
                assert not series_broken(stated, before + option + after), (before[-20:], item.options)
            asked += item.kind == "enumeration"
    assert asked  # the series are still asked


def test_a_bound_implies_the_looser_ones():
    assert looser_bound("百分之十以上", "百分之五以上")
    assert not looser_bound("百分之十以上", "百分之二十以上")
    assert looser_bound("3%以内", "5%以内") and not looser_bound("3%以内", "2%以内")
    assert not looser_bound("十万元以上", "五万元以下")  # bounds of two kinds
    assert not looser_bound("百分之十", "百分之五")  # no bound: a figure as stated
    assert bound_apart(["百分之十以上", "百分之五以上", "百分之二十以上"]) == (
        ["百分之十", "百分之五", "百分之二十"],
        "以上",
    )
    assert bound_apart(["百分之十以上", "百分之五以下", "百分之二十以上"]) == ([], "")


def test_options_of_a_bound_leave_the_bound_in_the_stem(tmp_path):
    """又增加＿＿以上 with 百分之十 / 百分之五 / 百分之二十: the options are amounts, none implied by another."""
    facts = study(write(tmp_path, "report.txt", TARGETS)).facts
    bounds = 0
    for seed in range(1, 21):
        for item in make_items(facts, 30, seed=seed, types=("single",)):
            if item.kind != "figure" or len(item.parts) != 2:
                continue
            assert not any(option.endswith("以上") for option in item.options), item.options
            bounds += item.parts[1].startswith("以上")
    assert bounds


def test_no_false_statement_states_a_looser_bound(tmp_path):
    """钢产量将增长百分之三十以上 made 百分之二十以上 is still true: never keyed 错误."""
    facts = study(write(tmp_path, "report.txt", TARGETS)).facts
    falses = 0
    for seed in range(1, 61):
        for item in make_items(facts, 30, seed=seed, types=("judge",)):
            if item.answer[0] != "错误" or not item.original:
                continue
            before, phrase, after = item.original
            swapped = item.parts[0][len(before) : len(item.parts[0]) - len(after)]
            assert not looser_bound(phrase, swapped), (phrase, swapped)
            falses += phrase.endswith("以上")
    assert falses  # bounds are still made false, by a tighter one


def test_a_long_list_is_drawn_for_a_fill_in_after_a_short_one(tmp_path):
    """One member of a long list under a blank is one of many that fit there: readers marked such fill-ins good less
    often than a short list's (49% against 63% of a law's), so the paper leans away from them."""
    from studycards.quiz.preference import LONG_LIST, good_share

    source = write(
        tmp_path,
        "law.txt",
        "中华人民共和国示范法\n\n第一条　县级以上人民政府应当加强公路、铁路和水运的建设。\n\n"
        "第二条　公司工会代表职工就职工的劳动报酬、工作时间、休息休假、劳动安全卫生和保险福利等事项依法与公司签订"
        "集体合同。\n",
    )
    lists = sorted((f for f in study(source).facts if f.kind == "enumeration"), key=lambda f: len(f.answers))
    short, long = lists[0], lists[-1]
    assert len(short.answers) < LONG_LIST <= len(long.answers), [f.answers for f in lists]
    assert good_share(long, "fill") < good_share(short, "fill")
    assert good_share(long, "judge") == good_share(short, "judge")  # no cell of its own: asked as any list
