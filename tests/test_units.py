"""Blanks on whole units, and every card answerable: made-up sentences in the genre's shape, one rule each; a long
list asked in groups; one sentence, one note; a corpus law's deck imported into a real Anki collection."""

import re
from pathlib import Path

import pytest
from ankicol import import_apkg, open_collection, rendered_cards, visible_text
from click.testing import CliRunner
from conftest import ROOT, write

from studycards.cards import make_notes
from studycards.cli import cli
from studycards.extract.clauses import MIN_SHOWN, cue_length, whole_words
from studycards.pipeline import study
from studycards.ranking import select
from studycards.segment import segmenter

CORPUS_LAW = ROOT.parent / "shared" / "corpus" / "laws" / "中华人民共和国兵役法_20210820.txt"


def facts_of(tmp_path, text, kind=None):
    facts = study(str(write(tmp_path, "doc.txt", text))).facts
    return [f for f in facts if kind is None or f.kind == kind]


def lists_of(tmp_path, text):
    return [f.answers for f in facts_of(tmp_path, text, "enumeration")]


@pytest.mark.parametrize(
    "sentence,items",
    [
        # the verb before a list is the clause's, not its first member's, even where they are as long as a member
        ("压缩会务、公务接待、差旅出行等的开支。", ("会务", "公务接待", "差旅出行")),
        ("削减差旅费、会议费、培训费等方面的开支。", ("差旅费", "会议费", "培训费")),
        # a last member that is a long noun phrase is taken whole, up to the preposition after it
        (
            "以安全生产、生态环境、粮食储备、城乡居民基本医疗保险基金为监督重点。",
            ("安全生产", "生态环境", "粮食储备", "城乡居民基本医疗保险基金"),
        ),
        # a verb of one character is the member's own
        ("引导青年读经典、写心得、讲故事。", ("读经典", "写心得", "讲故事")),
        # a prefix opens the first member (非|临床研究 is one word), and so do the nouns after an adjective-like verb
        ("对药品的非临床研究、临床试验、生产经营等承担责任。", ("非临床研究", "临床试验", "生产经营")),
        (
            "团结爱国民主党派、爱国人士、台湾同胞和国外侨胞的统一战线。",
            ("爱国民主党派", "爱国人士", "台湾同胞", "国外侨胞"),
        ),
    ],
)
def test_a_list_member_starts_and_ends_at_its_own_edges(tmp_path, sentence, items):
    assert lists_of(tmp_path, sentence) == [items]


@pytest.mark.parametrize(
    "sentence",
    [
        # one list runs on past a pair joined by 和: asking three of its four members would drop the last
        "整治乱停乱放、乱搭乱建和乱贴乱画、乱扔乱倒等不文明行为。",
        # 的 before the first member may qualify it alone or the whole list
        "对可以改造的中、低产田和已建成的灌溉设施加以保护。",
    ],
)
def test_a_list_that_cannot_be_told_apart_is_not_asked(tmp_path, sentence):
    assert lists_of(tmp_path, sentence) == []


def test_a_conjunction_before_a_quoted_member_gives_no_empty_member(tmp_path):
    text = "我们要牢记党的基本理论、基本路线、基本纲领和“两个务必”的要求。"
    assert all(all(item for item in items) for items in lists_of(tmp_path, text))


def test_no_deletion_edge_falls_inside_a_word():
    seg = segmenter()
    sentence = "用人单位应当与劳动者订立无固定期限劳动合同。"
    start = sentence.index("固定")
    (widened,) = whole_words(sentence, [(start, start + 2)], seg)
    assert widened[0] <= start and widened[1] >= start + 2
    assert set(widened) <= seg.tagged_starts(sentence)


def test_a_deletion_does_not_grow_to_take_in_a_particle():
    seg = segmenter()
    sentence = "会议展开了反浪费的讨论。"
    start = sentence.index("反浪费")
    assert whole_words(sentence, [(start, start + 3)], seg) == [(start, start + 3)]


def test_a_figure_keeps_the_condition_it_holds_under(tmp_path):
    text = "合同期限不满六个月的，试用期不得超过十日；合同期限六个月以上的，试用期不得超过一个月。"
    (ten_days,) = [f for f in facts_of(tmp_path, text, "figure") if f.answers == ("十日",)]
    assert ten_days.text.startswith("合同期限不满六个月的，")


def test_a_figure_in_a_subject_keeps_what_is_said_of_it(tmp_path):
    text = (
        "本市年满六十五周岁的老年人，不论户籍、职业、收入状况、居住年限、文化程度、身体状况、家庭情况、婚姻状况、"
        "宗教信仰、民族成分，凭有效证件均可免费乘坐本市公共交通工具；但是另有规定的除外。"
    )
    (age,) = [f for f in facts_of(tmp_path, text, "figure") if f.answers == ("六十五周岁",)]
    assert "均可免费乘坐本市公共交通工具" in age.text


def test_every_card_shows_four_characters_besides_its_answer(tmp_path):
    text = "唯有如此，才能成为合格党员。\n坚持以群众满意为导向，建设整洁、有序、便捷、宜居的美好社区。\n"
    facts = facts_of(tmp_path, text)
    assert facts
    for fact in facts:
        assert all(cue_length(fact.text, [span]) >= MIN_SHOWN for span in fact.spans), fact.text


def test_one_sentence_one_note(tmp_path):
    text = "坚持以群众满意为导向，建设整洁、有序、便捷、宜居的美好社区。"
    studied = study(str(write(tmp_path, "doc.txt", text)))
    assert {f.kind for f in studied.facts} >= {"judgement", "enumeration"}, "two facts of one sentence"
    (fact,) = select([studied], None).studied[0].facts
    assert fact.answers == ("群众满意", "整洁、有序、便捷、宜居")
    (note,) = make_notes(select([studied], None).studied)
    assert note.cards == 2 and "{{c1::群众满意}}" in note.fields["Text"]


def test_two_lists_under_one_heading_do_not_run_together(tmp_path):
    text = (
        "某某报告\n一、关于新时代的发展道路\n我们的道路有以下鲜明特色。\n"
        "——是依靠人民的道路。人民是历史的创造者。\n——是开放包容的道路。开放带来进步。\n"
        "——是绿色低碳的道路。绿水青山就是金山银山。\n前进道路上，必须牢牢把握以下重大原则。\n"
        "——坚持党的全面领导。这是根本保证。\n——坚持以人民为中心。这是根本立场。\n"
        "——坚持深化改革开放。这是根本动力。\n二、关于其他\n其他内容。\n"
    )
    lists = [f for f in facts_of(tmp_path, text, "outline") if f.text.startswith("关于新时代")]
    assert [len(f.answers) for f in lists] == [3, 3]
    assert "重大原则" in lists[1].text, "each list is named by the sentence that introduces it"


def law_with_items(count):
    items = "\n".join(f"（{n}）第{n}项事务的办理；" for n in "一二三四五六七八九十"[:count])
    return f"某某事务办理条例\n第一条　为了规范某某事务的办理，制定本条例。\n第二条　办事机构负责下列事务：\n{items}\n"


def test_a_long_list_is_asked_in_groups_of_at_most_eight(tmp_path):
    studied = study(str(write(tmp_path, "law.txt", law_with_items(10))))
    notes = [n for n in make_notes([studied]) if n.fact.kind == "outline"]
    questions = [n for n in notes if n.model == "qa"]
    assert [n.fields["Back"].count("<li>") for n in questions] == [5, 5]
    assert "第一至第五项" in questions[0].fields["Front"] and "第六至第十项" in questions[1].fields["Front"]
    assert all("办事机构负责哪些事务" in n.fields["Front"] for n in questions), "the group says what the list is"
    assert len({n.guid for n in notes}) == len(notes)


def test_a_short_list_is_asked_whole(tmp_path):
    studied = study(str(write(tmp_path, "law.txt", law_with_items(8))))
    questions = [n for n in make_notes([studied]) if n.model == "qa"]
    assert [n.fields["Back"].count("<li>") for n in questions] == [8]


def test_a_long_list_in_running_text_never_asks_more_than_eight_items_at_once(tmp_path):
    members = "、".join(f"{word}工程" for word in "水利 交通 能源 通信 物流 仓储 环保 园林 教育 医疗".split())
    # the ten named in full (an open set closed by 等 is asked not at all: test_open_word_sets)
    studied = study(str(write(tmp_path, "doc.txt", f"统筹推进{members}这十类重点项目建设。")))
    (note,) = [n for n in make_notes([studied]) if n.fact.kind == "enumeration"]
    deletions = re.findall(r"\{\{c\d+::(.*?)\}\}", "".join(v for k, v in note.fields.items() if k.startswith("Text")))
    assert deletions and max(d.count("工程") for d in deletions) <= 8
    assert sum(d.count("工程") for d in deletions) == 10, "a set of words: in groups, no chain of one after another"


@pytest.mark.parametrize("closed_by_deng", [False, True])
def test_a_long_list_of_phrases_asks_each_item_after_the_one_before_then_in_groups(tmp_path, closed_by_deng):
    words = "农田水利设施 城市轨道交通 清洁能源基地 信息通信网络 现代物流枢纽 粮食仓储设施 生态环保工程 城乡园林绿化 职业教育园区 基层医疗机构".split()
    listed = "、".join(words[:-1]) + ("、" + words[-1] + "等" if closed_by_deng else "和" + words[-1])
    studied = study(str(write(tmp_path, "doc.txt", f"统筹推进{listed}重点项目建设。")))
    (note,) = [n for n in make_notes([studied]) if n.fact.kind == "enumeration"]
    deletions = re.findall(r"\{\{c\d+::(.*?)\}\}", "".join(v for k, v in note.fields.items() if k.startswith("Text")))
    asked = [sum(d.count(word) for word in words) for d in deletions]
    assert max(asked) <= 8
    if closed_by_deng:  # examples closed by 等: no order the text teaches, the list in groups only
        assert sum(asked) == len(words)
    else:
        assert sum(asked) >= 20, "each item alone, then the list in groups"


@pytest.mark.skipif(not CORPUS_LAW.exists(), reason="the corpus is not beside the checkout")
def test_every_card_of_a_corpus_law_has_a_cue_in_anki(tmp_path):
    deck = tmp_path / "law.apkg"
    result = CliRunner().invoke(cli, ["build", str(CORPUS_LAW), "-o", str(deck)])
    assert result.exit_code == 0, result.output
    col = open_collection(tmp_path)
    import_apkg(col, deck)
    fronts = [visible_text(question) for _, question, _ in rendered_cards(col)]
    assert len(fronts) > 40  # a real deck: 49 cards since a penalty's enforcer alone is no card (51 before)
    for front in fronts:
        cue = re.sub(r"\[[^\]]*\]|第[一二三四五六七八九十百零]+条|[^\u4e00-\u9fff]", "", front)
        assert len(cue) >= MIN_SHOWN, front


def test_benchmark_counts_a_cue_without_article_numbers():
    import sys

    sys.path.insert(0, str(Path(ROOT / "benchmarks")))
    from boundaries import cue_of

    assert cue_of("第十四条列出的三项是什么？（按顺序）") < MIN_SHOWN
    assert cue_of("第十一条规定哪些固定资产不得计算折旧扣除？（按顺序）") >= MIN_SHOWN
