"""Clean-up rules, on the three samples in decks/ and on small made-up cases."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from studycards.outline import Line
from studycards.reading import read_source
from studycards.reading.cleanup import clean, join_wrapped_lines, strip_markers

DECKS = Path(__file__).resolve().parent.parent / "decks"
SAMPLES = ["cadre-incentive-seminar.txt", "government-work-report-2024.txt", "rural-revitalization-2018.txt"]


def texts_of(name: str) -> list[str]:
    return [line.text for line in read_source(DECKS / name).lines]


def cleaned(*texts: str) -> list[str]:
    return [line.text for line in clean([Line(n, text) for n, text in enumerate(texts, start=1)])]


def test_no_paywall_marker_survives_in_the_seminar():
    lines = texts_of("cadre-incentive-seminar.txt")
    assert not [text for text in lines if "#" in text or "paid" in text.lower()]
    assert lines[:3] == [
        "某组织部门激励干部新时代新担当新作为研讨发言材料",
        "（2篇）",
        "激励干部新时代新担当新作为研讨发言材料范文（1）",
    ]


def test_a_figure_typeset_a_character_at_a_time_is_one_figure():
    assert cleaned("本届政府从1 9 9 3 年3 月开始工作，国内生产总值达到7 4 7 7 2 亿元，年增长8 ．8 ％。") == [
        "本届政府从1993年3月开始工作，国内生产总值达到74772亿元，年增长8．8％。"
    ]
    assert cleaned("2019 年与2020 年相比") == ["2019 年与2020 年相比"]  # no digit spaced from a digit: left


def test_a_heading_ending_in_a_function_character_stays_a_line():
    """作为 ends in 为, 政策取向 in 向: neither is a line broken by the layout."""
    assert "四、坚持严管厚爱，激励担当作为" in texts_of("cadre-incentive-seminar.txt")
    assert "二、2024年经济社会发展总体要求和政策取向" in texts_of("government-work-report-2024.txt")


def test_the_report_loses_its_licence_footer_and_indentation():
    lines = texts_of("government-work-report-2024.txt")
    junk = ("公有领域", "维基文库", "本作品", "著作权法", "不总是", "Public domain", "false")
    assert not [text for text in lines if any(word in text for word in junk)]
    assert not [text for text in lines if not text or text != text.strip(" \t\u3000\u2003\xa0")]
    assert lines[0] == "政府工作报告"
    assert lines[-1].startswith("使命重在担当，奋斗创造未来。")
    assert "一、2023年工作回顾" in lines and "各位代表：" in lines


def test_the_bom_of_the_rural_document_is_gone():
    lines = texts_of("rural-revitalization-2018.txt")
    assert lines[0] == "中共中央 国务院关于实施乡村振兴战略的意见"  # an ASCII space between issuers stays
    assert not [text for text in lines if "\ufeff" in text]


@pytest.mark.parametrize("name", SAMPLES)
def test_every_paragraph_of_a_sample_survives_whole(name):
    """Each original paragraph ending in 。 is in the output exactly, untouched by joins or drops."""
    raw = (DECKS / name).read_text(encoding="utf-8-sig").splitlines()
    paragraphs = [
        text.strip(" \u3000\u2003") for text in raw if len(text) > 40 and text.endswith("。") and "#" not in text
    ]
    paragraphs = [text for text in paragraphs if "维基" not in text and "本作品" not in text]
    lines = texts_of(name)
    assert paragraphs
    assert [text for text in paragraphs if text.replace(" ", "") not in lines] == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("##paidbegin##", ""),
        ("前文。##paidend##后文。", "前文。后文。"),
        ("＃＃paid_begin＃＃正文", "正文"),
        ("## vipbegin ##正文[paidend]", "正文"),
        ("正文【hidebegin】", "正文"),
        ("前文paidbegin后文", "前文后文"),
        ("## 一、标题 ##", "## 一、标题 ##"),
    ],
)
def test_markers(text, expected):
    assert strip_markers([Line(1, text)])[0].text == expected


def test_punctuation_proves_a_broken_line():
    assert cleaned("坚持把政治标准", "、专业标准放在首位，", "统筹推进各项工作。", "二、下一标题") == [
        "坚持把政治标准、专业标准放在首位，统筹推进各项工作。",
        "二、下一标题",
    ]


def test_blank_separated_text_joins_soft_breaks_but_not_headings():
    lines = cleaned(
        "政府工作报告",
        "",
        "——2024年3月5日在第十四届全国人民代表大会第二次会议上",
        "",
        "国务院总理",
        "李强",
        "",
        "一、总体要求",
        "",
        "（一）指导思想",
        "全面贯彻党的二十大精神。",
        "",
        "各位代表：",
        "现在，我代表国务院报告工作。",
        "",
        "本段被",
        "链接",
        "拆成",
        "几行。",
        "",
        "二、主要任务",
        "坚持稳中求进工作总基调。",
        "",
    )
    assert lines == [
        "政府工作报告",
        "——2024年3月5日在第十四届全国人民代表大会第二次会议上",
        "国务院总理李强",
        "一、总体要求",
        "（一）指导思想",
        "全面贯彻党的二十大精神。",
        "各位代表：",
        "现在，我代表国务院报告工作。",
        "本段被链接拆成几行。",
        "二、主要任务",
        "坚持稳中求进工作总基调。",
    ]


def test_a_licence_note_goes_whole_even_in_fragments():
    body = ["现在，我代表国务院，向大会报告政府工作。", "过去一年，是全面贯彻党的二十大精神的开局之年。"] * 3
    note = ["本作品是", "中华人民共和国", "的法律文件，属于", "公有", "领域", "。"]
    assert cleaned(*body, "", *note) == body


def test_a_web_pages_footnote_goes_with_its_back_link():
    body = ["现在，我代表国务院，向大会报告政府工作。", "", "过去一年，是全面贯彻党的二十大精神的开局之年。"] * 3
    notes = ["", "↑", "", "原文無貨幣單位。", "", "↑", "", "据", "2024年的共识", "，视同“直属机构”制定。"]
    assert cleaned(*body, *notes) == [text for text in body if text]
    assert cleaned(*body, "", "↑是标注上升的箭头。") != [text for text in body if text]  # a line that only starts so


def test_lines_without_blank_separation_are_not_joined():
    assert cleaned("国务院总理", "李强", "一、总体要求", "坚持稳中求进工作总基调") == [
        "国务院总理",
        "李强",
        "一、总体要求",
        "坚持稳中求进工作总基调",
    ]


def test_hard_wrapped_text_is_rejoined():
    paragraph = "党的二十大报告对建设高素质干部队伍提出了明确要求强调要树立选人用人正确导向" * 4 + "。"
    wrapped = [paragraph[i : i + 30] for i in range(0, len(paragraph), 30)]
    lines = cleaned("一、强化政治标准筑牢忠诚根基", *wrapped, "二、树牢鲜明导向科学选贤任能", *wrapped)
    assert lines == ["一、强化政治标准筑牢忠诚根基", paragraph, "二、树牢鲜明导向科学选贤任能", paragraph]


@pytest.mark.parametrize("name", SAMPLES)
@pytest.mark.parametrize("column", [30, 40])
def test_hard_wrapped_copies_of_the_samples(tmp_path, name, column):
    """A sample wrapped at a fixed column reads as the same text; most paragraphs come back whole.

    Not all: where a wrap happens to fall right after a 。 or a line exactly fills the column, nothing
    tells a layout break from a paragraph end.
    """
    original = texts_of(name)
    wrapped = []
    for line in (DECKS / name).read_text(encoding="utf-8-sig").splitlines():
        wrapped += [line[i : i + column] for i in range(0, len(line), column)] or [""]
    copy = tmp_path / name
    copy.write_text("\n".join(wrapped), encoding="utf-8")
    lines = [line.text for line in read_source(copy).lines]
    assert "".join(lines) == "".join(original)
    assert sum(1 for text in original if text in lines) >= 0.85 * len(original)


def test_a_split_number_is_joined_without_a_space():
    paragraph = (
        "制定国家乡村振兴战略规划（2018－2022年），分别明确至2020年全面建成小康社会和2022年召开党的二十大时的目标任务。"
    )
    wrapped = [paragraph[i : i + 25] for i in range(0, len(paragraph), 25)] * 3
    assert cleaned(*wrapped) == [paragraph] * 3


def test_paragraph_per_line_text_is_not_treated_as_wrapped():
    """Headings of one width among paragraphs of every width: no column, nothing to join."""
    heading = "坚持把理想信念教育作为长期任务常抓不懈"
    body = "突出思想政治建设坚持把理想信念教育作为一项长期任务常抓不懈精心打造党性教育品牌"
    lines = [Line(n, heading if n % 2 else body * (n // 2)) for n in range(1, 13)]
    assert join_wrapped_lines(lines) == lines


def test_furniture_and_credits_are_dropped_but_text_mentioning_them_is_not():
    lines = cleaned(
        "（责编：王某、李某）",
        "来源：人民网",
        "分享到：",
        "扫一扫在手机打开当前页",
        "上一篇：关于某某的通知",
        "要把来源可靠、分享及时作为信息工作的基本要求，做到上一篇文章与下一篇文章衔接有序，形成长效机制。",
    )
    assert lines == ["要把来源可靠、分享及时作为信息工作的基本要求，做到上一篇文章与下一篇文章衔接有序，形成长效机制。"]


def test_a_long_paragraph_about_copyright_is_text():
    paragraph = "加强知识产权保护，" + "完善版权所有人权益保障机制，严厉打击侵权盗版行为，" * 8 + "营造良好创新环境。"
    assert cleaned("本页面版权所有，转载请注明出处", paragraph) == [paragraph]


def test_page_numbers_are_dropped_and_the_paragraph_rejoined():
    assert cleaned("坚持把政治标准、", "- 12 -", "专业标准放在首位。", "第 3 页 共 10 页", "Page 4 of 10") == [
        "坚持把政治标准、专业标准放在首位。"
    ]


SENTENCE = st.text(alphabet="政府工作报告干部队伍建设高素质专业化导向标准落实推进", min_size=3, max_size=50)


@settings(max_examples=80, deadline=None)
@given(st.lists(SENTENCE.map(lambda s: s + "。"), min_size=1, max_size=30), st.booleans())
def test_whole_sentences_pass_unchanged(sentences, blank_lines):
    """Lines that each end a sentence are neither joined nor dropped, whatever their lengths."""
    raw = [part for sentence in sentences for part in ((sentence, "") if blank_lines else (sentence,))]
    assert cleaned(*raw) == sentences


MARKERS = st.sampled_from(
    ["##paidbegin##", "##paidend##", "＃＃paid_begin＃＃", "## vipend ##", "[paidend]", "【hidebegin】", "PAIDBEGIN"]
)


@settings(max_examples=80, deadline=None)
@given(
    st.lists(st.one_of(SENTENCE, MARKERS, st.just("\u3000"), st.just("。")), min_size=1, max_size=20), st.integers(1, 4)
)
def test_no_marker_reaches_the_text(pieces, per_line):
    raw = ["".join(pieces[i : i + per_line]) for i in range(0, len(pieces), per_line)]
    for text in cleaned(*raw):
        assert "#" not in text and "＃" not in text and "paid" not in text.lower() and "hide" not in text.lower()


def test_cited_notes_go_with_the_marks_that_call_them():
    body = ["一、学习的任务", "①读书会", "②夜校", "我们要读原著。”③学好理论，是干部的基本功。"]
    notes = ["③ 某作者：《论学习》，《某某文集》第2卷，第15页。", "④ 某作者：《论读书》，《某某选集》第1卷，第3—4页。"]
    assert cleaned(*body, *notes) == ["一、学习的任务", "①读书会", "②夜校", "我们要读原著。”学好理论，是干部的基本功。"]
    assert cleaned(*body) == body  # without cited notes, a circled figure in a line is left as it is


def test_a_zero_width_line_inside_a_paragraph_joins_its_halves():
    paragraph = ["过去一年，新建高速铁路", "\u200b", "多万公里。", "", "二、下一标题", ""]
    assert cleaned(*paragraph) == ["过去一年，新建高速铁路多万公里。", "二、下一标题"]
    # after a sentence's end it is a paragraph's end, and a line of plain spaces is only a blank line
    assert cleaned("第一段到此为止。", "\u200b", "第二段。") == ["第一段到此为止。", "第二段。"]
    assert cleaned("第一段", " ", "第二段") == ["第一段", "第二段"]


def test_a_web_pages_reference_mark_goes_and_its_sentence_is_whole():
    assert cleaned("我們間斷地出版了日報", "[", "3", "]", "，這種間斷的情況是罷工造成的。") == [
        "我們間斷地出版了日報，這種間斷的情況是罷工造成的。"
    ]
    assert "第三条" in cleaned("本法所称", "[", "第三条", "]", "是指")  # text in brackets is no mark


def test_paragraphs_cut_by_links_into_many_lines_are_whole():
    """Blank lines end paragraphs, but most lines are pieces of one cut at its links (bold words, names)."""
    text = []
    for lead in ("社会主义文化要繁荣发展，必须认真贯彻执行", "文化", "我们要贯彻执行", "各地区各部门都要认真贯彻"):
        text += [lead, "百花齐放、百家争鸣", "的方针。", ""]
    text += ["二、下一标题", "", "第一条规定了总则。", "第二条规定了范围。", ""]
    assert cleaned(*text)[:2] == [
        "社会主义文化要繁荣发展，必须认真贯彻执行百花齐放、百家争鸣的方针。",
        "文化百花齐放、百家争鸣的方针。",
    ]
    assert cleaned(*text)[-3:] == ["二、下一标题", "第一条规定了总则。", "第二条规定了范围。"]


def test_a_subscript_on_a_line_of_its_own_stays_with_its_letters():
    assert cleaned("稳健的货币政策灵活适度，广义货币M", "2", "增长11.3%。") == [
        "稳健的货币政策灵活适度，广义货币M2增长11.3%。"
    ]
    assert cleaned("以细颗粒物（PM", "2.5", "）治理为突破口。") == ["以细颗粒物（PM2.5）治理为突破口。"]
    assert cleaned("第一段到此为止。", "2", "第二段。") == ["第一段到此为止。", "第二段。"]  # a page number goes


TRADITIONAL_LICENCE = [
    "这部作品在1931年1月1日以前以匿名或別名發表，確實作者身份不明（包括僅以法人名義發表），在",
    "美國",
    "以及版權期限是",
    "匿名別名作品發表起95年",
    "以下的國家以及地区（包括新加坡、",
    "加拿大、韓國、新西蘭",
    "、兩岸四地、馬來西亞）屬於",
    "公有領域",
    "。",
]


def test_a_licence_note_in_traditional_characters_goes_too():
    """维基文库 writes its licence notes in traditional characters on some pages (公有領域, 版權): blind readers found
    three cards of the 一大 report hiding one."""
    body = [f"第{n}段，我们的报告讲到了北京的工作。" for n in range(1, 21)]
    kept = cleaned(*body, "", *TRADITIONAL_LICENCE, "", "Public domain", "false")
    assert kept == body


def test_a_subhead_without_a_full_stop_stays_apart_from_the_speaker_after_it():
    """A news summary's subhead stops without a full stop, and its paragraph opens on who said it (周总理指出，…):
    not one sentence cut in two. A sentence really cut in mid-line is still one paragraph."""
    subhead = "全世界人民反对帝国主义的斗争从胜利走向更大的胜利。帝国主义和各国反动派陷于空前困难的境地"
    said = "周总理指出，全世界人民革命斗争的蓬勃发展，使帝国主义陷于空前困难的境地，帝国主义阵营正在进一步四分五裂。"
    assert cleaned(subhead, "", said) == [subhead, said]
    cut = "一九五六年的自然灾荒，不仅是我国近几十年来所少有的，而且在受灾的面积和灾情的严重程度上，也"
    rest = "超过了一九五四年的大水灾，给农业生产造成了很大的损失。"
    assert cleaned(cut, "", rest) == [cut + rest]
