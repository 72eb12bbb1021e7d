"""A report's lists: a formulation is learnt, a row of examples is not.

A list the report quotes, counts or names (“和平友好、平等互利、互相信赖、长期稳定”四项原则, 深圳、珠海、汕头、厦门四个
经济特区, 按照因地制宜…共同发展的原则), or whose members are built alike (经济建设、政治建设…生态文明建设; 能者上、优者奖、
庸者下、劣者汰), is a formulation. Another (科技、教育、文化、卫生、体育; 日本、俄罗斯、韩国) may be a row of examples:
- blind readers of sessions 14-21 kept 6 of 38 report cards that hid five or more members of a list at once, not
  built alike (nearly all of mixed lengths: "too much at once"). The deck leaves out such a card when 等 closes the
  list (医疗、教育、住房、收入分配、社会管理等方面: the report says it gives examples); a list it states as it is (去产能、
  去库存、去杠杆、降成本、补短板), a standard of four-character terms (信念坚定、为民服务…) and a list holding a quoted term
  (“三会一课”、组织生活会…) stay cards, as the seed sample's reference asks. Fewer members before 等 (对于{{大豆、
  花生、油菜子}}等油料作物) were kept 47% of the time, as often as a report's other cards: no rule.
- Readers marked 46% of the fill-ins on one member of a list not built alike good (316 verdicts of sessions 17-21,
  21 bad: "a minor list item", "guessable"), against 74% for a formulation's (90), whether 等 closed it or not, and
  examiners set 1.5% of their fill blanks on a single member: a paper asks such a member last (quiz/selection.py,
  LAST_RESORT).
A law's lists are what it provides: not judged here.
"""

from __future__ import annotations

import re

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


def too_much_at_once(text: str, span: tuple[int, int]) -> bool:
    """Whether a card hiding `span` of a report's `text` hides a row of MANY examples or more at once, 等 after it. A standard
    worded in four-character terms (信念坚定、为民服务、勤政务实、敢于担当、清正廉洁) or a list that holds a quoted term
    (“三会一课”、组织生活会…) is learnt whole, as the seed sample's reference asks: a card still."""
    start, end = span
    members = text[start:end].split("、")
    if len(members) < MANY or not text.startswith(OPEN, end) or formulated(text, start, end, members):
        return False
    return not (
        all(len(member) == STANDARD_TERM for member in members)
        or any(member.startswith(tuple(QUOTE_OPENERS)) for member in members)
    )


def without_lists_at_once(fact: Fact) -> Fact | None:
    """`fact` without the blanks that hide too much of a list at once (None when none is left); an outline's points
    are asked otherwise, and a fact asked whole is kept or left out as one card."""
    if fact.kind == "outline" or not fact.spans:
        return fact
    if fact.whole:
        return None if too_much_at_once(fact.text, (fact.spans[0][0], fact.spans[-1][1])) else fact
    return fact.keeping(span for span in fact.spans if not too_much_at_once(fact.text, span))
