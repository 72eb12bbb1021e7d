"""Where one file holds several articles (范文（1）, 范文（2）…): split at a title line after which numbering restarts."""

from __future__ import annotations

import re

from studycards.outline import Line, Node
from studycards.parsing.numbering import find_marker
from studycards.parsing.titles import is_title_line

MIN_ARTICLE_TITLE = 6
MAX_TITLE_GAP = 3
"""A new article's heading numbered 1 follows its title within this many lines (an opening paragraph or
two): a short line with clause marks far before the next 一 or （一） is a line of the text, not a title."""
MAX_CLEAN_TITLE_GAP = 20
"""A title without clause marks (中华人民共和国国徽图案) may stand further above: an annex opens with a note."""


def _heading_ordinal(line: Line) -> int | None:
    marker = find_marker(line.text)
    return marker.ordinal if marker and marker.rule.name != "dash" else None


def split_articles(lines: list[Line]) -> list[tuple[str | None, list[Line]]]:
    """[(title or None, lines)]: a new article starts at title lines followed closely by a heading numbered
    1, once the current article already has numbered headings."""
    starts = [0]
    seen_heading = False
    pending: int | None = None
    for index, line in enumerate(lines):
        ordinal = _heading_ordinal(line)
        if ordinal is not None:
            if (
                ordinal == 1
                and seen_heading
                and pending is not None
                and index - pending <= _title_reach(lines[pending])
            ):
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


def _title_reach(line: Line) -> int:
    return MAX_TITLE_GAP if re.search(r"[，,；;：:]", line.text) else MAX_CLEAN_TITLE_GAP


def _article_title(chunk: list[Line]) -> str | None:
    """The last substantial title line of the run of title lines that opens the chunk."""
    title = None
    for line in chunk:
        if find_marker(line.text) or not is_title_line(line.text):
            break
        if len(line.text) >= MIN_ARTICLE_TITLE and not line.text.startswith(("（", "(")):
            title = line.text
    return title


SALUTATION = re.compile(
    r"^(?:各位代表|各位委员|各位同志|同志们|同志们、朋友们|女士们、先生们|各位来宾|代表们|委员们)[！!：:，,]?$"
)
CLOSING_TITLE = "结束语"


def is_salutation(text: str) -> bool:
    """各位代表： / 同志们！: an address to the audience, never a source of anything to learn."""
    return bool(SALUTATION.match(text))


def opens_with_salutation(text: str) -> bool:
    """各位代表！新征程上…: a paragraph the speaker opens by addressing the audience (on a line of its own or
    run into the text, as a web page prints it)."""
    head = re.match(r"^[^！!：:，,]{2,8}[！!：:，,]", text)
    return bool(head and is_salutation(head.group()))


def set_off_closing(article: Node) -> None:
    """Paragraphs after the last numbered part that a salutation opens (各位代表！ 新征程新使命…) are not the
    last section's body: they move (with any lead sentences among them) to parts of their own, one a
    salutation. The last is the speech's closing (结束语); the ones before it (a report's 民族, 国防, 外交…
    after its numbered tasks) are parts the document leaves untitled, so nothing names them. Salutations
    themselves are dropped wherever they stand."""
    path, node = [article], article
    while node.children:
        node = node.children[-1]
        path.append(node)
    closing: list = []
    moved: list[Node] = []
    for holder in path:  # the article too, after its parts: a list run in at its top closes before its text
        numbered = [child for child in holder.children if child.style != "lead"]
        if holder is article and not numbered:
            continue
        after = numbered[-1].end if numbered else holder.line
        for index, paragraph in enumerate(holder.paragraphs):
            if paragraph.line > after and opens_with_salutation(paragraph.text):
                closing += holder.paragraphs[index:]
                del holder.paragraphs[index:]
                moved += [child for child in holder.children if child.line > paragraph.line]
                holder.children = [child for child in holder.children if child.line <= paragraph.line]
                break
    for node in article.walk():
        node.paragraphs = [p for p in node.paragraphs if not is_salutation(p.text)]
    blocks = [block for block in _salutation_blocks(closing) if any(not is_salutation(p.text) for p in block)]
    if not blocks:
        return
    for holder in path[1:]:
        holder.end = min(holder.end, blocks[0][0].line - 1)
    for index, block in enumerate(blocks):
        last = index == len(blocks) - 1
        end = article.end if last else blocks[index + 1][0].line - 1
        body = [p for p in block if not is_salutation(p.text)]
        part = Node(
            "section", CLOSING_TITLE if last else "", line=block[0].line, style="closing", end=end, paragraphs=body
        )
        part.children = [child for child in moved if part.line <= child.line <= end]
        article.children.append(part)


def _salutation_blocks(paragraphs: list) -> list[list]:
    """The paragraphs cut before each one a salutation opens (the first always is)."""
    blocks: list[list] = []
    for paragraph in paragraphs:
        if not blocks or opens_with_salutation(paragraph.text):
            blocks.append([])
        blocks[-1].append(paragraph)
    return blocks
