"""Where a heading's text ends and its paragraph begins."""

from __future__ import annotations

import re

from studycards.outline import sentences

MAX_TITLE = 60
MAX_CLAUSE = 40
CLAUSE_END = re.compile(r"[，,；;：:]")
TRAILING = "。！？!?；;：:，, "


def split_title(rest: str) -> tuple[str, str]:
    """'树立鲜明导向。治国之要…' -> ('树立鲜明导向', '治国之要…'); a whole short line is all title."""
    first = sentences(rest)[0] if rest.strip() else ""
    if first and len(first) < len(rest) and len(first) <= MAX_TITLE:
        return first.rstrip(TRAILING), rest[len(first) :]
    if len(rest) <= MAX_TITLE and first == rest:
        return rest.rstrip(TRAILING), ""
    clause = CLAUSE_END.split(rest, maxsplit=1)[0]
    if len(clause) <= MAX_CLAUSE:
        return clause, rest[len(clause) :].lstrip("，,；;：: ")
    return rest[:MAX_CLAUSE], rest[MAX_CLAUSE:]


def is_title_line(text: str) -> bool:
    """A line that could title a document or article: short, no closing punctuation."""
    return 2 <= len(text) <= 40 and text[-1] not in "。！？!?；;：:，,、" and not text.startswith(("—", "-"))
