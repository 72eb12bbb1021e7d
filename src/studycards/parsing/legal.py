"""What laws, charters and regulations carry besides their articles: the adoption note under the title,
the table of contents (目录), and the short name people cite them by (《公务员法》)."""

from __future__ import annotations

import re

from studycards.outline import Line
from studycards.parsing.numbering import LAW_RANK, LAW_STYLES, find_marker

ADOPTION_WORDS = re.compile(r"通过|修订|修正|修改|公布|施行|发布|批准|印发")
DATE = re.compile(r"\d{4}\s*年|[〇一二三四五六七八九]{4}年")
MAX_ADOPTION_LINES = 8
"""An adoption note may run over several lines (one per amendment), and starts within the first lines."""
CONTENTS = re.compile(r"^目\s*录$")
PAGE_REF = re.compile(r"[\s.．·…—-]*\d*$")
MIN_CONTENTS = 3
ENTRY = re.compile(r"第[零〇一二三四五六七八九十百千两]+[编章节]")
MAX_CONTENTS_START = 30
"""A run of this many heading lines with nothing between them, repeated later, is a table of contents."""
LEGAL_TITLE = re.compile(r"(?:法|法典|条例|章程|准则|规定|办法|规则|细则|纲要|决定)(?:（[^）]*）)?$")
STATE_PREFIX = "中华人民共和国"


def adoption_note(lines: list[Line]) -> tuple[str, list[Line]]:
    """The note of adoption and amendment near the top ('（2005年4月27日…通过　…修订）'), and the lines
    without it. The note is metadata of the document: it is never a heading nor a card."""
    for start, line in enumerate(lines[:4]):
        if not line.text.startswith(("（", "(")):
            continue
        end = start
        while not line_closes(lines[end].text) and end + 1 < min(len(lines), start + MAX_ADOPTION_LINES):
            end += 1
        text = "\u3000".join(line.text for line in lines[start : end + 1])
        if line_closes(text) and DATE.search(text) and ADOPTION_WORDS.search(text) and not find_marker(text):
            return text, lines[:start] + lines[end + 1 :]
    return "", lines


def line_closes(text: str) -> bool:
    return text.endswith(("）", ")"))


def drop_contents(lines: list[Line]) -> list[Line]:
    """Lines without the table of contents: a 目录 line and the heading lines after it, or a run of
    law headings with no text between them whose first entry comes again (where the body starts)."""
    for index, line in enumerate(lines):
        text = re.sub(r"\s+", "", line.text)
        if CONTENTS.match(text):
            end, _ = _contents_end(lines, index + 1)
            return lines[:index] + lines[end:]
        if text.startswith("目录") and "。" not in text and len(ENTRY.findall(text)) >= MIN_CONTENTS - 1:
            return lines[:index] + lines[index + 1 :]  # the whole 目录 on one line
    for index in range(min(len(lines), MAX_CONTENTS_START)):
        end, repeated = _contents_end(lines, index)
        if repeated and end - index >= MIN_CONTENTS:
            return lines[:index] + lines[end:]
    return lines


def _contents_end(lines: list[Line], start: int) -> tuple[int, bool]:
    """Where a table of contents that starts at `start` ends: at the first entry repeated (True), else
    at the first line that is no heading (False)."""
    seen: dict[str, int] = {}  # entry -> its rank; a section name comes again under each chapter (第一节 一般规定)
    for index in range(start, len(lines)):
        heading = _law_heading(lines[index].text)
        if heading is None:
            return index, False
        entry, rank = heading
        if entry in seen:
            return index, True
        seen = {known: known_rank for known, known_rank in seen.items() if known_rank <= rank}
        seen[entry] = rank
    return len(lines), False


def _law_heading(text: str) -> tuple[str, int] | None:
    """A heading of a law (编, 章, 节, a named part) as a table of contents lists it, without page number,
    and its rank."""
    entry = re.sub(r"\s+", "", PAGE_REF.sub("", text))
    marker = find_marker(entry)
    if marker is None or marker.rule.name not in LAW_STYLES or marker.rule.name == "law-article":
        return None
    return (entry, LAW_RANK[marker.rule.name]) if len(entry) <= 40 else None


def citation(title: str) -> str:
    """The short name a law is cited by: 中华人民共和国公务员法 -> 《公务员法》."""
    short = title[len(STATE_PREFIX) :] if title.startswith(STATE_PREFIX) and len(title) > len(STATE_PREFIX) else title
    return f"《{short.strip('《》')}》"


def is_legal_title(title: str) -> bool:
    return bool(LEGAL_TITLE.search(title))
