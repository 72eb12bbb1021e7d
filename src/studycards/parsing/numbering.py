"""Numbering styles of Chinese official documents, as an ordered list of small named rules."""

from __future__ import annotations

import re
from dataclasses import dataclass

CN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN = "一二三四五六七八九十"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
SEQUENCE_WORDS = {"首先": 1, "其次": 2, "再次": 3, "再者": 3, "最后": 0}


def cn_number(text: str) -> int:
    """一 -> 1, 十 -> 10, 十二 -> 12, 二十三 -> 23."""
    if "十" not in text:
        return CN_DIGITS.get(text, 0)
    tens, _, ones = text.partition("十")
    return (CN_DIGITS.get(tens, 0) if tens else 1) * 10 + (CN_DIGITS.get(ones, 0) if ones else 0)


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


RULES = [
    _rule("cn-dun", rf"^(?P<n>[{CN}]{{1,3}})[、．]\s*", "section"),  # 一、
    _rule("cn-paren", rf"^[（(](?P<n>[{CN}]{{1,3}})[）)][、，,]?\s*", "section"),  # （一）
    _rule("ordinal-di", rf"^第(?P<n>[{CN}]{{1,3}})[，,、：:．.]\s*", "section"),  # 第一，
    _rule("arabic-dot", r"^(?P<n>\d{1,2})(?:[、．]|\.(?!\d))\s*(?=\D)", "section"),  # 1. / 1、
    _rule("arabic-paren", r"^[（(](?P<n>\d{1,2})[）)][、，,]?\s*", "section"),  # （1）
    _rule("circled", rf"^(?P<n>[{CIRCLED}])\s*", "section"),  # ①
    _rule("cn-yao", rf"^(?P<n>[{CN}]{{1,3}})要(?=[\u4e00-\u9fff])", "point"),  # 一要
    _rule("cn-shi", rf"^(?P<n>[{CN}]{{1,3}})是(?=[\u4e00-\u9fff])", "point"),  # 一是
    _rule("sequence", r"^(?P<n>首先|其次|再次|再者|最后)[，,、：:]\s*", "point"),  # 首先，… 最后，
    _rule("dash", r"^(?:——|--|－－|—)\s*(?=\S)", "point"),  # ——坚持…
]


@dataclass(frozen=True)
class Marker:
    """A numbering marker found at the start of a paragraph."""

    rule: Rule
    text: str
    """The marker as written ('一、', '（一）', '一要')."""
    ordinal: int
    rest: str
    """The paragraph after the marker."""


def find_marker(text: str) -> Marker | None:
    """The first rule whose marker opens `text`, if any."""
    for rule in RULES:
        match = rule.pattern.match(text)
        if match and match.end() < len(text):
            return Marker(rule, text[: match.end()].strip(), rule.ordinal(match), text[match.end() :])
    return None
