"""判断 an examiner would sign: none that points to another article, none of a list copied as written, a few
of a report's figures at most, none made false by a particle or by another forbidden act; and no two options
of one amount (两年 / 二年, 五年 / 5年)."""

import random
import re

import pytest
from conftest import DECKS

from studycards.facts import Fact, Origin
from studycards.pipeline import study_all
from studycards.quiz.distractors import Pool, same_amount
from studycards.quiz.frames import frame_of
from studycards.quiz.questions import JUDGE_FIGURES, YEAR, stated
from studycards.quiz.selection import make_items
from studycards.quiz.statements import (
    after_prohibition,
    cites_another,
    function_words_only,
    holds_prohibition,
    said_apart,
    scope_clash,
)

LAW = DECKS / "civil-servant-law-2018.txt"
REPORT = DECKS / "government-work-report-2024.txt"
SEEDS = range(1, 6)
_quizzes: dict = {}


def quizzes(path):
    """Quizzes of 30 of a sample at several seeds, made once."""
    if path not in _quizzes:
        facts = [fact for studied in study_all([str(path)]) for fact in studied.facts]
        _quizzes[path] = [make_items(facts, 30, seed=seed) for seed in SEEDS]
    return _quizzes[path]


def judges(path):
    return [item for quiz in quizzes(path) for item in quiz if item.type == "judge"]


def fact(text, answers, kind="norm"):
    origin = Origin(
        document="某法", document_id="某法", article="第一章", trail=("某法", "第一章"), line=1, paragraph=text
    )
    return Fact(kind=kind, text=text, answers=tuple(answers), origin=origin)


def test_a_cross_reference_is_told_from_a_count():
    assert cites_another("违反本法第二十一条规定，建设项目占用黑土地的，处罚款。")
    assert cites_another("有前款规定情形的，不予登记。")
    assert not cites_another("国内生产总值增长5%左右，第一产业增加值增长4%。")


@pytest.mark.parametrize("path", [LAW, REPORT], ids=lambda p: p.stem)
def test_no_judge_points_to_another_article(path):
    assert not [item.question() for item in judges(path) if cites_another(item.question())]


@pytest.mark.parametrize("path", [LAW, REPORT], ids=lambda p: p.stem)
def test_no_list_is_judged_as_written(path):
    """A list copied as it stands (有勇气、有智慧、有能力) is keyed 正确 by its look."""
    assert not [item.question() for item in judges(path) if item.kind == "enumeration" and item.answer == ("正确",)]


def test_a_report_quiz_judges_few_of_its_figures():
    for quiz in quizzes(REPORT):
        figures = [
            item
            for item in quiz
            if item.type == "judge" and (item.kind == "figure" or stated(YEAR.sub("", item.question())))
        ]
        assert len(figures) <= JUDGE_FIGURES, [item.question() for item in figures]


def test_a_swap_after_a_prohibition_or_of_particles_makes_nothing_false():
    assert after_prohibition("邮政企业、快递企业不得") and after_prohibition("严禁")
    assert not after_prohibition("邮政企业、快递企业应当")
    assert function_words_only("改革和发展", "改革与发展") and function_words_only("经济的发展", "经济发展")
    assert not function_words_only("改革和发展", "改革和稳定")
    assert function_words_only("各地区", "其他地区") and not function_words_only("各地区", "各部门")
    assert holds_prohibition("可以依法保密，不得以任何形式泄露。") and not holds_prohibition("应当依法保密。")


@pytest.mark.parametrize("path", [LAW, REPORT], ids=lambda p: p.stem)
def test_no_false_judge_swaps_a_forbidden_act_or_a_particle(path):
    for item in judges(path):
        if not item.original:
            continue
        before, phrase, after = item.original
        swapped = item.question()[len(before) : len(item.question()) - len(after)]
        assert not after_prohibition(before), item.question()
        assert not function_words_only(phrase, swapped), item.question()
        # a duty made a power beside a prohibition (可以保密，不得泄露) reads as the rule
        assert not ("应当" in phrase and "可以" in swapped and holds_prohibition(item.question())), item.question()


def test_one_amount_is_never_two_options():
    lines = [("试用期为五年。", "五年"), ("任期两年。", "两年"), ("期限为二年。", "二年"), ("保存三年。", "三年")]
    lines += [("每四年评估一次。", "四年"), ("规划期为十年。", "十年"), ("服务期六年。", "六年")]
    facts = [fact(text, [answer]) for text, answer in lines]
    pool = Pool([frame_of(f) for f in facts])
    for answer, own in (("五年", facts[0]), ("两年", facts[1])):
        for seed in range(20):
            chosen = pool.choose([answer], own, 3, random.Random(seed)) or []
            assert len(chosen) == 3 and not {"两年", "二年"} <= {answer, *chosen}, chosen  # 2 years, written twice


def test_amounts_a_rounding_apart_are_one_amount():
    assert same_amount("66.2%", "66%") and same_amount("五年", "5年")
    assert not same_amount("6%", "5%") and not same_amount("66%", "66万")


@pytest.mark.parametrize("path", [LAW, REPORT], ids=lambda p: p.stem)
def test_no_choice_offers_one_amount_twice(path):
    for quiz in quizzes(path):
        for item in quiz:
            if item.type in ("single", "multiple"):
                options = [re.sub(r"^(\S+)$", r"\1 ", option) for option in item.options]  # a bare 三 is an amount too
                pairs = [(a, b) for i, a in enumerate(options) for b in options[i + 1 :] if same_amount(a, b)]
                assert not pairs, item.question()


def test_an_organ_is_never_moved_out_of_its_scope():
    """A national organ after a place word, or a local one left to run 全国…工作, is silly, not false."""
    before = "管理单位应当将地震监测信息及时报送所在地"
    organ = "县级以上地方人民政府负责管理地震工作的部门"
    statement = before + organ + "。"
    assert scope_clash(before, organ, "国务院负责管理地震工作的部门", statement)
    assert not scope_clash(before, organ, "设区的市级人民政府负责管理地震工作的部门", statement)
    national = "国务院抗震救灾指挥机构负责统一领导、指挥和协调全国抗震救灾工作。"
    assert scope_clash("", "国务院抗震救灾指挥机构", "县级人民政府抗震救灾指挥机构", national)
    assert not scope_clash("", "国务院计量行政部门", "省级人民政府计量行政部门", "国务院计量行政部门制定计量规程。")


def test_a_duty_to_meet_a_standard_is_never_made_a_power():
    from studycards.quiz.questions import CONFORM

    assert CONFORM.match("达到抗震设防要求")


@pytest.mark.parametrize(
    "after", ["如实入账", "坚持社会主义先进文化前进方向", "支持农业科学研究", "以人民健康为中心", "品行良好"]
)
def test_a_duty_of_good_conduct_is_never_made_a_power(after):
    """可以如实入账 is true, not false: two blind readings called such a 判断 bad."""
    from studycards.quiz.questions import Questions

    questions = Questions([], [], random.Random(0))
    assert not questions._swappable(after)
    assert questions._swappable("责令改正")


def test_a_clause_the_material_says_with_words_between_is_no_falsehood():
    article = "没有行政强制执行权的行政机关可以自期限届满之日起三个月内，依照本章规定申请人民法院强制执行。"
    corpus = "\x00".join(["行政机关应当妥善保管，不得使用。", article])
    assert said_apart("没有行政强制执行权的行政机关可以申请人民法院强制执行", "可以", corpus)
    assert not said_apart("没有行政强制执行权的行政机关可以申请行政复议", "可以", corpus)  # another end
    assert not said_apart("行政机关可以妥善保管查封的财物", "可以", corpus)  # the head said, its end not
    split = "\x00".join(
        ["没有行政强制执行权的行政机关可以自期限届满之日起三个月内提出。", "依照本章规定申请人民法院强制执行。"]
    )
    assert not said_apart("没有行政强制执行权的行政机关可以申请人民法院强制执行", "可以", split)  # not one sentence
