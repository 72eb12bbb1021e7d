"""Answers not worth memorising: a stock idiom hidden in a passing sentence, praise before a head the card points
back at (一个{{伟大创举}} beside 这个创举), a count of a generic noun or an ordinal alone ({{两大任务}}, {{第一年}}), an
answer the card's lead or a law's name gives. Each was checked against the examiners' fill items
(`scripts/worth_figures.py`): it calls at most 0.32% of their spans trivial (docs/quality.md, "Trivial answers,
cards8")."""

from __future__ import annotations

import re
import unicodedata

from studycards.extract.trivial import GENERIC
from studycards.facts import Fact, normalise
from studycards.parsing.numbering import cn_number
from studycards.segment import lexicon_words, segmenter

IDIOM_TAGS = ("i",)
"""jieba's dictionary tag of an idiom (成语); not its set phrases (l), which are terms as often (价值规律, 连带责任)."""
IDIOM_LENGTH = 4
OWN_FORMULATION = ("formulation", "maxim")
"""Kinds whose answer is the document's own wording: a quoted or counted formulation, a maxim's other half."""
QUOTES = '“”‘’"「」『』《》'


def stock_idiom(text: str, span: tuple[int, int], kind: str = "") -> bool:
    """An idiom (jieba's `i`) hidden alone where the document does not make it its own (这种做法{{不得人心}}; 不得
    {{偷工减料}}): the learner knows it from the language, not from the document. A quoted one, one of our lexicon,
    a formulation's or a maxim's answer, one that names a norm (坚持{{德才兼备}}原则), an owner (属于{{国家所有}}),
    a ranked judgement (最大危险是{{脱离群众}}) or one half of a pair (是{{大势所趋}}，人心所向) stays. Not caught:
    idioms jieba tags as nouns (实事求是)."""
    answer = text[span[0] : span[1]]
    if kind in OWN_FORMULATION or len(answer) != IDIOM_LENGTH or answer in lexicon_words():
        return False
    if _quoted(text, span) or segmenter().dictionary_tag(answer) not in IDIOM_TAGS:
        return False
    return not (
        text[span[0] - 1 : span[0]] == "的"  # a noun's head: 党的{{根本宗旨}}, 人民的{{团结奋斗}}
        or NAMED_NORM.match(text, span[1])
        or OWNED.search(text, 0, span[0])
        or _paired(text, span)
        or _ranked(text, span)
    )


def _quoted(text: str, span: tuple[int, int]) -> bool:
    return text[span[0] - 1 : span[0]] in QUOTES or text[span[1] : span[1] + 1] in QUOTES


NAMED_NORM = re.compile(r"的?(?:原则|制度|方针|政策|路线|精神|作风|传统|方法|标准|要求)")
"""A norm the idiom names (坚持{{德才兼备}}原则, 实行{{无偿献血}}制度): the document's formulation."""
OWNED = re.compile(r"(?:属于|归)$")
"""Whose a thing is (属于{{国家所有}}): a rule of ownership, not a manner."""
CLAUSE_MARKS = "，、；。,;"
RANKED = re.compile(r"最[^，、；。,;]{0,8}是$|(?:首要|根本|关键|核心)[^，、；。,;]{0,4}是$")
"""A superlative or a root before 是 (最大危险是{{脱离群众}}): a judgement the document makes."""


def _paired(text: str, span: tuple[int, int]) -> bool:
    """The idiom beside another phrase of four characters across a mark (是{{大势所趋}}，人心所向): a maxim's half."""
    after = FOUR_AFTER.match(text, span[1])
    before = FOUR_BEFORE.search(text, 0, span[0])
    return bool(after or before)


FOUR_AFTER = re.compile(r"[，、；,;][\u4e00-\u9fff]{4}(?![\u4e00-\u9fff])")
FOUR_BEFORE = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{4}[，、；,;]$")


def _ranked(text: str, span: tuple[int, int]) -> bool:
    start = max(text.rfind(mark, 0, span[0]) for mark in CLAUSE_MARKS) + 1
    return bool(RANKED.search(text[start : span[0]]))


WEIGHING = re.compile(r"^(?:伟大|重大|巨大|重要|光辉|光荣|辉煌|英明|深刻|显著|宝贵|崭新|壮丽|历史性)的?$")
"""Praise before a head: not a rank (主要矛盾, 最大的民生 say which one)."""
POINTING = r"(?:这|那|此|该)(?:个|一|种|项|次|场)?"
"""What points back at a head the card names (这个创举)."""
MIN_HEAD = MIN_WEIGHING = 2
"""Characters of the head the card prints, and of the weighing word before it (伟大, not the 大 of 大城市)."""


def head_in_view(text: str, span: tuple[int, int]) -> bool:
    """An answer that is praise before a head the card points back at outside the blank (是一个{{伟大创举}}。这个
    创举…): only the praise is left to recall."""
    answer = normalise(text[span[0] : span[1]])
    rest = normalise(text[: span[0]] + "□" + text[span[1] :])
    for cut in range(MIN_WEIGHING, len(answer) - MIN_HEAD + 1):
        modifier, head = answer[:cut], answer[cut:]
        if WEIGHING.match(modifier) and re.search(POINTING + re.escape(head), rest):
            return True
    return False


YEAR_RANGE = re.compile(r"(1[89]\d\d|20\d\d)\s*(?:年)?\s*(?:[—–\-~～至到]+)\s*(1[89]\d\d|20\d\d)")
YEARS = re.compile(r"^([一二两三四五六七八九十]+|\d+)个?年$")
MIN_SHOWN_ANSWER = 2
MIN_LEAD_ANSWER = 3
"""Characters an answer holds to count as given by the lead: not the 一次 of 第十一次…."""
LAW_NAME = re.compile(r"^(?:中华人民共和国)?(.{2,}?)(?:法|条例)(?:修正案.*)?(?:_\d+)?$")
"""A law's name and the subject it names (中华人民共和国清洁生产促进法 or 《公路法》 -> 清洁生产促进, 公路)."""


def in_heading(fact: Fact, span: tuple[int, int]) -> bool:
    """An answer the card's lead (【1956年计划】) or a law's name says (缴纳{{环境保护税}} in 环境保护税法; 十二年 under a
    title of 1956–1967; 五年 in a title of 第一个五年计划): the heading is read, not recalled. A report's title is a slogan of its key formulations
    (高举邓小平理论伟大旗帜…): hidden in the report, they are what is asked."""
    answer = normalise(fact.text[span[0] : span[1]])
    shown = normalise(fact.period) if len(answer) >= MIN_LEAD_ANSWER else ""
    subject = LAW_NAME.match(normalise(fact.origin.document))
    shown += "□" + (subject.group(1) if subject else "")
    if len(answer) >= MIN_SHOWN_ANSWER and answer in shown:
        return True
    years = YEARS.match(answer)
    if not years:
        return False
    # [五年]内 in 关于…第一个五年计划的报告: the plan's span, read in its title (readers dropped 10 of 10); not the 七年
    # of 一九六七年
    if re.search(rf"(?<![〇零一二两三四五六七八九十\d]){re.escape(answer)}", normalise(fact.origin.document)):
        return True
    count = years.group(1)
    number = int(count) if count.isdigit() else cn_number(count)
    heading = unicodedata.normalize("NFKC", fact.period + " " + fact.origin.document)
    return any(int(last) - int(first) + 1 == number for first, last in YEAR_RANGE.findall(heading))


def worth_keeping(fact: Fact, span: tuple[int, int]) -> bool:
    """Whether the answer at `span` asks something of the document (none of the above, nor one that points back)."""
    return not (
        stock_idiom(fact.text, span, fact.kind)
        or head_in_view(fact.text, span)
        or counted_or_ordinal(fact.text, span)
        or in_heading(fact, span)
        or OPENS_POINTING.match(fact.text, span[0], span[1]) is not None
        or contrasted(fact.text, span)
    )


CONTRAST_AFTER = re.compile(r"[，,]\s*(?:也|而|并|但)?不是(?P<y>[^，,。；;！？]{1,12})")
CONTRAST_BEFORE = re.compile(r"不是(?P<y>[^，,。；;！？]{1,12})[，,]\s*(?:而|就|乃|也不)?是$")


def contrasted(text: str, span: tuple[int, int]) -> bool:
    """An answer set against its opposite of the same make (是{{好事}}，不是坏事; 不是中好，也不是小好，而是{{大好}}):
    the opposite in view gives it away. None of the examiners' 7,324 fill blanks is so placed."""
    answer = normalise(text[span[0] : span[1]])
    after = CONTRAST_AFTER.match(text, span[1])
    before = CONTRAST_BEFORE.search(text, 0, span[0])
    for match in (after, before):
        other = normalise(match.group("y")) if match else ""
        if other and abs(len(other) - len(answer)) <= 1 and (other[-1] == answer[-1] or other[0] == answer[0]):
            return True
    return False


OPENS_POINTING = re.compile(r"由此|因此|为此|据此|对此|就此")
"""An answer that opens by pointing back (承担{{由此增加的费用}}): what it names is the clause before, not a fact to
recall; none of the examiners' 7,324 fill answers opens so."""


def worth_memorising(fact: Fact) -> Fact | None:
    """`fact` without its blanks that are not worth memorising; None when none is left. A list asked whole and an
    outline's points pass as they are."""
    if fact.kind == "outline" or fact.kind == "enumeration" or fact.whole or not fact.spans:
        return fact
    spans = [span for span in fact.spans if worth_keeping(fact, span)]
    if len(spans) == len(fact.spans):
        return fact
    if not spans:
        return None
    return fact.with_spans(spans)


COUNTED_GENERIC = re.compile(rf"^[一二两三四五六七八九十几多]+(?:大|个|项|条|种|件)的?(?:{GENERIC}|大事|事)$")
"""A count before a noun any report says (是今年改革的{{两大任务}}, {{三个方面}}): it says how many, not what."""
ORDINAL_ALONE = re.compile(r"^第[一二两三四五六七八九十]+(?:个|次)?(?:年|天|次|步|位|个)$")
"""An ordinal with nothing it orders ({{第一年}}, {{第一步}}): the card's own sentence counts it."""


def counted_or_ordinal(text: str, span: tuple[int, int]) -> bool:
    """A count before a generic noun, or an ordinal alone (0 and 3 of the examiners' 7,324 spans)."""
    if _quoted(text, span):
        return False  # 严格执行“{{五项要求}}”: a counted formulation
    answer = normalise(text[span[0] : span[1]])
    return bool(COUNTED_GENERIC.match(answer) or ORDINAL_ALONE.match(answer))
