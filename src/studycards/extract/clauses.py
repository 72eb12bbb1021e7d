"""Cut a long sentence down to the clauses around the phrases a card asks, so the cue stays readable."""

from __future__ import annotations

import re

from studycards.facts import Fact, Origin
from studycards.outline import sentences

CLAUSE_BREAK = re.compile(r"(?<=[，,；;：:])")
MAX_CONTEXT = 70


def sentence_spans(text: str):
    """(start, sentence) for each sentence of a paragraph."""
    offset = 0
    for sentence in sentences(text):
        yield offset, sentence
        offset += len(sentence)


def window(sentence: str, spans: list[tuple[int, int]], limit: int = MAX_CONTEXT) -> tuple[str, int]:
    """The shortest run of whole clauses of `sentence` that holds all `spans`, widened while it stays
    under `limit` characters. Returns (text, offset of text in sentence)."""
    bounds = [0] + [m.end() for m in CLAUSE_BREAK.finditer(sentence) if m.end() < len(sentence)] + [len(sentence)]
    first = max(i for i, b in enumerate(bounds[:-1]) if b <= min(s for s, _ in spans))
    last = min(i for i, b in enumerate(bounds) if b >= max(e for _, e in spans))
    while last - first < len(bounds) - 1:
        grow_left = first > 0 and bounds[last] - bounds[first - 1] <= limit
        grow_right = last < len(bounds) - 1 and bounds[last + 1] - bounds[first] <= limit
        if grow_right:
            last += 1
        elif grow_left:
            first -= 1
        else:
            break
    return sentence[bounds[first]:bounds[last]], bounds[first]


def fact_in_sentence(kind: str, sentence: str, spans: list[tuple[int, int]], origin: Origin) -> Fact:
    """A fact whose answers stand at `spans` of `sentence`, cut down to the clauses around them."""
    text, offset = window(sentence, spans)
    shifted = tuple((start - offset, end - offset) for start, end in spans)
    return Fact(kind, text, tuple(text[s:e] for s, e in shifted), origin, spans=shifted)
