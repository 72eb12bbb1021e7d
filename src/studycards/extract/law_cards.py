"""What a law's card must carry to be kept: the facts of a legal text checked as a learner reads their cards.

- a penalty keeps its offence: 违法经营额{{五万元以上}}的，可以并处… gets the article's 经营者违反本法第七条规定…的 before it;
  a card whose only cue for who or what is a reference (有前款第三项行为的，…; 前款规定的单位和个人不得…) is none;
- a blank hides a whole term: never the head of an organ cut off ({{国务院交通}}主管部门, 由{{有关省、自治区、直辖市}}人民政府),
  never a cited law's name (依照《{{…}}》的规定), never the law's own subject (《公路法》: {{公路}}受国家保护), never a
  phrase of common law-speak alone (应当{{认真履行职责}}, 给予{{支持和协助}}, 遵守{{公共秩序}});
- a definition shows its term: a card cut down to …是指{{…}} gets the sentence's opening back;
- an article's item (（二）…的) is asked by its article's list card; only a figure in it gets a card of its own;
- a blank hides the unit examiners hide: where a norm asks a term inside another fact's blank (提前{{六个月}} in
  {{提前六个月公布}}, 为全民{{国防教育}}日 in {{全民国防教育日}}, 属于{{国家}}所有 in {{国家所有}}), the wider blank
  gives way;
- a list in running text is asked whole (公路桥梁、公路隧道和公路渡口), in groups of at most eight, never an item at
  a time with the item before it as the only cue.
"""

from __future__ import annotations

from bisect import bisect_left
import re
from dataclasses import replace

from studycards.extract.clauses import MIN_SHOWN, cue_length
from studycards.extract.law_sentences import is_boilerplate, sentence_of
from studycards.extract.provisions import CATCH_ALL, ONLY_THE_LAW, OPENING_CONDITION
from studycards.facts import Fact, normalise
from studycards.outline import Document
from studycards.segment import Segmenter

ITEM = re.compile(r"^（[一二三四五六七八九十]+）")
"""An article's item as a breadcrumb ends: （二）违反本法第四十五条规定…"""
POINTER = r"前款|前项|前两款|前三款|前述|上述|前[一二三四五六七八九十]+项|第[一二三四五六七八九十]+项|本条第[一二三四五六七八九十]+款|(?<![条本])第[一二三四五六七八九十]+款规定"
ELSEWHERE = re.compile(POINTER)
"""Who or what a clause names only by pointing elsewhere in the law."""
REFERENCE = re.compile(rf"{POINTER}|下列|以下")
"""…or to the list after it: no offence for a penalty (its list card asks the acts)."""
PENALTY = re.compile(
    r"处[^，,。；;]{0,30}(?:罚款|罚金|拘留)|给予[^，,。；;]{0,20}处分|吊销|没收|责令|暂扣|处以|并处|予以警告|给予警告"
)
"""A penalty set for a case (处五万元以下的罚款, 给予记过处分, 责令停止…), not the law's list of penalties."""
SETS_PENALTIES = re.compile(r"设定[^，,。；;]{0,20}(?:处罚|处分)")
"""What a law empowers to set penalties (行政法规可以设定除…以外的行政处罚): no penalty for a case, no offence to name."""
AMOUNT_CONDITION = re.compile(
    r"^(?:没有|无|有)?(?:违法所得|违法经营额|违法收入|货值金额|销售金额|情节|数额|金额|造成|逾期|拒不|在.{0,6}内|"
    r"尚可|无法|不能)|^(?:没有|无)[^，,；;。]{1,8}?(?:或者|的$)|^[^，,；;。]{0,10}价值不足"
)
"""A condition that grades a penalty (违法所得五千元以上的, 情节严重的, 无法采取改正措施消除影响的) and does not say
what the offence is."""
GRADES = re.compile(
    r"(?:金额|所得|经营额|收入|数额|价值|销售额)(?:不足|不满|超过|达到|在)?[〇零一二两三四五六七八九十百千万亿\d.]+元(?:以上|以下)?$"
)
"""A condition that ends on an amount's threshold grades a penalty wherever it starts (违法生产经营的货值金额不足二万元):
the offence is elsewhere."""
CONDITION = re.compile(r"([^，,；;。]{2,80}?)的[，,]")
LISTED_ACTS = re.compile(r"(?:下列|以下)[^，,；;。]{0,12}之一")
OFFENCE_MAX = 70
"""Characters of an article's offence clause put before a penalty card that lacks one."""
ORGAN_HEAD = re.compile(
    r"^(?:人民政府|主管部门|有关部门|部门|机关|机构|委员会|常务委员会|人民代表大会|人民法院|人民检察院|行政区|办事处)"
)
"""What ends an organ's name: a blank followed by it cut the name in two."""
ORGAN_OPENING = re.compile(r"(?:国务院|人民政府|县级以上|县级以上地方|地方各级|省级|市级|县级|设区的市级)$")
"""What opens an organ's name: a blank right after it cut the name in two ([人民政府交通]主管部门)."""
TITLED = re.compile(r"《[^《》]*$")
LAW_SPEAK = re.compile(
    r"(?:赔偿|刑事|民事|行政|法律)责任|依法赔偿|认真|严格|切实|积极|及时|依法|主动|自觉|努力|妥善|必要的?|相应的?|有关的?|予以|接受|相互|提供|"
    r"履行(?:职责|义务)?|职责|遵守|执行|支持|协助|配合|帮助|指导|监督|管理|服务|保障|保护|"
    r"正常|进行|开展|采取|措施|多种|方式|工作|规定|要求|秩序|公共|社会|合法|权益|加强|处理|结合|自身|特点|需要|实际|"
    r"增加|投入|检查|调查|纠正|便利|条件|明确|约定|责任|法律|行政法规|法规|规章|拒绝|阻挠|阻碍|推诿|刁难|"
    r"公布|公开|予以公告|承担|取得|批准|依照|按照|"
    r"和|与|及|、|的|并"
)
"""Words of every law: an answer made of these alone asks nothing this law says (应当{{认真履行职责}})."""
FIXED_LIST = re.compile(r"^(?:跨|报|经|由|各|有关)*省、?自治区、?直辖市$|^乡、?民族乡、?镇$")
"""Lists every law writes the same way: nothing of this law to learn."""
BROKEN_LIST = re.compile(
    r"^(?:不得|有权|应当|必须|可以|前款|在|因|对|从(?!事)|由|跨)|(?:其他|进行|和|或者|及|以及|应当|不得|必须|可以|应|须)$"
)
"""A list blank that took in the verb or condition before its items, or stops inside its last item."""
ORGAN = re.compile(r"(?:机构|部门|机关|政府|委员会|法院|检察院|单位)$")
NOUN = re.compile(r"^(?:n|vn|an|b|j)")
"""Tags of a noun (jieba): what a list's item continues into or out of."""
REACH = 8
COPULAS = ("指", "为", "是", "利用", "运用", "管理")
"""What the tagger may read as a noun before a list that is the verb introducing it (是|指, 推动利用)."""
SENTENCE_START = tuple("。；;！？!?：:")
AFTERMATH = re.compile(
    r"(?:协商不成|逾期不|逾期未|拒不|经责令|情节(?:严重|较重|较轻|特别严重)|造成[^，,。；;]{0,8}(?:损失|损害|后果)|尚不构成|构成犯罪)"
)
"""How a clause opens that follows on from the one before it, whose act or actor it needs (协商不成的; 逾期不改正的;
情节严重的; 造成损失的，应当承担…: who?; 尚不构成犯罪的，由公安机关处…: for what?)."""
DECIDED = ("决定", "指定", "确定", "批准", "处理", "裁决", "认定")
"""A verb that a card may end on after 由{{…}} only when the card says what is decided (…的，由{{…}}指定: who
is appointed to what?)."""
CONDITION_CLAUSE = re.compile(r"(?:的|期间|时|之前|之后|以前|以后)[，,]由$")
NO_SUBJECT = ("不得", "应当", "必须", "可以", "还须", "以及", "或者", "并处", "并且", "并可", "并应", "但是", "且")
"""How a clause opens that has lost its subject or condition (不得{{使用汽车渡船}}; 应当{{提出修改意见}})."""
NOT_A_TERM = re.compile(r"^(?:本法|前款|上述|本条|该|其|或者|以及|并且|和|及)|^第[一二三四五六七八九十百]+[条款项]")
"""A reference, not a term: 第二款、第三款; 本法规定的商业秘密."""
OPEN_BEFORE = "由经报向对在于的和与及、，,；;。：:（(“《"
"""What may stand right before a term a blank hides; after any other character the blank cut into a name."""
MIN_CUE = 6
"""Characters a law's card shows besides its answers, unless its answer is shorter than what it shows (承包地不得
{{擅自买卖}}) or it says what the answer is (奖励分为：{{嘉奖、…}}): 经营者不得{{帮助他人实施混淆行为}} asks a guess."""
CLAUSE_CUE = 8
"""Characters a card cut to a clause of its sentence (it ends on a comma) must show besides its answers."""
CLASSIFIES = re.compile(r"分为|分成|包括|是指|简称|统称|一律平等|不受侵犯")
ROUTINE = re.compile(r"^(?:严格|认真|切实|依法)?(?:按照|依照|根据)[^，,]{0,8}(?:进行|执行|办理|实施)")
"""Doing something as the rules say: 严格按照规划进行建设."""
DEFINES = re.compile(r"是指|指的是|以下简称|简称")
MAX_IN_ORDER = 8
LIST_JOINS = ("、", "和", "及", "以及", "或者", "或")
"""What stands between two members of one list."""
MEMBER_MAX = 6
"""Characters of the longest member of a list of terms."""
FOLLOW_ON = re.compile(r"^([^，,；;。]{2,40}?)的[，,](还|也|同时)?(?:应当|可以|不得|必须|须|应|即)")
"""A card that opens on a condition and goes straight on to what must be done, with no one to do it
(给献血者健康造成损害的，应当{{依法赔偿}}; …的，还应当{{…}}): whose act, in addition to what?"""
TAIL_MAX = 32
"""Characters of the rest of its sentence a card cut at a comma gets back (…通过宣传展示等方式，|开展…活动。)."""
HANGING = re.compile(r"(?:的|前|后|时|期间)[，,]$")
"""A card that ends on a condition or a time (…在报上一级人民政府审批前，): what then is due is past the cut."""
HANGING_CONDITION = re.compile(r"的[，,]?$")
"""A card that ends on a condition's 的 (…违法经营额不足{{五万元}}的，)."""
BARE_RULES = re.compile(r"^(?:具体|实施)[^，,。；;由]{0,6}?(?:办法|规定|标准|细则)(?:由|，由)")
"""A card of the details clause alone (具体办法由{{国务院}}制定, 具体识别办法由{{…}}制定): details of what?"""


def law_cards(document: Document, facts: list[Fact], seg: Segmenter) -> list[Fact]:
    """The facts of a legal text as cards a learner keeps (see the module's docstring)."""
    subject = _subject(document)
    asked = {fact.origin.trail[-1]: fact.question for fact in facts if fact.kind == "outline" and fact.origin.trail}
    kept: list[Fact] = []
    for fact in _narrowest(_join_ranges(facts)):
        if fact.kind == "outline" and _glossary(fact):
            continue  # 本法下列用语的含义：（一）…是指…: each definition is a card of its own
        if fact.kind == "outline" or not fact.spans:
            kept.append(fact)
            continue
        if is_boilerplate(sentence_of(fact)):
            continue  # 本法自…起施行; 适用本法: every law says it
        if _in_item(fact) and fact.kind != "figure" and not DEFINES.search(fact.text):
            continue  # the article's list card asks it
        if fact.kind == "keyterm" and not all(ORGAN.search(answer) for answer in fact.answers):
            continue  # a law's key terms are its subject's words (损害{{公路路面}}); an organ that acts is asked
        fact = _with_opening(_with_offence(_with_term(_ranges(_one_meaning(fact))), asked))  # type: ignore[assignment]
        fact = _with_cause(_with_ending(fact), seg)  # type: ignore[assignment]
        if fact is None or _points_elsewhere(fact):
            continue
        if fact.kind == "enumeration" or _members_of_one_list(fact):  # asked whole: its edges are the list's
            whole = (fact.spans[0][0], fact.spans[-1][1])
            if all(_whole_term(fact, span, subject) for span in fact.spans) and _list_ok(fact, whole, seg):
                kept += _lists(fact)
            continue
        spans = [span for span in fact.spans if _whole_term(fact, span, subject) and _list_ok(fact, span, seg)]
        if spans:
            kept.append(_keep(fact, spans))
    clauses = _clauses("\n".join(article.text() for article in document.articles))
    return [fact for fact in kept if law_card_ok(fact) and not _fits_others(fact, clauses)]


MANY_FITS = 3
"""Answers a front fits in its law that make it a bare frame: two sentences of one frame are a pair a learner tells
apart from the card's back."""
FRAME_TAIL = 4
"""Characters a card may show after its one blank and still be a bare frame (国家建立{{…}}机制。)."""


CLAUSE_OPENS = re.compile(r"(?<=[。；;])|[\n　]")
"""Where a frame's clause may open: after a sentence's or a rule's end, a line, an article number's space."""


def _clauses(text: str) -> list[str]:
    """The law's clauses from each place one may open, sorted (a frame's clauses are found by their opening)."""
    return sorted(piece for piece in CLAUSE_OPENS.split(text) if piece)


def _fits_others(fact: Fact, clauses: list[str]) -> bool:
    """A card of one blank that ends its sentence, whose front fits other sentences or clauses of the law with
    many other answers (国家鼓励和支持{{…}}。 where the law says it of three things; 可以开展{{…}}工作。): which is asked?"""
    if fact.kind in ("outline", "enumeration") or len(fact.spans) != 1 or "……" in fact.text:
        return False
    start, end = fact.spans[0]
    before, after = fact.text[:start], fact.text[end:].rstrip("。；;")
    if len(after) > FRAME_TAIL or fact.text[end:] == after or not before:
        return False
    fits, at = set(), bisect_left(clauses, before)
    if at == len(clauses) or not clauses[at].startswith(before):
        return False  # no clause opens with its front: no pattern to compile
    frame = re.compile(rf"{re.escape(before)}([^。；;，,\n]{{1,60}}?){re.escape(after)}[。；;，,]")
    while at < len(clauses) and clauses[at].startswith(before):
        match = frame.match(clauses[at])
        if match:
            fits.add(match.group(1))
        at += 1
    return len(fits) >= MANY_FITS


WIDER = ("provision", "definition", "judgement", "formulation", "keyterm", "keyphrase", "examined")
"""Kinds whose blank gives way to a norm's narrower one inside it (not a list, a figure or an outline)."""


PRECISE = re.compile(
    r"^[〇零一二两三四五六七八九十百千\d]+个?(?:工作日|日|天|月|年|小时|周)$|(?:政府|部门|机关|机构|委员会|国务院|法院|"
    r"检察院|单位|部队|办事处)$|^(?:国家|集体|农民集体)$"
)
"""A norm's answer that is the unit examiners hide in a wider blank: a count of time, an organ, an owner (not a manner
word or a verb's object: 应当{{如实}}提供 does not beat {{如实提供}})."""
DESIGNATED_DAY = re.compile(r"(?:日|节)$")
"""A wider blank that names a day (为{{全民国防教育日}}) gives way to any norm inside it (全民{{国防教育}}日)."""


def _precise(answer: str) -> bool:
    return bool(PRECISE.search(normalise(answer)))


def _narrowest(facts: list[Fact]) -> list[Fact]:
    """Facts without the blanks that hold a norm's narrower blank of the same sentence (提前{{六个月}}公布 beside
    {{提前六个月公布}}): the norm asks the unit examiners hide; a fact with no blank left is left out."""
    inner: dict[tuple[int, str], list[tuple[int, int, bool]]] = {}
    for fact in facts:
        at = fact.origin.paragraph.find(fact.text)
        if fact.kind == "norm" and at >= 0:
            key = (fact.origin.line, fact.origin.paragraph)
            inner.setdefault(key, []).extend((at + s, at + e, _precise(fact.text[s:e])) for s, e in fact.spans)
    narrowed = []
    for fact in facts:
        at = fact.origin.paragraph.find(fact.text)
        norms = inner.get((fact.origin.line, fact.origin.paragraph), [])
        if fact.kind not in WIDER or at < 0 or not norms or not fact.spans:
            narrowed.append(fact)
            continue
        spans = [(s, e) for s, e in fact.spans if not _holds_norm(fact.text[s:e], at + s, at + e, norms)]
        if len(spans) == len(fact.spans):
            narrowed.append(fact)
        elif spans:
            narrowed.append(fact.with_spans(spans))
    return narrowed


def _holds_norm(answer: str, start: int, end: int, norms: list[tuple[int, int, bool]]) -> bool:
    """Whether a norm's narrower blank at `norms` (paragraph offsets) lies inside the blank `answer` at start..end and
    is the unit examiners hide there."""
    day = bool(DESIGNATED_DAY.search(answer))
    return any(start <= a and b <= end and b - a < end - start and (precise or day) for a, b, precise in norms)


def _members_of_one_list(fact: Fact) -> bool:
    """Three or more blanks that are the members of one list (是指卷烟、{{雪茄烟}}、烟丝…): one card per member
    would show the others as its cue, so the list is asked whole."""
    gaps = [fact.text[end:start] for (_, end), (start, _) in zip(fact.spans, fact.spans[1:])]
    short = all(len(answer) <= MEMBER_MAX for answer in fact.answers)  # terms, not clauses (纳入国家行政编制)
    return short and len(fact.spans) >= 3 and all(gap in LIST_JOINS for gap in gaps)


def _subject(document: Document) -> str:
    """The law's own subject, from its short name: 公路 of 《公路法》, 反不正当竞争 of 《反不正当竞争法》."""
    name = normalise(document.cited or document.title).removeprefix("中华人民共和国")
    return re.sub(r"(?:法|条例|规定|办法|决定|规则)$", "", name)


def _in_item(fact: Fact) -> bool:
    return bool(fact.origin.trail and ITEM.match(fact.origin.trail[-1]))


def _keep(fact: Fact, spans: list[tuple[int, int]]) -> Fact:
    if len(spans) == len(fact.spans):
        return fact
    return replace(fact.with_spans(spans), whole=False)


def _whole_term(fact: Fact, span: tuple[int, int], subject: str) -> bool:
    """Whether the blank at `span` hides a whole term worth asking."""
    start, end = span
    answer = normalise(fact.text[start:end])
    before, after = fact.text[:start], fact.text[end:]  # cut once for all the checks below
    if before.endswith(("只能由", "只能经")) and len(answer) <= MEMBER_MAX:
        return True  # 只能由{{法律}}设定: the one source a rule allows, though 法律 is law-speak elsewhere
    if ORGAN_HEAD.match(after) or ORGAN_OPENING.search(before):
        return False  # {{国务院交通}}主管部门; 由{{有关省、自治区、直辖市}}人民政府
    if TITLED.search(before) and "》" in after:
        return False  # 依照《{{中华人民共和国森林法}}》的规定: a cited law's name
    if answer and subject and (answer in subject or (answer.startswith(subject) and len(answer) - len(subject) <= 2)):
        return False  # 《公路法》: {{公路}}受国家保护; 《社会保险法》: 享受{{社会保险待遇}}
    if fact.kind != "enumeration" and len(answer) >= 4 and (answer in before or answer in after):
        return (
            False  # 用人单位未缴纳…的，由{{用人单位}}支付: the card shows its answer (国务院 of 国务院交通主管部门 not)
        )
    if before.endswith(("：", ":")) and after[:1] in "，,；;" and fact.kind not in ("figure", "enumeration"):
        return False  # 内容应当包括：{{…}}，…，…: one item of a list, the others in view
    if (
        NOT_A_TERM.search(answer)
        or ELSEWHERE.search(answer)
        or (_run_on(fact.text, start, end) and ORGAN.search(answer))
    ):
        return False  # 属于{{前款规定的混淆行为}}; 当事人对监督{{检查部门}}作出的决定
    if before.endswith(("建立", "健全", "完善")) and answer.startswith(("健全", "完善")):
        return False  # 国家健全{{完善反不正当竞争规则}}制度: the verb cut in two
    if FIXED_LIST.match(fact.text[start:end]):
        return False  # {{跨省、自治区、直辖市}}的收费公路
    if before.endswith("是指") and after[:1] in "，,":
        return False  # 是指{{经营者在生产经营活动中}}，违反本法规定，…的行为: the meaning runs on past the blank
    if fact.kind not in ("figure", "enumeration") and _goes_on(after):
        return False  # 应当{{建立健全管理制度}}和服务规范: the blank stops inside what the verb governs
    if ROUTINE.match(answer):
        return False  # 应当{{严格按照规划进行建设}}
    if NEEDED.search(answer) and re.search(r"(?:实行|采取|进行|开展|实施)$", before):
        return False  # 实行{{补偿所需经费}}: the verb's object (补偿) and the funds it needs, cut as one
    if answer.endswith("除外"):
        return False  # 由法律规定属于{{集体所有的除外}}: the exception's mark is no part of the term
    if STOCK_COUNT.match(answer) and after.startswith("的"):
        return False  # {{两个以上}}的申请人: how a law says "several", not a rule's count
    if BARE_WRONG.match(answer) and after[:1] in "。；;" and "任何" in before:
        return False  # 任何单位和个人不得{{非法干预}}。: anyone's stock wrong (资产不得{{擅自处置}} says of what)
    if after[:1] in "：:" and len(answer) <= 3:
        return False  # 内容应当{{包括}}：… the list after the colon is what is asked
    return bool(LAW_SPEAK.sub("", answer)) or fact.kind == "figure"


STOCK_COUNT = re.compile(r"^(?:两|二)个?以上$")
BARE_WRONG = re.compile(r"^(?:非法|擅自|违法)[^，,、]{2}$")
NEEDED = re.compile(r"所需(?:的)?(?:经费|费用|资金)$")
"""The funds an act needs: 采取…措施以及实行补偿|所需经费 is paid by…; a blank from the verb to 所需经费 is no unit."""


def _glossary(fact: Fact) -> bool:
    return sum("是指" in answer for answer in fact.answers) * 2 > len(fact.answers)


def _list_ok(fact: Fact, span: tuple[int, int], seg: Segmenter) -> bool:
    """A list blank (…、…) holds its items and nothing else: not the verb or condition before them ({{不得损坏、擅自
    移动、涂改公路}}), not without its first or last member (数据和{{算法、技术}}; 仍{{获取、披露、使用}}或者…); and it
    starts and ends where its first and last items do: not after a noun its first item continues (海事{{管理机构、
    海警机构}}), nor before a noun its last item runs into ({{机关、学校、企业}}事业单位; {{…、文化馆}}（站）)."""
    start, end = span
    answer = fact.text[start:end]
    if "、" not in answer and fact.kind != "enumeration":
        return True
    if (
        BROKEN_LIST.search(answer)
        or fact.text[:start].endswith(("和", "及", "与", "或"))
        or _goes_on(fact.text[end:], "或")
        or re.match(r"[（(][^）)]{1,4}[）)]", fact.text[end:])  # {{…、文化馆}}（站）: part of the last item
    ):
        return False
    if fact.text[end:].startswith("的") and _ends_on_verb(answer, seg):
        return False  # 检查的{{日期、场所、发现}}的问题: the last member is a phrase (发现的问题) cut at its verb
    before = seg.tagged(re.split(r"[，,；;：:。、]", fact.text[:start])[-1][-REACH:])
    after = seg.tagged(re.split(r"[，,；;：:。、]", fact.text[end:])[0][:REACH])
    cut_before = before and NOUN.match(before[-1][1]) and before[-1][0] not in COPULAS
    return not cut_before and not (after and NOUN.match(after[0][1]) and after[0][0] != "等")


def _goes_on(after: str, *joins: str) -> bool:
    """What follows a blank joins more to it (和服务规范), unless it is a list's catch-all (以及其他商业性质的行为)."""
    return after.startswith(("和", "及", "与", "以及", *joins)) and not CATCH_ALL.match(after)


def _ends_on_verb(answer: str, seg: Segmenter) -> bool:
    """The list's last member is a bare verb (…、发现) after a first that is a noun (日期、…): a verb phrase cut
    short, not a list of acts (装卸、驳运的…) or of principles (公开、…、择优的原则)."""
    members = re.split(r"[、和及或]", answer)
    last, first = seg.tagged(members[-1]), seg.tagged(members[0])
    verb = len(last) == 1 and last[0][1] == "v"
    return verb and bool(first) and first[-1][1].startswith(("n", "t")) and first[-1][1] != "nr"


NAMING = ("统称", "简称", "称为", "又称", "合称", "并称")
"""What gives a name that a blank after it holds whole (…，统称{{负有安全生产监督管理职责的部门}})."""


def _run_on(text: str, start: int, end: int) -> bool:
    """The blank starts right after a character that may be part of its name (监督{{检查部门}}), not after the words
    that give a name."""
    return start > 0 and text[start - 1] not in OPEN_BEFORE and not text[:start].endswith(NAMING)


ENFORCES = re.compile(
    r"(?:依法)?(?:责令|处(?!理)|没收|吊销|暂扣|给予(?:警告|通报批评|[^，,。；;]{0,6}(?:处分|处罚))|予以(?:取缔|处罚|没收|查封|警告))"
)
"""What an organ does to whoever breaks the law (责令改正, 处…罚款, 给予警告): the organ that does it is the law's
regulator, the same in each article of its 法律责任."""


def enforcer_only(fact: Fact) -> bool:
    """Whether every blank of `fact` hides the organ that enforces a penalty (由{{监督检查部门}}责令停止违法行为):
    examiners hide none of their 7,324 fill blanks there, and blind readers of sessions 17-20 kept 9 of 30 such
    cards (the regulator, the same in every article). A deck has none; a paper may ask it, its options organs."""
    if fact.kind == "outline" or not fact.spans:
        return False
    text = fact.text
    return all(text[start - 1 : start] == "由" and ENFORCES.match(text, end) for start, end in fact.spans)


def law_card_ok(fact: Fact) -> bool:
    """Whether a card of `fact` still says what it asks, as a learner reads it: enough cue, no condition left
    hanging (…违法经营额不足{{五万元}}的，), no subject given only by a reference, not cut to begin mid-sentence."""
    if fact.kind == "outline" or not fact.spans:
        return True
    text = fact.text.rstrip("。；;")
    if text.startswith(("……",) + NO_SUBJECT) or not _opens_sentence(fact) or _points_elsewhere(fact):
        return False
    if HANGING_CONDITION.search(text):
        return False  # a condition left hanging
    if fact.text.endswith(("，", ",")) and cue_length(fact.text, list(fact.spans)) < CLAUSE_CUE:
        return False  # 职工应当参加{{…}}，: a clause cut from its sentence that says too little
    if BARE_RULES.match(text):
        return False  # 具体办法由{{国务院}}制定: details of what?
    if AFTERMATH.match(text):
        return False  # 协商不成的，由{{…}}决定: what was to be agreed is in the clause before
    if _decides_nothing(fact):
        return False  # 信托文件未规定的，由{{…}}指定: appoints whom, to what?
    hidden = [(fact.spans[0][0], fact.spans[-1][1])] if fact.whole else list(fact.spans)
    cue = cue_length(fact.text, hidden)
    asked = max(len(normalise(fact.text[s:e])) for s, e in hidden)
    return cue >= MIN_SHOWN and (cue >= MIN_CUE or asked <= cue or bool(CLASSIFIES.search(fact.text)))


def _decides_nothing(fact: Fact) -> bool:
    """A card of a condition and 由{{who}} + a bare verb (…闭会期间，由{{…}}决定。): what is decided is not on it."""
    start, end = fact.spans[-1]
    rest = fact.text[end:].rstrip("。；;")
    return rest in DECIDED and bool(CONDITION_CLAUSE.search(fact.text[:start]))


def _opens_sentence(fact: Fact) -> bool:
    """The card's text starts where a sentence of its paragraph does (or holds words put before it, not in it)."""
    at = fact.origin.paragraph.find(fact.text)
    return at <= 0 or fact.origin.paragraph[at - 1] in SENTENCE_START


def _with_opening(fact: Fact | None) -> Fact | None:
    """A card cut down to a later clause of its sentence gets the sentence's opening clause back (超过…标准的车辆，……
    不得{{使用汽车渡船}}), when short enough; else it stays, and `law_card_ok` leaves it out."""
    if fact is None or _opens_sentence(fact):
        return fact
    paragraph = fact.origin.paragraph
    at = paragraph.find(fact.text)
    start = max(paragraph.rfind(mark, 0, at) for mark in SENTENCE_START) + 1
    cut = re.search(r"[，,]", paragraph[start:at])
    opening = paragraph[start : start + cut.end()] if cut else ""
    limit = OFFENCE_MAX // 2
    condition = OPENING_CONDITION.match(paragraph, start)
    if ONLY_THE_LAW.search(opening) and condition and condition.end() <= at and len(condition.group()) <= OFFENCE_MAX:
        opening, limit = condition.group(), OFFENCE_MAX  # 违反本法规定，|在幼林地砍柴…的，: the act, not only the law
    if not opening or len(opening) > limit or start + len(opening) > at:
        return fact
    return fact.prefixed(opening if start + len(opening) == at else opening + "……")


def _with_ending(fact: Fact | None) -> Fact | None:
    """A card cut at a comma gets the rest of its sentence back when that is short: the cut may fall inside a
    list of means (通过制作…，开设专题专栏，|发布公益广告等方式) or before the verb the card's clauses lead to."""
    if fact is None or not fact.text.endswith(("，", ",")):
        return fact
    paragraph = fact.origin.paragraph
    at = paragraph.find(fact.text)
    if at < 0:
        return fact
    end = at + len(fact.text)
    stop = re.compile(r"[。；;！？!?]").search(paragraph, end)
    rest = paragraph[end : stop.end() if stop else len(paragraph)]
    if len(rest) > TAIL_MAX and HANGING.search(fact.text):  # …的总体规划，在报上一级人民政府审批前，|应当先经…审议，
        rest = re.split(r"(?<=[，,])", rest, maxsplit=1)[0]
    return replace(fact, text=fact.text + rest) if len(rest) <= TAIL_MAX else fact


def _with_cause(fact: Fact | None, seg: Segmenter) -> Fact | None:
    """A card that opens on a condition with no subject and goes straight on to a duty (FOLLOW_ON) gets what came
    before it: the start of its sentence when it follows a semicolon (血站违反…采集血液，……给献血者健康造成损害的，
    应当{{依法赔偿}}), the sentence before when it says 还/也 (申请采伐许可证，……超过…的，还应当{{…}}); else none."""
    if fact is None:
        return None
    match = FOLLOW_ON.match(fact.text)
    if not match:
        return fact
    paragraph = fact.origin.paragraph
    at = paragraph.find(fact.text)
    tags = seg.tagged(match.group(1)[:8])
    if at < 0 or (tags and NOUN.match(tags[0][1]) and not match.group(2)):
        return fact  # 电子商务经营者自行终止…的，应当…: the condition names who
    if at == 0 or paragraph[at - 1] not in "；;。":
        return fact if at == 0 and not match.group(2) else None
    start = paragraph.rfind("。", 0, at - 1) + 1  # its sentence's start after a semicolon, else the sentence before
    before = paragraph[start:at]
    if len(before) > OFFENCE_MAX:
        cut = re.search(r"[，,]", before)
        before = before[: cut.end()] + "……" if cut and cut.end() <= OFFENCE_MAX // 2 else ""
    return fact.prefixed(before) if before else None


def _join_ranges(facts: list[Fact]) -> list[Fact]:
    """Figures of one sentence that make one range (十万元以上|一百万元以下): one fact that hides both, in the text
    of whichever holds both; the other is left out."""
    placed = [(fact, fact.origin.paragraph.find(fact.text)) for fact in facts]
    figures = [(i, fact, at) for i, (fact, at) in enumerate(placed) if fact.kind == "figure" and at >= 0]
    fellows: dict[tuple[int, str], list[tuple[int, Fact, int]]] = {}  # figures of one paragraph, in order
    for figure in figures:
        fellows.setdefault((figure[1].origin.line, figure[1].origin.paragraph), []).append(figure)
    joined: dict[int, Fact | None] = {}
    for i, first, at in figures:
        for j, second, other in fellows[first.origin.line, first.origin.paragraph]:
            begin, end = at + first.spans[-1][1], other + second.spans[0][0]
            if i == j or i in joined or j in joined or begin != end:
                continue
            for k, holder, where in ((i, first, at), (j, second, other)):
                low, high = at + first.spans[-1][0] - where, other + second.spans[0][1] - where
                if 0 <= low and high <= len(holder.text):
                    spans = tuple(s for s in holder.spans if s[1] <= low or s[0] >= high) + ((low, high),)
                    spans = tuple(sorted(spans))
                    joined[k] = replace(holder, spans=spans, answers=tuple(holder.text[s:e] for s, e in spans))
                    joined[j if k == i else i] = None
                    break
    return [joined.get(i, fact) for i, fact in enumerate(facts) if joined.get(i, fact) is not None]  # type: ignore[misc]


def _one_meaning(fact: Fact) -> Fact:
    """A meaning split at a 、 inside a shared object (是指{{从事商品生产}}、{{经营或者提供服务（以下所称…）}}的…):
    one blank up to its parenthesis, which stays in view."""
    if len(fact.spans) < 2 or "是指" not in fact.text[: fact.spans[0][0]]:
        return fact
    start, end = fact.spans[0][0], fact.spans[-1][1]
    cut = fact.text.find("（", start, end)
    if cut < 0:
        return fact
    return replace(fact, spans=((start, cut),), answers=(fact.text[start:cut],), whole=False)


def _ranges(fact: Fact) -> Fact:
    """A range asked as one blank (处{{十万元以上一百万元以下}}的罚款), not as two cards that each show half of it."""
    if fact.kind != "figure" or len(fact.spans) < 2:
        return fact
    spans: list[tuple[int, int]] = []
    for start, end in fact.spans:
        if spans and start == spans[-1][1]:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    if len(spans) == len(fact.spans):
        return fact
    return fact.with_spans(spans)


def _points_elsewhere(fact: Fact) -> bool:
    """The card's subject or condition is only a reference (有前款第三项行为的，处…; 前款规定的单位和个人不得…)."""
    return bool(ELSEWHERE.search(fact.text[: fact.spans[0][0]] or re.split(r"[，,；;]", fact.text)[0]))


def _with_offence(fact: Fact | None, asked: dict[str, str]) -> Fact | None:
    """A penalty card that does not say for what: the article's offence clause put before it, or None. A penalty
    for the acts an article lists (有下列行为之一的，…处{{…}}的罚款) is left to the list's card where its question
    states the penalty already."""
    if fact is None or not PENALTY.search(fact.text):
        return fact
    through = _through_clause(fact.text, fact.spans[-1][1]) if fact.kind in ("figure", "norm") else ""
    if _has_offence(fact.text[: fact.spans[-1][1]]) or (through and _has_offence(through)):
        return fact
    if SETS_PENALTIES.search(fact.text):
        return fact  # 规章可以设定除{{…}}以外的处罚: who may set which penalties, no penalty for a case
    paragraph = fact.origin.paragraph
    at = paragraph.find(fact.text)
    if LISTED_ACTS.search(fact.text[: fact.spans[0][0]]):  # 有下列行为之一，情节较轻的，给予{{…}}处分
        question = normalise(asked.get(fact.origin.trail[-1], "")) if fact.origin.trail else ""
        return None if any(normalise(answer) in question for answer in fact.answers) else fact
    if at >= 0 and LISTED_ACTS.search(paragraph[:at]):
        return None  # cut from a penalty for listed acts: 没有违法所得…的，可以处{{…}}: for what?
    offence = _offence_before(paragraph, at) if at >= 0 else None
    if offence is None or len(offence) > OFFENCE_MAX:
        return None
    return fact.prefixed(offence + "……")


def _offence_before(paragraph: str, at: int) -> str | None:
    """The nearest condition opening a sentence before `at` that says what was done, past those that only grade
    the penalty (违法所得五千元以上的); None where the nearest says it by a reference (违反前款规定的)."""
    for match in reversed([m for m in OPENING_CONDITION.finditer(paragraph) if m.end() <= at]):
        clause = re.split(r"[，,；;。]", match.group(1))[-1]
        if (AMOUNT_CONDITION.match(clause) or GRADES.search(clause)) and "违反" not in match.group(1):
            continue
        return match.group() if _is_offence(match.group(1)) else None
    return None


def _through_clause(text: str, at: int) -> str:
    """`text` up to the end of the clause that holds `at`, its comma kept: the offence a figure's blank stands in
    (…连续{{两年}}未从事经营活动的，吊销…; a list's blank there is the offence cut, not a figure in it)."""
    end = re.compile(r"[，,；;。]").search(text, at)
    return text[: end.end()] if end else text


def _has_offence(text: str) -> bool:
    return any(_is_offence(m.group(1)) for m in CONDITION.finditer(text))


def _is_offence(condition: str) -> bool:
    """Whether a condition says what was done (违反本法第七条规定实施混淆行为), not how much (违法所得五千元以上) nor
    which listed act (有下列行为之一: the list card's question carries the penalty)."""
    condition = BARE_BREACH.sub("", condition)
    clause = re.split(r"[，,；;。]", condition)[-1]
    if not condition or REFERENCE.search(condition):
        return False
    return "违反" in condition or not (AMOUNT_CONDITION.match(clause) or GRADES.search(clause))


BARE_BREACH = re.compile(r"^违反本法规定[，,]?(?:……)?")
"""违反本法规定 alone says no more than that a rule was broken (违反本法规定……逾期未改正的，处…: which rule?)."""


def _with_term(fact: Fact) -> Fact | None:
    """A definition cut down to …是指{{…}}: the sentence's opening, which names the term, put back."""
    match = DEFINES.search(fact.text)
    if not match or cue_length(fact.text[: match.start()], []) >= 2:
        return fact
    paragraph = fact.origin.paragraph
    at = paragraph.find(fact.text)
    if at <= 0:
        return fact
    start = max(paragraph.rfind(mark, 0, at) for mark in "。；;") + 1
    opening = paragraph[start:at]
    return fact.prefixed(opening) if 0 < len(opening) <= OFFENCE_MAX else None


def _lists(fact: Fact) -> list[Fact]:
    """A list in running text asked whole, in groups of at most MAX_IN_ORDER items."""
    count = len(fact.spans)
    parts = -(-count // MAX_IN_ORDER)
    size = -(-count // parts)
    groups = [range(start, min(start + size, count)) for start in range(0, count, size)]
    return [
        replace(
            fact,
            answers=tuple(fact.answers[i] for i in group),
            spans=tuple(fact.spans[i] for i in group),
            whole=True,
        )
        for group in groups
    ]
