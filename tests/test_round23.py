"""What the twenty-third session asked of decks: a section's lead sentences are its points even where a paragraph that
goes on with one stands between them (坚持优先发展教育。… <促进义务教育均衡发展，…> 办好民族教育。…: the card asked
three points of four; both blind readers of the 2012 report dropped it as wrong); no card of a report hides an answer
that many reports word alike
(坚持以[经济建设]为中心, 统一的[多民族国家], 全部工作的[重中之重]: blind readers kept 29% of such cards, "anyone would fill
it in"), while a formulation the report names (坚决做到“[两个维护]”, 坚持[稳中求进]工作总基调) and a figure stay cards."""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path

from ankicol import package_fronts
from conftest import write

from studycards.cards import make_notes
from studycards.extract.stock import report_wording, shared_wording
from studycards.pipeline import study
from studycards.ranking import select

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

REPORT = """关于政府工作的报告

一、过去一年的工作

我们必须坚持以经济建设为中心，坚持四项基本原则，坚持改革开放。

我国是统一的多民族国家，各民族共同团结奋斗。

各级干部要坚决做到“两个维护”，不断提高政治判断力。

坚持一个中国原则和“九二共识”，坚决反对“台独”分裂活动。

辽阔的海洋是我们宝贵的蓝色国土。

把解决好“三农”问题作为全部工作的重中之重，城镇登记失业率控制在4.5%以内。

按照精简、统一、效能的原则，深化行政管理体制改革。

我们要坚持稳中求进工作总基调，完整、准确、全面贯彻新发展理念。

全年国内生产总值比上年增长百分之八，居民消费价格上涨百分之三。

我们将坚定不移地贯彻“一国两制”、“港人治港”、“澳人治澳”、高度自治的方针，严格按照特别行政区基本法办事。
"""


def test_wording_many_reports_share_is_told_from_the_reports_own():
    assert shared_wording("我们必须坚持以经济建设为中心，坚持改革开放。", (8, 12))
    assert shared_wording("我国是统一的多民族国家，各民族共同团结奋斗。", (6, 11))
    assert shared_wording("我们要坚持稳中求进工作总基调。", (5, 9))  # shared, but the report names it its line
    assert not shared_wording("海洋是我们宝贵的蓝色国土。", (8, 12))
    assert shared_wording("统一的多民族国家", (3, 8))
    assert not shared_wording("多民族国家", (0, 5))  # nothing beside it: not read as the genre's wording
    data = resources.files("studycards.data").joinpath("report_wording.txt").read_text(encoding="utf-8")
    runs = [line for line in data.splitlines() if not line.startswith("#")]
    assert runs and all(len(run) == 5 for run in runs)
    assert len(report_wording()) == len(runs)


def test_a_report_card_never_hides_what_many_reports_word_alike(tmp_path):
    studied = study(write(tmp_path, "report.txt", REPORT))
    answers = {answer for fact in studied.facts for answer in fact.answers}
    assert {"经济建设", "多民族国家", "重中之重"} <= answers  # the facts are made
    fronts = package_fronts(make_notes(select([studied]).studied), tmp_path)
    assert fronts
    assert not any("以[...]为中心" in front or "统一的[...]" in front for front in fronts), fronts
    assert not any("全部工作的[...]" in front for front in fronts), fronts
    assert any("海洋是我们宝贵的[...]" in front for front in fronts), fronts  # the report's own wording
    assert any("坚决做到“[...]”" in front for front in fronts), fronts  # a count the report quotes stays
    assert not any("原则和“[...]”" in front for front in fronts), fronts  # a label many quote goes (test_round26)
    assert any("贯彻[...]的方针" in front for front in fronts), fronts  # so does a list, quoted inside its blank
    assert any("按照[...]的原则" in front for front in fronts), fronts  # and a list the genre words alike
    assert any("控制在[...]" in front for front in fronts), fronts  # a figure its note joins stays
    assert any("坚持[...]工作总基调" in front for front in fronts), fronts  # named as the report's line
    assert any("比上年增长[...]" in front for front in fronts), fronts  # a figure stays, though shared wording


def test_a_laws_cards_are_not_read_against_the_reports(tmp_path):
    law = "中华人民共和国示范法\n\n第一条　各级人民政府应当把解决好农业农村问题作为全部工作的重中之重。\n"
    studied = study(write(tmp_path, "law.txt", law))
    kept = {answer for fact in select([studied]).studied[0].facts for answer in fact.answers}
    made = {answer for fact in studied.facts for answer in fact.answers}
    assert "重中之重" in made
    assert kept == made


def test_the_wording_is_the_runs_a_tenth_of_the_reports_share():
    from build_stock_phrases import WORDING_DOCUMENTS, shared_runs

    few = ["坚持以经济建设为中心。"] * (WORDING_DOCUMENTS - 1)
    assert "以经济建设" not in shared_runs(few + ["海洋是我们宝贵的蓝色国土。"])  # in one text too few
    runs = shared_runs(few + ["以经济建设为中心，", "海洋是我们宝贵的蓝色国土。"])
    assert {"以经济建设", "经济建设为", "济建设为中", "建设为中心"} <= set(runs)
    assert not any("蓝色" in run for run in runs)


LEADS = """关于政府工作的报告

一、今年的主要任务

（一）深入实施科教兴国战略

大力发展科技、教育事业，培养高素质的人才队伍，是国家发展的根本大计。

坚持优先发展教育。中央财政已按规定安排教育经费，各级政府要加大投入，确保教育经费稳定增长。

促进义务教育均衡发展，资源配置要向中西部、农村、边远地区和城市薄弱学校倾斜，解决择校难题。

办好民族教育。高等教育要与经济社会发展和国家战略需求紧密结合，提高人才培养质量。

大力推进科技创新。加强国家创新体系建设，深化科技体制改革，推动企业成为技术创新的主体。

全面加强人才工作。深化人才体制改革，大力培养造就各类人才，营造人才辈出的良好环境。

（二）切实保障和改善民生

千方百计扩大就业。就业是民生之本，要实施更加积极的就业政策，多渠道开发就业岗位。

加快完善社会保障体系。今年年底前实现新型农村社会养老保险制度全覆盖，提高保障水平。

在此基础上，今年还要着力抓好以下工作：

大力推进医药卫生事业改革发展。加快健全全民医保体系，巩固扩大基本药物制度实施成果。

全面做好人口和计划生育工作。坚持计划生育基本国策，稳定低生育水平，提高出生人口素质。
"""


def outline_points(studied) -> dict:
    """Each outline fact's question text and its points."""
    return {fact.text: fact.answers for fact in studied.facts if fact.kind == "outline"}


def test_a_paragraph_between_two_leads_goes_on_with_the_point_before(tmp_path):
    studied = study(write(tmp_path, "report.txt", LEADS))
    points = outline_points(studied)
    assert points["深入实施科教兴国战略"] == (
        "坚持优先发展教育",
        "办好民族教育",
        "大力推进科技创新",
        "全面加强人才工作",
    )
    # a paragraph that announces a list opens a new one
    assert points["切实保障和改善民生"] == ("千方百计扩大就业", "加快完善社会保障体系")
    announced = [answers for text, answers in points.items() if text.endswith("着力抓好以下工作")]
    assert announced == [("大力推进医药卫生事业改革发展", "全面做好人口和计划生育工作")]
    fronts = package_fronts(make_notes(select([studied]).studied), tmp_path)
    assert any("深入实施科教兴国战略" in front and "四个要点" in front for front in fronts), fronts
    assert not any("三个要点" in front for front in fronts), fronts


FIVE = """关于政府工作的报告

一、今年的主要任务

（一）用改革的办法深入推进“三去一降一补”

扎实有效去产能。今年要再压减钢铁产能5000万吨左右，退出煤炭产能1.5亿吨以上。

因城施策去库存。目前三四线城市房地产库存仍然较多，要支持居民自住和进城人员购房需求。

积极稳妥去杠杆。在控制总杠杆率的前提下，把降低企业杠杆率作为重中之重。

多措并举降成本。要在减税、降费、降低要素成本上加大工作力度。

精准加力补短板。围绕薄弱环节，加大脱贫攻坚力度，支持基础设施建设。

（二）深化重要领域和关键环节改革

深入推进国企国资改革。今年要基本完成公司制改革，深化混合所有制改革。

更好激发非公有制经济活力。深入落实支持非公有制经济发展的政策措施，积极构建新型政商关系。

因此必须加强监管。各级政府要勇于担当，敢于碰硬，确保各项改革措施落地见效。

加强产权保护制度建设。甄别纠正社会反映强烈的产权纠纷案件，增强人民群众财产财富安全感。
"""


def test_a_lead_may_open_with_an_adverb_of_degree_or_a_set_manner(tmp_path):
    points = outline_points(study(write(tmp_path, "report.txt", FIVE)))
    assert points["用改革的办法深入推进“三去一降一补”"] == (
        "扎实有效去产能",
        "因城施策去库存",
        "积极稳妥去杠杆",
        "多措并举降成本",
        "精准加力补短板",
    )
    # 更好… is a lead; 因此… is body text, as before
    assert points["深化重要领域和关键环节改革"] == (
        "深入推进国企国资改革",
        "更好激发非公有制经济活力",
        "加强产权保护制度建设",
    )


NAMES = """中华人民共和国示范管理法

第一条　为了规范示范管理，制定本法。

第二条　应急管理部门和对有关行业、领域的安全生产工作实施监督管理的部门，统称负有安全生产监督管理职责的部门。

第三条　组织实施戒严的机关称为戒严实施机关。
"""


def test_a_name_a_law_gives_is_asked_whole(tmp_path):
    """…，统称{{负有安全生产监督管理职责的部门}}: a designation the issue names; it was cut to its head noun's two
    characters (none left) or read as an organ's name cut at its start (称|戒严实施机关)."""
    studied = study(write(tmp_path, "law.txt", NAMES))
    fronts = package_fronts(make_notes(select([studied]).studied), tmp_path)
    assert any(front.endswith("统称[...]。") for front in fronts), fronts
    assert any(front.endswith("组织实施戒严的机关称为[...]。") for front in fronts), fronts
