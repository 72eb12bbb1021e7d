"""Quiz items: one question with its answer and source, whatever the format it is written in.

Facts -> frames (quiz/frames.py) -> questions of four types (quiz/questions.py) -> items (this module),
chosen by quiz/selection.py. The writers under quiz/writers/ only lay items out; they never look at the
source text again.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

TYPES = ("fill", "single", "multiple", "judge")
"""Question types, in the order a printed sheet lists them."""
TYPE_NAMES = {"fill": "填空题", "single": "单选题", "multiple": "多选题", "judge": "判断题"}
TYPE_ALIASES = {
    **{name: name for name in TYPES},
    **{label: name for name, label in TYPE_NAMES.items()},
    **{label[:2]: name for name, label in TYPE_NAMES.items()},
}
"""What --types accepts: fill, 填空, 填空题, single, 单选 …"""
JUDGE_OPTIONS = ("正确", "错误")


@dataclass(frozen=True)
class QuizItem:
    """One question, with its answer and where it comes from."""

    type: str
    """'fill' (填空), 'single' (单选), 'multiple' (多选) or 'judge' (判断)."""
    parts: tuple[str, ...]
    """The question's text around its blanks: one part more than there are blanks (a judge item has none)."""
    blanks: tuple[int, ...]
    """Each blank's answer size in characters. Blanks are all drawn alike (their length must not give the
    answer away) unless `sized`; a 多选 stem has one blank at most."""
    options: tuple[str, ...]
    """The choices in the order shown (A, B, C, D); for 'judge' 正确 and 错误; empty for 'fill'."""
    answer: tuple[str, ...]
    """The correct strings, never option letters: for 'fill' the text of each blank in order; for 'single'
    and 'multiple' the correct options in option order; for 'judge' 正确 or 错误."""
    source: str
    """Where it comes from: article › section › point，第N行."""
    fact: str
    """Identity of the fact it tests (studycards.facts.Fact.identity): what the drill's history is kept by."""
    kind: str
    """The fact's kind: outline, formulation, enumeration, maxim, keyphrase."""
    topic: str
    """What the fact tests, in brief (for the drill's statistics)."""
    ordered: bool = True
    """'fill' with several blanks: whether they must be answered in this order."""
    tested: tuple[str, ...] = ()
    """What the question asks one to know: the phrases it blanks or offers as right; for 判断 the phrase the
    statement stands or falls by. No other question of a quiz may show one of them."""
    original: tuple[str, str, str] | tuple[()] = ()
    """A 判断 made false: the passage as written, cut around the phrase that was swapped (before, phrase,
    after); the feedback shows it with the phrase marked. Empty otherwise."""
    sized: bool = False
    """Blanks drawn as long as their answers (--hint count); otherwise all alike."""
    cited: str = ""
    """How the stem names its source (根据《公务员法》，), already at the start of `parts[0]` and of a false
    判断's `original`; '' when it names none."""

    def question(self, blank: Callable[[int], str] | None = None) -> str:
        """The question as text, each blank drawn by `blank(size)` (default: BLANK, all alike; as long as
        its answer when `sized`)."""
        blank = blank or (underscores if self.sized else uniform_blank)
        text = self.parts[0]
        for size, part in zip(self.blanks, self.parts[1:]):
            text += blank(size) + part
        return text

    @property
    def where(self) -> str:
        """Where it comes from as a paper's key cites it: the article or section (breadcrumb), no line number."""
        return re.sub(r"，第\d+行$", "", self.source)

    @property
    def key(self) -> str:
        """The answer as an answer key writes it: a fill item's blanks joined by |, 正确/错误, or the letters."""
        if self.type == "fill":
            return "|".join(self.answer)
        if self.type == "judge":
            return self.answer[0]
        return self.letters

    @property
    def letters(self) -> str:
        """The correct options as letters (ACD); empty for 'fill'."""
        return "".join(letter(i) for i, option in enumerate(self.options) if option in self.answer)

    @property
    def id(self) -> str:
        """A stable id for this question (its fact, type and wording)."""
        text = "\x1f".join((self.fact, self.type, self.question(), *self.options))
        return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def sections(items: list[QuizItem]) -> list[tuple[str, list[tuple[int, QuizItem]]]]:
    """The items as a sheet lists them: runs of one type, each item with its number (from 1)."""
    runs: list[tuple[str, list[tuple[int, QuizItem]]]] = []
    for number, item in enumerate(items, 1):
        if not runs or runs[-1][0] != item.type:
            runs.append((item.type, []))
        runs[-1][1].append((number, item))
    return runs


def summary(items: list[QuizItem]) -> str:
    """共 30 题：填空题 8 · 单选题 8 · 多选题 7 · 判断题 7"""
    counts = Counter(item.type for item in items)
    parts = [f"{TYPE_NAMES[kind]} {counts[kind]}" for kind in TYPES if counts[kind]]
    return f"共 {len(items)} 题：" + " · ".join(parts)


BLANK = "________"
"""A blank in plain text when blanks are all alike: as wide as four CJK characters."""


def uniform_blank(size: int) -> str:
    return BLANK


def correction(item: QuizItem, mark: Callable[[str], str] = lambda phrase: f"【{phrase}】") -> str:
    """A false 判断's passage as written, the swapped phrase marked: 原文……【两个确立】…… ('' if none)."""
    if not item.original:
        return ""
    before, phrase, after = item.original  # type: ignore[misc]
    return before + mark(phrase) + after


def underscores(size: int) -> str:
    """A blank as underscores: two per character (a CJK character is two columns wide), at least four."""
    return "_" * max(4, 2 * size)


def letter(index: int) -> str:
    return chr(ord("A") + index)
