"""Enumerations: parallel items joined by 、 (能者上、优者奖、庸者下、劣者汰).

The items between two 、 are exact; the first and the last are cut from their clause to the shape of
their inner neighbour, snapped to word boundaries.
"""

from __future__ import annotations

import re

from studycards.extract.clauses import sentence_spans, window
from studycards.extract.passages import passages
from studycards.facts import Fact
from studycards.outline import Document
from studycards.segment import Segmenter

# A run of 、-joined pieces inside one clause (no other punctuation), outside quotes.
RUN = re.compile(r"[^，,；;：:。！？“”《》（）()、\s]+(?:、[^，,；;：:。！？“”《》（）()、\s]+){2,}")
QUOTED = re.compile(r"“[^”]*”|《[^》]*》")
MIN_ITEM, MAX_ITEM = 2, 8
MAX_SPREAD = 3
TRAILING_WORDS = ("等", "的", "和", "及", "与")


def extract_enumerations(document: Document, seg: Segmenter) -> list[Fact]:
    facts = []
    for passage in passages(document):
        for _, sentence in sentence_spans(passage.text):
            for spans in _enumerations(sentence, seg):
                text, offset = window(sentence, spans)
                shifted = tuple((s - offset, e - offset) for s, e in spans)
                facts.append(Fact(
                    kind="enumeration",
                    text=text,
                    answers=tuple(text[s:e] for s, e in shifted),
                    origin=passage.origin,
                    spans=shifted,
                ))
    return facts


def _enumerations(sentence: str, seg: Segmenter) -> list[list[tuple[int, int]]]:
    masked = QUOTED.sub(lambda m: "“" * len(m.group()), sentence)
    found = []
    for run in RUN.finditer(masked):
        spans = _items(seg, run.start(), run.group().split("、"))
        if spans:
            found.append(spans)
    return found


def _items(seg: Segmenter, start: int, pieces: list[str]) -> list[tuple[int, int]] | None:
    inner = pieces[1:-1]
    if not all(MIN_ITEM <= len(p) <= MAX_ITEM for p in inner):
        return None
    first = _first_item(seg, pieces[0], inner)
    last = _last_item(seg, pieces[-1], inner)
    if first is None or last is None:
        return None
    items = [first] + inner + [last]
    lengths = [len(item) for item in items]
    if max(lengths) - min(lengths) > MAX_SPREAD:
        return None
    spans, offset = [], start
    for index, (piece, item) in enumerate(zip(pieces, items)):
        item_start = offset + (len(piece) - len(item) if index == 0 else 0)
        spans.append((item_start, item_start + len(item)))
        offset += len(piece) + 1
    return spans


def _first_item(seg: Segmenter, piece: str, inner: list[str]) -> str | None:
    """The end of the first piece, shaped like the inner items, starting on a word boundary."""
    prefix = _common_prefix(inner)
    if prefix and prefix in piece[:-1]:
        return piece[piece.rindex(prefix):]
    size = len(inner[0])
    candidates = [piece[b:] for b in sorted(seg.word_starts(piece)) if MIN_ITEM <= len(piece) - b <= MAX_ITEM]
    best = _closest(candidates, size)
    if best and seg.starts_with_verb(best) and not all(seg.starts_with_verb(i) for i in inner):
        shorter = [c for c in candidates if len(c) < len(best)]
        best = max(shorter, key=len) if shorter else best
    return best


def _last_item(seg: Segmenter, piece: str, inner: list[str]) -> str | None:
    """The start of the last piece, shaped like the inner items, ending on a word boundary."""
    suffix = _common_prefix([i[::-1] for i in inner])[::-1]
    if suffix and suffix in piece[1:]:
        return piece[: piece.index(suffix, 1) + len(suffix)]
    size = len(inner[-1])
    for word in TRAILING_WORDS:
        index = piece.find(word, MIN_ITEM)
        if index > 0 and abs(index - size) <= 1:
            return piece[:index]
    candidates = [piece[:b] for b in sorted(seg.word_starts(piece)) if MIN_ITEM <= b <= MAX_ITEM]
    return _closest(candidates, size)


def _common_prefix(items: list[str]) -> str:
    """The characters all items open with (两个X, 政治X), if they are fewer than the items' length."""
    prefix = items[0]
    for item in items[1:]:
        while not item.startswith(prefix):
            prefix = prefix[:-1]
    return prefix if len(prefix) < min(len(i) for i in items) else ""


def _closest(candidates: list[str], size: int) -> str | None:
    """The candidate nearest in length to `size`, the longer on a tie."""
    if not candidates:
        return None
    return min(candidates, key=lambda c: (abs(len(c) - size), -len(c)))
