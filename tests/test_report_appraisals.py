"""Report cards a careful learner keeps, fourth session: no appraisal as a judgement's answer (是…的{{重要表现}}, 是
{{一个渐进的过程}}), no state as a definition (今天的情况是{{大不相同了}}), no verdict on what the card does not show
(这完全是{{…}}), no scare-quoted word the report disowns (反对“{{…}}”, 说成是「{{…}}」), and a measure left out of what
is hidden (一种{{资本组织形式}}). Made-up sentences in the genre's wording."""

from __future__ import annotations

import pytest

from studycards.extract.definitions import definition_spans
from studycards.extract.formulations import _term_spans
from studycards.extract.judgements import appraisal, judgement_spans, state, without_measure
from studycards.extract.keyterms import _names
from studycards.extract.trivial import couplet_half, is_filler, joined_twins, mirrored, twin_half
from studycards.segment import lexicon_words


def hidden(spans_of, sentence):
    return [sentence[start:end] for start, end in spans_of(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "文化繁荣是国家软实力的重要表现。",
        "体制转换必然是一个渐进的过程。",
        "正确处理这对关系，是体制改革中的一个根本性问题。",
        "保护生态是可持续发展的内在要求。",
        "在速度问题上，必须采取实事求是的科学态度。",
        "工会是联结党和职工的强大纽带。",
        "信息公开是社会监督的现实渠道。",
        "我们靠的是基本路线的正确指引。",
    ],
)
def test_an_appraisal_is_no_judgement_to_ask(sentence):
    assert hidden(judgement_spans, sentence) == []


@pytest.mark.parametrize(
    "sentence,answer",
    [
        ("发展是硬道理。", "硬道理"),  # a head of the genre stays
        ("人民代表大会制度是我国的根本政治制度。", "根本政治制度"),
        ("股份制是现代企业的一种资本组织形式。", "资本组织形式"),  # the measure stays in the cue
        ("知识分子是建设社会主义的依靠力量。", "依靠力量"),  # a noun that weighs names a thing
    ],
)
def test_a_judgement_of_substance_is_asked_without_its_measure(sentence, answer):
    assert hidden(judgement_spans, sentence) == [answer]


def test_a_measure_before_a_name_stays_with_it():
    assert not appraisal("一个中国原则")
    sentence = "两岸关系的基础是一个中国原则。"
    span = (sentence.index("一个"), sentence.index("。"))
    assert without_measure(sentence, span) == span
    assert without_measure("这是一种资本组织形式。", (2, 10)) == (4, 10)


@pytest.mark.parametrize(
    "sentence",
    [
        "同过去的困难相比，今天的情况是大不相同了。",
        "回顾几年的历程，我们走过的不是一条平坦的道路。",
        "有人把干部说成是什么「特权者」，这完全是恶意的诽谤。",
        "他们以为国家都要给予保证，才叫做有了自由。",
    ],
)
def test_a_state_or_a_verdict_is_no_definition(sentence):
    assert hidden(definition_spans, sentence) == []


def test_a_definition_that_names_stays():
    assert hidden(definition_spans, "这条河的发源地是青海省。") == ["青海省"]
    assert hidden(definition_spans, "中国特色社会主义进入了新时代。") == ["新时代"]


@pytest.mark.parametrize("answer", ["目前我们的国家还很穷", "都完成了", "更加巩固了", "搞好了而不是搞坏了"])
def test_clauses_are_states(answer):
    assert state(answer)


@pytest.mark.parametrize(
    "sentence,terms",
    [
        ("有人把领导人员说成是「剥削者」。", []),
        ("要反对“一切向钱看”、损公肥私的思想。", []),
        ("打破吃“大锅饭”的分配方式。", []),
        ("法制也并不象有些人所说的「完全无法可循」。", []),
        ("他们特别喜欢这种「绝对平均」的观念。", []),
        ("所謂我國對於鄰國的「侵略危險」完全是虛構。", []),  # traditional characters, as old reports print them
        ("坚决反对“四风”。", ["四风"]),  # a counted formulation is the report's own
        ("消除干部“怕困难、怕出事”的顾虑。", ["怕困难、怕出事"]),  # a quoted list too
        ("坚持“二为”方向，贯彻“双百”方针。", ["二为", "双百"]),
        ("深化“放管服”改革。", ["放管服"]),
        ("这种合作，也就是通常所说的“南南合作”。", ["南南合作"]),  # what is usually said: the report's own
    ],
)
def test_a_scare_quoted_word_is_no_formulation(sentence, terms):
    assert [sentence[s:e] for s, e in _term_spans(sentence, lexicon_words())] == terms


@pytest.mark.parametrize(
    "answer,filler",
    [
        ("各种不同形式", True),
        ("一系列重大成就", True),
        ("各种所有制经济", False),
        ("严格的", True),  # 实行{{严格的}}责任制: a quality any rule has
        ("正确", True),
        ("稳健", False),  # the stance that tells a policy from another
        ("积极", False),
        ("第一项任务", True),  # 其中最重要的是{{第一项任务}}: it stands for another sentence's item
        ("第一生产力", False),
        ("我们的一贯方针", True),  # praise before a kind: which policy is not said
        ("典型代表", True),
        ("先锋战士", True),
        ("三个代表", False),  # a count names a formulation
        ("党的方针", False),
        ("毛主席历来", True),  # {{毛主席历来}}教导我们: a speaker and how often, cut from what he says
        ("多次", False),
    ],
)
def test_a_quantifier_and_a_qualifier_before_a_generic_noun_is_a_filler(answer, filler):
    assert is_filler(answer) is filler


@pytest.mark.parametrize(
    "sentence",
    [
        "我们不应该硬搬别人的做法，即使是他们成功的经验，也必须有所选择。",  # 即使是: a concession, no subject
        "在那种机关中，这些作风不仅是不可避免，而且是难以克服的。",
    ],
)
def test_a_concession_or_a_not_only_is_no_subject(sentence):
    assert hidden(judgement_spans, sentence) == []


@pytest.mark.parametrize(
    "left,right,names",
    [
        ("t", "t", False),  # 过去|五年
        ("nz", "f", False),  # 改革开放|以来
        ("v", "q", False),  # 还有|种种
        ("r", "n", False),  # 有些|右派分子
        ("nz", "a", False),  # 中华民族|伟大: cut before its noun
        ("n", "vn", True),  # 疫情|防控
        ("d", "nr", True),  # 逐级|晋升 (the tagger's nr): a law's term stays
    ],
)
def test_a_key_term_is_made_of_naming_words(left, right, names):
    assert _names(left, right) is names


@pytest.mark.parametrize(
    "text,figure",
    [
        ("比重却從百分之三十四點一增加到百分之六十六", "百分之三十四點一"),  # not 百分之三十四|點一
        ("幼兒數即達到四十二萬五千人", "四十二萬五千人"),
        ("提供的商品粮比现在增加两、三倍", "两、三倍"),  # two numbers that say "about": not 两、|三倍
    ],
)
def test_a_figure_in_traditional_characters_or_in_two_numbers_is_whole(text, figure):
    from studycards.extract.figures import FIGURE, SHARE

    assert figure in [m.group() for pattern in (SHARE, FIGURE) for m in pattern.finditer(text)]


def test_a_blank_never_opens_or_ends_on_a_list_mark():
    from studycards.extract.trivial import clean_edges

    text = "坚持同步规划、同步实施、同步发展的方针"
    start = text.index("、同步发展")
    assert text[slice(*clean_edges(text, (start, start + 5)))] == "同步发展"


def test_a_first_member_opens_where_its_fellows_do():
    from studycards.extract.enumerations import _enumerations
    from studycards.segment import segmenter

    sentence = "人民是指拥护社会主义和参加社会主义建设的各民族、各民主阶级、各民主党派、各人民团体。"
    lists = [[sentence[s:e] for s, e in spans] for spans in _enumerations(sentence, segmenter())]
    assert lists and lists[0][0] == "各民族"  # not 建设的各民族


@pytest.mark.parametrize(
    "sentence,answers",
    [
        ("农业是我国国民经济的基础，只要农业上去了，其他就好办。", ["农业"]),
        ("稳定是改革和发展的前提。", ["稳定"]),
        ("实现四个现代化，科技是关键，教育是基础。", ["科技", "教育"]),
        ("党的领导是人民当家作主和依法治国的根本保证。", ["根本保证"]),  # a head of the genre, not a role alone
        ("一国两制是推进祖国和平统一大业的基本方针。", ["一国两制"]),  # a filler said of a subject
    ],
)
def test_a_judgement_that_states_a_role_hides_its_subject(sentence, answers):
    assert hidden(judgement_spans, sentence) == answers


def test_a_role_with_a_long_subject_is_not_asked():
    sentence = "加强和改进党的作风建设是做好各项工作的基础。"
    assert hidden(judgement_spans, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "由于出现了这样的政治局面，现在是建国以来最好的历史时期之一。",  # a time is no subject to ask
        "教育发展计划应当成为经济和社会发展总体规划的重要组成部分。",  # the modal is no part of it
    ],
)
def test_a_filler_said_of_no_subject_is_not_asked(sentence):
    assert hidden(judgement_spans, sentence) == []


@pytest.mark.parametrize(
    "sentence,answer,given",
    [
        ("犯错误的干部是少数，好的和比较好的干部是多数。", "多数", True),  # the mirror gives it away
        ("犯错误的干部是少数，好的和比较好的干部是多数。", "少数", True),
        ("必须坚持少数服从多数的原则。", "多数", False),  # no parallel clause
    ],
)
def test_an_answer_its_card_mirrors_is_given_away(sentence, answer, given):
    start = sentence.rindex(answer)
    assert mirrored(sentence, (start, start + len(answer))) is given


@pytest.mark.parametrize(
    "sentence,answer,given",
    [
        ("走这条道路，是人心所向，大势所趋。", "人心所向", True),
        ("百年大计，教育为本。", "教育为本", True),
        ("对待历史问题要宜粗不宜细，宜宽不宜严。", "宜宽不宜严", False),  # five characters: no couplet half
        ("考核不合格的，取消录用。", "取消录用", False),  # a rule's consequence after its condition
        ("未经检查，不得起飞。", "不得起飞", False),
        ("坚持稳中求进工作总基调，推动高质量发展。", "稳中求进", False),  # inside a clause
    ],
)
def test_one_half_of_a_couplet_is_given_away_by_the_other(sentence, answer, given):
    start = sentence.rindex(answer)
    assert couplet_half(sentence, (start, start + len(answer))) is given


@pytest.mark.parametrize(
    "sentence,answer,given",
    [
        ("贯彻“一国两制”、“港人治港”、“澳人治澳”、高度自治的方针。", "澳人治澳", True),
        ("贯彻“一国两制”、“港人治港”、“澳人治澳”、高度自治的方针。", "港人治港", True),
        ("落实“爱国者治港”、“爱国者治澳”原则。", "爱国者治澳", True),
        ("贯彻“一国两制”、“港人治港”、“澳人治澳”、高度自治的方针。", "高度自治", False),
        ("统筹推进经济建设、社会建设。", "社会建设", False),  # two characters swapped for two others: asked
        ("苏绣、湘绣、粤绣、蜀绣并称四大名绣。", "粤绣", False),  # a two-character member: asked
        ("企业分为居民企业和非居民企业。", "非居民企业", False),  # its neighbour is no whole item
    ],
)
def test_one_of_twin_items_is_given_away_by_the_other(sentence, answer, given):
    start = sentence.rindex(answer)
    assert twin_half(sentence, (start, start + len(answer))) is given


def test_twins_side_by_side_are_asked_as_one():
    sentence = "贯彻“一国两制”、“港人治港”、“澳人治澳”、高度自治的方针。"
    spans = [(sentence.index(a), sentence.index(a) + len(a)) for a in ("一国两制", "港人治港", "澳人治澳", "高度自治")]
    joined = joined_twins(sentence, spans)
    assert [sentence[a:b] for a, b in joined] == ["一国两制", "港人治港”、“澳人治澳", "高度自治"]


@pytest.mark.parametrize(
    "sentence,answer,given",
    [
        ("国务院组成部门共５９个，比现有的８６个减少２７个。", "８６个", True),  # 59 + 27: the base of the change
        ("国务院组成部门共５９个，比现有的８６个减少２７个。", "２７个", True),  # 86 - 59
        ("粮食产量达到9000亿斤，比上年的8000亿斤增长5%。", "8000亿斤", False),  # a share: not the sum
        ("全年共有964个项目，其中新建的271个，续建的693个。", "964个", False),  # the total is asked
    ],
)
def test_a_figure_its_card_works_out_is_not_asked(sentence, answer, given):
    from studycards.extract.trivial import derivable

    start = sentence.index(answer)
    assert derivable(sentence, (start, start + len(answer))) is given


def test_a_plan_beside_another_is_given_away_even_with_a_stray_space():
    from studycards.extract.trivial import plan_beside_plan

    sentence = "国务院对“八五”计划作了必要的调整，并将着手研究制定“九五 ”计划。"
    start = sentence.index("九五 ")
    assert plan_beside_plan(sentence, (start, start + 3))
    assert not plan_beside_plan("着手研究制定“九五 ”计划。", (7, 10))
