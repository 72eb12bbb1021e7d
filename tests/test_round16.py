"""What the sixteenth session's readings asked of a paper: a report's 单选 whose wrong options are the phrases of the
answer's family its own text says (产品质量 beside 环境质量), never of another part nor of the other side (国际主义
among the -isms a report opposes); a limit before a ban never made a power (最长可以超过); the questions drawn
leaning to the kinds of fact blind readers judged good."""

from __future__ import annotations

import random

from conftest import DECKS, ROOT, write
from test_round15 import paired

from studycards.facts import Fact, Origin, normalise
from studycards.pipeline import study
from studycards.quiz.frames import ELLIPSIS, frame_of, period_of
from studycards.quiz.polarity import names_fault
from studycards.quiz.preference import good_share, preferred
from studycards.quiz.questions import Questions
from studycards.quiz.selection import make_items

REPORT = """2030年政府工作报告

一、推动高质量发展

我们要提高产品质量、工程质量和服务质量，推动制造业转型升级。全面提升发展质量，着力改善环境质量，稳步提高人口质量。

要加快建设现代化产业体系，大力发展先进制造业、现代服务业和现代农业。

二、保障和改善民生

要提高医疗质量，办好人民满意的教育。坚决反对帝国主义、霸权主义、殖民主义、扩张主义和种族歧视。我们坚持国际主义，走和平发展道路。
"""


def asked_of(path, ask, seeds=(1, 2, 3)):
    """Every question `ask(questions, frame, index)` makes of each answer of each frame of the document, per seed."""
    facts = study(str(path)).facts
    frames = [frame for frame in map(frame_of, facts) if frame is not None]
    made = []
    for seed in seeds:
        questions = Questions(frames, facts, random.Random(seed))
        for frame in frames:
            for index in range(len(frame.answers)):
                item = ask(questions, frame, index)
                if item is not None:
                    made.append(item)
    return made


RULES = REPORT.replace("2030年政府工作报告", "质量发展条例", 1)
"""The same text as a regulation's: a report's worded 单选 needs a closed set's options since the nineteenth session
(test_round19), a regulation's takes its family from its own text."""


def singles(path, seeds=(1, 2, 3)):
    return asked_of(path, lambda questions, frame, index: questions._blank_single(frame, index), seeds)


def test_a_single_choice_offers_the_answers_family_its_own_part_says(tmp_path):
    """No other answer of the regulation shares 质量 with 工程质量: the wrong options are phrases its text says."""
    path = write(tmp_path, "rules.txt", RULES)
    made = singles(path)
    asked = {item.answer[0] for item in made}
    assert "工程质量" in asked, asked
    text = normalise(RULES)
    for item in made:
        assert all(option.endswith("质量") and normalise(option) in text for option in item.options), item.options
        assert "医疗质量" not in item.options  # said in part 二, not in the part asked
        stem = normalise("".join(item.parts))
        assert not any(normalise(option) in stem for option in item.options if option != item.answer[0])


def test_a_list_of_what_a_report_opposes_gets_no_virtue_for_a_wrong_option(tmp_path):
    """国际主义, which the report holds, is never offered among the -isms it opposes (a 多选's or a law's options
    come from the same pool)."""
    from studycards.quiz.distractors import Pool

    path = write(tmp_path, "report.txt", REPORT)
    assert names_fault("扩张主义") and names_fault("殖民主义") and not names_fault("国际主义")
    facts = study(str(path)).facts
    frames = [frame for frame in map(frame_of, facts) if frame is not None]
    opposed = next(frame for frame in frames if "扩张主义" in frame.answers)
    pool = Pool(frames)
    drawn = [pool.choose(["扩张主义"], opposed.fact, 3, random.Random(seed), mined=True) for seed in range(6)]
    assert any(drawn)  # the other -isms are offered
    assert not any("国际主义" in options for options in drawn if options), drawn


def test_a_limit_before_a_ban_is_never_made_a_power():
    """检查的次数最多不得超过两次 -> 最多可以超过两次 reads absurd, not false; since the twenty-second session no ban
    is made a power (closed_sets.txt), with a limit or without."""
    limited = paired("每个考核周期内，考核对象接受检查的次数最多不得超过两次，检查结果应当书面告知本人。", "两次")
    assert limited is None or "可以超过" not in limited, limited
    alone = paired("经营者不得在规定的营业时间以外出售危险物品，违反规定的，由公安机关予以处罚。", "公安机关")
    assert alone is None or "经营者可以在" not in alone, alone


def test_the_draw_leans_to_the_kinds_readers_judged_good():
    origin = Origin("2030年政府工作报告", "2030年政府工作报告", "", ("2030年政府工作报告",), 3, "")
    good = Fact("formulation", "坚持“两个毫不动摇”。", ("两个毫不动摇",), origin)
    poor = Fact("judgement", "发展是第一要务。", ("第一要务",), origin)
    assert good_share(good, "fill") > good_share(poor, "fill")
    rng = random.Random(5)
    first = [preferred([poor, good], "fill", rng)[0] for _ in range(400)]
    assert first.count(good) > 0.7 * len(first)  # odds (0.71 / 0.48) ** 3, about 3 to 1
    assert first.count(poor) > 0  # still a draw: the poorer kind is asked now and then


def test_a_result_after_a_paragraphs_turn_to_the_past_year_is_dated_by_it():
    """做好今年的工作…至关重要。过去一年，…国内生产总值增长10.3%: 10.3% is last year's result, though the part plans
    this year's work (a blind reader marked 「今年，……国内生产总值增长10.3%」 bad)."""
    paragraph = (
        "2011年，是“十二五”开局之年，做好今年的工作对于完成“十二五”各项目标任务至关重要。"
        "过去一年，我们的各项工作取得了很大成绩。国内生产总值增长10.3%，城镇新增就业1168万人。"
    )
    trail = ("2011年政府工作报告", "三、2011年的工作")
    result = Fact(
        "figure",
        "国内生产总值增长10.3%，城镇新增就业1168万人。",
        ("10.3%",),
        Origin("2011年政府工作报告", "2011年政府工作报告", "", trail, 195, paragraph),
    )
    assert period_of(result) == "过去一年，" + ELLIPSIS
    target = "今年经济社会发展的主要预期目标是：国内生产总值增长8%左右。"
    planned = Fact(
        "figure", target, ("8%左右",), Origin("2011年政府工作报告", "2011年政府工作报告", "", trail, 200, target)
    )
    assert period_of(planned) == ""  # it names its period itself


def test_a_stem_too_short_to_say_what_it_is_about_is_not_asked():
    """坚持把＿摆在首位: a report's fill-ins showing fewer than 16 characters were read good 36% of the time, bad 19%."""
    for path, least in ((DECKS / "government-work-report-2024.txt", 16), (DECKS / "civil-servant-law-2018.txt", 6)):
        facts = study(str(path)).facts
        items = [item for seed in (1, 2, 3) for item in make_items(facts, 30, types=["fill", "single"], seed=seed)]
        assert len(items) >= 60
        for item in items:
            shown = normalise("".join(item.parts).removeprefix(item.cited))
            assert not item.blanks or len(shown) >= least, item.question()
        assert any(not item.blanks for item in items)  # 以下说法正确的是 shows no blank, and is still asked


def test_a_reports_fill_in_never_hides_a_bare_word_of_two_characters():
    """食品、＿、医疗器械 (药品), ＿、俄罗斯、欧盟 (美国): common sense, read good 24% of the time; a quoted term (“双减”)
    or a figure (三北) is the report's own and still asked."""
    for path in (
        DECKS / "government-work-report-2024.txt",
        ROOT.parent / "shared/corpus/reports/government-work-report-2018.txt",
    ):
        facts = study(str(path)).facts
        items = [item for seed in (1, 2, 3) for item in make_items(facts, 30, types=["fill"], seed=seed)]
        assert len(items) >= 60
        short = [item for item in items if len(normalise(item.answer[0])) <= 2]
        for item in short:
            quoted = item.parts[0].endswith(("“", "《", "‘"))
            assert quoted or any(ch in "〇一二两三四五六七八九十百千万" or ch.isdigit() for ch in item.answer[0]), (
                item.question()
            )
