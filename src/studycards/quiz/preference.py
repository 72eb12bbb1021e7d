"""Which facts a paper asks first, by how blind readers judged each kind asked as each type of question: a report's
formulation makes a good fill-in more often than its judgement does (71% against 51%), a law's judgement or figure
more often than its norm (86% and 84% against 61%). The draw stays random; the odds lean to what reads well."""

from __future__ import annotations

import random

from studycards.facts import Fact
from studycards.quiz.questions import genre_of

GOOD_SHARE = {
    ("report", "fill", "norm"): 0.79,
    ("report", "fill", "formulation"): 0.71,
    ("report", "fill", "figure"): 0.66,
    ("report", "fill", "enumeration"): 0.56,
    ("report", "fill", "judgement"): 0.51,
    ("report", "fill", "definition"): 0.50,
    ("report", "fill", "keyterm"): 0.50,
    ("report", "fill", "provision"): 0.45,
    ("report", "judge", "definition"): 0.92,
    ("report", "judge", "figure"): 0.71,
    ("report", "judge", "norm"): 0.60,
    ("report", "judge", "enumeration"): 0.57,
    ("report", "judge", "formulation"): 0.57,
    ("report", "judge", "judgement"): 0.53,
    ("report", "judge", "outline"): 0.40,
    ("report", "single", "figure"): 0.71,
    ("report", "single", "judgement"): 0.57,
    ("report", "single", "enumeration"): 0.27,
    ("report", "multiple", "judgement"): 0.75,
    ("report", "multiple", "enumeration"): 0.67,
    ("law", "fill", "judgement"): 0.86,
    ("law", "fill", "figure"): 0.84,
    ("law", "fill", "outline"): 0.83,
    ("law", "fill", "definition"): 0.77,
    ("law", "fill", "provision"): 0.76,
    ("law", "fill", "norm"): 0.61,
    ("law", "fill", "formulation"): 0.40,
    ("law", "judge", "judgement"): 0.84,
    ("law", "judge", "outline"): 0.81,
    ("law", "judge", "figure"): 0.80,
    ("law", "judge", "norm"): 0.73,
    ("law", "judge", "definition"): 0.70,
    ("law", "judge", "enumeration"): 0.69,
    ("law", "judge", "provision"): 0.61,
    ("law", "single", "figure"): 0.88,
    ("law", "single", "norm"): 0.79,
    ("law", "single", "enumeration"): 0.44,
}
"""Share of questions blind readers marked good, by genre, type and the kind of fact asked: 6,507 verdicts of the
twelfth to twentieth sessions' readings (papers of 99 documents, each question matched to the fact it asks), cells of
at least 10 verdicts; `python scripts/quiz_preference.py --until 20` prints them from
benchmarks/readings/quiz_verdicts.jsonl (with a long list's apart, and a law's lists as fill-ins, which are no longer
asked: questions.fill)."""
USUAL = 0.6
"""The share assumed for a cell with fewer verdicts: about the readings' mean."""
SHARPNESS = 3
"""How hard the odds lean: a fact is drawn ahead of another about (its share / the other's) ** SHARPNESS as often."""


def good_share(fact: Fact, kind: str) -> float:
    """How often blind readers judged a question of type `kind` on a fact like `fact` good."""
    return GOOD_SHARE.get((genre_of(fact), kind, fact.kind), USUAL)


def preferred(facts: list, kind: str, rng: random.Random, fact_of=lambda item: item) -> list:
    """`facts` (or items holding one, `fact_of`) in a random order that leans to what makes a good question of type
    `kind` (weighted sampling without replacement: each drawn ahead with odds by its weight)."""
    keys = [rng.random() ** (1 / good_share(fact_of(item), kind) ** SHARPNESS) for item in facts]
    return [item for _, item in sorted(zip(keys, facts), key=lambda pair: -pair[0])]
