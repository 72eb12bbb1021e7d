"""Text -> outline: articles, numbered sections at any depth, points and lead sentences."""

from __future__ import annotations

import re

from studycards.outline import Break, Document, Line, Node, Source
from studycards.parsing.articles import set_off_closing, split_articles
from studycards.parsing.legal import adoption_note, citation, drop_contents, is_legal_title
from studycards.parsing.numbering import LAW_STYLES, find_marker
from studycards.parsing.runin import join_bare_markers, split_run_in
from studycards.parsing.titles import is_title_line

from studycards.parsing.tree import build_article

MAX_JOINED_TITLE = 60


def parse(source: Source) -> Document:
    title = _document_title(source)
    adoption, lines = adoption_note(source.lines)
    lines = split_run_in(join_bare_markers(drop_contents(lines)))
    articles: list[Node] = []
    breaks: list[Break] = []
    for article_title, chunk in split_articles(lines):
        title_line, body = _skip_title_lines(chunk, article_title or title)
        article = build_article(article_title or title, body, breaks)
        article.line = title_line or article.line
        set_off_closing(article)
        articles.append(article)
    document = Document(
        title=title, name=source.name, articles=articles, path=source.path, adoption=adoption, breaks=breaks
    )
    if any(node.style in LAW_STYLES for node in document.nodes()) and is_legal_title(title):
        document.citation = citation(title)
    return document


DOCUMENT_TYPES = re.compile(
    r"(?:意见|决定|通知|报告|讲话|规定|条例|办法|法|方案|纲要|规划|细则|准则|章程|决议|公报|发言|材料|提纲)$"
)
OPEN_TITLE_END = ("关于", "的", "和", "与", "及", "在", "暨", "对", "为")
CONTINUED_TITLE_START = ("的", "之", "暨", "和", "与", "及")


def _document_title(source: Source) -> str:
    first = source.lines[0]
    if first.level == 1 or is_title_line(first.text) and not first.text.startswith(("（", "(")):
        second = source.lines[1] if len(source.lines) > 1 else None
        if second is not None and _continues_title(first.text, second):
            return first.text + second.text
        return first.text
    return source.name


def _continues_title(first: str, second: Line) -> bool:
    """A title printed on two lines: 关于实施乡村振兴战略 / 的意见."""
    if second.level not in (None, 1) or not is_title_line(second.text) or find_marker(second.text):
        return False
    if len(first) + len(second.text) > MAX_JOINED_TITLE:
        return False
    return (
        first.endswith(OPEN_TITLE_END)
        or second.text.startswith(CONTINUED_TITLE_START)
        or bool(DOCUMENT_TYPES.search(second.text) and not DOCUMENT_TYPES.search(first) and len(second.text) <= 8)
    )


def _skip_title_lines(lines: list[Line], title: str) -> tuple[int | None, list[Line]]:
    """Drop the title line itself (or the two lines it is printed on, and the title block above it) from
    the article body; return its line."""
    for index, line in enumerate(lines[:6]):
        if line.text == title and lines[index + 1 :]:
            return line.number, lines[index + 1 :]
        joined = line.text + (lines[index + 1].text if index + 1 < len(lines) else "")
        if joined == title and lines[index + 2 :]:
            return line.number, lines[index + 2 :]
    return None, lines
