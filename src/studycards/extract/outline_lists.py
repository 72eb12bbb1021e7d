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
        items = [child for child in node.children if child.title][:MAX_ITEMS]
        if len(items) < 2 or node.style == "closing":  # a speech's closing has no points to recite
            continue
        paragraph = heading_paragraph(node) if node.kind != "article" else _intro(node)
        facts.append(
            Fact(
                kind="outline",
                text=node.title,
                answers=tuple(child.title for child in items),
                origin=origin(document, trail, node.line, paragraph),
                markers=tuple(child.marker for child in items),
                details=tuple(tuple(grand.title for grand in child.children) for child in items),
            )
        )
    return facts


def _intro(article) -> str:
    """An article's opening paragraph (what it sets out to say), else its title."""
    return article.paragraphs[0].text if article.paragraphs else article.title
