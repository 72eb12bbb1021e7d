"""Build the common words of laws shipped in src/studycards/data/law_words.txt.

    PYTHONPATH=src python scripts/build_law_words.py [--items ../shared/exam/items.jsonl]

A word of laws is common when it stands in at least MIN_LISTED of the TUNING half's laws (benchmarks/halves.py),
as studycards' segmenter cuts them. extract/predictable.py calls a law's blank given by the genre when every word
of it stands in at least its own share of them (应当依法给予{{赔偿}}). Written most common first; each line: the
word, the laws that hold it. The script then prints what that test calls given among the exam's fill blanks, the
tuning half's and the checking half's (docs/quality.md): it must stay well under 1%.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from halves import ITEMS, half, tuning_laws  # noqa: E402

from studycards.facts import normalise  # noqa: E402
from studycards.segment import segmenter  # noqa: E402

OUTPUT = ROOT / "src" / "studycards" / "data" / "law_words.txt"
MIN_LISTED = 0.3
"""Share of the tuning laws a word stands in to be listed (the test's own bar, COMMON, is higher)."""


def law_counts(texts: list[str], seg) -> Counter[str]:
    """For each word: how many of `texts` hold it."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(set(seg.words(normalise(text))))
    return counts


def render(counts: Counter[str], laws: int) -> str:
    """The data file: a header saying how it was made, then the listed words, most common first."""
    least = MIN_LISTED * laws
    rows = sorted(((word, n) for word, n in counts.items() if n >= least and word.strip()), key=lambda r: (-r[1], r[0]))
    header = (
        "# Common words of laws: the words that stand in many laws (依法, 赔偿, 遵守); a law's blank made of these\n"
        "# alone is given by the genre (extract/predictable.py). Made by scripts/build_law_words.py; regenerate with\n"
        "#     PYTHONPATH=src python scripts/build_law_words.py\n"
        f"# laws {laws}\n"
        f"# from the tuning half's {laws} laws: the words in at least {MIN_LISTED:.0%} of them.\n"
        "# word\tlaws\n"
    )
    return header + "".join(f"{word}\t{n}\n" for word, n in rows)


def given_share(items: list[dict]) -> tuple[int, int, list[str]]:
    """(exam fill blanks extract/predictable.py calls given or moves, all fill blanks, some of those) of `items`."""
    from studycards.extract.predictable import count_after, genre_given

    called, blanks, examples = 0, 0, []
    for item in items:
        if item["kind"] != "fill" or not item.get("sentence"):
            continue
        for start, end in item["blanks"]:
            blanks += 1
            if genre_given(item["sentence"], (start, end)) or count_after(item["sentence"], (start, end)):
                called += 1
                examples.append(item["sentence"][start:end])
    return called, blanks, examples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--items", type=Path, default=ITEMS)
    parser.add_argument("-o", "--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    laws = tuning_laws()
    args.output.write_text(render(law_counts(laws, segmenter()), len(laws)), encoding="utf-8")
    print(f"{args.output}: {len(laws)} tuning laws")
    every = [json.loads(line) for line in args.items.read_text(encoding="utf-8").splitlines() if line.strip()]
    for which in ("tune", "check"):
        called, blanks, examples = given_share([item for item in every if half(item["id"]) == which])
        print(f"{which} half's exam blanks called given: {called} of {blanks} ({called / blanks:.2%}): {examples[:20]}")


if __name__ == "__main__":
    main()
