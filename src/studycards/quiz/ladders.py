"""A figure's ladder: the amounts an examiner offers beside it (三个月 / 六个月 / 九个月 / 十二个月).

A law states a time limit, an age or a fine once; the material rarely holds three others of the same unit.
Real wrong options are then the same figure with another round amount of the same unit, near enough to be
a real doubt (a factor of four at most, as distractors.comparable): 十万元以下 -> 五万元以下, 二十万元以下.
Written in the figure's own numerals (Chinese or Arabic). Integers only: 10.7% has its ladder in the
report's own figures.

A figure moved along its ladder must leave its sentence sound: ranges still run from less to more, parts stay
within their whole, a series stated in order stays in order, and a bound is never moved to a looser one that
still holds (增加百分之十以上 -> 百分之五以上).
"""

from __future__ import annotations

import math
import re
from os.path import commonprefix

from studycards.extract.figures import RANGE_MARK
from studycards.parsing.numbering import WORDED_SHARE, cn_number, cn_numeral, share_value

CN_AMOUNT = re.compile(r"^([〇零一二两三四五六七八九十百千]+)(?=[^〇零一二两三四五六七八九十百千]|$)")
ARABIC_AMOUNT = re.compile(r"^(\d+)(?=[^\d.]|$)")
DECIMAL = re.compile(r"^(\d+\.\d)(?=[^\d]|$)")
TENTHS = (0.2, 0.5, 1.0)
"""How far a decimal figure's rungs stand from it."""
ROUNDS: dict[str, tuple[int, ...]] = {
    "个月": (1, 2, 3, 6, 9, 12, 18, 24, 36),
    "月": (1, 2, 3, 6, 9, 12),
    "日": (3, 5, 7, 10, 15, 20, 30, 60, 90, 180),
    "天": (3, 5, 7, 10, 15, 20, 30, 60, 90, 180),
    "个工作日": (3, 5, 7, 10, 15, 20, 30),
    "年": (1, 2, 3, 5, 10, 15, 20, 30),  # no 八年: readers of two draws called it absurd beside 一、二、三年
    "周岁": (6, 8, 10, 12, 14, 16, 18, 20, 22, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70),
    "小时": (2, 4, 6, 8, 12, 24, 48, 72),
}
"""The amounts that unit is counted in, by the word that follows the number (its first characters)."""
UNIT = re.compile(
    r"^(?:个月|月|日|天|个工作日|年|周岁|小时|[万亿]*元|%|‰|人|名|倍|次|公里|千米|米|平方米|亩|公顷|吨|千克)"
    r"(?:以上|以下|以内|内|左右|多|起)?$"
)
"""What follows the number of a figure with a ladder: a unit, and a qualifier at most."""
ROUND_DIGITS = 2
"""Significant digits of an amount a ladder of round amounts may stand beside (15, 120, 3000; not 5919, 247)."""
GENERIC = (1, 2, 3, 5, 10, 20, 30, 50, 100, 200, 300, 500, 1000, 2000, 3000, 5000)
"""Round amounts of anything else (a fine in 万元, a count of people)."""
SHARES = (1, 2, 3, 5, 10, 20, 30, 40, 50, 60, 70, 80, 90)
"""Round shares under a hundred (百分之六十, 百分之八十)."""
FACTOR = 4
"""No rung further than this from the answer (60% is no doubt beside 0.2%)."""


QUALIFIER = re.compile(r"^(?:以上|以下|以内|内|左右|多)?$")


def percent(figure: str) -> tuple[float, str] | None:
    """A share written out as its amount and what follows it (百分之十七点五以上 -> (17.5, '以上')), or None."""
    match = WORDED_SHARE.match(figure)
    return (share_value(match), figure[match.end() :]) if match else None


def _percent_rungs(value: float, rest: str, count: int) -> list[str]:
    """A written-out share's ladder, written out too: 百分之七 -> 百分之五, 百分之十; 百分之二点九 -> 百分之二点七."""
    if not QUALIFIER.match(rest) or value <= 0:
        return []
    if value.is_integer():
        return [f"百分之{cn_numeral(n)}{rest}" for n in _nearest(value, *_share_rounds(value))[:count]]
    written = []
    for amount in _tenth_amounts(value)[:count]:
        whole, tenth = f"{amount:.1f}".split(".")
        written.append(
            f"百分之{cn_numeral(int(whole))}" + (f"点{cn_numeral(int(tenth))}" if tenth != "0" else "") + rest
        )
    return written


def _nearest(value: float, rounds: tuple[int, ...], most: float = math.inf, count: int = 0) -> list[int]:
    """The round amounts within FACTOR of `value` (and at most `most`), nearest first; twice as far when fewer than
    `count` stand so near (一个月 beside 两个月, 三个月 and 六个月)."""
    for factor in (FACTOR, 2 * FACTOR):
        near = [n for n in rounds if n != value and value / factor <= n <= min(most, value * factor)]
        if len(near) >= count:
            break
    return sorted(near, key=lambda n: (abs(math.log(n / value)), n))


def rungs(figure: str, count: int = 4) -> list[str]:
    """Up to `count` figures of the same unit as `figure`, nearest first (十万元以下 -> 五万元以下,
    二十万元以下, 三十万元以下, 三万元以下); [] when it holds no whole amount or states a range."""
    if RANGE_MARK.search(figure):
        return []
    shared = percent(figure)
    if shared:
        return _percent_rungs(*shared, count)
    decimal = DECIMAL.match(figure)
    if decimal:
        return _tenths(float(decimal.group(1)), figure[decimal.end() :], count)
    chinese = CN_AMOUNT.match(figure)
    arabic = ARABIC_AMOUNT.match(figure)
    if chinese:
        written = chinese.group(1)
        value = cn_number(written.replace("两", "二"))
    elif arabic:
        written = arabic.group(1)
        value = int(written)
    else:
        return []
    rest = figure[len(written) :]
    if value <= 0 or not UNIT.match(rest):
        return []  # 三个代表, 一人一票, 四项基本原则: a name with a number in it, not an amount
    if len(str(value).rstrip("0")) > ROUND_DIGITS:
        return []  # 5919 among 2000 / 3000 / 5000: the one amount not round is the answer; the material's own figures
    rounds = next((amounts for unit, amounts in ROUNDS.items() if rest.startswith(unit)), GENERIC)
    most = math.inf
    if rest.startswith("%"):
        rounds, most = _share_rounds(value)
    return [_rung(n, bool(chinese), rest) for n in _nearest(value, rounds, most, count)[:count]]


def _share_rounds(value: float) -> tuple[tuple[int, ...], float]:
    """The rungs of a share, and the largest: a share under a hundred stays under it (百分之一百 beside 百分之六十八
    of a five-year plan's investment read absurd to two blind readers of the sixteenth session, twice); a growth of
    150% may stand beside 200%."""
    if value >= 100:
        return GENERIC, math.inf
    return tuple(n for n in SHARES if abs(n - value) >= value / 10), 99  # not 70% beside 68%


def _tenths(value: float, rest: str, count: int) -> list[str]:
    """A figure with one decimal's ladder: a few tenths either side (0.9% -> 0.7%, 1.1%, 0.4%, 1.4%)."""
    if value <= 0 or not UNIT.match(rest):
        return []
    return [f"{amount:.1f}".removesuffix(".0") + rest for amount in _tenth_amounts(value)[:count]]


def _tenth_amounts(value: float) -> list[float]:
    """Amounts a few tenths either side of `value`, nearest first, with a tenth as it has (28.5 -> 28.3, 28.7,
    27.5, 29.5: 28 beside 28.5 reads as the same figure cut short)."""
    near: list[float] = []
    for step in TENTHS:
        for amount in (round(value - step, 1), round(value + step, 1)):
            if amount > 0 and value / FACTOR <= amount <= value * FACTOR and amount not in near:
                near.append(amount)
    whole = float(value).is_integer()
    return [amount for amount in near if amount != round(value, 1) and (whole or not amount.is_integer())]


def _rung(n: int, chinese: bool, rest: str) -> str:
    """`n` of the figure's unit, as an examiner writes it: twelve months as 一年 (三个月 / 六个月 / 一年 / 两年)."""
    if rest.startswith("个月") and n >= 12 and n % 12 == 0:
        return _written(n // 12, chinese, "年") + "年" + rest[2:]
    return _written(n, chinese, rest) + rest


def _written(n: int, chinese: bool, rest: str) -> str:
    """`n` in the figure's numerals: 两 before a measure word (两个月, 两年), 二 otherwise (二日)."""
    if not chinese:
        return str(n)
    return "两" if n == 2 and rest.startswith(COUNTED) else cn_numeral(n)


COUNTED = ("个", "年", "名", "次", "倍", "人", "项", "周")


AMOUNT_CHARS = "0123456789.０１２３４５６７８９．〇零一二两三四五六七八九十百千"
"""What an amount is written with, full-width digits too (３０１０亿元, in reports of the 1980s)."""
AMOUNT_ONLY = re.compile(r"^(?:\d+(?:[.．]\d+)?|[〇零一二两三四五六七八九十百千]+)$")


def unit_apart(options: list[str]) -> tuple[list[str], str]:
    """Figures of one unit as an examiner often offers them: the amounts alone, the unit left in the stem after
    the blank (不少于＿个月: 三 / 六 / 九 / 十二; 增长＿%: 5 / 6 / 7 / 8), so that the options do not all end alike.
    ([], '') unless every option is an amount followed by one shared unit."""
    suffix = commonprefix([option[::-1] for option in options])[::-1]
    suffix = suffix.lstrip(AMOUNT_CHARS)
    amounts = [option[: len(option) - len(suffix)] for option in options]
    if not suffix or not all(AMOUNT_ONLY.match(amount) for amount in amounts) or len(set(amounts)) < len(amounts):
        return [], ""
    return amounts, suffix


NUMBER = r"[\d.]+|[〇零一二两三四五六七八九十百千]+"
RANGE_PAIR = re.compile(
    rf"({NUMBER})(万|亿)?[^\d，。；、〇零一二两三四五六七八九十百千]{{0,3}}?(?:以上|至|到|不满)({NUMBER})(万|亿)?"
)
SCALE = {"万": 1e4, "亿": 1e8}
RISE = ("增加", "提高", "上升", "扩大", "增长", "提升")
FALL = ("下降", "降低", "减少", "缩小", "压减")
CHANGE_VERB = re.compile("|".join(RISE + FALL))
CHANGE = re.compile(
    rf"[从由][^\d，。；、]{{0,6}}?({NUMBER})(万|亿)?([^\d，。；、]{{0,4}}?)({CHANGE_VERB.pattern})到({NUMBER})(万|亿)?"
)
"""A change from one amount to another (由10.2%下降到3.1%): its direction says which is larger."""


def ranges_ordered(text: str) -> bool:
    """Whether every range the text states runs from less to more (五十万元以上一百万元以下, 十八周岁至五十五周岁), and
    every change the way its verb says (从9.6万公里增加到13.6万公里): a changed figure must make a statement
    false, never absurd (一百万元以上一百万元以下, 从20万公里增加到13.6万公里)."""
    for match in RANGE_PAIR.finditer(text):
        if CHANGE_VERB.search(match.group(0)):
            continue  # 由10.2%下降到3.1%: a change, not a range (below)
        low, high = _value(match.group(1), match.group(2)), _value(match.group(3), match.group(4))
        if low is not None and high is not None and low >= high:
            return False
    for match in CHANGE.finditer(text):  # 从9.6万公里增加到13.6万公里: never 从20万公里增加到13.6万公里
        start, end = _value(match.group(1), match.group(2)), _value(match.group(5), match.group(6))
        if start is None or end is None or start == end:
            continue
        if (start < end) != (match.group(4) in RISE):
            return False
    return True


def _value(number: str, scale: str | None) -> float | None:
    try:
        value = float(number) if number[0].isdigit() else float(cn_number(number.replace("两", "二")))
    except ValueError:
        return None
    return value * SCALE.get(scale or "", 1)


SERIES_AMOUNT = re.compile(rf"(?<![第\d.〇零一二两三四五六七八九十百千])(?:百分之)?({NUMBER})(万|亿)?")
SERIES_GAP = re.compile(r"([^\d\s，。；：,;、和及与〇零一二两三四五六七八九十百千]{0,3})[、和及与]")
"""What stands between two amounts of a series: the unit of the one before, if it says one, and a join
(四十斤、六十斤 or 四十、六十斤)."""
SERIES = 3
"""Amounts a series holds before its order says where a missing one stands."""


def series_broken(text: str, changed: str) -> bool:
    """Whether `changed` breaks a series `text` states in order (分别达到四十斤、六十斤、八十斤和一百斤 -> 四十斤、六十斤、
    四百斤和一百斤): a wrong amount the series itself rules out, which the reader needs no document to reject."""
    return _ordered_series(changed) < _ordered_series(text)


def _ordered_series(text: str) -> int:
    """How many series of SERIES or more amounts of one unit, joined by 、, 和, 及 or 与, rise or fall throughout."""
    ordered = 0
    for run in _series(text):
        steps = [later - earlier for earlier, later in zip(run, run[1:])]
        ordered += len(run) >= SERIES and (all(step > 0 for step in steps) or all(step < 0 for step in steps))
    return ordered


def _series(text: str) -> list[list[float]]:
    runs: list[list[float]] = []
    run: list[float] = []
    units: set[str] = set()
    end = 0
    for match in SERIES_AMOUNT.finditer(text):
        value = _value(match.group(1), match.group(2))
        gap = SERIES_GAP.fullmatch(text[end : match.start()])
        if run and gap and value is not None and len((units | {gap.group(1)}) - {""}) <= 1:
            run.append(value)
            units.add(gap.group(1))
        else:
            runs.append(run)
            run, units = ([value] if value is not None else []), set()
        end = match.end()
    return [*runs, run]


IN_TEXT = re.compile(
    r"(?<![第\d.〇零一二两三四五六七八九十百千])"
    r"(?:\d+|[一二两三四五六七八九十百千]+)"
    r"(?:个月|个工作日|日|天|年|周岁|小时|万元|元|倍|%)(?:以上|以下|以内|内)?"
)
"""A time limit, an age, an amount or a share stated in a sentence (十五日内, 六个月, 二万元以下), never an
ordinal (第十五条) nor a part of a longer number."""


def figure_swaps(text: str, start: int = 0) -> list[tuple[int, str, str]]:
    """Each figure of `text` after `start` with its nearest rung: (where, figure, rung), the way an examiner
    makes a provision false by its figure (十五日内 -> 三十日内, 六个月 -> 三个月) rather than by 应当 / 可以."""
    found = []
    for match in IN_TEXT.finditer(text, start):
        ladder = rungs(match.group(0), 1)
        if ladder:
            found.append((match.start(), match.group(0), ladder[0]))
    return found


STATED = re.compile(
    r"(\d+(?:\.\d+)?|[〇零一二两三四五六七八九十百千]+)(万|亿|万亿)?(%|[^\d\s，。；、：〇零一二两三四五六七八九十百千万亿%])"
)
"""An amount in a sentence with its scale and its unit's first character (1293万户, 2.1%, 五日)."""
PART = re.compile(r"其中")
CLOSE = 0.005
"""How near a computed amount must come to the answer to be the answer (rounding)."""


def amounts(text: str) -> list[tuple[float, str]]:
    """The amounts `text` states, each with its unit (1293万户 -> (12930000, '户')); ordinals (第五) aside."""
    found = []
    for match in STATED.finditer(text):
        if match.start() and text[match.start() - 1] == "第":
            continue
        value = _value(match.group(1), None)
        if value is not None:
            found.append((value * {"万": 1e4, "亿": 1e8, "万亿": 1e12}.get(match.group(2) or "", 1), match.group(3)))
    return found


def derivable(answer: str, shown: str) -> bool:
    """Whether `answer` (a figure) follows by arithmetic from two amounts the question `shown` states: their sum
    or difference in its unit (安排511万套，增加110万套 -> 401万套), or a share of one in the other (%): a
    question answered by a sum, not by knowing the material."""
    mine = amounts(answer)
    if len(mine) != 1:
        return False
    value, unit = mine[0]
    others = [amount for amount, other in amounts(shown) if other == unit]
    for i, a in enumerate(others):
        for b in others[i + 1 :]:
            if any(_near(value, result) for result in (a + b, abs(a - b))):
                return True
    if unit == "%":
        pairs = amounts(shown)
        return any(_near(value, 100 * a / b) for a, u in pairs for b, v in pairs if u == v != "%" and b > a > 0)
    return False


def parts_within(text: str) -> bool:
    """Whether every part the text names with 其中 is no larger than the whole before it (新安排511万套，其中棚户区
    改造580万套 is absurd, not false): a changed figure must not break it."""
    for match in PART.finditer(text):
        before = [amount for amount in amounts(text[: match.start()])]
        after = amounts(text[match.end() :])
        if before and after and before[-1][1] == after[0][1] and after[0][0] > before[-1][0]:
            return False
    return True


def _near(value: float, result: float) -> bool:
    return value > 0 and abs(value - result) <= CLOSE * value


BOUND_MARK = re.compile(r"(以上|以下|以内)$")
"""A figure stated as a bound (增加百分之十以上, 控制在3%以内): what it says holds of any looser bound too (not 多:
3000多万 is no more than 4000万, and 2000多万 is false of it)."""
LOWER_MARKS = ("以上", "超过", "不少于", "不低于", "至少", "突破", "逾")
BOUND_BEFORE = re.compile(r"(超过|不少于|不低于|至少|突破|逾|不超过|不到|不足|低于|控制在)$")
"""A bound said before its figure (贡献率超过30%, 控制在3%): the figure itself carries no mark."""
BOUND_BODY = re.compile(
    rf"^(?:{NUMBER})(?:万亿|万|亿)?(?:%|[^\d\s，。；、：%〇零一二两三四五六七八九十百千万亿]{{1,3}})$"
)
"""An amount and its unit, nothing else (3000万人, 5%, 十年)."""


def bound_apart(options: list[str]) -> tuple[list[str], str]:
    """Figures all stated as the same bound, as an examiner offers a law's thresholds: the amounts, the bound left in
    the stem after the blank (处＿＿以下罚款: 五万元 / 十万元 / 二十万元). ([], '') unless every option is a bound of
    one mark."""
    bounds = [bound(option) for option in options]
    marks = {found[2] if found else "" for found in bounds}
    if len(marks) != 1 or "" in marks:
        return [], ""
    mark = marks.pop()
    amounts = [option[: -len(mark)] for option in options]
    return (amounts, mark) if len(set(amounts)) == len(amounts) else ([], "")


def looser_bound(figure: str, other: str, before: str = "") -> bool:
    """Whether `other` states a looser bound of the same unit than `figure` and so holds wherever it does (增加百分之
    十以上 -> 百分之五以上, 控制在3%以内 -> 5%以内, and after `before` that says the bound: 超过30% -> 20%): a swap that
    leaves a statement true."""
    mine, theirs = bound(figure, before), bound(other, before)
    if mine is None or theirs is None or mine[1:] != theirs[1:]:
        return False
    return theirs[0] < mine[0] if mine[2] in LOWER_MARKS else theirs[0] > mine[0]


def bound(figure: str, before: str = "") -> tuple[float, str, str] | None:
    """(amount, unit, mark) of a figure stated as a bound (百分之十以上 -> (10, '%', '以上'); 30% after 超过 -> (30, '%',
    '超过')), or None."""
    mark = BOUND_MARK.search(figure)
    said = mark or BOUND_BEFORE.search(before)
    if said is None:
        return None
    body = figure[: mark.start()] if mark else figure
    name = said.group(1)
    shared = percent(body)
    if shared:
        return (shared[0], "%", name) if not shared[1] else None
    stated = amounts(body)
    return (stated[0][0], stated[0][1], name) if BOUND_BODY.match(body) and len(stated) == 1 else None


REACH = r"[^，,；;。]{0,6}$"
CONDITION_UPPER = re.compile(r"(?:不满|未满|不足|不到|不超过|(?<!不)低于)" + REACH)
"""Said before a figure of a condition, a bound from above: 不满十四周岁的, 不超过人民币五万元的."""
CONDITION_LOWER = re.compile(r"(?:(?<!不)超过|(?<![期届])满|逾期|逾|不少于|不低于|至少)" + REACH)
"""Said before a figure of a condition, a bound from below (超过二年的, 连续满十二小时的, 超过约定的期限六十日…的); not
the 满 of 期满 and 届满, which says when a time runs from."""
UPPER_AFTER = re.compile(r"^(?:以下|以内|之内|内)")
"""After a figure, a bound from above (六个月内, 五万元以下); 以上 after it bounds it from below."""
NOT_DONE = re.compile(r"未(?!成年|满)|没有|不(?!得)")
"""A condition on what was not done within a time (六个月内未办理登记的, 一年内不行使的): it holds the longer the time,
as a bound from below does."""
PENALTY = re.compile(r"罚款|罚金|并处|处以|处(?![罚理分置])")
"""A penalty's amounts (处十万元以上五十万元以下的罚款, 并处违法所得一倍以上五倍以下的罚款, 处三年以下有期徒刑): the
rule's limits, not a condition (not the noun 处罚, nor 处分, 处理, 处置)."""


def narrows_condition(before: str, figure: str, other: str, after: str) -> bool:
    """Whether `other` in place of `figure` narrows the condition it bounds, so a law's statement stays true (自合同成立
    之日起超过二年的，保险人不得解除合同 -> 超过十年的; 六个月内未办理登记的，…失效 -> 九个月内; 不满十四周岁的未成年人
    -> 十二周岁): a false 判断 moves such a figure only the other way. A condition is a clause that ends with 的 (…的，)
    or a figure that qualifies what follows it (…周岁的未成年人); a deadline (三十日内作出…的决定) and a penalty's
    amounts are the rule itself. Not caught: a bound no word marks (连续两年被确定为不称职的), a 的 past a comma, and
    amounts of two units (六个月 -> 一年)."""
    clause_start = max(before.rfind(mark) for mark in "，,；;。：:") + 1
    lead, rest = before[clause_start:], re.split(r"[，,；;。：:]", after, maxsplit=1)[0]
    tail = figure[len(figure.rstrip("以上下内之")) :] + rest
    if not (rest.endswith("的") or tail.lstrip("以上下内之").startswith("的")):
        return False
    if PENALTY.search(lead) or PENALTY.search(rest):
        return False
    mine, theirs = amounts(figure), amounts(other)
    if len(mine) != 1 or len(theirs) != 1 or mine[0][1] != theirs[0][1]:
        return False
    if CONDITION_UPPER.search(lead):
        from_below = False
    elif figure.endswith("以上") or CONDITION_LOWER.search(lead):
        from_below = True
    elif UPPER_AFTER.match(tail):
        from_below = bool(NOT_DONE.search(rest))
    else:
        return False
    return theirs[0][0] > mine[0][0] if from_below else theirs[0][0] < mine[0][0]
