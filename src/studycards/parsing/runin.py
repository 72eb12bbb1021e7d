"""Numbered items run together on one line (text pasted without its line breaks): split where the numbering
proves a new item starts, so that '一、坚持学习。二、坚持实践。' reads as it would on two lines.

Proof is the numbering counting on: the next article of a law (第十三条 after 第十二条) or the next chapter,
or, for the other styles, a chain of two or more markers counting up from the one that opens the line (or
from 1). A marker must stand after a sentence, a clause or a colon, or right after a law heading's title
(第二章公务员的条件、义务与权利第十三条…). A reference in the text (依照本法第十三条) stands after neither.
"""

from __future__ import annotations

import re

from studycards.outline import Line
from studycards.parsing.numbering import CIRCLED, CN, LAW_NUMBER, find_marker

BREAKS = "。；;：:！？!?"
LAW_MARKER = re.compile(rf"第{LAW_NUMBER}[编章节条]")
LAW_HEADINGS = ("law-part", "law-chapter", "law-section")
MAX_HEADING = 40
WINDOW = 48
"""Characters enough to recognise a marker (第一百一十三条 and its first words): the text is never sliced
whole at every break, which on a page run into one line would copy it once per sentence."""
CHAIN_START = re.compile(rf"[{BREAKS}](?=[{CN}{CIRCLED}（(0-9])")
"""A break followed by what a chained marker opens with: anything else after a break is no marker."""
BARE_MARKER = re.compile(
    rf"^(?:[{CN}]{{1,3}}[、．]|[（(][{CN}\d]{{1,3}}[）)]|第[{CN}]{{1,3}}[，,、：:]|\d{{1,2}}[、．.])$"
)
CLOSING_MARKS = tuple("”’」』）)")
CHAINED = ("cn-dun", "cn-paren", "arabic-paren", "arabic-dot", "circled")
"""Styles split when they form a chain inside a line (run-in points such as 一是 are the tree's business)."""


def split_run_in(lines: list[Line]) -> list[Line]:
    """Each line cut where run-in numbered items start; the pieces keep the line's number. A line that lists
    the headings the document then stands on lines of their own (报告分六个部分：一、…；二、…) is a table of
    contents: it stays whole."""
    counts: dict[str, int] = {}  # the last number of each law style met so far
    headings = [_bare(line.text) for line in lines if len(line.text) <= MAX_HEADING and find_marker(line.text)]
    out: list[Line] = []
    for line in lines:
        if line.level is not None:
            _count(line.text, counts)
            out.append(line)
            continue
        pieces = _pieces(line.text, counts)
        listed = [piece for piece in pieces[1:] if any(_same_heading(_bare(piece), h) for h in headings)]
        if len(listed) >= 2 and len(listed) >= (len(pieces) - 1) / 2:
            pieces = [line.text]
        for piece in pieces:
            out.append(line.with_text(piece))
    return out


def join_bare_markers(lines: list[Line]) -> list[Line]:
    """A marker alone on its line ('（一）', '第一，') numbers the line after it: one line, as it reads."""
    out: list[Line] = []
    for line in lines:
        previous = out[-1] if out else None
        if previous is not None and previous.level is None and BARE_MARKER.match(previous.text):
            if line.level is None and not find_marker(line.text):
                out[-1] = previous.with_text(previous.text + line.text)
                continue
        out.append(line)
    return out


def _bare(text: str) -> str:
    return text.rstrip("。；;，,、 ")


MIN_SAME = 0.75
"""Share of characters that must agree for a listed heading to be the heading (a text that mixes scripts:
（２）关于社会主义建設 lists 二、关于社会主义建设)."""


def _same_heading(listed: str, heading: str) -> bool:
    """`listed` names `heading`: the same text after their markers (numbered alike or not), nearly letter for letter."""
    if listed == heading:
        return True
    first, second = find_marker(listed), find_marker(heading)
    a, b = (first.rest if first else listed), (second.rest if second else heading)
    return len(a) == len(b) >= 2 and sum(x == y for x, y in zip(a, b)) >= MIN_SAME * len(a)


def _pieces(text: str, counts: dict[str, int]) -> list[str]:
    cuts = _law_cuts(text, counts)
    pieces = []
    for start, end in zip(cuts, cuts[1:] + [len(text)]):
        part = text[start:end]
        inner = _chain_cuts(part)
        pieces += [part[a:b] for a, b in zip(inner, inner[1:] + [len(part)])]
    return [piece for piece in pieces if piece]


def _count(text: str, counts: dict[str, int]) -> str | None:
    """Note the law heading that opens `text`, if any; return its style."""
    marker = find_marker(text) if LAW_MARKER.match(text) else None
    if marker is None or not marker.rule.name.startswith("law-"):
        return None
    counts[marker.rule.name] = marker.ordinal
    if marker.rule.name in ("law-part", "law-chapter"):
        counts["law-section"] = 0
    return marker.rule.name


def _law_cuts(text: str, counts: dict[str, int]) -> list[int]:
    cuts = [0]
    _count(text[:WINDOW], counts)
    for match in LAW_MARKER.finditer(text, 1):
        at = match.start()
        after_heading = at - cuts[-1] <= MAX_HEADING and _heading_style(text[cuts[-1] : at]) is not None
        if text[at - 1] not in BREAKS and not after_heading:
            continue
        marker = find_marker(text[at : at + WINDOW])
        if marker is None or not marker.rule.name.startswith("law-"):
            continue
        if marker.ordinal == counts.get(marker.rule.name, 0) + 1:
            cuts.append(at)
            _count(text[at : at + WINDOW], counts)
    return cuts


def _heading_style(piece: str) -> str | None:
    marker = find_marker(piece)
    return marker.rule.name if marker and marker.rule.name in LAW_HEADINGS else None


def _chain_cuts(text: str) -> list[int]:
    """0 and the offsets where a chain of markers of one style counts up inside `text`."""
    starts = [0] + [match.end() for match in CHAIN_START.finditer(text)]
    if len(starts) == 1:
        return starts  # no marker after a break: nothing to split
    found: dict[str, list[tuple[int, int]]] = {}
    for at in starts:
        marker = find_marker(text[at : at + WINDOW])
        if marker and marker.rule.name in CHAINED:
            found.setdefault(marker.rule.name, []).append((at, marker.ordinal))
    cuts = {0}
    for marks in found.values():
        chain: list[tuple[int, int]] = []
        for at, ordinal in marks:
            if chain and ordinal == chain[-1][1] + 1:
                chain.append((at, ordinal))
                continue
            if len(chain) >= 2:
                cuts.update(_with_end(text, [at for at, _ in chain]))
            chain = [(at, ordinal)] if ordinal == 1 or at == 0 else []
        if len(chain) >= 2:
            cuts.update(_with_end(text, [at for at, _ in chain]))
    return sorted(cuts)


def _with_end(text: str, starts: list[int]) -> list[int]:
    """The cuts of a chain, and where its last item ends when the items are a sentence's clauses (（一）个人服从组织；
    …（四）全党服从中央。要用…): the sentence's full stop closes the last item, and what follows goes on with the
    paragraph, not under the last item."""
    if not all(text[next_start - 1] in "；;" for next_start in starts[1:]):
        return starts
    stop = text.find("。", starts[-1])
    if stop < 0:
        return starts
    end = stop + 1
    while text[end : end + 1] in CLOSING_MARKS:  # 过渡。” closes a quotation too
        end += 1
    return starts + [end] if re.search(r"[\u4e00-\u9fff]", text[end:]) else starts
