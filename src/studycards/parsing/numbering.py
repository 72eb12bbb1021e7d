"""Numbering styles of Chinese official documents, as an ordered list of small named rules."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

CN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN = "一二三四五六七八九十"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
SEQUENCE_WORDS = {"首先": 1, "其次": 2, "再次": 3, "再者": 3, "最后": 0}


CN_UNITS = {"十": 10, "百": 100, "千": 1000}
LAW_NUMBER = "[零〇一二三四五六七八九十百千两]{1,8}"


def cn_number(text: str) -> int:
    """一 -> 1, 十 -> 10, 十二 -> 12, 二十三 -> 23, 一百零六 -> 106, 一千二百六十 -> 1260."""
    total, digit = 0, 0
    for char in text:
        if char in CN_UNITS:
            total += (digit or 1) * CN_UNITS[char]
            digit = 0
        else:
            digit = CN_DIGITS.get(char, 0)
    return total + digit


WORDED_SHARE = re.compile(r"百分之([〇零一二两三四五六七八九十百千]+)(?:点([〇零一二三四五六七八九]+))?")
"""A share written out (百分之八十, 百分之十七点五), as laws and older reports write a percentage."""


def share_value(match: re.Match) -> float:
    """The points a WORDED_SHARE match states (百分之十七点五 -> 17.5)."""
    tenths = "".join(str(CN_DIGITS[c]) for c in match.group(2) or "")
    return cn_number(match.group(1)) + float("0." + (tenths or "0"))


def cn_count(n: int) -> str:
    """How many, as a count is written before a measure word: 2 -> 两 (两个, never 二个), 12 -> 十二, 23 -> 二十三;
    100 and more in digits."""
    digits = "零一二三四五六七八九"
    if n < 10:
        return "两" if n == 2 else digits[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return (digits[tens] if tens > 1 else "") + "十" + (digits[ones] if ones else "")
    return str(n)


def cn_numeral(n: int) -> str:
    """A number as an ordinal marker writes it: 3 -> 三, 10 -> 十, 12 -> 十二, 106 -> 一百零六, 110 -> 一百一十."""
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    if n < 20:
        return "十" + (digits[n - 10] if n > 10 else "")
    parts: list[str] = []
    zero = False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        count, n = divmod(n, value)
        if count:
            parts.append(("零" if zero and parts else "") + digits[count] + unit)
            zero = False
        elif parts:
            zero = True
    return "".join(parts)


NUMBER_IN_MARKER = re.compile(rf"\d+|[{CIRCLED}]|[零〇一二三四五六七八九十百千两]+")


def renumbered(marker: str, n: int) -> str:
    """`marker` with the number `n` in its place, in the same numerals: ('（四）', 3) -> '（三）'."""
    match = NUMBER_IN_MARKER.search(marker)
    if match is None:
        return marker
    number = match.group()
    if number.isdecimal():
        new = str(n)
    elif number in CIRCLED:
        new = CIRCLED[n - 1] if 0 < n <= len(CIRCLED) else str(n)
    else:
        new = cn_numeral(n)
    return marker[: match.start()] + new + marker[match.end() :]


@dataclass(frozen=True)
class Rule:
    """One numbering style: how its marker looks and what kind of node it opens."""

    name: str
    pattern: re.Pattern
    """Matches the marker at the start of a paragraph; group 'n' holds the number if it has one."""
    kind: str
    """'section' owns the paragraphs after it; 'point' is a run-in item that owns only its paragraph."""

    def ordinal(self, match: re.Match) -> int:
        number = match.groupdict().get("n")
        if number is None:
            return 0
        if number.isdecimal():  # not isdigit: ① is a "digit" that int() refuses
            return int(number)
        if number in CIRCLED:
            return CIRCLED.index(number) + 1
        if number in SEQUENCE_WORDS:
            return SEQUENCE_WORDS[number]
        return cn_number(number)


def _rule(name, pattern, kind):
    return Rule(name, re.compile(pattern), kind)


LAW_STYLES = ("law-part", "law-chapter", "law-section", "law-article", "law-named", "law-annex")
"""The structure of laws, charters and regulations: 编 > 章 (or a named part: 序言, 总纲…, or an annex: 附件一) > 节 >
条."""
LAW_RANK = {"law-part": 1, "law-chapter": 2, "law-named": 2, "law-annex": 2, "law-section": 3, "law-article": 4}

RULES = [
    _rule("law-part", rf"^第(?P<n>{LAW_NUMBER})编\s*", "section"),  # 第一编 总则
    _rule("law-chapter", rf"^第(?P<n>{LAW_NUMBER})章\s*", "section"),  # 第五章 考核
    # 附件一 行政长官的产生办法: an annex's heading line, its title short and no sentence (not 附件三所列…的决定，…)
    _rule("law-annex", rf"^附件(?P<n>[{CN}]{{1,3}})(?![所列的中])[\s：:]*(?=[^。；;，,]{{0,30}}$)", "section"),
    _rule("law-section", rf"^第(?P<n>{LAW_NUMBER})节\s*", "section"),  # 第一节 一般规定
    _rule(
        "law-article", rf"^第(?P<n>{LAW_NUMBER})条(?:之[{CN}]{{1,3}})?(?![件例款目]|文[中的所规])\s*", "section"
    ),  # 第三十八条
    # A part named, not numbered, on a line of its own: the marker is empty, the name is the title.
    _rule("law-named", r"^(?=(?:序\s*言|总\s*纲|导\s*语|附\s*则|总\s*则|分\s*则)$)", "section"),
    _rule("cn-dun", rf"^(?P<n>[{CN}]{{1,3}})[、．]\s*", "section"),  # 一、
    _rule("cn-paren", rf"^[（(](?P<n>[{CN}]{{1,3}})[）)][、，,]?\s*", "section"),  # （一）
    _rule("ordinal-di", rf"^第(?P<n>[{CN}]{{1,3}})[，,、：:．.]\s*", "section"),  # 第一，
    _rule("arabic-dot", r"^(?P<n>\d{1,2})(?:[、．]|\.(?![\s\u2009]*\d))\s*(?=\D)", "section"),  # 1. / 1、
    _rule("arabic-paren", r"^[（(](?P<n>\d{1,2})[）)][、，,]?\s*", "section"),  # （1）
    _rule("circled", rf"^(?P<n>[{CIRCLED}])\s*", "section"),  # ①
    _rule("cn-yao", rf"^(?P<n>[{CN}]{{1,3}})要(?=[\u4e00-\u9fff])", "point"),  # 一要
    _rule("cn-shi", rf"^(?P<n>[{CN}]{{1,3}})是(?=[\u4e00-\u9fff])", "point"),  # 一是
    _rule("sequence", r"^(?P<n>首先|其次|再次|再者|最后)[，,、：:]\s*", "point"),  # 首先，… 最后，
    _rule("dash", r"^(?:——|--|－－|—)\s*(?=\S)", "point"),  # ——坚持…
]
NUMBERED_STYLES = frozenset(rule.name for rule in RULES if "n" in rule.pattern.groupindex)
"""The styles whose marker says its number (二要, （二）, ②, 其次), not only that one more item follows (——)."""


@dataclass(frozen=True)
class Marker:
    """A numbering marker found at the start of a paragraph."""

    rule: Rule
    text: str
    """The marker as written ('一、', '（一）', '一要')."""
    ordinal: int
    rest: str
    """The paragraph after the marker."""


OPENING = re.compile(rf"^[第{CN}（(\d{CIRCLED}首其再最—\-－序总导附分]")
"""What every marker opens with: a paragraph that opens otherwise (most do) is tested once, not by every rule."""


@lru_cache(maxsize=4096)
def find_marker(text: str) -> Marker | None:
    """The first rule whose marker opens `text`, if any (each stage of parsing asks of the same lines: found once)."""
    if not OPENING.match(text):
        return None
    for rule in RULES:
        match = rule.pattern.match(text)
        if match and match.end() < len(text):
            return Marker(rule, text[: match.end()].strip(), rule.ordinal(match), text[match.end() :])
    return None
