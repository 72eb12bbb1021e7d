"""Plain counts behind ranking.KIND_WEIGHT: how often a fact of each kind hides what an examiner hid.

    PYTHONPATH=src python scripts/examiner_counts.py            # the tuning half (what the weights come from)
    PYTHONPATH=src python scripts/examiner_counts.py --half check

Over the exam's fill items (each sentence a one-paragraph document) and the corpus documents with examiner blanks:
for each kind, the facts made, the share whose note hides an examiner blank of its sentence (precision), and for
items, the share of sentences where the kind's note is the one that hides it when several kinds propose a card.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from examiner import blank_files, fill_items, guarded, item_study  # noqa: E402
from halves import half  # noqa: E402

from studycards.blanks import asks, cards_of  # noqa: E402
from studycards.cards import card_count, make_notes  # noqa: E402
from studycards.pipeline import Studied, study  # noqa: E402
from studycards.segment import segmenter  # noqa: E402


def hits(studied: Studied, blanks: list[tuple[str, str]], made: Counter, hit: Counter, spent: Counter) -> None:
    for fact in guarded(studied.facts):
        cards = [card for note in make_notes([Studied(studied.document, [fact])]) for card in cards_of(note)]
        made[fact.kind] += 1
        spent[fact.kind] += card_count(fact)
        if any(asks(card, sentence, answer) for card in cards for sentence, answer in blanks):
            hit[fact.kind] += 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--half", choices=("tune", "check"), default="tune")
    args = parser.parse_args()
    seg = segmenter()
    for source in ("items", "corpus"):
        made: Counter = Counter()
        hit: Counter = Counter()
        spent: Counter = Counter()
        if source == "items":
            for item in fill_items(None):
                if half(item["id"]) == args.half:
                    blanks = [(item["sentence"], answer) for answer in item["answers"]]
                    hits(item_study(item["sentence"], seg), blanks, made, hit, spent)
        else:
            for document, blanks_path, _ in blank_files():
                if half(document.name) == args.half:
                    found = json.loads(blanks_path.read_text(encoding="utf-8"))["blanks"]
                    hits(study(str(document)), [(b["sentence"], b["answer"]) for b in found], made, hit, spent)
        print(f"\n{source} ({args.half} half)\n")
        print("| kind | facts | cards | hide an examiner blank | per fact | per 100 cards |")
        print("|---|---:|---:|---:|---:|---:|")
        for kind, count in made.most_common():
            per_card = 100 * hit[kind] / max(1, spent[kind])
            print(f"| {kind} | {count} | {spent[kind]} | {hit[kind]} | {hit[kind] / count:.3f} | {per_card:.1f} |")


if __name__ == "__main__":
    main()
