"""Lines of one article -> a tree of numbered sections and points, then lead sentences as points."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from studycards.outline import Break, Line, Node, Paragraph, sentences
from studycards.parsing.leads import inline_leads, paragraph_leads
from studycards.parsing.numbering import (
    LAW_RANK,
    LAW_STYLES,
    RULES,
    Marker,
    Rule,
    cn_number,
    cn_numeral,
    find_marker,
    renumbered,
)
from studycards.parsing.titles import split_title

ARTICLE_TITLE = re.compile(r"^[【［\[](?P<title>[^】］\]]{1,20})[】］\]]\s*(?P<body>.*)$", re.S)
TABLE_CELL = "\t"
HEADING_LEVEL_RULE = {level: Rule(f"h{level}", RULES[0].pattern, "section") for level in range(1, 7)}


@dataclass
class _Open:
    """A section on the stack, with the last ordinal seen per point style under it."""

    node: Node
    point_ordinals: dict[str, int] = field(default_factory=dict)


def build_article(title: str, lines: list[Line], breaks: list[Break] | None = None, act: bool = False) -> Node:
    """The tree of one article; where its numbering has a gap or a repeat, a Break is added to `breaks`. `act`: the
    document is an act of the NPC without chapters or articles (its parts may be its articles)."""
    breaks = [] if breaks is None else breaks
    lines = [piece for line in lines for piece in _chain_pieces(line)]
    article = Node("article", title, line=lines[0].number if lines else 0)
    stack = [_Open(article)]
    articles: list[tuple[int, int]] = []  # numbers of the law articles (第N条之M) so far: they count up through a law
    markers = [_marker(line) for line in lines]
    if act and _parts_are_articles(markers):
        markers = [_as_article(m) if m and m.rule.name == PART_STYLE else m for m in markers]
    for index, (line, marker) in enumerate(zip(lines, markers)):
        if marker and marker.rule.name in LAW_STYLES:
            if _place_law(stack, marker, line, articles, breaks):
                continue
        elif marker and marker.rule.kind == "section" and _place_section(stack, marker, line, breaks):
            continue
        if marker and marker.rule.kind == "point" and _place_point(stack[-1], marker, line, lines, index):
            continue
        _holder(stack, line.text).paragraphs.append(Paragraph(line.text, line.number))
    _add_leads(article)
    _set_ends(article, lines[-1].number if lines else 0)
    return article


def _holder(stack: list[_Open], text: str) -> Node:
    """Where an unnumbered line goes: the open node, but a law's item (（四）…) is one line, so the line after the
    last item is its article's next 款 (本法所称的商业秘密，是指… under 第十条, not under its item （四）); so is the
    line after a list of one-line items, and a line that sums up the items (上述三个方面的改革…) goes on with their
    section."""
    if len(stack) > 2 and stack[-2].node.style == "law-article" and stack[-1].node.style not in LAW_STYLES:
        del stack[-1:]  # the items are closed: a later （一） lists anew
    elif (len(stack) > 2 or len(stack) == 2 and _run_in(stack[0].node, stack[1].node)) and (
        _last_of_one_liners(stack[-2].node, stack[-1].node) or _sums_up(text, stack[-2].node, stack[-1].node)
    ):
        del stack[-1:]
    return stack[-1].node


SUMS_UP = re.compile(r"^\s*(?:上述|以上|这)(?P<count>[两二三四五六七八九十]+)(?:个|项|条|点|件)")
"""A paragraph that opens on the count of the items before it (上述三个方面的改革，是互相联系的有机整体): it speaks of
them all, from their section."""


def _sums_up(text: str, parent: Node, last: Node) -> bool:
    """`text` counts the run of numbered items `last` ends, as many as they are."""
    match = SUMS_UP.match(text)
    if not match or last.kind != "section" or last.style in LAW_STYLES or last.style.startswith("h"):
        return False
    run = [child for child in parent.children if child.style == last.style]
    return len(run) == cn_number(match.group("count").replace("两", "二")) and run[-1] is last


def _run_in(parent: Node, last: Node) -> bool:
    """`last` ends a run of numbered items that one line holds (…重申党的纪律：（一）…；（四）全党服从中央。): a list in
    a sentence, even at the top of a document with no headings; items on lines of their own there are its parts."""
    return all(child.line == last.line for child in parent.children if child.style == last.style)


MIN_ONE_LINERS = 2
"""Items before the last of a run that are one line each, so that the run is read as a list in the text."""


def _last_of_one_liners(parent: Node, last: Node) -> bool:
    """`last` closes a run of numbered items that are one paragraph each ((一)…(四) listing a policy's aims in their
    section): the line after it goes on with the section, as the lines after (一)…(四) would, not under (五)."""
    if parent.style in LAW_STYLES or last.style.startswith("h") or not one_liner(last):
        return False
    run = [child for child in parent.children if child.style == last.style and child is not last]
    return len(run) >= MIN_ONE_LINERS and all(one_liner(child) for child in run)


MAX_LISTED_ITEM = 240
"""Characters of an item that a list in the text holds (要使…比较适应。); a longer one is a run-in section, its heading
and its body on one line (（一）加强和改善宏观调控。针对…), which the next paragraphs may go on."""


def one_liner(node: Node) -> bool:
    """A numbered item of a report with nothing under it but the rest of its own line, short as a list's item."""
    return (
        node.kind == "section"
        and node.style not in LAW_STYLES
        and not node.children
        and all(paragraph.line == node.line for paragraph in node.paragraphs)
        and len(node.title) + sum(len(paragraph.text) for paragraph in node.paragraphs) <= MAX_LISTED_ITEM
    )


PART_STYLE = "cn-dun"
"""How a decision numbers its parts (一、有下列情形之一…): where they are sentences, not headings, they are its articles."""
LAW_ARTICLE = next(rule for rule in RULES if rule.name == "law-article")
SENTENCE_ENDS = ("。", "；", ";")
RUN_IN_HEADING = 20
"""Characters of a part's first sentence, without a comma, that is its heading when more text follows it on the line
(十一、更好发挥全国人大代表作用。国务院财政等部门应当…)."""


def _parts_are_articles(markers: list[Marker | None]) -> bool:
    """Whether an act's parts 一、二、… (the lines' `markers`) mostly state rules (一、士兵军衔是表明士兵身份…的称号和标志。),
    as a decision of the NPC Standing Committee's do: its parts are its articles, each asked for what it provides, not
    a chain of headings. An act whose parts are headings (一、总体要求; 二、加强中央预算编制的监督工作。坚持…) keeps them."""
    parts = [marker.rest.strip() for marker in markers if marker and marker.rule.name == PART_STYLE]
    rules = [part for part in parts if part.endswith(SENTENCE_ENDS) and not _run_in_heading(part)]
    return len(parts) >= 2 and 2 * len(rules) > len(parts)


def _run_in_heading(part: str) -> bool:
    first = sentences(part)[0]
    return len(first) <= RUN_IN_HEADING and not re.search("[，,]", first) and bool(part[len(first) :].strip())


def _as_article(marker: Marker) -> Marker:
    """A decision's part as the article it is: 一、 -> 第一条, as such a part is cited (《…的决议》第二条)."""
    return Marker(LAW_ARTICLE, f"第{cn_numeral(marker.ordinal)}条", marker.ordinal, marker.rest)


def _marker(line: Line) -> Marker | None:
    numbered = find_marker(line.text)
    if line.level is None or numbered and numbered.rule.name in LAW_STYLES:  # 第五章 nests by itself, styled or not
        return numbered
    # a declared heading (docx style, markdown #): its level decides nesting
    marker, rest = (numbered.text, numbered.rest) if numbered else ("", line.text)
    return Marker(HEADING_LEVEL_RULE[min(line.level, 6)], marker, 0, rest)


def _place_section(stack: list[_Open], marker: Marker, line: Line, breaks: list[Break]) -> bool:
    """Put a numbered heading where its numbering says; False if the numbering does not fit (body text)."""
    if not _close_for(stack, marker, line, breaks):
        return False
    in_law = any(open_.node.style == "law-article" for open_ in stack)  # a law's item: its whole sentence
    title, body = split_title(marker.rest, whole=in_law)
    node = Node("section", title, line.number, marker.text, marker.rule.name, marker.ordinal)
    if body:
        node.paragraphs.append(Paragraph(body, line.number))
    stack[-1].node.children.append(node)
    stack.append(_Open(node))
    return True


def _close_for(stack: list[_Open], marker: Marker, line: Line, breaks: list[Break]) -> bool:
    """Close the open headings that `marker` ends, leaving its parent on top; False if it has no place.

    It continues the innermost open list of its style it counts on. Numbered 1, it opens a list under the
    innermost heading (or after a list of its style that it follows directly). Otherwise its numbering
    breaks: a Break is noted; a gap still stands as a heading (二、 then 四、), a repeat is read as text."""
    style = marker.rule.name
    for depth in range(len(stack) - 1, 0, -1):
        node = stack[depth].node
        declared = style.startswith("h") and (node.style == style or _outranks(style, node.style))
        if declared or node.style == style and marker.ordinal == node.ordinal + 1:
            del stack[depth:]
            return True
        if node.style == style and marker.ordinal > 1 and _resume(stack, depth, marker.ordinal):
            return True
    same = [depth for depth in range(len(stack) - 1, 0, -1) if stack[depth].node.style == style]
    if not same or marker.ordinal == 0:
        return marker.ordinal in (0, 1) and not (same and marker.ordinal == 0)
    innermost = same[0]
    if marker.ordinal == 1:
        if innermost == len(stack) - 1:
            _restart(stack)
        return True
    if TABLE_CELL in line.text:  # a row of a table: its numbers count the rows of the table, not the outline
        return False
    expected = stack[innermost].node.ordinal + 1
    _note_break(breaks, line, marker, expected)
    if marker.ordinal > expected:
        del stack[innermost:]
        return True
    return False


def _resume(stack: list[_Open], depth: int, ordinal: int) -> bool:
    """四、 … 一、二、三、 … 五、: the list numbered from 1 after 四、 was 四's own; it moves under 四、, and 五、
    continues the outer list."""
    parent = stack[depth - 1].node
    style = stack[depth].node.style
    siblings = [index for index, child in enumerate(parent.children) if child.style == style]
    for index, following in reversed(list(zip(siblings, siblings[1:]))):  # the latest list numbered from 1
        previous, first = parent.children[index], parent.children[following]
        if previous.ordinal == ordinal - 1 and first.ordinal == 1 and first.line > previous.line:
            previous.children += parent.children[index + 1 :]
            del parent.children[index + 1 :]
            moved = [p for p in parent.paragraphs if p.line > previous.line]
            parent.paragraphs = [p for p in parent.paragraphs if p.line <= previous.line]
            previous.paragraphs += moved
            del stack[depth:]
            return True
    return False


def _restart(stack: list[_Open]) -> None:
    """A list numbered from 1 again right after a list of its style (a law's next 款 with items of its own,
    a report's second 第一，…): the new list is a sibling, and the sentence that announces it (…下列情形之一的：)
    goes back to the parent."""
    last = stack.pop().node
    if last.paragraphs and last.paragraphs[-1].text.endswith(("：", ":")):
        stack[-1].node.paragraphs.append(last.paragraphs.pop())


def _note_break(breaks: list[Break], line: Line, marker: Marker, expected: int) -> None:
    found = marker.text.strip()
    breaks.append(Break(line.number, renumbered(found, 1), renumbered(found, expected), found))


def _place_law(
    stack: list[_Open], marker: Marker, line: Line, articles: list[tuple[int, int]], breaks: list[Break]
) -> bool:
    """编 > 章 (or a named part) > 节 > 条: a heading closes every open node of its rank or below, and the
    numbered items under an article. Articles count up through the whole law, chapters and sections
    within their parent (or on through the law); a number that does not count up is a reference in the text,
    not a heading."""
    style, rank = marker.rule.name, LAW_RANK[marker.rule.name]
    depth = len(stack)
    while depth > 1 and LAW_RANK.get(stack[depth - 1].node.style, 99) >= rank:
        depth -= 1
    parent = stack[depth - 1].node
    if style == "law-article":  # 第一百二十条之一 comes after 第一百二十条
        number = (marker.ordinal, cn_number(marker.text.partition("之")[2].rstrip("条")))
        if articles and number <= articles[-1]:
            _note_break(breaks, line, marker, articles[-1][0] + 1)
            return False
        last = articles[-1][0] if articles else 0
        if number[1] == 0 and number[0] != last + 1:
            _note_break(breaks, line, marker, last + 1)
        articles.append(number)
    elif style != "law-named":
        siblings = [child.ordinal for child in parent.children if child.style == style]
        if siblings and marker.ordinal <= siblings[-1]:
            _note_break(breaks, line, marker, siblings[-1] + 1)
            return False
        # a part's first chapter is 第一章, or counts on from the part before
        expected = [siblings[-1] + 1] if siblings else [_last(stack, style) + 1, 1]
        if marker.ordinal not in expected:
            _note_break(breaks, line, marker, expected[0])
    del stack[depth:]
    if style == "law-article":  # an article has no title (but an annotated edition's 【立法目的】): its text is its 款
        titled = ARTICLE_TITLE.match(marker.rest.strip())
        title, body = (titled["title"], titled["body"]) if titled else ("", marker.rest.strip())
    else:
        title, body = _unspaced(marker.rest.strip()), ""
    node = Node("section", title, line.number, marker.text, style, marker.ordinal)
    if body:
        node.paragraphs.append(Paragraph(body, line.number))
    parent.children.append(node)
    stack.append(_Open(node))
    return True


SPACED_OUT = re.compile(r"^[\u4e00-\u9fff]{1,2}(?:\s+[\u4e00-\u9fff]{1,2})+$")


def _last(stack: list[_Open], style: str) -> int:
    """The number of the last heading of `style` so far in the whole text."""
    return max((node.ordinal for node in stack[0].node.walk() if node.style == style), default=0)


def _unspaced(title: str) -> str:
    """A short title spaced out to the width of the others (总　　则, or 总 则 where a web page made the
    full-width spaces plain) reads as one word: 总则."""
    return re.sub(r"\s+", "", title) if SPACED_OUT.match(title) else title


def _outranks(style: str, other: str) -> bool:
    """Declared heading levels: h2 closes an open h3."""
    return style.startswith("h") and other.startswith("h") and int(style[1:]) <= int(other[1:])


def _place_point(parent: _Open, marker: Marker, line: Line, lines: list[Line], index: int) -> bool:
    """Run-in items must count up from 1 under their parent; a lone —— line is a subtitle, not a list."""
    style = marker.rule.name
    last = parent.point_ordinals.get(style, 0)
    if style == "dash":
        neighbours = lines[max(index - 1, 0) : index] + lines[index + 1 : index + 2]
        if not any(_is_dash(n) for n in neighbours):
            return False
        ordinal = last + 1
    elif style == "sequence" and marker.ordinal == 0:  # 最后: closes a series that has begun
        if not last:
            return False
        ordinal = last + 1
    else:
        ordinal = marker.ordinal
        if ordinal != last + 1 and ordinal != 1:
            return False
    runs = _marked_runs(line.text, first=ordinal) if ordinal > 1 and style in INLINE_STYLES else []
    for number, (run_marker, text) in enumerate(runs or [(marker, line.text)], start=ordinal):
        # 四是…。五是… on one line (a wrapped page ran the last point on): each is a point of the series
        title, body = split_title(text[text.index(run_marker.text) + len(run_marker.text) :].lstrip())
        parent.node.children.append(_point(title, body, line.number, run_marker.text, style, number))
        parent.point_ordinals[style] = number
    return True


def _is_dash(line: Line) -> bool:
    marker = find_marker(line.text)
    return marker is not None and marker.rule.name == "dash"


def _add_leads(node: Node) -> None:
    """Turn lead sentences into points: paragraph-opening ones under sections, inline ones in a run-in point."""
    if node.style == "law-article":
        return  # an article's paragraphs are its provisions (款), never headings
    for child in node.children:
        _add_leads(child)
    if node.style in LAW_STYLES or any(child.style in LAW_STYLES for child in node.children):
        return  # nor is the text of a part (序言, 总纲) or of a law's title
    if node.kind != "point" or node.style == "lead":
        _paragraph_leads(node)
    if not node.children and node.paragraphs:
        _inline_markers(node)
    if not node.children and len(node.paragraphs) == 1:
        _inline_leads(node)


def _paragraph_leads(node: Node) -> None:
    titles = [title for block in _blocks(node) for title in paragraph_leads([p.text for p in block])]
    if not any(titles):
        return
    kept, ordinal = [], 0
    for paragraph, title in zip(node.paragraphs, titles):
        if title:
            ordinal += 1
            body = paragraph.text[len(title) :].lstrip("。！？!? ")
            node.children.append(_point(title, body, paragraph.line, "", "lead", ordinal))
        else:
            kept.append(paragraph)
    node.paragraphs = kept
    node.children.sort(key=lambda child: child.line)


def _blocks(node: Node) -> list[list[Paragraph]]:
    """The node's paragraphs in runs between its numbered children: those before a list of one-line items and those
    after it are read for leads apart."""
    starts = sorted(child.line for child in node.children if one_liner(child))
    blocks: dict[int, list[Paragraph]] = {}
    for paragraph in node.paragraphs:
        blocks.setdefault(sum(start < paragraph.line for start in starts), []).append(paragraph)
    return [blocks[key] for key in sorted(blocks)]


INLINE_STYLES = ("cn-shi", "cn-yao", "sequence", "ordinal-di")
# Inline items begin after a sentence, a semicolon or a colon, or after a comma right before 一是/首先/第一.
INLINE_BREAK = re.compile(r"(?<=[。；;！？：:])|(?<=[，,])(?=(?:[一二三四五六七八九十]是|首先|第一))")


def _inline_markers(node: Node) -> None:
    """首先，…。其次，…。最后，…。 or 一是…；二是… inside one paragraph: run-in points counting up from 1."""
    for index, paragraph in enumerate(node.paragraphs):
        runs = _marked_runs(paragraph.text)
        if len(runs) < 2:
            continue
        if not _opens_section(node, index, paragraph.text.index(runs[0][1])):
            continue  # 一是…二是… inside one paragraph of many: it counts what that paragraph speaks of
        start = paragraph.text.index(runs[0][1])
        intro = paragraph.text[:start]
        node.paragraphs[index] = Paragraph(intro, paragraph.line)
        for ordinal, (marker, text) in enumerate(runs, start=1):
            title, body = split_title(text[len(marker.text) :].lstrip())  # each run opens with its marker
            title = title[1:] if title.startswith("要") and len(title) > 5 else title  # 首先，要树牢… -> 树牢…
            node.children.append(_point(title, body, paragraph.line, marker.text, marker.rule.name, ordinal))
        node.paragraphs = [p for p in node.paragraphs if p.text]
        return


MAX_OPENING = 40
"""Characters before a series that still open a section's text (今年要抓好三件事：一是…)."""
ANNOUNCED = re.compile(r"以下|如下|下列|[一二三四五六七八九十两几]+(?:个|项|件|条|大|点|方面)|主要")
"""The sentence right before a series says it lists (要把握好以下几点; 突出抓好三件事; 主要措施是)."""


def _opens_section(node: Node, index: int, start: int) -> bool:
    """A run-in series is the points of `node` where it is all its text says, or where it opens that text; one
    that begins further in, after other paragraphs or long sentences, numbers something its paragraph names
    (the problems found, a reform's effects), not the section's points."""
    texts = [p for p in node.paragraphs if p.text.strip()]
    if len(texts) == 1 or (index == 0 and start <= MAX_OPENING):
        return True
    opening = re.split(r"[。！？!?]", node.paragraphs[index].text[:start].rstrip("。！？!? "))[-1]
    return bool(ANNOUNCED.search(opening))  # 突出抓好三件事：一是… / 注重以下几点。一是…


def _marked_runs(text: str, first: int = 1) -> list[tuple[Marker, str]]:
    """Clauses of `text` opened by one inline numbering style counting `first`, `first` + 1, …; [] if there is
    none."""
    pieces = [p for p in INLINE_BREAK.split(text) if p]
    runs: list[tuple[Marker, list[str]]] = []  # each run's pieces, joined at the end (not += : quadratic)
    style: str | None = None
    expected = first
    for piece in pieces:
        marker = find_marker(piece)
        if marker and _counts_on(marker, style, expected, begun=bool(runs)):
            style, expected = marker.rule.name, expected + 1
            runs.append((marker, [piece]))
        elif runs:
            runs[-1][1].append(piece)
    return [(marker, "".join(parts)) for marker, parts in runs] if len(runs) >= 2 else []


def _counts_on(marker: Marker, style: str | None, expected: int, begun: bool) -> bool:
    """`marker` is the next item of the series: an inline style (the series' own, once it has one) numbered
    `expected`, or 最后 once the series has begun."""
    if marker.rule.name not in INLINE_STYLES or style not in (None, marker.rule.name):
        return False
    return marker.ordinal == expected or (marker.rule.name == "sequence" and marker.ordinal == 0 and begun)


def _chain_pieces(line: Line) -> list[Line]:
    """A paragraph that opens a run-in series and holds all of it (一是学风不浓。…二是担当不够。…三是…): one line an
    item, as if each stood on its own (a series after an opening sentence is found by _inline_markers)."""
    marker = find_marker(line.text) if line.level is None else None
    if marker is None or marker.rule.name not in INLINE_STYLES or marker.ordinal != 1:
        return [line]
    runs = _marked_runs(line.text)
    if len(runs) < 2 or not line.text.startswith(runs[0][1]):
        return [line]
    return [line.with_text(text) for _, text in runs]


def _inline_leads(node: Node) -> None:
    paragraph = node.paragraphs[0]
    intro, leads = inline_leads(paragraph.text)
    if len(leads) < 2:
        return
    node.paragraphs = [Paragraph(intro, paragraph.line)] if intro else []
    for ordinal, (title, body) in enumerate(leads, start=1):
        node.children.append(_point(title, body, paragraph.line, "", "lead", ordinal))


def _point(title: str, body: str, line: int, marker: str, style: str, ordinal: int) -> Node:
    """A run-in item or lead sentence: its heading, and the text after it on the same line (if any)."""
    return Node("point", title, line, marker, style, ordinal, paragraphs=[Paragraph(body, line)] if body else [])


def _set_ends(node: Node, end: int) -> int:
    """Each node ends where the next sibling begins (or where its parent ends)."""
    for child, following in zip(node.children, node.children[1:] + [None]):
        child_end = end if following is None else max(child.line, following.line - 1)
        if node.style != "law-article" and child.kind == "section" and child.style not in LAW_STYLES:
            after = [p.line for p in node.paragraphs if child.line < p.line <= child_end]
            child_end = max(child.line, min(after) - 1) if after else child_end  # its section's text goes on after it
        _set_ends(child, child_end)
    last_paragraph = max((p.line for p in node.paragraphs), default=node.line)
    node.end = max(end if node.kind != "point" else min(end, max(last_paragraph, node.line)), node.line)
    return node.end
