"""What a blind reader marked weak or bad in round 9, on sentences made up for these tests."""

from studycards.facts import Fact, Origin
from studycards.quiz.frames import period_of


def report_fact(text, paragraph, part="三、2030年重点工作"):
    trail = ("2030年政府工作报告", part)
    origin = Origin("2030年政府工作报告", "r", "", trail, 5, paragraph)
    return Fact(kind="formulation", text=text, answers=("强军目标",), origin=origin)


def test_a_sentence_after_a_review_paragraph_turns_to_the_new_year_is_not_put_in_the_past():
    """过去一年，国防…推进。新的一年，要紧紧围绕强军目标…: the task belongs to the new year."""
    task = "要紧紧围绕强军目标，全面加强军队建设。"
    review = "国防和军队建设扎实推进，部队展现出新的风貌。"
    paragraph = f"过去一年，{review}新的一年，{task}"
    assert period_of(report_fact(task, paragraph)).startswith("新的一年")
    assert period_of(report_fact(review, paragraph)).startswith("过去一年")


def test_a_review_of_the_year_and_the_term_puts_no_period_before_a_sentence():
    """一、过去一年和五年工作回顾: 城镇化率从60.2%提高到65.2% is the term's change, not the year's."""
    result = "常住人口城镇化率从60.2%提高到65.2%。"
    assert period_of(report_fact(result, result, "一、过去一年和五年工作回顾")) == ""
    assert period_of(report_fact(result, result, "一、过去五年工作回顾")).startswith("过去五年")


def figure(text, answer, trail):
    origin = Origin(trail[0], "d", "", trail, 5, text)
    start = text.index(answer)
    return Fact(kind="figure", text=text, answers=(answer,), origin=origin, spans=((start, start + len(answer)),))


def test_a_report_s_minor_figure_is_no_question_but_its_targets_and_a_law_s_figures_are():
    from studycards.quiz.frames import frame_of
    from studycards.quiz.selection import askable

    report = ("2030年政府工作报告", "一、2029年工作回顾")
    minor = figure("淘汰黄标车和老旧车380万辆。", "380万辆", report)
    target = figure("国内生产总值增长7.5%左右。", "7.5%左右", report)
    law = figure("罚款处五万元以下。", "五万元以下", ("中华人民共和国河湖保护法", "第三十条"))
    assert not askable(frame_of(minor))
    assert askable(frame_of(target)) and askable(frame_of(law))


def law_norm(text, answer):
    origin = Origin("中华人民共和国河湖保护法", "d", "第一章", ("中华人民共和国河湖保护法", "第十条"), 3, text)
    start = text.index(answer)
    return Fact(kind="norm", text=text, answers=(answer,), origin=origin, spans=((start, start + len(answer)),))


def test_a_prohibited_wrong_is_never_made_a_power():
    """不得擅自更改 -> 可以擅自更改 reads absurd, not false (a blind reader); since the twenty-second session no ban is
    made a power at all (不得用于发放奖金 -> 可以…: readers of sessions 17-21 marked 12 of 34 such statements good)."""
    import random

    from studycards.quiz.frames import frame_of
    from studycards.quiz.questions import Questions

    for text, answer, swapped in (
        ("医疗机构对处方所列药品不得擅自更改或者代用。", "处方所列药品", None),
        ("公路用地上的树木，不得任意砍伐。", "公路用地上的树木", None),
        ("平台经营者不得滥用平台规则。", "平台经营者", None),
        ("收取的费用不得用于发放奖金。", "发放奖金", None),
    ):
        norm = law_norm(text, answer)
        frame = frame_of(norm)
        made = Questions([frame], [norm], random.Random(1))._paired(frame, frame.view([0]))
        assert (made[0] if made else None) == swapped
