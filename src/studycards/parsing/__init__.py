"""Text -> outline: articles, numbered sections at any depth, points and lead sentences."""

from __future__ import annotations

import re
from itertools import islice

from studycards.outline import Break, Document, Line, Node, Source
from studycards.parsing.articles import set_off_closing, split_articles
from studycards.parsing.legal import adoption_note, citation, drop_contents, is_legal_title
from studycards.parsing.numbering import LAW_STYLES, find_marker
from studycards.parsing.runin import join_bare_markers, split_run_in
from studycards.parsing.titles import (
    OPENING_LINES,
    completed,
    dated,
    is_title_line,
    self_named,
    title_from_name,
)

from studycards.parsing.tree import build_article

MAX_JOINED_TITLE = 60
MAX_TITLE_LINES = 3
MAX_TITLE_TAIL = 20
"""The second line of a title printed on two lines: 中华人民共和国农村土地承包 / 经营纠纷调解仲裁法."""
MAX_LONG_TITLE = 80


def parse(source: Source) -> Document:
    title = _document_title(source)
    adoption, lines = adoption_note(source.lines)
    lines = split_run_in(join_bare_markers(drop_contents(lines)))
    articles: list[Node] = []
    breaks: list[Break] = []
    act = _act_without_articles(title, lines)
    for article_title, chunk in split_articles(lines):
        title_line, body = _skip_title_lines(chunk, article_title or title)
        article = build_article(article_title or title, body, breaks, act)
        article.line = title_line or article.line
        set_off_closing(article)
        articles.append(article)
    document = Document(
        title=title, name=source.name, articles=articles, path=source.path, adoption=adoption, breaks=breaks
    )
    if any(node.style in LAW_STYLES for node in document.nodes()) and is_legal_title(title):
        document.citation = citation(title)
    return document


NPC_ACT = re.compile(r"^全国人民代表大会(?:常务委员会)?关于")
"""How the title of a decision, resolution or rules of the NPC or its Standing Committee opens."""


def _act_without_articles(title: str, lines: list[Line]) -> bool:
    """An act of the NPC with no chapter or article anywhere (关于…的决定): its numbered parts may be its articles. Not a
    law, whose annexes' parts would take its own article numbers, nor a party decision or a department's rules,
    whose parts are headings."""
    if not NPC_ACT.match(title):
        return False
    markers = (find_marker(line.text) for line in lines)
    return not any(marker and marker.rule.name in LAW_STYLES for marker in markers)


DOCUMENT_TYPES = re.compile(
    r"(?:意见|决定|通知|报告|讲话|规定|条例|办法|法|法典|规则|方案|纲要|规划|细则|准则|章程|决议|公报|发言|材料|提纲)$"
)
OPEN_TITLE_END = ("关于", "的", "和", "与", "及", "在", "暨", "对", "为")
CONTINUED_TITLE_START = ("的", "之", "暨", "和", "与", "及")


def _document_title(source: Source) -> str:
    """The title the document states on its first line (or two), never a numbered heading nor a salutation;
    else the one its opening gives itself (…向大会作政府工作报告); else its file name, cleaned."""
    first = source.lines[0]
    if not (first.level == 1 or _states_title(first.text)):
        opening = [line.text for line in source.lines[:OPENING_LINES]]
        text = "\n".join(line.text for line in source.lines)
        return self_named(opening, source.name) or completed(title_from_name(source.name), text)
    title = first.text
    for line in source.lines[1:MAX_TITLE_LINES]:
        if not _continues_title(title, line):
            break
        title += line.text
    return dated(title, (line.text for line in islice(source.lines, 1, None)))


def _states_title(text: str) -> bool:
    """A title line: short and unpunctuated, or as long as a decision's title is when it ends with its type
    (全国人民代表大会常务委员会关于批准…《…》的决定)."""
    if text.startswith(("（", "(")) or find_marker(text):
        return False
    long_title = len(text) <= MAX_LONG_TITLE and DOCUMENT_TYPES.search(text) and not re.search(r"[。；;，,：:]", text)
    return is_title_line(text) or bool(long_title)


def _continues_title(first: str, second: Line) -> bool:
    """A title printed on two lines: 关于实施乡村振兴战略 / 的意见."""
    if second.level not in (None, 1) or not is_title_line(second.text) or find_marker(second.text):
        return False
    if len(first) + len(second.text) > MAX_JOINED_TITLE:
        return False
    return (
        first.endswith(OPEN_TITLE_END)
        or second.text.startswith(CONTINUED_TITLE_START)
        or bool(
            DOCUMENT_TYPES.search(second.text)
            and not DOCUMENT_TYPES.search(first)
            and len(second.text) <= MAX_TITLE_TAIL
        )
    )


def _skip_title_lines(lines: list[Line], title: str) -> tuple[int | None, list[Line]]:
    """Drop the title line itself (or the two lines it is printed on, and the title block above it) from
    the article body; return its line."""
    for index, line in enumerate(lines[:6]):
        for count in range(1, MAX_TITLE_LINES + 1):
            joined = "".join(other.text for other in lines[index : index + count])
            if joined == title and lines[index + count :]:
                return line.number, lines[index + count :]
    return None, lines
