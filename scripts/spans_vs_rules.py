"""Hand rules against the examined-span model, per kind of rule, on the exam's fill items of one half.

    PYTHONPATH=src python scripts/spans_vs_rules.py --half check

For each item sentence where a rule of kind K makes a fact: whether that fact hides the examiner's answer (rule),
whether the model's best askable span is it (model: the model sees the rules' spans, extract/examined.py), and
whether the note a default deck makes first hides it (decision: the model's span where it is sure and clean, else
the rule's fact; ranking._examined_scores).
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from examiner import fill_items, guarded, item_study  # noqa: E402
from halves import half  # noqa: E402

from studycards.blanks import asks, cards_of  # noqa: E402
from studycards.cards import make_notes  # noqa: E402
from studycards.extract.examined import askable, rule_spans, shares, span_scores  # noqa: E402
from studycards.facts import normalise  # noqa: E402
from studycards.pipeline import Studied  # noqa: E402
from studycards.ranking import rank  # noqa: E402
from studycards.segment import segmenter  # noqa: E402


def comparable(hidden: str, answer: str) -> bool:
    short, long = sorted((normalise(hidden), normalise(answer)), key=len)
    return bool(short) and short in long and len(short) >= 0.6 * len(long)


def _best(sentence: str, seg, rules) -> str:
    """The model's best askable span, seeing the rules' spans."""
    for (begin, end), _ in shares(span_scores(sentence, seg, rules=rules)):
        if askable(sentence[begin:end]):
            return sentence[begin:end]
    return ""


def _rule_hit(studied: Studied, kind: str, sentence: str, answers: list[str]) -> bool:
    facts = [fact for fact in studied.facts if fact.kind == kind]
    cards = [card for note in make_notes([Studied(studied.document, facts)]) for card in cards_of(note)]
    return any(asks(card, sentence, answer) for card in cards for answer in answers)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--half", choices=("tune", "check"), default="check")
    parser.add_argument("--limit", type=int, help="a sample of this many fill items (every n-th)")
    args = parser.parse_args()
    seg = segmenter()
    table: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for item in fill_items(args.limit):
        if half(item["id"]) != args.half:
            continue
        sentence = item["sentence"]
        studied = item_study(sentence, seg)
        rules = rule_spans(sentence, (sentence, 0), [f for f in studied.facts if f.spans and f.kind != "outline"])
        model = _best(sentence, seg, rules)
        model_hit = any(comparable(model, answer) for answer in item["answers"]) if model else False
        ranked = rank(studied.document, guarded(studied.facts))
        first = make_notes([Studied(studied.document, ranked[:1])]) if ranked else []
        chosen = [card for note in first for card in cards_of(note)]
        decided = any(asks(card, sentence, answer) for card in chosen for answer in item["answers"])
        hits = {kind: _rule_hit(studied, kind, sentence, item["answers"]) for kind in _rule_kinds(studied)}
        keys = [*hits, "**any rule**"] if hits else ["**no rule**"]
        for key in keys:
            row = table[key]
            row[0] += 1
            row[1] += hits.get(key, any(hits.values()))
            row[2] += model_hit
            row[3] += decided
    print(
        f"| kind of rule ({args.half} half) | sentences | rule hides the answer | model's best span is it "
        "| default deck's first note hides it |"
    )
    print("|---|---:|---:|---:|---:|")
    for kind, (count, rule, model_count, decided_count) in sorted(table.items(), key=lambda pair: -pair[1][0]):
        print(f"| {kind} | {count} | {rule / count:.2f} | {model_count / count:.2f} | {decided_count / count:.2f} |")


def _rule_kinds(studied: Studied) -> list[str]:
    return sorted({fact.kind for fact in studied.facts} - {"examined"})


if __name__ == "__main__":
    main()
