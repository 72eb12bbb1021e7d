"""What blind readers marked weak or bad in the thirteenth session's readings, on text made up for these tests: a
contract swapped for one the sentence rules out, an answer its front names but for its kind, a figure with too few
rungs, an article list that cites another clause, key terms asked as questions. Cards are imported into a real Anki
collection."""

from __future__ import annotations

import random

from ankicol import package_fronts
from conftest import DECKS, write
from studycards.cards import make_notes
from studycards.facts import Fact, Origin
from studycards.pipeline import study
from studycards.quiz.ladders import rungs
from studycards.quiz.questions import Questions
from studycards.quiz.frames import frame_of
from studycards.quiz.selection import make_items
from studycards.ranking import select

CONTRACTS = """中华人民共和国房屋交易法

第一章 总则

第一条 为了规范房屋交易，制定本法。

第二章 交易

第十条 房地产转让，应当签订书面转让合同，合同中应当载明土地使用权取得的方式。

第十一条 房地产抵押，抵押人和抵押权人应当签订书面抵押合同。

第十二条 房屋租赁，出租人和承租人应当签订书面租赁合同，约定租赁期限、租赁用途、租赁价格等条款。

第十三条 土地使用权出让，应当签订书面出让合同。

第十四条 房地产赠与，应当签订书面赠与合同。
"""
KINDS = ("转让", "抵押", "租赁", "出让", "赠与")


def test_a_false_statement_never_swaps_the_contract_its_sentence_names(tmp_path):
    """房地产转让，应当签订书面抵押合同 is absurd, not false: the sentence names the kind of contract it needs."""
    studied = study(str(write(tmp_path, "房屋交易法.txt", CONTRACTS)))
    statements = [
        item.parts[0]
        for seed in range(12)
        for item in make_items(studied.facts, 10, types=["judge"], seed=seed)
        if item.answer == ("错误",)
    ]
    for statement in statements:
        for kind in KINDS:
            if f"{kind}，" in statement or f"房屋{kind}" in statement:
                named = [other for other in KINDS if f"书面{other}合同" in statement]
                assert named in ([kind], []), statement


TRIBUNALS = """中华人民共和国作品保护法

第一章 总则

第一条 为了保护作品，制定本法。

第二章 纠纷

第二十条 著作权纠纷可以调解，也可以根据当事人达成的书面仲裁协议或者合同中的仲裁条款，向仲裁机构申请仲裁。

第二十一条 审计机关应当对作品保护资金进行审计监督。

第二十二条 作品登记机构应当建立作品登记档案，对登记的作品进行分类管理。
"""


def test_an_answer_its_front_names_but_for_its_kind_is_no_card(tmp_path):
    """向{{仲裁机构}}申请仲裁, 审计机关应当…进行{{审计监督}}: the front says all but 机构 and 监督."""
    studied = study(str(write(tmp_path, "作品保护法.txt", TRIBUNALS)))
    fronts = package_fronts(make_notes(select([studied]).studied), tmp_path)  # the default deck, as `build` makes it
    assert fronts  # the law still makes cards (作品登记档案, the first article's purpose)
    assert not any("向[...]申请仲裁" in front for front in fronts)
    assert not any("进行[...]。" in front and "审计机关" in front for front in fronts)


def test_a_small_figure_still_has_three_rungs():
    assert rungs("一个月", 3) == ["两个月", "三个月", "六个月"]
    assert len(rungs("一年", 3)) == 3 and "八年" not in rungs("五年", 4)


CHECKS = """中华人民共和国口岸检疫法

第一章 总则

第一条 为了防止传染病传播，制定本法。

第二章 检疫

第十条 海关对进境出境人员实施体温检测、医学巡查等检疫查验措施。

第十一条 除前款规定的检疫查验措施外，海关还可以根据情况对有关进境出境人员实施下列检疫查验措施：（一）要求提供疫苗接种证明或者其他预防措施证明并进行核查；（二）开展流行病学调查；（三）采集样本并进行检测。
"""


def test_no_question_on_an_article_list_whose_lead_cites_another_clause(tmp_path):
    """除前款规定的检疫查验措施外…实施下列措施：（二）＿＿: what is asked stands apart from a clause not shown."""
    studied = study(str(write(tmp_path, "口岸检疫法.txt", CHECKS)))
    assert any("流行病学调查" in answer for fact in studied.facts for answer in fact.answers)
    for seed in range(8):
        for item in make_items(studied.facts, 10, seed=seed):
            if item.type != "judge":
                assert "前款" not in item.question(), item.question()


def term(text: str, answer: str, paragraph: int, kind: str = "formulation") -> Fact:
    start = text.index(answer)
    origin = Origin("规程", "规程", "第一章", ("规程", "第一章"), paragraph + 1, f"第{paragraph}段")
    return Fact(kind, text, (answer,), origin, spans=((start, start + len(answer)),))


HEADS = ("巡河", "联防", "生态", "水质", "岸线", "排污", "清淤", "湿地", "节水")
TERMS = [f"{head}{tail}" for head in HEADS for tail in ("台账", "机制", "标准")]


def ranked_material() -> list[Fact]:
    """Facts of 27 paragraphs, given most important first (as ranking.by_importance gives them)."""
    return [term(f"各地应当按第{i}号规程建立{name}并定期公开。", name, i) for i, name in enumerate(TERMS)]


def test_a_key_term_is_a_card_but_no_question():
    facts = [term(f"各地应当按第{i}号规程建立{name}并定期公开。", name, i, "keyterm") for i, name in enumerate(TERMS)]
    assert make_items(facts, 10, seed=1) == []


def test_no_question_asks_what_its_stem_states_but_for_its_kind(tmp_path):
    """审计机关应当对…进行＿ (审计监督): the quiz refuses what the deck refuses (extract/giveaway.py)."""
    studied = study(str(write(tmp_path, "作品保护法.txt", TRIBUNALS)))
    asked = [
        (item.question(), item.answer)
        for seed in range(8)
        for item in make_items(studied.facts, 8, types=["fill", "single"], seed=seed)
    ]
    assert asked  # the law still gives questions (作品登记档案)
    assert not any("审计监督" in answer or "仲裁机构" in answer for _, answers in asked for answer in answers)


def test_a_false_statement_never_narrows_a_range_of_levels():
    """县级以上…部门 -> 设区的市级以上…部门: those are 县级以上 too, the statement still true of them; the other way
    round it is false."""
    for level, made in (("县级以上", None), ("设区的市级以上", "县级以上")):
        text = f"采伐林木的单位和个人，须经{level}地方人民政府林业主管部门批准，领取采伐许可证。"
        start = text.index("采伐许可证")
        origin = Origin("中华人民共和国林木保护法", "林木保护法", "第十一条", ("《林木保护法》", "第十一条"), 10, text)
        fact = Fact("norm", text, ("采伐许可证",), origin, spans=((start, start + 5),))
        frame = frame_of(fact)
        paired = Questions([frame], [fact], random.Random(1))._paired(frame, frame.view([0]))
        if made is None:
            assert paired is None, paired
        else:
            assert paired is not None and f"须经{made}地方" in paired[0], paired


def test_a_reports_key_term_is_asked_with_all_only(tmp_path):
    """在当前{{国内外大好形势}}下: a report's term found by its repeats is left out of the default deck, and is no
    card of the package Anki imports."""
    studied = study(str(DECKS / "government-work-report-2024.txt"))
    terms = {fact.answers[0] for fact in studied.facts if fact.kind == "keyterm"}
    assert terms
    default = [fact for item in select([studied]).studied for fact in item.facts]
    every = [fact for item in select([studied], None).studied for fact in item.facts]
    assert not any(fact.kind == "keyterm" for fact in default)
    assert any(fact.kind == "keyterm" for fact in every)
    fronts = package_fronts(make_notes(select([studied]).studied), tmp_path)
    assert fronts and len(fronts) < len(package_fronts(make_notes(select([studied], None).studied), tmp_path))


TERMS_DEFINED = """中华人民共和国公共采购法

第一章 总则

第一条 为了规范公共采购行为，制定本法。

第二条 采购人是指依法进行公共采购的国家机关、事业单位、团体组织。

第三条 本法所称湿地，是指具有显著生态功能的自然或者人工的、常年或者季节性积水地带、水域。
"""


def test_a_definition_never_hides_a_qualifier_that_repeats_its_term(tmp_path):
    """采购人是指{{依法进行公共采购}}的国家机关…: the qualifier says 采购 again; the kinds it qualifies are asked."""
    studied = study(str(write(tmp_path, "公共采购法.txt", TERMS_DEFINED)))
    fronts = package_fronts(make_notes(select([studied]).studied), tmp_path)
    assert fronts and not any("是指[...]的国家机关" in front for front in fronts)
    assert any("是指[...]的、常年或者季节性积水地带" in front for front in fronts)  # 湿地's qualifier names no 湿地


def test_no_multiple_choice_option_cites_another_article():
    """本法第三条第三款规定的所得 as an option: what it is stands in an article the paper does not show."""

    def listed(text, items, article):
        trail = ("中华人民共和国税收法", "第二章　应纳税所得额", article)
        return Fact("outline", text, tuple(items), Origin("中华人民共和国税收法", "d", article, trail, 3, text))

    exempt = ["国债利息收入", "符合条件的技术转让所得", "本法第三条第三款规定的所得", "从事农业项目的所得"]
    asked = listed("企业的下列所得，可以免征、减征企业所得税", exempt, "第二十七条")
    other = listed(
        "在计算应纳税所得额时，下列支出不得扣除",
        ["税收滞纳金", "本法第九条规定以外的捐赠支出", "赞助支出", "罚金、罚款和被没收财物的损失"],
        "第十条",
    )
    frames = [frame_of(asked), frame_of(other)]
    assert all(frame.asks for frame in frames)
    questions = Questions(frames, [asked, other], random.Random(1))
    wrong = questions._other_lists(frames[0], exempt[:2], 2)
    assert wrong is None or not any("本法第" in option for option in wrong)
    for seed in range(12):
        questions = Questions(frames, [asked, other], random.Random(seed))
        item = questions.multiple(frames[0])
        if item is not None:
            assert not any("本法第" in option for option in item.options), item.options


def test_a_range_of_levels_has_the_other_range_among_its_near_misses():
    """县级以上…部门 beside 国务院, 省级 and 县级 alone is the option a test-wise reader picks; 设区的市级以上 makes it one
    of two. A statement never narrows a range, and may widen one (设区的市级以上 -> 县级以上 is false)."""
    from studycards.closedsets import level_fellows, organ_moves

    assert "设区的市级以上地方人民政府房产管理部门" in level_fellows("县级以上人民政府房产管理部门")
    assert "县级以上地方人民政府房产管理部门" in level_fellows("设区的市级以上人民政府房产管理部门")
    county = [moved for _, _, moved in organ_moves("由县级以上地方人民政府林业主管部门负责。")]
    assert not any(moved.startswith("设区的市级") for moved in county)
    city = [moved for _, _, moved in organ_moves("由设区的市级以上地方人民政府林业主管部门审批。")]
    assert any(moved.startswith("县级以上") for moved in city)


def test_a_false_statement_never_moves_an_organ_within_a_range_that_holds_it():
    """县级人民政府…部门 -> 县级以上地方人民政府…部门, and 县级以上…部门 -> 省级…部门: still true of some organs named."""
    from studycards.closedsets import still_names

    assert still_names("县级人民政府草原行政主管部门", "县级以上地方人民政府草原行政主管部门")
    assert still_names("省级人民政府生态环境主管部门", "设区的市级以上地方人民政府生态环境主管部门")
    assert not still_names("国务院交通主管部门", "县级以上地方人民政府交通主管部门")  # 地方 holds no 国务院
    assert not still_names("乡、镇人民政府", "县级以上地方人民政府")
    assert still_names("县级以上人民政府交通主管部门", "省、自治区、直辖市人民政府交通主管部门")  # a level inside
    assert still_names("县级以上地方人民政府林业主管部门", "设区的市级以上地方人民政府林业主管部门")  # a narrower range
    assert not still_names("设区的市级以上地方人民政府林业主管部门", "县级以上地方人民政府林业主管部门")  # wider: false
    assert not still_names("国务院交通主管部门", "省、自治区、直辖市人民政府交通主管部门")


MANNERS = """中华人民共和国物品存放法

第一章 总则

第一条 为了规范物品存放，制定本法。

第二章 存放

第十条 放射性同位素应当单独存放，不得与易燃、易爆、腐蚀性物品等一起存放，并指定专人负责保管。

第十一条 土地承包经营权流转，在同等条件下，本集体经济组织成员有权优先承包。

第十二条 存放单位应当无偿提供存放记录。
"""


def test_a_manner_the_sentence_tells_is_no_card(tmp_path):
    """{{单独}}存放，不得与…一起存放; 在同等条件下…有权{{优先}}承包: the rest of the sentence tells it."""
    studied = study(str(write(tmp_path, "物品存放法.txt", MANNERS)))
    fronts = package_fronts(make_notes(select([studied]).studied), tmp_path)
    assert fronts
    assert not any("应当[...]存放" in front or "有权[...]承包" in front for front in fronts)
    assert any(fact.answers == ("无偿",) for fact in studied.facts)  # a manner the rest does not tell is still asked


NATIONWIDE = """中华人民共和国中草药法

第一章 总则

第一条 为了发展中草药事业，制定本法。

第二章 管理

第十条 国务院中草药主管部门负责全国的中草药管理工作。

第十一条 县级以上地方人民政府中草药主管部门负责本行政区域的中草药管理工作。

第十二条 国务院中草药主管部门应当会同国务院有关部门制定中草药标准。

第十三条 省、自治区、直辖市人民政府中草药主管部门应当组织中草药资源普查。
"""


def test_a_stem_of_the_whole_country_never_has_the_one_national_option():
    """国务院…部门 beside 省级、设区的市级、县级…部门 under "负责全国…": the stem tells which."""
    from studycards.quiz.questions import national_alone

    local = [
        "省、自治区、直辖市人民政府中草药主管部门",
        "县级人民政府中草药主管部门",
        "设区的市级人民政府中草药主管部门",
    ]
    assert national_alone("＿＿负责全国的中草药管理工作。", "国务院中草药主管部门", local)
    assert not national_alone("＿＿负责全国的中草药管理工作。", "国务院中草药主管部门", [*local[:2], "国务院有关部门"])
    assert not national_alone("＿＿应当组织中草药资源普查。", "国务院中草药主管部门", local)


def test_no_single_choice_under_the_whole_country_offers_local_organs_alone(tmp_path):
    studied = study(str(write(tmp_path, "中草药法.txt", NATIONWIDE)))
    for seed in range(12):
        for item in make_items(studied.facts, 6, types=["single"], seed=seed):
            if "全国" in item.question() and item.answer[0].startswith("国务院"):
                assert any(option.startswith("国务院") for option in item.options if option != item.answer[0])


def test_a_level_spelt_with_its_marks_or_without_is_the_same_level():
    from studycards.closedsets import still_names
    from studycards.facts import normalise

    organ, moved = "县级以上人民政府交通主管部门", "省、自治区、直辖市人民政府交通主管部门"
    assert still_names(normalise(organ), normalise(moved))  # as the quiz compares them, 、 dropped
