"""Examined spans: which span of a sentence a human question-writer hides, by a small learned model.

A sentence is cut into words (the plain cut, each word tagged with its part of speech from the dictionary: no
sentence tagging). A candidate is a run of whole words inside one clause (never a bare modal or function word);
its score is a sum of weights of general features: the words around it (function words and parts of speech),
its first and last word (part of speech, shape: digits, Chinese numerals, units), its length, where it stands in
its clause and sentence, whether it is quoted, a list, in our lexicon, specific to the genre. The score splits
into a part for where the span starts, a part for where it ends, one per word inside and one for the span as a
whole, so a sentence costs a few lookups per word. The weights are trained by scripts/train_spans.py on the
tuning half of the exam's items (docs/model.md) and shipped as data/spans.json: weights only, no item text.

    best_spans("景区提高门票价格应当提前六个月公布。", seg)  # [((12, 15), 2.1), …] best first
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache
from itertools import repeat
from weakref import WeakKeyDictionary

from studycards.extract.clauses import fact_in_sentence
from studycards.extract.norms import LIGHT, MODAL, NOT_ANSWER, SEMICOLON
from studycards.extract.passages import passages
from studycards.data import model_weights
from studycards.facts import GENERIC_WORDS, Fact, normalise
from studycards.outline import Document
from studycards.segment import Segmenter, genre_idf, lexicon_words

Span = tuple[int, int]

MODEL = "spans.json"
CLAUSE_MARK = re.compile(r"[，,。；;：:！？!?“”\"‘’（）()【】《》〈〉「」『』\s—…]")
"""What a span never holds: it stays inside one clause and one quotation."""
LIST_MARK = "、"
MAX_WORDS, MAX_CHARS = 6, 12
DIGITS = re.compile(r"^[0-9０-９.．%％]+$")
CHINESE_NUMBER = re.compile(r"^[〇零一二两三四五六七八九十百千万亿半]+$")
UNITS = frozenset("年月日天周时分秒岁元亿万倍次人个项条款章名位家所届层级类种")
FUNCTION_TAGS = ("p", "c", "u", "y", "e", "o", "x")
"""Parts of speech never asked alone: prepositions, conjunctions, particles, interjections, punctuation."""
EDGE_TAGS = FUNCTION_TAGS + ("r",)
"""Parts of speech a span never opens or ends on (function words and pronouns: 其, 本)."""
CUE_WORDS = frozenset(
    "应当 不得 可以 必须 禁止 有权 由 经 为 是 是指 称为 统称 即 以 对 向 按 按照 依照 依法 在 自 于 和 与 及 等 的 之 "
    "实行 建立 坚持 作为 成为 包括 分为 设立 负责 批准 提前 以上 以下 以内 之日 起 内 后 前 中 的话 就是 称 "
    "最 第一 首要 根本 核心 关键 基本 主要 重要".split()
)
"""Words whose identity is a feature when they stand next to a span (anything else: its part of speech only)."""


@dataclass(frozen=True)
class Word:
    text: str
    start: int
    tag: str
    brk: bool
    """A punctuation mark: no span holds it."""


def words_of(sentence: str, seg: Segmenter) -> list[Word]:
    """The sentence's words with their offsets and dictionary parts of speech."""
    found, offset = [], 0
    known = _TAGS.setdefault(seg, {})  # a word's tag never changes: looked up once per segmenter
    for text in seg.words(sentence):
        tag = known.get(text) or _tag(text, seg)
        found.append(Word(text, offset, tag, tag == "w" and bool(CLAUSE_MARK.fullmatch(text[0]))))
        offset += len(text)
    return found


_TAGS: WeakKeyDictionary[Segmenter, dict[str, str]] = WeakKeyDictionary()


def _tag(word: str, seg: Segmenter) -> str:
    known = _TAGS.setdefault(seg, {})  # a word's tag never changes: looked up once per segmenter
    tag = known.get(word)
    if tag is None:
        tag = known[word] = _tag_of(word, seg)
    return tag


def _tag_of(word: str, seg: Segmenter) -> str:
    if CLAUSE_MARK.fullmatch(word[0]) or word == LIST_MARK:
        return "w"
    if DIGITS.match(word):
        return "m"
    return seg.dictionary_tag(word) or _guessed_tag(word, seg)


def _guessed_tag(word: str, seg: Segmenter) -> str:
    """A word the dictionary does not hold (the plain cut's guess: a name, a place): the tag jieba.posseg's HMM gives
    it alone (nr, ns, nz …), marked as a guess."""
    tagged = seg.tagged(word)
    return f"?{tagged[0][1]}" if len(tagged) == 1 else "?"


@cache
def shape(word: str) -> str:
    if DIGITS.match(word):
        return "digits"
    if CHINESE_NUMBER.match(word):
        return "cnum"
    if word[-1] in UNITS and len(word) > 1 and (DIGITS.match(word[:-1]) or CHINESE_NUMBER.match(word[:-1])):
        return "count"
    if word.isascii():
        return "latin"
    return f"han{min(len(word), 4)}"


def is_break(word: Word) -> bool:
    return word.brk


def candidates(words: list[Word], lo: int = 0, hi: int | None = None) -> list[tuple[int, int]]:
    """(first, last) word indices of every run of whole words that a card may hide (within words lo..hi-1)."""
    spans = []
    hi = len(words) if hi is None else hi
    edge = [word.tag.startswith(EDGE_TAGS) or word.text == LIST_MARK for word in words[lo:hi]]
    for i in range(lo, hi):
        first = words[i]
        if first.brk or first.text == LIST_MARK or edge[i - lo]:
            continue  # nor a span that opens or ends on a function word or a pronoun (吊销其)
        chars = 0
        for j in range(i, min(hi, i + MAX_WORDS)):
            if words[j].brk:
                break
            chars += len(words[j].text)
            if chars > MAX_CHARS:
                break
            if edge[j - lo] or (i == j and MODAL.fullmatch(first.text)):
                continue  # a bare modal word is never asked
            spans.append((i, j))
    return spans


def _neighbour(word: Word) -> str:
    if is_break(word) or word.text == LIST_MARK:
        return word.text
    return word.text if word.text in CUE_WORDS else f"#{word.tag}"


Rule = tuple[Span, str]
"""A span a rule's fact hides in the sentence, with the rule's label (its kind; + when it asks several answers)."""


def rule_features(begin: int, finish: int, rules: list[Rule] | tuple[Rule, ...]) -> list[str]:
    """How the span begin..finish stands to the spans our rules hide in its sentence: the same span (r=), inside
    one (rin=), holding one (rout=), crossing one (rx=); r=none where no rule's span touches it. So the model
    weighs the rules' choices as evidence, and decides between a rule's span and its own."""
    names = set()
    for (start, end), label in rules:
        if (start, end) == (begin, finish):
            names.add(f"r={label}")
        elif start <= begin and finish <= end:
            names.add(f"rin={label}")
        elif begin <= start and end <= finish:
            names.add(f"rout={label}")
        elif begin < end and start < finish:
            names.add(f"rx={label}")
    return sorted(names) or ["r=none"]


class Features:
    """The features of a sentence's spans, split into the parts the score adds up."""

    def __init__(self, words: list[Word], rules: list[Rule] | tuple[Rule, ...] = ()):
        self.words = words
        self.rules = rules
        self.clause_of, self.clauses = [], 0
        for word in words:
            self.clause_of.append(self.clauses)
            if is_break(word) and word.text not in "“”‘’《》":
                self.clauses += 1
        lexicon = lexicon_words()
        weights, unseen = genre_idf()
        self.lexical = [word.text in lexicon for word in words]
        self.idf = [weights.get(word.text, unseen) for word in words]
        self.neighbours = [_neighbour(word) for word in words]
        self.shapes = [shape(word.text) for word in words]

    def neighbour(self, index: int) -> str:
        return self.neighbours[index] if 0 <= index < len(self.words) else "^"

    def at(self, index: int) -> Word | None:
        return self.words[index] if 0 <= index < len(self.words) else None

    def start_key(self, i: int) -> tuple:
        """What start(i) is made of: equal keys, equal features."""
        first = self.words[i]
        return (
            "s",
            self.neighbour(i - 1),
            self.neighbour(i - 2),
            first.tag,
            self.shapes[i],
            min(4, int(5 * i / max(1, len(self.words)))),
            first.text[0],
            self.words[i - 1].text[-1] if i else "^",
        )

    def end_key(self, j: int) -> tuple:
        """What end(j) is made of: equal keys, equal features."""
        last = self.words[j]
        return (
            "e",
            self.neighbour(j + 1),
            self.neighbour(j + 2),
            last.tag,
            self.shapes[j],
            last.text[-1],
            self.words[j + 1].text[0] if j + 1 < len(self.words) else "$",
            self.clause_of[j] >= self.clauses - 1,
        )

    def start(self, i: int) -> list[str]:
        first = self.words[i]
        prev = self.neighbour(i - 1)
        position = min(4, int(5 * i / max(1, len(self.words))))
        return [
            f"p={prev}",
            f"p2={self.neighbour(i - 2)}|{prev}",
            f"ft={first.tag}",
            f"p|ft={prev}|{first.tag}",
            f"fs={self.shapes[i]}",
            f"pos={position}",
            f"fc={first.text[0]}",
            f"pc={self.words[i - 1].text[-1] if i else '^'}",
        ]

    def end(self, j: int) -> list[str]:
        last = self.words[j]
        nxt = self.neighbour(j + 1)
        last_clause = self.clause_of[j] >= self.clauses - 1
        return [
            f"n={nxt}",
            f"n2={nxt}|{self.neighbour(j + 2)}",
            f"lt={last.tag}",
            f"lt|n={last.tag}|{nxt}",
            f"ls={self.shapes[j]}",
            f"lc={last.text[-1]}",
            f"xc={self.words[j + 1].text[0] if j + 1 < len(self.words) else '$'}",
            f"lastclause={last_clause}",
        ]

    def inside(self, k: int) -> list[str]:
        word = self.words[k]
        idf = min(4, int(self.idf[k] // 2))
        return [f"in={word.tag}", f"inidf={idf}", f"inlex={self.lexical[k]}"]

    def whole(self, i: int, j: int) -> list[str]:
        text = "".join(word.text for word in self.words[i : j + 1])
        before, after = self.at(i - 1), self.at(j + 1)
        quoted = bool(before and after and before.text in "“《‘「" and after.text in "”》’」")
        clause = (before is None or is_break(before)) and (after is None or is_break(after))
        return [
            f"nw={min(j - i + 1, 6)}",
            f"nc={min(len(text), 12)}",
            f"quoted={quoted}",
            f"list={LIST_MARK in text}",
            f"clause={clause}",
            f"generic={text in GENERIC_WORDS}",
        ]

    def of(self, i: int, j: int) -> list[str]:
        """Every feature of the span of words i..j (what training sees; the score adds the same weights)."""
        names = self.start(i) + self.end(j) + self.whole(i, j)
        begin, finish = self.words[i].start, self.words[j].start + len(self.words[j].text)
        names += rule_features(begin, finish, self.rules)
        for k in range(i, j + 1):
            names += self.inside(k)
        return names


def _tables(weights: dict[str, float]) -> tuple[list[float], list[float], tuple[float, ...]]:
    """The whole-span weights: by number of words, by number of characters, and what quoted, list, clause and generic
    add (True against False), with the sum of their False weights."""
    flags = {
        (name, value): weights.get(f"{name}={value}", 0.0)
        for name in ("quoted", "list", "clause", "generic")
        for value in (True, False)
    }
    names = ("quoted", "list", "clause", "generic")
    return (
        [weights.get(f"nw={n}", 0.0) for n in range(7)],
        [weights.get(f"nc={n}", 0.0) for n in range(13)],
        (*(flags[name, True] - flags[name, False] for name in names), sum(flags[name, False] for name in names)),
    )


_TABLES: dict[int, tuple[list[float], list[float], tuple[float, ...]]] = {}
_MEMO: dict[tuple, float] = {}
"""The shipped weights' sum for each start, end and inside part met so far (span_scores)."""


@cache
def load_weights() -> dict[str, float]:
    """The shipped weights (feature -> weight)."""
    return model_weights(MODEL)


def span_scores(
    sentence: str,
    seg: Segmenter,
    weights: dict[str, float] | None = None,
    rules: list[Rule] | tuple[Rule, ...] = (),
    within: Span | None = None,
) -> list[tuple[Span, float]]:
    """Every candidate span of `sentence` (character offsets) with the model's score, best first: the weights of
    Features.of(i, j) added up, with each part computed once per word or per value. `rules`: the spans our rules'
    facts hide in the sentence (rule_spans). `within`: only the spans inside these offsets (the clauses a rule asks:
    the words outside are still the spans' context)."""
    weights = load_weights() if weights is None else weights
    words = words_of(sentence, seg)
    if not words:
        return []
    features = Features(words, rules)
    lo, hi = word_range(words, within) if within else (0, len(words))

    get = weights.get

    def total(names: list[str]) -> float:
        return sum(map(get, names, repeat(0.0)))

    memo = _MEMO if weights is load_weights() else {}  # a part's weight, by what it is made of

    def part(key: tuple, names, index: int) -> float:
        value = memo.get(key)
        if value is None:
            value = memo[key] = total(names(index))
        return value

    no_rule = get("r=none", 0.0)
    ruled = [span for span, _ in rules]

    inside = [0.0]
    lists = [0]
    for k, word in enumerate(words):
        weight = part(("i", word.text), features.inside, k) if lo <= k < hi else 0.0
        inside.append(inside[-1] + weight)
        lists.append(lists[-1] + (word.text == LIST_MARK))
    tables = _TABLES.get(id(weights)) if memo is _MEMO else None
    if tables is None:
        tables = _tables(weights)
        if memo is _MEMO:
            _TABLES[id(weights)] = tables
    words_weight, chars_weight, (quoted_weight, list_weight, clause_weight, generic_weight, constant) = tables
    opens = [False] + [is_break(word) for word in words] + [False]
    quote_open = [False] + [word.text in "“《‘「" for word in words] + [False]
    quote_close = [False] + [word.text in "”》’」" for word in words] + [False]
    offsets = [word.start for word in words] + [len(sentence)]
    last = len(words) - 1
    ends: dict[int, float] = {}
    scored = []
    opened, base = -1, 0.0
    for i, j in candidates(words, lo, hi):  # MAX_WORDS and MAX_CHARS keep j - i + 1 and the length within the tables
        if i != opened:
            opened, base = i, part(features.start_key(i), features.start, i) - inside[i] + constant
        if j not in ends:
            ends[j] = part(features.end_key(j), features.end, j) + inside[j + 1]
        begin, finish = offsets[i], offsets[j + 1]
        score = base + ends[j] + words_weight[j - i + 1] + chars_weight[finish - begin]
        if quote_open[i] and quote_close[j + 2]:
            score += quoted_weight
        if lists[j + 1] > lists[i]:
            score += list_weight
        if (i == 0 or opens[i]) and (j == last or opens[j + 2]):
            score += clause_weight
        if finish - begin <= 3 and sentence[begin:finish] in GENERIC_WORDS:
            score += generic_weight
        if ruled and any(begin < end and start < finish for start, end in ruled):
            names = tuple(rule_features(begin, finish, rules))
            value = memo.get(names)
            if value is None:
                value = memo[names] = total(list(names))
            score += value
        else:
            score += no_rule
        scored.append(((begin, finish), score))
    scored.sort(key=lambda pair: -pair[1])
    return scored


def word_range(words: list[Word], within: Span) -> tuple[int, int]:
    """The indices lo..hi-1 of the words that lie inside the character offsets `within`."""
    inside = [k for k, word in enumerate(words) if within[0] <= word.start and word.start + len(word.text) <= within[1]]
    return (inside[0], inside[-1] + 1) if inside else (0, 0)


CLAUSE_END = re.compile(r"[，,。；;：:！？!?]")


def ruled_clauses(sentence: str, rules: list[Rule] | tuple[Rule, ...]) -> Span:
    """The offsets of the clauses of `sentence` that hold the rules' spans (from the clause of the first to that of
    the last)."""
    first, last = min(start for (start, _), _ in rules), max(end for (_, end), _ in rules)
    opening = [m.end() for m in CLAUSE_END.finditer(sentence, 0, first)]
    closing = [m.start() for m in CLAUSE_END.finditer(sentence, last)]
    return (
        opening[-1 - AROUND] if len(opening) > AROUND else 0,
        closing[AROUND] if len(closing) > AROUND else len(sentence),
    )


AROUND = 0
"""How many clauses on either side of the rules' clauses are weighed too (ruled_clauses). Tuning items, default
deck choice: 0 / 1 / the whole sentence 0.29 / 0.31 / 0.33, for about 1.0 / 1.2 / 1.3 times the model's time."""


def shares(scored: list[tuple[Span, float]]) -> list[tuple[Span, float]]:
    """The scored spans with their share of the model's probability (a softmax over the sentence's candidates)."""
    if not scored:
        return []
    peak = max(score for _, score in scored)
    mass = sum(math.exp(score - peak) for _, score in scored)
    return [(span, math.exp(score - peak) / mass) for span, score in scored]


def best_spans(sentence: str, seg: Segmenter, top: int = 3) -> list[tuple[Span, float]]:
    """The `top` best askable spans of `sentence`, none overlapping another, with their share of probability."""
    chosen: list[tuple[Span, float]] = []
    for span, share in shares(span_scores(sentence, seg)):
        if not askable(sentence[span[0] : span[1]]) or any(overlaps(span, other) for other, _ in chosen):
            continue
        chosen.append((span, share))
        if len(chosen) == top:
            break
    return chosen


def askable(answer: str) -> bool:
    """Never a trivial blank: one character, a generic word, a modal word (不得有) or a light one (进行), a pointer
    (下列, 其他)."""
    plain = normalise(answer)
    return (
        len(plain) >= 2
        and plain not in GENERIC_WORDS
        and not MODAL.match(plain)
        and not LIGHT.fullmatch(plain)
        and not NOT_ANSWER.search(plain)
    )


MIN_SHARE = 0.1
"""The model's share of probability a span must hold to become a card (ranking drops the proposals under it)."""
CANDIDATES = 20
"""How many spans of a sentence are proposed (the best askable ones, none overlapping another): ranking chooses."""
MIN_CANDIDATE = 0.001
"""The share a span must hold to be proposed at all."""
SURE_SHARE = 0.2
"""The share the model's best span must hold to be asked before the rules' facts of its sentence (ranking, `--all`);
only where it is not a span a rule's fact hides already: there the rule's fact stands. The model sees the rules' spans (rule_features), so its best span is its choice between theirs and its own
(tuning half of the items: docs/model.md)."""
POINTER = ("下列", "以下")
MAX_SENTENCE = 100
"""Sentences longer than this are prose a card would not hold whole: not searched."""


def extract_examined(
    document: Document, seg: Segmenter, asked: list[Fact] | tuple[Fact, ...] = (), sure_only: bool = False
) -> list[Fact]:
    """In each body sentence, the spans the model prefers that no fact of `asked` hides already (see _proposals),
    each with the model's share of probability for it (Fact.examined). The model sees the spans the rules' facts
    hide (rule_features), so its share weighs its span against theirs. Ranking keeps one note per sentence.

    `sure_only` (a default deck, the cheap way): only in a sentence a rule's fact asks, and only within the clauses
    its rules' spans lie in (the rules choose the clause, the model the span), the model's best span where it holds
    SURE_SHARE of that clause's probability, is not a rule's own span and is a clean blank (_sure_proposal).
    Weighing every span of those sentences doubled a build's time (docs/model.md)."""
    by_line: dict[int, list[Fact]] = {}
    for fact in asked:
        if fact.spans and fact.kind != "outline":
            by_line.setdefault(fact.origin.line, []).append(fact)
    facts = []
    for passage in passages(document):
        if passage.heading:
            continue
        offset = 0
        for whole, lead in passage.with_leads():
            parts = SEMICOLON.split(whole)  # each rule of 有权…；不得… on its own, as norms are
            for index, sentence in enumerate(parts):
                offset += len(sentence)
                lead = parts[index - 1] if index else lead  # what was read just before
                if not sentence or len(sentence) > MAX_SENTENCE:
                    continue
                where = (passage.text, offset - len(sentence))
                rules = rule_spans(sentence, where, by_line.get(passage.origin.line, ()))
                hidden = [span for span, _ in rules]  # a list asked whole: one of its items may be proposed
                if sure_only:
                    if rules:
                        within = ruled_clauses(sentence, rules)
                        scored = shares(span_scores(sentence, seg, rules=rules, within=within))
                        facts += _facts(
                            sentence, _sure_proposal(sentence, scored, hidden, SURE_SHARE, seg), passage, lead, seg
                        )
                    continue
                scored = shares(span_scores(sentence, seg, rules=rules))
                # every candidate, the model's sure one first; the others never sure (ranking: SURE_SHARE)
                sure = _sure_proposal(sentence, scored, hidden, SURE_SHARE, seg) if rules else []
                found = sure + [
                    (span, min(share, SURE_SHARE * 0.99))
                    for span, share in _proposals(sentence, scored, hidden)
                    if (span, share) not in sure
                ]
                facts += _facts(sentence, found, passage, lead, seg)
    return facts


def _facts(sentence: str, found: list[tuple[Span, float]], passage, lead: str, seg: Segmenter) -> list[Fact]:
    """A fact of kind examined for each proposed span, holding the model's share."""
    facts = []
    for span, share in found:
        fact = fact_in_sentence("examined", sentence, [span], passage.origin, lead=lead, seg=seg)
        fact.examined = share
        facts.append(fact)
    return facts


def _proposals(sentence: str, scored: list[tuple[Span, float]], hidden: list[Span]) -> list[tuple[Span, float]]:
    """The model's CANDIDATES best askable spans holding at least MIN_CANDIDATE, none overlapping another, less
    those a rule's fact hides already (a span inside it is proposed: 三年 where a rule asks 三年以上)."""
    chosen: list[tuple[Span, float]] = []
    for span, share in scored:
        if share < MIN_CANDIDATE or len(chosen) == CANDIDATES:
            break
        if not askable(sentence[span[0] : span[1]]) or sentence.startswith(POINTER, span[1]):
            continue  # 应当[具备]下列条件: the verb of a list that follows is no answer
        if span in hidden:
            continue
        chosen.append((span, share))
    return chosen


def _sure_proposal(
    sentence: str, scored: list[tuple[Span, float]], hidden: list[Span], least: float, seg: Segmenter | None = None
) -> list[tuple[Span, float]]:
    """The model's best askable span, if it holds `least`, no rule's fact hides it already and, with `seg`, it is a
    clean blank (else none)."""
    for span, share in scored:
        if not askable(sentence[span[0] : span[1]]) or sentence.startswith(POINTER, span[1]):
            continue
        if share < least or span in hidden or sentence.count(sentence[span[0] : span[1]]) > 1:
            return []  # its answer in view elsewhere in the sentence (使用[燃气]…可燃气体): cut to a clause, it says less
        if seg and not clean_blank(sentence, span, seg):
            return []
        return [(span, share)]
    return []


NAMING_TAGS = ("n", "vn", "an", "j", "i", "l", "m", "eng", "?")
"""Parts of speech the model's sure blank may end on: a name, a term, an idiom, a figure (not a verb or an adjective:
不断[前进], 十分[迅速], 建立[新型]的 are the endings a learner drops)."""
ROUTINE = re.compile(
    r"^(?:十分|不断|更加|进一步|不宜|明显|显著|大大|逐步|日益|日趋|越来越|非常|极大|有所|比较|大力|积极|认真|切实|努力)|"
    r"(?:前进|提高|加快|加强|改善|迅速|进展|成效|效果|意义|信心|希望|公布|落实|推进|处理|进行|不够|过高|过低|力度|总称|"
    r"[着了过])$"
)
"""How a routine predicate opens or ends (十分迅速, 不断前进, 取得显著效果, 大力发展, a verb with its aspect: 肩负着): the
dictionary calls some of them idioms or names."""
AFTER_FIGURE = re.compile(r"(?:[0-9０-９%％]|[一二三四五六七八九十百千万亿倍]|以上|以下|以内|左右)$")


def _cuts_a_word(sentence: str, span: Span, seg: Segmenter) -> bool:
    """Whether a dictionary word of three characters or more crosses an edge of the span."""
    for edge in span:
        for before in (1, 2):
            for after in (1, 2, 3):
                word = sentence[max(0, edge - before) : edge + after]
                if len(word) >= 3 and edge - before >= 0 and seg.dictionary_tag(word):
                    return True
    return False


def _last_member(sentence: str, start: int) -> bool:
    """Whether the span opens a list's last member (基本工资、津贴、补贴和[奖金])."""
    clause = CLAUSE_MARK.split(sentence[:start])[-1]
    return LIST_MARK in clause and clause.endswith(("和", "及", "与", "或者", "以及"))


def clean_blank(sentence: str, span: Span, seg: Segmenter) -> bool:
    """Whether the span is a blank a learner keeps: it ends on a name, a term, an idiom or a figure, or is a list or a
    quoted term; it opens on no adverb and is no routine predicate (ROUTINE); it is not the word after a figure (三倍以下[罚款]: the figure is the fact) nor one member of a list."""
    start, end = span
    words = words_of(sentence[start:end], seg)
    if not words or words[0].tag.startswith("d") or ROUTINE.search(sentence[start:end]):
        return False
    if _cuts_a_word(sentence, span, seg):
        return False  # 等可[再生能源]: the dictionary knows 可再生, which the plain cut split
    if (
        sentence[start - 1 : start] == LIST_MARK
        or sentence[end : end + 1] == LIST_MARK
        or _last_member(sentence, start)
    ):
        return (
            False  # one member of a list: its fellows are no cue (民族、宗教、[侨务工作]进一步加强); the rules ask it
        )
    if AFTER_FIGURE.search(sentence[:start]):
        return False
    quoted = sentence[start - 1 : start] in "“《‘「" and start > 0
    return quoted or LIST_MARK in sentence[start:end] or words[-1].tag.startswith(NAMING_TAGS)


def rule_spans(sentence: str, where: tuple[str, int], facts) -> list[Rule]:
    """The spans of `sentence` (standing at `where`: its paragraph, offset) that some fact of the paragraph hides,
    each with its rule's label: its kind, + when its card asks more than one span (a list asked whole is one span)."""
    paragraph, offset = where
    found_spans: list[Rule] = []
    for fact in facts:
        found = paragraph.find(fact.text)
        if found >= 0:
            at = found - offset
        elif sentence in fact.text:  # the sentence with what came before it (a list's lead)
            at = -fact.text.index(sentence)
        else:
            continue
        whole = fact.whole or fact.kind == "enumeration"
        hidden = [(fact.spans[0][0], fact.spans[-1][1])] if whole and fact.spans else list(fact.spans)
        label = fact.kind + ("+" if len(hidden) > 1 else "")
        found_spans += [
            ((start + at, end + at), label) for start, end in hidden if 0 <= start + at and end + at <= len(sentence)
        ]
    return found_spans


def overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]
