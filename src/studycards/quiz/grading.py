"""Judging a typed answer leniently: punctuation, full/half-width, case and spaces do not count; list items
may come in any order where the order does not matter; a choice may be given by letter or by its text.

The interactive HTML quiz carries the same rules in JavaScript (quiz/writers/quiz.js, `fold`); the tests
check both agree.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from studycards.quiz.items import JUDGE_OPTIONS, QuizItem, letter

SEPARATORS = re.compile(r"[、，,；;／/|｜\s]+")
"""What may stand between the items of a typed list."""
TRUE_WORDS = {"正确", "对", "是", "√", "✓", "✔", "t", "true", "y", "yes", "1"}
FALSE_WORDS = {"错误", "错", "否", "不对", "×", "✗", "✘", "x", "f", "false", "n", "no", "0"}


def fold(text: str) -> str:
    """Text as compared: NFKC (full-width to half-width), lower case, no punctuation, spaces or controls."""
    text = unicodedata.normalize("NFKC", text).lower()
    return "".join(ch for ch in text if unicodedata.category(ch)[0] not in "PZC")


def is_right(item: QuizItem, response: str) -> bool:
    """Whether `response`, as typed, answers `item`."""
    if item.type == "fill":
        return _fill_right(item, response)
    if item.type == "judge":
        return judge_word(response) == item.answer[0]
    chosen = choices(item, response)
    return chosen is not None and chosen == set(item.answer) and (item.type == "multiple" or len(chosen) == 1)


def _fill_right(item: QuizItem, response: str) -> bool:
    if fold(response) == fold("".join(item.answer)):
        return True  # in order, whatever stands between the items
    if len(item.answer) == 1 or item.ordered:
        return False
    typed = [fold(part) for part in SEPARATORS.split(response.strip()) if fold(part)]
    return Counter(typed) == Counter(fold(answer) for answer in item.answer)


def judge_word(response: str) -> str | None:
    """正确 or 错误 for the many ways to say so (对/错, √/×, T/F, Y/N, 1/0), else None."""
    word = unicodedata.normalize("NFKC", response).strip().lower().rstrip("。.!！")
    if word in TRUE_WORDS:
        return JUDGE_OPTIONS[0]
    if word in FALSE_WORDS:
        return JUDGE_OPTIONS[1]
    return None


def choices(item: QuizItem, response: str) -> set[str] | None:
    """The options a response picks: letters (A, ac, A C, Ａ，Ｃ), numbers (1 for A, 13 for AC) or option
    texts; None if unclear."""
    plain = unicodedata.normalize("NFKC", response).strip()
    letters = re.sub(r"[\s,，、;；/|]+", "", plain).upper()
    if letters and re.fullmatch(r"[1-9]+", letters):  # 1-4 for A-D: quicker to type on a phone or keypad
        letters = "".join(letter(int(digit) - 1) for digit in letters)
    if letters and re.fullmatch(r"[A-Z]+", letters):
        indexes = {ord(ch) - ord("A") for ch in letters}
        if max(indexes) >= len(item.options):
            return None
        return {item.options[i] for i in indexes}
    by_text = {fold(option): option for option in item.options}
    whole = by_text.get(fold(plain))
    if whole:
        return {whole}
    picked = [by_text.get(fold(part)) for part in SEPARATORS.split(plain) if fold(part)]
    if picked and all(picked):
        return {option for option in picked if option}
    return None
