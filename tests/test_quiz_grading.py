"""Lenient judging of typed answers: punctuation, width, spaces and (where it does not matter) order."""

import pytest

from studycards.quiz.grading import choices, fold, is_right, judge_word
from studycards.quiz.items import QuizItem


def item(kind, answer, options=(), ordered=True):
    blanks = tuple(len(a) for a in answer) if kind == "fill" else ()
    parts = ("",) * (len(blanks) + 1)
    return QuizItem(kind, parts, blanks, tuple(options), tuple(answer), "文章，第1行", "f", "enumeration", "", ordered)


def test_fold_drops_punctuation_spaces_width_and_case():
    assert fold("“两个 确立”。") == "两个确立"
    assert fold("ＡＢＣ１２３８０专线") == "abc12380专线"
    assert fold("《推进领导干部能上能下规定》") == "推进领导干部能上能下规定"
    assert fold("　能者上\t") == "能者上"


@pytest.mark.parametrize(
    "typed, right",
    [
        ("能者上、优者奖、庸者下、劣者汰", True),
        ("能者上 优者奖 庸者下 劣者汰", True),
        ("能者上，优者奖；庸者下/劣者汰。", True),
        ("劣者汰、庸者下、优者奖、能者上", True),  # order does not matter in an enumeration
        ("能者上 优者奖 庸者下", False),
        ("能者上 优者奖 庸者下 劣者汰 真本事", False),
        ("能者上 能者上 庸者下 劣者汰", False),
        ("", False),
    ],
)
def test_an_enumeration_in_any_order(typed, right):
    assert is_right(item("fill", ["能者上", "优者奖", "庸者下", "劣者汰"], ordered=False), typed) is right


def test_an_outline_in_its_order_only():
    outline = item("fill", ["树立鲜明导向", "锻造过硬本领", "聚焦严管厚爱"], ordered=True)
    assert is_right(outline, "树立鲜明导向 锻造过硬本领 聚焦严管厚爱")
    assert is_right(outline, "树立鲜明导向锻造过硬本领聚焦严管厚爱")
    assert not is_right(outline, "锻造过硬本领 树立鲜明导向 聚焦严管厚爱")


def test_one_blank_ignores_quotes_and_width():
    assert is_right(item("fill", ["两个确立"]), " “两个确立” ")
    assert is_right(item("fill", ["12380专线"]), "１２３８０专线")
    assert not is_right(item("fill", ["两个确立"]), "两个维护")
    heading = item("fill", ["强化政治标准，筑牢忠诚根基"])
    assert is_right(heading, "强化政治标准 筑牢忠诚根基")


def test_choices_by_letter_or_text():
    single = item("single", ["乙"], options=["甲甲", "乙", "丙丙", "丁丁"])
    assert is_right(single, "B") and is_right(single, "b") and is_right(single, "Ｂ") and is_right(single, " b ")
    assert is_right(single, "乙")
    assert (
        not is_right(single, "A")
        and not is_right(single, "AB")
        and not is_right(single, "E")
        and not is_right(single, "")
    )
    multiple = item("multiple", ["甲甲", "丙丙"], options=["甲甲", "乙", "丙丙", "丁丁"])
    for typed in ("AC", "ca", "A C", "a,c", "Ａ、Ｃ", "甲甲 丙丙"):
        assert is_right(multiple, typed), typed
    assert not is_right(multiple, "A") and not is_right(multiple, "ACD")
    assert choices(multiple, "不知道") is None


@pytest.mark.parametrize(
    "typed, word",
    [
        ("对", "正确"),
        ("正确", "正确"),
        ("√", "正确"),
        ("T", "正确"),
        ("y", "正确"),
        ("1", "正确"),
        ("错", "错误"),
        ("错误。", "错误"),
        ("×", "错误"),
        ("f", "错误"),
        ("N", "错误"),
        ("0", "错误"),
        ("也许", None),
        ("", None),
    ],
)
def test_judge_words(typed, word):
    assert judge_word(typed) == word
    assert is_right(item("judge", ["正确"], options=["正确", "错误"]), typed) is (word == "正确")


LENIENT = [
    # answer, typed, the question (its blank a NUL), counts
    ("2400万台", "2400万", "全年新增智能电表\x00，每台都接入平台。", True),  # 台 is in the question
    ("2400万台", "2400万", "全年新增智能电表\x00。", False),  # the question never says 台
    ("2400万", "2400万台", "全年新增智能电表\x00台。", True),  # the question reads ＿台
    ("要有敢闯的劲头", "有敢闯的劲头", "青年干部\x00。", True),  # a leading function word
    ("有敢闯的劲头", "要有敢闯的劲头", "青年干部要\x00。", True),  # the question shows 要 before the blank
    ("有敢闯的劲头", "要有敢闯的劲头", "青年干部\x00。", False),  # an added word the question does not show
    ("敢闯的劲头", "闯的劲头", "青年干部要有\x00。", False),  # 敢 carries meaning
    ("2400万台", "2400台", "全年新增智能电表\x00，每台都接入平台。", False),  # the amount differs
]


@pytest.mark.parametrize("answer, typed, stem, counts", LENIENT)
def test_an_answer_that_differs_by_a_shown_unit_or_a_function_word_counts_and_says_so(answer, typed, stem, counts):
    from studycards.quiz.grading import lenient, verdict

    note = lenient(answer, typed, stem)
    assert (note is not None) is counts
    before, after = stem.split("\x00")
    fill = QuizItem("fill", (before, after), (len(answer),), (), (answer,), "文章，第1行", "f", "figure", "")
    right, said = verdict(fill, typed)
    assert right is counts and said == (note or "")
    if counts:
        assert said.startswith(f"按“{answer}”计")
