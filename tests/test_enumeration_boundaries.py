"""Where a list's members end: whole members, no word of the clause around the list, no fake list.

Sentences of the genre (reports, laws), written for these tests; each test asserts a property of every list found.
"""

import re

import pytest

from conftest import write
from studycards.extract import extract
from studycards.parsing import parse
from studycards.reading import read_source

MODALS = re.compile(r"应当|可以|必须|不得")


def lists_of(tmp_path, sentence):
    document = parse(read_source(write(tmp_path, "doc.txt", f"学习材料\n{sentence}")))
    return [f.answers for f in extract(document, ("enumeration",))]


@pytest.mark.parametrize(
    "sentence",
    [
        "人民法院、人民检察院、公安机关应当依法保障当事人的诉讼权利。",
        "县级人民政府、乡级人民政府、街道办事处应当组织开展防灾知识宣传。",
        "学校、医院、车站和商场应当设置无障碍设施。",
        "居民委员会、村民委员会、企业事业单位、社会组织可以协助开展调解工作。",
    ],
)
def test_a_modal_after_the_last_member_is_no_part_of_it(tmp_path, sentence):
    found = lists_of(tmp_path, sentence)
    assert found, "the organs that the norm binds are a list"
    assert all(not MODALS.search(member) for members in found for member in members)
    modal = MODALS.search(sentence)
    assert all(sentence.index(members[-1]) + len(members[-1]) == modal.start() for members in found)


@pytest.mark.parametrize(
    "sentence,place",
    [
        ("在项目审批、资金拨付和绩效评价方面，要严格执行制度。", "方面"),
        ("在规划编制、项目建设和运行管理上，必须统一标准。", "上"),
        ("科研院所、高等学校与企业之间的合作更加紧密。", "之间"),
    ],
)
def test_the_place_word_that_closes_a_frame_belongs_to_the_whole_list(tmp_path, sentence, place):
    found = lists_of(tmp_path, sentence)
    assert found
    assert all(not member.endswith(place) for members in found for member in members)


def test_members_that_share_their_own_place_word_keep_it(tmp_path):
    found = lists_of(tmp_path, "要统筹好东部地区之间、中部地区之间、西部地区之间的协作。")
    assert all(member.endswith("之间") for members in found for member in members)


@pytest.mark.parametrize(
    "sentence",
    [
        # a member as long as two usual ones, inside the run, and a last one longer still: all four are principles
        "全党同志在任何时候都必须坚持社会主义道路、坚持人民民主专政、坚持中国共产党的领导、坚持马克思列宁主义毛泽东思想。",
        "做好新时代的各项工作，要做到坚持党的全面领导、坚持以人民为中心、坚持全面深化改革和坚持全面依法治国。",
    ],
)
def test_a_series_that_repeats_its_verb_keeps_every_member_whole(tmp_path, sentence):
    found = lists_of(tmp_path, sentence)
    assert len(found) == 1
    members = found[0]
    assert len(members) == sentence.count("坚持")
    assert all(member.startswith("坚持") for member in members)
    assert "".join(members) == re.sub(r"[、和。]|^[^坚]+", "", sentence)  # nothing of any member lost


@pytest.mark.parametrize(
    "sentence",
    [
        "推动社会主义市场经济、社会主义民主政治、社会主义先进文化、社会主义和谐社会建设。",
        "坚决同危害人民、危害社会、危害国家的行为作斗争。",
    ],
)
def test_a_repeated_opening_does_not_pull_the_head_noun_or_predicate_into_the_last_member(tmp_path, sentence):
    found = lists_of(tmp_path, sentence)
    assert found
    lengths = [len(member) for member in found[0]]
    assert max(lengths) - min(lengths) <= 1  # 社会主义和谐社会|建设, 危害国家|的行为作斗争


@pytest.mark.parametrize(
    "sentence",
    [
        # two verbs share their objects (查封 and 扣押 both govern 当事人、利害关系人的财物): no list of three members
        "对于违法行为，查封、扣押当事人、利害关系人的涉案财物。",
        "经批准后，培育、生产种子、苗木的单位应当建立档案。",
    ],
)
def test_no_fake_list_from_two_verbs_on_one_object(tmp_path, sentence):
    assert lists_of(tmp_path, sentence) == []


def test_a_conjunction_inside_the_last_member_of_a_series_with_one_opening(tmp_path):
    found = lists_of(tmp_path, "安全设施必须与主体工程同时设计、同时施工、同时投入生产和使用。")
    assert all(member.startswith("同时") for members in found for member in members)  # never 使用 alone


@pytest.mark.parametrize(
    "sentence,verb",
    [
        ("各地要灵活运用政策工具，采取贷款贴息、融资担保、风险补偿等措施。", "采取"),
        ("保障能源供应，特别要加强煤炭、成品油、天然气等能源储备。", "加强"),
        ("因不可抗力，致使仲裁、行政复议、行政诉讼等活动中止的，期限顺延。", "致使"),
    ],
)
def test_the_verb_that_governs_a_list_is_no_part_of_its_first_member(tmp_path, sentence, verb):
    found = lists_of(tmp_path, sentence)
    assert found
    assert all(verb not in member for members in found for member in members)


@pytest.mark.parametrize(
    "sentence",
    [
        "要深化收入分配、社会保障、医药卫生等领域改革。",  # 深化 governs; 收入分配 is a term, 收入 no verb of the clause
        "推进经济发展、丰富人民生活、提升社会治理。",  # every member opens with its own verb
    ],
)
def test_a_first_member_that_is_a_term_or_a_verb_phrase_of_its_own_stays_whole(tmp_path, sentence):
    found = lists_of(tmp_path, sentence)
    firsts = [members[0] for members in found]
    assert all(len(first) >= len(members[1]) - 1 for first, members in zip(firsts, found))


@pytest.mark.parametrize(
    "sentence,said",
    [
        ("自治区人民政府、自治州人民政府、自治县人民政府分别实行首长负责制。", "实行"),  # 自治 opens words, no verb
        ("引渡拘留、引渡逮捕、引渡监视居住由公安机关负责执行。", "由"),
    ],
)
def test_what_the_clause_says_after_a_series_is_no_part_of_its_last_member(tmp_path, sentence, said):
    found = lists_of(tmp_path, sentence)
    assert found
    assert all(said not in member for members in found for member in members)


@pytest.mark.parametrize(
    "sentence,first",
    [
        ("全市参加职工基本医疗保险、失业保险、工伤保险和生育保险的人数继续增加。", "职工基本医疗保险"),
        ("引导连锁超市与农产品批发市场、专业合作社、家庭农场对接。", "农产品批发市场"),
        ("加快建设城市轨道交通、高速公路、城际铁路等重大工程。", "城市轨道交通"),
    ],
)
def test_a_first_member_opens_where_its_term_does_not_after_a_noun_of_it(tmp_path, sentence, first):
    found = lists_of(tmp_path, sentence)
    assert found
    assert all(members[0] == first for members in found)  # not 医疗保险 cut from 职工基本医疗保险


@pytest.mark.parametrize(
    "sentence",
    [
        "推进社会主义民主政治制度化、规范化、程序化。",  # built alike: 社会主义民主政治 is what all three are said of
        "支持港澳防控疫情、发展经济、改善民生。",  # verb phrases: 港澳 is their subject
        "各地要灵活运用政策工具，采取贷款贴息、融资担保、风险补偿等措施。",
    ],
)
def test_the_nouns_before_a_list_of_verb_phrases_or_of_members_built_alike_stay_outside(tmp_path, sentence):
    found = lists_of(tmp_path, sentence)
    assert all(not members[0].startswith(("社会主义", "港澳", "政策")) for members in found)


@pytest.mark.parametrize(
    "sentence,last,after",
    [
        ("引导连锁超市与批发市场、专业合作社、家庭农场对接。", "家庭农场", "对接"),
        ("推动商场与批发市场、专业合作社、种植大户对接，减少流通环节。", "种植大户", "对接"),
        ("修改城市总体规划、镇总体规划、乡村规划前，应当听取意见。", "乡村规划", "前"),
        ("调整国家标准、行业标准、地方标准后，应当及时公布。", "地方标准", "后"),
        ("从邮资信封、邮资明信片、邮资信卡上剪下的图案不得使用。", "邮资信卡", "上"),
    ],
)
def test_the_verb_or_time_word_a_clause_says_after_its_list_is_no_part_of_the_last_member(
    tmp_path, sentence, last, after
):
    found = lists_of(tmp_path, sentence)
    assert found
    assert all(members[-1] == last and after not in members[-1] for members in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "坚持德才兼备、注重实绩、群众公认的原则。",  # a member built as its fellows are
        "加大对水利、交通、地质找矿等的支持。",  # the text closes the last member with 等
        "依法惩处制售假冒商品、侵犯消费者权益和各种商业欺诈行为。",  # a verbal noun and its head noun
        "国家机关、社会团体、企业事业单位和基层群众性自治组织，应当协助开展宣传。",  # the clause goes on after
    ],
)
def test_a_last_member_ending_on_its_own_verb_stays_whole(tmp_path, sentence):
    found = lists_of(tmp_path, sentence)
    assert all(members[-1] in ("群众公认", "地质找矿", "各种商业欺诈行为", "基层群众性自治") for members in found)


@pytest.mark.parametrize(
    "sentence,inside",
    [
        ("申请书应当载明使用车辆的种类与数量、起止时间、地点（包括出发地和到达地）、路线和联系人的姓名。", "地点"),
        ("报告应当写明活动的名称、规模、场所（包括主会场和分会场）和负责人。", "场所"),
        ("申请应当写明车辆的型号与数量、行驶时间、停放地点（包括临时停放点）及行驶路线。", "停放地点"),
    ],
)
def test_a_list_does_not_end_before_the_parenthesis_of_a_member_it_goes_on_after(tmp_path, sentence, inside):
    found = lists_of(tmp_path, sentence)
    assert all(members[-1] != inside for members in found)  # 地点（…）、路线…: the list goes on


@pytest.mark.parametrize(
    "sentence",
    [
        "负责文物保护工作的部门、住建、自然资源等有关部门，应当按照各自职责做好相关工作。",
        "承担应急管理职责的机构、消防、气象等相关机构应当加强协作。",
    ],
)
def test_the_head_noun_a_list_names_after_its_etc_is_no_member_of_it(tmp_path, sentence):
    found = lists_of(tmp_path, sentence)
    assert all(members[0] not in ("部门", "机构") for members in found)


@pytest.mark.parametrize(
    "sentence,left_out",
    [
        ("今年要增加小麦、玉米、大豆和油料储备，稳定市场供应。", "油料"),
        ("同时积极发展轻工业、农业、交通运输业和文化教育事业，保持合理的比例。", "文化教育事业"),
    ],
)
def test_no_list_that_leaves_out_its_last_member_after_a_conjunction(tmp_path, sentence, left_out):
    found = lists_of(tmp_path, sentence)
    assert all(left_out in "".join(members) for members in found)


def test_a_list_closed_by_its_catch_all_is_asked(tmp_path):
    found = lists_of(tmp_path, "严禁以暴力、威胁、引诱、欺骗及其他非法方式收集证据。")
    assert found


@pytest.mark.parametrize(
    "sentence, members",
    [
        # the verb a clause says of all the members is none of the last one's (社会组织|开展…)
        (
            "鼓励和支持有关人民团体、企业事业单位、社会组织开展家庭教育指导服务。",
            ("有关人民团体", "企业事业单位", "社会组织"),
        ),
        # a definition's 是指 is none of the first member's (是|指普通中小学)
        (
            "学校，是指普通中小学、特殊教育学校、中等职业学校、专门学校。",
            ("普通中小学", "特殊教育学校", "中等职业学校", "专门学校"),
        ),
    ],
)
def test_a_member_cut_to_its_fellows_shape_leaves_the_clause_s_words_outside(tmp_path, sentence, members):
    assert lists_of(tmp_path, sentence) == [members]


def test_a_last_member_is_never_cut_after_a_verb_of_one_character(tmp_path):
    """数量不减少、质量不下降、农民利益有|保障: 农民利益有 is no member."""
    found = lists_of(tmp_path, "确保原地类数量不减少、质量不下降、农民利益有保障。")
    assert all(not members[-1].endswith("有") for members in found)
