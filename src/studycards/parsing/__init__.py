"""Text -> outline: articles, numbered sections at any depth, points and lead sentences."""

from __future__ import annotations

from studycards.outline import Document, Line, Source
from studycards.parsing.articles import split_articles
from studycards.parsing.legal import adoption_note, citation, drop_contents, is_legal_title
from studycards.parsing.numbering import LAW_STYLES
from studycards.parsing.runin import split_run_in
from studycards.parsing.titles import is_title_line
from studycards.parsing.tree import build_article


def parse(source: Source) -> Document:
    title = _document_title(source)
    adoption, lines = adoption_note(source.lines)
    lines = split_run_in(drop_contents(lines))
    articles = []
    for article_title, chunk in split_articles(lines):
        title_line, body = _skip_title_lines(chunk, article_title or title)
        article = build_article(article_title or title, body)
        article.line = title_line or article.line
        articles.append(article)
    document = Document(title=title, name=source.name, articles=articles, path=source.path, adoption=adoption)
    if any(node.style in LAW_STYLES for node in document.nodes()) and is_legal_title(title):
        document.citation = citation(title)
    return document


def _document_title(source: Source) -> str:
    first = source.lines[0]
    if first.level == 1 or is_title_line(first.text) and not first.text.startswith(("（", "(")):
        return first.text
    return source.name


def _skip_title_lines(lines: list[Line], title: str) -> tuple[int | None, list[Line]]:
    """Drop the title line itself (and the title block above it) from the article body; return its line."""
    for index, line in enumerate(lines[:6]):
        if line.text == title and lines[index + 1 :]:
            return line.number, lines[index + 1 :]
    return None, lines
