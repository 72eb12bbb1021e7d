"""A report's lists: a formulation is learnt, a row of examples is not.

A list the report quotes, counts or names (“和平友好、平等互利、互相信赖、长期稳定”四项原则, 深圳、珠海、汕头、厦门四个
经济特区, 按照因地制宜…共同发展的原则), or whose members are built alike (经济建设、政治建设…生态文明建设; 能者上、优者奖、
庸者下、劣者汰), is a formulation. Another (科技、教育、文化、卫生、体育; 日本、俄罗斯、韩国) may be a row of examples:
- blind readers of sessions 14-21 kept 6 of 38 report cards that hid five or more members of a list at once, not
  built alike (nearly all of mixed lengths: "too much at once"). The deck leaves out such a card when 等 closes the
  list (医疗、教育、住房、收入分配、社会管理等方面: the report says it gives examples); a standard of four-character
  terms (信念坚定、为民服务…) and a list holding a quoted term (“三会一课”、组织生活会…) stay cards, as the seed sample's
  reference asks. Fewer members before 等 (对于{{大豆、花生、油菜子}}等油料作物) were kept 47% of the time, as often as a
  report's other cards: no rule.
- A list of five or more the report states without 等 is left out too, unless the report words it as a set
  (财政、税务、物价、银行、审计、统计、工商行政; 工人、农民、知识分子、人民解放军和各界人士): readers of sessions 17-24 kept 4
  of 30 such cards still in the decks. A set worded alike stays (learnt_whole): named (创新、协调、绿色、开放、共享的发展
  理念), built alike or quoted, its members all as long, of three characters or more (去产能、去库存、去杠杆、降成本、补短板,
  which the seed sample's reference asks), or all but the last (鼓励兼并、规范破产、下岗分流、减员增效和再就业工程，).
  Examiners hide five or more members at once in 5 of their 7,324 fill blanks.
- A list that opens its card, the sentence saying something of it ([各条战线、各个地区和各个部门]要…; [新闻、广播、电视和
  出版事业]的发展生动活泼): the subject, not what the report asks; readers kept 3 of 14 such report cards ("no cue",
  "generic subject"), against 59% for a list after a comma. A set worded alike, and a list the sentence says what it is
  ([…]，是…), stay. Examiners set 0 of the 227 gold blanks so.
- A list of every place and body the report speaks to (各地区、各部门、各企业), or of everyone of a kind (所有[机关、企业、
  事业单位]; 广大[工人、农民、知识分子…]): its audience, nothing to learn.
- Readers marked 46% of the fill-ins on one member of a list not built alike good (316 verdicts of sessions 17-21,
  21 bad: "a minor list item", "guessable"), against 74% for a formulation's (90), whether 等 closed it or not, and
  examiners set 1.5% of their fill blanks on a single member: a paper asks such a member last (quiz/selection.py,
  LAST_RESORT).
A law's lists are what it provides: not judged here.
"""

from __future__ import annotations

import re

from studycards.extract.clauses import COPULA_AFTER
from studycards.extract.member_edges import CLAUSE_MARKS
from studycards.facts import Fact
from studycards.segment import segmenter

MANY = 5
"""Members hidden at once that make too much for one card."""
NAMED = re.compile(
    r"[”」’]?(?:(?:这|等|的)?[两二三四五六七八九十]+(?:项|項|个|個|大|种|種|条|條|方面|句|字|化)"
    r"|的(?:基本|总体|总)?(?:原则|方针|要求|准则|思路)"
    r"|的[^，,。；;、]{0,8}?(?:理念|目标|强国|布局|精神实质))"
)
"""A count or a name after the list (四项原则, 四个经济特区, …和平共处的五項原則; 按照…的原则; 创新、协调、绿色、开放、共享
的发展理念, 富强、民主、文明、和谐、美丽的社会主义现代化强国): the report names it a set."""
QUOTE_OPENERS = "“「‘《"
OPEN = "等"
"""What closes a row of examples: the list gives instances, not all there is."""
STANDARD_TERM = 4
"""Characters of each term of a standard worded as a set (四字格)."""


def formulated(text: str, start: int, end: int, members: list[str]) -> bool:
    """Whether the list of `members` at text[start:end] is a formulation: quoted, counted or named where it stands, or
    its members built alike."""
    named = (start > 0 and text[start - 1] in QUOTE_OPENERS) or bool(NAMED.match(text, end))
    return named or built_alike(members)


def built_alike(members: list[str]) -> bool:
    """Whether every member opens or ends with the same character (又多、又快、又好、又省; 经济建设、政治建设), or all
    are as long and share a character in one place (能者上、优者奖、庸者下、劣者汰; 有法不依、执法不严、违法不究)."""
    members = [member for member in members if member]
    if len(members) < 2:
        return False
    if len({member[0] for member in members}) == 1 or len({member[-1] for member in members}) == 1:
        return True
    lengths = {len(member) for member in members}
    return len(lengths) == 1 and any(len({member[i] for member in members}) == 1 for i in range(lengths.pop()))


def row_of_examples(fact: Fact) -> bool:
    """Whether a report's enumeration `fact` is no formulation: one of its members alone is a minor item."""
    if fact.kind != "enumeration" or not fact.spans:
        return False
    return not formulated(fact.text, fact.spans[0][0], fact.spans[-1][1], list(fact.answers))


WORDED_SET = 3
"""Characters a member of a set the report words alike has at least, its fellows as many (去产能、去库存、去杠杆、降成本、
补短板; 解放思想、实事求是、与时俱进、求真务实). Two-character members as long are as often a row of sectors (财政、税务、
物价、银行、审计; 教育、科学、文化事业有了新的发展) or epithets (伟大、光荣、正确的…): such a list is a set only when named or
built alike (富强、民主、文明、和谐、美丽的社会主义现代化强国)."""
RUN_ON_SET = 3
"""Characters each member but the last has at least, all as many, in a set of five or more whose last member is no
shorter and ends the clause (鼓励兼并、规范破产、下岗分流、减员增效和再就业工程，)."""
JOINS = ("以及", "和", "与", "及")
"""What joins a list's last member to the one before it, where it is a word of its own (…人民解放军和各界人士; not
构建和谐社会, 中华人民共和国)."""
OPENS_THE_CARD = re.compile(r"^(?:【[^】]*】)?[^\u4e00-\u9fffA-Za-z0-9]*$")
"""What may stand before a list that opens its card: the card's label (【2010年主要任务】), a quote or bracket."""
SAID_WHAT_IT_IS = re.compile(rf"[，,]?{COPULA_AFTER.pattern}")
"""The sentence says what the list is ([阶级斗争、生产斗争和科学实验]，是…三项伟大革命运动): a defining statement."""


def members_of(words: str) -> list[str]:
    """The members of a list written out: parted by its marks, and the last at the last join that is a word of its own
    (a、b、c和d -> a, b, c, d; not 构建和谐社会, 平等互利和和平共处 -> 平等互利, 和平共处)."""
    *members, last = words.split("、")
    if not members:
        return [last]
    starts = segmenter().word_starts(last)
    joins = [
        (at, at + len(join))
        for join in JOINS
        for at in range(1, len(last) - len(join))
        if last.startswith(join, at) and at in starts and at + len(join) in starts
    ]
    if not joins:
        return [*members, last]
    at, after = max(joins)
    return [*members, last[:at], last[after:]]


def learnt_whole(text: str, start: int, end: int) -> bool:
    """Whether the list at text[start:end] is one a report words as a set: a formulation (by its members as the marks
    part them, or with the last join too: 政事分开、…、营利性和非营利性分开), a member quoted (“三会一课”、组织生活会…),
    members all as long, of three characters or more (去产能、去库存、去杠杆、降成本、补短板), or all but the last of five or
    more, the last no shorter and ending the clause (…、减员增效和再就业工程，)."""
    members = members_of(text[start:end])
    if formulated(text, start, end, text[start:end].split("、")) or formulated(text, start, end, members):
        return True
    if _quotes_a_term(members):
        return True
    lengths = {len(member) for member in members}
    heads = {len(member) for member in members[:-1]}
    run_on = (
        len(members) >= MANY
        and len(heads) == 1
        and min(heads) >= RUN_ON_SET
        and len(members[-1]) >= min(heads)
        and text.startswith(tuple(CLAUSE_MARKS), end)
    )
    return (len(lengths) == 1 and min(lengths) >= WORDED_SET) or run_on


def too_much_at_once(text: str, span: tuple[int, int]) -> bool:
    """Whether a card hiding `span` of a report's `text` hides a row of MANY examples or more at once. With 等 after it
    (the report gives examples), only a formulation, a standard worded in four-character terms (信念坚定、为民服务、
    勤政务实、敢于担当、清正廉洁, as the seed sample's reference asks) or a list holding a quoted term is learnt whole;
    stated as it is, any set the report words alike (learnt_whole)."""
    start, end = span
    members = members_of(text[start:end])
    if len(members) < MANY:
        return False
    if text.startswith(OPEN, end):
        standard = all(len(member) == STANDARD_TERM for member in members) or _quotes_a_term(members)
        return not (formulated(text, start, end, text[start:end].split("、")) or standard)
    return not learnt_whole(text, start, end)


def _quotes_a_term(members: list[str]) -> bool:
    return any(member.startswith(tuple(QUOTE_OPENERS)) for member in members)


def opens_the_card(fact: Fact) -> bool:
    """Whether a report's enumeration `fact` asks the list its card opens with, the sentence saying something of it
    ([各条战线、各个地区和各个部门]要…): its subject, with nothing before it to cue it. A set the report words alike
    ([解放思想、实事求是、与时俱进、求真务实]，是…) and one the sentence says what it is stay."""
    if fact.kind != "enumeration" or not fact.spans or not OPENS_THE_CARD.match(fact.text[: fact.spans[0][0]]):
        return False
    start, end = fact.spans[0][0], fact.spans[-1][1]
    return not (learnt_whole(fact.text, start, end) or SAID_WHAT_IT_IS.match(fact.text, end))


EVERYONE = re.compile(r"(?:各个?|各条|本)[^、]{0,4}?(?:地区|地方|部门|单位|企业|战线|行业|学校|车间|工段|系统|机关)")
"""A member of a list that names every place and body the report speaks to (各地区、各部门、各企业; 各条战线、各个地区和各个
部门): nothing to learn; not a list of the bodies of a front (各民主党派、各人民团体和各界爱国人士). Blind readers kept
none of 16 such report cards ("stock phrase", "anyone would fill it in"); examiners set none of their fill blanks and
none of the gold blanks on one. A law's (选举法: 各地区、各民族、各方面都有适当数量代表) is its rule: not judged here."""


def names_everyone(members: list[str] | tuple[str, ...]) -> bool:
    """Whether every one of two or more `members` is an EVERYONE member."""
    return len(members) >= 2 and all(EVERYONE.fullmatch(member) for member in members)


def without_lists_at_once(fact: Fact) -> Fact | None:
    """`fact` without the blanks that hide too much of a list at once or a list of everyone, or of everyone of a kind
    (所有[机关、企业、事业单位]; None when none is left),
    nor the list its card opens with; an outline's points are asked otherwise, and a fact asked whole is kept or left
    out as one card."""
    if opens_the_card(fact) or (fact.kind == "enumeration" and names_everyone(fact.answers)):
        return None
    if fact.kind == "enumeration" and fact.spans and _all_of(fact.text, fact.spans[0], fact.answers):
        return None
    if fact.kind == "outline" or not fact.spans:
        return fact
    if fact.whole:
        return None if _too_much(fact.text, (fact.spans[0][0], fact.spans[-1][1])) else fact
    return fact.keeping(span for span in fact.spans if not _too_much(fact.text, span))


def _too_much(text: str, span: tuple[int, int]) -> bool:
    """Whether the blank at `span` hides too much of a list at once, or a list of everyone."""
    members = members_of(text[span[0] : span[1]])
    return too_much_at_once(text, span) or names_everyone(members) or _all_of(text, span, members)


ALL_OF = re.compile(r"(?:所有的?|广大)$")
"""What says a list that follows is everyone of its kind (所有[机关、企业、事业单位]; 广大[工人、农民、知识分子…]): the
report's audience, not a list to learn. Blind readers kept none of 6 such report cards (sessions 17-28) and dropped
所有[机关、企业、事业单位] both (session 29: "no cue, generic"). Not 一切, which names kinds of conduct too (保护一切
按劳取酬、勤劳致富、合法经营…), nor 全体, which opens formulas (由全体社会主义劳动者、拥护社会主义的爱国者…组成的统一战线)."""


def _all_of(text: str, span: tuple[int, int], members: list[str] | tuple[str, ...]) -> bool:
    """Whether the list of `members` at `span` follows an ALL_OF word: everyone of its kind."""
    return len(members) >= 2 and bool(ALL_OF.search(text, 0, span[0]))
