"""The page's two numbers, the card limit (卡片数量上限) and the question count (练习题 N 道): read from
the form, refused with a message when they are not numbers the page can use, and explained once applied
(asked for, made, and why the two differ), in Chinese."""

from __future__ import annotations

from dataclasses import dataclass

from studycards.budget_report import BudgetReport
from studycards.ranking import BUDGET_FROM, CARDS_PER_1000

AUTO = "auto"
MAX_QUIZ = 500


@dataclass(frozen=True)
class Limit:
    value: int | str | None
    """A number; AUTO (the default); None (no limit: every card)."""
    error: str = ""
    """Why what was typed could not be used ('' when it could); the default is used instead."""


def card_limit(typed: str) -> Limit:
    """卡片数量上限: empty for the default, 'all' for every card, else a whole number of cards above 0."""
    typed = typed.strip()
    if typed in ("", AUTO):
        return Limit(AUTO)
    if typed == "all":
        return Limit(None)
    number = _whole(typed)
    if number is None or number < 1:
        return Limit(AUTO, f"卡片数量上限要填 1 或更大的整数（填的是“{typed[:20]}”），下面按默认上限勾选。")
    return Limit(number)


def question_count(typed: str, default: int) -> Limit:
    """练习题 N 道: empty for the default, else a whole number from 1 to MAX_QUIZ."""
    typed = typed.strip()
    if not typed:
        return Limit(default)
    number = _whole(typed)
    if number is None or not 1 <= number <= MAX_QUIZ:
        return Limit(default, f"练习题的数量要填 1 到 {MAX_QUIZ} 之间的整数（填的是“{typed[:20]}”）。")
    return Limit(number)


def _whole(typed: str) -> int | None:
    try:
        return int(typed)
    except ValueError:
        return None


OUTLINE_RULE = "（提纲要点中，讲话、报告的框架总是保留；法律各条所列事项与其他内容一样按重要性挑选，章节目录只在“全部勾选”时出题。）"


def budget_note(asked: int | str | None, done: BudgetReport, total: int, characters: int = 0) -> str:
    """What the budget did, in numbers that add up: `total` cards in all, `done.cards` ticked; `characters`:
    the material's length, which the default budget is counted from."""
    if asked is None:
        return f"已全部勾选：共 {total} 张卡片。"
    if asked == AUTO and done.budget is None:
        return f"默认：材料不长（{BUDGET_FROM} 字以内），{total} 张卡片全部勾选。"
    length = f"材料约 {characters} 字，" if characters else ""
    limit = f"默认上限 {done.budget} 张（{length}每千字 {CARDS_PER_1000} 张）" if asked == AUTO else f"上限 {asked} 张"
    unticked = done.left_out_cards + done.held_back_cards
    left = f"另有 {unticked} 张次要的卡片没有勾选，可以自己勾选或点“全部勾选”。" if unticked else ""
    budget = done.budget if asked == AUTO else asked
    if isinstance(budget, int) and budget >= total and not done.held_back:
        return f"{limit}：材料一共只有 {total} 张卡片，全部勾选。"
    if isinstance(budget, int) and done.cards > budget:
        return (
            f"{limit}：提纲要点（要背的框架）不受上限限制，总是保留，有 {done.skeleton_cards} 张；"
            f"加上按重要性选的 {done.cards - done.skeleton_cards} 张，共勾选 {done.cards} 张，多于上限。{left}{OUTLINE_RULE}"
        )
    kept = f"（其中提纲要点 {done.skeleton_cards} 张总是保留）" if done.skeleton_cards else ""
    return f"{limit}：按重要性勾选了 {done.cards} 张{kept}。{left}{OUTLINE_RULE}"


def quiz_note(asked: int, made: int) -> str:
    """Why the quiz has fewer questions than asked for ('' when it has as many)."""
    if made >= asked:
        return ""
    return (
        f"要出 {asked} 道题，勾选的内容只够出 {made} 道：同一内容不反复考，一道题也不能泄露另一道题的答案。"
        "多勾选一些卡片（或点“全部勾选”）可以出更多题。"
    )
