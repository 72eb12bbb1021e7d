"""The outline as indented text for a person: marker, title and source lines."""

from __future__ import annotations

from studycards.outline import Document, Node, sentences

INDENT = "  "
EXCERPT = 24
"""Characters of an article's text shown after its number."""


def render_outline(document: Document) -> str:
    lines = [f"{document.title}  ({document.path or document.name})"]
    for article in document.articles:
        lines += _render(article, 1)
    return "\n".join(lines) + "\n"


def _render(node: Node, depth: int) -> list[str]:
    marker = node.marker or ("·" if node.style == "lead" else "")
    span = f"L{node.line}" if node.end <= node.line else f"L{node.line}-{node.end}"
    title = node.label if node.marker else f"{marker}{' ' if marker == '·' else ''}{node.title}"
    if (node.style == "law-article" or not title) and node.paragraphs:  # no title: show how it begins
        opening = sentences(node.paragraphs[0].text)[0]
        title += (" " if title else "") + (opening if len(opening) <= EXCERPT else opening[:EXCERPT] + "…")
    head = f"{INDENT * depth}{title}  [{span}]"
    lines = [head]
    for child in node.children:
        lines += _render(child, depth + 1)
    return lines
