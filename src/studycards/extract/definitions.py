"""Definitions and identities: what a thing is called, what a term means, which one a sentence names.

- X是指Y, 所谓X是指Y, 本法所称X，是指Y: the meaning (Y whole when short, else what its last 的 qualifies);
- 称为/统称/简称/又称/叫做/名为/被誉为 Y: the name;
- …的是Y, X即Y: what the sentence identifies (扑救火灾最有利的阶段是{{初起阶段}});
- a report's or charter's defining statements: …进入了{{新时代}}, 首要任务是{{…}}, 最本质的特征是{{…}},
  根本制度/国体/性质/宗旨/主要矛盾 是 {{…}};
- the complement a sentence ends on (…是{{…}}。) and where or when a thing began (起源于{{…}});
- X为Y where X names a day, a language or a symbol: 每年X月X日为{{…日}}; 以{{普通话}}为基本的播音用语.

The subject stays in the cue; one card per sentence, each thing it defines a deletion.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from studycards.extract.clauses import CLAUSE_BODY as BODY
from studycards.extract.clauses import Span, fact_in_sentence, first_disjoint, is_word_edge
from studycards.extract.judgements import appraisal, judgement_spans, state
from studycards.extract.passages import passages
from studycards.facts import GENERIC_WORDS, Fact, normalise
from studycards.outline import Document
from studycards.segment import Segmenter

END = r"(?=[，,。；;：:！？!?]|$)"
MEANS = re.compile(rf"(?:是指|指的是|就是指)(?![导出挥明示引责定])(?P<x>{BODY}{{2,40}}){END}")
NAMED = re.compile(
    rf"(?:称之为|被称为|被誉为|被称作|并称为|统称为|简称为|称为|称作|统称|简称|又称|也称|俗称|叫做|叫作|名为|誉为|合称)"
    rf"[：:]?(?P<x>{BODY}{{2,16}}){END}"
)
CALLED_AS = re.compile(rf"(?:称|誉|尊|奉)(?![为之作])[^，,。；;：:！？!?为]{{1,12}}为(?P<x>{BODY}{{2,12}}){END}")
"""称X为Y, 誉X为Y: the name given."""
IDENTIFIED = re.compile(rf"(?<!有)的(?:是|为)(?P<x>{BODY}{{2,16}}){END}")
THAT_IS = re.compile(
    rf"[，,]即(?![使便将可已是刻])(?P<x>[^，,。；;：:！？!?\d〇一二两三四五六七八九十百千万]{{2,8}}){END}"
)
"""…，即{{…}}: a short name for what came before; not 即使, and not a sum restated (即增长…, 即损失…元)."""
DEFINING = (
    r"首要任务|第一要务|中心任务|根本任务|根本制度|基本制度|重要制度|国体|政体|性质|宗旨|主要矛盾|本质特征|最本质的特征|"
    r"最大优势|根本政治制度|基本政治制度|领导核心|指导思想|行动指南|奋斗目标|总任务|根本目的|根本标准"
)
DEFINED_IS = re.compile(rf"(?:{DEFINING})(?:是|为)(?P<x>{BODY}{{2,30}}){END}")
ENTERED = re.compile(
    rf"进入(?:了)?(?P<x>{BODY}{{0,10}}(?:时代|时期|阶段|常态|状态|小康|行列))(?:{END}|(?=时|的|后|以来))"
)
"""The era, state or rank a country or a cause has entered (经济发展进入{{新常态}}, 决定…进入{{紧急状态}}时, 由温饱进入
{{小康}}, 进入{{创新型国家行列}}); not a place or a body one enters (外国籍船舶不得进入{{中华人民共和国港口}}, 企业都进入
{{市场}}): blind readers kept 9 of 32 such cards, and examiners hide what follows 进入 in 3 of their 7,324 fill blanks,
none in a law."""
NEW_STAGE = re.compile(r"^(?:一个)?(?:新世纪)?(?:新的(?:发展|历史)?|新|蓬勃发展的新的?)(?:阶段|时期)$")
"""An era every report enters (对外开放进入{{新的阶段}}, 进入了{{一个新的发展阶段}}, {{新世纪新阶段}}, {{新时期}}): readers
kept 0 of 8 such cards ("anyone would fill it in"). Not a named one (进入{{新发展阶段}})."""
TAKEN_AS = re.compile(rf"以(?P<x>{BODY}{{2,10}}?)为(?:基本|主要|通用|法定|唯一)?的?(?:用语|语言|文字|标志|节日|纪念日)")
DAY = re.compile(rf"为(?P<x>{BODY}{{1,12}}?(?:日|节|周|月)){END}")
FINAL_IS = re.compile(rf"(?<=[^这那它此其也就还即但别要总只都更正的])是(?!不是|否|非)(?P<x>{BODY}{{2,10}})[。！？!?]?$")
"""The complement a sentence ends on (…的发源地是{{…}}。): what it exists to state."""
ORIGIN = re.compile(
    rf"(?:始于|源于|起源于|产生于|诞生于|发源于|位于|属于|出自|取自|来自|首创于|定都于|建于)(?P<x>{BODY}{{2,10}}){END}"
)
CUES = re.compile(r"指|称|简|叫|名为|誉为|的是|的为|即|进入|以|为|是|于|出自|取自|来自")
MAX_ANSWER = 16
TAIL = re.compile(r"的([^的]{2,10})$")
GENUS = frozenset("行为 活动 情形 过程 人员 组织 单位 事项 能力 权利 其他人 状态 方式 措施 物品 财产".split())
"""The kind a long definition puts its meaning in (…以及其他商业性质的{{行为}}): in no examiner's blank of a 是指
sentence (0 of 13 blanks that end one hide a word of the kind), and no recall of the definition."""
NOT_ANSWER = re.compile(
    r"^(?:什么|哪|谁|何|如下|以下|下列|这|那|其|它|比|不|要|因为|为了|由于|希望|如何|怎样)|[这那该的]$|[地得]"
)
"""Not a name or a meaning: a question word, a comparison (即比上年增长…), a negation or an emphatic 是…的
(是不能够不遇到困难的), an adverbial (很清楚地)."""


def extract_definitions(document: Document, seg: Segmenter) -> list[Fact]:
    facts = []
    for passage in passages(document):
        for sentence, lead in passage.with_leads():
            spans = definition_spans(sentence)
            if spans and not judgement_spans(sentence):  # a judgement asks it already (关键是…)
                fact = fact_in_sentence("definition", sentence, spans, passage.origin, lead=lead)
                if on_word_edges(fact, seg):
                    facts.append(fact)
    return facts


def on_word_edges(fact: Fact, seg: Segmenter) -> bool:
    """Whether every deletion of `fact` starts and ends where a word does: not 事情本身的是{{非曲直}} (是非曲直 is one
    word), 这是了{{不起的成就}}."""
    return all(is_word_edge(fact.text, edge, seg) for span in fact.spans for edge in span)


def definition_spans(sentence: str) -> list[Span]:
    """What `sentence` defines or names, each a span; none overlapping."""
    if not CUES.search(sentence) or sentence.rstrip("”’").endswith(("？", "?")):
        return []  # a question defines nothing
    return first_disjoint(sentence, _candidates(sentence), _askable)


def _candidates(sentence: str) -> Iterator[Span | None]:
    for match in MEANS.finditer(sentence):
        yield _meaning(match)
    item = ITEM_IS.match(sentence)
    for pattern in (NAMED, CALLED_AS, DEFINED_IS, IDENTIFIED, THAT_IS, ENTERED, ORIGIN, FINAL_IS):
        for match in pattern.finditer(sentence, item.end() if item else 0):
            if pattern is NAMED and "誉" not in match.group(0):  # a name given; not a tribute (被誉为…)
                yield _name(match)
            elif pattern is ENTERED and NEW_STAGE.match(match.group("x")):
                continue
            elif pattern is not FINAL_IS or not _of_what_came_before(sentence, match.start()):
                yield _short(match)
    for match in TAKEN_AS.finditer(sentence):
        yield match.span("x")
    if "日" in sentence or "节" in sentence:
        for match in DAY.finditer(sentence):
            yield match.span("x")


POINTING = re.compile(r"[这那它此][\u4e00-\u9fff]{0,2}?是")
"""A clause that opens on a demonstrative and its 是 (这完全是…, 那便是…; not 这条河的发源地是…) speaks of what came before it: its complement is a
verdict on something the card does not show."""
ITEM_IS = re.compile(r"(?:[一二三四五六七八九十]{1,2}|其[一二三四五六七八九十]|首先|其次|再次|最后)是")
"""An item's number and its 是 (三是{{全面提升产品质量}}) define nothing: the item is a point of a list the card
does not show."""


def _of_what_came_before(sentence: str, at: int) -> bool:
    """Whether the clause that ends in the complement at `at` opens on a demonstrative."""
    opening = max(sentence.rfind(mark, 0, at) for mark in "，,；;：:") + 1
    return bool(POINTING.match(sentence, opening))


def _meaning(match: re.Match) -> Span | None:
    """The whole meaning when short; else what its last 的 qualifies stays, and the qualifier is hidden, unless it
    repeats a word of the term it defines (采购人是指{{依法进行政府采购}}的国家机关…; 公共文化设施是指{{用于提供公共文化
    服务}}的建筑物…: blind readers dropped 4 of 4 such cards as filler, and kept the card on the kind)."""
    body, start = match.group("x"), match.start("x")
    if len(body) <= 12:
        return start, start + len(body)
    head = body.rfind("的")
    if "、" in body[:head]:
        return None  # 是指大学、独立设置的学院和…: the 的 qualifies one member of a list, not the meaning
    if 2 <= head <= MAX_ANSWER:
        return None if _repeats_term(match.string[: match.start()], body[:head]) else (start, start + head)
    tail = TAIL.search(body)
    return (start + tail.start(1), start + len(body)) if tail and tail.group(1) not in GENUS else None


COVERB = re.compile(r"对|为|向|把|将|从|在|给|与|同|跟|让|使|通过")
"""What opens a verb phrase (对…采取, 为…提供, 通过…): its last 的 may qualify the object of a verb after it."""
ACTION = re.compile(r"采取|进行|提供|实行|给予|予以|作出|实施|开展|建立|加强|推动|促进|保护|维护|恢复")
"""A verb in what follows that 的 (对被接管的|商业银行采取必要措施): no noun it heads (为…培养合格的|劳动者和各类专门人才)."""
TERM = re.compile(r"(?:本法|本条例|本规定|本办法)?(?:所称的?|所谓)?(?P<term>[^，,。；;：:]+?)[，,]?$")
"""The term a 是指 sentence defines, before its 是指 (本法所称公共文化设施，)."""
TERM_WORD = 2
"""Characters of the term a qualifier repeats that make it filler (采购 of 采购人 in 依法进行政府采购)."""


def _repeats_term(before: str, qualifier: str) -> bool:
    """Whether `qualifier` holds TERM_WORD characters in a row of the term `before` 是指 defines."""
    found = TERM.search(before)
    term = found.group("term") if found else ""
    return any(term[i : i + TERM_WORD] in qualifier for i in range(len(term) - TERM_WORD + 1))


def _name(match: re.Match) -> Span | None:
    """The name a sentence gives, whole up to MAX_ANSWER characters (…，统称{{负有安全生产监督管理职责的部门}}: a name
    is learnt whole, not by its head noun); a longer one as _short has it."""
    body, start = match.group("x").rstrip("”’"), match.start("x")
    if body.startswith("《") and "》" in body:
        # 改名为{{《仁声》}}但在第三期以后: a title ends where its marks close; at the last, for titles joined
        # (分别称为{{《共同纲领》和《组织法》}})
        body = body[: body.rindex("》") + 1]
    return (start, start + len(body)) if len(body) <= MAX_ANSWER else _short(match)


def _short(match: re.Match) -> Span | None:
    """The phrase when short; a long one by what follows its last 的 (…之间的{{矛盾}} is too little: none)."""
    body, start = match.group("x").rstrip("”’"), match.start("x")
    if len(body) <= 12:
        return start, start + len(body)
    tail = TAIL.search(body)
    if tail and COVERB.match(body) and ACTION.search(tail.group(1)):
        return None  # 目的是对被接管的商业银行采取必要措施: what follows its 的 is the verb phrase's, no head noun
    return (start + tail.start(1), start + len(body)) if tail and len(tail.group(1)) >= 4 else None


def _askable(answer: str) -> bool:
    plain = normalise(answer)
    return (
        2 <= len(plain) <= MAX_ANSWER
        and plain not in GENERIC_WORDS
        and not NOT_ANSWER.search(plain)
        and not appraisal(plain)
        and not state(plain)
    )
