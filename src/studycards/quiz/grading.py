"""Judging a typed answer leniently: punctuation, full/half-width, case and spaces do not count; list items
may come in any order where the order does not matter; a choice may be given by letter or by its text.
A blank's answer also counts, and `verdict` says so, when it differs only by what a teacher would let pass:
- a unit or measure word the question shows (1300万 for 1300万辆 when 辆 is in the question, or 1300万辆
  where the question reads ＿辆);
- a leading function word (有能力担当 for 要有能力担当; 要有能力担当 where the question reads 要＿).

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


MEASURE_WORDS = "辆个人元台件吨次项家所套亩户名条座只头部本张位处种批艘架列匹株棵册份间门篇起例"
"""Units and measure words that may be left out of a figure the question shows them for (辆 of 1300万辆)."""
AMOUNT_ENDS = "万亿千百十零〇一二两三四五六七八九"
"""How a figure ends before its unit (1300万, 三十)."""
FUNCTION_WORDS = (
    "要",
    "是",
    "的",
    "在",
    "把",
    "将",
    "对",
    "为",
    "以",
    "和",
    "与",
    "及",
    "并",
    "被",
    "由",
    "从",
    "向",
    "于",
)
"""Leading words that carry no content of their own (要 of 要有能力担当)."""


def is_right(item: QuizItem, response: str) -> bool:
    """Whether `response`, as typed, answers `item`."""
    return verdict(item, response)[0]


def verdict(item: QuizItem, response: str) -> tuple[bool, str]:
    """Whether `response` answers `item`, and a note when it counts by a lenient rule ('' otherwise):
    (True, '按“1300万辆”计：单位“辆”题中已有').

    The HTML quiz's script carries the same rule (quiz/writers/quiz.js, `lenient`)."""
    if item.type != "fill":
        return _choice_right(item, response), ""
    if _fill_right(item, response):
        return True, ""
    if len(item.answer) != 1:
        return False, ""
    note = lenient(item.answer[0], response, item.question(lambda size: "\x00"))
    return note is not None, note or ""


def lenient(answer: str, typed: str, stem: str) -> str | None:
    """How `typed` counts for `answer` in a question reading `stem` (its blank a NUL): a note, or None when it
    does not count (nor when it is the answer itself: that needs no note)."""
    a, t = fold(answer), fold(typed)
    if not t or a == t:
        return None
    before, _, after = stem.partition("\x00")
    shown = fold(stem)
    short, long = sorted((a, t), key=len)
    extra = long[len(short) :] if long.startswith(short) else ""
    amount = short[-1:].isdigit() or short[-1:] in AMOUNT_ENDS
    if len(extra) == 1 and extra in MEASURE_WORDS and amount and extra in shown:
        return f"按“{answer}”计：单位“{extra}”题中已有"
    lead = long[: len(long) - len(short)] if long.endswith(short) else ""
    if lead in FUNCTION_WORDS and len(short) >= 2:
        if a == long or fold(before).endswith(lead):
            return f"按“{answer}”计：只差虚词“{lead}”"
    return None


def _choice_right(item: QuizItem, response: str) -> bool:
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
