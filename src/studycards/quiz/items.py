"""Quiz items, and a balanced, reproducible selection of them from a document's facts.

Facts -> frames (quiz/frames.py) -> questions of four types (quiz/questions.py) -> items, chosen here. The
exporters under studycards/export/ only lay items out; they never look at the source text again.
"""

from __future__ import annotations

import hashlib
import random
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from studycards.facts import Fact

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
MAX_USES = 2
"""How many questions one fact may give in one quiz, when facts run short: then of another type, on another
of its answers. A quiz that asks the same thing three times tests nothing more; it comes out shorter."""


@dataclass(frozen=True)
class QuizItem:
    """One question, with its answer and where it comes from."""

    type: str
    """'fill' (填空), 'single' (单选), 'multiple' (多选) or 'judge' (判断)."""
    parts: tuple[str, ...]
    """The question's text around its blanks: one part more than there are blanks (a judge item has none)."""
    blanks: tuple[int, ...]
    """Each blank's size in characters: that of the answer it stands for."""
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

    def question(self, blank: Callable[[int], str] | None = None) -> str:
        """The question as text, each blank drawn by `blank(size)` (default: two underscores a character)."""
        blank = blank or underscores
        text = self.parts[0]
        for size, part in zip(self.blanks, self.parts[1:]):
            text += blank(size) + part
        return text

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


def underscores(size: int) -> str:
    """A blank as underscores: two per character (a CJK character is two columns wide), at least four."""
    return "_" * max(4, 2 * size)


def letter(index: int) -> str:
    return chr(ord("A") + index)


def make_items(
    facts: list[Fact],
    n: int = 20,
    types: Iterable[str] = TYPES,
    seed: int | None = None,
    priority: Callable[[str], object] | None = None,
    grouped: bool = True,
) -> list[QuizItem]:
    """Up to `n` items of the given types in a balanced mix, the same for the same seed.

    Each fact is asked once before any is asked twice. `priority(fact identity)` (lower first) puts some
    facts ahead of others (the drill asks missed and new ones first); otherwise the order is random.
    A type that runs out of material leaves its share to the others. `grouped` lists the items type by
    type (as a printed sheet does); otherwise they stay mixed in the order chosen.
    """
    from studycards.quiz.frames import frame_of
    from studycards.quiz.questions import Questions

    types = tuple(dict.fromkeys(types))
    rng = random.Random(seed)
    frames = [frame for frame in map(frame_of, facts) if frame is not None]
    rng.shuffle(frames)
    if priority is not None:
        frames.sort(key=lambda frame: priority(frame.identity))
    questions = Questions(frames, facts, rng)
    chosen: list[QuizItem] = []
    uses: dict[str, set[str]] = {}
    """Per fact, the types of question already made of it."""

    def supply(kind: str):
        """Items of one type: from facts not asked yet, then from facts asked once (in another type)."""
        for level in range(MAX_USES):
            for frame in frames:
                asked = uses.setdefault(frame.identity, set())
                if len(asked) > level or kind in asked:
                    continue
                item = questions.make(kind, frame)
                if item is not None:
                    yield item

    suppliers = {kind: supply(kind) for kind in types}
    quota = _shares(n, types, rng)
    live = list(types)
    while len(chosen) < n and live:
        # Types take turns; one that runs out of material leaves its share to the others.
        for kind in list(live):
            if len(chosen) >= n:
                break
            if quota[kind] <= 0 and any(quota[other] > 0 for other in live):
                continue
            item = next(suppliers[kind], None)
            if item is None:
                live.remove(kind)
                continue
            chosen.append(item)
            uses[item.fact].add(kind)
            quota[kind] -= 1
    if grouped:
        chosen.sort(key=lambda item: types.index(item.type))
    return chosen


def _shares(n: int, types: tuple[str, ...], rng: random.Random) -> dict[str, int]:
    """`n` split as evenly as possible over `types`; the odd ones out go to randomly chosen types."""
    base, extra = divmod(n, len(types))
    lucky = set(rng.sample(types, extra))
    return {kind: base + (kind in lucky) for kind in types}
