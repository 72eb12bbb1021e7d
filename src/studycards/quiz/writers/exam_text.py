"""A quiz as the plain text that Chinese exam platforms import (题库导入 templates).

    1.【填空题】建立健全________、________、________的正向激励体系
    答案：崇尚实干|带动担当|加油鼓劲
    解析：出处：范文（1） › 三要聚焦严管厚爱 › 强化正向激励，第7行

    9.【单选题】健全干部日常发现、________、适时推荐工作机制
    A. 持续培养
    B. 崇尚担当
    C. 恶意中伤
    D. 电话短信
    答案：A
    解析：出处：…

One item a block, blocks separated by a blank line. The stem line is the number, a full stop, the type in
【】 (填空题 单选题 多选题 判断题) and the question; blanks are runs of eight underscores, all alike
(with --hint count two per character of the answer, at least four). Options follow one a line, "A. " to "D. ". 答案： gives the letter (单选), the
letters in order (多选: ACD), 正确 or 错误 (判断), or the blanks' answers in order joined by | (填空).
解析： (optional) gives the source; for a false 判断 first the passage as written, the swapped phrase in 【】.
"""

from __future__ import annotations

from studycards.quiz.items import TYPE_NAMES, QuizItem, correction, letter


def render_quiz_exam_text(items: list[QuizItem], title: str = "") -> str:
    return "\n".join(_block(number, item) for number, item in enumerate(items, 1))


def _block(number: int, item: QuizItem) -> str:
    lines = [f"{number}.【{TYPE_NAMES[item.type]}】{item.question()}"]
    if item.type in ("single", "multiple"):
        lines += [f"{letter(i)}. {option}" for i, option in enumerate(item.options)]
    said = f"原文：{correction(item)}；" if item.original else ""
    lines += [f"答案：{item.key}", f"解析：{said}出处：{item.source}", ""]
    return "\n".join(lines)
