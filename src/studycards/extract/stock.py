"""Stock phrases hidden alone: what any law or any report says (单位和个人, 承担民事责任), which a learner knows from
the genre, not from the document. The list is made from data (data/stock_phrases.txt, by
scripts/build_stock_phrases.py): phrases common to a genre's documents that examiners never hide."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from studycards.facts import Fact, normalise

LAWS, REPORTS = "laws", "reports"
"""The genres of the list: a law's stock phrases are not a report's."""
WHOLE_KINDS = ("outline", "enumeration")
"""Kinds whose answers are asked as one list: a stock member of a list is still one of its items."""
LIST_MARK = "、"
"""What joins the members of a list in a sentence (开发、{{利用}}、控制): a member is asked with its fellows."""


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
