"""Do our choice questions need the document? A blind guesser reads only the stem and the options.

    PYTHONPATH=src python benchmarks/quiz_blind.py              # both halves, the samples, the exam items
    PYTHONPATH=src python benchmarks/quiz_blind.py --limit 20   # the first 20 documents of each half
    PYTHONPATH=src python benchmarks/quiz_blind.py --half tune  # the tune half only (and the exam items)

The guesser (`guess`), for a question with one blank:
1. the blank's *neighbours* are the list members on either side of it, joined to it by 、 or 和
   (执政考验、改革开放考验、＿、外部环境考验 -> 改革开放考验, 外部环境考验);
2. each option scores one point for each of: its last character, its first character, its length (±1) matching
   a neighbour's (the best neighbour counts); the highest score wins;
3. ties (and stems with no neighbours) go to the option most like the others: the highest mean share of
   characters in common with each other option (|a∩b| / |a∪b| over character sets); ties left are drawn
   with a fixed seed.

It is scored against chance (the mean of 1/options) on:
- ours: 单选 with one blank (as the exam items counted) of 30-question quizzes (seed 1) of every corpus document of each half (benchmarks/halves.py) and
  of the samples in decks/;
- theirs: the real single-choice items of exam/items.jsonl (one blank, options given, one option the answer),
  by the same split of item ids.

Family shares: of the wrong options, the share whose last character, first character, and length (±1)
are the answer's. Integrity: over our quizzes, questions that show what another asks (leaks), blanks of
telling widths, and 多选 stems with more than one blank (the checks of tests/test_quiz_integrity.py).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from halves import ITEMS, corpus_documents, half

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

SEED = 1
QUESTIONS = 30
BLANK = re.compile(r"[_＿]{2,}|（\s*）|\(\s*\)")
LINK = re.compile(r"(、|和|及|与|以及)$")
LINK_AFTER = re.compile(r"^(、|和|及|与|以及)")
MEMBER_STOP = re.compile(r"[、，,。；;：:！？!?“”‘’「」《》（）()\s]|和|及|与")
PUNCTUATION = re.compile(r"[\s，,。；;：:、“”‘’\"'「」『』《》（）()！？!?·…—-]")


def plain(text: str) -> str:
    return PUNCTUATION.sub("", text)


def neighbours(stem: str) -> list[str]:
    """The list members standing beside the (first) blank, joined to it by 、 or 和."""
    match = BLANK.search(stem)
    if not match:
        return []
    before, after = stem[: match.start()], stem[match.end() :]
    found = []
    link = LINK.search(before)
    if link:
        rest = before[: link.start()]
        member = MEMBER_STOP.split(rest)[-1]
        found.append(member)
    link = LINK_AFTER.match(after)
    if link:
        member = MEMBER_STOP.split(after[link.end() :])[0]
        found.append(member)
    return [plain(member) for member in found if plain(member) and not BLANK.search(member)]


def family(option: str, answer: str) -> tuple[bool, bool, bool]:
    """Whether `option` shares `answer`'s last character, first character, length (±1)."""
    a, b = plain(option), plain(answer)
    if not a or not b:
        return (False, False, False)
    return (a[-1] == b[-1], a[0] == b[0], abs(len(a) - len(b)) <= 1)


def likeness(option: str, others: Iterable[str]) -> float:
    mine = set(plain(option))
    shares = [len(mine & set(plain(o))) / max(1, len(mine | set(plain(o)))) for o in others]
    return sum(shares) / len(shares) if shares else 0.0


def guess(stem: str, options: list[str], rng: random.Random) -> int:
    """The index of the option the blind guesser picks (see the module's docstring)."""
    around = neighbours(stem)

    def fit(option: str) -> int:
        return max((sum(family(option, member)) for member in around), default=0)

    scored = [
        (fit(option), round(likeness(option, options[:i] + options[i + 1 :]), 6), rng.random(), i)
        for i, option in enumerate(options)
    ]
    return max(scored)[3]


@dataclass
class Tally:
    """What the guesser and the family shares come to over a set of questions."""

    questions: int = 0
    right: int = 0
    chance: float = 0.0
    listed: int = 0
    """Questions whose blank stands in a list (it has neighbours)."""
    listed_right: int = 0
    listed_chance: float = 0.0
    wrong: int = 0
    shares: list[int] = field(default_factory=lambda: [0, 0, 0])

    def add(self, stem: str, options: list[str], answer: int, rng: random.Random) -> None:
        picked = guess(stem, options, rng) == answer
        self.questions += 1
        self.right += picked
        self.chance += 1 / len(options)
        if neighbours(stem):
            self.listed += 1
            self.listed_right += picked
            self.listed_chance += 1 / len(options)
        for i, option in enumerate(options):
            if i != answer:
                self.wrong += 1
                for k, same in enumerate(family(option, options[answer])):
                    self.shares[k] += same

    def row(self, name: str) -> str:
        if not self.questions:
            return f"| {name} | 0 | | | | | | | |"
        acc, chance = self.right / self.questions, self.chance / self.questions
        listed = (
            f"{self.listed_right / self.listed:.2f} / {self.listed_chance / self.listed:.2f} ({self.listed})"
            if self.listed
            else "-"
        )
        last, first, length = (share / max(1, self.wrong) for share in self.shares)
        return (
            f"| {name} | {self.questions} | {acc:.2f} | {chance:.2f} | {acc - chance:+.2f} | {listed} "
            f"| {last:.0%} | {first:.0%} | {length:.0%} |"
        )


HEADER = (
    "| questions | n | guesser | chance | lift | in a list: guesser / chance (n) | same last | same first | "
    "same length ±1 |\n|---|---|---|---|---|---|---|---|---|"
)


def exam_tallies() -> dict[str, Tally]:
    tallies = {"tune": Tally(), "check": Tally()}
    rng = random.Random(SEED)
    for line in ITEMS.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        options, answers = item.get("options"), item.get("answers")
        if not options or not answers or len(answers) != 1 or len(item.get("blanks", ())) != 1:
            continue
        if any(len(option) != 1 for option in options):
            continue
        texts = [option[0] for option in options]
        right = [i for i, text in enumerate(texts) if plain(text) == plain(answers[0])]
        if len(right) != 1 or len(texts) < 2:
            continue
        tallies[half(item["id"])].add(item["stem"], texts, right[0], rng)
    return tallies


@dataclass
class Integrity:
    quizzes: int = 0
    leaks: int = 0
    widths: int = 0
    multi_blank: int = 0

    def add(self, items) -> None:
        from test_quiz_integrity import asks, shows

        from studycards.quiz.items import BLANK as DRAWN

        self.quizzes += 1
        for one in items:
            text = one.question()
            self.widths += not set(re.findall(r"_+", text)) <= {DRAWN}
            self.multi_blank += one.type == "multiple" and (len(one.blanks) > 1 or text.count(DRAWN) > 1)
            for other in items:
                if other is not one:
                    self.leaks += any(phrase in shown for phrase in asks(one) for shown in shows(other))


def our_tallies(groups: dict[str, list[Path]]) -> tuple[dict[str, Tally], dict[str, Integrity], dict[str, int]]:
    from studycards.pipeline import study_all
    from studycards.quiz.selection import make_items

    tallies, integrity, failed = {}, {}, {}
    for name, paths in groups.items():
        tally, checks, failures = Tally(), Integrity(), 0
        rng = random.Random(SEED)
        for path in paths:
            try:
                facts = [fact for studied in study_all([str(path)]) for fact in studied.facts]
                items = make_items(facts, QUESTIONS, seed=SEED)
            except Exception as error:  # a benchmark counts failures; the tests find them
                print(f"{path.name}: {type(error).__name__}: {error}", file=sys.stderr)
                failures += 1
                continue
            checks.add(items)
            for item in items:
                if item.type == "single" and len(item.blanks) == 1:  # as the exam items: one blank
                    tally.add(item.question(), list(item.options), item.options.index(item.answer[0]), rng)
        tallies[name], integrity[name], failed[name] = tally, checks, failures
    return tallies, integrity, failed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="documents per half (0: all)")
    parser.add_argument("--half", choices=("tune", "check"), help="one half only, no samples (while tuning)")
    args = parser.parse_args()
    groups = {}
    for which in (args.half,) if args.half else ("tune", "check"):
        paths = corpus_documents(which)
        groups[f"ours, {which} half"] = paths[: args.limit] if args.limit else paths
    if not args.half:
        groups["ours, samples (decks/)"] = sorted((ROOT / "decks").glob("*.txt"))
    tallies, integrity, failed = our_tallies(groups)
    exams = exam_tallies()
    print(HEADER)
    for name, tally in tallies.items():
        print(tally.row(name))
    for which, tally in exams.items():
        print(tally.row(f"exam items, {which} half"))
    print("\n| quizzes | n | leaks | telling widths | multi-blank 多选 | failed |\n|---|---|---|---|---|---|")
    for name, checks in integrity.items():
        print(
            f"| {name} | {checks.quizzes} | {checks.leaks} | {checks.widths} | {checks.multi_blank} | {failed[name]} |"
        )


if __name__ == "__main__":
    main()
