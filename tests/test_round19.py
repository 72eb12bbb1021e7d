"""What the nineteenth session asked of a paper: a report's 单选 on a word or phrase is asked only with wrong options a
closed set gives (山西 -> 内蒙古, 陕西), never with the report's other phrases (节约任务 beside 战略任务), which blind
readers marked good 31% of the time; a law's fill-in never hides a list member of two characters (信函、电报、电传、＿
→ 传真), read good 47% of the time, while a short term the law defines stays askable."""

from __future__ import annotations

from conftest import DECKS, write
from test_round16 import REPORT, RULES, singles

from studycards.facts import normalise
from studycards.pipeline import study
from studycards.quiz.distractors import Pool
from studycards.quiz.frames import frame_of
from studycards.quiz.questions import guessable_word
from studycards.quiz.selection import make_items

PROVINCES = """2030年政府工作报告

一、推进能源建设

要在山西、内蒙古、陕西、贵州四个省区建设一批大型坑口电站，保障全国电力供应安全稳定。

要在新疆、甘肃、宁夏三地建设大型风电光伏基地，加快构建新型能源体系。
"""

LAW = """中华人民共和国示范许可法

第一条　许可申请可以通过信函、电报、电传、传真、电子数据交换和电子邮件等方式提出。

第二条　纳税人伪造、变造、隐匿、擅自销毁帐簿、记帐凭证，或者在帐簿上多列支出或者不列、少列收入的，是偷税。

第三条　申请人提交的申请材料齐全、符合法定形式的，行政机关应当当场予以受理，并出具书面凭证。
"""


def test_a_reports_single_choice_on_a_phrase_with_no_closed_set_is_not_asked(tmp_path):
    """工程质量 beside 产品质量, 环境质量: the report's own phrases, no family an examiner would sign. The same text as a
    regulation's is asked so: the rule is the report's."""
    worded = [item for item in singles(write(tmp_path, "report.txt", REPORT)) if not item.answer[0][0].isdigit()]
    assert worded == [], [(item.answer, item.options) for item in worded]
    assert any(item.answer[0] == "工程质量" for item in singles(write(tmp_path, "rules.txt", RULES)))


def test_a_reports_single_choice_on_a_closed_sets_member_is_still_asked(tmp_path):
    """A province among provinces: the options are its fellows in the set, what an examiner offers."""
    made = singles(write(tmp_path, "report.txt", PROVINCES))
    provinces = [item for item in made if item.answer[0] in {"山西", "内蒙古", "陕西", "贵州", "新疆", "甘肃", "宁夏"}]
    assert provinces, [(item.answer, item.options) for item in made]


def test_the_sample_reports_worded_single_choices_take_their_options_from_a_closed_set():
    facts = study(str(DECKS / "government-work-report-2024.txt")).facts
    frames = [frame for frame in map(frame_of, facts) if frame is not None]
    pool = Pool(frames)
    items = [item for seed in (1, 2, 3) for item in make_items(facts, 30, seed=seed) if item.type == "single"]
    assert len(items) >= 6  # the figures' ladders and the outline's 下列属于 stay
    fact_of = {fact.identity(): fact for fact in facts}
    for item in items:
        answer = item.answer[0]
        if not item.blanks or any(ch.isdigit() or ch in "一二三四五六七八九十百千万亿" for ch in answer):
            continue
        family = pool.closed_family(answer, fact_of[item.fact].text)
        assert all(normalise(option) in family for option in item.options if option != answer), item.options


def test_a_laws_fill_in_never_hides_a_two_character_list_member(tmp_path):
    frames = [frame for frame in map(frame_of, study(str(write(tmp_path, "law.txt", LAW))).facts) if frame]
    hidden = {}
    for frame in frames:
        for index, answer in enumerate(frame.answers):
            hidden[normalise(answer)] = guessable_word(frame, index)
    assert hidden.get("传真") is True, hidden  # 信函、电报、电传、＿: the list's pattern answers it
    assert any(value is False for value in hidden.values()), hidden  # a law's other answers stay askable
    assert all(value is False for answer, value in hidden.items() if len(answer) > 2), hidden


def test_a_laws_lone_short_term_is_no_list_member(tmp_path):
    frames = [frame for frame in map(frame_of, study(str(write(tmp_path, "law.txt", LAW))).facts) if frame]
    terms = [
        guessable_word(frame, index)
        for frame in frames
        for index, answer in enumerate(frame.answers)
        if normalise(answer) == "偷税"
    ]
    assert terms and not any(terms)
