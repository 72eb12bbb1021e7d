"""An outline that checks itself: breaks in the document's own numbering are reported, and only those; a part
never takes the next part's points."""

import json

from click.testing import CliRunner

from conftest import write
from studycards.cli import cli
from studycards.parsing import parse
from studycards.reading import read_source

BODY = "坚持把这项工作放在突出位置，健全长效机制，推动各项举措落地见效。"


def outline_of(tmp_path, text, name="doc.txt"):
    return parse(read_source(write(tmp_path, name, text)))


def titles(node):
    return [child.marker + child.title for child in node.children]


def report(parts):
    """A made-up report: parts 一、… with items （一）… under each."""
    lines = ["关于做好今年工作的报告"]
    for part, items in parts:
        lines.append(part)
        lines += [f"{item}{BODY}" for item in items]
    return "\n".join(lines)


def test_a_gap_in_the_numbering_is_reported_and_the_heading_kept(tmp_path):
    text = report(
        [("一、加强理论武装", ["（一）深化学习。", "（二）抓好培训。", "（四）推动落实。", "（五）总结经验。"])]
    )
    document = outline_of(tmp_path, text)
    assert [(b.level, b.expected, b.found) for b in document.breaks] == [("（一）", "（三）", "（四）")]
    part = document.articles[0].children[0]
    assert titles(part) == ["（一）深化学习", "（二）抓好培训", "（四）推动落实", "（五）总结经验"]


def test_a_repeated_number_is_reported(tmp_path):
    text = report([("一、加强理论武装", []), ("二、压实工作责任", []), ("二、改进工作作风", [])])
    assert [(b.expected, b.found) for b in outline_of(tmp_path, text).breaks] == [("三、", "二、")]


def test_clean_numbering_reports_nothing(tmp_path):
    text = report(
        [
            ("一、加强理论武装", ["（一）深化学习。", "（二）抓好培训。"]),
            ("二、压实工作责任", ["（一）明确分工。", "（二）强化考核。", "（三）严肃问责。"]),
        ]
    )
    assert outline_of(tmp_path, text).breaks == []


def test_a_part_does_not_take_the_next_parts_points(tmp_path):
    text = report(
        [
            ("一、加强理论武装", [f"（{n}）第{n}项任务。" for n in "一二三四五六七八九十"]),
            ("二、压实工作责任", ["（一）明确分工。", "（二）强化考核。"]),
        ]
    )
    first, second = outline_of(tmp_path, text).articles[0].children
    assert len(first.children) == 10 and first.children[-1].title == "第十项任务"
    assert titles(second) == ["（一）明确分工", "（二）强化考核"]


def test_a_list_nested_in_an_item_of_its_own_style_is_no_break(tmp_path):
    """二、 … 一、二、三、 … 三、: the inner list belongs to 二、, and 三、 goes on with the outer list."""
    text = "\n".join(
        ["关于做好今年工作的报告", f"一、发展农业。{BODY}", f"二、节约能源。{BODY}"]
        + [f"{m}{BODY}" for m in ("一、", "二、", "三、")]
        + [f"三、改革体制。{BODY}"]
    )
    document = outline_of(tmp_path, text)
    assert document.breaks == []
    first, second, third = document.articles[0].children
    assert [child.marker for child in second.children] == ["一、", "二、", "三、"]
    assert third.title == "改革体制"


def test_a_table_of_contents_in_a_paragraph_is_no_list_and_no_break(tmp_path):
    text = "\n".join(
        [
            "关于做好今年工作的报告",
            "报告分三个部分：一、过去一年的工作；二、今年的任务；三、政府自身建设。",
            f"一、过去一年的工作\n{BODY}\n二、今年的任务\n{BODY}\n三、政府自身建设\n{BODY}",
        ]
    )
    document = outline_of(tmp_path, text)
    assert document.breaks == []
    assert titles(document.articles[0]) == ["一、过去一年的工作", "二、今年的任务", "三、政府自身建设"]


LAW = """中华人民共和国示例法

（2020年1月1日第十三届全国人民代表大会常务委员会第十五次会议通过）

目　　录
第一章　总　　则
第二章　管　　理
　　第一节　一般规定
　　第二节　监督检查
第三章　责　　任
　　第一节　一般规定
第四章　附　　则

第一章　总　　则
第一条　为了规范示例工作，制定本法。
第二章　管　　理
第一节　一般规定
第二条　担任示例人员应当具备下列条件：
（一）年满十八岁的公民；
（二）身体健康。
有下列情形之一的，不得担任示例人员：
（一）曾因犯罪受过刑事处罚的；
（二）曾被开除公职的。
第二节　监督检查
第三条　有关部门应当依法监督检查。
第三章　责　　任
第一节　一般规定
第四条　违反本法规定的，依法追究责任。
第四章　附　　则
第五条　本法自2021年1月1日起施行。
"""


def test_a_law_with_contents_and_two_lists_in_one_article_has_no_break(tmp_path):
    """The 目录 (where 第一节 一般规定 comes under two chapters) is read once; a 款 lists anew from （一）."""
    document = outline_of(tmp_path, LAW, "示例法.txt")
    assert document.breaks == []
    chapters = document.articles[0].children
    assert [c.label for c in chapters] == ["第一章 总则", "第二章 管理", "第三章 责任", "第四章 附则"]
    article = chapters[1].children[0].children[0]
    assert [child.marker for child in article.children] == ["（一）", "（二）", "（一）", "（二）"]
    assert article.paragraphs[-1].text == "有下列情形之一的，不得担任示例人员："


def test_a_gap_in_a_laws_articles_is_reported(tmp_path):
    text = LAW.replace("第三条　有关部门", "第五条　有关部门").replace("第四条　违反", "第六条　违反")
    text = text.replace("第五条　本法", "第七条　本法")
    breaks = outline_of(tmp_path, text, "示例法.txt").breaks
    assert [(b.level, b.expected, b.found) for b in breaks] == [("第一条", "第三条", "第五条")]


def test_outline_warns_on_stderr_and_lists_breaks_in_json(tmp_path):
    path = str(write(tmp_path, "gap.txt", report([("一、加强理论武装", []), ("三、改进工作作风", [])])))
    result = CliRunner().invoke(cli, ["outline", path])
    assert result.exit_code == 0
    assert result.stderr == f"warning: {path}: L3: numbering of 一、 breaks: expected 二、, found 三、\n"
    data = json.loads(CliRunner().invoke(cli, ["outline", "--json", path]).stdout)
    assert data["breaks"] == [{"line": 3, "level": "一、", "expected": "二、", "found": "三、"}]


def test_the_last_item_does_not_take_the_closing_that_a_salutation_opens(tmp_path):
    """各位代表！ run into its paragraph (as a web page prints it) still closes the numbered parts: the lead
    sentences after it are not points of （十）."""
    leads = [f"{lead}。{BODY}{BODY}" for lead in ("深入推进依法行政", "全面提高行政效能", "持之以恒改进作风")]
    text = report([("一、今年的任务", [f"（{n}）第{n}项任务。" for n in "一二三四五六七八九十"])])
    text += "\n各位代表！新征程上，我们要全面加强政府自身建设，努力建设人民满意的政府。\n" + "\n".join(leads)
    article = outline_of(tmp_path, text).articles[0]
    tasks = article.children[0]
    assert tasks.children[-1].title == "第十项任务" and tasks.children[-1].children == []
    assert [point.title for point in article.children[-1].children] == [
        "深入推进依法行政",
        "全面提高行政效能",
        "持之以恒改进作风",
    ]


def test_the_title_is_the_documents_own_never_its_file_name(tmp_path):
    law = "中华人民共和国示例土地承包\n经营纠纷调解仲裁法\n（2009年6月27日第十一届全国人民代表大会常务委员会第九次会议通过）\n"
    law += "第一条　为了公正、及时解决纠纷，制定本法。\n第二条　本法自2010年1月1日起施行。\n"
    document = outline_of(tmp_path, law, "中华人民共和国示例土地承包经营纠纷调解仲裁法_20090627.txt")
    assert document.title == "中华人民共和国示例土地承包经营纠纷调解仲裁法"
    assert document.cited == "《示例土地承包经营纠纷调解仲裁法》"


def test_without_a_title_line_the_file_name_is_cleaned(tmp_path):
    speech = report([("一、加强理论武装", []), ("二、压实工作责任", [])]).replace(
        "关于做好今年工作的报告", "各位代表："
    )
    assert outline_of(tmp_path, speech, "2025_政府工作报告_wikisource.txt").title == "2025年政府工作报告"
    assert outline_of(tmp_path, speech, "congress-09-在第九次代表大会上的报告.txt").title == "在第九次代表大会上的报告"
    numbered = report([("一、去年", []), ("二、现状", [])]).replace("关于做好今年工作的报告\n", "")
    assert outline_of(tmp_path, numbered, "广州报告_20210101.txt").title == "广州报告"


CHARTER = """中华人民共和国示例组织法
（2020年1月1日第十三届全国人民代表大会通过）
第一条　为了规范示例组织，制定本法。
第二条　全国人民代表大会行使下列职权：
（一）修改宪法；
（二）根据中华人民共和国主席的提名，决定国务院总理的人选；根据国务院总理的提名，决定国务院副总理、国务委员、各部部长的人选；
（三）认真学习马克思列宁主义、毛泽东思想、邓小平理论、“三个代表”重要思想、科学发展观和习近平新时代中国特色社会主义思想，努力提高为人民服务的本领。
"""


def test_a_long_outline_item_is_asked_whole(tmp_path):
    from studycards.cards import make_notes
    from studycards.pipeline import study

    studied = study(str(write(tmp_path, "示例组织法.txt", CHARTER)))
    article = studied.document.articles[0].children[1]
    second, third = article.children[1].title, article.children[2].title
    assert second.endswith("决定国务院副总理、国务委员、各部部长的人选") and second.startswith(
        "根据中华人民共和国主席的提名"
    )
    assert third.endswith("努力提高为人民服务的本领") and "习近平新时代中国特色社会主义思想" in third
    outline = next(fact for fact in studied.facts if fact.kind == "outline")
    assert outline.answers[1:] == (second, third)
    # an article's items are asked on its question cards (not one after another): each item whole on a back (long
    # items a few to a card since the twenty-second session: cards.lists.MAX_GROUP_CHARS)
    backs = "".join(note.fields["Back"] for note in make_notes([studied]) if "Back" in note.fields)
    assert f"<li>（三）{third}</li>" in backs
    assert not [note for note in make_notes([studied]) if "Text3" in note.fields]


def test_two_lists_in_one_article_are_two_lists_each_named_by_its_lead(tmp_path):
    from studycards.pipeline import study

    studied = study(str(write(tmp_path, "示例法.txt", LAW)))
    lists = [fact for fact in studied.facts if fact.kind == "outline" and fact.markers[0] == "（一）"]
    assert [fact.answers for fact in lists] == [
        ("年满十八岁的公民", "身体健康"),
        ("曾因犯罪受过刑事处罚的", "曾被开除公职的"),
    ]
    assert lists[1].text == "有下列情形之一的，不得担任示例人员"
    assert "不得担任示例人员" in lists[1].question


def test_a_speech_without_a_title_line_is_named_as_it_names_itself(tmp_path):
    opening = "各位代表：\n现在，我代表国务院，向大会作政府工作报告，请予审议。\n"
    speech = opening + report([("一、加强理论武装", []), ("二、压实工作责任", [])]).replace(
        "关于做好今年工作的报告\n", ""
    )
    assert outline_of(tmp_path, speech, "government-work-report-1993.txt").title == "1993年政府工作报告"
    planned = speech.replace("作政府工作报告", "作关于第七个五年计划的报告")
    assert outline_of(tmp_path, planned, "gwr-1986.txt").title == "关于第七个五年计划的报告"
    bare = speech.replace("，向大会作政府工作报告", "，就当前的经济形势和今后的方针，向大会作以下报告")
    assert outline_of(tmp_path, bare, "gwr-1993.txt").title == "1993年政府工作报告"  # the State Council reports
    other = bare.replace("代表国务院", "代表全国人民代表大会常务委员会")
    assert outline_of(tmp_path, other, "gwr-1993.txt").title == "1993年工作报告"  # another body's: no 政府
    assert outline_of(tmp_path, other, "1993年人大报告.txt").title == "1993年人大报告"  # a file name in words
    reported = speech.replace("向大会作政府工作报告", "向大会报告过去五年的政府工作")  # the other way it opens
    assert outline_of(tmp_path, reported, "government-work-report-2013.txt").title == "2013年政府工作报告"
    untold = speech.replace("向大会作政府工作报告", "向大会报告了情况")  # no 政府工作 named: a report to deputies
    assert outline_of(tmp_path, untold, "gwr-1993.txt").title == "1993年工作报告"
    assert outline_of(tmp_path, untold.replace("各位代表：\n", ""), "gwr-1993.txt").title == "gwr 1993"
