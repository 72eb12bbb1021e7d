"""The outline: numbering styles, lead sentences, articles, and the samples against their references."""

import re

import pytest

from conftest import DECKS, SAMPLES, write
from studycards.parsing import parse
from studycards.reading import read_source


def outline_of(tmp_path, text, name="doc.txt"):
    return parse(read_source(write(tmp_path, name, text)))


def tree(node):
    """(marker+title, [children]) for compact assertions."""
    return (node.marker + node.title, [tree(child) for child in node.children])


BODY = "坚持把这项工作放在突出位置，健全长效机制，推动各项举措落地见效，确保取得实实在在的成效。"


@pytest.mark.parametrize(
    "markers,style",
    [
        (["一、", "二、", "三、"], "cn-dun"),
        (["（一）", "（二）", "（三）"], "cn-paren"),
        (["1.", "2.", "3."], "arabic-dot"),
        (["1、", "2、", "3、"], "arabic-dot"),
        (["（1）", "（2）", "（3）"], "arabic-paren"),
        (["第一，", "第二，", "第三，"], "ordinal-di"),
        (["一要", "二要", "三要"], "cn-yao"),
        (["一是", "二是", "三是"], "cn-shi"),
        (["首先，", "其次，", "最后，"], "sequence"),
        (["——", "——", "——"], "dash"),
    ],
)
def test_each_numbering_style_run_in(tmp_path, markers, style):
    heads = ["加强理论武装", "压实工作责任", "改进工作作风"]
    text = "关于加强机关建设的讲话\n" + "\n".join(f"{m}{h}。{BODY}" for m, h in zip(markers, heads))
    (article,) = outline_of(tmp_path, text).articles
    assert [c.title for c in article.children] == heads
    assert {c.style for c in article.children} == {style}
    assert [c.line for c in article.children] == [2, 3, 4]
    assert all(c.paragraphs[0].text == BODY for c in article.children)


def test_nesting_any_depth_with_headings_on_own_line(tmp_path):
    text = "\n".join(
        [
            "学习材料",
            "一、总体要求",
            "（一）指导思想",
            "1.坚持党的领导。" + BODY,
            "2.坚持人民至上。" + BODY,
            "（二）基本原则",
            BODY,
            "二、重点任务",
            "（一）抓好学习。" + BODY,
            "（1）原原本本学。" + BODY,
            "（2）联系实际学。" + BODY,
        ]
    )
    (article,) = outline_of(tmp_path, text).articles
    assert tree(article)[1] == [
        (
            "一、总体要求",
            [("（一）指导思想", [("1.坚持党的领导", []), ("2.坚持人民至上", [])]), ("（二）基本原则", [])],
        ),
        ("二、重点任务", [("（一）抓好学习", [("（1）原原本本学", []), ("（2）联系实际学", [])])]),
    ]


def test_numbering_that_does_not_count_up_is_body_text(tmp_path):
    text = (
        "材料\n一、总体要求\n" + BODY + "\n3.这一句不是标题，只是正文里以数字开头的句子。\n二是另一句正文，并不成列。"
    )
    (article,) = outline_of(tmp_path, text).articles
    (section,) = article.children
    assert section.children == []
    assert len(section.paragraphs) == 3


def test_lone_dash_line_is_a_subtitle_not_a_list(tmp_path):
    text = "政府工作报告\n——在某某会议上\n一、回顾\n" + BODY
    (article,) = outline_of(tmp_path, text).articles
    assert [c.title for c in article.children] == ["回顾"]


def test_paragraph_opening_lead_sentences(tmp_path):
    text = (
        "材料\n一、抓实教育培养\n聚焦政治历练，健全培养机制。\n加强政治历练。"
        + BODY
        + "\n加强专业训练。"
        + BODY
        + "\n加强实践锻炼。"
        + BODY
    )
    (section,) = outline_of(tmp_path, text).articles[0].children
    assert [c.title for c in section.children] == ["加强政治历练", "加强专业训练", "加强实践锻炼"]
    assert section.paragraphs[0].text.startswith("聚焦政治历练")


def test_inline_lead_sentences_after_a_run_in_heading(tmp_path):
    para = (
        "一要树立鲜明导向。治国之要，首在用人；用人干事，重在导向。"
        "树正选人用人标尺。" + BODY + "发挥考核评价作用。" + BODY + "畅通能上能下渠道。" + BODY
    )
    (point,) = outline_of(tmp_path, "材料\n" + para).articles[0].children
    assert [c.title for c in point.children] == ["树正选人用人标尺", "发挥考核评价作用", "畅通能上能下渠道"]
    assert point.paragraphs[0].text == "治国之要，首在用人；用人干事，重在导向。"


def test_short_plain_sentences_in_prose_are_not_leads(tmp_path):
    prose = (
        "（一）深化自治实践。坚持自治为基，加强组织建设。推动村党组织书记通过选举担任村委会主任。"
        "积极发挥新乡贤作用。" + BODY + "加强农村社区治理创新。" + BODY
    )
    (section,) = outline_of(tmp_path, "材料\n" + prose).articles[0].children
    assert section.children == []


@pytest.mark.parametrize(
    "sentence",
    [
        "农业农村农民问题是关系国计民生的根本性问题。",
        "我们要坚持稳中求进。",
        "居民消费价格上涨0.2%。",
        "乡村振兴，产业兴旺是重点。",
    ],
)
def test_body_sentences_are_not_leads(tmp_path, sentence):
    text = "材料\n一、意义\n" + sentence + BODY + "\n" + sentence + BODY
    (section,) = outline_of(tmp_path, text).articles[0].children
    assert section.children == []


def test_two_articles_in_one_file(tmp_path):
    text = "\n".join(
        [
            "研讨发言材料（2篇）",
            "第一篇发言材料题目（1）",
            BODY,
            "一要抓学习。" + BODY,
            "二要抓落实。" + BODY,
            "##paidbegin##",
            "第二篇发言材料题目（2）",
            BODY,
            "一、强化政治标准",
            BODY,
            "二、树牢鲜明导向",
            BODY,
            "##paidend##",
        ]
    )
    document = outline_of(tmp_path, text)
    assert [a.title for a in document.articles] == ["第一篇发言材料题目（1）", "第二篇发言材料题目（2）"]
    assert [len(a.children) for a in document.articles] == [2, 2]
    assert document.articles[1].line == 7


def _gold_outline(gold):
    return [(a["title"], [(h["text"], h["points"]) for h in a["headings"]]) for a in gold["articles"]]


def _strip(text):
    return re.sub(r"[“”《》\s]", "", text)


def test_seminar_sample_matches_gold_outline(gold):
    document = parse(read_source(DECKS / "cadre-incentive-seminar.txt"))
    ours = [(a.title, [(h.title, [p.title for p in h.children]) for h in a.children]) for a in document.articles]
    assert ours == _gold_outline(gold)
    titles = [n.title for n in document.nodes()]
    assert not any("#" in t or "paid" in t for t in titles)
    assert [(h.marker) for h in document.articles[0].children] == ["一要", "二要", "三要"]


@pytest.mark.parametrize("name", ["government-work-report-2024.txt", "rural-revitalization-2018.txt"])
def test_reports_every_numbered_heading_under_its_parent(name):
    raw = (DECKS / name).read_text(encoding="utf-8-sig").splitlines()
    expected, current = [], None
    for line in (l.strip() for l in raw):
        if re.match(r"^[一二三四五六七八九十]+、", line):
            current = (line, [])
            expected.append(current)
        elif re.match(r"^（[一二三四五六七八九十]+）", line):
            current[1].append(re.split(r"(?<=。)", line)[0].rstrip("。"))
    (article,) = parse(read_source(DECKS / name)).articles
    found = [
        (s.marker + s.title, [c.marker + c.title for c in s.children if c.style == "cn-paren"])
        for s in article.children
        if s.style == "cn-dun"
    ]
    assert found == expected


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_no_body_sentence_taken_for_a_heading(path):
    document = parse(read_source(path))
    for node in document.nodes():
        if node.kind == "article":
            continue
        assert len(node.title) <= 60, node.title
        if node.style == "lead":
            assert "，" not in node.title and len(node.title) <= 24, node.title
            assert not node.title.startswith(("我们", "这", "今年")), node.title


@pytest.mark.parametrize(
    "n, written",
    [(1, "一"), (2, "两"), (10, "十"), (12, "十二"), (18, "十八"), (20, "二十"), (23, "二十三"), (100, "100")],
)
def test_a_count_is_written_as_before_a_measure_word(n, written):
    from studycards.parsing.numbering import cn_count, cn_number

    assert cn_count(n) == written
    assert n >= 100 or cn_number(written) == n  # and reads back


def test_a_heading_cut_at_its_clause_keeps_a_number_whole(tmp_path):
    line = "（四）其他支出为８５７，１８２，０００元，占经济建设费总数的５．３４％，比上年下降７４．４５％，主要是由于上年拨付了较多的流动资金。"
    text = "财政报告\n一、本年的预算\n（一）总则。" + BODY + "\n" + line
    (article,) = outline_of(tmp_path, text).articles
    item = article.children[0].children[1]
    assert item.title == "其他支出为８５７，１８２，０００元"
    assert not item.paragraphs[0].text.startswith("１８２")


def test_a_series_inside_one_paragraph_of_many_is_not_the_sections_points(tmp_path):
    other = "今年要加大工作力度，完善各项制度，推动各项改革措施落地，确保取得实效。"
    buried = "这项改革推开以后，成效逐步显现：一是减轻了企业负担；二是增加了地方收入；三是规范了市场秩序。"
    text = "工作报告\n一、深化财税改革\n" + other + "\n" + other + buried + "\n" + other
    (article,) = outline_of(tmp_path, text).articles
    assert article.children[0].children == []
    announced = other + "今年要突出抓好三件事。一是加强预算管理；二是推进税制改革；三是完善转移支付。"
    text = "工作报告\n一、深化财税改革\n" + other + "\n" + announced
    (article,) = outline_of(tmp_path, text).articles
    assert [c.title for c in article.children[0].children] == ["加强预算管理", "推进税制改革", "完善转移支付"]


def test_a_point_that_opens_with_its_time_or_aim_is_titled_by_what_follows(tmp_path):
    more = "，为此中央财政支出将由上年十八亿元增加到九十五亿元，地方财政也要相应增加支出，确保各项政策落到实处"
    text = (
        "工作报告\n一、发展社会事业\n今年要采取两项措施：一是从明年起，在全国建立健全助学金制度" + more + "；"
        "二是随着改革的深入，进一步完善社会保障体系" + more + "。"
    )
    (article,) = outline_of(tmp_path, text).articles
    titles = [c.title for c in article.children[0].children]
    assert titles == ["从明年起，在全国建立健全助学金制度", "随着改革的深入，进一步完善社会保障体系"]


def test_a_point_line_that_runs_on_into_the_next_point_holds_both(tmp_path):
    body = "加快成果转化，积极培养各级各类人才，全面提高劳动者素质和全社会的文明程度。"
    text = (
        "工作报告\n一、推进结构调整\n要集中力量抓好以下几个方面。\n一是加快基础设施建设。" + body + "\n二是"
        "搞好生态环境保护。" + body + "\n三是发展科技和教育。" + body + "四是扩大对外开放。" + body + "\n"
    )
    (article,) = outline_of(tmp_path, text).articles
    points = article.children[0].children
    assert [(p.marker, p.title) for p in points][2:] == [("三是", "发展科技和教育"), ("四是", "扩大对外开放")]
    assert "四是" not in "".join(p.text for p in points[2].paragraphs)


def test_the_text_after_a_list_of_one_line_items_goes_on_with_their_section(tmp_path):
    aims = [
        "要使粮食生产同人口的增长比较适应。",
        "要使轻纺工业的增长速度赶上重工业。",
        "要使交通运输的紧张局面有所缓和。",
    ]
    items = "\n".join(f"（{n}）{aim}" for n, aim in zip("一二三", aims))
    after = "我们讲改革，就是要对现行经济管理体制有步骤地实行全面改革。" * 2
    text = "工作报告\n一、打好第一个战役\n经过三年调整，我们要努力达到下列几项主要要求：\n" + items + "\n" + after
    (article,) = outline_of(tmp_path, text).articles
    section = article.children[0]
    last = section.children[-1]
    assert [c.marker for c in section.children] == ["（一）", "（二）", "（三）"]
    assert section.paragraphs[-1].text == after and not any(p.text == after for p in last.paragraphs)
    assert last.end == last.line
    # items that are sections, a heading and a long body on their lines, keep the paragraphs that follow them
    body = "（{}）深化改革。" + BODY * 6
    text = "工作报告\n一、工作回顾\n" + "\n".join(body.format(n) for n in "一二三") + "\n" + after
    (article,) = outline_of(tmp_path, text).articles
    assert any(p.text == after for p in article.children[0].children[-1].paragraphs)


def test_a_paragraph_that_counts_the_items_before_it_goes_on_with_their_section(tmp_path):
    items = "\n".join(
        f"（{n}）{title}\n{BODY}" for n, title in zip("一二三", ["增强企业活力", "完善市场体系", "转变管理方式"])
    )
    summary = "上述三个方面的改革，是互相联系的有机整体，是不可分割的。"
    points = "\n".join(f"{n}. 充分认识{what}\n{BODY}" for n, what in zip("12", ["改革的艰巨性", "法制的作用"]))
    text = "工作报告\n一、经济体制改革\n" + items + "\n" + summary + "\n" + points
    (article,) = outline_of(tmp_path, text).articles
    section = article.children[0]
    assert [c.marker.strip() for c in section.children] == ["（一）", "（二）", "（三）", "1.", "2."]
    assert any(p.text == summary for p in section.paragraphs)
    assert section.children[2].end < section.children[3].line - 1  # (三) ends before the summary


@pytest.mark.parametrize(
    "rest,title",
    [
        (
            "在投资的地区分布上，要根据东部、中部和西部地带的经济发展情况和资源条件，确定不同的投资重点，" + BODY,
            "在投资的地区分布上，要根据东部、中部和西部地带的经济发展情况和资源条件",
        ),
        ("为了提高投资效益，要严格控制新开工项目，" + BODY, "为了提高投资效益，要严格控制新开工项目"),
        ("坚持把解决“三农”问题放在突出位置，" + BODY, "坚持把解决“三农”问题放在突出位置"),
    ],
)
def test_a_heading_cut_at_a_clause_that_only_sets_its_field_takes_the_next(rest, title):
    from studycards.parsing.titles import split_title

    assert split_title(rest)[0] == title


def test_a_lead_among_leads_may_name_a_list(tmp_path):
    leads = ["着力扩大就业创业", "发展更高质量的教育", "协调推进医疗、医保、医药联动改革", "织密社会保障安全网"]
    text = "工作报告\n一、保障改善民生\n" + "\n".join(f"{lead}。{BODY}" for lead in leads)
    (article,) = outline_of(tmp_path, text).articles
    assert [c.title for c in article.children[0].children] == leads
    prose = (
        "工作报告\n一、保障改善民生\n"
        + "\n".join(f"{BODY}{BODY}" for _ in range(3))
        + "\n协调推进医疗、医保、医药联动改革。"
        + BODY
    )
    (article,) = outline_of(tmp_path, prose).articles
    assert article.children[0].children == []  # alone among prose: no lead


def test_a_work_report_titled_without_its_year_takes_its_dateline_s(tmp_path):
    """Every year's report is titled 政府工作报告: a quiz citing it about 今年 has no answer without the year."""
    text = "政府工作报告\n——2030年3月5日在第十九届全国人民代表大会第一次会议上\n一、回顾\n" + BODY
    assert outline_of(tmp_path, text).title == "2030年政府工作报告"
    undated = "政府工作报告\n——在某某会议上\n一、回顾\n" + BODY
    assert outline_of(tmp_path, undated).title == "政府工作报告"
    speech = "在全省工作会议上的讲话\n（2030年3月5日）\n一、回顾\n" + BODY
    assert outline_of(tmp_path, speech).title == "在全省工作会议上的讲话"


def test_an_english_file_name_of_a_report_gives_a_chinese_title(tmp_path):
    """A quiz's stems cite the title: 《government work report 1964》指出 speaks English to a Chinese reader."""
    from studycards.parsing.titles import title_from_name
    from studycards.pipeline import study

    assert title_from_name("government-work-report-1964") == "1964年政府工作报告"
    assert title_from_name("2019_government_work_report") == "2019年政府工作报告"
    assert title_from_name("annual-review") == "annual review"  # no kind of report named: its words, as they are
    source = tmp_path / "government-work-report-1964.txt"
    source.write_text(
        "五年来，我国各族人民团结一致，取得了伟大的胜利。\n\n一、国民经济的调整\n\n农业生产全面恢复。\n",
        encoding="utf-8",
    )
    assert study(str(source)).document.title == "1964年政府工作报告"
