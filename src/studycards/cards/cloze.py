"""Facts with answers in running text -> cloze HTML: each answer a deletion at its exact place."""

from __future__ import annotations

import re

from studycards.cards.escape import escape
from studycards.facts import Fact

HINTS = ("none", "count", "section")
DELETION = re.compile(r"\{\{c(\d+)::(.*?)(?:::(.*?))?\}\}")
"""A deletion as `deletion` writes it: groups number, answer (escaped), hint."""


def cloze_text(fact: Fact, hint: str = "none", first: int = 1) -> str:
    """'推动形成{{c1::能者上}}、{{c2::优者奖}}…' with every piece of document text escaped; a list asked
    whole is one deletion: '坚持{{c1::公开、平等、竞争、择优}}的原则'."""
    parts, cursor = [escape(f"【{fact.period}】")] if fact.period else [], 0
    spans = [(fact.spans[0][0], fact.spans[-1][1])] if fact.whole else fact.spans
    for number, (start, end) in enumerate(spans, start=first):
        parts.append(escape(fact.text[cursor:start]))
        parts.append(deletion(number, fact.text[start:end], hint_for(fact, fact.text[start:end], hint)))
        cursor = end
    parts.append(escape(fact.text[cursor:]))
    return "".join(parts)


def deletion(number: int, answer: str, hint: str = "") -> str:
    inner = escape(answer) + (f"::{escape(hint)}" if hint else "")
    return f"{{{{c{number}::{inner}}}}}"


def hint_for(fact: Fact, answer: str, hint: str) -> str:
    if hint == "count":
        return f"{len(answer)}字"
    if hint == "section" and len(fact.origin.trail) > 1:
        return fact.origin.trail[-1]
    return ""
