"""An item of a run-in series (二要…, 三是…) is neither a lead sentence of its section nor a definition."""

from conftest import write
from studycards.extract.definitions import definition_spans
from studycards.parsing import parse
from studycards.reading import read_source

SECTION = """工作报告

一、主要任务

（一）推动产业升级

推进产业结构调整。加快淘汰落后产能，推动优势企业兼并重组，提高产业集中度和竞争力。

培育新兴产业。加大研发投入，支持企业建设创新平台，促进科技成果转化和产业化。

打好节能减排攻坚战。一要以工业为重点，大力推进节能，提高能源效率和利用水平。

二要加强环境保护。推进重点流域治理，加快城镇污水和垃圾处理设施建设。

三要积极发展循环经济。支持技术研发和示范推广，抓好节水节地节材工作。

推进区域协调发展。深入实施区域发展总体战略，加大对欠发达地区的支持力度。
"""


def test_an_item_numbered_past_one_is_not_a_lead(tmp_path):
    document = parse(read_source(str(write(tmp_path, "report.txt", SECTION))))
    section = document.articles[0].children[0].children[0]
    leads = [child.title for child in section.children if child.style == "lead"]
    assert "推进产业结构调整" in leads and "推进区域协调发展" in leads  # the section's leads are found
    assert not any(title.startswith(("二要", "三要")) for title in leads)


def test_an_items_number_and_its_copula_define_nothing():
    assert definition_spans("三是全面提升产品质量。") == []
    assert definition_spans("其次是加强基层队伍建设。") == []
    sentence = "二是黄河的发源地是青海省。"  # a definition inside an item is still one
    assert [sentence[start:end] for start, end in definition_spans(sentence)] == ["青海省"]


def test_a_short_sub_headings_term_shows_the_heading_it_stands_under():
    from studycards.extract.clauses import fact_in_sentence
    from studycards.extract.keyterms import _placed
    from studycards.facts import Origin

    def origin(*trail: str) -> Origin:
        return Origin(document="报告", document_id="报告", article="报告", trail=trail, line=3, paragraph=trail[-1])

    deep = origin("报告", "二、主要任务", "（二）推动产业升级", "大力培育新兴产业")
    placed = _placed(fact_in_sentence("keyterm", "大力培育新兴产业", [(4, 8)], deep))
    assert placed.period == "（二）推动产业升级" and placed.answers == ("新兴产业",)
    part = origin("报告", "一、做好矛盾纠纷调处")  # a part's own heading stands alone
    assert _placed(fact_in_sentence("keyterm", "做好矛盾纠纷调处", [(4, 8)], part)).period == ""
    said = origin("报告", "二、主要任务", "（二）推动产业升级", "全面推进基础设施领域的新兴产业建设")
    text = "全面推进基础设施领域的新兴产业建设"  # the words around the term are cue enough
    assert _placed(fact_in_sentence("keyterm", text, [(11, 15)], said)).period == ""
