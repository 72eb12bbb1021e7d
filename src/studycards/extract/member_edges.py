"""A list's outer edges on whole terms: the blank of a list found by its shape (enumerations.py) opens where its first
member's term opens, not after a noun of that term (参加城镇基本|养老保险、失业保险… asks 城镇基本养老保险), and ends
before the word the clause says of the whole list (…、家庭农场|对接。; …、乡村规划|前，).

A member is cut to its fellows' shape on the words jieba gives it; a term of the genre is often several such words
(基本|养老保险, 农产品|流通企业, 铁路|新干线), which the text shows by the word that opens the phrase: a verb, a
preposition, a particle or a pronoun before the nouns (参加|…, 与|…, 的|…).
"""

from __future__ import annotations

import re
from itertools import accumulate, takewhile
from os.path import commonprefix

from studycards.segment import Segmenter

MODIFIER_TAGS = frozenset(("n", "nz", "ns", "b", "j"))
"""Tags of a word that modifies the noun after it as part of one term (基本|养老保险, 农产品|流通企业); not vn, l or
i, which jieba gives verbs (发展, 运用, 建立健全)."""
TERM_TAGS = MODIFIER_TAGS | {"nt"}
"""Tags of the word a member that is a term opens with (养老保险, 专业合作社), not a verb and its object (发展经济)."""
JOINT_TAGS = ("v", "vn", "p", "u", "r")
"""Tags of the word that opens the phrase a list's first member ends (参加|城镇基本养老保险, 与|农产品流通企业)."""
VERBS_TAGGED_NOUNS = frozenset(["利用", "储存", "整治", "投向", "节约"])
"""Verbs jieba's dictionary calls nouns: a first member is never widened back over one (依法保护和合理利用|土地、矿产…
asks 土地, not 利用土地)."""
MAX_TERM = 8
"""How long a first member may grow to: longer, the nouns before it are more likely verbs jieba calls nouns (外资|投向|
农业综合开发)."""
MODALS = frozenset(["应当", "应该", "应", "可以", "必须", "须", "要", "不得", "能够", "有权"])
"""Modal words: a verb follows them, whatever jieba calls it (应当|统筹安排, 不得|利用)."""
BOUND_SUFFIXES = "化性型式"
"""Endings of members built alike (制度化、规范化、程序化): the nouns before the first are what all of them are said of."""


def with_first_term(seg: Segmenter, sentence: str, start: int, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` (a list's members; `start`: where the clause around it opens) with the first member widened back over
    the nouns of its term to the word that opens them, when every member but the last is a term (养老保险、失业保险; not
    传播、暴发、流行 or 发展经济、改善民生, whose nouns before are their subject)."""
    first, *others = [sentence[a:b] for a, b in spans]
    if not all(_term(seg, member) for member in [first, *others[:-1]]):
        return spans
    if len({member[-1] for member in [first, *others]}) == 1 and first[-1] in BOUND_SUFFIXES:
        return spans
    words = seg.tagged(sentence[start : spans[0][0]])
    ends = [0, *accumulate(len(word) for word, _ in words)]
    index = len(words) - 1
    while (
        index >= 0
        and words[index][1] in MODIFIER_TAGS
        and len(words[index][0]) > 1
        and words[index][0] not in VERBS_TAGGED_NOUNS
    ):
        index -= 1
    if index == len(words) - 1 or index < 0 or not _joint(words[index]):
        return spans
    opening = start + ends[index + 1]
    if spans[0][1] - opening > MAX_TERM:
        return spans
    return [(opening, spans[0][1]), *spans[1:]]


CLOSING = ("等", "的")
"""What the text closes a last member with (…、地质找矿|等; …|的): the words before it are the member's own."""
CLAUSE_MARKS = "，,；;：:。！？"
"""What ends the clause a verb ends: after the list, it is the clause's predicate (…、家庭农场对接，)."""
KEPT_TAGS = TERM_TAGS | {"l"}
"""Tags of the word a last member without the clause's word ends with (家庭农场|对接): a noun; not a verbal noun,
which may wait for the word after it as its head (商业欺诈|行为, a noun jieba calls a verb)."""


def without_clause_word(seg: Segmenter, sentence: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` with the last member cut before a word of the clause it ends on, after a noun: a place or time word no
    fellow ends with (修改…、城市总体规划、乡村规划|前，), or a verb that ends the clause, made the member longer than
    every inner fellow, and no fellow holds a verb after its first word (…、专业合作社、家庭农场|对接。): said of the whole
    list. Not a member built as its fellows are (注重实绩、群众公认), one the text closes with 等 or 的 (…、地质找矿等),
    nor a verb the clause goes on after (…和基层群众性自治|组织，: a term cut short already)."""
    start, end = spans[-1]
    *fellows, last = [sentence[a:b] for a, b in spans]
    words = seg.tagged(last)
    if sentence.startswith(CLOSING, end) or len(words) < 2 or words[-2][1] not in KEPT_TAGS:
        return spans
    word, tag = words[-1]
    if tag == "f" and not any(fellow.endswith(word) for fellow in fellows):
        return [*spans[:-1], (start, end - len(word))]
    inner = fellows[1:] or fellows  # the first may be cut to their shape, or run long from the clause
    if tag != "v" or len(word) < 2 or len(last) <= max(len(fellow) for fellow in inner):
        return spans
    if end < len(sentence) and sentence[end] not in CLAUSE_MARKS:
        return spans
    return spans if any(_holds_verb(seg, fellow) for fellow in fellows) else [*spans[:-1], (start, end - len(word))]


HEAD_AFTER = re.compile(r"等(?:有关|相关|其他)?")
"""What stands between a list and the head noun all its members are kinds of (…、公安等有关|部门)."""


def names_its_head(sentence: str, spans: list[tuple[int, int]]) -> bool:
    """The first member, after a 的, is the head noun the list names again after its 等 (负责…工作的|部门、网信、公安等
    有关部门): the head of the phrase before it, not a member; the list is the members after it, and a card that
    asks it with them cuts that phrase."""
    start, end = spans[0]
    head = HEAD_AFTER.match(sentence, spans[-1][1])
    if head is None or sentence[start - 1 : start] != "的":
        return False
    return sentence.startswith(sentence[start:end], head.end())


def _tagged_before(seg: Segmenter, sentence: str, start: int) -> list[tuple[str, str]]:
    """The tagged words of the MAX_BEFORE characters before the first member at `start`."""
    return seg.tagged(sentence[max(0, start - MAX_BEFORE) : start])


JOINED_BEFORE = frozenset(["和", "及"])
"""A word that joins what stands before a list to its first member (尊重主权和|领土完整、互不侵犯…)."""
JOINING_ACTS = "与"
"""A word that joins two acts (制订与|完善…, 设计与|制造), else a preposition (超市与|批发市场、…对接: the list is whole)."""


def joined_before(seg: Segmenter, sentence: str, spans: list[tuple[int, int]]) -> bool:
    """The first member opens right after a word that joins it to what stands before: the list's true first member
    is there (进入基础产业和|基础设施、市政公用事业…; 土地使用权出让和|矿产资源开发、…), or the words before are
    shared by the members (乡镇和区域性|农机推广、动植物疫病防控…), so the blank breaks one of them. Readers of sessions
    12-30 kept 20 of 59 such cards. Not a list of qualities of the noun after it (体系和|层级清晰、职责明晰、准确客观的),
    after a pronoun, nor after a list its 等 closes."""
    start = spans[0][0]
    before = _tagged_before(seg, sentence, start)
    if len(before) < 2:
        return False
    (_, tag), (word, _) = before[-2], before[-1]
    acts = str(tag).startswith("v") and _opens_with_act(seg, sentence[start : spans[0][1]])
    if word not in JOINED_BEFORE and not (word == JOINING_ACTS and acts):
        return False
    if str(tag).startswith("r") or _examples_before(before):
        return False  # 我们和|朝鲜、…: with whom; 气候、雨量、地形等自然条件和|肥料、水利…: a list after a list
    return not (sentence.startswith("的", spans[-1][1]) and all(_holds_quality(seg, sentence[a:b]) for a, b in spans))


def _examples_before(words: list[tuple[str, str]]) -> bool:
    """A 等 closes a list earlier in the clause (淮河、太湖等重点流域污染防治和|…): the joining word joins two lists."""
    clause = takewhile(lambda tagged: tagged[0] not in CLAUSE_MARKS, reversed(words))
    return any(word == EXAMPLE_MARK for word, _ in clause)


def _opens_with_act(seg: Segmenter, member: str) -> bool:
    words = seg.tagged(member)
    return bool(words) and str(words[0][1]).startswith("v")


def _holds_quality(seg: Segmenter, member: str) -> bool:
    """An adjective stands in `member` (层级清晰, 准确客观): members so, before a 的, say what the noun after it is like,
    and the word before the list joins two noun phrases (…评价体系和|层级清晰、职责明晰、准确客观的…机制)."""
    return any(str(tag).startswith("a") for _, tag in seg.tagged(member))


def _holds_verb(seg: Segmenter, member: str) -> bool:
    """A verb after the member's first word (区域|协调, 城乡|统筹): members built so may end on a verb."""
    return any(tag == "v" for _, tag in seg.tagged(member)[1:])


def _term(seg: Segmenter, member: str) -> bool:
    words = seg.tagged(member)
    return bool(words) and words[0][1] in TERM_TAGS


def _joint(word: tuple[str, str]) -> bool:
    """A word that opens a phrase: a verb of two characters or more (团结|爱国民主党派: jieba calls 团结 an adjective),
    a preposition, a particle, a pronoun; not a modal word, which a verb follows (应当|统筹安排, 不得|利用: verbs jieba
    calls nouns)."""
    text, tag = word
    verb = str(tag).startswith("v") or tag == "a"
    return (
        (str(tag).startswith(JOINT_TAGS) or tag == "a")
        and (len(text) > 1 or not verb)
        and not (verb and text in MODALS)
    )


PREFIX_TAG = "h"
"""jieba's tag of a prefix (非|临床研究): it belongs to the word after it."""


def with_prefix(seg: Segmenter, sentence: str, start: int, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` with the first member opening on the prefix before it (对药品的非临床研究、临床试验: the member is
    非临床研究, and a blank after 非 cuts the word)."""
    words = seg.tagged(sentence[start : spans[0][0]])
    if not words or words[-1][1] != PREFIX_TAG:
        return spans
    return [(spans[0][0] - len(words[-1][0]), spans[0][1]), *spans[1:]]


MAX_QUOTED = 10
"""Characters of a quoted term that opens a first member (“五保户”供养)."""


def with_quoted_term(sentence: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` with the first member opening on the quoted term the text writes right before it (完善农村“五保户”|供养、
    特困户救助、… -> “五保户”供养): a term in quotes and the word after it are one member."""
    start = spans[0][0]
    if start == 0 or sentence[start - 1] != "”":
        return spans
    opening = sentence.rfind("“", max(0, start - MAX_QUOTED - 1), start - 1)
    if opening < 0 or any(mark in sentence[opening:start] for mark in "，,；;。、"):
        return spans
    return [(opening, spans[0][1]), *spans[1:]]


def with_fellows_prefix(seg: Segmenter, sentence: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` with the first member opening on the words every fellow opens with, where the text has them just before
    it (贴近|实际、贴近生活、贴近群众 -> 贴近实际; 新|技术、新工艺、新材料 -> 新技术): the list's shape cut off its first member."""
    first, *fellows = [sentence[a:b] for a, b in spans]
    start = spans[0][0]
    shared = commonprefix(fellows) if len(spans) >= 3 else ""
    if not shared or len(shared) >= min(map(len, fellows)):
        opening = _opening_word(seg, sentence, start)
        shared = opening if any(len(fellow) > len(opening) and fellow.startswith(opening) for fellow in fellows) else ""
    if not shared or first.startswith(shared) or not sentence.endswith(shared, 0, start):
        return spans
    return [(start - len(shared), spans[0][1]), *spans[1:]]


SHAPE_CLASSES = {"v": "verb", "vn": "verb", "vd": "verb", "a": "qualifier", "ad": "qualifier", "b": "qualifier"}
"""What the word a member opens with is, for the shape of a list (讲|真话、办实事、求实效: a verb and its object each)."""
ABBREVIATION = "j"
"""jieba's tag of an abbreviation (研发): of no kind, it neither shows a list's shape nor breaks it."""
MAX_SHAPE_WORD = 2
"""Characters the word before a first member may have to be taken into it by the fellows' shape."""
OPENS_NO_NAME = ("p", "c", "u", "r", "d", "m", "f", "q", "x")
"""Tags of a word that opens no noun phrase (在, 和, 的, 各, 等 …)."""
COORDINATING = ("和", "与", "及", "并", "或", "或者", "并且")
"""What joins a verb to one before it (争取和|维护…): the two verbs share the list, neither is a member's."""
COPULAS = frozenset(["是", "为", "有"])
"""Words that say what a list is or has (要解决的是|住房、看病难、上学难): never a member's."""
RARE_WORD = 10
"""Times the dictionary counts a word at most for it to be a fragment of a name, not a word (博会 5, 医院 7,376)."""


def with_fellows_shape(seg: Segmenter, sentence: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` with the first member opening on the word just before it, where every fellow is as long as the first
    would then be and shows that the list's shape cut the word off it:
    - each fellow opens with a verb and at least one goes on with its object (做到讲|真话、办实事、求实效 -> 讲真话;
      引领|风尚、教育人民、服务社会 -> 引领风尚), or each opens with a qualifier (积极|开拓、艰苦创业、无私奉献 -> 积极开拓);
    - the word follows a 的, so it opens a noun phrase (转化的引导|资金、贷款贴息、补助资金 -> 引导资金);
    - the members are names built alike and the first, without the character before it, is a word the dictionary
      all but lacks (进|博会、广交会、服贸会 -> 进博会; not 建|医院、卫生院、敬老院).
    Not where a fellow opens with a word of another kind (发展|教育、科学技术、文化艺术), where the fellows are acts
    with no object (加强|宣传、教育培训、监督检查: 加强 is said of them all), a verb joined to one before it
    (争取和维护|民族独立、捍卫国家主权、…), a modal, qualifying or linking word (相关, 是), nor a first member of one
    character (批准省|、自治区、直辖市)."""
    first, *fellows = [sentence[a:b] for a, b in spans]
    if len(fellows) < 2 or len({len(fellow) for fellow in fellows}) != 1:
        return spans
    start, size = spans[0][0], len(fellows[0]) - len(first)
    before = _tagged_before(seg, sentence, start)
    if not 1 <= size <= MAX_SHAPE_WORD or len(first) < 2 or not before or len(before[-1][0]) != size:
        return spans  # 批准省|、自治区、直辖市: one character is a name of its own, no object cut short
    if before[-1][0] in MODALS or before[-1][0] in ATTRIBUTIVE or before[-1][0] in COPULAS:
        return spans  # 约定相关|待遇、服务年限; 面对的是|改革进入攻坚期、…: the word is said of the whole list
    tag = str(before[-1][1])
    if sentence.endswith(COORDINATING, 0, start - size) or tag.startswith(OPENS_NO_NAME):
        return spans
    widened = [(start - size, spans[0][1]), *spans[1:]]
    if size == 1 and len({sentence[end - 1] for _, end in spans}) == 1 and seg.count(first) <= RARE_WORD:
        return widened
    if sentence.endswith("的", 0, start - size):
        return widened
    kind = SHAPE_CLASSES.get(tag)
    openings = [seg.tagged(fellow[:size]) for fellow in fellows]
    if kind is None or any(len(words) != 1 for words in openings):
        return spans
    if {SHAPE_CLASSES.get(str(words[0][1])) for words in openings if words[0][1] != ABBREVIATION} != {kind}:
        return spans
    if kind == "verb" and not any(_has_object(seg, fellow[size:]) for fellow in fellows):
        return spans
    return widened


def _has_object(seg: Segmenter, rest: str) -> bool:
    """Whether what follows a fellow's verb holds a noun, its object (教育|人民, 办|实事, 创新|发展理念), not only another
    act (教育|培训, 监督|检查)."""
    return any(str(tag).startswith(("n", "l")) for _, tag in seg.tagged(rest))


def without_preposition(seg: Segmenter, sentence: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` with the first member opening after the preposition its fellows' shape took into it (应当根据|县、自治县、
    不设区的市…的安排 -> 县): a preposition opens what frames the list, never a member no fellow opens so, where the
    fellows are no acts."""
    first, *fellows = [seg.tagged(sentence[a:b]) for a, b in spans]
    if len(first) < 2 or str(first[0][1]) != "p" or any(words and str(words[0][1])[:1] in "pv" for words in fellows):
        return spans  # 除|烦苛之弊、施公平之策: fellows that open with a verb show the word is one (除 = remove)
    return [(spans[0][0] + len(first[0][0]), spans[0][1]), *spans[1:]]


def with_adverb(seg: Segmenter, sentence: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` with the first member opening on the adverb before its verb, where a verb stands before that adverb
    (采取逐月|领取退役金、自主就业、安排工作 -> 逐月领取退役金): the adverb says how the member's act is done, for the
    verb before it takes the list as its object; not after a modal word."""
    start = spans[0][0]
    before = _tagged_before(seg, sentence, start)
    member = seg.tagged(sentence[start : spans[0][1]])
    if len(before) < 2 or not member or str(member[0][1]) != "v":
        return spans
    (verb, verb_tag), (adverb, tag) = before[-2], before[-1]
    if str(tag) != "d" or not str(verb_tag).startswith("v") or verb in MODALS or len(adverb) < 2:
        return spans  # 不得私自|开拆、隐匿、毁弃: after a modal, the adverb says how all of them are done
    return [(start - len(adverb), spans[0][1]), *spans[1:]]


EXAMPLE_MARK = "等"
NAME_TAGS = ("n", "ns", "nz", "nt", "nr")
"""Tags of a word that names a thing (深圳, 沼气, 集装箱)."""
EXAMPLE_TAGS = (*NAME_TAGS, "a", "b", "f", "s")
"""Tags of the words an example is named with (中央|企业, 沿海|发达|地区)."""


def with_example(seg: Segmenter, sentence: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` with the first member opening on the example its kind follows (发挥深圳等|经济特区、上海浦东新区… ->
    深圳等经济特区; 推动中央企业等|国有企业、…): the example, all its words, and its 等 are the member's own."""
    start = spans[0][0]
    before = _tagged_before(seg, sentence, start)
    if len(before) < 2 or before[-1][0] != EXAMPLE_MARK or not str(before[-2][1]).startswith(NAME_TAGS):
        return spans
    at = len(before) - 2  # the name before 等, and the words naming the example with it (中央|企业等)
    while at > 0 and str(before[at - 1][1]).startswith(EXAMPLE_TAGS):
        at -= 1
    example = "".join(word for word, _ in before[at:-1])
    return [(start - len(EXAMPLE_MARK) - len(example), spans[0][1]), *spans[1:]]


QUALIFYING_TAGS = ("n", "a", "b", "m", "q", "r")
ATTRIBUTIVE = frozenset(["相关", "有关", "其他", "其它", "各类", "各级"])
"""Words that make the word after them a noun they qualify (相关组织, 安全生产): it opens no member then."""


def _opening_word(seg: Segmenter, sentence: str, start: int) -> str:
    """The word of two characters or more the text has just before the first member at `start`, where it opens a
    phrase, so that a fellow opening with it shows the list's shape cut it off the first member (具有自主|知识产权、
    自主品牌、高附加值的… -> 自主知识产权; 人民|公安机关、检察机关和人民法院 -> 人民公安机关); '' for a word the text
    qualifies (督促相关组织|订立护林公约、组织群众护林; 本单位安全生产|规章制度、…和生产安全事故…)."""
    words = _tagged_before(seg, sentence, start)
    if not words or len(words[-1][0]) < 2:
        return ""
    if len(words) > 1 and (str(words[-2][1]).startswith(QUALIFYING_TAGS) or words[-2][0] in ATTRIBUTIVE):
        return ""
    return words[-1][0]


MAX_BEFORE = 12
"""Characters before a list's first member read for the word a fellow opens with."""


CATCH_ALL = re.compile("其他|其它|其余|一切|广大|各项")
"""What opens a member that gathers the rest (…、知识分子和其他劳动群众; …和一切爱国力量); not 有关 or 各类, which
open a member of its own (有关财务会计报告)."""
HEAD_TAGS = ("n", "l", "vn")
"""Tags of the word after a blank that heads a catch-all the blank cut (群众; 固体废物; 社会|服务)."""


def without_catch_all(seg: Segmenter, sentence: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` without a last member that gathers the rest when a noun after the blank is its head ([工人、农民、知识分子
    和其他劳动]群众 -> [工人、农民、知识分子]和其他劳动群众; [各民族、各阶层、各界人士和一切爱国]力量): the blank cut the
    catch-all apart, and a catch-all is no member to learn. One the blank holds whole stays (…和其他文书]应当…)."""
    if len(spans) < 2 or not CATCH_ALL.match(sentence, spans[-1][0]):
        return spans
    after = seg.tagged(sentence[spans[-1][1] : spans[-1][1] + MAX_TERM])
    return spans[:-1] if after and after[0][1].startswith(HEAD_TAGS) else spans


def without_subjects(seg: Segmenter, sentence: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` cut to the list of acts that starts inside a member made of a noun and a verb, when every fellow after
    it is a verb and every one before it a noun (反对美帝、苏修|{侵略}、控制、干涉、欺负: who acts is one list, what they
    do another; a blank 苏修侵略 asks half of each)."""
    members = [seg.tagged(sentence[a:b]) for a, b in spans]
    for index, words in enumerate(members[1:-1], start=1):
        acts = len(words) == 2 and words[0][1].startswith("n") and words[1][1] == "v"
        if acts and all(len(after) == 1 and after[0][1] == "v" for after in members[index + 1 :]):
            if all(before and before[-1][1].startswith("n") for before in members[:index]):
                return [(spans[index][0] + len(words[0][0]), spans[index][1]), *spans[index + 1 :]]
    return spans
