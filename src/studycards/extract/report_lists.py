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
- A list of five or more the report states without 等 is left out too when its members are of mixed lengths
  (财政、税务、物价、银行、审计、统计、工商行政; 工人、农民、知识分子、人民解放军和各界人士): readers of sessions 17-24 kept 4
  of 30 such cards still in the decks. Members all three or four characters long are a worded set (去产能、去库存、去杠杆、
  降成本、补短板, which the seed sample's reference asks): a card. Examiners hide five or more members at once in 5 of
  their 7,324 fill blanks.
- A list that opens its card, the sentence saying something of it ([各条战线、各个地区和各个部门]要…; [新闻、广播、电视和
  出版事业]的发展生动活泼): the subject, not what the report asks; readers kept 6 of 28 such report cards ("no cue",
  "generic subject"), against 59% for a list after a comma. Examiners set 0 of the 227 gold blanks so.
- Readers marked 46% of the fill-ins on one member of a list not built alike good (316 verdicts of sessions 17-21,
  21 bad: "a minor list item", "guessable"), against 74% for a formulation's (90), whether 等 closed it or not, and
  examiners set 1.5% of their fill blanks on a single member: a paper asks such a member last (quiz/selection.py,
  LAST_RESORT).
A law's lists are what it provides: not judged here.
"""

from __future__ import annotations

import re

from studycards.extract.clauses import COPULA_AFTER
from studycards.facts import Fact

MANY = 5
"""Members hidden at once that make too much for one card."""
NAMED = re.compile(
    r"[”」’]?(?:(?:这|等)?[两二三四五六七八九十]+(?:项|个|大|种|条|方面|句|字|化)|的(?:基本|总体|总)?(?:原则|方针|要求|准则|思路))"
)
"""A count or a name after the list (四项原则, 四个经济特区; 按照…的原则): the report names it a set."""
QUOTE_OPENERS = "“「‘"
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
补短板; 解放思想、实事求是、与时俱进、求真务实)."""
LAST_JOIN = re.compile(r"(?<=..)(?:以及|和|及|与)(?=..)")
"""What joins a list's last member to the one before it, a word apart (…、人民解放军和各界人士; not 和平, 和谐)."""
OPENS_THE_CARD = re.compile(r"^(?:【[^】]*】)?[^\u4e00-\u9fffA-Za-z0-9]*$")
"""What may stand before a list that opens its card: the card's label (【2010年主要任务】), a quote or bracket."""
SAID_WHAT_IT_IS = re.compile(rf"[，,]?{COPULA_AFTER.pattern}")
"""The sentence says what the list is ([阶级斗争、生产斗争和科学实验]，是…三项伟大革命运动): a defining statement."""


def members_of(words: str) -> list[str]:
    """The members of a list written out (a、b、c和d -> a, b, c, d)."""
    *members, last = words.split("、")
    return [*members, *LAST_JOIN.split(last, maxsplit=1)] if members else [last]


def learnt_whole(text: str, start: int, end: int) -> bool:
    """Whether the list at text[start:end] is one a report words as a set: a formulation (by its members as the marks
    part them, or with the last join too: 政事分开、…、营利性和非营利性分开), a member quoted (“三会一课”、组织生活会…),
    or members all as long, of three characters or more (去产能、去库存、去杠杆、降成本、补短板)."""
    marked = text[start:end].split("、")
    members = members_of(text[start:end])
    if formulated(text, start, end, marked) or formulated(text, start, end, members):
        return True
    lengths = {len(member) for member in members}
    return any(member.startswith(tuple(QUOTE_OPENERS)) for member in members) or (
        len(lengths) == 1 and lengths.pop() >= WORDED_SET
    )


def too_much_at_once(text: str, span: tuple[int, int]) -> bool:
    """Whether a card hiding `span` of a report's `text` hides a row of MANY examples or more at once. With 等 after it,
    a standard worded in four-character terms (信念坚定、为民服务、勤政务实、敢于担当、清正廉洁) is learnt whole, as the seed
    sample's reference asks; stated as it is, any set the report words alike (去产能、去库存、去杠杆、降成本、补短板)."""
    start, end = span
    members = members_of(text[start:end])
    if len(members) < MANY:
        return False
    if text.startswith(OPEN, end):
        return not (formulated(text, start, end, text[start:end].split("、")) or _standard(members))
    return not learnt_whole(text, start, end)


def _standard(members: list[str]) -> bool:
    return all(len(member) == STANDARD_TERM for member in members) or any(
        member.startswith(tuple(QUOTE_OPENERS)) for member in members
    )


def opens_the_card(fact: Fact) -> bool:
    """Whether a report's enumeration `fact` asks the list its card opens with, the sentence saying something of it
    ([各条战线、各个地区和各个部门]要…): its subject, with nothing before it to cue it. A set the report words alike
    ([解放思想、实事求是、与时俱进、求真务实]，是…) and one the sentence says what it is stay."""
    if fact.kind != "enumeration" or not fact.spans or not OPENS_THE_CARD.match(fact.text[: fact.spans[0][0]]):
        return False
    start, end = fact.spans[0][0], fact.spans[-1][1]
    return not (learnt_whole(fact.text, start, end) or SAID_WHAT_IT_IS.match(fact.text, end))


def without_lists_at_once(fact: Fact) -> Fact | None:
    """`fact` without the blanks that hide too much of a list at once (None when none is left), nor the list its card
    opens with; an outline's points are asked otherwise, and a fact asked whole is kept or left out as one card."""
    if opens_the_card(fact):
        return None
    if fact.kind == "outline" or not fact.spans:
        return fact
    if fact.whole:
        return None if too_much_at_once(fact.text, (fact.spans[0][0], fact.spans[-1][1])) else fact
    return fact.keeping(span for span in fact.spans if not too_much_at_once(fact.text, span))
