"""Extractors on small texts of the genre (not the samples): what each kind finds, and what it must not."""

import pytest

from conftest import write
from studycards.extract import extract
from studycards.parsing import parse
from studycards.reading import read_source


def facts_of(tmp_path, body, kinds=None, title="学习材料"):
    document = parse(read_source(write(tmp_path, "doc.txt", f"{title}\n{body}")))
    return extract(document, kinds)


def answers(facts, kind):
    return [f.answers for f in facts if f.kind == kind]


@pytest.mark.parametrize(
    "sentence,items",
    [
        ("要引导党员做到知敬畏、存戒惧、守底线，始终保持清醒。", ("知敬畏", "存戒惧", "守底线")),
        ("把政治纪律、组织纪律、廉洁纪律、群众纪律挺在前面。", ("政治纪律", "组织纪律", "廉洁纪律", "群众纪律")),
        ("推动党员读原著、学原文、悟原理。", ("读原著", "学原文", "悟原理")),
        ("落实组织生活会、民主评议党员、谈心谈话等制度。", ("组织生活会", "民主评议党员", "谈心谈话")),
        ("健全明责、督责、考责、问责全链条机制。", ("明责", "督责", "考责", "问责")),
        ("构建来信来访、电话短信、网络举报及12380专线平台。", ("来信来访", "电话短信", "网络举报", "12380专线")),
        # a quote after the last member names it: the list ends there (a verb before a quote would take it as object)
        ("开通门户网站、服务热线、政务微博“三位一体”的咨询渠道。", ("门户网站", "服务热线", "政务微博")),
        ("真正把敢于负责、勇于担当、善于作为的干部选出来、用起来。", ("敢于负责", "勇于担当", "善于作为")),
        # a last item longer than the others, where 等 marks its end (was cut to their shape: 领导干部)
        ("落实主题党日、谈心谈话、领导干部过双重组织生活等制度。", ("主题党日", "谈心谈话", "领导干部过双重组织生活")),
        # a first item is not cut inside a word (常态|化: was 化疫情防控)
        (
            "引导干部在常态化疫情防控、稳经济稳增长、防范化解风险隐患等战场历练。",
            ("常态化疫情防控", "稳经济稳增长", "防范化解风险隐患"),
        ),
    ],
)
def test_enumerations_cut_at_word_and_shape_boundaries(tmp_path, sentence, items):
    assert answers(facts_of(tmp_path, sentence), "enumeration") == [items]


@pytest.mark.parametrize(
    "sentence",
    [
        "坚持完整、准确、全面贯彻新发展理念。",  # generic single words are not items to recall
        "到村任职过的选调生、第一书记、驻村工作队员中选拔。",  # items cut through words
        "他说、我说。",  # two pieces are not a list
        # the last item is quoted, past the end of the run: no list that drops it (or holds an empty item)
        "高度重视农村留守儿童、妇女、老人和“空心村”问题。",
        "先后处理了甲某、乙某和“三人组”这些问题。",
        # the last member goes on past where its fellows' shape would cut it: into a quote, or into a word
        "要彻底改变统收统支、平均分配、吃“太平粮”的老办法。",
        "形成了高投入、高消耗、低产出和职工收入多年不增的局面。",
    ],
)
def test_no_junk_enumerations(tmp_path, sentence):
    assert answers(facts_of(tmp_path, sentence), "enumeration") == []


def test_formulations_quoted_titled_and_counted(tmp_path):
    text = (
        "要深刻领悟“两个确立”的决定性意义，增强四个意识，认真学习《中国共产党纪律处分条例》。"
        "他说：“我们一定要把这件事情办好，让群众满意。”"
    )
    found = answers(facts_of(tmp_path, text), "formulation")
    assert found == [("两个确立", "四个意识", "中国共产党纪律处分条例")]


@pytest.mark.parametrize(
    "sentence,answer",
    [
        ("严管就是厚爱，厚爱必须严管。", ("厚爱必须严管",)),
        ("治国之要，首在用人。", ("首在用人",)),
        ("打铁必须自身硬，正人必先正己。", ("正人必先正己",)),
        ("知之愈明，则行之愈笃。", ("则行之愈笃",)),
    ],
)
def test_maxims(tmp_path, sentence, answer):
    assert answers(facts_of(tmp_path, "我们要牢记：\n" + sentence), "maxim") == [answer]


@pytest.mark.parametrize(
    "sentence",
    [
        "大力发展海洋经济，建设海洋强国。",
        "今年以来，全市经济运行总体平稳。",
        "各位代表，同志们。",
    ],
)
def test_prose_is_not_a_maxim(tmp_path, sentence):
    assert answers(facts_of(tmp_path, sentence), "maxim") == []


def test_inline_sequence_markers_become_points_and_a_list(tmp_path):
    body = (
        "第一，践行初心使命，勇于担当作为。首先，要树牢宗旨意识，始终把人民放在心中。"
        "其次，要敢于动真碰硬，冲锋在前。最后，要善于创新突破，抓好落实。\n"
        "第二，严守纪律规矩。把纪律挺在前面，做到令行禁止、步调一致。"
    )
    facts = facts_of(tmp_path, body)
    lists = answers(facts, "outline")
    assert ("树牢宗旨意识，始终把人民放在心中", "敢于动真碰硬，冲锋在前", "善于创新突破，抓好落实") in lists
    assert ("践行初心使命，勇于担当作为", "严守纪律规矩") in lists


def test_markdown_headings_keep_their_numbering(tmp_path):
    text = "# 标题\n\n## 一、提高政治站位\n\n1. 强化理论武装。学原著。\n2. 严格组织生活。过好组织生活会。\n\n## 二、夯实基层基础\n\n正文。\n"
    document = parse(read_source(write(tmp_path, "doc.md", text)))
    (article,) = document.articles
    assert [(c.marker, c.title) for c in article.children] == [("一、", "提高政治站位"), ("二、", "夯实基层基础")]
    assert [c.title for c in article.children[0].children] == ["强化理论武装", "严格组织生活"]


def test_keyphrases_only_when_asked_or_when_nothing_else(tmp_path):
    prose = "城市更新是一项系统工程，需要统筹规划老旧小区改造和历史街区保护，让居民在改造中得到实惠，让城市留下记忆。"
    assert answers(facts_of(tmp_path, prose), "keyphrase")  # nothing else: fallback
    structured = prose + "做到知敬畏、存戒惧、守底线。"
    assert not answers(facts_of(tmp_path, structured), "keyphrase")
    assert answers(facts_of(tmp_path, structured, kinds=("keyphrase",)), "keyphrase")


def test_identical_facts_are_merged(tmp_path):
    body = "推动形成能者上、优者奖、庸者下、劣者汰的用人导向。\n要形成能者上、优者奖、庸者下、劣者汰的良好环境。"
    facts = facts_of(tmp_path, body)
    enumerations = [f for f in facts if f.kind == "enumeration"]
    assert len(enumerations) == 1 and len(enumerations[0].also) == 1


def test_inline_items_after_a_colon_or_comma(tmp_path):
    body = (
        "一、抓好学习教育\n要坚持“三个统一”：一是坚持学习与思考相统一，做到学深悟透；"
        "二是坚持知与行相统一，做到学以致用；三是坚持守正与创新相统一，做到与时俱进。\n"
        "二、抓好整改落实\n在具体工作中，一是建立问题清单，逐项对账销号；二是健全长效机制，防止反弹回潮。"
    )
    lists = answers(facts_of(tmp_path, body), "outline")
    assert (
        "坚持学习与思考相统一，做到学深悟透",
        "坚持知与行相统一，做到学以致用",
        "坚持守正与创新相统一，做到与时俱进",
    ) in lists
    assert ("建立问题清单，逐项对账销号", "健全长效机制，防止反弹回潮") in lists


def test_build_falls_back_to_key_phrases_for_prose(tmp_path):
    """The CLI passes the default kinds explicitly: the fallback must still apply."""
    import json

    from click.testing import CliRunner

    from studycards.cli import cli

    source = write(
        tmp_path,
        "prose.txt",
        "学习体会\n城市更新是一项系统工程，需要统筹规划老旧小区改造和历史街区保护，"
        "让居民在改造中得到实惠，让城市留下记忆。",
    )
    out = tmp_path / "notes.json"
    result = CliRunner().invoke(cli, ["build", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    kinds = {note["kind"] for note in json.loads(out.read_text(encoding="utf-8"))["notes"]}
    assert kinds == {"keyphrase"}
    narrowed = CliRunner().invoke(cli, ["build", str(source), "-o", str(out), "--kinds", "outline"])
    assert narrowed.exit_code == 1 and "nothing to study" in narrowed.output


def test_key_terms_of_the_key_sentences_nothing_else_asks(tmp_path):
    """A term the document says again and that is rare in the genre (纠纷调处), in a heading or a lead sentence;
    not in a sentence another kind already asks (a second blank there is rarely its key)."""
    body = (
        "一、做好矛盾纠纷调处\n各地要把矛盾纠纷调处摆在突出位置。乡镇每月召开一次会议。\n"
        "二、健全工作机制\n矛盾纠纷调处是基层治理的第一道防线。村级组织要及时上报情况。"
    )
    facts = facts_of(tmp_path, body, title="关于做好基层矛盾化解工作的通知")
    assert [(f.answers, f.text) for f in facts if f.kind == "keyterm"] == [(("纠纷调处",), "做好矛盾纠纷调处")]
    judged = {f.text for f in facts if f.kind == "judgement"}
    assert "矛盾纠纷调处是基层治理的第一道防线。" in judged and "各地要把矛盾纠纷调处摆在突出位置。" in judged


def test_a_list_blank_never_ends_inside_a_word(tmp_path):
    from conftest import write
    from studycards.pipeline import study

    text = "关于全县工作的报告\n\n一、总体要求\n全县各级干部都要严格遵守纪律，决不允许推诿扯皮、敷衍塞责、各行其是。\n"
    answers = [f.answers for f in study(str(write(tmp_path, "r.txt", text))).facts if f.kind == "enumeration"]
    assert all("各行其" not in items for items in answers), answers  # 各行其|是 is one word: no member ends in it


def test_lines_of_accounts_are_no_outline(tmp_path):
    body = (
        "一、本年的决算\n（一）各项税收共收到１２，３４０，０００元，完成预算数的１０１．２％。\n"
        "（二）企业收入共收到８，０００，０００元，完成预算数的９８．５％。\n（三）其他收入收到９０３，０００元。\n"
        "二、今年的任务\n（一）加强预算管理。严格执行预算。\n（二）提高资金效益。节约使用资金。\n"
    )
    lists = answers(facts_of(tmp_path, body), "outline")
    assert ("加强预算管理", "提高资金效益") in lists
    assert not any(any("收到" in item for item in items) for items in lists)


def test_a_series_further_in_is_named_by_what_announces_it(tmp_path):
    other = "五年来，我们加大工作力度，完善各项制度，推动各项改革措施落地，取得了明显成效。"
    body = (
        "一、过去五年的工作\n"
        + other
        + "\n"
        + other
        + "上次大会作出两项重要决策：一是加快发展；二是深化改革。\n"
        + other
    )
    facts = [f for f in facts_of(tmp_path, body) if f.kind == "outline" and f.answers == ("加快发展", "深化改革")]
    assert [f.text for f in facts] == ["过去五年的工作：上次大会作出两项重要决策"]


def test_a_key_term_is_never_half_a_guessed_word():
    """The cut guesses 占本 in 支出占本年支出 (本年 is no word of its dictionary): a term of it would end inside 本年."""
    from studycards.extract.keyterms import Repeats, key_term
    from studycards.segment import segmenter

    sentence = "１９５５年国家决算用于国防的支出占本年支出的２２．１５％。"
    assert key_term(sentence, segmenter(), Repeats(sentence * 3)) is None
    assert not segmenter().known("占本") and segmenter().known("支出")


def test_a_series_that_opens_a_heading_saying_more_is_named_by_its_announcement(tmp_path):
    body = (
        "（一）发展卫生和文化事业\n发展卫生事业，今年重点抓好两件事。一是加强疾病预防；二是改善农村医疗。\n"
        "文化建设要摆到更加重要的位置，大力发展社会主义先进文化，丰富人民群众的精神生活。\n"
        "（二）深化改革\n今年重点抓好两件事：一是推进财税改革；二是推进金融改革。\n"
    )
    named = {f.answers: f.text for f in facts_of(tmp_path, body) if f.kind == "outline"}
    assert named[("加强疾病预防", "改善农村医疗")] == "发展卫生和文化事业：发展卫生事业，今年重点抓好两件事"
    assert named[("推进财税改革", "推进金融改革")] == "深化改革"  # the series is all the heading says


def test_a_series_of_paragraphs_after_prose_is_named_by_the_sentence_before_it(tmp_path):
    body = (
        "一、一年来的工作\n一年来，经济继续增长，人民生活有了改善，各项事业都有新的进展。"
        "物价涨幅这么大，既有客观原因，也有工作上的缺点。\n"
        "一是调价项目比较多。这些措施是必要的，但对联带影响估计不够。\n"
        "二是货币投放过多。对此我们没有采取全面紧缩的办法。\n"
    )
    named = {f.answers: f.text for f in facts_of(tmp_path, body) if f.kind == "outline"}
    assert named[("调价项目比较多", "货币投放过多")] == "一年来的工作：物价涨幅这么大，既有客观原因，也有工作上的缺点"


def test_a_part_whose_next_number_is_missing_has_no_points_card(tmp_path):
    led = "加强预算管理。严格执行预算，硬化预算约束，提高资金使用效益。\n提高资金效益。节约使用资金，压减一般性支出。\n"
    sections = ["（一）稳定农业生产\n" + led, "（二）推动工业升级\n" + led, "（三）发展服务行业\n" + led]
    whole = "一、今年的任务\n" + "".join(sections)
    lists = answers(facts_of(tmp_path, whole), "outline")
    assert ("稳定农业生产", "推动工业升级", "发展服务行业") in lists and lists.count(
        ("加强预算管理", "提高资金效益")
    ) == 3
    gapped = whole.replace("（三）发展服务行业", "（四）发展服务行业")  # the text lost its （三）
    lists = answers(facts_of(tmp_path, gapped), "outline")
    assert ("稳定农业生产", "推动工业升级", "发展服务行业") not in lists  # four parts, or three? the card cannot say
    assert lists.count(("加强预算管理", "提高资金效益")) == 2  # （二）'s points may run into the lost （三）'s
