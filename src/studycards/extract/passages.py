"""Walk a document: every heading and paragraph as a passage with its origin (breadcrumb, line)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

from studycards.extract.clauses import sentence_spans
from studycards.facts import Origin
from studycards.outline import Document, Node


@dataclass(frozen=True)
class Passage:
    text: str
    origin: Origin
    heading: bool
    """True for a heading's own text, False for body text."""
    lead: str = ""
    """What a reader saw just before: for an item of a list (（二）年满十八周岁), the sentence that introduces the
    list (公务员应当具备下列条件：); for a heading's first paragraph, the heading (积极稳妥推进碳达峰碳中和。)."""

    @cached_property
    def sentences(self) -> tuple[str, ...]:
        """Its sentences (overlong ones in pieces), cut once for all the extractors."""
        return tuple(sentence for _, sentence in sentence_spans(self.text))

    def with_leads(self) -> tuple[tuple[str, str], ...]:
        """Each sentence with what a reader saw just before it, for a sentence that says little alone: the lead
        for the first (积极稳妥推进碳达峰碳中和。扎实开展“{{碳达峰十大行动}}”。), then the sentence before; paired
        once for all the extractors."""
        return self._with_leads

    @cached_property
    def _with_leads(self) -> tuple[tuple[str, str], ...]:
        return tuple(zip(self.sentences, (self.lead, *self.sentences[:-1])))


def label(node: Node) -> str:
    """A node as shown in a breadcrumb: marker and title (一、强化政治标准，筑牢忠诚根基)."""
    return node.label


def document_id(document: Document) -> str:
    """A document's identity: its title, so that edits of the body keep every note's identity."""
    return document.title or document.name


def origin(document: Document, trail: tuple[Node, ...], line: int, paragraph: str) -> Origin:
    labels = tuple(filter(None, (label(node) for node in trail)))  # a part the document leaves untitled: unnamed
    if labels and labels[0] == document.title:  # a law is cited by its short name: 《公务员法》 › 第五章 考核
        labels = (document.cited,) + labels[1:]
    return Origin(
        document=document.cited,
        document_id=document_id(document),
        article=trail[0].title,
        trail=labels,
        line=line,
        paragraph=paragraph,
    )


def nodes_with_trail(document: Document) -> Iterator[tuple[Node, tuple[Node, ...]]]:
    """Every node with the trail of nodes from its article down to it."""

    def walk(node, trail):
        trail = trail + (node,)
        yield node, trail
        for child in node.children:
            yield from walk(child, trail)

    for article in document.articles:
        yield from walk(article, ())


_last: tuple[Document, list[Passage]] | None = None
"""The passages of the document walked last: every extractor reads them all, and their origins are costly."""


def passages(document: Document) -> list[Passage]:
    """Every heading and paragraph of `document` with its origin, walked once for all the extractors."""
    global _last
    last = _last  # a local copy: another thread may walk another document meanwhile
    if last is None or last[0] is not document:
        last = (document, list(_walk(document)))
        _last = last
    return last[1]


def _walk(document: Document) -> Iterator[Passage]:
    for node, trail in nodes_with_trail(document):
        if node.kind != "article":
            where = origin(document, trail, node.line, heading_paragraph(node))
            yield Passage(node.title, where, True, _list_lead(node, trail[-2] if len(trail) > 1 else None))
        for index, paragraph in enumerate(node.paragraphs):
            if EDITORS_NOTE.match(paragraph.text):
                continue  # 〔注〕第一个五年计划期间的工农业产值，是以…价格计算的: how a figure was counted, not the text
            listed = index == 0 or INTRODUCES.search(node.title)  # 应当增加下列数额：|501吨至…；|3001吨至…
            heading = f"{node.title}。" if listed and node.kind != "article" and node.title else ""
            yield Passage(paragraph.text, origin(document, trail, paragraph.line, paragraph.text), False, heading)


INTRODUCES = re.compile(r"(?:下列|如下)[\u4e00-\u9fff]{0,4}[：:。]?$")
"""A heading or lead that introduces what follows as the items of a list (…应当增加下列数额): each says nothing alone."""
EDITORS_NOTE = re.compile(r"^[〔［\[【(（]注[释解]?[〕］\]】)）]|^注[释解]?[：:]")
"""An editor's note set off in a paragraph of its own (〔注〕…, 注：…): nothing a learner is asked to know."""


def heading_paragraph(node: Node) -> str:
    """The heading with the text that follows it, as the reader saw it."""
    body = "".join(p.text for p in node.paragraphs[:1] if p.line == node.line)
    title = label(node)
    return f"{title}。{body}" if body else title


def _list_lead(item: Node, parent: Node | None) -> str:
    """The sentence before `item` in its parent that introduces a list (ends with a colon), if any."""
    before = [p for p in parent.paragraphs if p.line <= item.line] if parent else []  # one line: run together
    if not before:
        return ""
    last = before[-1].text
    if last.endswith(("：", ":")):
        return last
    same_line = [p.text for p in before if p.line == item.line and p.text.endswith(("：", ":"))]
    return same_line[-1] if same_line else ""
