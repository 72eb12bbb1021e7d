"""What examiners ask, on made-up sentences in the genre's shape: definitions, norms, and what the budget keeps."""

import pytest
from click.testing import CliRunner

from ankicol import import_apkg, open_collection, rendered_cards, visible_text
from conftest import write
from studycards.cards import make_notes
from studycards.cli import cli
from studycards.extract import extract
from studycards.parsing import parse
from studycards.pipeline import Studied
from studycards.ranking import rank, select
from studycards.reading import read_source


def studied_of(tmp_path, body, title="学习材料"):
    document = parse(read_source(write(tmp_path, "doc.txt", f"{title}\n{body}")))
    return Studied(document, extract(document))


def answers(tmp_path, body, kind, title="学习材料"):
    return [f.answers for f in studied_of(tmp_path, body, title).facts if f.kind == kind]


RULES = "社区服务条例"
"""A legal title: a rule's modal word is asked only in a legal text."""


@pytest.mark.parametrize(
    "sentence,asked",
    [
        ("所谓数字乡村，是指以信息技术赋能农业农村的发展形态。", ("以信息技术赋能农业农村",)),  # what 的 qualifies
        ("城乡居民自愿参加的医疗互助活动统称为互助医疗。", ("互助医疗",)),
        ("本市最早的公立图书馆是城南书院。", ("城南书院",)),  # the sentence ends on what it identifies
        ("当前工作的首要任务是稳住基本盘。", ("稳住基本盘",)),
        ("乡村振兴进入了全面推进的新阶段。", ("全面推进的新阶段",)),
        ("每年六月的第二个周日为全市文化遗产日。", ("全市文化遗产日",)),
        ("城南古桥的石雕工艺起源于宋代。", ("宋代",)),
        ("当地百姓称城西古道为盐马道。", ("盐马道",)),  # 称X为Y
    ],
)
def test_definitions_hide_what_is_defined_or_named(tmp_path, sentence, asked):
    facts = studied_of(tmp_path, sentence).facts
    # one note: a definition, or the judgement that asks it already (…的首要任务是…)
    assert [f.answers for f in facts if f.kind in ("definition", "judgement")] == [asked]


@pytest.mark.parametrize(
    "sentence",
    [
        "这是我们共同的责任。",  # 这是 says nothing of its own
        "他们讨论的是什么。",  # a question word is no answer
        "下列人员不得录用为社区工作者：",  # a list follows: its items are asked
        # a long meaning's kind is no answer: 行为 says nothing of what is defined
        "本条例所称经营活动，是指非营利组织开展的关于物业或者家政服务的交易、租赁以及其他经营性质的行为。",
    ],
)
def test_no_definition_where_nothing_is_defined(tmp_path, sentence):
    assert answers(tmp_path, sentence, "definition") == []


@pytest.mark.parametrize(
    "sentence,asked",
    [
        (
            "村集体经营性资产不得擅自对外出租。",
            ("擅自对外出租",),
        ),  # what the modal word governs, never the bare modal word
        ("社区服务中心应当免费为居民提供法律咨询。", ("免费",)),  # the manner before the verb
        ("专项资金的使用方案由市人民政府批准。", ("市人民政府",)),  # the organ that approves
        ("补偿决定自公告之日起生效。", ("公告之日",)),  # from when a time runs
        ("用人单位解除协议应当提前十五日书面通知对方。", ("十五日",)),  # advance notice
        ("本市实行网格化的社区治理制度。", ("网格化",)),  # what is instituted
        ("本市逐步建立起社区网格化管理新体制。", ("社区网格化管理",)),  # not the verb's 起, nor 新 of 新体制
        ("居民在公共服务面前一律平等。", ("居民在公共服务面前",)),  # what is guaranteed
    ],
)
def test_norms_hide_the_rule(tmp_path, sentence, asked):
    assert asked in answers(tmp_path, sentence, "norm", RULES)


def test_a_speech_modal_word_is_emphasis_not_asked(tmp_path):
    assert answers(tmp_path, "借用的公共设施必须按期完好归还。", "norm") == []
    assert answers(tmp_path, "借用的公共设施必须按期完好归还。", "norm", RULES) == [("按期完好归还",)]


def test_each_rule_of_a_sentence_has_its_own_note(tmp_path):
    found = answers(tmp_path, "活动参与人有权提出书面异议；活动主办方不得拒绝受理异议。", "norm", RULES)
    assert found == [("提出书面异议",), ("拒绝受理异议",)]


@pytest.mark.parametrize(
    "sentence",
    [
        "村集体经营性资产不得擅自处置。",  # a short phrase: what the genre says after 不得
        "选民可以投赞成票，也可以弃权。",
        "检查对象应当如实提供有关情况。",  # 如实: how every law asks facts reported
        "如遇票数相等不能确定结果时，应当重新投票。",  # 不能…时: a condition, no rule
    ],
)
def test_a_modal_word_before_what_the_genre_says_asks_nothing(tmp_path, sentence):
    """Blind readers dropped 24 of 26 cards that hid a modal word's short phrase (不得{{变动}}, 可以{{弃权}},
    应当{{如实}}记录): a law's rule says there what any law says."""
    assert answers(tmp_path, sentence, "norm", RULES) == []


def test_a_bare_modal_word_is_never_asked(tmp_path):
    """Readers drop 检查人员[...]出示证件 (应当): the rule is what the modal word governs, or nothing."""
    item = studied_of(
        tmp_path, "农村承包地不得擅自改变用途。\n检查人员应当出示有效的执法证件。\n患者有权查阅本人的病历资料。", RULES
    )
    modal = {"应当", "不得", "有权", "可以", "必须", "禁止"}
    assert not any(answer in modal for fact in item.facts for answer in fact.answers)
    assert ("擅自改变用途",) in [f.answers for f in rank(item.document, item.facts)]


def test_budget_keeps_an_examined_kind_over_a_routine_list(tmp_path):
    item = studied_of(
        tmp_path,
        "街道办事处负责做好教育、培训、选拔工作。\n所谓网格员，是指承担社区信息采集和矛盾调解的专职人员。",
    )
    kinds = {f.kind for f in item.facts}
    assert "definition" in kinds  # the routine list is no candidate (enumerations.py), or one the budget cuts
    kept = select([item], budget=1).studied[0].facts
    assert [f.kind for f in kept] == ["definition"]


def test_a_deck_of_norms_imports_into_anki_one_card_per_deletion(tmp_path):
    text = (
        "社区管理办法\n第一条　所谓网格员，是指承担社区信息采集和矛盾调解的专职人员。\n"
        "第二条　社区服务中心应当免费为居民提供法律咨询，不得收取任何费用。\n"
        "第三条　专项资金的使用方案由市人民政府批准，自公告之日起施行。\n"
    )
    source = write(tmp_path, "rules.txt", text)
    out = tmp_path / "rules.apkg"
    result = CliRunner().invoke(cli, ["build", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    studied = studied_of(tmp_path, text.split("\n", 1)[1], title="社区管理办法")
    expected = sum(note.cards for note in make_notes(select([studied], budget=None).studied))  # as build ranks
    col = open_collection(tmp_path)
    import_apkg(col, out)
    cards = list(rendered_cards(col))
    fronts = [visible_text(question) for _, question, _ in cards]
    col.close()
    assert len(cards) == expected
    assert all(front for front in fronts)
    assert any("[...]" in front and "免费" not in front and "法律咨询" in front for front in fronts)


@pytest.mark.parametrize(
    "sentence,figure",
    [
        ("合作社成员中，农户至少应当占成员总数的百分之七十。", "百分之七十"),  # a share in words
        ("修改章程须经成员大会三分之二以上成员同意。", "三分之二以上"),
        ("主管部门应当在一个月内作出答复。", "一个月"),  # a period of 一个 before 内 is a time limit
    ],
)
def test_figures_in_words_examiners_ask(tmp_path, sentence, figure):
    assert (figure,) in answers(tmp_path, sentence, "figure")
