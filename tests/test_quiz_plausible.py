"""A choice question's wrong options read as fellows of its right ones (made-up material): beside …化 options
no 企业文化, beside words no figure."""

import random

from conftest import spans_of

from studycards.facts import Fact, Origin
from studycards.quiz.distractors import Pool
from studycards.quiz.frames import frame_of
from studycards.quiz.plausible import plausible


def fact(text, answers, line):
    origin = Origin("规程", "规程", "第一章", ("规程", "第一章"), line, text)
    return Fact(kind="enumeration", text=text, answers=tuple(answers), origin=origin, spans=spans_of(text, answers))


FACTS = [
    fact("推进工业化、城镇化、信息化。", ["工业化", "城镇化", "信息化"], 1),
    fact("建设企业文化、校园文化、社区文化。", ["企业文化", "校园文化", "社区文化"], 2),
    fact("推动农业现代化、市场化、专业化。", ["农业现代化", "市场化", "专业化"], 3),
    fact("用好三年、五年、十年规划。", ["三年", "五年", "十年"], 4),
]


def test_wrong_options_of_a_suffixed_list_share_its_suffix_as_a_suffix():
    pool = Pool([frame_of(f) for f in FACTS if f is not FACTS[2]])  # no real …化 to offer: no 多选
    for seed in range(8):
        chosen = pool.choose(["工业化", "城镇化"], FACTS[0], 2, random.Random(seed), avoid=FACTS[0].answers, kin=1)
        assert chosen is None, chosen
    pool = Pool([frame_of(f) for f in FACTS])
    chosen = pool.choose(["工业化", "城镇化"], FACTS[0], 2, random.Random(0), avoid=FACTS[0].answers, kin=1)
    assert chosen is not None and all(option in ("市场化", "专业化") for option in chosen), chosen


def test_a_figure_is_no_option_beside_words_nor_words_beside_figures():
    pool = Pool([frame_of(f) for f in FACTS])
    tagged = {answer: pool.words(answer) for answer in ("工业化", "城镇化")}
    assert not plausible("五年", pool.words("五年"), tagged)
    assert not plausible("市场化", pool.words("市场化"), {"三年": pool.words("三年")})
    assert plausible("市场化", pool.words("市场化"), tagged)
    assert not plausible("企业文化", pool.words("企业文化"), tagged)


def test_a_short_list_of_one_length_gets_options_of_that_length():
    pool = Pool([frame_of(f) for f in FACTS])
    tagged = {answer: pool.words(answer) for answer in ("三年", "五年")}
    assert plausible("十年", pool.words("十年"), tagged)
    assert not plausible("十二年", pool.words("十二年"), tagged)


def test_a_quoted_name_is_no_option_among_plain_phrases():
    """重点改革管理体制、运行机制: “一国两制” (quoted, and 制 its last character) stands out among them."""
    pool = Pool([frame_of(f) for f in FACTS])
    tagged = {answer: pool.words(answer) for answer in ("市场化", "专业化")}
    assert not plausible("“工业化”", pool.words("“工业化”"), tagged)
    assert plausible("工业化", pool.words("工业化"), tagged)
    quoted = {answer: pool.words(answer) for answer in ("“两个确立”", "“两个维护”")}
    assert not plausible("四个意识", pool.words("四个意识"), quoted)
