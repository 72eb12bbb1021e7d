"""What the twenty-first session asked of a paper's figures: no wrong option that the sentence's own series rules
out (分别达到四十斤、六十斤、＿＿斤和一百斤 offered 四百 / 五百 / 八百), and no option or false statement that a stated
bound implies (比原定指标又增加百分之十以上: 百分之五以上 is true as well). Blind readers marked both weak or bad."""

from __future__ import annotations

from ankicol import package_fronts
from conftest import write

from studycards.cards import make_notes
from studycards.pipeline import study
from studycards.quiz.ladders import bound_apart, looser_bound, series_broken
from studycards.quiz.selection import make_items
from studycards.ranking import select

TARGETS = """关于农业发展纲要执行情况的报告

一、粮食和棉花

全国农业发展纲要要求：从一九五六年开始，在十二年内，粮食每亩平均年产量，在三种不同的地区，分别达到四百斤、五百斤和八百斤。

棉花的亩产量在十二年内，按照不同的情况，分别达到四十斤、六十斤、八十斤和一百斤皮棉。

二、煤炭和电力

拿北京京西矿务局来说，原定今年产煤二百七十七万吨，经过群众讨论以后，提高到三百零五万吨，比原定指标又增加百分之十以上。

今年全国发电量将比去年增长百分之十八，钢产量将增长百分之三十以上，煤炭产量将增长百分之二十以上。

三、人民生活

全国职工的平均工资增长百分之五以上，农民的收入增长百分之八以上，城乡储蓄存款增加百分之十五以上。
"""


def test_a_series_in_order_rules_out_an_amount_out_of_it():
    grain = "分别达到四百斤、五百斤和八百斤。"
    assert series_broken(grain, grain.replace("八百斤", "八十斤"))
    assert not series_broken(grain, grain.replace("八百斤", "六百斤"))  # still rising: a real doubt
    cotton = "分别达到四十斤、六十斤、八十斤和一百斤皮棉。"
    assert series_broken(cotton, cotton.replace("八十斤", "四百斤"))
    assert not series_broken(cotton, cotton.replace("八十斤", "七十斤"))
    growth = "比上年增长29.2%、39.4%、65.4%和23.9%。"  # in no order: any amount may stand in it
    assert not series_broken(growth, growth.replace("29.2%", "28.7%"))
    mixed = "分别为四十斤、六十公里、八十斤。"  # no series of one unit
    assert not series_broken(mixed, mixed.replace("八十斤", "十斤"))
    bare = "分别达到四百、五百斤和八百斤。"  # the unit said once, on the last but one
    assert series_broken(bare, bare.replace("八百斤", "八十斤"))
    shares = "分别增长百分之十、百分之二十和百分之三十。"
    assert series_broken(shares, shares.replace("百分之三十", "百分之五"))


def test_no_single_choice_offers_an_amount_the_series_rules_out(tmp_path):
    facts = study(write(tmp_path, "report.txt", TARGETS)).facts
    asked = 0
    for seed in range(1, 41):
        for item in make_items(facts, 30, seed=seed, types=("single",)):
            if len(item.parts) != 2:
                continue
            before, after = item.parts
            stated = before + item.answer[0] + after
            for option in item.options:
                assert not series_broken(stated, before + option + after), (before[-20:], item.options)
            asked += item.kind == "enumeration"
    assert asked  # the series are still asked


def test_a_bound_implies_the_looser_ones():
    assert looser_bound("百分之十以上", "百分之五以上")
    assert not looser_bound("百分之十以上", "百分之二十以上")
    assert looser_bound("3%以内", "5%以内") and not looser_bound("3%以内", "2%以内")
    assert not looser_bound("十万元以上", "五万元以下")  # bounds of two kinds
    assert not looser_bound("百分之十", "百分之五")  # no bound: a figure as stated
    assert looser_bound("30%", "20%", "对世界经济增长贡献率超过")  # the bound said before the figure
    assert not looser_bound("3000多万人", "2000多万人")  # 多 is no bound: 2000多万 is false of 3000多万
    assert bound_apart(["百分之十以上", "百分之五以上", "百分之二十以上"]) == (
        ["百分之十", "百分之五", "百分之二十"],
        "以上",
    )
    assert bound_apart(["百分之十以上", "百分之五以下", "百分之二十以上"]) == ([], "")


def test_a_reports_bound_is_no_single_choice(tmp_path):
    """比原定指标又增加＿＿以上 offered 百分之五 beside 百分之十: true as well, however printed. A report's bound is asked
    as a fill-in or a 判断 (its false one tighter: 百分之二十以上)."""
    facts = study(write(tmp_path, "report.txt", TARGETS)).facts
    asked = set()
    for seed in range(1, 21):
        for item in make_items(facts, 30, seed=seed):
            if item.type == "single" and len(item.parts) == 2:
                assert not item.parts[1].startswith("以上"), item.parts
                assert not any(option.endswith("以上") for option in item.options), item.options
            elif item.kind == "figure":
                asked.update(answer for answer in item.answer if answer.endswith("以上"))
            if item.original and item.original[1].endswith("以上"):
                asked.add(item.original[1])
    assert asked  # the bounds are still asked, as fill-ins or 判断


def test_no_false_statement_states_a_looser_bound(tmp_path):
    """钢产量将增长百分之三十以上 made 百分之二十以上 is still true: never keyed 错误."""
    facts = study(write(tmp_path, "report.txt", TARGETS)).facts
    falses = 0
    for seed in range(1, 61):
        for item in make_items(facts, 30, seed=seed, types=("judge",)):
            if item.answer[0] != "错误" or not item.original:
                continue
            before, phrase, after = item.original
            swapped = item.parts[0][len(before) : len(item.parts[0]) - len(after)]
            assert not looser_bound(phrase, swapped), (phrase, swapped)
            falses += phrase.endswith("以上")
    assert falses  # bounds are still made false, by a tighter one


MARKS = """中华人民共和国示范标志法

第一章　总则

第一条　为了加强标志管理，保护标志专用权，制定本法。

第二条　国务院市场监督管理部门主管全国标志管理工作。

第三条　不以使用为目的的恶意标志注册申请，应当予以驳回。

第四条　受污染的海洋生态系统，应当进行修复。

第五条　在运输、装卸过程中，货主或者其代理人应当采取防疫措施。

第六条　国家对吸纳失业人员的企业依法给予税收优惠。

第七条　从事危险作业的单位应当按照规定进行土壤污染状况调查。

第八条　标志管理人员就职时应当依照法律规定公开进行宪法宣誓。

第二章　法律责任

第九条　经营者违反本法第四条规定擅自使用他人标志的，由监督检查部门责令停止违法行为，没收违法商品。

第十条　经营者违反本法第五条规定伪造标志的，由监督检查部门责令改正，处十万元以上五十万元以下的罚款。

第十一条　销售者不知道其销售的商品属于违法商品，能证明该商品是自己合法取得并说明提供者的，由监督检查部门责令停止销售，不予行政处罚。
"""


def test_a_light_verbs_short_object_is_no_blank(tmp_path):
    """应当予以{{驳回}}, 应当进行{{修复}}, 应当采取{{防疫}}措施: the verb calls for its one word (examiners hide 6 of 7,324
    blanks there); what a rule grants (依法给予{{税收优惠}}), a name of two words and a longer object stay."""
    facts = study(write(tmp_path, "marks.txt", MARKS)).facts
    asked = {fact.text[start:end] for fact in facts for start, end in fact.spans}
    assert not asked & {"驳回", "修复", "防疫"}, asked
    assert {"税收优惠", "土壤污染状况调查", "宪法宣誓"} <= asked, asked


def test_a_deck_never_hides_only_the_organ_that_enforces_a_penalty(tmp_path):
    """由{{监督检查部门}}责令停止违法行为: examiners never hide it, readers dropped 21 of 30 such cards. A paper still
    asks it (its options are organs: readers marked 23 of 28 such 单选 good)."""
    studied = study(write(tmp_path, "marks.txt", MARKS))
    enforcer = [f for f in studied.facts if any(f.text[s:e] == "监督检查部门" for s, e in f.spans)]
    assert enforcer  # the facts are made
    fronts = package_fronts(make_notes(select([studied]).studied), tmp_path)
    assert fronts and not any("由[...]责令" in front for front in fronts), fronts
    asked = [
        item
        for seed in range(1, 31)
        for item in make_items(studied.facts, 12, seed=seed)
        if any(part.endswith("由") for part in item.parts[:-1])
    ]
    assert asked  # the paper asks who enforces


RUN = """关于国民经济计划执行情况的报告

一、工业生产

一九八一年比一九八○年，原煤增长百分之零点二，原油下降百分之四点五，电力增长百分之二点九，钢材下降百分之一点七，水泥增长百分之三点八。

国内生产总值从54万亿元增加到82.7万亿元，年均增长7.1%，占世界经济比重从11.4%提高到15%左右，对世界经济增长贡献率超过30%。

今年粮食产量达到三亿二千五百万吨，比上年增长百分之四。
"""


def test_one_row_of_a_table_in_prose_is_no_card(tmp_path):
    """原煤增长…，原油下降…，电力增长{{百分之二点九}}，钢材…，水泥…: readers kept none of 8 cards whose front showed five
    or more figures besides the answer. A sentence that names a headline (国内生产总值) keeps its figures."""
    facts = study(write(tmp_path, "report.txt", RUN)).facts
    asked = {fact.text[start:end] for fact in facts if fact.kind == "figure" for start, end in fact.spans}
    assert not any(figure in asked for figure in ("百分之零点二", "百分之二点九", "百分之三点八")), asked
    assert "7.1%" in asked and "三亿二千五百万吨" in asked, asked


LISTS = """关于示范工作的报告

一、工作回顾

我们坚持能者上、优者奖、庸者下、劣者汰，干部队伍活力明显增强。

促进哲学社会科学、文学艺术、新闻出版、广播影视、档案事业发展，加强文物保护。

二、今年的任务

要加快发展现代服务业，推进物流、金融、信息服务等行业发展。
"""

LAW_LISTS = """中华人民共和国示范土壤法

第一条　为了保护和改善生态环境，防治土壤污染，制定本法。

第二条　国家支持对污染土壤、盐碱地和受损山体的修复与治理。

第三条　禁止向农用地排放重金属或者其他有毒有害物质含量超标的污水、污泥，以及可能造成土壤污染的清淤底泥、尾矿、矿渣等。

第四条　县级以上人民政府应当加强对农药、化肥使用的指导。
"""


def test_no_fill_in_hides_one_member_of_a_laws_list_or_a_long_list(tmp_path):
    """盐碱地 of 污染土壤、＿＿和受损山体: one of many that fit (examiners set 1.5% of their blanks on one member, our
    papers 11% of a law's questions). A speech's short parallel list is still asked so (能者上、优者奖、＿＿、劣者汰)."""
    law = study(write(tmp_path, "law.txt", LAW_LISTS)).facts
    assert any(f.kind == "enumeration" for f in law)
    for seed in range(1, 21):
        for item in make_items(law, 20, seed=seed, types=("fill",)):
            assert item.kind != "enumeration", item.parts
    report = study(write(tmp_path, "report.txt", LISTS)).facts
    asked = [
        item.answer[0]
        for seed in range(1, 41)
        for item in make_items(report, 20, seed=seed, types=("fill",))
        if item.kind == "enumeration"
    ]
    assert not {"文学艺术", "新闻出版", "广播影视", "档案事业"} & set(asked), asked  # five members: a long list
    assert {"庸者下", "劣者汰", "优者奖", "能者上"} & set(asked), asked


SERIES_GOES_ON = """关于示范工作的报告

一、今年的主要任务

今年要着力抓好三项工作。

一要大力发展现代农业。加快农业科技进步，提高农业综合生产能力，保障国家粮食安全。

完善农业支持保护制度，加大对种粮农民的补贴力度，让农民种粮有钱挣、得实惠。

二要加快推进产业升级。坚持创新驱动，培育壮大新兴产业，改造提升传统产业。

三要切实保障和改善民生。千方百计扩大就业，健全社会保障体系，办好人民满意的教育。

二、加强政府自身建设

各级政府要坚持依法行政，自觉接受人民监督。
"""


def test_a_numbered_series_goes_on_past_a_paragraph_of_its_item(tmp_path):
    """一要…。<a paragraph that goes on with it> 二要…。三要…: one series of three points, not 二要 and 三要 counted as
    the section's two."""
    facts = study(write(tmp_path, "report.txt", SERIES_GOES_ON)).facts
    lists = [f.answers for f in facts if f.kind == "outline" and "主要任务" in f.text]
    assert lists == [("大力发展现代农业", "加快推进产业升级", "切实保障和改善民生")], lists


PARTS = """2011年示范工作报告

一、过去五年的工作回顾

（一）加强和改善宏观调控

五年来，我们加强和改善宏观调控，经济保持平稳较快发展。

（二）促进区域经济协调发展

五年来，区域发展的协调性明显增强。

（三）大力推进节能减排

五年来，节能减排取得重大进展。

（四）着力保障和改善民生

五年来，人民生活水平明显提高。

二、今年的主要任务

（一）深入推进重点领域改革

今年要深入推进重点领域改革，加快完善社会主义市场经济体制。

（二）巩固和加强农业基础地位

今年要巩固和加强农业基础地位，确保粮食稳定增产。

（三）加快推进经济结构战略性调整

这是转变经济发展方式的主攻方向。

调整优化产业结构。加快构建现代产业体系，推动产业转型升级，大力发展战略性新兴产业。

促进区域协调发展。全面落实各项区域发展规划，坚持把西部大开发放在优先位置。

积极稳妥推进城镇化。坚持走中国特色城镇化道路，促进大中小城市和小城镇协调发展。

（四）进一步提高对外开放水平

今年要进一步提高对外开放水平，稳定外需，扩大进口。
"""


def test_no_outsider_rewords_a_point_of_the_part_asked(tmp_path):
    """下列不属于「二、今年的主要任务」的要点: 促进区域经济协调发展 of part 一 rewords 促进区域协调发展, a point of part 二's
    （三）; two readers of session 21 marked such a question bad (the key is arguable)."""
    facts = study(write(tmp_path, "report.txt", PARTS)).facts
    asked = 0
    for seed in range(1, 61):
        for item in make_items(facts, 30, seed=seed, types=("single", "multiple")):
            if "今年的主要任务" in item.parts[0] and "要点" in item.parts[0]:
                asked += 1
                assert not any("区域经济协调发展" in option for option in item.options), item.options
    assert asked
