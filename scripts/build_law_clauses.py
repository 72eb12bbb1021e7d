"""Build the clauses laws repeat, shipped in src/studycards/data/law_clauses.txt.

    PYTHONPATH=src python scripts/build_law_clauses.py [--items ../shared/exam/items.jsonl]

A clause (the text between two marks: ，。；：) is a law's boilerplate when it stands word for word in at least
MIN_LAWS of the TUNING half's laws (benchmarks/halves.py): 没收违法所得, 依法承担侵权责任, 依法追究刑事责任.
extract/predictable.py asks no blank inside one. Written most common first; each line: the clause, the laws that hold
it. The script then prints how many of the exam's fill blanks, by half, stand inside such a clause: examiners hide
none there.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from halves import ITEMS, half, tuning_laws  # noqa: E402

from studycards.facts import normalise  # noqa: E402

OUTPUT = ROOT / "src" / "studycards" / "data" / "law_clauses.txt"
MIN_LAWS = 0.05
"""Share of the tuning laws a clause stands in to be listed (6 of 106)."""
MIN_CHARS = 4
NUMBERED = re.compile(r"^第[〇零一二三四五六七八九十百千]+[条章节编]")
"""An article's or a chapter's number, which every long law repeats."""


def law_clauses(texts: list[str]) -> Counter[str]:
    """For each clause: how many of `texts` hold it."""
    from studycards.extract.predictable import CLAUSE_MARKS

    counts: Counter[str] = Counter()
    for text in texts:
        clauses = {normalise(clause) for clause in CLAUSE_MARKS.split(text)}
        counts.update({c for c in clauses if len(c) >= MIN_CHARS and not NUMBERED.match(c)})
    return counts


def render(counts: Counter[str], laws: int) -> str:
    least = MIN_LAWS * laws
    rows = sorted(((c, n) for c, n in counts.items() if n >= least), key=lambda r: (-r[1], r[0]))
    header = (
        "# Clauses laws repeat word for word (没收违法所得; 依法承担侵权责任): a blank inside one is given by the\n"
        "# genre (extract/predictable.py). Made by scripts/build_law_clauses.py; regenerate with\n"
        "#     PYTHONPATH=src python scripts/build_law_clauses.py\n"
        f"# from the tuning half's {laws} laws: the clauses in at least {MIN_LAWS:.0%} of them.\n"
        "# clause\tlaws\n"
    )
    return header + "".join(f"{clause}\t{n}\n" for clause, n in rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--items", type=Path, default=ITEMS)
    parser.add_argument("-o", "--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    laws = tuning_laws()
    args.output.write_text(render(law_clauses(laws), len(laws)), encoding="utf-8")
    print(f"{args.output}: {len(laws)} tuning laws")
    from studycards.extract.predictable import boilerplate, law_clause_set

    law_clause_set.cache_clear()
    every = [json.loads(line) for line in args.items.read_text(encoding="utf-8").splitlines() if line.strip()]
    for which in ("tune", "check"):
        blanks = [
            (item["sentence"], (start, end))
            for item in every
            if item["kind"] == "fill" and item.get("sentence") and half(item["id"]) == which
            for start, end in item["blanks"]
        ]
        inside = [sentence[s:e] for sentence, (s, e) in blanks if boilerplate(sentence, (s, e))]
        print(
            f"{which} half's exam fill blanks inside a repeated clause: {len(inside)} of {len(blanks)}: {inside[:10]}"
        )


if __name__ == "__main__":
    main()
