"""Report cards a learner keeps, issue 16: six plain words or more closed by 等 (工业、农业、…、卫生等各行各业) are
examples, not a set to learn; a report's card asks none of them, whole, member by member or inside another kind's
blank. A set of five and a list of phrases are still asked; the verbs of a clause (同时要广泛动员、鼓励和指导…) are
no list. Made-up sentences in the genre's wording."""

from __future__ import annotations

import pytest

from conftest import write
from studycards.extract import extract
from studycards.extract.enumerations import opens_a_clause
from studycards.extract.word_sets import in_open_set, open_sets
from studycards.parsing import parse
from studycards.reading import read_source
from studycards.segment import segmenter

SECTORS = "工业、农业、财税、金融、交通、卫生"


def answers_of(tmp_path, sentence, title="学习材料"):
    document = parse(read_source(write(tmp_path, "doc.txt", f"{title}\n{sentence}")))
    return [answer for fact in extract(document) for answer in fact.answers]


@pytest.mark.parametrize(
    "sentence",
    [
        f"过去五年，{SECTORS}等各行各业都取得了显著成绩，人民生活明显改善。",
        "钢铁、煤炭、石油、电力、化工、建材等行业，今年都超额完成了生产计划。",
        "要大力发展商业、服务业、金融业、信息业、咨询业、旅游业等第三产业，增加就业。",
        "教育、科学、文化、卫生、体育、计划生育等各项社会事业全面进步，城乡面貌焕然一新。",
    ],
)
def test_no_member_of_an_open_word_set_is_asked(tmp_path, sentence):
    ((start, end),) = open_sets(sentence)
    members = sentence[start:end].split("、")
    assert not any(member in answer for answer in answers_of(tmp_path, sentence) for member in members)


def test_the_verb_before_the_set_is_no_member():
    sentence = f"要积极发展{SECTORS}等各行各业。"
    assert sentence[slice(*open_sets(sentence)[0])] == SECTORS
    assert not in_open_set(sentence, (1, 5))  # 积极发展
    assert in_open_set(sentence, (5, 7))  # 工业


@pytest.mark.parametrize(
    "sentence",
    [
        "工业、农业、财税、金融、交通等各行各业都取得了显著成绩。",  # five: asked
        "权力过分集中、兼职副职过多、机构重叠、职责不明、人浮于事、党政不分等弊端必须克服。",  # phrases
        f"过去五年，{SECTORS}各行各业都取得了显著成绩。",  # not closed by 等
    ],
)
def test_other_lists_are_no_open_word_set(sentence):
    assert open_sets(sentence) == []


def test_a_set_of_five_is_no_open_word_set_though_no_card_asks_it_at_its_clauses_head(tmp_path):
    sentence = "钢铁、煤炭、石油、电力、化工等行业，今年都超额完成了生产计划。"
    assert open_sets(sentence) == []  # five members: no open word set
    # but 等 leaves it open at its clause's head: examples of a kind, no card of any length (test_round24)
    assert not any("电力" in answer for answer in answers_of(tmp_path, sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "同时要广泛动员、鼓励和指导企业、集体和各方面的社会力量，努力举办多种形式的教育事业。",
        "通过政策支持、加强信息服务和技术服务，引导农民按照市场需求调整种植结构。",
    ],
)
def test_the_verbs_of_a_clause_are_no_list(tmp_path, sentence):
    document = parse(read_source(write(tmp_path, "doc.txt", f"学习材料\n{sentence}")))
    assert extract(document, ("enumeration",)) == []


def test_a_slogan_that_opens_with_yao_is_a_list():
    assert not opens_a_clause(segmenter(), ("要和平", "求合作", "促发展"))
    assert opens_a_clause(segmenter(), ("要围绕优化结构", "提高效益"))


@pytest.mark.parametrize(
    "sentence",
    [
        "第五条　从事危险废物生产、使用、贮存、运输、回收、处置、排放的单位，应当建立管理制度。",
        "第六条　任何单位和个人不得侵占、挪用、截留、哄抢、私分、破坏救灾物资。",
    ],
)
def test_a_laws_chain_of_words_is_not_asked_member_by_member(tmp_path, sentence):
    from studycards.extract.word_sets import word_chains

    law = "中华人民共和国示例物资管理法\n第一条　为了加强物资管理，制定本法。\n" + sentence
    answers = answers_of(tmp_path, law, title="中华人民共和国示例物资管理法")
    members = ("使用", "贮存", "运输", "挪用", "截留")
    assert word_chains(sentence) and not any(member in answer for answer in answers for member in members), answers
    assert word_chains("任何单位和个人不得侵占、挪用、截留救灾物资。") == []  # three acts: a rule's own list
