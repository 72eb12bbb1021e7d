"""Cut a long sentence down to the clauses around the phrases a card asks, so the cue stays readable; put what
came before a sentence too short to say what it asks."""

from __future__ import annotations

import re

from studycards.facts import Fact, Origin
from studycards.outline import sentences

CLAUSE_BREAK = re.compile(r"(?<=[，,；;：:])")
CUE_CHARACTER = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")
MAX_CONTEXT = 70
MIN_CUE = 8
"""Characters a sentence must say besides its answers to be asked without what came just before it."""


MAX_SENTENCE = 500
"""A "sentence" longer than this (text without full stops: a page run together, a list of a thousand items)
is cut at clause breaks into pieces no longer than this, or at this length where it has none: one card
must not hold a page, and the work per sentence must not grow with the square of its length."""
CLAUSE_ENDS = "，,；;：:、"


def sentence_spans(text: str):
    """(start, sentence) for each sentence of a paragraph (overlong ones in pieces)."""
    offset = 0
    for sentence in sentences(text):
        for piece in _pieces(sentence):
            yield offset, piece
            offset += len(piece)


def _pieces(sentence: str, limit: int = MAX_SENTENCE):
    start = 0
    while len(sentence) - start > limit:
        cut = max(sentence.rfind(mark, start, start + limit) for mark in CLAUSE_ENDS) + 1
        if cut <= start:
            cut = start + limit
        yield sentence[start:cut]
        start = cut
    yield sentence[start:]


def window(sentence: str, spans: list[tuple[int, int]], limit: int = MAX_CONTEXT) -> tuple[str, int]:
    """The shortest run of whole clauses of `sentence` that holds all `spans`, widened while it stays
    under `limit` characters. Returns (text, offset of text in sentence)."""
    bounds = [0] + [m.end() for m in CLAUSE_BREAK.finditer(sentence) if m.end() < len(sentence)] + [len(sentence)]
    lowest, highest = min(s for s, _ in spans), max(e for _, e in spans)
    first = max(i for i, b in enumerate(bounds[:-1]) if b <= lowest)
    last = min(i for i, b in enumerate(bounds) if b >= highest)
    while last - first < len(bounds) - 1:
        grow_left = first > 0 and bounds[last] - bounds[first - 1] <= limit
        grow_right = last < len(bounds) - 1 and bounds[last + 1] - bounds[first] <= limit
        if grow_right:
            last += 1
        elif grow_left:
            first -= 1
        else:
            break
    if first > 0 and not CUE_CHARACTER.search(sentence[bounds[first] : lowest]):
        first -= 1  # never open with the answers when the sentence says what they are: 职级序列分为：{{…}}
    return sentence[bounds[first] : bounds[last]], bounds[first]


def fact_in_sentence(
    kind: str, sentence: str, spans: list[tuple[int, int]], origin: Origin, limit: int = MAX_CONTEXT, lead: str = ""
) -> Fact:
    """A fact whose answers stand at `spans` of `sentence`, cut down to the clauses around them.

    `lead` is what a reader saw just before `sentence` (the lead of the list it is an item of, its heading, the
    sentence before): put before a sentence that says little besides its answers (公务员应当具备下列条件：
    年满{{十八周岁}}; 积极稳妥推进碳达峰碳中和。扎实开展“{{碳达峰十大行动}}”。)."""
    if lead and len(sentence) - sum(end - start for start, end in spans) < MIN_CUE:
        sentence, spans = lead + sentence, [(start + len(lead), end + len(lead)) for start, end in spans]
    text, offset = window(sentence, spans, limit)
    shifted = tuple((start - offset, end - offset) for start, end in spans)
    return Fact(kind, text, tuple(text[s:e] for s, e in shifted), origin, spans=shifted)
