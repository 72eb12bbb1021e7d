"""Rank facts by importance and keep what a learner can study: a deck sized for a learner.

Each fact gets an importance score from what the genre signals: its kind (a judgement or a figure is
what question-writers ask most), whether it stands in a heading or opens a paragraph, how often the
document repeats its answer, whether it stands in the opening or closing part. The selection keeps the
best facts within a budget of cards; the skeleton (outline lists) is always kept. A term is asked in one
note only (the best context wins), and no card keeps its own answer in view elsewhere on it.

    select(studied)              # the default budget: 12 cards per 1000 characters of a long document
    select(studied, budget=200)  # 200 cards in all, shared by the documents by their length
    select(studied, budget=None) # everything (--all)
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace

from studycards.ambiguity import fills_otherwise, material
from studycards.extract.antecedents import gap
from studycards.extract.clauses import CLAUSE_BREAK, MIN_SHOWN, bare_fragment, cue_length, quoted
from studycards.extract.examined import MIN_SHARE, SURE_SHARE
from studycards.extract.figures import HEADLINE
from studycards.extract.giveaway import without_giveaways
from studycards.extract.keyterms import Repeats
from studycards.extract.law_cards import enforcer_only, law_card_ok
from studycards.extract.law_sentences import law_weight
from studycards.extract.modals import modal_facts
from studycards.extract.norms import MODAL
from studycards.extract.provisions import is_legal
from studycards.extract.report_lists import without_lists_at_once
from studycards.extract.stock import (
    COUNTED,
    asked_blanks,
    without_figures_said_often,
    without_labels,
    without_shared_wording,
)
from studycards.facts import Fact, alike_at_an_end, normalise
from studycards.outline import Document
from studycards.parsing.numbering import LAW_NUMBER
from studycards.pipeline import Studied
from studycards.segment import segmenter

CARDS_PER_1000 = 12
"""The default budget, in cards per 1000 characters of a document."""
BUDGET_FROM = 6000
"""Documents shorter than this many characters keep every fact by default: a short speech is studied whole."""
AUTO = "auto"
MODALS_PER_1000 = 1
"""A law's cards that hide a rule's modal word (extract/modals.py), at most; with `--all` only. Examiners hide 不得
and 可以 (tuning laws' examiner blanks 46 -> 53 of 99 with them), but a blind reader dropped 10 of the 10 such cards
of a default deck as trivial (流域管理机构…{{可以}}行使…): a default deck has none."""

KIND_WEIGHT = {
    "outline": 10.0,
    "article": 3.4,  # an article's items (应当履行下列义务：（一）…): content, ranked like a provision
    "judgement": 3.2,
    "provision": 2.8,  # the law branch's definitions, principles, classifications, obligations
    "figure": 2.4,
    "formulation": 2.6,
    "definition": 3.1,
    "maxim": 2.0,
    "norm": 2.0,
    "keyterm": 1.2,
    "examined": 1.0,  # the model's span in a sentence no rule asks (extract/examined.py; see _examined_scores)
    "enumeration": 1.6,
    "keyphrase": 1.0,
    "chapters": 1.2,  # a long law's chain of parts and chapters: examiners never ask it
}
"""From examiners' choices on the tuning half (scripts/examiner_counts.py: how often a kind's cards hide an examiner's
blank, over the exam's items and the corpus documents' blanks; the weights then tried on the tuning half's blanks
asked at 12 cards per 1000 characters and the items' choice): judgements and definitions first, then provisions,
formulations and figures, then norms; routine lists, key terms and a law's chapter chain last. Kept against the
counts: figures at 2.4 (at 2.5 the sample report loses a blank) and an article's items at 3.4 (0 of 2,017 outline
cards hid a corpus blank, and 2.6 asks 0.256 of the tuning laws' blanks rather than 0.239, but a law's list of
duties then leaves a two-document deck)."""
INDICATORS = re.compile(
    r"国内生产总值|经济增长|赤字|债券|国债|预算|财政|就业|失业率|城镇化率|消费价格|物价|粮食|能耗|排放|收入|投资|"
    r"进出口|外贸|利用外资|研发|人口|贫困|任期|试用期|年龄|周岁|期限"
)
"""What the figures a question-writer asks measure: the main indicators of a report, the terms of a law."""
DELTA = re.compile(r"(?:比上年|同比|比去年|较上年|比\d{4}年)[^，。；]{0,6}$")
WEAK_COUNT = re.compile(r"(?:件|部|个|项|家|所|批|次)$")
TARGET_WORDS = re.compile(r"目标|预期|拟|安排|力争|确保|不低于|不超过|以上|左右|以内|任期|试用期|年满|期限")
ARTICLE = re.compile(rf"第{LAW_NUMBER}条")
"""The label of a law's article, as the breadcrumb ends for a list of its items."""
CHAPTER = re.compile(rf"第{LAW_NUMBER}[编章节]")
SUMMARY_WORDS = re.compile(r"总体要求|主要目标|指导思想|原则|方针|宗旨|总基调|首要任务|第一要务|根本")


@dataclass
class Selection:
    """What a budget keeps of studied documents."""

    studied: list[Studied]
    """The documents with the facts kept, most important first (the order notes are created in)."""
    left_out: int = 0
    """Facts not kept for the budget."""
    left_out_cards: int = 0
    """The cards those facts would have made."""
    held_back: int = 0
    """Facts a budgeted deck never asks, room or not (a law's chapter chain, a report's key terms and quoted labels):
    --all does."""
    held_back_cards: int = 0
    budget: int | None = None
    """The budget in cards applied in all (None: none)."""


def select(studied: list[Studied], budget: int | None | str = AUTO) -> Selection:
    """Keep the most important facts of each document within `budget` cards (AUTO: 12 per 1000 characters
    of documents over BUDGET_FROM characters; None: all). Repeated terms are asked once either way."""
    from studycards.cards import card_count

    sizes = [document_characters(item.document) for item in studied]
    budgets = _budgets(sizes, budget)
    kept_docs, left_out, left_cards, held_back, held_cards = [], 0, 0, 0, 0
    for item, limit, size in zip(studied, budgets, sizes):
        notes = rank_notes(item.document, item.facts)
        legal = is_legal(item.document)
        if legal:
            ranked = [fact for fact in notes.kept if law_card_ok(fact) and not enforcer_only(fact)]
        else:
            said = "\n".join(item.document.texts())
            ranked = [kept for kept in (_report_blanks(fact, said) for fact in notes.kept) if kept is not None]
            if budget is not None:  # --all asks every quoted term
                ranked, labels, label_cards = _without_labels(ranked)
                held_back, held_cards = held_back + labels, held_cards + label_cards
        kept, spent = [], 0
        for fact in ranked:
            cost = card_count(fact)  # with what joined it: the cards it makes
            if budget is not None and (is_chapters(fact) or not legal and is_key_term(fact)):
                held_back, held_cards = held_back + 1, held_cards + cost
            elif limit is None or is_skeleton(fact) or spent + cost <= limit:
                kept.append(fact)
                spent += cost
            else:
                left_out += 1
                left_cards += cost
        if budget is None and is_legal(item.document):  # --all: a law's rules' modal words besides
            kept = with_modals(item.document, kept, round(size * MODALS_PER_1000 / 1000))
        kept_docs.append(Studied(item.document, kept))
    total = None if all(b is None for b in budgets) else sum(b or 0 for b in budgets)
    return Selection(kept_docs, left_out, left_cards, held_back, held_cards, total)


def _report_blanks(fact: Fact, said: str) -> Fact | None:
    """A report's `fact` without the blanks its readers drop (None when none is left): too much of a list at once,
    a card that shows too little, an answer that many reports word alike, a figure the report (all it `said`) says
    again and again."""
    kept = without_lists_at_once(fact)
    kept = None if kept is None else without_bare_blanks(kept)
    kept = None if kept is None else without_shared_wording(kept)
    return None if kept is None else without_figures_said_often(kept, said)


REPORT_SHOWN = 8
"""Characters a report's card must show besides what it hides: readers of sessions 12-30 kept 29 of 137 cards that
showed seven or fewer (抓好{{…}}工作。; 坚持把{{…}}摆在首位。; 认真落实《{{…}}》), against 58% of the rest."""


def without_bare_blanks(fact: Fact) -> Fact | None:
    """A report's `fact` without the blanks whose card shows too little to say what it asks (None when none is
    left). A figure names what it measures and its year (【2009年】城镇新增就业{{1102万人}}), a maxim's first half is its
    cue (团结就是大局，{{团结就是力量}}), a list of points shows its heading: they keep theirs."""
    if fact.kind in ("outline", "maxim", "figure") or not fact.spans:
        return fact
    if fact.whole:
        return fact if cue_length(fact.text, fact.spans) >= REPORT_SHOWN else None
    return fact.keeping(span for span in fact.spans if _shows_enough(fact.text, span))


def _shows_enough(text: str, span: tuple[int, int]) -> bool:
    """A card of `text` hiding `span` shows enough to say what it asks, or hides a name the report quotes (“雪亮工程”,
    《…纲要》): a name learnt as such."""
    return cue_length(text, [span]) >= REPORT_SHOWN or quoted(text, span)


def _without_labels(facts: list[Fact]) -> tuple[list[Fact], int, int]:
    """A report's `facts` without the blanks that hide, alone, a label many reports quote (extract/stock.py), with the
    facts and cards held back so: a budgeted deck's rule, which the summary counts as --all's."""
    from studycards.cards import card_count

    kept, held, held_cards = [], 0, 0
    for fact in facts:
        labelled = without_labels(fact)
        if labelled is not fact:
            held += 1
            held_cards += card_count(fact) - (card_count(labelled) if labelled is not None else 0)
        if labelled is not None:
            kept.append(labelled)
    return kept, held, held_cards


def with_modals(document: Document, kept: list[Fact], room: int) -> list[Fact]:
    """`kept` with up to `room` more cards that hide a rule's modal word (extract/modals.py), the sentences examiners
    like best first: each a deletion more of the note that asks its sentence, or a note of its own where none does."""
    if room <= 0:
        return kept
    first, last = _line_range(document)
    candidates = [fact for fact in modal_facts(document) if law_card_ok(fact)]
    candidates.sort(key=lambda fact: -law_weight(fact, first, last))
    kept = list(kept)
    fronts = {fact.front(HIDDEN) for fact in kept if fact.spans}
    for modal in candidates:
        if room <= 0:
            break
        index = next((i for i, fact in enumerate(kept) if fact.spans and _same_sentence(fact, modal)), None)
        if index is not None:
            joined = _joined(kept[index], replace(modal, kind=kept[index].kind))
            if joined is None or len(joined.spans) <= len(kept[index].spans) or not law_card_ok(joined):
                continue
            kept[index] = joined
        elif modal.front(HIDDEN) in fronts or _shown_elsewhere(modal.text, modal.answers[0], modal.spans[0]):
            continue
        else:
            kept.append(modal)
            fronts.add(modal.front(HIDDEN))
        room -= 1
    return kept


def _budgets(sizes: list[int], budget: int | None | str) -> list[int | None]:
    if budget is None:
        return [None] * len(sizes)
    if budget == AUTO:
        return [size * CARDS_PER_1000 // 1000 if size > BUDGET_FROM else None for size in sizes]
    total = sum(sizes) or 1
    return [max(1, int(budget) * size // total) for size in sizes]


def is_skeleton(fact: Fact) -> bool:
    """The outline lists a learner recites whatever the budget: a document's parts, a heading's points. The
    items of a law's article (第十四条 … 应当履行下列义务：（一）…) are what it provides: ranked like a provision."""
    if fact.kind != "outline" or is_chapters(fact):
        return False
    return not (fact.origin.trail and ARTICLE.match(fact.origin.trail[-1]))


def is_chapters(fact: Fact) -> bool:
    """A law's chain of parts, chapters or sections (第一章 总则 › 第二章 …): examiners never ask it, and readers
    drop its cards, so the default deck leaves it out (its chapters are asked by the cards of their articles);
    --all keeps it."""
    return fact.kind == "outline" and bool(fact.markers) and all(CHAPTER.match(m) for m in fact.markers)


def is_key_term(fact: Fact) -> bool:
    """A report's term found by its repeats (extract/keyterms.py: 在当前{{国内外大好形势}}下, 苏修{{叛徒集团}}): blind
    readers kept 4 of 25 such cards of the reports they read (a stock label or phrase, 16%, against 74-81% of a report's
    figures and formulations), so the default deck leaves them out; --all keeps them."""
    return fact.kind == "keyterm"


def document_characters(document: Document) -> int:
    """Characters of body text and headings: what a budget per 1000 characters counts."""
    return sum(len(node.title) + sum(len(p.text) for p in node.paragraphs) for node in document.nodes())


def rank(document: Document, facts: list[Fact]) -> list[Fact]:
    """`facts` most important first, each term asked once, no answer left in view on its own card."""
    return rank_notes(document, facts).kept


def _line_range(document: Document) -> tuple[int, int]:
    """The first and last source lines of `document`'s parts: where a fact stands weighs in its rank."""
    lines = [node.line for node in document.nodes()] or [1]
    return min(lines), max(node.end or node.line for node in document.nodes())


def rank_notes(document: Document, facts: list[Fact]) -> SentenceNotes:
    """The ranked facts as `rank` gives them, each sentence in one note."""
    paragraphs = document.texts()
    text = Repeats(normalise("".join(paragraphs)))
    first, last = _line_range(document)
    scored = _examined_scores([(importance(fact, text, first, last), index, fact) for index, fact in enumerate(facts)])
    if is_legal(document):  # a law's facts weighed by how much examiners like their sentence
        scored = [(score + law_weight(fact, first, last), index, fact) for score, index, fact in scored]
    scored.sort(key=lambda item: (-item[0], item[1]))
    asked: set[str] = set()
    notes = SentenceNotes(material(paragraphs), figures=is_legal(document))
    for _, _, original in scored:
        if original.kind == "examined" and (original.examined < MIN_SHARE or notes.holds(original)):
            continue  # the model's proposals: one card at most per sentence, and only where it is sure enough
        if original.kind in ("figure", "norm"):  # the same number, organ or 不得 is a different rule in each context
            notes.place(original)
            continue
        for fact in _without_repeats(original, asked):
            if fact.kind not in ("outline", "enumeration") and any(normalise(a) in asked for a in fact.answers):
                continue  # the same term twice in one sentence: asked once
            if not notes.place(fact):
                continue  # its sentence is another note's: its terms may be asked elsewhere
            if fact.kind != "outline":
                asked.update(normalise(answer) for answer in fact.answers)
                if fact.whole or fact.kind == "enumeration":
                    asked.add(normalise("".join(fact.answers)))
    return notes


def _examined_scores(scored: list[tuple[float, int, Fact]]) -> list[tuple[float, int, Fact]]:
    """The model's proposals (extract/examined.py) ranked after the rules' facts of their sentence (so they are asked
    only where none of those is: their answers asked elsewhere), unless the model is sure (SURE_SHARE: it weighed the
    rules' spans too, and prefers its own): then before them, and the rules' facts join its note (or ask their own
    clause). In a sentence no rule asks, by the kind's weight and the model's share of probability: after most facts
    of the rules, which choose the sentences."""
    rivals: dict[int, list[tuple[float, Fact]]] = {}
    for score, _, fact in scored:
        if fact.kind != "examined" and fact.spans:
            rivals.setdefault(fact.origin.line, []).append((score, fact))
    adjusted = []
    for score, index, fact in scored:
        if fact.kind == "examined":
            same = [rival for rival, other in rivals.get(fact.origin.line, []) if _same_sentence(other, fact)]
            if not same:
                score = KIND_WEIGHT["examined"] + fact.examined
            else:
                score = max(same) + 0.01 if fact.examined >= SURE_SHARE else min(same) - 0.01
        adjusted.append((score, index, fact))
    return adjusted


HIDDEN = "[…]"
"""What stands for an answer on a card's front, for telling two fronts apart."""
ELIDED = "……"
"""What stands in a fact's text for the part of its sentence it leaves out."""
MAX_MERGED = 100
"""A note that asks two facts of one sentence shows at most this many characters."""


class SentenceNotes:
    """Facts in the order they are ranked, a sentence in one note only, so no card shows another's answer: a fact
    whose sentence a better note already asks joins that note as more deletions (基本路线: 以{{经济建设}}为中心
    beside {{富强民主…}}), or asks its own clause alone; where neither can be, it is left out. No note states its own
    answer elsewhere on its front (extract/giveaway.py): such a blank is dropped, or asked in its clause alone."""

    def __init__(self, said: str = "", figures: bool = True) -> None:
        self.said = said
        """The material as studycards.ambiguity looks in it: no blank whose sentence another fills otherwise."""
        self.figures = figures
        """Whether a figure is judged so too: a report's figure card is labelled with its year, a law's is not."""
        self.kept: list[Fact] = []
        self.by_line: dict[int, list[int]] = {}
        self.fronts: set[str] = set()

    def _two_answers(self, fact: Fact) -> bool:
        """Whether the fact's one blank has another answer where the material says its sentence otherwise."""
        if len(fact.spans) != 1 or not self.said or fact.kind == "figure" and not self.figures:
            return False
        start, end = fact.spans[0]
        return fills_otherwise(fact.text[:start], fact.text[start:end], fact.text[end:], self.said)

    def holds(self, fact: Fact) -> bool:
        """Whether a note already asks `fact`'s sentence."""
        return any(_same_sentence(self.kept[i], fact) for i in self.by_line.get(fact.origin.line, []))

    def place(self, fact: Fact) -> bool:
        """Keep `fact` (alone, cut to its clause, or joined to a note of its sentence); False if it is left out."""
        if fact.kind == "outline" or not fact.spans:
            self.kept.append(fact)
            return True
        kept = self.kept
        cleared = _not_giving_away(fact)
        if cleared is None:
            return False
        fact = cleared
        if self._two_answers(fact):
            return False  # 民用航空器不得{{具有双重国籍}} beside 民用航空器不得飞越城市上空: which is asked?
        if fact.front(HIDDEN) in self.fronts:
            return False  # 人民警察实行[…]。 twice, each with its own answer: a learner cannot tell which is asked
        sharing = [i for i in self.by_line.get(fact.origin.line, []) if _same_sentence(kept[i], fact)]
        if any(_asks_all(kept[i], fact) for i in sharing):
            return False  # 七日 and 十五日 of one sentence, asked by a note of it whole and again by one cut with ……
        narrowed = _narrowed(fact)
        for index in sharing:
            joined = _joined(kept[index], fact) or (narrowed and _joined(kept[index], narrowed))
            if joined is not None and without_giveaways(joined, segmenter()) is joined:
                kept[index] = joined
                return True
        clashing = [i for i in sharing if _clash(kept[i], fact)]
        if clashing:
            fact = narrowed or fact
            cut = {i: _narrowed(kept[i]) if _clash(kept[i], fact) else kept[i] for i in clashing}
            clear = {i: other for i, other in cut.items() if other is not None and not _clash(other, fact)}
            if len(clear) < len(cut):
                return False  # neither can be cut to a clause that leaves the other's answer out
            for i, other in clear.items():
                kept[i] = other  # «保险+期货» asked in its clause, «订单农业+保险+期货» in its own
        self.by_line.setdefault(fact.origin.line, []).append(len(kept))
        kept.append(fact)
        self.fronts.add(fact.front(HIDDEN))
        return True


def _asks_all(note: Fact, fact: Fact) -> bool:
    """Whether `note` asks every answer of `fact` (a fact of the same sentence)."""
    return {normalise(answer) for answer in fact.answers} <= {normalise(answer) for answer in note.answers}


def _not_giving_away(fact: Fact) -> Fact | None:
    """`fact` without the blanks its front states (extract/giveaway.py), or cut to the clause of its answers where
    that front no longer states them (协商不成 in the next clause); None when neither asks anything."""
    seg = segmenter()
    cleared = without_giveaways(fact, seg)
    if cleared is fact:
        return fact
    narrowed = _narrowed(fact)
    in_clause = without_giveaways(narrowed, seg) if narrowed else None
    if in_clause is not None and len(in_clause.spans) >= len(cleared.spans if cleared else ()):
        return in_clause
    return cleared


def _clash(a: Fact, b: Fact) -> bool:
    return _shows(a, b) or _shows(b, a)


def _narrowed(fact: Fact) -> Fact | None:
    """`fact` cut down to the clauses that hold its answers (None if it says too little then)."""
    bounds = [0] + [m.end() for m in CLAUSE_BREAK.finditer(fact.text)] + [len(fact.text)]
    begin = max(b for b in bounds if b <= fact.spans[0][0])
    finish = min(b for b in bounds if b >= fact.spans[-1][1])
    spans = tuple((start - begin, end - begin) for start, end in fact.spans)
    text = fact.text[begin:finish]
    if (begin, finish) == (0, len(fact.text)) or cue_length(text, spans) < MIN_SHOWN:
        return None
    narrowed = replace(fact, text=text, spans=spans)
    if any(bare_fragment(text, blank, fact.kind == "figure") for blank in asked_blanks(narrowed)):
        return None  # 比上年增加{{1500亿元}}，: of what, the clause before said
    return None if gap(narrowed) else narrowed  # 是由于坚持了…的{{科学原理}}，: cut from what it speaks of


def _place(fact: Fact) -> tuple[int, int] | None:
    """Where `fact`'s text stands in its paragraph, from its first piece to its last where it leaves out what lies
    between (科学发展观，……是{{…}}); None when a lead put before it is not there."""
    pieces, paragraph = fact.text.split(ELIDED), fact.origin.paragraph
    start = paragraph.find(pieces[0])
    if start < 0:
        return None
    end = start + len(pieces[0])
    for piece in pieces[1:]:
        found = paragraph.find(piece, end)
        if found < 0:
            return None
        end = found + len(piece)
    return start, end


def _same_sentence(a: Fact, b: Fact) -> bool:
    if a.origin.paragraph != b.origin.paragraph:
        return False  # a heading and the paragraph on its line
    if a.text in b.text or b.text in a.text:
        return True
    where_a, where_b = _place(a), _place(b)
    return bool(where_a and where_b and where_a[0] < where_b[1] and where_b[0] < where_a[1])


def _deletions(fact: Fact) -> list[tuple[int, int]]:
    """The spans a card hides: one for a list asked whole (or joining another note: then asked whole)."""
    whole = fact.whole or fact.kind == "enumeration"
    return [(fact.spans[0][0], fact.spans[-1][1])] if whole else list(fact.spans)


def _joined(first: Fact, second: Fact) -> Fact | None:
    """`first` asking `second`'s answers too, in the text that holds both; None when they cannot be one note."""
    from studycards.cards import is_long_list
    from studycards.cards.lists import MAX_IN_ORDER

    if any(is_long_list(fact) and len(fact.answers) > MAX_IN_ORDER for fact in (first, second)):
        return None  # a long list is asked an item at a time, in a note of its own
    if second.text in first.text:
        text, shift_first, shift_second = first.text, 0, first.text.index(second.text)
    elif first.text in second.text:
        text, shift_first, shift_second = second.text, second.text.index(first.text), 0
    else:
        where_a, where_b = _place(first), _place(second)
        if not (where_a and where_b) or ELIDED in first.text + second.text:
            return None  # a text that leaves out part of its sentence has no offsets in it
        start, end = min(where_a[0], where_b[0]), max(where_a[1], where_b[1])
        text = first.origin.paragraph[start:end]
        shift_first, shift_second = where_a[0] - start, where_b[0] - start
    if len(text) > max(MAX_MERGED, len(first.text), len(second.text)):
        return None
    first_spans = {(s + shift_first, e + shift_first) for s, e in _deletions(first)}
    second_spans = {(s + shift_second, e + shift_second) for s, e in _deletions(second)}
    if first.kind != second.kind:  # a bare modal word is a norm's own question, not one to add to another note
        first_spans = {(s, e) for s, e in first_spans if not MODAL.fullmatch(text[s:e])} or first_spans
        second_spans = {(s, e) for s, e in second_spans if not MODAL.fullmatch(text[s:e])} or second_spans
    spans = sorted(first_spans | second_spans)
    spans = [a for a in spans if not any(b != a and b[0] <= a[0] and a[1] <= b[1] for b in spans)]
    if any(a[1] > b[0] for a, b in zip(spans, spans[1:])):
        return None  # the two ask phrases that cross: one of them is enough
    if any(_shown_elsewhere(text, text[s:e], (s, e)) for s, e in spans):
        return None
    order = (second, first) if first_spans < second_spans else (first, second)  # the note that asks more names it
    kinds = [fact.kind for fact in order if fact.kind != "enumeration"] or ["formulation"]
    answers = tuple(text[s:e] for s, e in spans)
    return replace(first, kind=kinds[0], text=text, answers=answers, spans=tuple(spans), whole=False)


def _shows(a: Fact, b: Fact) -> bool:
    """`b`'s card shows one of `a`'s answers in its text."""
    shown, cursor = [], 0
    for start, end in _deletions(b):
        shown.append(b.text[cursor:start])
        cursor = end
    shown.append(b.text[cursor:])
    return any(answer and any(answer in piece for piece in shown) for answer in a.answers)


def importance(fact: Fact, text: Repeats, first_line: int, last_line: int) -> float:
    """A fact's importance from the signals of the genre (higher first)."""
    if is_chapters(fact):
        return KIND_WEIGHT["chapters"]
    if fact.kind == "outline" and not is_skeleton(fact):
        # a law opens with what it rests on (its principles, the holder's conditions, duties and rights)
        opening = (fact.origin.line - first_line) / max(1, last_line - first_line) < 0.25
        return KIND_WEIGHT["article"] + 0.6 * opening - 0.3 * math.log1p(len(fact.answers))
    score = KIND_WEIGHT.get(fact.kind, 1.0)
    if fact.whole:
        score += 0.6  # a short list asked whole, on one card: what question-writers set
    origin = fact.origin
    heading = origin.trail[-1] if len(origin.trail) > 1 else ""
    if heading and normalise(fact.text) in normalise(heading):
        score += 1.0  # it stands in a heading
    elif origin.paragraph.startswith(fact.text[:12]):
        score += 0.4  # it opens its paragraph: a lead sentence
    repeated = [answer for answer in fact.answers if not MODAL.fullmatch(answer)]  # 应当 is in every article
    repeats = sum(text[normalise(answer)] for answer in repeated) / max(1, len(repeated))
    score += 0.5 * math.log1p(max(0.0, repeats - 1))
    if fact.kind == "figure":
        score += _figure_weight(fact)
    if fact.kind == "formulation":
        score += _formulation_weight(fact)
    if SUMMARY_WORDS.search(fact.text):
        score += 0.5
    span = max(1, last_line - first_line)
    position = (origin.line - first_line) / span
    if position < 0.1 or position > 0.9:
        score += 0.3  # the opening and closing summaries
    if fact.kind == "enumeration" and _parallel(fact.answers):
        score += 0.5  # 获得感、幸福感、安全感: items built alike are a formulation
    if fact.kind == "enumeration" and len(fact.answers) == 2:
        score -= 0.5  # 职务、职级: a pair is seldom what a question-writer asks
    if fact.kind == "enumeration" and all(len(a) <= 2 for a in fact.answers):
        score -= 0.6  # 绿色、低碳、循环: lists of single words say little
    if fact.kind == "enumeration" and not fact.whole:
        score -= 0.3 * math.log1p(len(fact.answers))  # many cards for one list
    return score


def _figure_weight(fact: Fact) -> float:
    """A target, a limit or a main indicator weighs more; a change against last year or a count less."""
    start, end = fact.spans[0]
    before, figure = fact.text[:start], fact.text[start:end]
    clause = _clause_before(fact)
    weight = 0.0
    if TARGET_WORDS.search(fact.text):
        weight += 0.6
    if INDICATORS.search(clause):
        weight += 0.6
    if "万亿" in figure:
        weight += 0.3
    if DELTA.search(before):
        weight -= 0.6
    if WEAK_COUNT.search(figure):
        weight -= 0.5
    return weight


MINOR = 0.1
"""A figure weighing no more than this (_figure_weight) is a minor one: no target, no main indicator."""


def minor_figure(fact: Fact) -> bool:
    """A figure that is neither a target nor a main indicator, or a count or a change against last year (黄标车
    380万辆, 电解铝100多万吨, 临时救助1100万人次); never a headline's (国民生产总值比上年增长百分之七: the change is
    the figure)."""
    return fact.kind == "figure" and _figure_weight(fact) <= MINOR and not HEADLINE.search(_clause_before(fact))


def _clause_before(fact: Fact) -> str:
    """The words of a figure's clause before it (…，国民生产总值比上年增长|百分之七)."""
    return re.split(r"[，,；;。]", fact.text[: fact.spans[0][0]])[-1]


def _formulation_weight(fact: Fact) -> float:
    """Counted formulations (两个确立) are what every test asks; a quoted or titled term is one the
    document marks; a lexicon term written plainly (高质量发展) is the document's vocabulary."""
    weight = 0.0
    for answer, (start, _) in zip(fact.answers, fact.spans):
        if COUNTED.match(answer):
            weight = max(weight, 0.8)
        elif fact.text[start - 1 : start] in "“《「" and start > 0:
            weight = max(weight, 0.2)
        else:
            weight = max(weight, -0.3)
    return weight


def _parallel(items: tuple[str, ...]) -> bool:
    """Items that open or end alike (法治政府、创新政府; 获得感、幸福感): a formulation, not a mere list."""
    return len(items) >= 3 and alike_at_an_end(items)


def _without_repeats(fact: Fact, asked: set[str]) -> list[Fact]:
    """The fact without answers already asked in a better note; an answer that its card would show
    elsewhere (“保险+期货” beside “订单农业+保险+期货”) is asked in its own clause, or not at all."""
    if fact.kind == "outline" or not fact.spans:
        return [fact]
    if fact.whole or fact.kind == "enumeration":
        return [] if normalise("".join(fact.answers)) in asked else [fact]
    keep = [(a, span) for a, span in zip(fact.answers, fact.spans) if normalise(a) not in asked]
    clear = [(a, span) for a, span in keep if not _shown_elsewhere(fact.text, a, span)]
    alone = [f for f in (_in_its_clause(fact, pair) for pair in keep if pair not in clear) if f]
    if len(clear) == len(fact.answers):
        return [fact]
    if clear:
        alone.insert(0, replace(fact, answers=tuple(a for a, _ in clear), spans=tuple(s for _, s in clear)))
    return alone


def _shown_elsewhere(text: str, answer: str, span: tuple[int, int]) -> bool:
    return answer in text[: span[0]] or answer in text[span[1] :]


def _in_its_clause(fact: Fact, kept: tuple[str, tuple[int, int]]) -> Fact | None:
    """The fact cut down to the clause that holds its answer, if the answer is then no longer in view."""
    answer, (start, end) = kept
    bounds = [0] + [m.end() for m in CLAUSE_BREAK.finditer(fact.text)] + [len(fact.text)]
    begin = max(b for b in bounds if b <= start)
    finish = min(b for b in bounds if b >= end)
    text = fact.text[begin:finish]
    if _shown_elsewhere(text, answer, (start - begin, end - begin)):
        return None
    hidden = (start - begin, end - begin)
    if cue_length(text, [hidden]) < MIN_SHOWN or bare_fragment(text, hidden, fact.kind == "figure"):
        return None  # the clause alone says nothing of what it asks (应当{{…}}，; 国家建立{{…}}的制度和机制，)
    alone = replace(fact, text=text, answers=(answer,), spans=((start - begin, end - begin),))
    return None if gap(alone) else alone  # 首先是…的{{…}}，: the clause has no subject of its own
