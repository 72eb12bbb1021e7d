"""What a blind reader marked weak or bad in round 9, on sentences made up for these tests."""

from studycards.facts import Fact, Origin
from studycards.quiz.frames import period_of


def report_fact(text, paragraph):
    trail = ("2030年政府工作报告", "三、2030年重点工作")
    origin = Origin("2030年政府工作报告", "r", "", trail, 5, paragraph)
    return Fact(kind="formulation", text=text, answers=("强军目标",), origin=origin)


def test_a_sentence_after_a_review_paragraph_turns_to_the_new_year_is_not_put_in_the_past():
    """过去一年，国防…推进。新的一年，要紧紧围绕强军目标…: the task belongs to the new year."""
    task = "要紧紧围绕强军目标，全面加强军队建设。"
    review = "国防和军队建设扎实推进，部队展现出新的风貌。"
    paragraph = f"过去一年，{review}新的一年，{task}"
    assert period_of(report_fact(task, paragraph)).startswith("新的一年")
    assert period_of(report_fact(review, paragraph)).startswith("过去一年")
