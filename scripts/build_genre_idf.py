"""Build the genre IDF table shipped in src/studycards/data/genre_idf.txt.

    python scripts/build_genre_idf.py CORPUS... [-o src/studycards/data/genre_idf.txt]

CORPUS: .txt files (one document each) or .jsonl files with a "content" field per line (such as
government_work_reports.jsonl of the public repository aldohemsn/chinese-political-corpora). Each
paragraph counts as a document, so that words every report uses in every part (推进, 加强, 坚持) get a
low weight and words that carry one paragraph (新质生产力, 能上能下) a high one. Words are cut by
studycards' own segmenter (jieba with the bundled lexicon). Only words of two or more characters seen in
at least MIN_DF paragraphs are written: a word missing from the table is rarer than any in it.
The corpus itself is not committed.
"""

from __future__ import annotations

import argparse
import json
import math
import re
from collections import Counter
from pathlib import Path

from studycards.segment import segmenter

MIN_DF = 2
CJK = re.compile(r"[\u4e00-\u9fff]{2,}")


def documents(paths: list[str]):
    for path in paths:
        text = Path(path).read_text(encoding="utf-8-sig")
        if path.endswith(".jsonl"):
            for line in text.splitlines():
                if line.strip():
                    yield json.loads(line).get("content", "")
        else:
            yield text


def paragraphs(text: str):
    for paragraph in re.split(r"\n+", text):
        if len(paragraph.strip()) >= 10:
            yield paragraph.strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="+")
    parser.add_argument("-o", "--output", default="src/studycards/data/genre_idf.txt")
    args = parser.parse_args()
    seg = segmenter()
    frequency: Counter[str] = Counter()
    total = 0
    for document in documents(args.corpus):
        for paragraph in paragraphs(document):
            total += 1
            frequency.update({word for word in seg.words(paragraph) if CJK.fullmatch(word)})
    rows = sorted(
        ((word, math.log(total / df)) for word, df in frequency.items() if df >= MIN_DF), key=lambda row: row[1]
    )
    header = f"# genre IDF: log(paragraphs / paragraphs with the word); {total} paragraphs; unseen words: {math.log(total):.2f}\n"
    body = "".join(f"{word} {idf:.2f}\n" for word, idf in rows)
    Path(args.output).write_text(header + body, encoding="utf-8")
    print(f"{args.output}: {len(rows)} words from {total} paragraphs")


if __name__ == "__main__":
    main()
