"""Stems that stand alone, on material made up for these tests: they name their source, keep their subject,
never blank a whole predicate, never state a bare heading, never show a template's placeholder."""

import random

import pytest
from conftest import FIXTURES, spans_of

from studycards.facts import Fact, Origin
from studycards.quiz.frames import frame_of
from studycards.quiz.questions import Questions
from studycards.quiz.stems import blanks_a_predicate, citation, has_placeholder
from studycards.pipeline import study_all
from studycards.quiz.selection import make_items


@pytest.mark.parametrize(
    "document, cited",
    [
        ("《河湖保护法》", "根据《河湖保护法》，"),
        ("中华人民共和国河湖保护法", "根据《中华人民共和国河湖保护法》，"),
        ("社区议事规则", "《社区议事规则》规定，"),
        ("某协会章程", "《某协会章程》规定，"),
        ("2031年市政工作报告", "《2031年市政工作报告》指出，"),
        # a decision approving a text states the text's rules: cited by the text's name (examiners marked
        # 《…关于批准〈…条例〉的决议》规定 weak)
        ("关于批准《社区议事规则》的决定_20310701", "《社区议事规则》规定，"),
        ("某委员会关于批准《某市特区条例》的决议", "《某市特区条例》规定，"),
        ("关于修改《社区议事规则》的决定", "《关于修改〈社区议事规则〉的决定》规定，"),
        ("", ""),
    ],
)
def test_a_stem_names_its_source_as_an_examiner_does(document, cited):
    assert citation(document) == cited


def test_a_placeholder_of_a_template_is_seen():
    assert has_placeholder("B同志在会上指出") and has_placeholder("XX市出台办法")
    assert not has_placeholder("A股市场平稳运行") and not has_placeholder("推广5G应用")


@pytest.mark.parametrize(
    "before, answer, after, whole",
    [
        ("会员必须", "按时参加活动", "。", True),  # everything after a modal word
        ("违反本章程规定，", "擅自动用公共资金", "，情节严重的", True),  # a clause from comma to comma
        ("会员必须按时参加", "议事活动", "。", False),
        ("推进", "园区绿化", "、道路硬化", False),
        ("，", "两年", "，", False),  # short: a figure, not a clause
    ],
)
def test_a_whole_predicate_or_clause_is_never_blanked(before, answer, after, whole):
    assert blanks_a_predicate(before, answer, after) is whole


def fact(kind, text, answers, paragraph=""):
    origin = Origin(
        document="《河湖保护法》",
        document_id="河湖保护法",
        article="第一章",
        trail=("《河湖保护法》",),
        line=1,
        paragraph=paragraph or text,
    )
    return Fact(kind=kind, text=text, answers=tuple(answers), origin=origin, spans=spans_of(text, answers))


def test_a_clause_that_starts_with_shi_keeps_its_subject():
    text = "河长制是落实地方责任的制度安排，是推进河湖治理的重要抓手，是保障水安全的长效机制，也是基层治理体系的组成部分，必须长期坚持。"
    frame = frame_of(fact("judgement", text, ["长效机制"]))
    view = frame.view([0], limit=40)
    assert view.text.startswith("河长制……是推进"), view.text


def test_a_sentence_that_starts_with_shi_takes_the_sentence_before_or_is_not_asked():
    paragraph = "巡河制度全面推行。是保障水安全的长效机制。"
    frame = frame_of(fact("judgement", "是保障水安全的长效机制。", ["长效机制"], paragraph))
    assert frame is not None and frame.lead == "巡河制度全面推行。"
    assert frame_of(fact("judgement", "是保障水安全的长效机制。", ["长效机制"])) is None


def test_a_placeholder_is_never_asked():
    assert frame_of(fact("judgement", "B同志强调，要把河湖保护作为首要任务。", ["首要任务"])) is None


def test_a_bare_heading_is_no_statement_and_every_stem_names_its_source():
    facts = [
        fact("keyphrase", "强化河湖巡查。", ["河湖巡查"]),
        fact("judgement", "县级以上人民政府应当把河湖保护纳入国民经济和社会发展规划。", ["国民经济和社会发展规划"]),
    ]
    frames = [frame_of(f) for f in facts]
    for seed in range(6):
        questions = Questions(frames, facts, random.Random(seed))
        questions.truths[False] = 5  # ask for a true statement
        assert questions.judge(frames[0]) is None
        item = questions.judge(frames[1])
        assert item is not None and item.question().startswith("根据《河湖保护法》，县级以上")


@pytest.mark.parametrize(
    "body, bare",
    [
        ("（二）由两名以上巡河人员实施", True),
        ("3. 由河长办公室统一调度", True),
        ("未按时清理河道漂浮物的", True),
        ("县级河长应当每月巡河一次。", False),
        ("本规程所称河湖，是指境内的河流和湖泊。", False),
    ],
)
def test_a_list_item_cut_from_its_list_is_seen(body, bare):
    from studycards.quiz.stems import bare_item

    assert bare_item(body) is bare


def test_a_condition_cut_from_its_list_is_not_asked():
    """同＿作斗争有突出表现的 is an item of a list whose lead (给予表彰：) is not shown."""
    item = fact("keyterm", "同破坏河道行为作斗争有突出表现的", ["破坏河道行为"])
    sentence = fact("keyterm", "同破坏河道行为作斗争的人员应当受到表彰。", ["破坏河道行为"])
    for chosen, asked in ((item, False), (sentence, True)):
        frames = [frame_of(chosen)]
        made = Questions(frames, [chosen], random.Random(1)).fill(frames[0])
        assert (made is not None) is asked


def test_a_question_of_which_points_a_part_holds_names_the_document():
    """下列属于/不属于「一、…」的要点 names its source as real items do: 根据《…》，下列…"""
    facts = [fact for item in study_all([str(FIXTURES / "sections-report.txt")]) for fact in item.facts]
    which = [
        item.question()
        for seed in range(8)
        for item in make_items(facts, 30, seed=seed)
        if "下列" in item.question() and "「" in item.question()
    ]
    assert which
    assert all(question.startswith("根据《关于示例工作的报告》，下列") for question in which), which


@pytest.mark.parametrize("number", ["五、", "第三，", "（二）"])
def test_a_heading_s_number_is_no_start_of_its_sentence(number):
    """五、＿＿，建设美丽家园: the number before a heading is no clause its stem goes on from (a lead sentence with its
    full stop: a stem ending on none is not asked, questions.unfinished)."""
    text = "大力推进生态文明建设，建设美丽家园。"
    frame = frame_of(fact("keyterm", text, ["生态文明建设"], number + text))
    assert frame is not None and frame.lead == "", frame.lead
    item = Questions([frame], [frame.fact], random.Random(1)).fill(frame)
    assert item is not None and number not in item.question(), item.question()
