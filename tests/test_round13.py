"""What blind readers dropped or marked bad in five earlier draws, on text made up for these tests: a modal word's short
phrase the genre supplies, a fine's range cut in two, a comparison that does not say what it compares, a ban on a wrong
made a power. Cards are imported into a real Anki collection."""

from __future__ import annotations

from ankicol import package_fronts
from conftest import write
from studycards.cards import make_notes
from studycards.pipeline import study
from studycards.quiz.selection import make_items

PENALTIES = """中华人民共和国市场秩序法

第一章 总则

第一条 为了规范市场秩序，制定本法。

第二章 法律责任

第二十条 经营者违反本法规定实施混淆行为的，由监督检查部门责令停止违法行为，处五万元以上五十万元以下的罚款。

第二十一条 经营者违反本法规定损害他人商业信誉的，由监督检查部门责令停止违法行为，处十万元以上一百万元以下的罚款；情节严重的，处一百万元以上五百万元以下的罚款。
"""


def test_a_fines_range_is_one_answer_and_no_card_shows_half_of_it(tmp_path):
    studied = study(str(write(tmp_path, "市场秩序法.txt", PENALTIES)), kinds=("figure",))
    answers = {answer for fact in studied.facts for answer in fact.answers}
    assert {"五万元以上五十万元以下", "一百万元以上五百万元以下"} <= answers
    assert not any(answer.endswith("以上") for answer in answers)  # no lower bound asked alone
    fronts = package_fronts(make_notes([studied]), tmp_path)
    assert fronts
    for bound in ("五万元以上", "五十万元以下", "一百万元以上", "五百万元以下"):
        assert not any(bound in front and "[...]" in front.split(bound, 1)[1][:2] for front in fronts), bound
    assert not any("五十万元以下的罚款" in front and "处[...]" not in front for front in fronts if "混淆" in front)


QUOTAS = """中华人民共和国代表名额法

第一条 为了规范代表名额，制定本法。

第二条 聚居境内同一少数民族的总人口数不足境内总人口数百分之十五的，每一代表所代表的人口数可以适当少于当地人民代表大会每一代表所代表的人口数，但不得少于二分之一。实行区域自治的民族人口特少的自治县，经省、自治区的人民代表大会常务委员会决定，可以少于二分之一。
"""


def test_a_comparison_that_does_not_say_what_it_compares_is_not_asked_alone(tmp_path):
    """…的自治县，经…决定，可以少于{{二分之一}}: less than what? The sentence before says (人口数), too long to show."""
    studied = study(str(write(tmp_path, "代表名额法.txt", QUOTAS)))
    compared = [fact for fact in studied.facts if "可以少于二分之一" in fact.text]
    assert not any(fact.text.startswith("实行区域自治") for fact in compared)
    measured = [fact for fact in studied.facts if fact.text.startswith("聚居境内") and "二分之一" in fact.answers]
    assert measured  # the same figure where the sentence says what it is a share of
    fronts = package_fronts(make_notes([studied]), tmp_path)
    assert not any(front.startswith("实行区域自治") for front in fronts)


def test_a_ban_on_a_wrong_done_by_force_is_never_made_a_power(tmp_path):
    text = """中华人民共和国道路集资法

第一条 为了规范道路建设集资，制定本法。

第二条 筹集道路建设资金，必须根据需要与可能，坚持自愿原则，不得强行摊派。

第三条 道路建设资金可以依法向社会集资，集资办法由省人民政府制定。

第四条 收费道路的收费期限不得超过十五年。
"""
    facts = study(str(write(tmp_path, "道路集资法.txt", text))).facts
    for seed in range(12):
        for item in make_items(facts, 10, seed=seed):
            assert "可以强行摊派" not in item.question(), item.question()


def test_a_modal_words_short_phrase_makes_no_card_in_a_real_collection(tmp_path):
    text = """中华人民共和国选民法

第一条 为了规范投票，制定本法。

第二条 选举人对于代表候选人可以投赞成票，可以投反对票，可以另选其他任何选民，也可以弃权。

第三条 选民提出的罢免要求应当写明罢免理由。

第四条 区域界线一经确定，未经法定程序，不得变动。
"""
    studied = study(str(write(tmp_path, "选民法.txt", text)), kinds=("norm",))
    fronts = package_fronts(make_notes([studied]), tmp_path)
    assert any("罢免要求应当[...]" in front for front in fronts)  # a phrase that says enough
    assert not any("也可以[...]" in front or "不得[...]" in front for front in fronts)


def test_what_is_instituted_is_asked_past_a_second_verb():
    from studycards.extract.norms import norm_spans

    sentence = "生产经营单位应当建立健全并落实全员安全生产责任制，加强从业人员安全生产教育和培训。"
    assert [sentence[a:b] for a, b in norm_spans(sentence)] == ["全员安全生产"]
    strictly = "国境口岸所在地人民政府应当建立健全并严格落实口岸卫生制度。"
    assert [strictly[a:b] for a, b in norm_spans(strictly)] == ["口岸卫生"]


def test_an_outcome_whose_system_the_front_names_is_given_away():
    from studycards.extract.giveaway import gives_away
    from studycards.segment import segmenter

    front = "建立有公众参与的公共服务考核评价制度，并将□作为确定补贴或者奖励的依据。"
    assert gives_away(front, "考核评价结果", segmenter())
    assert not gives_away("建立公共服务评价制度，并将□作为确定补贴或者奖励的依据。", "考核评价结果", segmenter())


def test_an_articles_question_cut_short_ends_on_a_whole_phrase(tmp_path):
    text = """中华人民共和国化学品法

第一条 为了规范化学品安全，制定本法。

第九十九条 有下列情形之一的，由负有危险化学品安全监督管理职责的部门按照职责分工责令停止建设或者停产停业整顿，限期改正，并处十万元以上五十万元以下的罚款，对其直接负责的主管人员和其他直接责任人员处二万元以上五万元以下的罚款；逾期未改正的，处五十万元以上一百万元以下的罚款：
（一）建设项目未经安全条件审查；
（二）建设项目没有安全设施设计；
（三）施工单位未按照批准的安全设施设计施工。
"""
    studied = study(str(write(tmp_path, "化学品法.txt", text)), kinds=("outline",))
    questions = [fact.question for fact in studied.facts if fact.question and "第九十九条" in fact.question]
    assert questions
    for question in questions:
        assert not question.split("？")[0].rstrip("…").endswith(("或者", "和", "、", "，")), question
    fronts = package_fronts(make_notes([studied]), tmp_path)
    assert any("第九十九条规定有哪些情形的" in front for front in fronts)


def test_a_figure_for_what_a_sentence_before_says_shows_it_or_is_not_asked():
    from studycards.extract.antecedents import POINTER, lacks

    assert lacks("中央财政为此将增加支出42亿元。", "中央财政为此将增加支出") == POINTER
    assert lacks("中央财政将增加支出42亿元用于义务教育。", "中央财政将增加支出") == ""


def test_an_editors_note_is_not_studied(tmp_path):
    text = """一九五九年政府工作报告

一、过去一年的成就

一九五八年工农业总产值达到一千二百四十一亿元，比一九五七年增长百分之六十五。

〔注〕第一个五年计划期间的工农业产值，是以一九五二年的价格作为不变价格计算的，比上年增长百分之十二。

二、今年的任务

一九五九年钢产量计划达到一千二百万吨左右。
"""
    studied = study(str(write(tmp_path, "报告.txt", text)))
    assert studied.facts and not any("不变价格" in fact.text for fact in studied.facts)
    fronts = package_fronts(make_notes([studied]), tmp_path)
    assert fronts and not any("不变价格" in front for front in fronts)


def test_a_ban_on_delay_is_never_made_a_power_and_a_verb_of_instituting_is_no_part_of_the_answer(tmp_path):
    text = """中华人民共和国化学品管理法

第一条 为了规范化学品管理，制定本法。

第二条 生产企业应当建立健全安全培训管理制度，定期组织培训，提高从业人员安全意识和安全生产技能水平。

第三条 发生化学品事故，有关地方人民政府应当立即组织实施救援，不得拖延、推诿。

第四条 国家建立健全化学品目录管理制度。
"""
    facts = study(str(write(tmp_path, "化学品管理法.txt", text))).facts
    answers = {answer for fact in facts for answer in fact.answers}
    assert "安全培训管理制度" in answers and "建立健全安全培训管理制度" not in answers
    for seed in range(12):
        for item in make_items(facts, 10, seed=seed):
            assert "可以拖延" not in str(item.question()) + str(getattr(item, "options", "")), item.question()


def test_a_ban_restating_a_duty_is_never_made_a_power(tmp_path):
    text = """中华人民共和国急救法

第一条 为了规范急救，制定本法。

第二条 对需要紧急救治的患者，医师应当采取紧急措施进行诊治，不得拒绝急救处置。

第三条 急救中心应当配备急救车辆，急救车辆不得用于非急救用途。

第四条 急救人员执业时间不得超过十二小时。
"""
    facts = study(str(write(tmp_path, "急救法.txt", text))).facts
    for seed in range(16):
        for item in make_items(facts, 10, seed=seed):
            assert "可以拒绝急救处置" not in str(item.question()), item.question()


def test_who_acts_and_what_they_do_are_two_lists(tmp_path):
    from studycards.extract.enumerations import extract_enumerations
    from studycards.outline import Line, Source
    from studycards.parsing import parse
    from studycards.segment import segmenter

    def lists(sentence):
        document = parse(Source("doc", [Line(1, "学习材料"), Line(2, sentence)], "doc.txt"))
        return [fact.answers for fact in extract_enumerations(document, segmenter())]

    assert lists("建设单位对保修期内因屋顶、墙面渗漏、开裂等质量缺陷承担责任。") == [("渗漏", "开裂")]
    assert lists("不得超权限、超范围、超数额、超时限查封、扣押、冻结财产。") == [("查封", "扣押", "冻结")]
    assert lists("要提高经济增长的质量、效益和竞争力。") == [("质量", "效益", "竞争力")]  # nouns: one list


def test_a_blank_never_takes_the_close_of_an_exception(tmp_path):
    text = """中华人民共和国生产安全法

第一条 为了加强安全生产工作，制定本法。

第二条 生产经营单位发生生产安全事故，经调查确定为责任事故的，除了应当查明事故单位的责任并依法予以追究外，还应当查明负有审查批准职责的行政部门的责任。

第三条 本法所称民用航空器，是指除用于执行军事、海关、警察飞行任务外的航空器。
"""
    studied = study(str(write(tmp_path, "生产安全法.txt", text)))
    assert studied.facts
    assert not any(answer.endswith("外") for fact in studied.facts for answer in fact.answers)


def test_a_source_reference_in_brackets_is_not_read_as_text(tmp_path):
    text = """在全国代表大会上的报告

一、关于路线

列宁指出：“无产阶级专政是新阶级对更强大的敌人的最奋勇和最无情的战争。”（《列宁全集》中文版，第三十一卷，第六页）我们必须坚持无产阶级专政下继续革命的理论。
他又说：“对于资产阶级，必须实行全面专政。”（同上）
本法所称的文件（以下简称《文件》），由国务院制定。
"""
    studied = study(str(write(tmp_path, "报告.txt", text)))
    paragraphs = [p.text for node in studied.document.nodes() for p in node.paragraphs]
    assert not any("列宁全集" in p or "同上" in p for p in paragraphs), paragraphs
    assert any("以下简称《文件》" in p for p in paragraphs)  # a short name is no source reference
    fronts = package_fronts(make_notes([studied]), tmp_path)
    assert not any("列宁全集" in front or "（同上）" in front for front in fronts)


def test_an_organ_is_never_moved_to_levels_that_include_it():
    from studycards.closedsets import organ_moves

    county = [moved for _, _, moved in organ_moves("应当报县级人民政府草原行政主管部门批准。")]
    assert county and not any(moved.startswith("县级以上") for moved in county)  # 县级以上 includes 县级: still true
    assert any(moved.startswith("设区的市级以上") for moved in county)  # a range that leaves 县级 out: false
    township = [moved for _, _, moved in organ_moves("由乡、镇人民政府负责。")]
    assert "县级以上地方人民政府" in township  # 县级以上 leaves 乡、镇 out: a false statement


def test_a_plan_is_asked_past_a_second_verb():
    from studycards.extract.norms import norm_spans

    sentence = "国务院能源主管部门根据国民经济和社会发展的需要组织编制并实施全国管道发展规划。"
    assert [sentence[a:b] for a, b in norm_spans(sentence)] == ["全国管道发展规划"]


def test_an_answer_that_points_back_is_not_asked(tmp_path):
    text = """中华人民共和国管道法

第一条 为了保护管道，制定本法。

第二条 需要先开工的建设工程改建、搬迁或者增加防护设施的，后开工的建设工程一方应当承担由此增加的费用。

第三条 管道企业应当每年对管道进行不少于两次的全面检测。
"""
    studied = study(str(write(tmp_path, "管道法.txt", text)))
    assert studied.facts and not any(answer.startswith("由此") for f in studied.facts for answer in f.answers)


def test_an_answer_set_against_its_opposite_or_mirrored_in_view_is_given_away():
    from studycards.extract.giveaway import gives_away
    from studycards.extract.worth import contrasted
    from studycards.segment import segmenter

    text = "这种大乱，对人民来说是好事，不是坏事。"
    assert contrasted(text, (text.index("好事"), text.index("好事") + 2))
    series = "当前国际形势是大好，不是中好，也不是小好。"
    assert contrasted(series, (series.rindex("小好"), series.rindex("小好") + 2))
    plain = "这种大乱，对人民来说是好事，能够锻炼群众。"
    assert not contrasted(plain, (plain.index("好事"), plain.index("好事") + 2))
    front = "陈独秀的右倾机会主义是□；王明的“左”倾机会主义是一切斗争，否认联合。"
    assert gives_away(front, "一切联合，否认斗争", segmenter())
    assert not gives_away("潜艇早期采用□法，在敌方必经海域设置伏击阵地。", "阵地伏击", segmenter())


def test_a_case_going_on_with_the_sentence_before_shows_it(tmp_path):
    text = """中华人民共和国仲裁法

第一条 为了规范仲裁，制定本法。

第二条 仲裁庭对农村土地承包经营纠纷可以调解。调解达成协议的，仲裁庭应当制作调解书；调解不成的，应当及时作出裁决。
"""
    studied = study(str(write(tmp_path, "仲裁法.txt", text)))
    cases = [fact for fact in studied.facts if "制作调解书" in fact.answers]
    assert cases and all(fact.text.startswith("仲裁庭对农村土地承包经营纠纷可以调解。") for fact in cases)
    fronts = package_fronts(make_notes([studied]), tmp_path)
    assert any(front.startswith("仲裁庭对农村土地承包经营纠纷可以调解。调解达成协议的") for front in fronts)


def test_a_question_never_asks_what_stands_in_the_article_it_cites(tmp_path):
    """Examiners write 1 stem of the exam's 7,174 fill items with 本法第…条: what it asks stands in the article cited."""
    text = """中华人民共和国检疫法

第一条 为了规范国境卫生检疫，制定本法。

第十五条 入境的货物、物品有下列情形之一的，应当实施检疫查验：
（一）来自传染病疫区的；
（二）被传染病病原体污染的。

第十六条 对有本法第十五条第一款规定情形的货物、物品，应当实施卫生处理。

第十七条 违反本法第十六条规定，拒绝接受卫生处理的，处五千元以上三万元以下的罚款。

第十八条 国境卫生检疫机关应当在检疫查验后二十四小时内出具检疫结果。
"""
    facts = study(str(write(tmp_path, "检疫法.txt", text))).facts
    made = 0
    for seed in range(12):
        for item in make_items(facts, 10, seed=seed):
            made += 1
            if item.type != "judge":
                assert "本法第" not in str(item.question()), item.question()
    assert made
