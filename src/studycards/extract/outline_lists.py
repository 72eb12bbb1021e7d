"""Outline lists: the principles of an article, the points under a heading, in order."""

from __future__ import annotations

from studycards.extract.passages import heading_paragraph, nodes_with_trail, origin
from studycards.facts import Fact
from studycards.outline import Document
from studycards.segment import Segmenter

MAX_ITEMS = 20


def extract_outline_lists(document: Document, seg: Segmenter) -> list[Fact]:
    facts = []
    for node, trail in nodes_with_trail(document):
        if node.style == "closing":  # a speech's closing has no points to recite
            continue
        paragraph = heading_paragraph(node) if node.kind != "article" else _intro(node)
        lists = lists_of(node)
        for items in lists:
            # several lists under one heading: each is named by how its items are numbered (——…, 一是…)
            named = (
                f"{node.title}（{items[0].marker.strip('、，. ')}…）"
                if len(lists) > 1 and items[0].marker
                else node.title
            )
            facts.append(
                Fact(
                    kind="outline",
                    text=named,
                    answers=tuple(child.title for child in items),
                    origin=origin(document, trail, node.line, paragraph),
                    markers=tuple(child.marker for child in items),
                    details=tuple(tuple(grand.title for grand in child.children) for child in items),
                )
            )
    return facts


def lists_of(node) -> list[list]:
    """The lists a node holds: its titled children, split where the numbering style changes (seven ——
    bullets then 一是…六是 are two lists, not one of thirteen); lists of fewer than two items are none."""
    groups: list[list] = []
    for child in (child for child in node.children if child.title):
        if groups and groups[-1][-1].style == child.style:
            groups[-1].append(child)
        else:
            groups.append([child])
    if len(groups) > 1 and all(len(group) == 1 for group in groups):
        groups = [[child for group in groups for child in group]]  # mixed styles, one item each: one list
    return [group[:MAX_ITEMS] for group in groups if len(group) >= 2]


def _intro(article) -> str:
    """An article's opening paragraph (what it sets out to say), else its title."""
    return article.paragraphs[0].text if article.paragraphs else article.title
