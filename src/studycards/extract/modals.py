"""A law's modal word as the answer: what examiners ask of a rule is often whether it forbids, permits or entitles.

违法事实不清、证据不足的，{{不得}}给予行政处罚; 失业人员…{{可以}}向…申请; 基金先行支付后，{{有权}}向第三人追偿.

Only the words whose choice is the rule (不得 / 可以 / 有权 / 不予 / 无须, each against 应当); 应当 itself, the most
common, is rarely what an examiner hides (the items of the tuning half: 3 of its sentences against 17 for 不得 and
可以). With `--all` only (a blind reader dropped every one drawn from default decks as trivial), after the rules'
facts (`ranking.with_modals`), each joining the note that already asks its sentence where there is one.
"""

from __future__ import annotations

import re

from studycards.extract.clauses import fact_in_sentence
from studycards.extract.norms import CLAUSE_END, NAMED, SEMICOLON
from studycards.extract.passages import passages
from studycards.extract.provisions import is_legal
from studycards.facts import Fact
from studycards.outline import Document

ASKED = re.compile(r"(?<![要也])不得(?!不)|(?<![不也])可以(?![说看])|(?<!无)有权(?![利益])|不予|无须")
"""The modal words whose choice is asked: not 不得不 (must), 可以说 (a discourse word), 有权利 (a noun)."""
ENDS = ("。", "；", ";", "！", "？")
"""How a modal card's text ends: its rule said to the end."""
MIN_CLAUSE = 4
"""Characters a modal word's clause holds after it, at least: 不得有 says nothing to recall."""


def modal_facts(document: Document) -> list[Fact]:
    """A fact per modal word of a legal `document` whose choice states the rule, hiding the word alone (kind 'norm')."""
    if not is_legal(document):
        return []  # a speech's 不得 and 可以 are emphasis and manner, not a rule's choice
    facts = []
    for passage in passages(document):
        for sentence, lead in passage.with_leads():
            if "下列" in sentence or sentence.rstrip().endswith(("：", ":")):
                continue  # …有下列情形之一的，可以…：the items that follow are what is asked
            for part in SEMICOLON.split(sentence):
                for match in ASKED.finditer(part):
                    if _states_rule(part, match.end()):
                        fact = fact_in_sentence("norm", part, [match.span()], passage.origin, lead=lead)
                        if fact.text.rstrip().endswith(ENDS):  # not a clause cut off mid-sentence (…指导下，)
                            facts.append(fact)
    return facts


def _states_rule(sentence: str, at: int) -> bool:
    """Whether the modal word ending at `at` opens what its clause rules (not a phrase that names: 不得辞退的情形;
    不予受理的决定), with something to rule on after it."""
    rest = CLAUSE_END.split(sentence[at:], maxsplit=1)[0]
    if len(rest) < MIN_CLAUSE or "下列" in rest:
        return False  # …不得有下列行为：the items are what is asked
    return not ("的" in rest and (rest.index("的") <= 2 or bool(NAMED.fullmatch(rest[rest.rindex("的") + 1 :]))))
