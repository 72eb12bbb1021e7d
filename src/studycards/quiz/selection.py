"""A balanced, reproducible selection of quiz items from a body of material's facts, in which no question
shows what another asks: a quiz that reading the page can pass tests nothing."""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from typing import Any

from studycards.facts import Fact, normalise
from studycards.extract.report_lists import row_of_examples
from studycards.quiz.frames import Frame, frame_of
from studycards.quiz.items import TYPES, QuizItem
from studycards.quiz.preference import preferred
from studycards.quiz.questions import Questions, legal
from studycards.ranking import is_key_term, minor_figure

MAX_USES = 2
"""How many questions one fact may give in one quiz, when facts run short: then of another type, on another
of its answers. A quiz that asks the same thing three times tests nothing more; it comes out shorter."""


SHORT = 2
"""Material with fewer paragraphs than this many a question may give two questions a paragraph: a short law's
articles each say several things worth asking (a 6,000-character law has some 35)."""

LAST_RESORT = ("fill", "single")
"""Types that ask one member of a report's row of examples (日本、＿＿、韩国; extract/report_lists.py) only when the
material has nothing else left: blind readers of sessions 17-21 marked 46% of such fill-ins good (316 verdicts, 21 bad)
against 74% for a formulation's members, and 15 of 44 such 单选; examiners set 1.5% of their fill blanks on one
member. Short material (a speech), whose types share one order, asks them after the rest in every type."""

SPREAD_DEPTH = 2
"""Levels of the breadcrumb below the document that take turns: parts or chapters, then their sections."""


def make_items(
    facts: list[Fact],
    n: int = 20,
    types: Iterable[str] = TYPES,
    seed: int | None = None,
    priority: Callable[[str], Any] | None = None,
    grouped: bool = True,
) -> list[QuizItem]:
    """Up to `n` items of the given types in a balanced mix, the same for the same seed.

    Each fact is asked once before any is asked twice. A question that would show a phrase another one
    asks (or ask one that another shows or asks) is left out: the quiz may come out shorter. `priority(fact identity)` (lower first) puts some
    facts ahead of others (the drill asks missed and new ones first); otherwise the order is random.
    A type that runs out of material leaves its share to the others. `grouped` lists the items type by
    type (as a printed sheet does); otherwise they stay mixed in the order chosen.
    """
    types = tuple(dict.fromkeys(types))
    rng = random.Random(seed)
    frames = [frame for frame in map(frame_of, facts) if frame is not None and askable(frame)]
    rng.shuffle(frames)
    frames = spread(frames)
    short = len({paragraph(frame) for frame in frames}) < SHORT * n
    rows = {frame.identity for frame in frames if not legal(frame.fact) and row_of_examples(frame.fact)}

    def last_resort(order: list[Frame]) -> list[Frame]:
        return sorted(order, key=lambda frame: frame.identity in rows)  # a report's rows of examples last

    if short:
        shared = last_resort(frames)
        orders = {kind: shared for kind in types}
    else:
        orders = {kind: spread(preferred(frames, kind, rng, lambda frame: frame.fact)) for kind in types}
        orders.update({kind: last_resort(orders[kind]) for kind in LAST_RESORT if kind in orders})
    """Per type, the frames in the order it draws on them: by part, and within a part leaning to the kinds of fact
    blind readers judged good as that type (quiz/preference.py). Short material shares one order: its paper needs
    every question it can give, and types drawing in different orders take each other's paragraphs (a law's 17
    questions fell to 13)."""
    if priority is not None:
        frames.sort(key=lambda frame: priority(frame.identity))
        for order in orders.values():
            order.sort(key=lambda frame: priority(frame.identity))
    questions = Questions(frames, facts, rng)
    by_identity = {frame.identity: frame for frame in frames}
    chosen: list[QuizItem] = []
    seen = Shown()
    uses: dict[str, set[str]] = {}
    """Per fact, the types of question already made of it."""

    refused: Counter = Counter()
    """Per type, the facts that could not give a question of it: the scarcer a type's material, the earlier
    it chooses in each turn (a 判断 needs a statement surely false; the others take its facts otherwise)."""

    paragraphs: Counter = Counter()
    """Questions per paragraph: one each, unless the material has fewer than SHORT paragraphs a question."""

    def supply(kind: str):
        """Items of one type: from facts not asked yet, then from facts asked once (in another type)."""
        for level in range(MAX_USES):
            for frame in orders[kind]:
                asked = uses.setdefault(frame.identity, set())
                if len(asked) > level or kind in asked:
                    continue
                if paragraphs[paragraph(frame)] > (level if short else 0):
                    continue
                item = questions.make(kind, frame)
                if item is not None and not seen.gives_away(item) and not named_by_title(item, frame):
                    yield item
                else:
                    refused[kind] += 1

    suppliers = {kind: supply(kind) for kind in types}
    pending: dict[str, QuizItem | None] = {}
    """Per type, the next item it would give: with a priority, the type whose next fact comes first goes first."""

    def peek(kind: str) -> QuizItem | None:
        if kind not in pending:
            pending[kind] = next(suppliers[kind], None)
        return pending[kind]

    def turn_order() -> list[str]:
        order = sorted(live, key=lambda kind: (-refused[kind], FIRST_PICK.index(kind)))
        if priority is None:
            return order
        return sorted(order, key=first_fact)

    def first_fact(kind: str) -> tuple[bool, Any]:
        item = peek(kind)
        return (True, 0) if item is None or priority is None else (False, priority(item.fact))

    quota = _shares(n, types, rng)
    live = list(types)
    while len(chosen) < n and live:
        # Types take turns; one that runs out of material leaves its share to the others.
        for kind in turn_order():
            if len(chosen) >= n:
                break
            if quota[kind] <= 0 and any(quota[other] > 0 for other in live):
                continue
            item = peek(kind)
            pending.pop(kind, None)
            if item is None:
                live.remove(kind)
                continue
            if seen.gives_away(item):  # a question chosen since it was made shows or asks what it asks
                continue
            chosen.append(item)
            paragraphs[paragraph(by_identity[item.fact])] += 1
            seen.add(item)
            questions.chosen(item)
            uses[item.fact].add(kind)
            quota[kind] -= 1
    if grouped:
        chosen.sort(key=lambda item: types.index(item.type))
    elif priority is not None:  # the types take turns, but what comes first comes first
        chosen.sort(key=lambda item: priority(item.fact))
    return chosen


def askable(frame: Frame) -> bool:
    """Whether a paper may ask the frame: not a report's minor figure (黄标车380万辆, 临时救助1100万人次), a card of
    the deck but no question; blind readers marked such questions weak (数字不重要) seven times in five readings. A
    law's figures are its rules. Nor a key term found by its repeats (勃列日涅夫＿＿, 在当前＿＿下): readers of six
    readings marked 18 of 26 such questions weak (a stock label, 叛徒集团; a stock phrase, 国内外大好形势)."""
    if is_key_term(frame.fact):
        return False
    return legal(frame.fact) or not minor_figure(frame.fact)


def named_by_title(item: QuizItem, frame: Frame) -> bool:
    """Whether the document's title holds what `item` asks (电信网络 of 《反电信网络诈骗法》): the stem that cites
    the title shows it, and every later question showing it would be refused."""
    title = normalise(frame.fact.origin.document)
    return any(key and key in title for key in map(normalise, item.tested))


def paragraph(frame: Frame) -> tuple[str, str]:
    """The paragraph a frame's fact stands in (its document and text; its line when the text is unknown)."""
    origin = frame.fact.origin
    return origin.document_id, origin.paragraph or str(origin.line)


def spread(frames: list[Frame], depth: int = 1) -> list[Frame]:
    """The frames taking turns by part (chapter, or part of a report), and within a part by its sections (the
    report's ten tasks), each in their order: every part contributes before any gives a second question."""
    if depth > SPREAD_DEPTH:
        return frames
    parts: dict[str, list[Frame]] = {}
    for frame in frames:
        trail = frame.fact.origin.trail
        parts.setdefault(trail[depth] if len(trail) > depth else "", []).append(frame)
    turns = [spread(part, depth + 1) for part in parts.values()]
    return [part[i] for i in range(max(map(len, turns), default=0)) for part in turns if i < len(part)]


class Shown:
    """What the questions chosen so far show and test: no question may show what another asks."""

    def __init__(self):
        self.shown: list[str] = []
        self.tested: set[str] = set()
        self.stems: set[str] = set()
        self.tested_at: defaultdict[str, set[str]] = defaultdict(set)
        """Per source sentence (its place, 第N行), what the questions on it test."""

    def gives_away(self, item: QuizItem) -> bool:
        """Whether `item` shows a phrase another question tests, or tests one another shows, tests, or tests
        as part of a longer phrase (国家实行无偿献血制度 asked twice, as 无偿献血 and as 无偿献血制度), or asks what
        another asks with the same words (人民警察实行＿＿。 of two articles, each with its own answer), or asks
        again in the same sentence what another asks there, in other words or cut otherwise (比较、鉴别、挑选 as
        three blanks and as one; 侵权 and 侵权责任 of one 应当承担…)."""
        tested = [key for key in map(normalise, item.tested) if key]
        shown = shown_text(item)
        return (
            _stem(item) in self.stems
            or any(_within(key, other, 1) for key in tested for other in self.tested_at[item.source])
            or any(key == other or _within(key, other) for key in tested for other in self.tested)
            or any(key in text for key in tested for text in self.shown)
            or any(key in shown for key in self.tested)
        )

    def add(self, item: QuizItem) -> None:
        self.shown.append(shown_text(item))
        self.tested.update(key for key in map(normalise, item.tested) if key)
        self.stems.add(_stem(item))
        self.tested_at[item.source].update(key for key in map(normalise, item.tested) if key)


def _stem(item: QuizItem) -> str:
    return normalise(item.question(lambda size: "\x00"))


OVERLAP = 4
"""Two tested phrases of at least this many characters, one holding the other, ask the same thing."""


def _within(a: str, b: str, least: int = OVERLAP) -> bool:
    return min(len(a), len(b)) >= least and (a in b or b in a)


def shown_text(item: QuizItem) -> str:
    """Everything a question shows, normalised: its text (blanks as a separator) and its options."""
    options = item.options if item.type != "judge" else ()
    return "\x00".join(normalise(text) for text in (item.question(lambda size: "\x00"), *options))


FIRST_PICK = ("multiple", "single", "judge", "fill")
"""Which type picks its material first in a turn, the scarcest first, before any has been refused: a 多选 needs a run
built alike and a 单选 a family of wrong options, which few facts give; a 填空 can be made of any. Picking in the
order the types are listed, 填空 took the runs the sample's 多选 needed in two seeds of eight."""
WEIGHTS = {"multiple": 0.5}
"""A type's share of a quiz beside the others' 1: a 多选 needs two or three wrong options of the answers' family, and
blind readers found a quarter of a report's 多选 answerable without it (52% good against 64% of 填空 and 判断)."""


def _shares(n: int, types: tuple[str, ...], rng: random.Random) -> dict[str, int]:
    """`n` split over `types` by their WEIGHTS; the odd ones out go to randomly chosen types."""
    weights = {kind: WEIGHTS.get(kind, 1.0) for kind in types}
    total = sum(weights.values())
    shares = {kind: int(n * weight / total) for kind, weight in weights.items()}
    lucky = set(rng.sample(types, n - sum(shares.values())))
    return {kind: shares[kind] + (kind in lucky) for kind in types}
