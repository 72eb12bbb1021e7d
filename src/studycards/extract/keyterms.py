"""Key terms of key sentences: in a heading or a paragraph's lead sentence, the term that carries it
(加快发展{{新质生产力}}; 公务员的职务、职级实行{{能上能下}}; 领导职务应当{{逐级晋升}}).

Formulations of the lexicon in such sentences are the formulation extractor's; here the term is two adjacent words that
the document says together again (a term of its own) and that are specific to this document: rare in the
genre (an IDF built from reports, speeches and laws, shipped with the package) and in general text. Never a
generic word, a single plain word (纪律, 享受), a numeral or a piece of a quoted formulation.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace
from collections.abc import Sequence
from itertools import accumulate

from studycards.extract.clauses import MIN_CUE, cue_length, fact_in_sentence
from studycards.extract.passages import passages
from studycards.facts import GENERIC_WORDS, Fact, normalise
from studycards.outline import Document
from studycards.segment import Segmenter, genre_idf

CJK = re.compile(r"[\u4e00-\u9fff]+")
MIN_SPECIFIC = 3.5
"""A term's genre IDF at least this (a word in more than one paragraph in thirty of the genre is no term)."""
GENERAL_SHARE = 0.3
"""How much a word's rarity in general text (jieba's dictionary) adds to its rarity in the genre."""
MIN_WEIGHT = 9.0
"""A sentence's best term must weigh this much for the sentence to be asked."""
NUMBERS = re.compile(r"[〇零一二三四五六七八九十百千万]{2,}")
NOT_OPENING = ("之", "依法", "依照", "按照", "根据")
"""A term never opens with these (之日起, 依法追究): they join it to the words before."""
QUOTED = re.compile(r"“[^”]*”|《[^》]*》")
NUMERAL = re.compile(r"^[第一二三四五六七八九十百千零〇两]|第")
MAX_LEAD = 60
"""Lead sentences longer than this are not searched for a key term (and not cut into words: the cost)."""
MIN_TERM, MAX_TERM = 3, 8
"""A term of two characters is too often a plain word (纪律, 享受): only lexicon formulations are that short."""
FUNCTION_WORDS = frozenset("的 了 和 与 及 等 在 对 为 是 把 将 以 从 由 向 按 被 并 而 或 也 都 要 使 让 给".split())


def extract_keyterms(document: Document, seg: Segmenter, asked: Sequence[Fact] = ()) -> list[Fact]:
    """Key terms of the headings and lead sentences that none of the facts `asked` already asks (a second
    blank in a sentence already asked is rarely its key, and cutting every lead sentence into words is the cost)."""
    body = Repeats(normalise("".join(p.text for node in document.nodes() for p in node.paragraphs)))
    already: dict[int, list[str]] = {}
    for fact in asked:
        already.setdefault(fact.origin.line, []).append(fact.text)
    # an article's later paragraphs (款) run on in some layouts: its lead is the article's first sentence
    later = {(p.line, p.text) for node in document.nodes() if node.style == "law-article" for p in node.paragraphs[1:]}
    facts = []
    for passage in passages(document):
        if not passage.heading and (passage.origin.line, passage.text) in later:
            continue
        for index, sentence in enumerate(passage.sentences):
            if index > 0 and not passage.heading:
                break  # headings and lead sentences carry a document
            if not passage.heading and len(sentence) > MAX_LEAD:
                continue  # a long lead sentence is prose, not a formula
            if any(text in sentence or sentence in text for text in already.get(passage.origin.line, ())):
                continue
            span = key_term(sentence, seg, body)
            if span:
                fact = fact_in_sentence("keyterm", sentence, [span], passage.origin, lead=passage.lead)
                facts.append(_placed(fact) if passage.heading else fact)
    return facts


def _placed(fact: Fact) -> Fact:
    """A short sub-heading's term with the heading it stands under shown first (【（二）加快转变经济发展方式…】大力培育
    {{战略性新兴产业}}): the few words around the term are no cue alone. A part's own heading stands alone."""
    trail = fact.origin.trail
    if len(trail) < 3 or cue_length(fact.text, fact.spans) >= MIN_CUE:
        return fact
    return replace(fact, period=trail[-2])


class Repeats(dict):
    """How often the document says a term: counted once per term (a long document asks about many)."""

    def __init__(self, text: str):
        super().__init__()
        self.text = text

    def __missing__(self, term: str) -> int:
        self[term] = count = self.text.count(term)
        return count


def key_term(sentence: str, seg: Segmenter, body: Repeats) -> tuple[int, int] | None:
    """Where the term that carries `sentence` stands, if it has one worth asking."""
    weights, unseen = genre_idf()
    quoted = [range(m.start(), m.end()) for m in QUOTED.finditer(sentence)]
    best, best_weight = None, MIN_WEIGHT
    words = seg.words(sentence)
    starts = list(accumulate(map(len, words), initial=0))
    specific = [_specific(word, weights, unseen) for word in words]
    for i in range(len(words) - 1):  # two adjacent words that form a term (宪法宣誓); a single word is too plain
        left, right = specific[i], specific[i + 1]
        if left is None or right is None:
            continue
        term = words[i] + words[i + 1]
        if not _candidate(term) or any(starts[i] in r for r in quoted):
            continue  # a quoted formulation is asked whole, by the formulation extractor
        if LIST_MARK in sentence[max(0, starts[i] - 1) : starts[i] + len(term) + 1]:
            continue  # one member of a list (国务院和省、自治区、|直辖市人民政府): the list is the unit
        if not (seg.known(words[i]) and seg.known(words[i + 1])):
            continue  # a word the cut guessed from characters it could not place (支出|占本|年): no term's half
        if not _names(seg.dictionary_tag(words[i]), seg.dictionary_tag(words[i + 1]), words[i + 1]):
            continue
        repeats = body[term]  # counted last: a count runs over the whole document
        if repeats < 2:
            continue  # two words that the document says together again: a term of its own (逐级晋升)
        general = min(seg.rarity(words[i]), seg.rarity(words[i + 1]))
        weight = min(left, right) + GENERAL_SHARE * general + math.log1p(repeats - 1)
        if weight > best_weight:
            best, best_weight = (starts[i], starts[i] + len(term)), weight
    return best


NOT_NAMING = ("t", "f", "q", "r")
"""Parts of speech no term is made of: a time (过去|五年, 改革开放|以来), a position, a measure (还有|种种), a pronoun
(有些|右派分子)."""


LIST_MARK = "、"
"""What stands between a list's members."""

NOT_OPENING_TAGS = ("p", "c")
"""Parts of speech no term opens on: a preposition or conjunction (关于|无产阶级 of a heading 关于…的过程)."""
NOT_CLOSING_TAGS = ("a", "d")
"""Parts of speech no term ends on: an adjective (中华民族|伟大) or an adverb (毛主席|亲自 of 亲自发动): cut phrases."""
SPEECH = frozenset("指出 强调 说 讲 号召 教导 认为 要求 提出 宣布".split())
"""A verb of speech: 毛主席|指出 is who said what follows, no term."""


def _names(left: str, right: str, right_word: str = "") -> bool:
    """Whether two words so tagged can name a thing: neither a time, a position, a measure nor a pronoun, not
    opening on a preposition or conjunction, not ending on an adjective, an adverb or a verb of speech."""
    if left.startswith(NOT_NAMING + NOT_OPENING_TAGS) or right.startswith(NOT_NAMING + NOT_CLOSING_TAGS):
        return False
    return right_word not in SPEECH


def _specific(word: str, weights: dict[str, float], unseen: float) -> float | None:
    """How specific `word` is to this document's genre, or None if it cannot be half of a term."""
    if len(word) < 2 or word in FUNCTION_WORDS or word in GENERIC_WORDS:
        return None
    weight = weights.get(word, unseen)
    return weight if weight >= MIN_SPECIFIC else None


def _candidate(term: str) -> bool:
    return (
        MIN_TERM <= len(term) <= MAX_TERM
        and bool(CJK.fullmatch(term))
        and term not in GENERIC_WORDS
        and not NUMERAL.search(term)
        and not NUMBERS.search(term)
        and not term.startswith(NOT_OPENING)
    )
