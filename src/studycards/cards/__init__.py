"""Facts -> notes: cloze notes for facts in running text, overlapping-cloze and Q/A notes for lists."""

from __future__ import annotations

import hashlib
import re
from collections import Counter

from studycards.cards.back import breadcrumb, source
from studycards.cards.cloze import cloze_text
from studycards.cards.lists import (
    MIN_CHAINED,
    answer_groups,
    is_article_list,
    list_card_count,
    list_overlap_fields,
    overlap_fields,
    qa_groups,
)
from studycards.cards.note import CLOZE, MAX_OVERLAP_ITEMS, OVERLAP, QA, Note
from studycards.facts import Fact
from studycards.pipeline import Studied

ROOT_DECK = "studycards"


def make_notes(studied: list[Studied], hint: str = "none") -> list[Note]:
    notes = []
    for item, label in zip(studied, deck_labels(studied)):
        rev = revision_tag(item)
        several = len(item.document.articles) > 1
        for fact in item.facts:
            deck = (ROOT_DECK, _deck_name(label)) + ((_deck_name(fact.origin.article),) if several else ())
            tags = [f"{ROOT_DECK}::{tag_name(item.document.title)}::{fact.kind}", rev]
            notes += notes_for(fact, deck, tags, hint)
    return notes


def deck_labels(studied: list[Studied]) -> list[str]:
    """A sub-deck name per document: its title, with the file name where documents share a title
    (a folder of 民主生活会发言材料 from different people)."""
    titles = Counter(item.document.title for item in studied)
    labels = [
        item.document.title if titles[item.document.title] == 1 else f"{item.document.title}（{item.document.name}）"
        for item in studied
    ]
    counts, seen = Counter(labels), Counter[str]()
    for index, label in enumerate(labels):
        if counts[label] > 1:
            seen[label] += 1
            labels[index] = f"{label} {seen[label]}"
    return labels


def notes_for(fact: Fact, deck: tuple[str, ...], tags: list[str], hint: str = "none") -> list[Note]:
    back = {"Extra": breadcrumb(fact.origin), "Source": source(fact.origin, fact.text)}
    if fact.kind == "outline" and (is_article_list(fact) or not is_chained(fact)):  # asked whole (in groups)
        return [
            Note(QA, fields | back, guid_for(fact, QA) + (f"-{k}" if k else ""), deck, tags, fact)
            for k, fields in enumerate(qa_groups(fact))
        ]
    if fact.kind == "outline":
        overlap = Note(
            OVERLAP,
            overlap_fields(fact, hint) | back,
            guid_for(fact, OVERLAP),
            deck,
            tags,
            fact,
            cards=min(len(fact.answers), MAX_OVERLAP_ITEMS),
        )
        qa = [
            Note(QA, fields | back, guid_for(fact, QA) + (f"-{k}" if k else ""), deck, tags, fact)
            for k, fields in enumerate(qa_groups(fact) if asked_whole_too(fact) else [])
        ]  # the first keeps the id a whole list's question had
        return [overlap, *qa]
    if is_long_list(fact):
        fields = list_overlap_fields(fact, hint) | back
        return [Note(OVERLAP, fields, guid_for(fact, OVERLAP), deck, tags, fact, cards=card_count(fact))]
    return [
        Note(
            CLOZE,
            {"Text": cloze_text(fact, hint)} | back,
            guid_for(fact, CLOZE),
            deck,
            tags,
            fact,
            cards=card_count(fact),
        )
    ]


def is_chained(fact: Fact) -> bool:
    """Whether an outline list is also asked an item after another: a list of three is asked whole only (its
    chain asks again what the question asks; readers drop one of the two as a duplicate)."""
    return len(fact.answers) >= MIN_CHAINED


MAX_WHOLE_ITEM = 15
"""Characters an outline list's points hold on average to be asked whole besides one after another."""
MAX_WHOLE_POINTS = 4
"""Points a chained outline list holds at most to be asked whole besides one after another: blind readers of sessions
17-25 kept 0 of 12 question cards that asked five points or more in order beside their chain ("too much at once",
"the same as the chain"), against 4 of 8 for four; examiners hide five members or more at once in 5 of their 7,324
fill blanks."""


def asked_whole_too(fact: Fact) -> bool:
    """Whether a chained outline list is also asked whole: when its points are short (能者上、优者奖…) and few, or more
    than its chain asks. Long points asked whole repeat the chain, item by item, and a reader drops one as a
    duplicate (two tuning-half readings: …的六个要点（按顺序）beside its chain); so do five points or more."""
    lengths = [len(item) for item in fact.answers]
    if len(lengths) > MAX_OVERLAP_ITEMS:
        return True
    return len(lengths) <= MAX_WHOLE_POINTS and sum(lengths) <= MAX_WHOLE_ITEM * len(lengths)


def is_long_list(fact: Fact) -> bool:
    """An enumeration not asked whole: an item at a time with the previous as cue, then all of it."""
    return fact.kind == "enumeration" and not fact.whole


def card_count(fact: Fact) -> int:
    """How many cards the notes of `fact` make: what a deck's budget counts."""
    if fact.kind == "outline":
        whole = len(answer_groups(fact))
        if is_article_list(fact) or not is_chained(fact):
            return whole
        return min(len(fact.answers), MAX_OVERLAP_ITEMS) + (whole if asked_whole_too(fact) else 0)
    if is_long_list(fact):
        return list_card_count(fact)
    return 1 if fact.whole else len(fact.spans)


def guid_for(fact: Fact, model: str) -> str:
    """From the document's identity and what the note tests; never from wording around it or position."""
    return f"sc{model[0]}{fact.identity()}"


def tag_name(text: str) -> str:
    """A tag part: no spaces, no '::' (which would nest it)."""
    return re.sub(r"[\s:]+", "_", text).strip("_") or "untitled"


def _deck_name(text: str) -> str:
    return text.replace("::", "：")


def revision_tag(item: Studied) -> str:
    """Tags every note of one build of one document: notes without the newest one have left it."""
    text = "\n".join(p.text for node in item.document.nodes() for p in node.paragraphs)
    digest = hashlib.sha1((item.document.title + text).encode("utf-8")).hexdigest()[:8]
    return f"{ROOT_DECK}::{tag_name(item.document.title)}::rev::{digest}"
