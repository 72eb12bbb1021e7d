"""A fact seen as one sentence with its answers marked: the material every question type is cut from.

Facts of the cloze kinds (formulation, enumeration, maxim, keyphrase) already are a sentence with answer
spans. An outline fact (a heading and its items) is written out as one: 「一要树立鲜明导向」的三个要点为：
树正选人用人标尺；发挥考核评价作用；畅通能上能下渠道。 A question shows a *view* of the frame: the part of the
sentence around the answers it asks, cut at clause (or item) boundaries when the sentence is long.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from studycards.facts import Fact, normalise
from studycards.parsing.numbering import cn_count
from studycards.closedsets import stock
from studycards.extract.clauses import broken_start
from studycards.extract.figures import RULE
from studycards.extract.giveaway import GLOSS
from studycards.quiz.stems import DEPENDENT, citation, has_placeholder, numbering_only, points_back

MIN_ANSWER = 2
"""Shortest answer worth asking, in characters (normalised): one character is never a phrase."""
MAX_ANSWER = 30
"""Longest answer worth asking: beyond this it is running prose, not a phrase to recall."""
VIEW_LIMIT = 110
"""Longest stem shown, in characters; longer sentences are cut at clause boundaries."""
ELLIPSIS = "……"
CLAUSE_STOPS = "。！？；;!?"
PHRASE_STOPS = "，,：:"
JUNK = re.compile(r"[#_＿<>{}|\\＠]|https?:|www\.")
"""Characters that mark an answer or stem as page debris, never as study text (and that blanks use); ＠ marks a
character an old text's encoding could not hold (栾ｆú＠①)."""
MODAL_OPENING = re.compile(r"(?:一定|都|也|还|就|更)?(?:要|必须|应当|应该|需要|不得|可以)")
"""A clause that opens on a modal word (一定要…, 必须…): its subject is the sentence's first clause."""
CONDITION_END = re.compile(r"的[，,]$")
"""A clause that states a case (…活动的，): what follows it is said of that case only."""
JOINS = ("、", "和", "及", "与")
QUOTES = '“”"‘’「」『』《》'
LINK = re.compile(r"^[、，,\s“”\"‘’「」『』《》]*(?:和|及|以及|与|或)?[\s“”\"‘’「」『』《》]*$")
"""What may stand between two answers that form one list: 、 or 和, quotes."""


@dataclass(frozen=True)
class Frame:
    """A fact as a sentence with its answers marked."""

    fact: Fact
    lead: str
    """Shown before the text in every view, never cut (outline: 「heading」的三个要点为：)."""
    text: str
    """The sentence the answers stand in."""
    spans: tuple[tuple[int, int], ...]
    """Where each answer stands in `text`, in order, not overlapping."""
    ordered: bool
    """Whether the answers must be recalled in this order (an outline), or in any order (an enumeration)."""
    stops: tuple[int, ...]
    """Offsets in `text` where a view may begin or end (after a clause or item separator)."""
    subject: str = ""
    """What the answers are the items of, when they form a list with a name (「一要树立鲜明导向」的要点):
    a 多选 asks 下列属于…的有 of it, with no blank."""
    asks: str = ""
    """An article's lead asked of its items (公务员享有下列哪些权利？): a 多选 asks it, its items the right
    options and items of the law's other lists the wrong ones, as an examiner of a law sets it."""
    headings: bool = False
    """The answers are the headings of a part (a report's tasks under 「（九）…」): asked as 下列属于/不属于…
    (单选, 多选), never as a fill-in or a statement of the whole table of contents."""

    @property
    def answers(self) -> tuple[str, ...]:
        return tuple(self.text[start:end] for start, end in self.spans)

    @property
    def items(self) -> tuple[str, ...]:
        """Every answer of the fact, asked or not: none of them may be offered as a wrong option."""
        return tuple(self.fact.answers) + self.answers

    @property
    def identity(self) -> str:
        return self.fact.identity()

    def runs(self) -> list[list[int]]:
        """The answers grouped into runs that stand side by side, joined only by 、，和 or quotes: lists."""
        runs = [[0]]
        for index in range(1, len(self.spans)):
            between = self.text[self.spans[index - 1][1] : self.spans[index][0]]
            if LINK.match(between):
                runs[-1].append(index)
            else:
                runs.append([index])
        return runs

    def listed(self, index: int) -> bool:
        """Whether answer `index` stands in a list, joined to a neighbour by 、 or 和 (quotes aside): its
        wrong options must then all look like the members around it."""
        return any(self.joined(index))

    def joined(self, index: int) -> tuple[bool, bool]:
        """Whether answer `index` is joined by 、 or 和 (quotes aside) to what stands before it, after it."""
        start, end = self.spans[index]
        before = self.text[:start].rstrip(QUOTES)
        after = self.text[end:].lstrip(QUOTES)
        return before.endswith(JOINS), after.startswith(JOINS)

    def subject_of(self, left: int) -> str:
        """What a view starting at `left` needs before it to keep its subject: for a clause that starts with
        是, 由, 作为 … (DEPENDENT), the sentence's words before its own 是/由/作为 (邓小平理论……是…的继承和发展),
        else its first clause; '' for a clause that stands alone."""
        opener = DEPENDENT.match(self.text[left:])
        first = min((s for s in self.stops if s > 0), default=len(self.text))
        if not opener:  # 一定要用在生产建设上: a clause that opens on a modal word acts for the sentence's subject
            return self.text[:first].rstrip(PHRASE_STOPS + "、；;。") if MODAL_OPENING.match(self.text[left:]) else ""
        head = self.text[:first]
        at = head.find(opener.group(0))
        return head[:at] if at > 0 else head.rstrip(PHRASE_STOPS + "、；;。")

    def view(self, targets: list[int], limit: int = VIEW_LIMIT) -> View:
        """The part of the sentence around the answers `targets`, with their spans in the view's text."""
        targets = sorted(targets)
        start, end = self.spans[targets[0]][0], self.spans[targets[-1]][1]
        left = max((s for s in self.stops if s <= start), default=0)
        right = min((s for s in self.stops if s >= end), default=len(self.text))
        # Widen one clause at a time, on either side, while the view stays within the limit.
        grown = True
        while grown:
            grown = False
            before = [s for s in self.stops if s < left]
            if before and right - before[-1] <= limit:
                left, grown = before[-1], True
            after = [s for s in self.stops if s > right]
            if after and after[0] - left <= limit:
                right, grown = after[0], True
        if left > 0 and CONDITION_END.search(self.text[:left]):  # 责令改正，处…罚款 keeps the 不按照…的， it is for
            left = max((s for s in self.stops if s < left), default=0)
        rule = RULE.search(self.text, right)
        if rule and not RULE.search(self.text, left, right):  # …组成人员联名，|可以向…提出罢免案: the rule's act
            right = min((s for s in self.stops if s >= rule.end()), default=len(self.text))
        body = self.text[left:right]
        prefix = self.lead + (self.subject_of(left) + ELLIPSIS if left > 0 else "")
        suffix = "" if right >= len(self.text) else ELLIPSIS
        if body and body[-1] in PHRASE_STOPS + "、；;":
            body, suffix = body[:-1], ELLIPSIS  # the sentence goes on
        offset = len(prefix) - left
        spans = tuple((self.spans[i][0] + offset, self.spans[i][1] + offset) for i in targets)
        return View(prefix + body + suffix, spans)


@dataclass(frozen=True)
class View:
    """What a question shows of a frame: text, and the spans of the answers it asks."""

    text: str
    spans: tuple[tuple[int, int], ...]

    def cut(self) -> tuple[str, ...]:
        """The text around the asked answers: one more part than answers (the blanks go between)."""
        parts, last = [], 0
        for start, end in self.spans:
            parts.append(self.text[last:start])
            last = end
        parts.append(self.text[last:])
        return tuple(parts)

    def replace(self, index: int, phrase: str) -> str:
        start, end = self.spans[index]
        return self.text[:start] + phrase + self.text[end:]


def frame_of(fact: Fact) -> Frame | None:
    """The fact as a frame, or None when it holds nothing worth asking (junk or one-character answers)."""
    if fact.kind == "examined":
        return None  # the span model's proposals are cards; their wrong options are not vetted yet (a word's family)
    frame = _outline_frame(fact) if fact.kind == "outline" else _cloze_frame(fact)
    if frame is None or not frame.spans:
        return None
    if frame.asks:
        frame = _items_asked(frame)
        if frame is None:
            return None
    if JUNK.search(frame.lead + frame.text) or not all(askable(answer) for answer in frame.answers):
        return None
    if has_placeholder(frame.lead + frame.text):
        return None  # A总书记: a template's stand-in, never shown
    if not _paired(frame.lead + frame.text, ("“”",)):
        return None  # 因为，可惜现在…资产阶级的。”: a sentence cut from a quotation that never says whose it is
    if not frame.lead and broken_start(frame.text):
        return None  # 设，构建以国家公园为主体…: the tail of a word a broken line cut (建|设), no sentence's start
    if TABLE_ROW.search(fact.text) or LIST_LEAD.search(fact.text):
        return None  # 2	超过36000元至144000元的部分	10: a table's row; 下列所得，免征个人所得税：: a lead without its list
    if any(cuts_a_phrase(frame, index) or GLOSS.match(frame.text, end) for index, (_, end) in enumerate(frame.spans)):
        return None  # a blank cut from a phrase, or one its gloss spells out (“三河三湖”（即：淮河海河辽河…）)
    return frame


TOPIC_TITLE = re.compile(r"(?:情况|问题|说明|回顾|概况|任务|部署|安排|工作|建议|意见)$")
"""What a part's title ends on when it names a topic ((二)“十五”期间…主要情况), not a lead sentence that states one."""


def _heading(fact: Fact) -> bool:
    """The fact's text is the title of the part it stands in, its marker aside, and the title names a topic
    (（二）“十五”期间国民经济和社会发展主要情况): no statement to ask. A lead sentence (一要树立鲜明导向) is one."""
    title = normalise(fact.origin.trail[-1]) if len(fact.origin.trail) > 1 else ""
    text = normalise(fact.text)
    return bool(TOPIC_TITLE.search(text)) and title.endswith(text) and len(text) * 5 >= len(title) * 4


TABLE_ROW = re.compile(r"\t")
"""A table's cells (tab-separated): a row read as a sentence is no statement."""
LIST_LEAD = re.compile(r"[：:]\s*$")
"""A sentence ending in a colon: the lead of a list the fact does not hold."""
TRAILING_GENERIC = re.compile(r"等(?:内容|方面|工作|事项|情形|行为|措施|领域)?$")
"""An answer ending in 等(内容): the blank takes the list's tail word with it (禁止实施＿ for 家庭暴力等内容)."""
CONJUNCTIONS = frozenset(("和", "与", "及", "或", "以及", "或者", "并", "同"))
"""A word that ends no phrase: 联合国宪章的宗旨和 is half of …宗旨和原则."""
PREPOSITIONS = frozenset("以对在把将向从被给")


BOUND_AHEAD = ("为", "以", "于", "向", "对", "把", "将", "被", "从")
"""One-character words that govern what follows them: an answer never ends in one (立德树人为 of 以立德树人为根本任务)."""


def _ends_bound(key: str, after: str) -> bool:
    """Whether `key`, read on into `after`, ends in a word of one character of BOUND_AHEAD (立德树人|为|根本, not
    违法|行为|的)."""
    from studycards.segment import segmenter

    at = 0
    for word in segmenter().words(key + after):
        at += len(word)
        if at >= len(key):
            return at == len(key) and word in BOUND_AHEAD
    return False


TIED = re.compile(r"相(?:结合|适应|协调|衔接|一致|配套|匹配|统一)$")
"""The verb of 与…相结合 (…相适应, …相衔接): grammar of the frame, never a blank's end."""


def cuts_a_phrase(frame: Frame, index: int) -> bool:
    """Whether answer `index` cuts a phrase of the sentence: it ends in a one-character word the 的 after it
    binds to what follows (城乡党 of 城乡党的基层组织), ends in 等(内容) or a conjunction, or, as a list member, holds the list's
    lead (家庭成员之间以殴打 of 是指家庭成员之间以殴打、捆绑…) or its 等 (恐吓等方式实施)."""
    start, end = frame.spans[index]
    answer = frame.text[start:end]
    key = normalise(answer)
    if TRAILING_GENERIC.search(key):
        return True
    from studycards.segment import segmenter

    tagged = [(word, tag) for word, tag in segmenter().tagged(key) if word.strip()]
    words = [word for word, _ in tagged]
    if not words:
        return False
    last, tag = tagged[-1]
    goes_on = frame.text[end : end + 1].isalnum()  # 宗旨和|原则, not 碳中和|。
    if last in CONJUNCTIONS and not tag.startswith("v") and goes_on:
        return True
    if len(words) >= 2 and len(last) == 1 and tag.startswith("n") and frame.text[end:].startswith("的"):
        return True
    with_as = key.endswith("为") and frame.text[:start].endswith("以")  # 以＿根本任务 of 以…为…
    if goes_on and (with_as or (key[-1:] in BOUND_AHEAD and _ends_bound(key, frame.text[end : end + 4]))):
        return True  # 立德树人为|根本任务: the 为 is the next phrase's verb, no part of the answer
    if TIED.search(key):
        return True  # 与生产、推广|相结合: the 与…相… frame's verb, no fact, alone or on a member
    modifier = tagged[0][1].startswith("v") and not tag.startswith("n") and frame.text[end:].startswith("的")
    if modifier and not frame.listed(index):
        return True  # 是指|运用先进适用|的农业机械: a modifier cut from the thing it modifies (愿担当、敢担当、善担当的 is a list)
    if not frame.listed(index):
        return False
    if "等" in words[1:]:
        return True  # 恐吓等方式实施: a member holding the list's 等 and what follows it
    if tag.startswith("d") and goes_on:
        return True  # 转移、隐匿、故意|毁损: an adverb is no member; it belongs to the verb after it
    others = [len(normalise(other)) for i, other in enumerate(frame.answers) if i != index]
    inner = any(word in PREPOSITIONS for word in words[1:-1])
    if inner and others and len(key) >= 2 * min(others) + 2:
        return True
    return False


ITEMS_ASKED = 2
"""Fewest items of an article's list that must read as options."""


def _items_asked(frame: Frame) -> Frame | None:
    """An article's list with the items that read as options only: the long ones stay in its text, unasked
    (下列各项个人所得，免征个人所得税 keeps 保险赔款 and 国债利息 though its first item is a paragraph)."""
    spans = tuple((start, end) for start, end in frame.spans if askable(frame.text[start:end]))
    if len(spans) < ITEMS_ASKED:
        return None
    return replace(frame, spans=spans)


def askable(answer: str) -> bool:
    """An answer worth a blank: a phrase of 2-30 characters, not debris, its brackets paired (公路经营企业）
    is a phrase cut out of a parenthesis)."""
    size = len(normalise(answer))
    if ORDINAL.fullmatch(answer.strip()):
        return False  # ＿、＿、第三产业 asks 第一, 第二: the shown member counts them
    if QUOTES_BETWEEN.search(answer):
        return False  # “＿” for 港人治港”、“澳人治澳: two quoted phrases under one quoted blank
    return MIN_ANSWER <= size <= MAX_ANSWER and not JUNK.search(answer) and _paired(answer)


ORDINAL = re.compile(r"第[一二三四五六七八九十]+")
QUOTES_BETWEEN = re.compile(r"[”’」』][^“‘「『]*[“‘「『]")
"""A quotation closed and another opened inside an answer: two quoted phrases, not one."""


BRACKETS = ("（）", "()", "“”", "《》", "「」")


def _paired(text: str, pairs: tuple[str, ...] = BRACKETS) -> bool:
    return all(text.count(pair[0]) == text.count(pair[1]) for pair in pairs)


def _cloze_frame(fact: Fact) -> Frame | None:
    text = fact.text
    if _heading(fact):
        return None  # “＿”期间国民经济和社会发展主要情况: a part's title states nothing; its outline asks it
    spans = _checked_spans(text, fact.spans, fact.answers)
    if spans is None:
        return None
    stops = tuple(sorted({i + 1 for i, ch in enumerate(text) if ch in CLAUSE_STOPS + PHRASE_STOPS} | {0, len(text)}))
    # A stop inside an answer would cut it in half.
    stops = tuple(s for s in stops if not any(start < s < end for start, end in spans))
    if fact.kind == "enumeration":
        spans = _certain_items(text, spans)
        if stock(text[start:end] for start, end in spans):
            return None  # 新建、改建、扩建: boilerplate the genre writes everywhere
    lead = ""
    if DEPENDENT.match(text):
        lead = _sentence_before(fact.origin.paragraph, text)
        if not lead:
            return None  # 是…的继承和发展 with nothing to say what is
    elif _fragment(fact.origin.paragraph, text):
        lead = _sentence_start(fact.origin.paragraph, text)
        if not lead:
            return None  # 给予警告，可以并处一万元以下的罚款: a penalty with no offence to say what it is for
    elif BACK_REFERENCE.search(text):
        lead = _sentence_before(fact.origin.paragraph, text)
        if not lead:
            return None  # 要根据国家的…，鼓励它们继续发展: what 它们 are stood before the sentence
    else:
        lead = period_of(fact)
    if points_back(lead):
        return None  # 这种做法，违背…: the subject restored points back itself
    return Frame(fact, lead, text, spans, ordered=fact.kind != "enumeration", stops=stops)


PERIOD_OPENER = re.compile(r"^(过去五年|五年来|过去一年|一年来|[一二三四五六七八九十]+年来)[，,]")
"""How a report's review paragraph names its period: 五年来，经济结构出现重大变革。"""
REVIEW = re.compile(r"(过去五年|过去一年|五年来|一年来|[一二三四五六七八九十]+年来)")
"""A review part's heading names its period too: 一、过去五年工作回顾."""
PLAN = re.compile(
    r"对(?:\d{4}|[一二〇零○]{4})年.*工作的建议|今年.*(?:工作|任务)"
    r"|^[一二三四五六七八九十]+、\s*(?:\d{4}|[０-９]{4})年的?(?:主要任务|重点工作|政府工作任务|工作总体部署|工作的总体要求|工作$)"
)
"""A plan part's heading: 三、对2018年政府工作的建议 (its figures are this year's targets)."""
NEXT_PERIOD = re.compile(r"(?<=[。；;！!])\s*(新的一年|今年|明年|今后一个时期|今后五年|未来五年)[，,]")
"""Where a review paragraph turns to what comes next (过去一年，国防…扎实推进。新的一年，要…): a sentence after it
speaks of the new period, not of the one the paragraph opens on."""
PERIOD_SAID = re.compile(r"(?<=[。；;！!])\s*(过去五年|过去一年|五年来|一年来|新的一年|今年|明年)[，,]")
"""A period a paragraph turns to in mid-course (…至关重要。过去一年，我们的各项工作取得了很大成绩。): the sentences after
it speak of that period, whatever the part's heading plans."""
BOTH_PERIODS = re.compile(r"年和(?:过去)?[一二三四五六七八九十]+年")
"""A review part's heading naming two periods (过去一年和五年工作回顾), as a term's last report does."""
HAS_PERIOD = re.compile(r"年|以来|期间|届")
RESULT = re.compile(
    r"[\d０-９]|百分之|[一二两三四五六七八九十百千万亿]+[万亿]?[个项家座所名人次倍元吨]|了|已|取得|实现|完成|增|减|降|提高|超过|达到"
)
"""What a review's sentence reports (a figure, a change, a thing done): it is dated by the period it reviews."""
TIMELESS = re.compile(r"是|在于|必须")
"""What a judgement or a principle says (根本任务是发展生产力): of no period, unless it reports a result too."""
REVIEWED = re.compile(r"(?:\d{4}|[０-９]{4})年|“[^”]{1,4}”(?=时期|计划)|去年")
"""The period a review part's heading names otherwise: 一、2008年工作回顾, 一、“十一五”时期…的回顾, 一、去年工作回顾."""


def period_of(fact: Fact) -> str:
    """The period a report's sentence speaks of when it names none (城镇新增就业6600万人以上 of the five years'
    review, not of this year's plan): its paragraph's opener or its part's heading, as a lead (五年来，……)."""
    if HAS_PERIOD.search(fact.text) or citation(fact.origin.document).startswith("根据"):
        return ""
    paragraph = fact.origin.paragraph.strip()
    opener = PERIOD_OPENER.match(paragraph)
    turns = list(NEXT_PERIOD.finditer(paragraph, 0, max(paragraph.find(fact.text), 0))) if opener else []
    if turns and not paragraph.startswith(fact.text):
        return turns[-1].group(1) + "，" + ELLIPSIS  # 新的一年，……: the task belongs to the year ahead
    if TIMELESS.search(fact.text) and not RESULT.search(fact.text):
        return ""  # 根本任务是发展生产力: a judgement of no period, which a lead (１９９１年，……) misdates
    if opener and not paragraph.startswith(fact.text):
        return opener.group(1) + "，" + ELLIPSIS
    said = list(PERIOD_SAID.finditer(paragraph, 0, max(paragraph.find(fact.text), 0)))
    if said:
        return said[-1].group(1) + "，" + ELLIPSIS  # 做好今年的工作…。过去一年，…增长10.3%: last year's result
    for heading in fact.origin.trail[1:2]:
        if BOTH_PERIODS.search(heading):
            return ""  # 一、过去一年和五年工作回顾: a sentence under it may speak of either
        review = REVIEW.search(heading)
        if review:
            return review.group(1) + "，" + ELLIPSIS
        named = set(REVIEWED.findall(heading)) if "回顾" in heading else set()
        if len(named) == 1:  # 1998年工作回顾和1999年…: two periods, none to say which
            period = named.pop()
            return period + "时期" * period.endswith("”") + "，" + ELLIPSIS
        if PLAN.search(heading) and re.search(r"\d", fact.text):
            return "今年，" + ELLIPSIS  # a target of the year's plan (新增高标准农田8000万亩以上), not a result
    return ""


LEAD_LIMIT = 60
SENTENCE_END = re.compile(r"[。！？!?；;]")


def _sentence_before(paragraph: str, text: str) -> str:
    """The sentence before `text` in its paragraph, when short enough to show before it; else ''."""
    at = paragraph.find(text)
    if at <= 0:
        return ""
    before = paragraph[:at].rstrip()
    sentences = [part for part in re.split(r"(?<=[。！？!?；;])", before) if part.strip()]
    last = sentences[-1].strip() if sentences else ""
    return last if 2 <= len(last) <= LEAD_LIMIT else ""


FRAGMENT_OPENER = re.compile(
    r"^(?:或者|或|并处|可以并处|处以?|给予|并|以及|没收|责令|予以|情节(?:较轻|较重|严重|特别严重)的|逾期|拒不|"
    r"构成犯罪|造成|对直接负责|对单位|对个人|依法|还应当|也可以|但|[^，,。；;：:]{2,6}的[，,])"
)
"""How a clause that goes on from the one before starts: 给予警告，…; 处五万元以下罚款; 或者拒绝听取…; a
short condition (情况紧急的，应当在二十四小时内作出) whose act the clause before names."""
BACK_REFERENCE = re.compile(r"它们|他们|她们|为此|(?<=[\u4e00-\u9fff])这些")
"""Words inside a sentence that speak of what came before it (鼓励它们继续发展, 为此, 使这些问题逐步得到解决)."""
SUBJECTLESS = re.compile(r"^(?:对?其中|[^，,。；;：:]{2,16}的[，,](?:应当|可以|不得|必须|予以|由|依法|并|还))")
"""A clause after a semicolon whose subject stands before it: 对其中的…, 符合国家规定条件的，应当予以减免 (who
waives what is in the clause before)."""
START_LIMIT = 80
"""Longest start of a sentence shown before a clause cut from it (longer: its first and last clauses)."""


def _fragment(paragraph: str, text: str) -> bool:
    """Whether `text` stands in the middle of a sentence of `paragraph`: after a comma, or after a semicolon
    when it opens with what goes on from the clause before (处五万元以下罚款, 给予警告); never after a heading's
    number alone (四、, 第二，)."""
    at = paragraph.find(text)
    if at <= 0:
        return False
    before = paragraph[:at].rstrip()
    if numbering_only(before):
        return False  # 四、坚持…: a heading after its number, which is no start of its sentence to show
    if before.endswith(("，", ",", "、")):
        return True
    return before.endswith(("；", ";")) and bool(FRAGMENT_OPENER.match(text) or SUBJECTLESS.match(text))


def _sentence_start(paragraph: str, text: str) -> str:
    """What the sentence says before `text` (the offence before its penalty), cut to its first and last
    clauses when long; '' when not found."""
    at = paragraph.find(text)
    before = paragraph[:at] if at > 0 else ""
    start = re.split(r"(?<=[。！？!?])", before)[-1].lstrip()
    if len(start) <= START_LIMIT:
        return start if len(start) >= 2 else ""
    clauses = [part for part in re.split(r"(?<=[，,；;])", start) if part]
    first, last = clauses[0], clauses[-1]
    return first + ELLIPSIS + last if len(first) + len(last) <= START_LIMIT else ""


def _certain_items(text: str, spans: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """The items of an enumeration whose bounds are certain: those between two 、, and a first or last item
    as long as one of them (and a last item not followed by a 等 further on). The first and last items are
    cut from running text (来信来访 may come out as 来访, 群众提集体议上级点相统筹 as 群众提集体议上级);
    a question never asks a phrase that may have been cut wrong.
    """
    inner = spans[1:-1]
    if not inner:
        return spans
    sizes = {end - start for start, end in inner}
    edges = [span for span in (spans[0], spans[-1]) if span[1] - span[0] in sizes]
    # 领导干部过双重组织生活等制度: a 等 further on in the clause means the last item runs on to it.
    rest = re.split(r"[，,。；;：:！？!?]", text[spans[-1][1] :], maxsplit=1)[0]
    if "等" in rest[1:] and spans[-1] in edges:
        edges.remove(spans[-1])
    return tuple(sorted({*inner, *edges}))


def _checked_spans(text: str, spans, answers) -> tuple[tuple[int, int], ...] | None:
    """The fact's spans if they mark its answers; else the answers found in order; else None."""
    if (
        spans
        and len(spans) == len(answers)
        and all(
            0 <= start < end <= len(text) and normalise(text[start:end]) == normalise(answer)
            for (start, end), answer in zip(spans, answers)
        )
        and all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))
    ):
        return tuple(spans)
    found, position = [], 0
    for answer in answers:
        start = text.find(answer, position)
        if start < 0:
            return None
        found.append((start, start + len(answer)))
        position = start + len(answer)
    return tuple(found)


LAW_PART = re.compile(r"^第[一二三四五六七八九十百千零〇\d]+[编章节]")
ARTICLE = re.compile(r"^第[一二三四五六七八九十百千零〇\d]+条")
"""An article's title: its items (（一）…（二）…) are a list in a sentence, the article's lead."""


def _outline_frame(fact: Fact) -> Frame | None:
    """An outline as one sentence: an article's lead and its items (有下列行为之一的，……：（一）…；（二）…。),
    or a part's headings (「（九）…」的五个要点为：…). Never the document's own parts, nor a law's chapters and
    sections: a table of contents is nothing to learn."""
    items = fact.answers
    origin = fact.origin
    if len(items) < 2 or len(origin.trail) <= 1:
        return None
    article = bool(ARTICLE.match(origin.trail[-1]))
    if article:
        if normalise(fact.text) == normalise(origin.trail[-1]) or DEPENDENT.match(fact.text):
            return None  # 「第六十八条」的两个要点: the article's lead says what its items are
        said = _chapter_named(fact.text, origin.trail)
        lead = said.rstrip("：:。；; ") + "："
        subject = ""
        asks = members_asked(said)
    elif citation(origin.document).startswith("根据") or LAW_PART.match(origin.trail[-1]):
        return None  # a law's chapter and its sections (一般规定、简易程序…): its table of contents
    else:
        subject = f"「{origin.trail[-1]}」的要点"
        lead = f"「{origin.trail[-1]}」的{cn_count(len(items))}个要点为："
        asks = ""
    text, spans, stops = "", [], [0]
    markers = fact.markers if len(fact.markers) == len(items) else ("",) * len(items)
    for index, (marker, item) in enumerate(zip(markers, items)):
        if index:
            text += "；"
            stops.append(len(text))
        text += "" if marker.startswith("—") else marker
        spans.append((len(text), len(text) + len(item)))
        text += item
    text += "。"
    stops.append(len(text))
    return Frame(
        fact,
        lead,
        text,
        tuple(spans),
        ordered=True,
        stops=tuple(stops),
        subject=subject,
        asks=asks,
        headings=not article,
    )


THIS_PART = re.compile(r"本(章|节)")
LAW_PART_TITLE = re.compile(r"^(第[一二三四五六七八九十百零〇\d]+([章节]))\s*(.+)$")


def _chapter_named(text: str, trail: tuple[str, ...]) -> str:
    """An article's lead with 本章 (本节) named (本章规定不适用于下列各项 -> 第十一章“海事赔偿责任限制”规定…): a
    question of one article does not show which chapter it stands in."""
    parts = {m.group(2): f"{m.group(1)}“{m.group(3).strip()}”" for m in map(LAW_PART_TITLE.match, trail) if m}
    return THIS_PART.sub(lambda match: parts.get(match.group(1), match.group(0)), text)


ASKS_LIMIT = 50
"""Longest article lead asked as a question of its items."""


def members_asked(lead: str) -> str:
    """An article's lead as a question of its items: 下列 -> 下列哪些, 情形之一的 -> 情形的 (公务员有下列哪些
    情形的，予以辞退？), 下列各项 -> 下列哪些; '' when it names no 下列 list or is too long to read as one question."""
    plain = lead.strip().rstrip("：:。；;，, ")
    if plain.count("下列") != 1 or len(plain) > ASKS_LIMIT:
        return ""
    return re.sub(r"下列(?:各项|各种|各类|各)?", "下列哪些", plain, count=1).replace("之一", "", 1) + "？"
