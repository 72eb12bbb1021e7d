"""Answers the genre gives (extract/predictable.py): a law's blank of words most laws say is not asked, a blank on
the day a time limit runs from moves to its count; the words come from data made by scripts/build_law_words.py."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from ankicol import package_fronts
from conftest import write
from studycards.cards import make_notes
from studycards.extract.predictable import (
    COMMON,
    boilerplate,
    count_after,
    genre_given,
    law_clause_set,
    law_words,
    without_given,
)
from studycards.facts import Fact, Origin
from studycards.pipeline import study
from studycards.ranking import select

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "build_law_words.py"
DATA = ROOT / "src" / "studycards" / "data" / "law_words.txt"


def _at(text: str, answer: str) -> tuple[int, int]:
    start = text.index(answer)
    return start, start + len(answer)


def _fact(text: str, answers: tuple[str, ...], kind: str = "norm") -> Fact:
    spans = tuple(_at(text, answer) for answer in answers)
    return Fact(kind, text, answers, Origin("某某法", "x", "某某法", ("某某法",), 1, text), spans=spans)


def test_the_words_load_and_were_made_by_the_script():
    words = law_words()
    assert words["依法"] >= COMMON and words["赔偿"] >= COMMON
    assert all(0 < share <= 1 for share in words.values())
    assert any("scripts/build_law_words.py" in line for line in DATA.read_text(encoding="utf-8").splitlines()[:4])


@pytest.mark.parametrize(
    "text, answer",
    [
        ("造成损失的，应当依法给予赔偿。", "赔偿"),
        ("在本市从事建筑活动，必须遵守本法。", "遵守本法"),
        ("有关单位应当定期检测其报警装置。", "定期"),
        ("有关军事机关应当给予协助。", "给予协助"),
    ],
)
def test_a_blank_of_common_law_words_is_given(text, answer):
    assert genre_given(text, _at(text, answer))


@pytest.mark.parametrize(
    "text, answer",
    [
        ("在湖泊保护范围内新建排污口的，应当经国务院批准。", "国务院"),  # an organ
        ("限制人身自由的行政处罚，只能由法律设定。", "法律"),  # the one source a rule allows
        ("承包地不得买卖。", "不得"),  # the modal word is the rule
        ("个人不缴纳基本医疗保险费。", "不缴纳"),  # a negation
        ("农村居民种植的林木，归个人所有。", "个人"),  # an owner
        ("缴费年限满十五年的，按月领取养老金。", "十五年"),  # a figure
        ("本法所称工程，是指开发、利用、控制和保护水资源的各类工程。", "利用"),  # a member of a list in view
        ("国家实行湖泊生态补偿制度。", "湖泊生态补偿"),  # a word few laws say
    ],
)
def test_what_examiners_hide_is_not_given(text, answer):
    assert not genre_given(text, _at(text, answer))


def test_the_day_a_time_limit_runs_from_moves_to_its_count():
    text = "人民法院应当自受理申请之日起十五日内作出裁定。"
    assert count_after(text, _at(text, "受理申请之日")) == _at(text, "十五日")
    [moved] = [without_given(_fact(text, ("受理申请之日",)))]
    assert moved is not None and moved.answers == ("十五日",)
    both = without_given(_fact(text, ("受理申请之日", "十五日")))
    assert both is not None and both.answers == ("十五日",)


def test_the_day_stays_where_it_is_the_whole_rule():
    text = "审计决定自送达之日起生效。"
    fact = _fact(text, ("送达之日",))
    assert count_after(text, _at(text, "送达之日")) is None
    assert without_given(fact) is fact


def test_a_given_blank_beside_an_organ_leaves_the_organ():
    text = "造成损失的，由县级以上人民政府水行政主管部门责令依法给予赔偿。"
    kept = without_given(_fact(text, ("县级以上人民政府水行政主管部门", "赔偿")))
    assert kept is not None and kept.answers == ("县级以上人民政府水行政主管部门",)
    assert without_given(_fact("造成损失的，应当依法给予赔偿。", ("赔偿",))) is None


def test_a_list_asked_whole_passes():
    text = "本法所称工程，是指开发、利用、控制和保护水资源的各类工程。"
    fact = _fact(text, ("开发", "利用", "控制"), kind="enumeration")
    assert without_given(fact) is fact


LAW = """中华人民共和国示例湖泊保护法

第一章　总　　则

第一条　为了保护湖泊生态，保障用水安全，制定本法。
第二条　国务院水行政主管部门负责全国湖泊保护工作。
第三条　湖泊管理机构工作人员在巡查中知悉的商业秘密，应当予以保密。
第四条　湖泊管理机构应当定期检测湖泊水质。
第五条　湖泊管理机构应当自受理申请之日起二十日内作出许可或者不予许可的决定。
第六条　湖泊管理机构违法实施检查，给当事人造成损失的，应当依法给予赔偿。
"""


def test_a_laws_deck_asks_the_count_not_what_any_law_says(tmp_path):
    studied = study(str(write(tmp_path, "lake.txt", LAW)))
    answers = {answer for fact in studied.facts for answer in fact.answers}
    assert "二十日" in answers
    assert not answers & {"受理申请之日", "依法给予赔偿", "赔偿"}
    notes = make_notes(select([studied]).studied)
    fronts = package_fronts(notes, tmp_path, "lake.apkg")
    assert any("自受理申请之日起[...]内" in front for front in fronts), fronts
    assert not any("自[...]起" in front or "给予[...]" in front for front in fronts), fronts


def test_the_script_counts_the_laws_that_hold_a_word():
    spec = importlib.util.spec_from_file_location("build_law_words", SCRIPT)
    assert spec and spec.loader
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    from studycards.segment import segmenter

    counts = builder.law_counts(["第一条　应当依法赔偿。依法赔偿。", "第一条　国务院批准。"], segmenter())
    assert counts["依法"] == 1 and counts["国务院"] == 1
    rendered = builder.render(counts, 2)
    assert "# laws 2" in rendered and "依法\t1" in rendered


@pytest.mark.parametrize(
    "text, answer, given",
    [
        ("处五万元以下的罚款；有违法所得的，没收违法所得。", "没收违法所得", True),
        ("构成违反治安管理行为的，由公安机关依法给予治安管理处罚。", "公安机关", True),
        ("由县级以上人民政府公安机关责令停止施工。", "公安机关", False),  # the clause is this law's own
        ("有违法所得的，没收违法所得，并处违法所得一倍以上三倍以下的罚款。", "一倍以上三倍以下", False),
    ],
)
def test_a_blank_inside_a_clause_laws_repeat_is_given(text, answer, given):
    assert boilerplate(text, _at(text, answer)) is given
    fact = _fact(text, (answer,))
    assert (without_given(fact) is None) is given


def test_the_repeated_clauses_were_made_by_the_script():
    clauses = law_clause_set()
    assert "依法追究刑事责任" in clauses and "没收违法所得" in clauses
    spec = importlib.util.spec_from_file_location("build_law_clauses", ROOT / "scripts" / "build_law_clauses.py")
    assert spec and spec.loader
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    counts = builder.law_clauses(["第一条　有违法所得的，没收违法所得。", "第二条　没收违法所得；第三条"])
    assert counts["没收违法所得"] == 2 and counts["有违法所得的"] == 1
    assert "没收违法所得\t2" in builder.render(counts, 2)
