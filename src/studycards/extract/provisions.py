"""Provisions of laws, charters and regulations: what a question-writer asks of an article, hidden whole.

- definitions: 本法所称公务员，是指{依法履行公职}、{纳入国家行政编制}、{由国家财政负担工资福利}的工作人员;
- principles: 坚持{公开、平等、竞争、择优}的原则; 坚持{党管干部}原则; 坚持{德才兼备、以德为先};
- classifications, the whole list on one card: 分为{优秀、称职、基本称职和不称职}四个等次; 处分分为：{警告、…}
  and lists of one-character items (全面考核公务员的{德、能、勤、绩、廉});
- what is stressed, required, forbidden or instituted: 重点考核{政治素质和工作实绩}; 应当{写明罢免理由} (not a short
  phrase the genre supplies: 不得{变动}); 应当…公开进行{宪法宣誓}; 实行{能上能下}; the measure set for a case: 给予
  {警告或者严重警告}处分.

Definitions, principles written with 原则 and classifications are asked in any document; the rest only in
legal texts (numbered articles, or a title such as …法, …条例, …准则), where they are the provisions.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from studycards.extract.clauses import CLAUSE_BODY as CLAUSE
from studycards.extract.clauses import Span, fact_in_sentence, overlaps
from studycards.extract.passages import passages
from studycards.facts import GENERIC_WORDS, Fact, normalise
from studycards.outline import Document
from studycards.parsing.legal import is_legal_title
from studycards.parsing.numbering import LAW_STYLES
from studycards.segment import Segmenter

ONLY_THE_LAW = re.compile(r"^[^，,]{0,12}违反[^，,]{0,12}(?:规定|本法)[，,]$")
"""An opening clause that names the law broken, not the act ((外国机构)违反本法规定，): the condition after it is the
offence, what a penalty's card shows."""
OPENING_CONDITION = re.compile(r"(?:^|(?<=[。；;]))([^。；;]{2,80}?)的[，,]")
"""A sentence's opening condition, from its start: who did what (经营者违反本法第七条规定实施混淆行为…的，)."""
DEFINITION = re.compile(
    rf"(?:本|此)(?:法|条例|规定|准则|办法|规则|细则|章程|决定|条|章|意见)所称(?:的)?{CLAUSE}{{1,24}}?[，,]?(?:是指|指)"
    rf"(?P<body>{CLAUSE}[^。；;]*)"
)
NAMED_PRINCIPLE = re.compile(
    rf"(?:坚持|遵循|贯彻|实行|执行|按照|本着|贯彻落实)(?P<x>{CLAUSE}{{2,30}}?)的?(?:原则|方针|工作方针|基本方针)(?=[，,。；;：:！？!?和]|$)"
)
NOT_NAMED = re.compile(
    r"^(?:党的|我国|国家的)|^(?:以下|下列|如下|上述|这些|这一|这项|此项)$|、(?:反对|坚持|拥护|违反|破坏|实行)"
)
"""党的教育方针 is one term: hiding 党的教育 leaves nothing to recall; 坚持以下原则 names none; a list of
principles holds no clause of its own (…自由化立场、反对四项基本原则 is two clauses)."""
PRINCIPLE = re.compile(rf"(?:^|(?<=[，,；;：:]))坚持(?P<x>{CLAUSE}{{2,14}})(?=[，,。；;！？!?]|$)")
NOT_A_PRINCIPLE = re.compile(r"^(?:把|以|用|在|从|对|将|走|不懈|做到|和|与)|原则$|方针$")
CLASSIFICATION = re.compile(rf"(?:分为|划分为|分成|区分为)[：:]?(?P<x>{CLAUSE}{{3,60}})(?=[，,。；;！？!?]|$)")
COUNTED_LIST = re.compile(
    rf"(?:包括|有[一二三四五六七八九十两]+(?:种|类|项|个|级|档))[：:](?P<x>{CLAUSE}{{3,60}})(?=[，,。；;！？!?]|$)"
)
"""党的纪律处分有五种：警告、… — in legal texts, a counted list after a colon is a classification too."""
CLASS_TAIL = re.compile(
    r"(?:等)?(?:[一二三四五六七八九十两\d]+(?:个|种|类|项|级|档|部分))?"
    r"(?:等次|类别|方式|种类|档次|级别|形式|层次|类型|方面|情形|部分)?$"
)
PREPOSITION = re.compile(r"(?:在|对|向|从(?!事)|与|同|按照|依照|根据)")
"""A definition opening on a preposition: its 、 joins what the preposition governs (在公共道路、露天公共场所列队行进),
not the attributes of what is defined."""
CATCH_ALL = re.compile(r"(?:以及|和|及|或者|与|等)其他")
"""What closes a list with its catch-all member (交易、投资、借贷以及其他商业性质的行为): its last member ends before."""
ITEM_SPLIT = re.compile(r"、|以及|或者|和|及|与|或")
SINGLE_CHARACTERS = re.compile(r"[\u4e00-\u9fff](?:、[\u4e00-\u9fff]){2,}(?=[^\u4e00-\u9fff]|等|$)")
MEASURE = re.compile(rf"给予(?P<x>{CLAUSE}{{2,24}}?)处分")
MEASURES = re.compile(r"警告|记过|记大过|降级|撤职|开除|撤销党内职务|留党察看|开除党籍|免职|降职")
"""The disciplinary measure a regulation sets for a case: 给予{警告或者严重警告}处分."""
STRESSED = re.compile(
    rf"重点(?:考核|考察|检查|审查|监督|培训|支持|保障|关注|加强|解决|查处)(?P<x>{CLAUSE}{{2,16}})(?=[，,。；;！？!?]|$)"
)
REQUIRED = re.compile(rf"(?:应当|必须|不得|禁止|严禁|实行)(?P<x>{CLAUSE}{{2,40}})(?=[，,。；;！？!?]|$)")
# A light verb ahead of the phrase a provision is about: 公开进行{宪法宣誓}; 依法给予{处分}.
LIGHT_VERB = re.compile(
    r"(?:进行|实行|给予|予以|接受|履行|遵守|执行|作出|采取|实施|保守|建立健全|建立|健全|实现|参加|坚持|遵循|保持|承担)"
)
COVERB = re.compile(r"为|向|对|与|同|给")
"""What opens a phrase whose own verb comes later (应当为教师参加培训、开展科学研究和进行学术交流提供便利条件): a light
verb after a list's join there opens a member, and what follows it runs on into that verb, no object of the rule
(执行{{非战争军事行动任务}}, the last of 参加…、担负…、执行…, is one)."""
JOINS = "、和与及"
"""What joins the members of a list (养老保险、失业保险和工伤保险)."""
PROCEDURE = re.compile(r"(?:决定|情况|手续|措施|调整|纠正)$")
"""What an article requires as a step of procedure (作出复核决定, 区分不同情况, 办理辞职手续, 采取措施):
the same in every law, so nothing to learn of this one (its time limits are figures, asked as such)."""
LISTS_BELOW = re.compile(r"下列|以下|如下")
NOT_A_PHRASE = re.compile(
    r"^(?:有|具有|具备|是|为|在|由|对|从|按照|依照|根据|经|将|把|向|与|同|好|了|着|过|到|得)|其他|有关|[这那该其此]|规定的?$"
)
CUES = re.compile(r"所称|原则|方针|分为|分成|坚持|、|重点|应当|必须|不得|禁止|严禁|实行|给予|包括|有")
"""Words one of the patterns needs: a sentence without any is not looked at further."""
MAX_NOTE_REACH = 40
"""Characters from a note's first answer to its last, at most, when provisions of a sentence share a note."""
MAX_PHRASE = 10
"""A required or instituted phrase longer than this is running prose, asked only through its light verb."""
MIN_PHRASE = 2
MAX_ITEM = 12
MAX_LIST = 40
"""A longer classification is not asked whole: its items are asked one by one, as an enumeration."""


def extract_provisions(document: Document, seg: Segmenter) -> list[Fact]:
    legal = is_legal(document)
    facts = []
    for passage in passages(document):
        if passage.heading and legal:
            continue  # a heading, or an article's item (（一）…；): its list asks it whole
        for sentence, lead in passage.with_leads():
            for spans in _notes(list(_provisions(sentence, legal))):
                facts.append(fact_in_sentence("provision", sentence, spans, passage.origin, lead=lead))
    return facts


def _notes(found: list[list[Span]]) -> list[list[Span]]:
    """The provisions of a sentence near one another asked in one note (应当{尊重事实}，不得{捏造事实}),
    those far apart in a long sentence in notes of their own."""
    notes: list[list[Span]] = []
    for spans in sorted(found):
        if notes and max(spans)[1] - notes[-1][0][0] <= MAX_NOTE_REACH:
            notes[-1] = sorted(notes[-1] + spans)
        else:
            notes.append(spans)
    return notes


def supersede(facts: list[Fact]) -> list[Fact]:
    """Without the enumerations a provision asks already: 分为{优秀、称职、基本称职和不称职} asked whole makes
    优秀、称职、基本… asked item by item in the same sentence a second card on the same list."""
    provisions: dict[tuple[int, str], list[str]] = {}
    for fact in facts:
        if fact.kind == "provision":
            provisions.setdefault((fact.origin.line, fact.origin.paragraph), []).extend(map(normalise, fact.answers))
    return [fact for fact in facts if not (fact.kind == "enumeration" and _asked(fact, provisions))]


def _asked(fact: Fact, provisions: dict[tuple[int, str], list[str]]) -> bool:
    asked = provisions.get((fact.origin.line, fact.origin.paragraph), [])
    items = [normalise(answer) for answer in fact.answers]
    return bool(asked) and all(any(item in whole or whole in item for whole in asked) for item in items)


def is_legal(document: Document) -> bool:
    """A law, charter or regulation: numbered articles or parts, or a title that names one."""
    return is_legal_title(document.title) or any(node.style in LAW_STYLES for node in document.nodes())


def _provisions(sentence: str, legal: bool) -> Iterator[list[Span]]:
    """The provisions of one sentence, each as the spans one note hides; none overlapping another."""
    if not CUES.search(sentence):
        return
    taken: list[Span] = []
    finders = [_definition, _named_principles if legal else _principles_named_so, _classifications]
    if legal:
        finders += [_principles, _counted_lists, _measures, _single_characters, _stressed, _required]
    for finder in finders:
        for spans in finder(sentence):
            spans = [span for span in spans if _askable(sentence[span[0] : span[1]])]
            if spans and not any(overlaps(span, other) for span in spans for other in taken):
                taken += spans
                yield spans


def _definition(sentence: str) -> Iterator[list[Span]]:
    """The defining attributes, each a deletion (…、…、…的工作人员), else the whole definition if short."""
    match = DEFINITION.search(sentence)
    if not match:
        return
    start, body = match.start("body"), match.group("body")
    head = body.rfind("的")
    attributes = body[:head] if head > 0 else body
    one_clause = not re.search(r"[，,]", attributes)  # attributes of one clause, not a run of clauses
    attributes = CATCH_ALL.split(attributes, maxsplit=1)[0]  # …、借贷以及其他商业性质的行为: 借贷 is the last
    if "、" in attributes and one_clause and not PREPOSITION.match(attributes):
        spans, offset = [], start
        for part in attributes.split("、"):
            spans.append((offset, offset + len(part)))
            offset += len(part) + 1
        if all(MIN_PHRASE <= e - s <= 20 for s, e in spans):
            yield spans
            return
    if len(body) <= 24:
        yield [(start, start + len(body))]


def _named_principles(sentence: str) -> Iterator[list[Span]]:
    """坚持X的原则, 贯彻X的方针."""
    for match in NAMED_PRINCIPLE.finditer(sentence):
        if not NOT_NAMED.search(match.group("x")):
            yield [match.span("x")]


def _principles_named_so(sentence: str) -> Iterator[list[Span]]:
    """Outside legal texts, only what is called a principle (坚持一个中国原则): a speech's 方针 are formulations."""
    for spans in _named_principles(sentence):
        if sentence[spans[0][1] :].lstrip("的").startswith("原则"):
            yield spans


def _principles(sentence: str) -> Iterator[list[Span]]:
    """坚持德才兼备、以德为先，坚持五湖四海、任人唯贤: each short object of 坚持 in one note."""
    spans = [
        match.span("x")
        for match in PRINCIPLE.finditer(sentence)
        if not NOT_A_PRINCIPLE.search(match.group("x")) and ("、" in match.group("x") or len(match.group("x")) <= 8)
    ]
    if spans:
        yield spans


def _classifications(sentence: str, pattern: re.Pattern = CLASSIFICATION) -> Iterator[list[Span]]:
    """分为A、B和C四个等次: the whole list, one deletion."""
    for match in pattern.finditer(sentence):
        listed = CLASS_TAIL.sub("", match.group("x"))
        items = [item for item in ITEM_SPLIT.split(listed)]
        if (
            len(items) >= 2
            and all(1 <= len(item) <= MAX_ITEM for item in items)
            and len(listed) <= MAX_LIST
            and "的" not in listed
        ):
            start = match.start("x")
            yield [(start, start + len(listed))]


def _counted_lists(sentence: str) -> Iterator[list[Span]]:
    yield from _classifications(sentence, COUNTED_LIST)


def _measures(sentence: str) -> Iterator[list[Span]]:
    """情节较轻的，给予{…}处分；情节较重的，给予{…}处分: the measures of one sentence in one note."""
    spans = [match.span("x") for match in MEASURE.finditer(sentence) if MEASURES.search(match.group("x"))]
    if spans:
        yield spans


def _single_characters(sentence: str) -> Iterator[list[Span]]:
    """德、能、勤、绩、廉: a list of one-character items, asked whole."""
    for match in SINGLE_CHARACTERS.finditer(sentence):
        yield [match.span()]


def _stressed(sentence: str) -> Iterator[list[Span]]:
    for match in STRESSED.finditer(sentence):
        yield [match.span("x")]


def _required(sentence: str) -> Iterator[list[Span]]:
    """What 应当/必须/不得/实行 governs: the whole phrase when short, else the object of its light verb."""
    if LISTS_BELOW.search(sentence):  # 有下列情形之一的，不得…：the items that follow are what is asked
        return
    for match in REQUIRED.finditer(sentence):
        phrase, start = match.group("x"), match.start("x")
        if PROCEDURE.search(phrase) or _said_by_the_genre(match.group(), phrase):
            continue
        if len(phrase) <= MAX_PHRASE and "的" not in phrase and not NOT_A_PHRASE.search(phrase):
            verb = LIGHT_VERB.match(phrase)
            if verb and len(phrase) - verb.end() > MIN_PHRASE:  # 必须坚持{以人民为中心}: the verb is a cue
                start += verb.end()
            yield [(start, match.end("x"))]
            continue
        verbs = list(LIGHT_VERB.finditer(phrase))
        if verbs and not (COVERB.match(phrase) and verbs[-1].start() and phrase[verbs[-1].start() - 1] in JOINS):
            tail = phrase[verbs[-1].end() :]
            if MIN_PHRASE < len(tail) <= MAX_PHRASE and "的" not in tail and not NOT_A_PHRASE.search(tail):
                yield [(start + verbs[-1].end(), start + len(phrase))]


MIN_WHOLE_PHRASE = 5
"""A modal word's whole phrase shorter than this is what the genre says there (不得{{变动}}, 应当{{注意避让}}, 必须
{{立即停车}}, 可以{{弃权}}): blind readers of five draws dropped 35 of their 58 such cards (docs/quality.md). What
实行 names is a system (实行{{差额选举}}), and a figure (不得{{超过三人}}) a limit: both stay."""
NUMERAL = re.compile(r"[\d〇零一二两三四五六七八九十百千万]")


def _said_by_the_genre(rule: str, phrase: str) -> bool:
    """Whether `phrase`, all a modal word of `rule` governs, is too short to be this law's own (MIN_WHOLE_PHRASE)."""
    return not rule.startswith("实行") and len(phrase) < MIN_WHOLE_PHRASE and not NUMERAL.search(phrase)


def _askable(answer: str) -> bool:
    plain = normalise(answer)
    return len(plain) >= MIN_PHRASE and plain not in GENERIC_WORDS
