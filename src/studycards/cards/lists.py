"""Outline lists -> an overlapping-cloze note (each item asked with the previous one as its cue, as the
Cloze Overlapper add-on does) and a question/answer note that asks the whole list."""

from __future__ import annotations

from studycards.cards.cloze import deletion, hint_for
from studycards.cards.escape import escape
from studycards.cards.note import MAX_OVERLAP_ITEMS
from studycards.facts import Fact
from studycards.parsing.numbering import cn_count

ARROW = " → "
MORE = "…"


def overlap_fields(fact: Fact, hint: str = "none") -> dict[str, str]:
    """Text{k}: the cue (item k-1, none for the first), item k as cloze k, and … if more follow."""
    fields = {"Title": escape(_question_title(fact))}
    items = list(zip(fact.markers, fact.answers))[:MAX_OVERLAP_ITEMS]
    for k, (marker, item) in enumerate(items, start=1):
        parts = []
        if k > 1:
            previous_marker, previous = items[k - 2]
            parts.append(escape(previous_marker + previous))
        parts.append(escape(marker) + deletion(k, item, hint_for(fact, item, hint)))
        if k < len(items):
            parts.append(MORE)
        fields[f"Text{k}"] = ARROW.join(parts)
    return fields


def list_overlap_fields(fact: Fact, hint: str = "none") -> dict[str, str]:
    """A long list in running text: the sentence around it as the title, each item asked with the previous
    one as its cue, and a last card that asks the whole list in its sentence."""
    start, end = fact.spans[0][0], fact.spans[-1][1]
    before, after = fact.text[:start], fact.text[end:]
    fields = {"Title": escape(before) + MORE + escape(after)}
    items = list(fact.answers[: MAX_OVERLAP_ITEMS - 1])
    for k, item in enumerate(items, start=1):
        parts = [escape(items[k - 2])] if k > 1 else []
        parts.append(deletion(k, item, hint_for(fact, item, hint)))
        if k < len(items):
            parts.append(MORE)
        fields[f"Text{k}"] = ARROW.join(parts)
    whole = fact.text[start:end]
    fields[f"Text{len(items) + 1}"] = (
        escape(before) + deletion(len(items) + 1, whole, hint_for(fact, whole, hint)) + escape(after)
    )
    return fields


def qa_fields(fact: Fact) -> dict[str, str]:
    count = cn_count(len(fact.answers))
    front = (
        escape(fact.question) if fact.question else f"{escape(_question_title(fact))}的{count}个要点是什么？（按顺序）"
    )
    rows = []
    for marker, item, details in zip(fact.markers, fact.answers, fact.details or [()] * len(fact.answers)):
        sub = f'<div class="sub">{escape("；".join(details))}</div>' if details else ""
        rows.append(f"<li>{escape(marker)}{escape(item)}{sub}</li>")
    tag = "ul" if any(fact.markers) else "ol"  # numbered already by their markers (一要, （一）)
    return {"Front": front, "Back": f'<{tag} class="list">{"".join(rows)}</{tag}>'}


def _question_title(fact: Fact) -> str:
    """Articles are quoted as titles (《…》), headings as phrases (“…”)."""
    if len(fact.origin.trail) <= 1:
        return f"《{fact.text}》"
    return f"“{fact.text}”"
