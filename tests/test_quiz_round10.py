"""What blind readers marked bad in round 10, on sentences made up for these tests."""

import random

from studycards.closedsets import fellows_in
from studycards.facts import Fact, Origin
from studycards.quiz.distractors import latest_year
from studycards.quiz.frames import frame_of
from studycards.quiz.questions import Questions


def law_fact(text, answer, kind="norm", article="第十条"):
    origin = Origin("中华人民共和国河湖保护法", "d", "第一章", ("中华人民共和国河湖保护法", article), 3, text)
    start = text.index(answer)
    return Fact(kind=kind, text=text, answers=(answer,), origin=origin, spans=((start, start + len(answer)),))


def test_a_modifier_s_fellows_are_offered_only_before_the_word_its_set_modifies():
    """基础性作用 -> 决定性作用 is the old and the new wording; 决定性地质调查 is no thing."""
    assert fellows_in("基础性", "市场在资源配置中起基础性作用") == ["决定性", "主导性", "根本性"]
    assert fellows_in("起基础性作用", "市场在资源配置中起基础性作用")[0] == "起决定性作用"
    assert fellows_in("基础性", "国家开展基础性地质调查") == []


def test_a_dated_formulation_gives_no_near_miss_to_material_older_than_it():
    """协调 beside 创新、共享、开放 in a report of 1986: the 新发展理念 are of 2015."""
    assert fellows_in("协调", "持续、稳定、协调发展", latest=1990) == []
    assert "共享" in fellows_in("协调", "持续、稳定、协调发展", latest=2016)
    assert "共享" in fellows_in("协调", "持续、稳定、协调发展")  # nothing dates the material: a charter, a seminar


def test_the_latest_year_is_read_from_full_width_digits():
    assert latest_year("１９９６年是实施“九五”计划的第一年，到２０１０年远景目标") == 2010


def paired(text, answer):
    norm = law_fact(text, answer)
    frame = frame_of(norm)
    made = Questions([frame], [norm], random.Random(1))._paired(frame, frame.view([0]))
    return made[0] if made else None


def test_a_rule_binding_no_one_in_particular_is_not_made_false_by_its_modal():
    """任何组织或者个人不得… made 可以… is absurd; 全社会应当关心… made 可以… is no false rule (blind readers)."""
    assert paired("任何组织或者个人不得对未成年人实施网络欺凌。", "网络欺凌") is None
    assert paired("全社会应当关心和支持残疾人参加健身活动。", "残疾人") is None
    assert paired("经营者不得向未成年人销售烟酒。", "烟酒") is None  # no ban is made a power (closed_sets.txt)
    assert paired("组织者应当和参与者协商投保意外伤害保险。", "参与者") == "组织者可以和参与者协商投保意外伤害保险。"


def test_an_act_after_a_modal_is_never_swapped_for_a_thing():
    """应当投保体育意外伤害保险 -> 应当学生体育活动意外伤害保险 is garbled, not false."""
    act = law_fact("高危险性体育赛事活动组织者应当投保体育意外伤害保险。", "投保体育意外伤害保险", "provision")
    thing = law_fact("国家建立健全学生体育活动意外伤害保险机制。", "学生体育活动意外伤害保险", "provision", "第十一条")
    frames = [frame_of(act), frame_of(thing)]
    questions = Questions(frames, [act, thing], random.Random(1))
    assert questions._act_made_thing("组织者应当", "投保体育意外伤害保险", "学生体育活动意外伤害保险")
    assert not questions._act_made_thing("组织者应当", "投保体育意外伤害保险", "投保场所责任保险")
    assert not questions._act_made_thing("国家建立健全", "学生体育活动意外伤害保险", "体育意外伤害保险")
    for seed in range(6):
        questions = Questions(frames, [act, thing], random.Random(seed))
        made = questions._falsehood(frames[0], 0, frames[0].view([0]))
        assert made is None or "应当学生" not in made


def test_a_single_choice_offers_only_options_of_the_answer_s_family():
    """学校可以设立＿ with 分级分类管理, 体育仲裁范围 beside 体育教练员岗位: options of another family read as no
    fellow of the answer; with none of its family the answer is asked another way."""
    facts = [
        law_fact("学校可以根据需要设立体育教练员岗位。", "体育教练员岗位", "provision", "第十条"),
        law_fact("国家对体育赛事活动实行分级分类管理。", "分级分类管理", "provision", "第十一条"),
        law_fact("学校应当定期开展学生体质健康检查。", "学生体质健康检查", "provision", "第十二条"),
        law_fact("体育仲裁委员会应当公布体育仲裁范围。", "体育仲裁范围", "provision", "第十三条"),
    ]
    frames = [frame_of(fact) for fact in facts]
    for seed in range(8):
        assert Questions(frames, facts, random.Random(seed))._blank_single(frames[0], 0) is None
    facts += [
        law_fact("场馆可以设立场馆讲解员岗位。", "场馆讲解员岗位", "provision", "第十四条"),
        law_fact("体育场馆可以设立安全管理员岗位。", "安全管理员岗位", "provision", "第十五条"),
        law_fact("协会可以设立裁判员培训岗位。", "裁判员培训岗位", "provision", "第十六条"),
    ]
    frames = [frame_of(fact) for fact in facts]
    made = Questions(frames, facts, random.Random(1))._blank_single(frames[0], 0)
    assert made is not None and all(option.endswith("岗位") for option in made.options)


def test_a_stem_that_another_article_fills_otherwise_is_not_asked():
    """国家实行＿制度 of one article, where another says 国家实行…等级制度: two right answers (a blind reader)."""
    facts = [
        law_fact("国家实行体育运动水平等级制度。", "体育运动水平等级", "provision", "第十条"),
        law_fact("国家实行青少年体育活动促进制度。", "青少年体育活动促进", "provision", "第十一条"),
        law_fact("运动员应当遵守体育道德和体育赛事规则。", "体育道德", "provision", "第十二条"),
    ]
    frames = [frame_of(fact) for fact in facts]
    questions = Questions(frames, facts, random.Random(1))
    assert questions.fill(frames[0]) is None and questions.fill(frames[1]) is None
    assert questions.fill(frames[2]) is not None


def test_a_point_the_asked_part_says_too_is_no_wrong_option_of_its_points():
    """下列属于「（六）…」的要点的有: 加强社会保障工作, a point of 五、, is said in （六） too (a blind reader: two keys)."""
    from studycards.quiz.distractors import Pool

    def point(text, part, paragraph):
        trail = ("2030年政府工作报告", part)
        origin = Origin("2030年政府工作报告", "r", "", trail, 5, paragraph)
        return Fact(kind="formulation", text=text, answers=(text,), origin=origin, spans=((0, len(text)),))

    six = "（六）努力做好就业和社会保障工作"
    facts = [
        point("加强就业服务工作", six, "加强就业服务工作。同时加强社会保障工作，扩大覆盖面。"),
        point("加强社会保障工作", "五、深化改革", "加强社会保障工作。"),
        point("加强财税体制建设", "五、深化改革", "加强财税体制建设。"),
        point("加强金融体制建设", "五、深化改革", "加强金融体制建设。"),
        point("加强投资体制建设", "五、深化改革", "加强投资体制建设。"),
    ]
    pool = Pool([frame_of(fact) for fact in facts])
    for seed in range(6):
        wrong = pool.choose(["加强就业服务工作"], facts[0], 3, random.Random(seed), kin=2, outside=six)
        assert wrong is not None and "加强社会保障工作" not in wrong


def test_a_wrong_option_of_the_answer_s_own_part_ranks_higher():
    """市场化 beside 法治化营商环境 (the part on reform) before 荒漠化 (the part on the environment)."""
    from studycards.quiz.distractors import Phrase, _likeness, shape

    def origin(part):
        return Origin("2030年政府工作报告", "r", "", ("2030年政府工作报告", part, "（一）…"), 5, "")

    fact = Fact(kind="formulation", text="营造法治化营商环境。", answers=("法治化",), origin=origin("三、深化改革"))

    def candidate(text, part):
        trail = origin(part).trail
        return Phrase(text, text, "formulation", "f", "", 3, shape(text), (), trail=trail)

    answers = {"法治化": ()}
    near = _likeness(answers, candidate("市场化", "三、深化改革"), fact)
    far = _likeness(answers, candidate("荒漠化", "五、生态环境"), fact)
    assert near > far


def test_a_word_s_last_character_is_no_suffix_s():
    """校园文化 ends on the word 文化, 集团化 on the suffix 化: no family (a blind reader: 校园文化 stood out)."""
    from studycards.quiz.distractors import Pool, kinship

    pool = Pool([])

    def phrase(text):
        from studycards.quiz.distractors import Phrase, shape

        return Phrase(text, text, "formulation", "f", "", 3, shape(text), pool.words(text))

    assert kinship({"校园文化": pool.words("校园文化")}, phrase("集团化")) < 2
    assert kinship({"工业化": pool.words("工业化")}, phrase("现代化")) >= 2


def test_no_modal_swap_past_an_adverbial_before_a_policy_or_before_a_duty_to_pay():
    """应当按照各自职责加强… and 应当依法缴纳资源税 made 可以… read as true or silly (blind readers)."""
    assert paired("消防救援机构应当按照各自职责加强对消防产品质量的监督检查。", "消防产品质量") is None
    assert paired("开采矿产资源应当依法缴纳资源税。", "资源税") is None
    assert paired("举办者应当签订联合办学协议。", "联合办学协议") == "举办者可以签订联合办学协议。"


def test_a_stem_that_shows_too_little_around_its_blank_is_not_asked():
    """积极促进＿ (a bare heading), 国家实行＿的制度。: any number of phrases would fill them."""
    facts = [
        law_fact("国家实行土地用途管制的制度。", "土地用途管制", "provision", "第十条"),
        law_fact("国家建立健全学生体质监测制度。", "学生体质监测", "provision", "第十二条"),  # frame words only
        law_fact("全民健身日所在周为体育宣传周。", "体育宣传周", "provision", "第十一条"),
        law_fact("审计决定自送达之日起生效。", "送达之日", "provision", "第十三条"),
    ]
    frames = [frame_of(fact) for fact in facts]
    questions = Questions(frames, facts, random.Random(1))
    assert questions.fill(frames[0]) is None and questions.fill(frames[1]) is None
    assert questions.fill(frames[2]) is not None and questions.fill(frames[3]) is not None


def test_a_short_lead_sentence_is_no_true_statement():
    """2009年，……节能减排和环境保护扎实推进 (正确): a platitude nobody would mark false (a blind reader: bad)."""
    text = "节能减排和环境保护扎实推进。"
    trail = ("2030年政府工作报告", "一、2029年工作回顾")
    origin = Origin("2030年政府工作报告", "r", "", trail, 5, text + "单位国内生产总值能耗下降3.6%。")
    fact = Fact(kind="formulation", text=text, answers=("节能减排",), origin=origin, spans=((0, 4),))
    frame = frame_of(fact)
    for seed in range(6):
        questions = Questions([frame], [fact], random.Random(seed))
        item = questions.judge(frame)
        assert item is None or item.answer == ("错误",)


def test_a_wrongdoing_a_law_forbids_is_no_fellow_of_the_measures_it_allows():
    """扰乱勘查、开采区域的生产秩序 offered as a supervisory measure (a blind reader: answered by common sense)."""
    from studycards.quiz.polarity import opposite

    measures = ["进入现场进行勘查", "查阅、复制有关资料"]
    assert opposite(measures, "扰乱勘查、开采区域的生产秩序")
    assert opposite(measures, "对未成年人实施网络欺凌")
    assert not opposite(measures, "询问有关人员")


def test_a_headline_figure_s_change_against_last_year_is_no_minor_figure():
    """国民生产总值比上年增长百分之七 is the report's year in one figure; 黄标车…380万辆 a minor one."""
    from studycards.ranking import minor_figure

    def figure(text, answer):
        origin = Origin("1992年政府工作报告", "r", "", ("1992年政府工作报告", "一、1991年的工作"), 5, text)
        start = text.index(answer)
        return Fact(kind="figure", text=text, answers=(answer,), origin=origin, spans=((start, start + len(answer)),))

    assert not minor_figure(figure("１９９１年国民生产总值比上年增长百分之七。", "百分之七"))
    assert minor_figure(figure("淘汰黄标车和老旧车380万辆。", "380万辆"))
    assert minor_figure(figure("工业总产值比上年增长百分之十四点二。", "百分之十四点二"))
