"""Clean-up between reading and parsing, as an ordered list of small named rules over lines."""

from __future__ import annotations

import re
from dataclasses import replace

from studycards.outline import Line

# Paywall and watermark markers as document-sharing sites insert them: ##paidbegin##, ##paidend##, …
MARKER = re.compile(r"#{2,}\s*[A-Za-z_]+\s*#{2,}")
EDGE_SPACE = re.compile(r"^[\s\u3000\u2003\u00a0\ufeff]+|[\s\u3000\u2003\u00a0\ufeff]+$")
INNER_WIDE_SPACE = re.compile(r"(?<=[\u3400-\u9fff])[\u3000\u2003\u00a0]+(?=[\u3400-\u9fff])")
PAGE_NUMBER = re.compile(r"^(?:[-—–－\s]*\d{1,4}[-—–－\s]*|第\s*\d+\s*页(?:\s*[，,/]?\s*共\s*\d+\s*页)?|\d+\s*/\s*\d+)$")
CJK = re.compile(r"[\u3400-\u9fff]")
# Site furniture that is never part of the document: licence notes, editor credits, share prompts.
BOILERPLATE = re.compile(r"^本作品|公有领域|维基文库|版权所有|责任编辑[:：]|扫一扫|分享到[:：]?$|^来源[:：]|^Public domain$", re.I)
# A line that ends in one of these cannot end a sentence or a heading: it was broken by the layout.
OPEN_END = tuple("的和与及、，,《“‘（(")
CLOSED_START = tuple("、，,。；;：:！？》”’）)")


def strip_markers(lines):
    return [replace(line, text=MARKER.sub("", line.text)) for line in lines]


def strip_spaces(lines):
    out = []
    for line in lines:
        text = EDGE_SPACE.sub("", line.text)
        out.append(replace(line, text=INNER_WIDE_SPACE.sub("", text)))
    return out


def drop_blank(lines):
    return [line for line in lines if line.text]


def drop_page_numbers(lines):
    return [line for line in lines if not PAGE_NUMBER.match(line.text)]


def join_broken_lines(lines):
    out: list[Line] = []
    for line in lines:
        if out and line.level is None and out[-1].level is None and _broken(out[-1].text, line.text):
            out[-1] = replace(out[-1], text=out[-1].text + line.text)
        else:
            out.append(line)
    return out


def _broken(previous: str, current: str) -> bool:
    return previous.endswith(OPEN_END) or current.startswith(CLOSED_START)


def drop_boilerplate(lines):
    """Site furniture, and lines with no Chinese at all (stray 'false', URLs, credits)."""
    return [line for line in lines if CJK.search(line.text) and not BOILERPLATE.search(line.text)]


RULES = [strip_markers, strip_spaces, drop_blank, drop_page_numbers, join_broken_lines, drop_boilerplate]


def clean(lines: list[Line]) -> list[Line]:
    for rule in RULES:
        lines = rule(lines)
    return lines
