"""The self-test in the terminal: ask, read a typed answer, judge it leniently, show the answer and source.

It reads answers one a line from any text stream and writes to any other, so a drill can be piped,
scripted and tested. End of input or Ctrl-C stops it cleanly: what was answered is scored and kept.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from typing import TextIO

from studycards.history import History
from studycards.quiz.grading import choices, is_right, judge_word
from studycards.quiz.items import TYPE_NAMES, QuizItem, correction, letter

RULE = "─" * 30
CRAM_RIGHT = 2
"""--cram: a missed question comes back until it has been answered right this many times."""
QUIT = {"q", "quit", "exit", "退出", "结束"}
"""Typed instead of an answer: the drill ends there, and the question is not graded."""
GIVE_UP = {"?", "不知道", "不会", "跳过"}
"""Typed instead of an answer: graded as a miss, and the answer is shown."""


@dataclass
class Outcome:
    """How a drill went."""

    total: int
    """Questions the drill had."""
    asked: int = 0
    right: int = 0
    stopped: bool = False
    """Ended before the last question (end of input or Ctrl-C)."""
    missed: list[QuizItem] = field(default_factory=list)
    crammed: int = 0
    """--cram: answers given to missed questions asked again."""


def run_drill(
    items: list[QuizItem],
    reader: TextIO,
    writer: TextIO,
    history: History | None = None,
    echo: bool = False,
    cram: bool = False,
) -> Outcome:
    """Ask `items` in turn, reading each answer as one line from `reader`.

    `echo` writes each answer after its prompt (for piped input, so that the transcript reads as a dialogue).
    Every answer is recorded in `history` at once. `cram` then asks the missed questions again, in turn,
    until each has been answered right CRAM_RIGHT times.
    """
    outcome = Outcome(total=len(items))
    try:
        for number, item in enumerate(items, 1):
            right = _ask(question_text(number, len(items), item), item, reader, writer, history, echo)
            if right is None:
                outcome.stopped = True
                break
            outcome.asked += 1
            outcome.right += right
            if not right:
                outcome.missed.append(item)
        if cram and not outcome.stopped:
            outcome.stopped = not _cram(outcome, reader, writer, history, echo)
    except KeyboardInterrupt:  # Ctrl-C while a verdict is written: the answer given is kept all the same
        writer.write("\n")
        outcome.stopped = outcome.asked < outcome.total or bool(cram and outcome.missed)
    writer.write(score_text(outcome))
    writer.flush()
    return outcome


def _cram(outcome: Outcome, reader, writer, history, echo) -> bool:
    """The missed questions again until each is answered right CRAM_RIGHT times; False if stopped."""
    queue = list(outcome.missed)
    rights = {id(item): 0 for item in queue}
    while queue:
        item = queue.pop(0)
        left = len(queue) + 1
        head = f"{RULE}\n错题重练 · 还剩 {left} 题（每题答对 {CRAM_RIGHT} 次）· {TYPE_NAMES[item.type]}\n"
        right = _ask(head + body_text(item), item, reader, writer, history, echo)
        if right is None:
            return False
        outcome.crammed += 1
        rights[id(item)] += right
        if rights[id(item)] < CRAM_RIGHT:
            queue.append(item)
    return True


def _ask(text, item, reader, writer, history, echo) -> bool | None:
    """Ask one question; whether it was answered right, or None when there is no answer (end of input,
    Ctrl-C)."""
    writer.write(text)
    writer.write(prompt(item))
    writer.flush()
    try:
        line = reader.readline()
    except KeyboardInterrupt:
        line = ""
    while True:
        if not line:
            writer.write("\n")
            return None
        response = line.rstrip("\r\n")
        if echo:
            writer.write(response + "\n")
        if _plain(response) in QUIT:
            return None
        problem = not_an_answer(item, response)
        if problem is None:
            break
        writer.write(f"{problem}\n{prompt(item)}")
        writer.flush()
        try:
            line = reader.readline()
        except KeyboardInterrupt:
            line = ""
    right = is_right(item, response)
    if history is not None:
        history.record(item.fact, right, item.topic, item.source)
    writer.write(verdict(item, right))
    return right


def _plain(response: str) -> str:
    return unicodedata.normalize("NFKC", response).strip().lower()


def not_an_answer(item: QuizItem, response: str) -> str | None:
    """Why `response` does not answer `item` at all (the drill asks again, nothing is graded); None if it
    does, right or wrong. Giving up (?, 不知道) is an answer: a miss."""
    plain = _plain(response)
    if plain in GIVE_UP:
        return None
    if not plain:
        return "没有输入答案。请再答一次（不会可以输入 ? 看答案，输入 q 结束）。"
    if item.type == "judge" and judge_word(response) is None:
        return f"“{response.strip()}”不是判断。请输入 对 或 错（不会输入 ?，结束输入 q）。"
    if item.type in ("single", "multiple"):
        picked = choices(item, response)
        last = letter(len(item.options) - 1)
        if picked is None:
            return f"“{response.strip()}”不是这道题的选项。请输入 A-{last} 或 1-{len(item.options)}（不会输入 ?，结束输入 q）。"
        if item.type == "single" and len(picked) > 1:
            return f"这是单选题，只能选一个。请输入 A-{last} 中的一个（不会输入 ?，结束输入 q）。"
    return None


def question_text(number: int, total: int, item: QuizItem) -> str:
    return f"{RULE}\n第 {number}/{total} 题 · {TYPE_NAMES[item.type]}\n" + body_text(item)


def body_text(item: QuizItem) -> str:
    lines = [item.question()]
    if item.type in ("single", "multiple"):
        lines += [f"  {letter(i)}. {option}" for i, option in enumerate(item.options)]
    return "\n".join(lines) + "\n"


def prompt(item: QuizItem) -> str:
    if item.type == "fill":
        if len(item.answer) == 1:
            return "答案> "
        order = "" if item.ordered else "，顺序不限"
        return f"答案（{len(item.answer)} 空，用顿号或空格分隔{order}）> "
    if item.type == "single":
        last = len(item.options) - 1
        return f"选项（A-{letter(last)} 或 1-{last + 1}）> "
    if item.type == "multiple":
        return "选项（可多选，如 AC 或 13）> "
    return "判断（对/错）> "


def shown_answer(item: QuizItem) -> str:
    if item.type in ("single", "multiple"):
        return "；".join(f"{letter(i)}. {o}" for i, o in enumerate(item.options) if o in item.answer)
    return "、".join(item.answer)


def verdict(item: QuizItem, right: bool) -> str:
    head = "✓ 正确" if right else "✗ 错误"
    said = f"  原文：{correction(item)}\n" if item.original else ""
    return f"{head}　答案：{shown_answer(item)}\n{said}  出处：{item.source}\n"


def score_text(outcome: Outcome) -> str:
    percent = round(100 * outcome.right / outcome.asked) if outcome.asked else 0
    line = f"得分：{outcome.right}/{outcome.asked}（{percent}%）"
    if outcome.stopped:
        line += f"，提前结束（共 {outcome.total} 题）"
    if outcome.crammed:
        line += f"；错题重练 {len(outcome.missed)} 题，作答 {outcome.crammed} 次"
    return f"{RULE}\n{line}\n"
