"""How many examiner spans each test of trivial answers would call trivial (`studycards.extract.worth`, the open
word sets of `studycards.extract.word_sets`, the fillers of `studycards.extract.trivial`): a test that calls an
answer not worth memorising must almost never say so of one a question-writer hid. Items that test a word's written
form or explain an idiom (选择词语的正确词形…, 形容…的成语) are another genre and are counted apart. Figures for each
half of the items (benchmarks/halves.py).

    PYTHONPATH=src python scripts/worth_figures.py [../shared/exam/items.jsonl]
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from halves import half  # noqa: E402

from studycards.extract.trivial import is_filler, mirrored  # noqa: E402
from studycards.extract.word_sets import in_open_set  # noqa: E402
from studycards.extract.worth import counted_or_ordinal, head_in_view, stock_idiom  # noqa: E402

ITEMS = Path(__file__).resolve().parent.parent / ".." / "shared" / "exam" / "items.jsonl"
ABOUT_WORDS = re.compile("词形|成语|形容|比喻|意思是|俗语|谚语")
"""An item about a word itself, not about a document."""
TESTS = {
    "stock idiom": stock_idiom,
    "head in view": head_in_view,
    "count or ordinal": counted_or_ordinal,
    "open word set": in_open_set,
    "filler": lambda sentence, span: is_filler(sentence[span[0] : span[1]]),
    "mirrored": mirrored,
}
HALVES = ("tune", "check")


def main(path: Path) -> None:
    spans = {which: [0, 0] for which in HALVES}  # [document spans, word spans]
    called = {(name, which): [0, 0] for name in TESTS for which in HALVES}
    examples: dict[str, list[str]] = {name: [] for name in TESTS}
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            item = json.loads(line)
            if item["kind"] != "fill":
                continue
            sentence, which = item["sentence"], half(item["id"])
            of_words = bool(ABOUT_WORDS.search(sentence))
            for start, end in item["blanks"]:
                spans[which][of_words] += 1
                for name, test in TESTS.items():
                    if test(sentence, (start, end)):
                        called[name, which][of_words] += 1
                        if not of_words and len(examples[name]) < 8:
                            examples[name].append(sentence[start:end])
    for which in HALVES:
        documents, about_words = spans[which]
        print(f"{which}: examiner spans {documents + about_words} ({documents} on documents, {about_words} on words)")
        for name in TESTS:
            on_documents, on_words = called[name, which]
            print(
                f"  {name}: {on_documents} of the document spans ({on_documents / documents:.2%}), {on_words} of the word spans"
            )
    for name, found in examples.items():
        print(f"{name}, e.g. {found}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ITEMS)
