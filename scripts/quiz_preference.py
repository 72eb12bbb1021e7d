"""What blind readers judged good, from their verdicts on our quizzes: the figures behind quiz/preference.py
(GOOD_SHARE) and questions.MIN_STEM.

    PYTHONPATH=src python scripts/quiz_preference.py               # the verdicts of sessions 12-21 (about 3 minutes)
    PYTHONPATH=src python scripts/quiz_preference.py --until 20    # those GOOD_SHARE was counted on
    PYTHONPATH=src python scripts/quiz_preference.py --until 15    # those of sessions 12-15 only

benchmarks/readings/quiz_verdicts.jsonl holds one verdict a line: the session, the reader (a helper that had not read
the code), the document (corpus/… or decks/…), the question as printed (type, stem, options, the key) and the verdict
(GOOD, WEAK or BAD) with the reader's reason. A question is matched to the fact it asks by studying its document with
the current code: the first fact whose text holds the stem's opening and, but for a 判断, one of its answers.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VERDICTS = ROOT / "benchmarks" / "readings" / "quiz_verdicts.jsonl"
SHARED = ROOT.parent / "shared"
TYPES = {"填空题": "fill", "单选题": "single", "多选题": "multiple", "判断题": "judge"}
LEAST = 10
"""Verdicts a cell needs to be printed."""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--until", type=int, default=21, help="the last session whose verdicts count (default 21)")
    args = parser.parse_args()
    verdicts = [json.loads(line) for line in VERDICTS.read_text(encoding="utf-8").splitlines()]
    verdicts = [v for v in verdicts if v["session"] <= args.until]
    print(
        f"{len(verdicts)} verdicts of sessions up to {args.until}, {len({v['document'] for v in verdicts})} documents"
    )
    by_kind(verdicts)
    by_stem(verdicts)


def by_kind(verdicts: list[dict]) -> None:
    from studycards.facts import normalise
    from studycards.pipeline import study
    from studycards.quiz.questions import LONG_LIST, genre_of

    def cell_kind(fact) -> str:  # a long list apart: one member of it under a blank is one of many that fit
        return "long list" if fact.kind == "enumeration" and len(fact.answers) >= LONG_LIST else fact.kind

    facts: dict[str, list] = {}
    cells: dict[tuple[str, str, str], Counter] = defaultdict(Counter)
    matched = set()
    for verdict in verdicts:
        path = document_path(verdict["document"])
        if path not in facts:
            facts[path] = study(str(path)).facts if path.exists() else []
        fact = fact_asked(verdict, facts[path], normalise)
        if fact is None:
            continue
        matched.add(verdict["document"])
        cells[(genre_of(fact), TYPES[verdict["type"]], cell_kind(fact))][verdict["verdict"]] += 1
    total = sum(sum(cell.values()) for cell in cells.values())
    print(f"\n{total} verdicts matched to the fact they ask ({len(matched)} documents)\n")
    print("| genre | type | kind | verdicts | good | bad |\n|---|---|---|---:|---:|---:|")
    for (genre, kind, fact_kind), cell in sorted(cells.items()):
        count = sum(cell.values())
        if count >= LEAST:
            print(
                f"| {genre} | {kind} | {fact_kind} | {count} | {cell['GOOD'] / count:.2f} | {cell['BAD'] / count:.2f} |"
            )


def document_path(document: str) -> Path:
    return SHARED / document if document.startswith("corpus/") else ROOT / document


def fact_asked(verdict: dict, facts: list, normalise):
    """The first fact whose text holds the stem's opening and (but for a 判断) one of the key's answers."""
    stem = re.sub(r"^.*?》(?:指出|规定)?，", "", verdict["stem"])
    opening = normalise(re.sub(r"＿+", "", stem))[:8]
    key = re.sub(r"^[A-F]+（(.*)）$", r"\1", verdict["answer"])
    answers = [normalise(answer) for answer in re.split(r"[；;]", key) if normalise(answer)]
    for fact in facts:
        text = normalise(fact.text)
        if opening and opening in text and (verdict["type"] == "判断题" or any(a in text for a in answers)):
            return fact
    return None


def by_stem(verdicts: list[dict]) -> None:
    """Fill-ins and 单选 with a blank, by how many characters (punctuation aside) they show besides the source."""
    from studycards.facts import normalise

    cells: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for verdict in verdicts:
        if verdict["type"] not in ("填空题", "单选题") or "＿" not in verdict["stem"]:
            continue
        stem = re.sub(r"^.*?》(?:指出|规定)?，", "", verdict["stem"])
        shown = len(normalise(re.sub(r"＿+", "", stem)))
        genre = "law" if "法》" in verdict["stem"][:25] else "report"
        size = "<11" if shown < 11 else "11-15" if shown < 16 else "16-24" if shown < 25 else "25+"
        cells[(genre, size)][verdict["verdict"]] += 1
    print("\n| genre | characters shown | verdicts | good | bad |\n|---|---|---:|---:|---:|")
    order = ["<11", "11-15", "16-24", "25+"]
    for (genre, size), cell in sorted(cells.items(), key=lambda item: (item[0][0], order.index(item[0][1]))):
        count = sum(cell.values())
        print(f"| {genre} | {size} | {count} | {cell['GOOD'] / count:.2f} | {cell['BAD'] / count:.2f} |")


if __name__ == "__main__":
    sys.exit(main())
