"""What an examiner would not sign, on facts made by hand and on the samples: a 多选 whose every option is right,
a table of contents asked, a stock list asked, a penalty without its offence, a changed figure that makes a
statement absurd; and what an examiner writes: a figure's ladder, a paired term swapped, 以下说法正确的是."""

import random
from collections import Counter

import pytest

from conftest import DECKS
from studycards.facts import Fact, Origin, normalise
from studycards.pipeline import study_all
from studycards.closedsets import stock
from studycards.quiz.frames import frame_of
from studycards.quiz.ladders import ranges_ordered, rungs
from studycards.quiz.questions import WHICH_ASK, Questions
from studycards.quiz.selection import make_items

LAW = DECKS / "civil-servant-law-2018.txt"
REPORT = DECKS / "government-work-report-2024.txt"


def facts_of(path):
    return [fact for studied in study_all([str(path)]) for fact in studied.facts]


def fact(kind, text, answers, paragraph="", trail=("某法", "第一章 总则", "第一条"), document="中华人民共和国某法"):
    article = trail[1] if len(trail) > 1 else ""
    origin = Origin(document=document, document_id=document, article=article, trail=trail, line=1, paragraph=paragraph)
    return Fact(kind=kind, text=text, answers=tuple(answers), origin=origin)


@pytest.mark.parametrize("path", [LAW, REPORT], ids=lambda p: p.stem)
def test_a_multiple_choice_never_has_every_option_right(path):
    facts = facts_of(path)
    counts = Counter()
    for seed in range(1, 21):  # twenty papers: a law's 多选 are few (one or two a paper), three right rarer
        for item in make_items(facts, 30, seed=seed):
            if item.type == "multiple":
                assert len(item.answer) < len(item.options), item
                counts[len(item.answer)] += 1
    assert counts[2] and counts[3]  # how many are right varies


def test_no_table_of_contents_is_asked():
    parts = fact("outline", "某报告", ["一、回顾", "二、任务", "三、要求"], trail=("某报告",), document="某报告")
    chapter = fact("outline", "第五章 决定", ["第一节 一般规定", "第二节 简易程序"], trail=("某法", "第五章 决定"))
    assert frame_of(parts) is None and frame_of(chapter) is None
    article = fact(
        "outline",
        "有下列情形之一的，可以当场收缴罚款",
        ["依法给予一百元以下罚款的", "不当场收缴事后难以执行的"],
        trail=("某法", "第六章 执行", "第六十八条"),
    )
    frame = frame_of(article)
    assert (
        frame is not None and frame.lead == "有下列情形之一的，可以当场收缴罚款："
    )  # the article's lead, not 「第六十八条」


def test_a_stock_list_is_never_asked():
    assert stock(["省", "自治区", "直辖市"]) and stock(["新建", "改建", "扩建"]) and not stock(["警告", "记过"])
    text = "设立血站，必须经省、自治区、直辖市人民政府卫生行政部门批准。"
    assert frame_of(fact("enumeration", text, ["省", "自治区", "直辖市"], paragraph=text)) is None


def test_a_penalty_keeps_its_offence():
    paragraph = "临床用血的包装、储存、运输，不符合国家规定的卫生标准和要求的，由县级以上地方人民政府卫生行政部门责令改正，给予警告，可以并处一万元以下的罚款。"
    frame = frame_of(fact("figure", "给予警告，可以并处一万元以下的罚款。", ["一万元以下"], paragraph=paragraph))
    assert frame is not None and frame.lead.startswith("临床用血的包装") and frame.lead.endswith("责令改正，")
    shown = frame.view([0]).text
    assert shown.startswith("临床用血的包装") and "一万元以下" in shown
    # after a semicolon, a clause that goes on from the one before (处…罚款) gets its start too
    paragraph = "违反本法规定，擅自采集血液的，责令改正；情节严重的，处五万元以下罚款。"
    frame = frame_of(fact("figure", "情节严重的，处五万元以下罚款。", ["五万元以下"], paragraph=paragraph))
    assert frame is not None and frame.lead == "违反本法规定，擅自采集血液的，责令改正；"


def test_a_figures_ladder_is_of_its_unit_and_never_a_name():
    assert {"三个月", "九个月", "一年"} <= set(rungs("六个月", 5))
    assert rungs("十万元以下")[:2] == ["五万元以下", "二十万元以下"]
    assert rungs("三个代表") == [] and rungs("一人一票") == []
    assert rungs("0.9%") == ["0.7%", "1.1%", "0.4%", "1.4%"]  # tenths either side, never 9% (0.9 read as 09)
    assert all(option.endswith("周岁") for option in rungs("十八周岁"))


def test_a_changed_figure_never_makes_a_range_absurd():
    assert ranges_ordered("处五十万元以上一百万元以下罚款")
    assert not ranges_ordered("处一百万元以上一百万元以下罚款")
    assert not ranges_ordered("已满十八周岁不满十四周岁的")
    assert ranges_ordered("五千元以上五万元以下")
    assert not ranges_ordered("财政补助由每人每年500元提高到420元")  # a change whose start follows its subject
    assert ranges_ordered("财政补助由每人每年380元提高到420元")


def test_a_paired_term_makes_a_statement_false_not_absurd():
    text = "行政机关应当将处罚决定书面告知当事人，并说明理由。"
    law = fact("norm", text, ["处罚决定"], paragraph=text)
    other = fact("norm", "当事人可以申请听证。", ["申请听证"], paragraph="当事人可以申请听证。")
    frames = [frame_of(law), frame_of(other)]
    swapped = set()
    for seed in range(20):
        questions = Questions(frames, [law, other], random.Random(seed))
        found = questions._paired(frames[0], frames[0].view([0]))
        assert found is not None
        statement, (before, clause, after) = found
        assert before + clause + after == text and statement != text
        swapped.add(statement)
    assert swapped == {"行政机关可以将处罚决定书面告知当事人，并说明理由。"}  # the first pair found, 应当 -> 可以


def test_which_is_right_offers_one_provision_as_written_and_three_altered():
    facts = facts_of(LAW)
    text = normalise(LAW.read_text(encoding="utf-8-sig"))
    seen = 0
    for seed in range(1, 6):
        for item in make_items(facts, 30, seed=seed):
            if item.type != "single" or not item.question().endswith(WHICH_ASK):
                continue
            seen += 1
            said = [normalise(option.replace("……", "")) in text for option in item.options]
            assert said.count(True) == 1 and item.answer[0] == item.options[said.index(True)]
    assert seen >= 2


def test_a_short_law_gives_a_fair_number_of_questions(tmp_path):
    # the civil-servant law's first chapters (some 5,000 characters) make a short law of their own
    lines = LAW.read_text(encoding="utf-8-sig").splitlines()
    path = tmp_path / "中华人民共和国公务员法（节选）.txt"
    path.write_text("\n".join(lines[: len(lines) * 2 // 5]), encoding="utf-8")
    facts = facts_of(path)
    papers = [make_items(facts, 30, seed=seed) for seed in range(10)]
    assert all(len(items) >= 20 for items in papers), [len(items) for items in papers]
    kinds = [{item.type for item in items} for items in papers]
    assert all({"fill", "single", "judge"} <= types for types in kinds)
    assert sum("multiple" in types for types in kinds) >= 7  # the law's few lists: most papers hold a 多选


def test_a_law_article_list_is_asked_as_a_multiple_choice_with_the_law_s_other_lists_as_traps():
    facts = facts_of(LAW)
    text = normalise(LAW.read_text(encoding="utf-8-sig"))
    articles = {fact.identity(): fact for fact in facts if fact.kind == "outline"}
    seen = 0
    for seed in range(1, 6):
        for item in make_items(facts, 30, seed=seed):
            if item.type != "multiple" or "下列哪些" not in item.question():
                continue
            seen += 1
            assert item.question().startswith("根据《公务员法》") and item.question().endswith("？")
            own = {normalise(member) for member in articles[item.fact].answers}
            assert 2 <= len(item.answer) <= 3 and {normalise(a) for a in item.answer} <= own
            for option in set(item.options) - set(item.answer):  # an item of another article, never of this one
                assert normalise(option) in text and normalise(option) not in own, option
    assert seen >= 3


@pytest.mark.parametrize("seed", range(1, 6))
def test_a_named_list_always_gives_a_single_choice(seed):
    """A named list whose blank has no family of wrong options still asks 下列不属于 of its members."""
    facts = facts_of(DECKS / "cadre-incentive-seminar.txt")
    frames = [frame for frame in map(frame_of, facts) if frame is not None]
    named = [frame for frame in frames if frame.subject and len(frame.answers) >= 3]
    made = [Questions(frames, facts, random.Random(seed)).single(frame) is not None for frame in named]
    outsider = [Questions(frames, facts, random.Random(seed))._not_among(frame) is not None for frame in named]
    assert any(outsider) and all(m or not o for m, o in zip(made, outsider))


def paired_swap(text, answer, document, trail):
    made = fact("norm", text, [answer], paragraph=text, trail=trail, document=document)
    frame = frame_of(made)
    questions = Questions([frame], [made], random.Random(1))
    return questions._paired(frame, frame.view([0]))


def test_a_modal_word_is_swapped_only_in_a_law_and_only_where_it_states_a_rule():
    law = ("中华人民共和国某法", ("某法", "第一章 总则", "第三条"))
    swapped = paired_swap("行政机关对当事人的投诉应当及时进行调查处理。", "行政机关", *law)
    assert swapped is not None and "可以及时进行调查处理" in swapped[0]
    # an idiom or a quality after 应当: 可以恪尽职守 is no Chinese
    assert paired_swap("公务员应当恪尽职守，勤勉尽责地履行职务。", "公务员", *law) is None
    # a discourse phrase states no duty
    assert paired_swap("行政机关的工作应当指出存在的不少问题。", "行政机关", *law) is None
    # a report's prose: 就应当鼓励发展 -> 就可以鼓励发展 changes no fact
    report = ("2018年政府工作报告", ("2018年政府工作报告", "三、建议"))
    assert paired_swap("凡是有利于增加就业的产业，就应当鼓励发展，并给予支持。", "鼓励发展", *report) is None


def test_a_single_choice_s_options_never_read_double_nor_does_its_stem_tell_the_answer():
    from studycards.quiz.questions import _doubles, _told

    assert _doubles("按照", "分开的原则", "政事分开") and _doubles("坚持政事", "的原则", "政事分开")
    assert not _doubles("按照", "分开的原则", "政企")
    assert _told("国家出资设立的企业，属于", "国家所有", ["集体所有", "私人所有", "混合所有"])
    assert not _told("国家出资设立的企业，属于", "国家所有", ["国家控股", "集体所有", "私人所有"])
    assert not _told("城镇登记失业率4.5%以内，调查失业率", "5.5%以内", ["5.3%以内", "5.7%以内", "6%以内"])
    for path in (LAW, REPORT):
        for seed in range(1, 4):
            for item in make_items(facts_of(path), 30, seed=seed):
                if item.type == "single" and len(item.parts) == 2:
                    wrong = [option for option in item.options if option not in item.answer]
                    assert not any(_doubles(*item.parts, option) for option in wrong), item
                    assert not _told("".join(item.parts), item.answer[0], wrong), item


def test_a_stock_list_member_is_never_blanked_beside_its_fellows():
    from studycards.closedsets import beside_fellows

    assert beside_fellows("自治区", "报送省、\x00、直辖市人民政府司法行政部门")
    assert not beside_fellows("自治区", "民族区域自治的地方设立\x00")
    for seed in range(1, 4):
        for item in make_items(facts_of(LAW), 30, seed=seed):
            if item.type != "judge":
                assert normalise("".join(item.answer)) != "自治区", item
