"""Stock phrases hidden alone: what any law or any report says (单位和个人, 承担民事责任), which a learner knows from
the genre, not from the document. The list is made from data (data/stock_phrases.txt, by
scripts/build_stock_phrases.py): phrases common to a genre's documents that examiners never hide."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from importlib import resources

from studycards.extract.clauses import quoted
from studycards.extract.figures import FIGURE, NUMERAL, PERIODS, SHARE, YEAR
from studycards.extract.judgements import EMPHASIS_HEADS
from studycards.facts import Fact, normalise

LAWS, REPORTS = "laws", "reports"
"""The genres of the list: a law's stock phrases are not a report's."""
WHOLE_KINDS = ("outline", "enumeration")
"""Kinds whose answers are asked as one list: a stock member of a list is still one of its items."""
LIST_MARK = "、"
"""What joins the members of a list in a sentence (开发、{{利用}}、控制): a member is asked with its fellows."""
WORDING_CHARS, BESIDE = 5, 3
"""The runs of data/report_wording.txt are five characters long; an answer is read with the three characters
before it, or after it."""
HEADED = re.compile(rf"”?(?:这个|这一|的)?(?:工作)?(?:{EMPHASIS_HEADS})")
"""What names an answer as the report's line (坚持[稳中求进]工作总基调, 守住不发生[系统性风险]的底线): a formulation."""
SPACE = re.compile(r"\s+")
COUNTED = re.compile(r"[两二三四五六七八九十]+(?:个|大|种|项|条)")
"""What opens a counted formulation (两个确立, 四项基本原则, “三个代表”)."""
COUNTED_TERM = re.compile(rf"{COUNTED.pattern}[\u4e00-\u9fff]{{2,}}")
"""A counted term written plainly (坚持[四项基本原则]): worded as many reports word it, a reader of the genre fills it in;
blind readers kept 2 of 15 such cards, examiners set none of their 7,324 fill blanks on a counted term."""


@lru_cache(maxsize=1)
def stock_phrases() -> dict[str, frozenset[str]]:
    """The stock phrases of each genre, as data/stock_phrases.txt lists them (genre, a tab, the phrase, counts)."""
    text = resources.files("studycards.data").joinpath("stock_phrases.txt").read_text(encoding="utf-8")
    phrases: dict[str, set[str]] = {LAWS: set(), REPORTS: set()}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            genre, phrase = line.split("\t")[:2]
            phrases.setdefault(genre, set()).add(normalise(phrase))
    return {genre: frozenset(found) for genre, found in phrases.items()}


@lru_cache(maxsize=1)
def report_commonplaces() -> frozenset[str]:
    """What a quarter of the reports say (经济建设, 一国两制, 艰苦奋斗), as data/report_commonplaces.txt lists them."""
    text = resources.files("studycards.data").joinpath("report_commonplaces.txt").read_text(encoding="utf-8")
    return frozenset(normalise(line.split("\t")[0]) for line in text.splitlines() if line.strip() and line[0] != "#")


@lru_cache(maxsize=1)
def report_wording() -> frozenset[str]:
    """The runs of five characters that a tenth of the reports share, as data/report_wording.txt lists them."""
    text = resources.files("studycards.data").joinpath("report_wording.txt").read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if len(line) == WORDING_CHARS and line[0] != "#")


@lru_cache(maxsize=1)
def report_labels() -> frozenset[str]:
    """The labels many reports quote (一带一路, 九二共识), as data/report_labels.txt lists them."""
    text = resources.files("studycards.data").joinpath("report_labels.txt").read_text(encoding="utf-8")
    return frozenset(line.split("\t")[0] for line in text.splitlines() if line.strip() and line[0] != "#")


def without_labels(fact: Fact) -> Fact | None:
    """A report's `fact` without the blanks that hide, alone, a label many reports quote (None when none is left); a
    note that asks a list whole or an outline's points stays. A budgeted deck's rule: --all asks every quoted term."""
    return _without_own_blanks(fact, quoted_label)


def quoted_label(text: str, span: tuple[int, int]) -> bool:
    """Whether the blank at `span` hides, alone, a label many reports quote (共建“[一带一路]”扎实推进; not “双拥”, quoted
    in three, nor a counted formulation, “三个代表”, nor a plan's name, “十三五”): a reader of the genre fills it in.
    Blind readers of sessions 17-25 kept 7 of 51 such cards of checking-half reports (the labels come from the tuning
    half); examiners set one of the 227 gold blanks so (坚持一个中国原则和“[九二共识]”)."""
    return quoted(text, span) and text[span[0] : span[1]].strip("“”") in report_labels()


def shared_wording(text: str, span: tuple[int, int]) -> bool:
    """Whether the answer at `span`, with the three characters before it or after it, is worded as many reports
    word it (以[经济建设]为中心, 统一的[多民族国家], 全部工作的[重中之重]): a learner fills it in from the genre.

    Read by its runs of five characters: each must be one that many reports share."""
    answer = SPACE.sub("", text[span[0] : span[1]])
    before = SPACE.sub("", text[: span[0]])[-BESIDE:]
    after = SPACE.sub("", text[span[1] :])[:BESIDE]
    shared = report_wording()
    for beside, phrase in ((before, before + answer), (after, answer + after)):
        runs = [phrase[i : i + WORDING_CHARS] for i in range(len(phrase) - WORDING_CHARS + 1)]
        if len(beside) == BESIDE and runs and all(run in shared for run in runs):
            return True
    return False


def without_shared_wording(fact: Fact) -> Fact | None:
    """A report's `fact` without the blanks whose answer many reports word alike (None when none is left). Each blank
    is judged on its own (a note joins facts of several kinds): a list, a figure or a count, and a formulation the
    report names stay, and so does a note that asks a list whole or an outline's points."""
    return _without_own_blanks(fact, said_alike)


def said_alike(text: str, span: tuple[int, int]) -> bool:
    """Whether the blank at `span` hides only what many reports word alike: not a list (民主选举、民主决策…), a figure
    or a count (控制在[4.5%]以内, 第[一]个五年计划), nor a formulation the report names (quotes or calls its line); a
    counted term written plainly is one (坚持[四项基本原则])."""
    answer = text[span[0] : span[1]]
    counted = bool(COUNTED_TERM.fullmatch(answer))  # 四项基本原则: a term, not a figure, however the genre words it
    if LIST_MARK in answer or (FIGURE.search(answer) and not counted) or SHARE.search(answer) or named(text, span):
        return False
    return shared_wording(text, span)


SAID_OFTEN = 5
"""Times a report says a figure before a card that hides it asks nothing: the learner read it on every page."""


def without_figures_said_often(fact: Fact, said: str) -> Fact | None:
    """A report's `fact` without the blanks that hide a figure its report (all it `said`) says SAID_OFTEN times or
    more (纲要要求在[十二年]内…, the twelve-year programme the report is about; 第一个[五年]计划); None when none is left.
    Blind readers of sessions 12-23 kept such report cards 32% of the time (47 verdicts), against 65% for a figure
    said fewer times (1,049); examiners set none of their 31 figure blanks in the gold so. A law's figures show no such
    signal (95% and 93% kept). A share said often is a plan's target (增产[百分之四十]): it stays."""
    return _without_own_blanks(fact, lambda text, span: said_often(text[span[0] : span[1]], said))


def said_often(answer: str, said: str) -> bool:
    """Whether `answer` is a time and nothing more, a period or a year (五年, 十二年, 一九六七年; not a count that names
    a thing: 第一个五年计划), that `said` holds SAID_OFTEN times or more."""
    period = FIGURE.fullmatch(answer) and answer.endswith(PERIODS) and not answer.startswith("一")
    if not (YEAR.fullmatch(answer) or period):  # 一年 is also 新的一年, 关键一年: no figure
        return False
    whole = re.compile(rf"(?<![第{NUMERAL}]){re.escape(answer)}(?!计划|规划|级)")  # not 五年 in 十五年, 五年计划
    return len(whole.findall(said)) >= SAID_OFTEN


def named(text: str, span: tuple[int, int]) -> bool:
    """Whether the answer at `span` is a formulation the report names: it quotes it (坚决做到“[两个维护]”, [“一国两制”…])
    or calls it its line (坚持[稳中求进]工作总基调)."""
    return quoted(text, span) or bool(HEADED.match(text, span[1]))


def is_commonplace(answer: str) -> bool:
    """Whether `answer` is what any report says: examiners hide it (cards keep it), but a reader of a fill-in fills it
    from the genre, not from the report."""
    return normalise(answer) in report_commonplaces()


def is_stock(answer: str, genre: str) -> bool:
    """Whether `answer` is one of the stock phrases of `genre` (LAWS or REPORTS)."""
    return normalise(answer) in stock_phrases().get(genre, frozenset())


def without_stock_span(fact: Fact, genre: str) -> Fact | None:
    """`fact` without its blanks that hide a stock phrase; None when it hid nothing else. A list asked whole
    passes as it is."""
    if asked_whole(fact):
        return fact
    return fact.keeping(span for span in fact.spans if not _stock_span(fact.text, span, genre))


def asked_whole(fact: Fact) -> bool:
    """Whether `fact` asks a list whole (or has no blank): its members are items of the list, not answers alone."""
    return fact.kind in WHOLE_KINDS or fact.whole or not fact.spans


def asked_blanks(fact: Fact) -> list[tuple[int, int]]:
    """The blanks `fact`'s cards ask: a list asked whole is one, from its first member to its last."""
    if asked_whole(fact) and fact.spans:
        return [(fact.spans[0][0], fact.spans[-1][1])]
    return list(fact.spans)


def _without_own_blanks(fact: Fact, refused: Callable[[str, tuple[int, int]], bool]) -> Fact | None:
    """`fact` without the blanks `refused(text, blank)` refuses, each judged on its own; a note that asks a list whole
    or an outline's points stays as it is. None when none is left."""
    if asked_whole(fact):
        return fact
    return fact.keeping(span for span in fact.spans if not refused(fact.text, span))


def without_blanks(fact: Fact, refused: Callable[[str, tuple[int, int]], bool]) -> Fact | None:
    """`fact` without the blanks `refused(text, blank)` refuses; a list asked whole is kept or refused whole. None
    when none is left."""
    if not fact.spans:
        return fact
    if asked_whole(fact):
        return None if any(refused(fact.text, blank) for blank in asked_blanks(fact)) else fact
    return fact.keeping(span for span in fact.spans if not refused(fact.text, span))


def list_member(text: str, span: tuple[int, int]) -> bool:
    """Whether the blank at `span` hides a member of a list written with 、, asked with its fellows in view."""
    return LIST_MARK in (text[span[0] - 1 : span[0]], text[span[1] : span[1] + 1])


def _stock_span(text: str, span: tuple[int, int], genre: str) -> bool:
    """Whether the answer at `span` is a stock phrase hidden alone, not as a member of a list."""
    return not list_member(text, span) and is_stock(text[span[0] : span[1]], genre)


def without_stock(facts: list[Fact], genre: str) -> list[Fact]:
    """`facts` with no blank that hides a stock phrase of `genre`: a fact that asked only such phrases is dropped."""
    kept = (without_stock_span(fact, genre) for fact in facts)
    return [fact for fact in kept if fact is not None]
