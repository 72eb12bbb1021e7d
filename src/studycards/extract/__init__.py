"""Extractors: one per kind of fact, run in order; identical facts merged.

Structure first (outline lists, judgements, figures, formulations, enumerations, maxims, provisions,
definitions, norms); then the key
terms of the key sentences that none of those asks; key phrases are the fallback for prose without structure, asked
for with --kinds or used when a document yields nothing else.
"""

from __future__ import annotations

import re

from studycards.extract.antecedents import antecedents, gap
from studycards.extract.clauses import MIN_SHOWN, bare_fragment, broken_start, cue_length, opens_on_another
from studycards.extract.definitions import extract_definitions
from studycards.extract.enumerations import extract_enumerations
from studycards.extract.examined import extract_examined
from studycards.extract.figures import ROW, extract_figures
from studycards.extract.formulations import extract_formulations
from studycards.extract.judgements import extract_judgements
from studycards.extract.keyphrases import extract_keyphrases
from studycards.extract.keyterms import extract_keyterms
from studycards.extract.law_cards import law_cards
from studycards.extract.maxims import extract_maxims
from studycards.extract.outline_lists import extract_outline_lists
from studycards.extract.predictable import without_given
from studycards.extract.norms import extract_norms
from studycards.extract.provisions import extract_provisions, is_legal, supersede
from studycards.extract.stock import LAWS, REPORTS, without_blanks, without_stock
from studycards.extract.trivial import MIN_REPORT_CUE, without_fillers
from studycards.extract.units import whole_units
from studycards.extract.word_sets import without_open_sets
from studycards.extract.worth import worth_memorising
from studycards.facts import DEFAULT_KINDS, Fact
from studycards.outline import Document
from studycards.platitudes import platitude_blank
from studycards.segment import Segmenter, segmenter

STRUCTURAL = {
    "outline": extract_outline_lists,
    "judgement": extract_judgements,
    "figure": extract_figures,
    "formulation": extract_formulations,
    "enumeration": extract_enumerations,
    "maxim": extract_maxims,
    "provision": extract_provisions,
    "definition": extract_definitions,
    "norm": extract_norms,
}


SURE_IN_DEFAULT = False
"""Whether a default deck asks the span model's sure span (extract_examined's cheap way, sure_only). Off: it lifts
the items' choice (tuning / checking half 0.25 / 0.26 -> 0.29 / 0.28) but adds about half to a study's time
(docs/model.md), against the +15% it was allowed."""


def extract(document: Document, kinds: tuple[str, ...] | None = None, seg: Segmenter | None = None) -> list[Fact]:
    """The facts of `document` of the given kinds (default: the structural ones), merged.

    With the default kinds, a document that yields nothing structural falls back to key phrases."""
    wanted = tuple(kinds or DEFAULT_KINDS)
    seg = seg or segmenter()
    facts: list[Fact] = []
    for kind, extractor in STRUCTURAL.items():
        if kind in wanted:
            facts += extractor(document, seg)
    if "keyterm" in wanted:  # for the key sentences that nothing else asks
        facts += extract_keyterms(document, seg, asked=facts)
    if "keyphrase" in wanted:
        facts += extract_keyphrases(document, seg, covered={f.origin.line for f in facts})
    if "examined" in wanted:  # weighs every fact's span; proposes the spans examiners hide that none asks
        facts += extract_examined(document, seg, asked=facts)
    elif wanted == DEFAULT_KINDS and SURE_IN_DEFAULT:  # the model's sure span, in the clauses a rule asks (cheap)
        facts += extract_examined(document, seg, asked=facts, sure_only=True)
    facts = worth_asking(document, facts, seg)
    if not facts and wanted == DEFAULT_KINDS:  # prose without structure, or all it had was weak: its key phrases
        facts = worth_asking(document, extract_keyphrases(document, seg, covered=set()), seg)
    return merge(facts)


def worth_asking(document: Document, facts: list[Fact], seg: Segmenter) -> list[Fact]:
    """`facts` on whole units, without fillers, stock phrases, a law's blanks the genre gives, a report's open word
    sets, cue-less cards, facts another supersedes and, in a law, cards a learner drops; a card whose sentence points
    back or has no subject shows the sentence before it, or is dropped."""
    legal = is_legal(document)
    least = MIN_SHOWN if legal else MIN_REPORT_CUE  # a law's cards: law_card_ok weighs their cue
    units = [unit for unit in (whole_units(fact, seg) for fact in facts) if unit is not None]
    if legal:  # a law's blanks the genre gives: moved to a time limit's count, or dropped
        units = [unit for unit in map(without_given, units) if unit is not None]
        units = [unit for unit in map(without_platitudes, units) if unit is not None]
    # a report's open word sets, a law's chains of words (生产、使用、贮存、运输、回收、处置); a law's other lists are
    # its classifications, asked in groups
    units = [unit for unit in (without_open_sets(fact, legal) for fact in units) if unit is not None]
    trimmed = (worth_memorising(fact) for fact in without_stock(units, LAWS if legal else REPORTS))
    trimmed = (without_fillers(fact, least) for fact in trimmed if fact is not None)
    answerable = antecedents(document, [fact for fact in trimmed if fact is not None], mended_later=legal)
    facts = supersede(
        [fact for fact in answerable if has_cue(fact) and not names(document, fact) and not broken_start(fact.text)]
    )  # 纲要（草案）》对…: a sentence a broken line cut, no card
    asked = [fact for fact in law_cards(document, facts, seg) if not gap(fact)] if legal else facts
    return [fact for fact in map(without_bare_fragments, asked) if fact is not None]


def without_bare_fragments(fact: Fact) -> Fact | None:
    """`fact` without its blanks whose card is a bare clause cut at a comma (特别是在{{一九七五年}}，); a list asked
    whole is one blank. None when none is left."""
    if fact.kind == "outline":
        return fact
    figure = fact.kind == "figure"
    return without_blanks(fact, lambda text, blank: bare_fragment(text, blank, figure))


def without_platitudes(fact: Fact) -> Fact | None:
    """`fact` without its blanks that hide the act of a rule true on its face (任何组织和个人不得{{侵犯}},
    应当妥善{{保管}}): a learner answers them from the genre, not from the law. None when it hid nothing else."""
    return without_blanks(fact, platitude_blank)  # 不得{{拒绝、阻碍和隐瞒}}: a list is one blank


MIN_NAMING_TITLE = 8
"""A title this long, stated whole in a sentence, makes it the sentence that names the document."""


def names(document: Document, fact: Fact) -> bool:
    """Whether `fact` asks the sentence that names its document (向大会作关于…的报告): a blank in it hides words of
    the title, or what any speech says of itself."""
    return len(document.title) >= MIN_NAMING_TITLE and document.title in fact.text and fact.kind != "outline"


QUESTION_MARKS = ("？", "?")
NAMED_BEFORE = re.compile(
    r"(?:[^，。；！？]{0,12}[，,])?(?:虽然|但是|而且|在|对|从|就|于)*"
    r"(?:[这這](?:一|个|個|些|种|種|项|項|类|類|方面|[两兩二三四五六七八九十几]+[个個项項件条條种種大])|上述)"
)
"""A subject that points back at what a sentence before named (这个方针…, 这四件大事…; 在一九四九年，这个比重…;
虽然在这方面…; 上述措施…): the card does not say what it speaks of."""


def has_cue(fact: Fact) -> bool:
    """Whether a card of `fact` shows something besides its answers: a chapter title read as a list
    (职务、职级与级别) would be a card of blanks alone. The points of a heading are cued by the heading."""
    if fact.kind == "outline" or not fact.spans:
        return True
    if fact.text.rstrip("”’」）) ").endswith(QUESTION_MARKS):
        return (
            False  # 历史性转变的胜利实现，有哪些主要标志呢？: a question the text asks itself, no statement to recall
        )
    if fact.kind != "figure" and ROW.search(fact.text):
        return (
            False  # 岩石类	{{大理岩}}、{{花岗岩}}…	原矿: a table's cells, not a sentence that says what they are
        )
    if opens_on_another(fact.text) or NAMED_BEFORE.match(fact.text):
        return False  # 也将是劳动就业的{{…}}: what it speaks of is in a sentence the card does not show
    if fact.kind == "enumeration":  # its other items are no cue: 职务、职级与级别
        hidden = [(fact.spans[0][0], fact.spans[-1][1])] if fact.whole else list(fact.spans)
        return cue_length(fact.text, hidden) >= MIN_SHOWN
    return all(cue_length(fact.text, [span]) >= MIN_SHOWN for span in fact.spans)  # 畅通{能上能下}“{双行道}”


def merge(facts: list[Fact]) -> list[Fact]:
    """Keep the first of identical facts; remember where the others stood."""
    kept: dict[str, Fact] = {}
    for fact in facts:
        first = kept.setdefault(fact.key, fact)
        if first is not fact:
            first.also.append(fact.origin)
    return list(kept.values())
