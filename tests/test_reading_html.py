"""Saved web pages: the article body only, never a script, headings with levels, the page's charset honoured."""

from __future__ import annotations

import pytest

from studycards.errors import ReadError
from studycards.reading import read_source
from studycards.reading.html import read_html_lines

SECRETS = [
    "脚本里的中文",
    "写入的段落",
    "样式注释",
    "注释里的中文",
    "隐藏的段落",
    "首页",
    "相关新闻",
    "版权所有",
    "搜索框",
    "表单提示",
    "无脚本提示",
    "结尾的脚本",
    "导航栏目",
    "侧栏推荐",
]

PEOPLE_DAILY = """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>激励干部担当作为--观点--人民网</title>
<script type="text/javascript">var secret = "脚本里的中文"; document.write("<p>写入的段落</p>");</script>
<style>.x { color: red } /* 样式注释 */</style></head>
<body>
<div class="header"><a href="/">首页</a></div>
<nav><ul><li><a href="/">导航栏目</a></li></ul></nav>
<form><input placeholder="搜索框"><label>表单提示</label></form>
<noscript>无脚本提示</noscript>
<div class="col-1">
  <h1>激励干部新时代新担当新作为研讨发言材料</h1>
  <div class="channel">来源：人民网－人民日报　2023年05月06日</div>
  <div class="rm_txt_con">
    <p>　　党的二十大报告对建设高素质干部队伍提出了明确要求，强调要树立选人用人正确导向。</p>
    <h2>一、强化政治标准，筑牢忠诚根基</h2>
    <p>　　把政治标准摆在首位、贯穿始终，教育引导各级干部<a href="#">始终坚守</a>对党绝对忠诚的政治品格。</p>
    <p><strong>突出思想政治建设。</strong>坚持把理想信念教育作为一项长期任务常抓不懈。<br/>　　推动党史学习教育常态化长效化。</p>
    <!-- 注释里的中文 -->
    <p style="display: none">隐藏的段落</p>
    <h3>（一）加强政治历练</h3>
    <ul><li>严格落实“三会一课”制度。</li><li>用好民主生活会。</li></ul>
    <p class="edit">（责编：王某、李某）</p>
  </div>
  <div class="share">分享到：<a>微信</a><a>微博</a></div>
</div>
<aside><p>侧栏推荐：某某会议召开</p></aside>
<div class="related"><a>相关新闻一</a><a>相关新闻二</a><a>相关新闻三</a></div>
<div id="footer"><p>人民网版权所有，未经书面授权禁止使用</p></div>
<script>alert("结尾的脚本")</script>
</body></html>
"""

EXPECTED = [
    ("激励干部新时代新担当新作为研讨发言材料", 1),
    ("党的二十大报告对建设高素质干部队伍提出了明确要求，强调要树立选人用人正确导向。", None),
    ("一、强化政治标准，筑牢忠诚根基", 2),
    ("把政治标准摆在首位、贯穿始终，教育引导各级干部始终坚守对党绝对忠诚的政治品格。", None),
    ("突出思想政治建设。坚持把理想信念教育作为一项长期任务常抓不懈。", None),
    ("推动党史学习教育常态化长效化。", None),
    ("（一）加强政治历练", 3),
    ("严格落实“三会一课”制度。", None),
    ("用好民主生活会。", None),
]


def read(tmp_path, data: bytes, name: str = "page.html", encoding=None):
    source = tmp_path / name
    source.write_bytes(data)
    return [(line.text, line.level) for line in read_source(source, encoding).lines]


def test_article_body_with_title_and_levels(tmp_path):
    assert read(tmp_path, PEOPLE_DAILY.encode("gb18030")) == EXPECTED


def test_no_script_style_comment_or_furniture_text_even_before_cleanup():
    raw = " ".join(line.text for line in read_html_lines(PEOPLE_DAILY.encode("gb18030"), "page.html"))
    assert [secret for secret in SECRETS if secret in raw] == []
    assert "document.write" not in raw and "color" not in raw


def test_script_text_never_appears_even_when_the_page_is_only_scripts(tmp_path):
    page = "<html><body><script>var 文章 = '脚本里的中文正文内容。';</script><p>正文只有这一句。</p></body></html>"
    assert read(tmp_path, page.encode("utf-8")) == [("正文只有这一句。", None)]


@pytest.mark.parametrize(
    "data",
    [
        PEOPLE_DAILY.encode("gb18030"),
        PEOPLE_DAILY.replace("charset=gb2312", "charset=utf-8").encode("utf-8"),
        b"\xef\xbb\xbf" + PEOPLE_DAILY.replace("charset=gb2312", "charset=gbk").encode("utf-8"),  # BOM beats meta
        PEOPLE_DAILY.replace("charset=gb2312", "charset=utf-8").encode("gb18030"),  # meta lies
        PEOPLE_DAILY.replace('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', "").encode(
            "gb18030"
        ),
        PEOPLE_DAILY.replace("charset=gb2312", "charset=no-such-charset").encode("utf-16"),
    ],
    ids=["gb2312-meta", "utf8-meta", "bom", "lying-meta", "no-meta", "utf16-bom"],
)
def test_charsets(tmp_path, data):
    assert read(tmp_path, data) == EXPECTED


def test_traditional_big5_page(tmp_path):
    page = '<html><head><meta charset="big5"></head><body><article><h1>鄉村振興戰略</h1><p>實施鄉村振興戰略，是黨的十九大作出的重大決策部署。</p></article></body></html>'
    assert read(tmp_path, page.encode("big5")) == [
        ("鄉村振興戰略", 1),
        ("實施鄉村振興戰略，是黨的十九大作出的重大決策部署。", None),
    ]


def test_explicit_encoding_overrides_meta(tmp_path):
    data = PEOPLE_DAILY.replace("charset=gb2312", "charset=utf-8").encode("gb18030")
    assert read(tmp_path, data, encoding="gb18030") == EXPECTED


def test_article_element_is_preferred_over_a_teaser_and_keeps_its_header(tmp_path):
    page = """<html><body>
    <header><h1>某某网站</h1></header>
    <article class="teaser"><p>另一篇文章的摘要。</p></article>
    <div class="content"><article>
      <header><h1>政府工作报告</h1></header>
      <p>过去一年，是全面贯彻党的二十大精神的开局之年，是本届政府依法履职的第一年。</p>
      <p>面对异常复杂的国际环境和艰巨繁重的改革发展稳定任务，我们坚持稳中求进工作总基调。</p>
      <footer><p>责任编辑：张三</p></footer>
    </article></div>
    <footer><p>网站声明和联系方式</p></footer>
    </body></html>"""
    assert read(tmp_path, page.encode("utf-8")) == [
        ("政府工作报告", 1),
        ("过去一年，是全面贯彻党的二十大精神的开局之年，是本届政府依法履职的第一年。", None),
        ("面对异常复杂的国际环境和艰巨繁重的改革发展稳定任务，我们坚持稳中求进工作总基调。", None),
    ]


def test_densest_paragraphs_when_nothing_is_named(tmp_path):
    page = """<html><body>
    <div><p>网站简介一句话。</p></div>
    <div><div>
      <p>乡村振兴，产业兴旺是重点。必须坚持质量兴农、绿色兴农，以农业供给侧结构性改革为主线。</p>
      <p>乡村振兴，生态宜居是关键。良好生态环境是农村最大优势和宝贵财富。</p>
    </div></div>
    <div><p>友情链接：某某网站。</p></div>
    </body></html>"""
    assert [text for text, _ in read(tmp_path, page.encode("utf-8"))] == [
        "乡村振兴，产业兴旺是重点。必须坚持质量兴农、绿色兴农，以农业供给侧结构性改革为主线。",
        "乡村振兴，生态宜居是关键。良好生态环境是农村最大优势和宝贵财富。",
    ]


def test_paragraphs_each_in_their_own_div(tmp_path):
    paragraphs = [
        "实施乡村振兴战略，是党的十九大作出的重大决策部署。",
        "乡村振兴，产业兴旺是重点。",
        "乡村振兴，生态宜居是关键。",
    ]
    page = (
        "<html><body><div><p>网站简介一句话。</p></div><div>"
        + "".join(f"<div><p>{text}</p></div>" for text in paragraphs)
        + "</div></body></html>"
    )
    assert [text for text, _ in read(tmp_path, page.encode("utf-8"))] == paragraphs


def test_div_and_br_pages_without_paragraphs(tmp_path):
    page = "<html><body><div id='zoom'>　　一、总体要求<br>　　坚持稳中求进工作总基调。<br><br>　　二、主要任务<div>扩大国内需求。</div></div></body></html>"
    assert [text for text, _ in read(tmp_path, page.encode("utf-8"))] == [
        "一、总体要求",
        "坚持稳中求进工作总基调。",
        "二、主要任务",
        "扩大国内需求。",
    ]


def test_a_page_without_text(tmp_path):
    source = tmp_path / "empty.htm"
    source.write_bytes(b"<html><head><script>var a = '\xe4\xb8\xad';</script></head><body></body></html>")
    with pytest.raises(ReadError) as caught:
        read_source(source)
    assert (
        str(caught.value)
        == f"{source}: no text to study (nothing left after clean-up); give a file that holds the document's Chinese text"
    )
