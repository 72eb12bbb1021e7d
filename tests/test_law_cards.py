"""Cards of laws a careful learner keeps: each card carries what its rule is about, hides a whole unit worth
knowing, and asks an article's list once; on made-up law text, and on tuning-half corpus laws imported into Anki."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from ankicol import import_apkg, open_collection, rendered_cards, visible_text
from conftest import write
from studycards.cards import make_notes
from studycards.cli import cli
from studycards.pipeline import study
from studycards.ranking import is_chapters, select

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from halves import CORPUS, half  # noqa: E402

LAW = """中华人民共和国示例道路管理法

第一章　总　　则

第一条　为了加强道路的建设和管理，制定本法。
第二条　道路受国家保护，任何单位和个人不得破坏、损坏或者非法占用道路。
第三条　国务院交通主管部门主管全国道路工作。
第四条　县级以上人民政府交通主管部门应当认真履行职责。
第五条　道路按其地位分为国道、省道、县道和乡道。

第二章　管　　理

第六条　经营者不得实施下列侵犯道路权益的行为：
（一）擅自占用、挖掘道路；
（二）损坏道路附属设施。
本法所称道路附属设施，是指为保护、养护道路和保障道路安全畅通所设置的设施。
第七条　道路规划由国务院交通主管部门编制，报国务院批准后实施。

第三章　法律责任

第八条　经营者违反本法第六条规定擅自占用道路的，由交通主管部门责令停止违法行为，没收违法所得。违法所得五万元以上的，可以并处违法所得五倍以下的罚款。
第九条　有关单位违反本法第七条规定的，由交通主管部门责令改正，处十万元以上一百万元以下的罚款。
第十条　有下列行为之一的，由交通主管部门责令改正：
（一）擅自设卡的；
（二）擅自收费的。
有前款第一项行为的，处二万元以下的罚款。
"""


@pytest.fixture(scope="module")
def law(tmp_path_factory):
    return study(str(write(tmp_path_factory.mktemp("law"), "road.txt", LAW)))


def cards_of(law):
    return [fact for fact in law.facts if fact.spans]


def test_a_penalty_card_says_for_what(law):
    """违法所得{{五万元以上}}的，可以并处… alone asks a fine for nothing: the article's offence comes before it."""
    fines = [fact for fact in cards_of(law) if "五倍以下" in fact.text]
    assert fines and all(fact.text.startswith("经营者违反本法第六条规定擅自占用道路的，") for fact in fines)


def test_a_card_whose_subject_is_only_a_reference_is_none(law):
    assert not [fact for fact in law.facts if "有前款第一项行为" in fact.text]


def test_a_range_is_one_blank(law):
    answers = [answer for fact in cards_of(law) for answer in fact.answers]
    assert "十万元以上一百万元以下" in answers
    assert "十万元以上" not in answers and "一百万元以下" not in answers


def test_a_blank_hides_a_whole_term_worth_knowing(law):
    for fact in cards_of(law):
        for (start, end), answer in zip(fact.spans, fact.answers):
            assert not re.match(r"主管部门|人民政府|部门", fact.text[end:]), fact.text  # {{国务院交通}}主管部门
            assert answer != "道路", fact.text  # the law's own subject: {{道路}}受国家保护
            assert answer != "认真履行职责", fact.text  # words of every law
    assert any(answer == "国务院" for fact in cards_of(law) for answer in fact.answers)  # the organ that approves


def test_an_articles_items_are_asked_by_its_question_card_only(law):
    outline = [fact for fact in law.facts if fact.kind == "outline" and fact.origin.trail[-1] == "第六条"]
    assert [fact.question for fact in outline] == ["第六条规定经营者不得实施哪些侵犯道路权益的行为？"]
    assert not [fact for fact in cards_of(law) if fact.origin.trail[-1].startswith("（")]  # no fragment cards
    notes = [note for note in make_notes([law]) if note.fact.kind == "outline" and not is_chapters(note.fact)]
    assert notes and all(note.model == "qa" for note in notes)  # not an item after another
    assert not any("按顺序" in note.fields["Front"] for note in notes)


def test_a_paragraph_after_the_items_is_the_articles(law):
    """第六条's definition after its items (（二）…) is the article's next 款, not the last item's."""
    definitions = [fact for fact in law.facts if "是指" in fact.text]
    assert definitions and all(fact.origin.trail[-1] == "第六条" for fact in definitions)


def test_the_chapters_are_not_a_chain_in_the_default_deck(law):
    assert any(is_chapters(fact) for fact in law.facts)
    kept = select([law]).studied[0].facts
    assert not any(is_chapters(fact) for fact in kept)
    chapters = {fact.origin.trail[1] for fact in kept if len(fact.origin.trail) > 1}
    assert chapters == {"第一章 总则", "第二章 管理", "第三章 法律责任"}  # each chapter still has cards
    assert any(is_chapters(fact) for fact in select([law], budget=None).studied[0].facts)  # --all keeps it


TUNE_LAWS = ["中华人民共和国公路法_20171104.txt", "中华人民共和国反不正当竞争法_20250627.txt"]


@pytest.mark.skipif(not (CORPUS / "laws").is_dir(), reason="../shared/corpus is not beside the checkout")
def test_tuning_half_laws_as_anki_shows_them(tmp_path):
    """Built, imported into a real collection: no chain of chapters or of an article's items, no two cards with
    one front, no blank that cuts an organ's name, no card that opens on a reference or a bare modal word."""
    paths = [CORPUS / "laws" / name for name in TUNE_LAWS]
    assert all(half(path.name) == "tune" for path in paths)
    out = tmp_path / "laws.apkg"
    result = CliRunner().invoke(cli, ["build", *map(str, paths), "-o", str(out)])
    assert result.exit_code == 0, result.output
    col = open_collection(tmp_path)
    import_apkg(col, out)
    fronts = [visible_text(question) for _, question, _ in rendered_cards(col)]
    col.close()
    assert len(fronts) >= 40
    assert len(set(fronts)) == len(fronts), [f for f in fronts if fronts.count(f) > 1][:3]
    for front in fronts:
        assert "→" not in front, front  # neither chapters nor items one after another
        assert not re.search(r"\[\.\.\.\](?:主管部门|人民政府)", front), front
        assert not re.match(r"(?:有前款|前款规定|不得|应当|可以并处)", front), front
        assert not front.endswith(("什么？", "（按顺序）")) or "下列" not in front, front


def test_a_list_question_quotes_its_lead_from_a_clause_start():
    from studycards.extract.outline_lists import _tail

    lead = (
        "信托终止的，信托财产归属于信托文件规定的人；信托文件未规定的，按下列顺序确定归属，并依照下列各项办理相关手续"
    )
    tail = _tail(lead)
    assert lead.endswith(tail) and len(tail) <= 40
    assert lead[len(lead) - len(tail) - 1] in "，；"  # it starts where a clause does, never inside a word
