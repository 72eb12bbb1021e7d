"""Cut a long sentence down to the clauses around the phrases a card asks, so the cue stays readable; put what
came before a sentence too short to say what it asks."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from functools import lru_cache

from studycards.facts import Fact, Origin
from studycards.outline import sentences
from studycards.segment import Segmenter, segmenter

Span = tuple[int, int]
CLAUSE_BODY = r"[^，,。；;：:！？!?]"
"""A character that stays inside one clause: what the phrase a pattern finds may be made of."""
CLAUSE_BREAK = re.compile(r"(?<=[；;：:])|(?<=[，,])(?!(?<=\d[，,])\d{3}(?!\d))")
"""After a clause's mark; not the comma that groups a number's thousands (粮食产量33，212万吨, as older reports print it)."""
CUE_CHARACTER = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")
NOT_CUE = re.compile(r"[^\u4e00-\u9fffA-Za-z0-9]")
UP_TO_BREAK = re.compile(r".*[^\u4e00-\u9fffA-Za-z0-9]", re.DOTALL)
"""Text up to and with its last character that is not a cue character (punctuation, a quote, a space)."""
MAX_CONTEXT = 70
CONDITION_ENDS = ("的，", "的,", "时，", "时,")
"""How a clause that states a condition ends: a card never opens just after it."""
MAX_CONDITION = 40
"""Characters a window may grow past its limit to keep such a condition."""
DEPENDENT_OPENING = re.compile(r"(?:就是|也|是|而|但|却|即|则|这|那|其|它|都|才|从而|因而|所以|因此|并且|同时)")
"""How a clause opens that goes on from the one before it, whose subject it needs (中国特色社会主义道路，|就是在…;
…，|也将是…): a card never opens there."""
PREDICATE_OPENING = re.compile(
    r"(?:有(?!关|些|的|人|的人)|等于|相当于|约占|占|达到|合计|共计|比(?!较|如|例|重|赛|值|率))"
)
"""A clause that opens with its predicate, its subject in the clause before (…基本建设投资额，|等于…的{{三分之一}};
…；|有{{60%左右}}过着…; 煤产量…，|比上年的…增长{{…}})."""


def opens_without_subject(text: str, at: int = 0) -> bool:
    """Whether the clause of `text` that starts at `at` needs the subject of the clause before it."""
    return bool(DEPENDENT_OPENING.match(text, at) or PREDICATE_OPENING.match(text, at))


GLUED = tuple("了的和与及在对把被将是等")
"""Particles the tagger sometimes glues to a word (了反, 对省): a deletion never grows to take one in."""
ORGAN_CUES = ("由", "经", "报", "向")
"""What stands before the organ that acts or approves: never grown into (报上一级人民政府: 报上 is a word)."""
ENDS_AFTER = ("起", "前", "内", "所有")
"""What a time's start is followed by (自公告之日|起, which the dictionary cuts 之日起), a time limit's 前 or 内 (在实施审计
三日|前: 日前 is a word) and an owner's 所有 (属于国家|所有): never grown into."""
MAX_WIDENING = 3
BOUND_SUFFIX = re.compile(r"[数率额](?=的|[，,。；;、]|$)")
"""A suffix that makes a word of the noun before it (预算数, 完成率, 发行额) where the dictionary has no such word."""
"""Characters a deletion may grow by, each side, to end on a word's edge (检察|委员会 -> 检察委员会)."""
EDGE_REACH = 10
"""Characters each side of a deletion's edge cut into words to find where the word there ends."""
MIN_CUE = 8
"""Characters a sentence must say besides its answers to be asked without what came just before it."""
MIN_SHOWN = 4
"""Characters a card must show besides its answers (才能成为{{…}}。 is no question)."""
FRAGMENT_SHOWN = 11
"""Characters a card that stops at a comma, its sentence going on, must show besides its answer (特别是在{{一九七五年}}，
坚守{{耕地}}红线，): of the cards `bare_fragment` refuses, blind readers of sessions 12-23 kept 1 of 26 (reports 0 of
11, laws 1 of 15: "no cue, bare fragment"), against 57% and 72% of the others."""
FIGURE_FRAGMENT_SHOWN = 6
"""What a figure's clause cut at a comma must show: a figure says what it measures in a few characters
(今年中央政府投资总额{{9080亿元}}，); fewer is a change or a date of nothing named (比上年增加{{1500亿元}}，)."""


MAX_SENTENCE = 500
"""A "sentence" longer than this (text without full stops: a page run together, a list of a thousand items)
is cut at clause breaks into pieces no longer than this, or at this length where it has none: one card
must not hold a page, and the work per sentence must not grow with the square of its length."""
CLAUSE_ENDS = "，,；;：:、"


def overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def first_disjoint(sentence: str, candidates: Iterable[Span | None], askable: Callable[[str], bool]) -> list[Span]:
    """The candidate spans of `sentence` whose text `askable` accepts, each overlapping none accepted before it
    (the first found wins), in the order they stand."""
    found: list[Span] = []
    for span in candidates:
        if span and askable(sentence[span[0] : span[1]]) and not any(overlaps(span, other) for other in found):
            found.append(span)
    return sorted(found)


def sentence_spans(text: str):
    """(start, sentence) for each sentence of a paragraph (overlong ones in pieces)."""
    offset = 0
    for sentence in sentences(text):
        for piece in _pieces(sentence):
            yield offset, piece
            offset += len(piece)


def _pieces(sentence: str, limit: int = MAX_SENTENCE):
    start = 0
    while len(sentence) - start > limit:
        cut = max(sentence.rfind(mark, start, start + limit) for mark in CLAUSE_ENDS) + 1
        if cut <= start:
            cut = start + limit
        yield sentence[start:cut]
        start = cut
    yield sentence[start:]


BARE_LIMIT = re.compile(r"(?:以内|之内|内|以前|之前|前|以后|之后|后)[，,]")
"""All a clause says after its answer when it is a time limit whose act is in the next clause (…之日起{{十五日}}内，)."""


@lru_cache(maxsize=4096)
def clause_bounds(sentence: str) -> tuple[int, ...]:
    """Where the clauses of `sentence` start, and its end: found once for every extractor's window on it."""
    return (0, *(m.end() for m in CLAUSE_BREAK.finditer(sentence) if m.end() < len(sentence)), len(sentence))


def window(sentence: str, spans: list[tuple[int, int]], limit: int = MAX_CONTEXT) -> tuple[str, int]:
    """The shortest run of whole clauses of `sentence` that holds all `spans`, widened while it stays
    under `limit` characters. Returns (text, offset of text in sentence)."""
    bounds = clause_bounds(sentence)
    lowest, highest = min(s for s, _ in spans), max(e for _, e in spans)
    first = bisect_right(bounds, lowest, 0, len(bounds) - 1) - 1
    last = bisect_left(bounds, highest)
    while last - first < len(bounds) - 1:
        grow_left = first > 0 and bounds[last] - bounds[first - 1] <= limit
        grow_right = last < len(bounds) - 1 and bounds[last + 1] - bounds[first] <= limit
        if grow_right:
            last += 1
        elif grow_left:
            first -= 1
        else:
            break
    while last < len(bounds) - 1 and BARE_LIMIT.fullmatch(sentence[highest : bounds[last]]):
        last += 1  # what is done within the time: 债务人应当自裁定送达之日起{{十五日}}内，|向人民法院提交…
    if first > 0 and not CUE_CHARACTER.search(sentence[bounds[first] : lowest]):
        first -= 1  # never open with the answers when the sentence says what they are: 职级序列分为：{{…}}
    while (
        first > 0
        and sentence[: bounds[first]].endswith(CONDITION_ENDS)
        and bounds[last] - bounds[first - 1] <= (limit + MAX_CONDITION)
    ):
        first -= 1  # the condition it holds under: 劳动合同期限一年以上不满三年的，试用期不得超过{{二个月}}
    while first > 0 and opens_without_subject(sentence, bounds[first]):
        first -= 1  # the subject it goes on from, however far back: 中国特色社会主义道路，就是在…以{{经济建设}}为中心
    return sentence[bounds[first] : bounds[last]], bounds[first]


def fact_in_sentence(
    kind: str,
    sentence: str,
    spans: list[tuple[int, int]],
    origin: Origin,
    limit: int = MAX_CONTEXT,
    lead: str = "",
    seg: Segmenter | None = None,
) -> Fact:
    """A fact whose answers stand at `spans` of `sentence`, cut down to the clauses around them.

    `lead` is what a reader saw just before `sentence` (the lead of the list it is an item of, its heading, the
    sentence before): put before a sentence that says little besides its answers (公务员应当具备下列条件：
    年满{{十八周岁}}; 积极稳妥推进碳达峰碳中和。扎实开展“{{碳达峰十大行动}}”。)."""
    if kind not in ("figure", "examined"):  # a figure's numerals are cut oddly (二〇|三五年): figures.py checks its
        spans = whole_words(sentence, spans, seg or segmenter())  # end; an examined span is a run of whole words
    if lead and len(sentence) - sum(end - start for start, end in spans) < MIN_CUE:
        sentence, spans = lead + sentence, [(start + len(lead), end + len(lead)) for start, end in spans]
    for reach in (limit, 2 * limit, len(sentence)):  # wider until the card says what it asks
        text, offset = window(sentence, spans, reach)
        shifted = tuple((start - offset, end - offset) for start, end in spans)
        if cue_length(text, shifted) >= MIN_SHOWN:
            break
    topic = _topic(sentence)
    if topic and offset > len(topic):  # 中国特色社会主义道路，……建设{{社会主义市场经济}}、…
        text, shifted = (
            topic + ELLIPSIS + text,
            tuple((s + len(topic) + len(ELLIPSIS), e + len(topic) + len(ELLIPSIS)) for s, e in shifted),
        )
    if lead and cue_length(text, shifted) < MIN_SHOWN and offset == 0:
        text, shifted = lead + text, tuple((start + len(lead), end + len(lead)) for start, end in shifted)
    return Fact(kind, text, tuple(text[s:e] for s, e in shifted), origin, spans=shifted)


IS = r"(?:是|为|属于)(?![了主止何否])"
COPULA = re.compile(rf"(?<!特别)(?<![于但或只总正就还都也可凡若要因作成认称求行尤]){IS}")
"""是, 为 or 属于 saying what a thing is (农业是…的基础, 国徽的内容为…, 矿产资源属于…所有), not inside 特别是, 但是, 作为,
成为, 为了, 实事求是, 行为, 是否."""
COPULA_AFTER = re.compile(rf"(?:也|都|正|就|才|仍)?{IS}")
"""A copula right after an answer that is a clause's subject ({{农业}}是…, {{改革}}也是…)."""
QUOTE_OPENERS = '“‘「『《"'
"""What opens a name a text quotes or a title it cites (“两个维护”, 《中国制造2025》), before a blank or as its first
character."""


def quoted(text: str, span: tuple[int, int]) -> bool:
    """Whether the answer at `span` is a name `text` quotes or a title it cites: a quote or title mark opens it, just
    before the blank or as its first character (坚决做到“{{两个维护}}”; {{“一国两制”、…}})."""
    return any(text[at] in QUOTE_OPENERS for at in (span[0] - 1, span[0]) if 0 <= at < len(text))


def bare_fragment(text: str, hidden: tuple[int, int], figure: bool = False) -> bool:
    """Whether a card of `text` hiding `hidden` is a clause cut from its sentence at a comma that shows too little
    to say what it asks (特别是在{{一九七五年}}，; 从事航道工程建设的{{勘察、设计、施工和监理单位}}，); a clause that says
    what a thing is ({{农业}}是我国国民经济的基础，; 国徽的内容为{{…}}，) and a name the text quotes or a title it cites
    (稳步扩大“{{保险+期货}}”试点，; 学习《{{资本论}}》，) stay: what examiners and the references ask."""
    least = FIGURE_FRAGMENT_SHOWN if figure else FRAGMENT_SHOWN
    if not text.rstrip().endswith(("，", ",")) or cue_length(text, [hidden]) >= least:
        return False
    if quoted(text, hidden):
        return False
    clause = re.split(r"[，,；;：:]", text[: hidden[0]])[-1]
    copula = COPULA.search(clause)
    return not ((copula and copula.start() >= 2) or COPULA_AFTER.match(text[hidden[1] :]))


BROKEN_START = re.compile(r"^(?:[\u4e00-\u9fff][，,；;、]|[^《》]*》)")
"""A text opening with a clause of one character (设，构建…) or inside a title (纲要（草案）》对…): the tail of a
sentence cut at a broken line."""


def broken_start(text: str) -> bool:
    """`text` opens inside a word, a title or a quotation (没有小说，没有诗歌。”: whose words, said of what?)."""
    return bool(BROKEN_START.match(text.lstrip())) or text.count("”") > text.count("“")


OPENS_ON_ANOTHER = re.compile(
    r"(?:(?:仅仅|仅|只|不仅|而且|并且|也就|一方面|另一方面|首先|其次|再次)?是(?!否)|就是|也|却|即|则|[这那](?:是|就|也|些|样|里|时|么|对|在|使|将|不|正|一点)|其(?!他|它)|它|都|才"
    r"|并且|而且)"
)
"""How a sentence opens that speaks of what the one before it named (也将是…, 这是…, 其中…): its card has no
subject to show."""


def opens_on_another(text: str) -> bool:
    """Whether a card of `text` would open on a subject it does not show, or on a view the text states to refute."""
    return bool(OPENS_ON_ANOTHER.match(text) or REFUTED.match(text))


REFUTED = re.compile(
    r"(?:但是，|可是，)?(?:甚至)?(?:有人(?![民员口身事])|有些人|有的人|某些人|右派分子)[^，。；]{0,12}?(?:认为|说|主张|提出|攻击|诬蔑|企图)"
)
"""What someone claims and the report goes on to refute (有人认为，…冒进了; 右派分子说，…): no fact to learn."""


ELLIPSIS = "……"
COMMA = re.compile(r"[，,]")
MAX_TOPIC = 16
"""A sentence's first clause this short, that the next goes on from, is its topic (科学发展观，|是…)."""


def _topic(sentence: str) -> str:
    """The topic a long sentence opens with and its later clauses speak of (中国特色社会主义道路，就是…，…), with
    its comma; '' if it opens otherwise."""
    comma = COMMA.search(sentence)
    if not comma or not 2 <= comma.start() <= MAX_TOPIC or DEPENDENT_OPENING.match(sentence):
        return ""
    if not DEPENDENT_OPENING.match(sentence, comma.end()):
        return ""
    return sentence[: comma.end()]


def cue_length(text: str, spans: tuple[tuple[int, int], ...] | list[tuple[int, int]]) -> int:
    """Characters a card of `text` shows besides all its answers (words only: no punctuation or 的)."""
    shown, cursor = [], 0
    for start, end in spans:
        shown.append(text[cursor:start])
        cursor = end
    shown.append(text[cursor:])
    joined = "".join(shown)
    return len(NOT_CUE.sub("", joined)) - joined.count("的")  # 的 is a cue character, and not counted


def whole_words(sentence: str, spans: list[tuple[int, int]], seg: Segmenter) -> list[tuple[int, int]]:
    """Each deletion widened to the edges of the words it cuts (固定|期限劳动合同, 爱社会|主义, 四项基本|原则), by a
    few characters at most; a deletion that would then run into the next is left as it was."""
    widened = []
    for start, end in spans:
        new_start, new_end = _word_edge(sentence, start, seg, -1), _word_edge(sentence, end, seg, 1)
        if start - new_start > MAX_WIDENING or sentence[new_start:start].startswith(GLUED):
            new_start = start  # 展开了反|官僚主义: not 了反官僚主义
        if sentence[new_start:start] in ORGAN_CUES:
            new_start = start  # 报|上一级人民政府批准: not 报上 (a newspaper to the dictionary)
        if new_end - end > MAX_WIDENING or sentence[end:new_end].endswith(GLUED + ENDS_AFTER):
            new_end = end
        if new_end == end and BOUND_SUFFIX.match(sentence, end):
            new_end = end + 1  # 完成{{预算}}|数的121%: the amount budgeted, one word the dictionary lacks
        widened.append((new_start, new_end))
    for index, (start, end) in enumerate(widened):
        if any(other[0] < end and start < other[1] for other in widened[:index] + widened[index + 1 :]):
            widened[index] = spans[index]
    return widened


def is_word_edge(sentence: str, edge: int, seg: Segmenter) -> bool:
    """Whether a word of `sentence` starts or ends at `edge`."""
    return _word_edge(sentence, edge, seg, 1) == edge


def _word_edge(sentence: str, edge: int, seg: Segmenter, direction: int) -> int:
    """The nearest word edge at or beyond `edge` in `direction`, as the words around it are cut (a stretch of
    the sentence around it, between punctuation: cutting whole sentences cost more than all else)."""
    if edge in (0, len(sentence)) or not (
        CUE_CHARACTER.match(sentence, edge - 1) and CUE_CHARACTER.match(sentence, edge)
    ):
        return edge  # beside punctuation or a quote: an edge already
    low = max(0, edge - EDGE_REACH)
    before = UP_TO_BREAK.match(sentence, low, edge)  # the stretch starts after the last break before the edge
    low = before.end() if before else low
    after = NOT_CUE.search(sentence, edge, min(len(sentence), edge + EDGE_REACH))
    high = after.start() if after else min(len(sentence), edge + EDGE_REACH)
    offsets = seg.dictionary_starts(sentence[low:high])
    if direction < 0:
        return low + max((b for b in offsets if b <= edge - low), default=edge - low)
    return low + min((b for b in offsets if b >= edge - low), default=edge - low)
