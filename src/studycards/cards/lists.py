"""Outline lists -> an overlapping-cloze note (each item asked with the previous one as its cue, as the
Cloze Overlapper add-on does) and a question/answer note that asks the whole list."""

from __future__ import annotations

import re

from studycards.cards.cloze import deletion, hint_for
from studycards.cards.escape import escape
from studycards.cards.note import MAX_OVERLAP_ITEMS
from studycards.extract.clauses import MIN_SHOWN
from studycards.facts import Fact, normalise
from studycards.parsing.numbering import LAW_NUMBER, cn_count, cn_numeral
from studycards.closedsets import of_a_fixed_set

ARROW = " → "
ARTICLE = re.compile(rf"第{LAW_NUMBER}条")
MORE = "…"


def is_article_list(fact: Fact) -> bool:
    """The items of a law's or charter's article (第七十六条：有下列违法行为之一的…（一）…（六）): clauses that are
    fragments alone (…擅自占用、挖掘公路的), asked whole on a question card, never an item with the one before as cue."""
    return bool(fact.origin.trail) and bool(ARTICLE.fullmatch(fact.origin.trail[-1].split(" ")[0]))


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


MAX_IN_ORDER = 8
"""Items one card asks in order at most: a longer list is asked in groups of this many at most, each in its place."""


MAX_GROUP_CHARS = 100
"""Characters of an article's items one card asks at most, where no item alone is longer: blind readers of sessions
12-22 kept 93-97% of the article-list cards that asked 60 characters or fewer, 83-86% of those of 61-100, 73-75% of
101-150, 59% of 151-200 and 52% of longer ones (著作权法 第十条, seventeen rights each with its definition, six a card:
"too much at once")."""


def groups(count: int, lengths: list[int] | None = None) -> list[range]:
    """The items of a list of `count` asked together, in groups of nearly equal size (16 -> 8 + 8, 9 -> 5 + 4); with
    the items' `lengths`, in as many groups as MAX_GROUP_CHARS asks too."""
    parts = -(-count // MAX_IN_ORDER)
    if lengths:
        parts = min(count, max(parts, -(-sum(lengths) // MAX_GROUP_CHARS)))
        bounds = [-(-i * count // parts) for i in range(parts + 1)]  # exactly `parts` groups, one item apart at most
        return [range(start, end) for start, end in zip(bounds, bounds[1:])]
    size = -(-count // parts)
    return [range(start, min(start + size, count)) for start in range(0, count, size)]


def list_overlap_fields(fact: Fact, hint: str = "none") -> dict[str, str]:
    """A long list in running text: the sentence around it as the title (the part of the document where no item is
    asked alone), each item asked with the previous one as its cue, and last cards that ask the list in its
    sentence, a group of at most 8 items at a time (the other items in view)."""
    start, end = fact.spans[0][0], fact.spans[-1][1]
    together = groups(len(fact.answers))
    items = _chained(fact, len(together))
    # The title shows on every card. With items asked one after another it is their sentence; without, the cards
    # ask the list in that sentence, which a title would print twice: it names the part of the document instead.
    title = fact.text[:start] + MORE + fact.text[end:] if items else (fact.origin.trail or (fact.origin.document,))[-1]
    fields = {"Title": escape(title)}
    for k, item in enumerate(items, start=1):
        parts = [escape(items[k - 2])] if k > 1 else []
        parts.append(deletion(k, item, hint_for(fact, item, hint)))
        if k < len(items):
            parts.append(MORE)
        fields[f"Text{k}"] = ARROW.join(parts)
    for k, group in enumerate(together, start=len(items) + 1):
        first, last = fact.spans[group[0]][0], fact.spans[group[-1]][1]
        asked = fact.text[first:last]
        fields[f"Text{k}"] = (
            escape(fact.text[:first]) + deletion(k, asked, hint_for(fact, asked, hint)) + escape(fact.text[last:])
        )
    return fields


def list_card_count(fact: Fact) -> int:
    """Cards of `list_overlap_fields`: an item a card, then the groups."""
    together = len(groups(len(fact.answers)))
    return len(_chained(fact, together)) + together


WORD_ITEM = 4
"""Characters of an item that is a word (财政、税收、金融…): a list of words has no order worth learning."""
WORDS_SHARE = 0.8
"""Share of a list's members that are words for the list to be a set of words (教授、教员、科学家、新闻记者、文学家、
艺术家和马克思主义理论家: one longer member makes no order; readers dropped each card of its chain)."""
MIN_CHAINED = 4
"""Members a list in running text holds at least to be asked one after another too (a shorter one is asked whole)."""


def _chained(fact: Fact, together: int) -> list[str]:
    """The items asked one at a time with the previous as cue: none for a set of words, all or nearly (大步推进了财政、税收、…、住房和
    社会保障等体制改革: 金融 → {{外贸}} asks an order the text does not teach), nor for a fixed set (农业现代化 →
    {{工业现代化}}: the learner knows the set by heart), nor for examples closed by 等 (工农业生产、交通运输、…等方面:
    readers drop such a chain), only its groups."""
    words = sum(len(item) <= WORD_ITEM for item in fact.answers)
    if words >= WORDS_SHARE * len(fact.answers) or of_a_fixed_set(fact.answers) or _open(fact):
        return []
    if len(fact.answers) < MIN_CHAINED:
        return []  # 维护{{…}}、反对…、争取…的斗争: three members are asked in their sentence, not one after another
    return list(fact.answers[: MAX_OVERLAP_ITEMS - together])


def _open(fact: Fact) -> bool:
    """A list its sentence closes with 等: examples, in no order the text teaches."""
    return fact.text.startswith("等", fact.spans[-1][1])


def qa_fields(fact: Fact, group: range | None = None) -> dict[str, str]:
    """The question that asks the list (or, for a long list, the items of `group` of it) and its answer."""
    count = cn_count(len(fact.answers))
    front = (
        escape(fact.question) if fact.question else f"{escape(_question_title(fact))}的{count}个要点是什么？（按顺序）"
    )
    group = group if group is not None else range(len(fact.answers))
    if is_article_list(fact):
        front = re.sub(r"（按顺序）$", "", front)  # what the article lists, in any order
    if len(group) < len(fact.answers):
        first, last = cn_numeral(group[0] + 1), cn_numeral(group[-1] + 1)  # 第二项, never 第两项
        asked = f"其中第{first}项" if len(group) == 1 else f"其中第{first}至第{last}项，按顺序"
        front = re.sub(r"（按顺序）$", "", front) + f"（{asked}；前一项：{escape(_before(fact, group))}）"
    rows = []
    below = fact.details or [()] * len(fact.answers)
    for marker, item, points in [(fact.markers[i], fact.answers[i], below[i]) for i in group]:
        sub = f'<div class="sub">{escape("；".join(points))}</div>' if points else ""
        rows.append(f"<li>{escape(marker)}{escape(item)}{sub}</li>")
    tag = "ul" if any(fact.markers) else "ol"  # numbered already by their markers (一要, （一）)
    return {"Front": front, "Back": f'<{tag} class="list">{"".join(rows)}</{tag}>'}


def answer_groups(fact: Fact) -> list[range]:
    """The groups of items a list's question cards ask: at most 8 items a card, and an article's long items fewer."""
    return groups(len(fact.answers), [len(item) for item in fact.answers] if is_article_list(fact) else None)


def qa_groups(fact: Fact) -> list[dict[str, str]]:
    """Q/A fields asking the whole list, or a long list in groups (answer_groups)."""
    together = answer_groups(fact)
    return [qa_fields(fact, group if len(together) > 1 else None) for group in together]


def _before(fact: Fact, group: range) -> str:
    """The item before a group, its cue in the list (none for the first group)."""
    return fact.markers[group[0] - 1] + fact.answers[group[0] - 1] if group[0] > 0 else "无，从第一项起"


def _question_title(fact: Fact) -> str:
    """Articles are quoted as titles (《…》), headings as phrases (“…”); a heading too short to say what it is
    of is named with its document and number (《企业破产法》第八章 重整, not “重整”)."""
    if len(fact.origin.trail) <= 1:
        return f"《{fact.text}》"
    if len(normalise(fact.text)) < MIN_SHOWN:
        return f"{fact.origin.trail[0]}{fact.origin.trail[-1]}"
    return f"“{fact.text}”"
