"""Build the frame words shipped in src/studycards/data/frame_words.txt.

    PYTHONPATH=src python scripts/build_frame_words.py

A frame word is one that most documents of a genre say, whatever they are about: 国家, 建立健全, 制度, 应当,
各级人民政府. A stem or a card that shows only such words around its blank (国家建立健全[...]制度。) tells nothing of
what it asks: any of the document's systems would fill it (blind readers: "no cue", "many possible answers"). A word
(studycards' segmenter, two characters or more) is a frame word of a genre when it stands in at least MIN_SHARE of
that genre's TUNING documents (benchmarks/halves.py). Each line: genre, word, documents.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from halves import corpus_documents  # noqa: E402

from studycards.segment import segmenter  # noqa: E402

OUTPUT = ROOT / "src" / "studycards" / "data" / "frame_words.txt"
GENRES = ("laws", "reports")
MIN_SHARE = {"laws": 0.4, "reports": 0.8}
"""Share of a genre's tuning documents a word stands in to be one any of them says: a report is long and speaks of
everything (学校, 公路 stand in two thirds of them), a law of its own matter."""
HAN = re.compile(r"^[\u4e00-\u9fff]{2,}$")


def main() -> None:
    seg = segmenter()
    lines = []
    for genre in GENRES:
        paths = [path for path in corpus_documents("tune") if path.parent.name == genre]
        seen: Counter = Counter()
        for path in paths:
            seen.update({word for word in seg.words(path.read_text(encoding="utf-8-sig")) if HAN.match(word)})
        frame = [(word, count) for word, count in seen.most_common() if count >= MIN_SHARE[genre] * len(paths)]
        lines += [f"{genre}\t{word}\t{count}" for word, count in frame]
        print(f"{genre}: {len(paths)} documents, {len(frame)} frame words")
    header = [
        "# Frame words: what most documents of a genre say, whatever they are about (scripts/build_frame_words.py:",
        "# words in at least MIN_SHARE of the genre's tuning documents). A stem showing only these around its",
        "# blank tells nothing of what it asks (studycards/ambiguity.py). Regenerate with",
        "#     PYTHONPATH=src python scripts/build_frame_words.py",
        "# genre\tword\tdocuments",
    ]
    OUTPUT.write_text("\n".join(header + lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
