"""Answers a learner gets from the genre, not from recall, in a law's cards.

- a blank made only of words that stand in most laws (应当依法给予{{赔偿}}; 必须{{遵守本法}}; 应当{{定期}}检测; 有关
  军事机关应当{{给予协助}}): what any law says there. The words and how many of the tuning half's laws hold each are
  data (data/law_words.txt, by scripts/build_law_words.py); a blank is given when each of its words stands in COMMON
  of them. What examiners hide of such words stays: a modal word or a negation (the choice is the rule: 承包地{{不得}}
  买卖, 个人{{不缴纳}}), an organ, a source or a person (由{{国务院}}批准, 只能由{{法律}}设定, 归{{个人}}所有), a figure,
  a time. It calls 11 of the tuning half's 3,674 exam fill blanks given (0.30%), 13 of the checking half's 3,650
  (0.36%; docs/quality.md);
- a blank inside a clause laws repeat word for word (有违法所得的，{{没收违法所得}}; 应当依法承担{{侵权责任}}): the
  clauses that stand in 5% or more of the tuning half's laws are data (data/law_clauses.txt, by
  scripts/build_law_clauses.py). Examiners hide none of their 7,324 fill blanks there;
- a single word right after a light verb (应当予以{{驳回}}, 应当进行{{修复}}, 应当采取{{防疫}}措施): the verb and what
  the sentence is about call for it. Examiners hide 6 of their 7,324 fill blanks there (2 in laws: 予以{{清偿}},
  予以{{保密}}); blind readers of sessions 17-20 kept 10 of 33 such cards, and of 47 such fill-ins marked 20 good and 10
  bad. A name of two words stays (公开进行{{宪法宣誓}}, a blank of the sample law's examiners), and so does what 给予
  grants (依法给予{{税收优惠}}) and what examiners hide anywhere: a figure, an organ, a person, a time, a modal word;
- the day a time limit runs from, where the count follows (自{{受理之日}}起七日内): the count is the fact, so the
  blank moves to it (自受理之日起{{七日}}内). Examiners hide the day where it is the whole rule (审计决定自{{送达之日}}
  起生效), and 1 of their 7,324 fill blanks beside a count.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from studycards.extract.norms import ORGAN_WORD
from studycards.extract.stock import asked_whole, list_member
from studycards.facts import Fact, normalise
from studycards.segment import segmenter

COMMON = 0.4
"""Share of the tuning laws each word of a given blank stands in. At 0.3 the test calls twice as many examiners'
blanks given (24 of the tuning half's, 0.65%) and 329 blanks of the tuning laws' cards; at 0.5, 6 and 79; at 0.4, 11
and 146, of which a reading found most trivial (docs/quality.md)."""
MIN_CHARS = 2
CHOSEN = re.compile(
    r"^(?:不|无|非|免|未|没|禁止|严禁)|^(?:应当|应|必须|须|可以|可|可能|能够|能|有权|予以|需要|是|属于|包括|具有|享有|有|受)$"
)
"""A modal word, a negation or a copula: whether the law obliges, forbids, grants or denies is what it says."""
FIGURE = re.compile(r"[\d０-９〇零一二两三四五六七八九十百千万亿半]")
PERSON = re.compile(r"(?:人|者|民|国家|集体|本人)$")
"""Who holds a right or owns a thing (归{{个人}}所有, {{公民}}享有): examiners hide it."""
TIME = re.compile(r"之日|期间|以前|以后|之前|之后|届满")
OWNED = re.compile(r"(?:属于|归)$")
"""Whose a thing is (属于{{国家}}所有)."""
ACTING = re.compile(r"(?:由|经|报)$")
"""Who acts, sets or approves (只能由{{法律}}设定, 经{{批准}}): the source or organ a rule names."""
LIGHT_VERB = re.compile(r"(?:予以|进行|采取|作出|做出|加以)$")
"""A verb that says little but that something is done: what it is, is its object (予以驳回, 进行修复)."""
LIGHT_OBJECT = 4
"""Characters of a light verb's one-word object that the sentence calls for: longer ones (进行{{土壤污染状况调查}}) say
what is done, and readers kept them about as often as a law's other cards."""
COUNT_AFTER = re.compile(
    r"起(?P<x>[〇零一二两三四五六七八九十百\d]+个?(?:工作日|日|天|月|年|小时|周))(?:内|以内|前|后)"
)
"""The count of a time limit right after the day it runs from (…之日起{{十五日}}内)."""
START = "之日"


@lru_cache(maxsize=1)
def law_words() -> dict[str, float]:
    """Each listed word and the share of the tuning laws that hold it (data/law_words.txt)."""
    text = resources.files("studycards.data").joinpath("law_words.txt").read_text(encoding="utf-8")
    laws = next(int(line.split()[-1]) for line in text.splitlines() if line.startswith("# laws "))
    rows = (line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return {word: int(count) / laws for word, count in rows}


def genre_given(text: str, span: tuple[int, int]) -> bool:
    """Whether the blank at `span` of `text` hides only words most laws say, or a light verb's one short word, none of
    the kinds examiners hide."""
    answer = normalise(text[span[0] : span[1]])
    if len(answer) < MIN_CHARS or list_member(text, span):
        return False
    if CHOSEN.search(answer) or FIGURE.search(answer) or TIME.search(answer):
        return False
    if (
        ORGAN_WORD.search(answer)
        or PERSON.search(answer)
        or OWNED.search(text, 0, span[0])
        or ACTING.search(text, 0, span[0])
    ):
        return False
    words = segmenter().words(answer)
    if len(answer) <= LIGHT_OBJECT and len(words) == 1 and LIGHT_VERB.search(text, 0, span[0]):
        return True
    common = law_words()
    return all(common.get(word, 0.0) >= COMMON for word in words)


CLAUSE_MARKS = re.compile(r"[，,。；;：:！？!?\s]")
"""What parts a law's clauses."""


@lru_cache(maxsize=1)
def law_clause_set() -> frozenset[str]:
    """The clauses laws repeat (data/law_clauses.txt)."""
    text = resources.files("studycards.data").joinpath("law_clauses.txt").read_text(encoding="utf-8")
    return frozenset(line.split("\t")[0] for line in text.splitlines() if line.strip() and not line.startswith("#"))


def boilerplate(text: str, span: tuple[int, int]) -> bool:
    """Whether the blank at `span` stands inside a clause of `text` that laws repeat word for word."""
    start = max((m.end() for m in CLAUSE_MARKS.finditer(text, 0, span[0])), default=0)
    end = next((m.start() for m in CLAUSE_MARKS.finditer(text, span[0])), len(text))
    return span[1] <= end and normalise(text[start:end]) in law_clause_set()


def count_after(text: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """Where the count of a time limit stands when the blank at `span` hides the day it runs from; else None."""
    if not text[span[0] : span[1]].endswith(START):
        return None
    match = COUNT_AFTER.match(text, span[1])
    return match.span("x") if match else None


def without_given(fact: Fact) -> Fact | None:
    """`fact` with no blank the genre gives: a blank on a time limit's first day moved to its count, a blank of
    common law words dropped; None when nothing is left. A list asked whole passes as it is."""
    if asked_whole(fact):
        return fact
    spans: list[tuple[int, int]] = []
    for span in fact.spans:
        moved = count_after(fact.text, span)
        if moved is not None:
            spans.append(moved)
        elif not genre_given(fact.text, span) and not boilerplate(fact.text, span):
            spans.append(span)
    return fact.keeping(_disjoint(spans))


def _disjoint(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` in order, without one that overlaps a span before it (a moved blank on a count already asked)."""
    kept: list[tuple[int, int]] = []
    for span in sorted(set(spans)):
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept
