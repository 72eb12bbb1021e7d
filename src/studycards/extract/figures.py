"""Figures: amounts, rates, counts, ages, periods and target years, with their units and qualifiers
(126万亿元, 5%左右, 1200万人以上, 年满十八周岁, 试用期为一年, 到二〇三五年).

The deletion holds the figure and what qualifies it after (左右, 以上, 以内); what it measures, and a
qualifier before it (超过, 近, 不超过), stay in the cue. Each figure is a card of its own: in a list of
targets (主要预期目标是：A；B；C) each target is asked with the clauses around it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from studycards.extract.clauses import ELLIPSIS, fact_in_sentence, is_word_edge, opens_without_subject
from studycards.extract.passages import INTRODUCES, passages
from studycards.extract.provisions import ONLY_THE_LAW, OPENING_CONDITION, is_legal
from studycards.extract.trivial import RATE_WORDS, derivable
from studycards.facts import Fact, Origin
from studycards.outline import Document
from studycards.segment import Segmenter

ARABIC = r"(?:\d{1,3}(?:[，,]\d{3})+(?!\d)|\d+)(?:[.．]\d+)?"
"""An amount in digits, full-width too (１．４２亿吨: one figure, not ４２亿吨), its thousands grouped by commas too
(6，256万平方米: one figure, not 256万平方米)."""
CHINESE = r"[〇○零一二两兩三四五六七八九十百千]+(?:[万萬亿億][〇○零一二两兩三四五六七八九十百千]+)*"
"""A number in words, with 万 or 亿 inside it (二万八千亿元 is one figure, not 八千亿元); the old reports' traditional
characters too (四十二萬五千人, 百分之三十四點一)."""
MULTIPLIER = r"(?:万亿|萬億|亿|億|万|萬|千)?"
MEASURE = (  # a longer unit before the shorter one it opens with: 三个月, not 三个; 五个工作日, not 五个
    "个百分点|百分点|个工作日|工作日|个月|%|‰|倍|"
    "人公里|吨公里|噸公里|吨海里|千瓦小时|"  # the transport and power a plan report counts: not 三十四亿人|公里
    "美元|元|斤|公斤|吨|噸|千瓦时|千瓦|公里|千米|平方米|立方米|亩|畝|"
    "人次|人|户|戶|家|所|座|辆|輛|台|套|件|部|项|項|个|個|名|批|只|头|頭|次|票(?![据价房证务箱])|"
    "周岁|岁|年半|年|天|日|小时"
)
AFTER = "左右|以上|以下|以内|之内|上下|有余"
RANGE_JOINS = "至到~～—－–-"
"""What joins the two ends of a range (700万到800万吨, 6.5%－7%, 七千二百亿斤到七千五百亿斤): 至, 到, a tilde, a dash of
either width or a hyphen."""
RANGE_MARK = re.compile(f"[{RANGE_JOINS}]")
RANGE = rf"(?:(?:万亿|萬億|亿|億|万|萬|千)?[{RANGE_JOINS}](?:{{n}}))?"
"""The other end of a range, after a multiplier the two ends share or not (700万到800万吨, 二百八十万到三百万千瓦)."""
ROUGHLY = r"(?:[一二两兩三四五六七八九]、(?=[二两兩三四五六七八九十]))?"
"""The first of two numbers that say "about" together (增加两、三倍; 三、五年): one figure, not 三倍."""
# not after a demonstrative: 由这两个市的小组组成 points back to what the text named, it counts nothing new
FIGURE = re.compile(
    rf"(?<![\d.．第点點〇○零一二两兩三四五六七八九十百千万萬亿億几这這那此])(?<!\d[，,])(?:{ARABIC}{RANGE.format(n=ARABIC)}|{ROUGHLY}{CHINESE}{RANGE.format(n=CHINESE)})"
    rf"多?{MULTIPLIER}多?(?:{MEASURE})(?:{AFTER})?"
)
SHARE = re.compile(
    rf"(?:百分之|{CHINESE}分之){CHINESE}(?:[点點][〇零一二三四五六七八九]+)?(?:[到至—～~-]{CHINESE}|、[一二三四五六七八九])?"
    rf"(?:{AFTER})?"
)
"""A share in words (百分之八十, 百分之十二点八, 三分之二以上, 百分之二十到三十, 百分之二、三: two or three per cent): a
figure wherever it stands."""
YEAR = re.compile(r"(?:\d{4}|[〇○零一二三四五六七八九]{4})年")
RANGE_START = re.compile(r"(?:\d{4}|[〇○零一二三四五六七八九]{4})年(?:到|至)$")
RANGE_END = re.compile(r"(?:到|至)(?:\d{4}|[〇○零一二三四五六七八九]{4})年")
"""A year that opens or closes a period (从1952年到1956年): the period is what is said, not a target year."""
QUALIFIED = re.compile("(?:以上|以下|左右|有余)$")
"""A qualifier that makes an amount in words a figure (四次以上, 一倍以上); not 之内 (八小时之内 is an idiom)."""
# A figure in words (一年, 五年, 十八周岁) is one only where a measuring word stands before it: 过去一年 and
# 五年行动计划 are not figures, 试用期为一年, 年满十八周岁, 每届任期五年 and a law's notice, bar or run (提前十五日,
# 未逾三年, 连续两年) are.
MEASURED_BY = (
    "为",
    "满",
    "达",
    "达到",
    "至",
    "到",
    "超过",
    "不超过",
    "不少于",
    "不满",
    "不足",
    "任期",
    "期限",
    "延长",
    "每",
    "少于",  # 不得少于三十日
    "逾",  # 自处罚之日起未逾三年的
    "提前",  # 应当提前十五日通知
    "连续",  # 连续两年被确定为不称职的
    "至少",  # 每年至少一次
)
TARGET_YEAR_BY = ("到", "至", "在", "于")
PERIODS = ("年", "年半", "个月", "日", "天", "小时")
"""Units of a period: a period in words before 内 (三十日内, 一年内) is a time limit, a figure."""
# Units that are a figure only with an amount of some size: 一个, 两项 are counted, not measured.
WEAK_UNITS = (
    "个",
    "项",
    "件",
    "部",
    "批",
    "名",
    "家",
    "所",
    "座",
    "套",
    "只",
    "头",
    "天",
    "日",
    "人",
    "户",
    "台",
    "辆",
    "次",
)
MAX_CUE = 36
MAX_PART = 70
"""A ；-part of a sentence this short is a figure's card whole: its condition and subject stay in view."""
MAX_RULE_PART = 2 * MAX_PART
"""A ；-part this short is shown whole for a figure that is a rule's condition (who may move, how many must sign)."""
PARTS = "；;。！？"
ATTRIBUTIVE = re.compile(r"^[^，,；;：:。]{0,4}的[\u4e00-\u9fff]{1,6}[，,]$")
"""What follows a figure in a subject phrase that the card ends with: 年满{{十八周岁}}的公民，"""


HEADLINE = re.compile(
    r"(?<!单位)(?<!人均)(?:国内生产总值|国民生产总值)|居民消费价格|财政收入|粮食(?:总)?产量|进出口(?:贸易)?总额|城镇新增就业"
)
"""A report's headline figures: its year in numbers, what any question-writer asks first (not 单位国内生产总值能耗 nor
人均国内生产总值)."""
RUN = 5
"""Figures a sentence of a report holds from which it is a table in prose (原煤增长…，原油下降…，电力增长…，钢材下降…，
水泥增长…): one of them is no card and no question, unless a headline's. Blind readers kept none of 8 cards whose
front showed five or more figures besides its answer (sessions 12-20), and both readers of session 21's 1982 report
dropped each of three cards of such runs ("one of a long run of product growth figures"). A headline named before
the figure, in its clause or the one before, keeps it (国内生产总值从54万亿元增加到82.7万亿元，年均增长{{7.1%}}，…). 94
sentences of the corpus's 64 reports hold five or more; 495 of their figures are no longer asked, 110 stay."""


AMOUNT_CHANGE = re.compile(
    r"[，,]?(?:扣除物价因素)?(?:(?:比|较)(?:上一?年|去年|同期|年初|\d{4}年|[一二三四五六七八九〇零]{4}年)[^，,；;。\d]{0,6}?)?"
    rf"(?:实际)?(?:{RATE_WORDS})了?"
)
"""What stands between a report's amount and its change against the year before (中央财政安排社会保障支出2019亿元，比去年
增加{{247亿元}}; 医疗卫生支出1277亿元，比上年增长{{49.5%}}; 赤字…，比上年年初预算增加{{…}}): the change is the amount's
detail, no card, unless a headline's (国内生产总值超过126万亿元，增长{{5.2%}}, which examiners ask). Blind readers of
sessions 17-25 kept 3 of 35 such cards still in the decks ("minor increment"); examiners set none of their 7,324 fill
blanks and none of the gold blanks so."""
NO_AMOUNT = re.compile(r"%|％|百分|倍|成$")
"""A figure that is a rate, not an amount a change could be of (就业率达到83%，比上年增加60万人)."""


def _change_of_an_amount(sentence: str, spans: list[tuple[int, int]], start: int) -> bool:
    """Whether the figure at `start` is the change of the amount just before it (AMOUNT_CHANGE), not a headline's.
    A period (连续两年增长…), a rate (83%) or a base per unit (每50公斤提高…) is no amount."""
    before = [span for span in spans if span[1] <= start]
    if not before or not AMOUNT_CHANGE.fullmatch(sentence, before[-1][1], start):
        return False
    amount_start, amount_end = before[-1]
    amount = sentence[amount_start:amount_end]
    if amount.endswith(PERIODS) or NO_AMOUNT.search(amount) or sentence[:amount_start].endswith("每"):
        return False
    return not (_headline(sentence, amount_start) or _headline(sentence, start))


def _headline(sentence: str, start: int) -> bool:
    """Whether a headline (HEADLINE) is named in the clause of the figure at `start` or in the clause before it."""
    clauses = re.split(f"[{CLAUSE_MARKS}]", sentence[:start])
    return bool(HEADLINE.search("，".join(clauses[-2:])))


def extract_figures(document: Document, seg: Segmenter) -> list[Fact]:
    facts = []
    report = not is_legal(document)
    year = document_year(document) if report else None
    caption = ""
    for passage in passages(document):
        caption = table_caption(passage.text, caption)
        for sentence, lead in passage.with_leads():
            spans = figure_spans(sentence)
            for start, end in spans:
                if report and len(spans) >= RUN and not _headline(sentence, start):
                    continue  # 原煤增长…，原油下降…，电力增长{{…}}，钢材…，水泥…: one row of a table in prose
                if report and _change_of_an_amount(sentence, spans, start):
                    continue  # 社会保障支出2019亿元，比去年增加{{247亿元}}: the amount is the fact
                if not is_word_edge(sentence, end, seg):
                    continue  # the figure's end cuts a word: 十年内乱 is no period of ten years
                if year and YEAR.fullmatch(sentence[start:end]) and year_of(sentence[start:end]) <= year:
                    continue  # 商业部门在{{一九五九年}}担负着…: in a report of that year, a date, no target
                fact = _figure_fact(sentence, start, end, passage.origin, lead)
                if report:
                    measured = with_measure(with_subject(fact, sentence), sentence, lead, seg)
                    if measured is None:
                        continue  # 在四年中间，提高了将近{{37%}}: what rose is in a sentence the card cannot hold
                    fact = with_period(measured, sentence, year or 0)
                    pointed = with_what_it_points_to(fact, sentence, lead)
                    if pointed is None:
                        continue  # 按照这个规定，…减少{{…}}: which rule is in a sentence the card cannot hold
                    fact = pointed
                    if _shows_its_answer(fact) or (not fact.period and _unanchored(fact.front("□"))):
                        continue  # 增长一倍，…又增长一倍; 粮食两年增长{{…}} (which two years?)
                if not report and lead and INTRODUCES.search(lead) and len(lead) <= MAX_LEAD and lead not in fact.text:
                    fact = replace(fact, period=_listed_under(fact, lead))  # 【…应当增加下列数额】{{501吨至3000吨}}…
                worked = _without_its_working(fact) if report else fact  # a law's figure cut so would leave its rule
                if worked is None:
                    continue  # 由524万吨增加到{{869万吨}}，增长66%: worked out from what the card shows
                fact = worked
                if ROW.search(sentence):
                    if not caption:
                        continue  # 5	超过{{…}}的部分	35: a row of a table that says not what it is
                    fact = replace(fact, period=caption)
                facts.append(fact)
    return facts


CLAUSE_MARKS = "，,；;"
WORKED_AFTER = re.compile(f"比|{RATE_WORDS}")
"""What a clause after a figure compares it with or changes it by: the working a card may end before."""


def _without_its_working(fact: Fact) -> Fact | None:
    """A figure whose card shows what works it out cut to end with its clause (一九五九年的产量达到{{502万吨}}，……
    rather than …，比312万吨增加了190万吨; …职工达到{{1019万人}}，…… rather than …，比615万人增长66%); None when
    the working stands before it (由524万吨增加到{{869万吨}}，增长66%) or it cannot be cut. Blind readers dropped such
    cards as sums."""
    if len(fact.spans) != 1 or not derivable(fact.text, fact.spans[0]):
        return fact
    start, end = fact.spans[0]
    stop = min((at for at in (fact.text.find(mark, end) for mark in CLAUSE_MARKS) if at >= 0), default=-1)
    if stop < 0 or not WORKED_AFTER.search(fact.text, stop):
        return fact  # a part of a whole, the rest of a hundred: not asked at all (extract/trivial.py drops it)
    cut = replace(fact, text=fact.text[:stop] + "，" + ELLIPSIS)
    return None if derivable(cut.text, cut.spans[0]) else cut


ROW = re.compile(r"\S\t+\S")
"""What parts a table's cells (级数	全年应纳税所得额	税率（%）): a row's figure says what it counts only with its table's
caption above it."""
MAX_CAPTION = 40
DIGIT = re.compile(r"\d")
NO_CAPTION = re.compile(r"[。；;，,]$|^[（(]?注")
"""A paragraph that ends as a sentence or a clause does, or an editor's note: no caption."""


def table_caption(paragraph: str, caption: str) -> str:
    """The caption of the table a paragraph is a row of (个人所得税税率表一（综合所得适用）), given the caption before:
    a short paragraph without cells names the table that follows it, its row of column names after it
    (…：级数｜全年应纳税所得额｜税率（%）); a row keeps the caption; "" when none."""
    if ROW.search(paragraph):
        heads = [cell.strip() for cell in paragraph.split("\t") if cell.strip()]
        if caption and "：" not in caption and not DIGIT.search(paragraph):
            return f"{caption}：{'｜'.join(heads)}"
        return caption
    text = paragraph.strip()
    return text if len(text) <= MAX_CAPTION and not NO_CAPTION.search(text) else ""


DIGITS = str.maketrans("〇○零一二三四五六七八九０１２３４５６７８９", "000123456789" + "0123456789")
TITLE_YEAR = re.compile(
    r"(?:1[89]|20)\d\d|[一][九八][〇○零一二三四五六七八九]{2}|二[〇○零][〇○零一二三四五六七八九]{2}"
)


def year_of(text: str) -> int:
    """The year a text names first (一九五九年 -> 1959), 0 if none."""
    found = TITLE_YEAR.search(text.translate(DIGITS)) or TITLE_YEAR.search(text)
    return int(found.group().translate(DIGITS)) if found else 0


def document_year(document: Document) -> int:
    """The year a report is of, as its title or file name says (1959年政府工作报告; the later of two a title names:
    关于1955年决算和1956年预算的报告 is given in 1956); 0 when neither does."""
    named = [int(y) for y in TITLE_YEAR.findall(document.title.translate(DIGITS))]  # 关于1955年决算和1956年预算的报告
    return max(named, default=0) or year_of(document.name)


TIME = re.compile(
    r"(?<![比较同与和\d〇○零一二三四五六七八九十两几])(?:(?:\d{4}|[〇○零一二三四五六七八九]{4})年|[今去明前当次]年|年[底末内初]|"
    r"“[一二三四五六七八九十]+五”|[一二三四五六七八九十]+五(?=时期|期间|计划|规划)|"
    r"(?:过去|今后|最近|这)[一二三四五六七八九十两几\d]+年|[一二三四五六七八九十两几\d]+年(?=来|间|中|内|以)|"
    r"(?:(?<=^)|(?<=[，,。；;：:]))[一二三四五六七八九十两几]{1,2}年(?=[\u4e00-\u9fff])(?![级度])|"
    r"季度|半年|[一二三四五六七八九十\d]+月|期间|时期|以来|目前|现在|至今)"
)
"""A time a figure's card says (1979年, 今年, “十一五”, 三年内, 过去五年, 到2035年, a span opening its clause: 五年全社会
固定资产投资…, not the year of the report); not 全年, 本年 (which year?), not the base of a comparison
(比1978年增加), not a share (百分之二十五 is no “十五”), not a bare span that says no years (粮食两年增长…: which two?)."""
PERIOD_YEAR = re.compile(r"(?<![比较同与和])(?:\d{4}|[〇○零一二三四五六七八九]{4})年(?![以到至]|—|-)")
MAX_PERIOD_HEADING = 16
"""A heading this short is the period itself (2008年工作回顾); a longer one gives only the time it names."""
HEADING_MARKER = re.compile(
    r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|第[一二三四五六七八九十]+[，、]|\d+[.．、])\s*"
)


MAX_SUBJECT = 20
"""A sentence's first clause this short, without a figure of its own, says what the sentence's figures measure."""


SUBJECTLESS = re.compile(r"(?:每|比|增长|增加|达到|达|为|是|共|提高|下降|降低|要|将|可|已|又|也|都|仍|均|占|约|其中)")
"""How a clause opens that goes on from its sentence's subject (…收入，|每人平均达到…; …学校…，|要推迟到…)."""


def with_subject(fact: Fact, sentence: str) -> Fact:
    """A report's figure cut to the clauses just after its sentence's first, with that first clause before them when it is
    short, holds no figure and is what they go on from (1979年农民从集体分得的收入，|每人平均达到{{83.4元}})."""
    comma = re.search(r"[，,；;]", sentence)
    head = sentence[: comma.end()] if comma else ""
    if not head or len(head) > MAX_SUBJECT or figure_spans(head) or "……" in fact.text:
        return fact
    if sentence.find(fact.text) != len(head) or not SUBJECTLESS.match(fact.text):
        return _after_its_subject(fact, sentence)  # it opens the sentence, stands apart, or says its own subject
    return fact.prefixed(head)


OPENS_WITH_TIME = re.compile(r"(?:到|在|至|于)?(?:\d{4}|[〇○零一二三四五六七八九]{4})年")
"""A clause that opens with a time (到一九六七年在…达到{{…}}) and may leave its subject to the clause before."""
NAMES_A_THING = re.compile(r"[^，,；;：:。]{2,}的[\u4e00-\u9fff]{2,6}[，,]$")
"""A short clause ending in what is measured (规定粮食的单位面积产量，)."""


def _after_its_subject(fact: Fact, sentence: str) -> Fact:
    """A report's figure whose clause opens with a time, with the clause before it when that clause only names what
    is measured (规定粮食的单位面积产量，|到一九六七年在…分别达到{{四百斤}}…): else the card does not say what."""
    at = sentence.find(fact.text)
    if at <= 0 or "……" in fact.text or not OPENS_WITH_TIME.match(fact.text):
        return fact
    clauses = re.findall(r"[^，,；;：:。]*[，,；;：:。]", sentence[:at])
    before = clauses[-1] if clauses else ""
    if not before or len(before) > MAX_SUBJECT or figure_spans(before) or not NAMES_A_THING.search(before):
        return fact
    return fact.prefixed(before)


MEASURE_TAGS = ("n", "vn", "j", "l", "i")
"""Tags of a word that can say what a figure measures (产值, 投资, 能耗): a noun, a verbal noun, an abbreviation."""
TIME_NOUNS = frozenset("时期 期间 时间 阶段 年度 年间 年代 时候 前期 后期 初期 末期".split())
"""Nouns of a time, which say when, not what a figure measures (“五五”时期平均每年增长{{…}}: what grew?)."""


def _listed_under(fact: Fact, lead: str) -> str:
    """The label of a law's figure in a list its `lead` introduces, with the item that list stands in, which another
    item may list alike (（一）关于人身伤亡的赔偿请求 › …应当增加下列数额; （二）关于非人身伤亡的… › 同上)."""
    label = lead.rstrip("：:。")
    trail = fact.origin.trail
    return f"{trail[-2]} › {label}" if len(trail) > 1 and ITEM_MARK.match(trail[-2]) else label


ITEM_MARK = re.compile(r"[（(][一二三四五六七八九十]+[）)]")
"""How a law's item opens (（一）…)."""
MAX_LEAD = 60
"""A sentence before this short may be put before a figure's card to say what it measures."""


def with_measure(fact: Fact, sentence: str, lead: str, seg: Segmenter) -> Fact | None:
    """A report's figure whose card names what it measures: as it is, or after the sentence before it when its own
    clauses hold no noun before the figure (在四年中间，提高了将近{{37%}}); None when neither can say it."""
    before = fact.text[: fact.spans[0][0]] if fact.spans else fact.text
    if any(str(flag).startswith(MEASURE_TAGS) and word not in TIME_NOUNS for word, flag in seg.tagged(before)):
        return fact
    if not lead or len(lead) > MAX_LEAD or not sentence.startswith(fact.text) or "……" in fact.text:
        return None
    return fact.prefixed(lead)


POINTS_BACK = re.compile(
    r"(?:[这此该][个一些项种次]?|上述|以上)(?:规定|决定|办法|标准|指标|数字|方案|要求|计划|政策|措施)|这(?:一|些)?方面"
)
"""What a figure's clause takes from a sentence before (按照这个规定，…; 上述指标…; 在这方面做了努力，涨幅仍达…)."""


def with_what_it_points_to(fact: Fact, sentence: str, lead: str) -> Fact | None:
    """A report's figure whose card speaks of 这个规定 (上述指标…), with the sentence before it that says what that is
    when the card opens its sentence and that sentence is short; None when the card cannot show it."""
    before = fact.text[: fact.spans[0][0]] if fact.spans else fact.text
    if not POINTS_BACK.search(before) or not sentence.endswith(fact.text.split("……")[-1]) and fact.text not in sentence:
        return fact  # the card already holds the sentence before
    if lead and len(lead) <= MAX_LEAD and sentence.startswith(fact.text) and "……" not in fact.text:
        return fact.prefixed(lead)
    return None


def with_period(fact: Fact, sentence: str, year: int = 0) -> Fact:
    """A report's figure whose card names no time, with the time it belongs to: the last year its paragraph named before
    it (1979年…；职工的年平均工资达到{{705元}}), else the part of the report it stands in (2008年工作回顾: last year's
    result, not this year's target)."""
    if not fact.spans or TIME.search(fact.text):
        return fact
    if WHOLE_YEAR.search(fact.text):  # 全年新建公路{{…}}: the year of the part it stands in, not one named before
        return _heading_period(fact, year)
    paragraph = fact.origin.paragraph
    at = paragraph.find(fact.text.split("……")[-1])
    before = paragraph[: at if at >= 0 else paragraph.find(sentence)]
    years = _period_years(before)
    answers = "".join(fact.answers)
    spans = [span for span in SPAN_OF_YEARS.finditer(before) if _topical(before, span)]
    if spans and (not years or spans[-1].start() > before.rfind(years[-1])):
        return replace(fact, period=spans[-1].group().strip("“”"))  # 2015年是…收官之年。过去五年，…{{6400万人}}
    if years:
        if years[-1] in answers:
            return fact
        at = before.rfind(years[-1])
        compared = COMPARED.match(before, at)  # １９９２年同１９８７年相比，…增长{{…}}: five years' growth, not 1992's
        if not compared and GROWTH.search(fact.text):  # 一九七四年比一九六四年增长…，钢增长{{…}}: ten years' growth
            compared = COMPARED_BY.match(before, at)
        period = compared.group() if compared else _planned(years[-1], before[at:] + fact.text, year)
        return replace(fact, period=period)
    return _heading_period(fact, year)


WHOLE_YEAR = re.compile(r"全年|本年")
"""A year a figure's card names without saying which (a report speaks of last year's accounts and this year's budget)."""


def _heading_period(fact: Fact, year: int) -> Fact:
    """A figure with the time of the part of the report it stands in (2008年工作回顾), if a heading names one."""
    answers = "".join(fact.answers)
    for heading in reversed(fact.origin.trail[1:]):
        title = HEADING_MARKER.sub("", heading)
        found = TIME.search(title)
        if found:
            period = title if len(title) <= MAX_PERIOD_HEADING else _planned(found.group(), title + fact.text, year)
            return fact if found.group() in answers else replace(fact, period=period)
    return fact


SPAN_OF_YEARS = re.compile(
    r"(?:过去|这|近)[一二三四五六七八九十两几\d]+年(?:来|间|中)?|[一二三四五六七八九十两几\d]+年(?:来|间|平均|累计)|"
    r"“?[一二三四五六七八九十]+五”?(?:时期|期间)"
)
"""A span of years a paragraph turns to after naming one (2015年是…收官之年。过去五年，…): its figures are the span's."""
COMPARED = re.compile(
    r"(?:\d{4}|[０-９]{4}|[〇○零一二三四五六七八九]{4})年(?:同|与|和|跟)[^，,；;。]{2,12}(?:相比|比较)"
)
"""A year compared with a base year, which the figures after it measure against (１９９２年同１９８７年相比)."""
COMPARED_BY = re.compile(
    r"(?:\d{4}|[０-９]{4}|[〇○零一二三四五六七八九]{4})年[^，,；;。比]{0,4}比(?:\d{4}|[０-９]{4}|[〇○零一二三四五六七八九]{4})年"
)
"""A year with the base year its growth is measured from (一九七四年预计比一九六四年): the time of the growths after it."""
GROWTH = re.compile("增长|增加|提高|下降|减少|倍")
BASE_YEAR = re.compile(r"比|较")
"""A clause that compares: a year in it after 比 is the base of a figure (比五年计划原定1957年…超过), not its time."""
SHARE_OF_YEAR = re.compile(r"的[\d０-９]")
"""…为1955年的98.88%: the year a share is taken of."""


PLANNED = re.compile(r"计划|预算|将|拟|争取|力争|预计|应该|应当|安排|目标|指标")
"""Words that make a year's figure a plan, not a result (一九五九年…将达到…; 计划规定…)."""


def _planned(period: str, stretch: str, year: int) -> str:
    """A year as a figure's period, said to be a plan where it is one: a year after the report's own, or the report's
    own year where `stretch` (from the year to the figure) plans (【1959年计划】…将达到{{…}}, not 1959's output)."""
    named = year_of(period)
    if not year or named < year or (named == year and not PLANNED.search(stretch)):
        return period
    return f"{period}{'预算' if '预算' in stretch and '计划' not in stretch else '计划'}"


TIME_TOPIC = re.compile(r"\s*(?:到|在|至|从|自)?")
"""All a clause may hold before a year of an earlier sentence that is the time of the sentences after it (1979年，…;
到2020年，…): a year inside a clause (西部地区于2020年完成, 面向2030年的项目) is that sentence's alone."""


def _topical(text: str, span: re.Match[str]) -> bool:
    """Whether a span of years in `text` (a paragraph up to a figure) is the time of what follows: any in the figure's
    own sentence; in an earlier sentence one that opens or closes its clause (过去五年，…; 实施…战略三年来，…), not
    one inside it (中央财政连续三年累计投入…。…{{1809万人}} is no three years' total)."""
    sentence_start = max(text.rfind(stop) for stop in "。！？") + 1
    clause = re.split(r"[，,；;。]", text[: span.start()])[-1]
    return (
        span.start() >= sentence_start
        or text[span.end() : span.end() + 1] in ("，", ",")
        or bool(TIME_TOPIC.fullmatch(clause))
    )


DECIDED = re.compile(r"[^，,；;。]{0,6}(?:提出|决定|确定|部署|作出|开始|启动)")
"""A year that dates a decision (2004年我们提出用三年时间解决…，…已偿还{{1834亿元}}): the figures after it are its
results to date, not that year's."""


def _period_years(text: str) -> list[str]:
    """The years `text` names as the time of what it says, not as the base of a comparison."""
    years = []
    sentence_start = max(text.rfind(stop) for stop in "。！？") + 1
    for match in PERIOD_YEAR.finditer(text):
        clause = re.split(r"[，,；;。]", text[: match.start()])[-1]
        addressed = text[: match.start()].endswith("对")  # 对1954年的灾区: what is dealt with, not when
        if match.start() < sentence_start and not TIME_TOPIC.fullmatch(clause):
            continue  # 西部地区于2020年完成。…{{24小时}}; 启动面向2030年的项目。…上升到{{56.2%}}: that sentence's alone
        if DECIDED.match(text, match.end()) and re.search(r"[，,；;]", text[match.end() :]):
            continue  # 2004年我们提出…，…已偿还{{…}}: the decision's year, the result's is later
        if not BASE_YEAR.search(clause) and not SHARE_OF_YEAR.match(text, match.end()) and not addressed:
            years.append(match.group())
    return years


NUMERAL = "0-9０-９.．〇○零一二两三四五六七八九十百千万亿"
BARE_SPAN = re.compile(rf"(?<![{NUMERAL}个])(?:[一二三四五六七八九十两几]{{1,2}}|\d{{1,2}})年(?![来间中内以底末初])")
"""A span of years that says no years (粮食两年增长…, 保持近两年的水平)."""


def _unanchored(text: str) -> bool:
    """A figure's front that counts years from no time it names (粮食两年增长{{…}}; in 试用期为{{一年}} the span of
    years is the answer, hidden, not a time it counts from)."""
    return bool(BARE_SPAN.search(text)) and not TIME.search(text)


WIDTH = str.maketrans("０１２３４５６７８９．％", "0123456789.%", "，,")


def _shows_its_answer(fact: Fact) -> bool:
    """A card whose text says its figure again outside the blank, in any width and with or without its qualifier
    (增长{{１倍以上}}，…也增长1倍): it reads itself off."""
    start, end = fact.spans[0] if fact.spans else (0, 0)
    rest = (fact.text[:start] + "|" + fact.text[end:]).translate(WIDTH)
    for answer in fact.answers:
        core = re.sub(f"(?:{AFTER})$", "", answer).translate(WIDTH)
        if core and re.search(rf"(?<![{NUMERAL}]){re.escape(core)}(?![0-9.%倍])", rest):
            return True
    return False


MAX_OFFENCE_TOPIC = 60
"""Characters of a sentence's opening condition (外国机构违反本法规定，拒不执行…迁离决定的，) put before a figure's card
as the act a penalty is for."""
BARE_CONDITION = re.compile(r"[^，,；;：:。]{1,12}的[，,]")
"""A ；-part that opens on a condition alone (四千元以上的，…): what it is a condition of is the sentence's topic."""


def _figure_fact(sentence: str, start: int, end: int, where: Origin, lead: str) -> Fact:
    """A figure with what it measures and what it depends on: the whole ；-part of the sentence that holds it
    when that is short (劳动合同期限一年以上不满三年的，试用期不得超过{{二个月}}；), else the clauses around it; a
    figure in a subject (年满{{十八周岁}}的公民，) keeps what is said of that subject (…都有选举权和被选举权)."""
    part_start = max(sentence.rfind(mark, 0, start) for mark in PARTS) + 1
    part_end = min((i + 1 for i in (sentence.find(mark, end) for mark in PARTS) if i >= 0), default=len(sentence))
    part = sentence[part_start:part_end]
    barred_again = part_start == start > 0 and bool(AGAIN.search(part))  # …的罚款；{{三年}}内不得再次申请…
    says_its_subject = not (part_start and opens_without_subject(part))  # not …；有{{60%左右}}过着…；
    if len(part) <= MAX_PART and says_its_subject and not barred_again:
        fact = fact_in_sentence("figure", part, [(start - part_start, end - part_start)], where, MAX_PART, lead)
        topic = re.match(r"[^，,；;：:。]{2,16}[，,]", sentence)
        offence = OPENING_CONDITION.match(sentence)
        if topic and ONLY_THE_LAW.match(topic.group()) and offence and len(offence.group(1)) <= MAX_OFFENCE_TOPIC:
            topic = offence  # 外国机构违反本法规定，|拒不执行…决定的，: the offence
        if part_start and topic and BARE_CONDITION.match(fact.text) and len(topic.group()) < part_start:
            said = topic.group() if topic.group().endswith(("的，", "的,")) else topic.group().rstrip("，,")
            return fact.prefixed(f"{said}……")  # 财产租赁所得……四千元以上的，减除{{…}}; …决定的，……情节严重的，
        return fact
    fact = fact_in_sentence("figure", sentence, [(start, end)], where, MAX_CUE, lead)
    said = re.split(r"(?<=[，,])", part.rstrip("；;。"))[-1]
    if ATTRIBUTIVE.search(fact.text[fact.spans[0][1] :]) and said not in fact.text:
        return replace(fact, text=f"{fact.text.rstrip('，,')}……{said}")
    if len(part) <= MAX_RULE_PART and _before_its_rule(fact, part):  # the whole rule, its other figures too
        return fact_in_sentence("figure", part, [(start - part_start, end - part_start)], where, len(part), lead)
    return fact


AGAIN = re.compile(r"再次|重新")
"""A bar on doing again (三年内不得再次申请倾倒许可证): a ；-part that opens on its figure so speaks of the offence the
sentence opened on, which its card shows (blind readers of three sessions marked the bare part's question bad)."""
RULE = re.compile(r"应当|可以|不得|必须|有权|禁止|方可")
"""A law's modal word: what a figure of who or how many (原选区选民{{五十人以上}}联名，) allows or requires; a quiz's
view of such a figure goes on to it (quiz/frames.py)."""


def _before_its_rule(fact: Fact, part: str) -> bool:
    """A figure's card cut before the rule its figure is a condition of (…五分之一以上组成人员联名，|可以向…提出
    罢免案): it would ask a number for nothing."""
    tail = fact.text.split(ELLIPSIS)[-1].rstrip("，,")
    at = part.find(tail) if tail else -1
    return at >= 0 and not RULE.search(fact.text) and bool(RULE.search(part, at + len(tail)))


def figure_spans(sentence: str) -> list[tuple[int, int]]:
    """Where the figures of `sentence` stand, each with its unit and trailing qualifier."""
    spans: list[tuple[int, int]] = []
    matches = list(FIGURE.finditer(sentence))  # searched once: the pattern is long
    ends = {match.end(): match.start() for match in matches}
    for match in matches:
        text, start = match.group(), match.start()
        if sentence[match.end() : match.end() + 1] in ("月", "号") and not text.endswith("个月"):
            continue  # a date: 3月5日
        if text.endswith("日") and sentence[:start].endswith("月"):
            continue  # the day of a date
        if YEAR.fullmatch(text.removesuffix("以来")):
            if not sentence[:start].endswith(TARGET_YEAR_BY):
                continue  # 2023年工作回顾; but 到2035年 is a target
            if RANGE_START.search(sentence[:start]) or RANGE_END.match(sentence, match.end()):
                continue  # 从1952年到{1956年}: an end of a period, which the other end all but gives
        elif text[0] in "〇零一二两三四五六七八九十百千":
            within = (  # 自…之日起三十日内; not 这两年内
                sentence.startswith("内", match.end())
                and text.endswith(PERIODS)
                and not sentence[:start].endswith(("这", "那"))
            )
            qualified = QUALIFIED.search(text)  # 四次以上: a qualifier says it is an amount
            if not (
                sentence[:start].endswith(MEASURED_BY)
                or within
                or qualified
                or text.endswith(("周岁", "岁", "%", "倍"))
            ):
                continue
            if (
                text[0] == "一"
                and text[1:].startswith(("个", "项", "件", "批"))
                and not (within and text.endswith("个月"))
            ):
                continue
        elif text.endswith(WEAK_UNITS) and _amount(text) < 10 and not sentence[:start].endswith(MEASURED_BY):
            continue
        if spans and spans[-1][1] == start and LOWER_BOUND.search(sentence, spans[-1][0], start):
            spans[-1] = (spans[-1][0], match.end())  # 处{五万元以上五十万元以下}: a range is one answer
            continue
        opening = ends.get(start - 1) if sentence[start - 1 : start] in RANGE_JOINS else None
        if opening is not None and spans and spans[-1][0] == opening:
            spans.pop()  # its first end, asked alone
        spans.append((start if opening is None else opening, match.end()))  # 七千二百亿斤到{七千五百亿斤}: both ends
    if "分之" in sentence:
        spans += [
            m.span() for m in SHARE.finditer(sentence) if not any(s < m.end() and m.start() < e for s, e in spans)
        ]
    return sorted(spans)


LOWER_BOUND = re.compile(r"以上$")
"""A figure that opens a range whose upper bound follows at once (一倍以上|三倍以下): each half on its own card showed
the other; blind readers dropped such cards."""


def _amount(text: str) -> float:
    number = re.match(ARABIC, text)
    return (
        float(re.sub("[，,]", "", number.group()).replace("．", ".")) if number else 0.0
    )  # float() reads full-width digits, not ．
