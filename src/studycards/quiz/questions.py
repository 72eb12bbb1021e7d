"""The four question types, each cut from a frame (a fact as a sentence with its answers marked).

- 填空 (fill): the answers blanked, each blank sized to its answer; a short list is asked whole (several
  blanks), a long one an item at a time with the others as cue.
- 单选 (single): one answer blanked; the options are it and three phrases of the same kind and shape.
- 多选 (multiple): two or three answers blanked; four options, the rest phrases of the same kind and shape.
- 判断 (judge): the sentence as written (正确), or with one answer swapped for a phrase of the same kind and
  shape (错误); the two kept balanced.
"""

from __future__ import annotations

import random
from collections import Counter, defaultdict

from studycards.facts import Fact, normalise
from studycards.quiz.distractors import Pool, shape
from studycards.quiz.frames import ELLIPSIS, Frame
from studycards.quiz.items import JUDGE_OPTIONS, QuizItem

OPTIONS = 4
"""Options of a choice item (A-D)."""
WHOLE_LIST_ITEMS = 6
WHOLE_LIST_CHARS = 40
"""A list is asked whole (one blank an item) when it has at most this many items and characters."""
TOPIC_CHARS = 48


class Questions:
    """Makes questions of every type from the frames of one body of material."""

    def __init__(self, frames: list[Frame], facts: list[Fact], rng: random.Random):
        self.rng = rng
        self.pool = Pool(frames)
        self.corpus = "\x00".join(normalise(text) for fact in facts for text in (fact.text, fact.origin.paragraph))
        """Everything the material says, to make sure a statement meant to be false is not said somewhere."""
        self.truths: Counter = Counter()
        self.asked: dict[str, set[int]] = defaultdict(set)
        """Per frame, the answers already asked: the next question on it asks another."""

    def make(self, kind: str, frame: Frame) -> QuizItem | None:
        """A question of type `kind` on `frame`, or None when the frame cannot give a good one."""
        return getattr(self, kind)(frame)

    def fill(self, frame: Frame) -> QuizItem | None:
        answers = frame.answers
        whole = (
            2 <= len(answers) <= WHOLE_LIST_ITEMS
            and sum(len(normalise(a)) for a in answers) <= WHOLE_LIST_CHARS
            and not self.asked[frame.identity]
            and not any("、" in answer for answer in answers)  # several answers are written joined by 、
        )
        targets = list(range(len(answers))) if whole else [self._target(frame)]
        view = frame.view(targets)
        return self._item("fill", frame, targets, view.cut(), (), tuple(answers[i] for i in targets))

    def single(self, frame: Frame) -> QuizItem | None:
        index = self._target(frame)
        view = frame.view([index])
        answer = frame.answers[index]
        wrong = self.pool.choose([answer], frame.fact, OPTIONS - 1, self.rng, shown=view.text, avoid=frame.items)
        if wrong is None:
            return None
        options = [answer, *wrong]
        self.rng.shuffle(options)
        return self._item("single", frame, [index], view.cut(), tuple(options), (answer,))

    def multiple(self, frame: Frame) -> QuizItem | None:
        answers = frame.answers
        if len(answers) < 2:
            return None
        first = self._target(frame)
        alike = [i for i in range(len(answers)) if i != first and shape(answers[first]).fits(shape(answers[i]))]
        if not alike:
            return None
        count = min(self.rng.choice((2, 3)), len(alike) + 1)
        targets = sorted([first, *self.rng.sample(alike, count - 1)])
        view = frame.view(targets)
        right = [answers[i] for i in targets]
        wrong = self.pool.choose(right, frame.fact, OPTIONS - count, self.rng, shown=view.text, avoid=frame.items)
        if wrong is None:
            return None
        options = [*right, *wrong]
        self.rng.shuffle(options)
        answer = tuple(option for option in options if option in right)
        return self._item("multiple", frame, targets, view.cut(), tuple(options), answer)

    def judge(self, frame: Frame) -> QuizItem | None:
        index = self._target(frame)
        view = frame.view([index])
        true_first = self.truths[True] < self.truths[False] or (
            self.truths[True] == self.truths[False] and self.rng.random() < 0.5
        )
        statement = None if true_first else self._falsehood(frame, index, view)
        truth = statement is None
        if truth and not true_first and self.truths[True] - self.truths[False] >= 1:
            return None  # no good false statement here; keep the two balanced
        statement = statement or view.text
        self.truths[truth] += 1
        answer = JUDGE_OPTIONS[0] if truth else JUDGE_OPTIONS[1]
        return self._item("judge", frame, [index], (statement,), JUDGE_OPTIONS, (answer,))

    def _falsehood(self, frame: Frame, index: int, view) -> str | None:
        """The view with the answer swapped for a phrase of the same kind and shape, if that is surely false."""
        swap = self.pool.choose([frame.answers[index]], frame.fact, 1, self.rng, shown=view.text, avoid=frame.items)
        if swap is None:
            return None
        statement = view.replace(0, swap[0])
        said = normalise(statement[len(frame.lead) :].replace(ELLIPSIS, ""))
        return None if said in self.corpus else statement

    def _target(self, frame: Frame) -> int:
        """An answer of the frame not asked yet (any, once all have been)."""
        fresh = [i for i in range(len(frame.spans)) if i not in self.asked[frame.identity]]
        return self.rng.choice(fresh or range(len(frame.spans)))

    def _item(self, kind, frame: Frame, targets, parts, options, answer) -> QuizItem | None:
        asked = [frame.answers[i] for i in targets]
        if kind != "judge" and (_gives_away(parts, asked) or len({normalise(a) for a in asked}) < len(asked)):
            return None
        self.asked[frame.identity].update(targets)
        fact = frame.fact
        origin = fact.origin
        blanks = tuple(len(frame.answers[i]) for i in targets) if kind != "judge" else ()
        return QuizItem(
            type=kind,
            parts=tuple(parts),
            blanks=blanks,
            options=tuple(options),
            answer=tuple(answer),
            source=f"{' › '.join(origin.trail)}，第{origin.line}行",
            fact=frame.identity,
            kind=fact.kind,
            topic=_topic(fact),
            ordered=frame.ordered,
        )


def _gives_away(parts, answers) -> bool:
    """Whether the question shows an answer it asks for elsewhere in its text."""
    shown = normalise("".join(parts))
    return any(normalise(answer) in shown for answer in answers)


def _topic(fact: Fact) -> str:
    items = "、".join(fact.answers)
    text = f"{fact.text}：{items}" if fact.kind == "outline" else items
    return text if len(text) <= TOPIC_CHARS else text[: TOPIC_CHARS - 1] + "…"
