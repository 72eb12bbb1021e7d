"""Where the corpus documents' own numbering breaks, as `studycards outline` reports it.

    PYTHONPATH=src python benchmarks/outline_check.py          # a table per half and genre
    PYTHONPATH=src python benchmarks/outline_check.py --list   # and every break: doc, line, level, expected -> found

A break is a gap or a repeat within one level of numbering (一、二、四、; （一）（二）（二）; 第十二条 then 第十四条).
The goal is that every break reported is one the document has: a break the parser invents (a table of contents
read as headings, a list nested in an item of its own style) is a parser error. Tune on the "tune" half only.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from halves import corpus_documents, half  # noqa: E402

from studycards.parsing import parse  # noqa: E402
from studycards.reading import read_source  # noqa: E402


def genre(path: Path) -> str:
    return "law" if path.parent.name == "laws" else "report"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--list", action="store_true", help="list every break reported")
    args = parser.parse_args()
    documents: Counter = Counter()
    broken: Counter = Counter()
    breaks: Counter = Counter()
    listed = []
    for path in corpus_documents():
        key = (half(path.name), genre(path))
        found = parse(read_source(str(path), None, None)).breaks
        documents[key] += 1
        broken[key] += bool(found)
        breaks[key] += len(found)
        listed += [(key[0], path.name, item) for item in found]
    print("| half | genre | documents | with breaks | breaks |")
    print("|---|---|---:|---:|---:|")
    for key in sorted(documents, key=lambda k: (k[0] != "tune", k[1])):
        print(f"| {key[0]} | {key[1]} | {documents[key]} | {broken[key]} | {breaks[key]} |")
    total = sum(documents.values()), sum(broken.values()), sum(breaks.values())
    print(f"| all | all | {total[0]} | {total[1]} | {total[2]} |")
    if args.list:
        print()
        for which, name, item in listed:
            print(f"{which}\t{name}\tL{item.line}\t{item.level}\t{item.expected} -> {item.found}")


if __name__ == "__main__":
    main()
