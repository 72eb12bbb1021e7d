"""Hand rules against the examined-span model, per kind of rule, on the exam's fill items of one half.

    PYTHONPATH=src python scripts/spans_vs_rules.py --half check

For each item sentence where a rule of kind K makes a fact: whether that fact hides the examiner's answer (rule),
and whether the model's best askable span is it (model). Where the rule wins, ranking keeps the rule's fact first
(its kind weight is above what the model's proposal can reach, see ranking.KIND_WEIGHT).
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from examiner import fill_items, item_study  # noqa: E402
from halves import half  # noqa: E402

from studycards.blanks import asks, cards_of  # noqa: E402
from studycards.cards import make_notes  # noqa: E402
from studycards.extract.examined import best_spans  # noqa: E402
from studycards.facts import normalise  # noqa: E402
from studycards.pipeline import Studied  # noqa: E402
from studycards.segment import segmenter  # noqa: E402


def comparable(hidden: str, answer: str) -> bool:
    short, long = sorted((normalise(hidden), normalise(answer)), key=len)
    return bool(short) and short in long and len(short) >= 0.6 * len(long)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--half", choices=("tune", "check"), default="check")
    args = parser.parse_args()
    seg = segmenter()
    table: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for item in fill_items(None):
        if half(item["id"]) != args.half:
            continue
        sentence = item["sentence"]
        studied = item_study(sentence, seg)
        best = best_spans(sentence, seg, top=1)
        model = sentence[best[0][0][0] : best[0][0][1]] if best else ""
        model_hit = any(comparable(model, answer) for answer in item["answers"]) if model else False
        for kind in sorted({fact.kind for fact in studied.facts} - {"examined"}):
            facts = [fact for fact in studied.facts if fact.kind == kind]
            cards = [card for note in make_notes([Studied(studied.document, facts)]) for card in cards_of(note)]
            rule_hit = any(asks(card, sentence, answer) for card in cards for answer in item["answers"])
            row = table[kind]
            row[0] += 1
            row[1] += rule_hit
            row[2] += model_hit
    print(f"| kind of rule ({args.half} half) | sentences | rule hides the answer | model's best span is it |")
    print("|---|---:|---:|---:|")
    for kind, (count, rule, model_count) in sorted(table.items(), key=lambda pair: -pair[1][0]):
        print(f"| {kind} | {count} | {rule / count:.2f} | {model_count / count:.2f} |")


if __name__ == "__main__":
    main()
