"""Which of today's cards blind readers judged, and how often they kept them, by genre and kind of fact.

    PYTHONPATH=src python scripts/verdicts_by_kind.py              # verdicts of sessions 17 on
    PYTHONPATH=src python scripts/verdicts_by_kind.py --since 20 --show enumeration

Builds the default deck of every corpus document a reader judged (two processes), finds each stored card verdict
(benchmarks/readings/card_verdicts.jsonl) on today's cards by its document, its answer and the eight characters
before its blank, and prints the kept share of the verdicts that still stand on a card, by genre and kind. A rule
that removes cards is read against these: the verdicts on the cards it removes, before and after.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
from collections import defaultdict
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
VERDICTS = ROOT / "benchmarks" / "readings" / "card_verdicts.jsonl"
CLOZE = re.compile(r"\{\{c\d+::(.*?)(?:::[^}]*)?\}\}")
BEFORE = 8
"""Characters before a blank that tell one card of a document from another with the same answer."""


def card_keys(path: str) -> list[tuple[str, str, str]]:
    """(answer, the characters before its blank, kind) of every cloze of the default deck of `path`."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import corpus  # the benchmark's own build: what `studycards build` makes

    keys = []
    for note in corpus.build_notes(path)[1]:
        for name, value in note.fields.items():
            if not name.startswith("Text") or not value:
                continue
            for match in CLOZE.finditer(value):
                before = _plain(CLOZE.sub(lambda m: m.group(1), value[: match.start()]))
                keys.append((_plain(match.group(1)).strip(), before[-BEFORE:], note.fact.kind))
    return keys


def _plain(text: str) -> str:
    return re.sub(r"\s", "", html.unescape(re.sub(r"<[^>]+>", "", text)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--since", type=int, default=17, help="the first session whose verdicts count")
    parser.add_argument("--show", help="print the verdicts on this kind of fact")
    args = parser.parse_args()
    verdicts = [json.loads(line) for line in VERDICTS.open(encoding="utf-8")]
    verdicts = [
        v for v in verdicts if v["session"] >= args.since and v["answer"] and v["document"].startswith("corpus/")
    ]
    documents = sorted({v["document"] for v in verdicts})
    with Pool(2) as pool:
        built = dict(zip(documents, pool.map(card_keys, [str(SHARED / d) for d in documents])))
    kinds = {(d, answer, before): kind for d, keys in built.items() for answer, before, kind in keys}
    table: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    found = 0
    for verdict in verdicts:
        front = verdict["front"]
        before = re.sub(r"\s", "", front[: front.find("[...]")])[-BEFORE:]
        kind = kinds.get((verdict["document"], verdict["answer"].strip(), before))
        if kind is None:
            continue
        found += 1
        genre = "laws" if "/laws/" in verdict["document"] else "reports"
        table[(genre, kind)][0] += 1
        table[(genre, kind)][1] += verdict["verdict"] == "KEEP"
        if kind == args.show:
            print(verdict["verdict"][0], front.replace("\n", " ")[:100], "|", verdict["answer"][:30])
    print(f"\n{found} of {len(verdicts)} verdicts stand on a card of today's decks\n")
    print("| genre | kind | verdicts | kept |")
    print("|---|---|---:|---:|")
    for (genre, kind), (read, kept) in sorted(table.items()):
        print(f"| {genre} | {kind} | {read} | {kept / read:.0%} |")


if __name__ == "__main__":
    main()
