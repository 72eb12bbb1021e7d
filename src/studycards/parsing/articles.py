"""Where one file holds several articles (范文（1）, 范文（2）…): split at a title line after which numbering restarts."""

from __future__ import annotations

from studycards.outline import Line
from studycards.parsing.numbering import find_marker
from studycards.parsing.titles import is_title_line

MIN_ARTICLE_TITLE = 6


def _heading_ordinal(line: Line) -> int | None:
    marker = find_marker(line.text)
    return marker.ordinal if marker and marker.rule.name != "dash" else None


def split_articles(lines: list[Line]) -> list[tuple[str | None, list[Line]]]:
    """[(title or None, lines)]: a new article starts at title lines followed by a heading numbered 1,
    once the current article already has numbered headings."""
    starts = [0]
    seen_heading = False
    pending: int | None = None
    for index, line in enumerate(lines):
        ordinal = _heading_ordinal(line)
        if ordinal is not None:
            if ordinal == 1 and seen_heading and pending is not None:
                starts.append(pending)
            seen_heading = True
            pending = None
        elif is_title_line(line.text) and pending is None and seen_heading:
            pending = index
    if len(starts) == 1:
        return [(None, lines)]
    articles = []
    bounds = starts + [len(lines)]
    for begin, end in zip(bounds, bounds[1:]):
        chunk = lines[begin:end]
        articles.append((_article_title(chunk), chunk))
    return articles


def _article_title(chunk: list[Line]) -> str | None:
    """The last substantial title line of the run of title lines that opens the chunk."""
    title = None
    for line in chunk:
        if find_marker(line.text) or not is_title_line(line.text):
            break
        if len(line.text) >= MIN_ARTICLE_TITLE and not line.text.startswith(("（", "(")):
            title = line.text
    return title
