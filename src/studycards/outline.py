"""The outline of a study document: Document > Article > Section/Point > Paragraph, with source lines."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace


@dataclass(frozen=True)
class Line:
    """One line of a source after reading and clean-up."""

    number: int
    """1-based line number in the source (for .docx: paragraph number; for .pdf: line of the text layer)."""
    text: str
    """The text, stripped of indentation and markers."""
    level: int | None = None
    """A heading level the format itself declares (docx heading style, markdown #, html <h2>), else None."""

    def with_text(self, text: str) -> Line:
        """This line with another text (itself when the text is the same: most rules change few lines)."""
        return self if text == self.text else replace(self, text=text)


@dataclass
class Source:
    """What a reader returns: a named list of clean lines."""

    name: str
    """A short name for the document (file name without extension, or 'stdin')."""
    lines: list[Line]
    """Non-empty lines in source order."""
    path: str = ""
    """Where it was read from ('-' for standard input)."""


@dataclass
class Paragraph:
    """Body text directly under a node."""

    text: str
    line: int
    """Source line the paragraph starts on."""


@dataclass
class Node:
    """An article, a numbered section or a point (a run-in item or a lead sentence)."""

    kind: str
    """'article', 'section' (numbered heading that owns the paragraphs after it) or 'point'."""
    title: str
    """Heading text without its marker or closing punctuation."""
    line: int
    """Source line of the heading."""
    marker: str = ""
    """The numbering as written: '一、', '（一）', '一要', '——', '' for lead sentences."""
    style: str = ""
    """Name of the numbering rule that matched ('lead' for unnumbered lead sentences)."""
    ordinal: int = 0
    """Position among siblings of the same style, 1-based (0 when the style has none)."""
    end: int = 0
    """Last source line that belongs to the node."""
    paragraphs: list[Paragraph] = field(default_factory=list)
    """Body text under the heading, before and between children."""
    children: list[Node] = field(default_factory=list)

    @property
    def label(self) -> str:
        """Marker and title as a breadcrumb shows them: 一、强化政治标准; 第五章 考核; 第三十八条."""
        space = " " if self.style.startswith("law-") and self.marker and self.title else ""
        return f"{self.marker}{space}{self.title}"

    def walk(self):
        """This node and every node below it, depth first."""
        yield self
        for child in self.children:
            yield from child.walk()

    def text(self) -> str:
        """All body text of this node and its children, in order."""
        parts = [p.text for p in self.paragraphs]
        parts += [child.text() for child in self.children]
        return "\n".join(part for part in parts if part)


@dataclass(frozen=True)
class Break:
    """Where a document's own numbering does not count on within one level: a gap (一、二、四、) or a repeat."""

    line: int
    level: str
    """The numbering style, as a reader knows it: '一、', '（一）', '1.', '第一章', '第一条'."""
    expected: str
    """The marker the count calls for ('（三）')."""
    found: str
    """The marker as written ('（四）')."""

    def __str__(self) -> str:
        return f"L{self.line}: numbering of {self.level} breaks: expected {self.expected}, found {self.found}"


@dataclass
class Document:
    """A parsed source: one or more articles."""

    title: str
    name: str
    articles: list[Node]
    path: str = ""
    adoption: str = ""
    """A law's note of adoption and amendment under its title ('（2005年4月27日…通过　…修订）'), else ''."""
    citation: str = ""
    """How the document is named in a breadcrumb: the short name of a law (《公务员法》), else its title."""
    breaks: list[Break] = field(default_factory=list)
    """Where the document's own numbering has a gap or a repeat, in source order."""

    @property
    def cited(self) -> str:
        return self.citation or self.title

    def nodes(self):
        for article in self.articles:
            yield from article.walk()

    def texts(self) -> list[str]:
        """Every paragraph's text, in order: all the document says."""
        return [paragraph.text for node in self.nodes() for paragraph in node.paragraphs]


SENTENCE_END = re.compile(r"[。！？!?][”’」』）)]?")


def sentences(text: str) -> list[str]:
    """Split text after 。！？ (keeping a closing quote with its sentence)."""
    pieces, start = [], 0
    for end in SENTENCE_END.finditer(text):  # found by its mark: a look-behind at every character cost more
        pieces.append(text[start : end.end()])
        start = end.end()
    pieces.append(text[start:])
    return [s for s in pieces if s.strip()]


def node_to_dict(node: Node) -> dict:
    """The JSON form of a node (schema in README.md, 'Outline JSON')."""
    return {
        "kind": node.kind,
        "title": node.title,
        "marker": node.marker,
        "style": node.style,
        "ordinal": node.ordinal,
        "line": node.line,
        "end": node.end,
        "paragraphs": [{"text": p.text, "line": p.line} for p in node.paragraphs],
        "children": [node_to_dict(child) for child in node.children],
    }


def document_to_dict(document: Document) -> dict:
    return {
        "title": document.title,
        "name": document.name,
        "path": document.path,
        "adoption": document.adoption,
        "breaks": [
            {"line": b.line, "level": b.level, "expected": b.expected, "found": b.found} for b in document.breaks
        ],
        "articles": [node_to_dict(article) for article in document.articles],
    }
