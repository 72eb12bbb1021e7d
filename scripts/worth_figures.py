"""How many examiner spans each test of `studycards.extract.worth` would call trivial: a test that calls an answer
not worth memorising must almost never say so of one a question-writer hid. Items that test a word's written form
or explain an idiom (选择词语的正确词形…, 形容…的成语) are another genre and are counted apart.

    PYTHONPATH=src python scripts/worth_figures.py [../shared/exam/items.jsonl]
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from studycards.extract.worth import counted_or_ordinal, head_in_view, stock_idiom

ITEMS = Path(__file__).resolve().parent.parent / ".." / "shared" / "exam" / "items.jsonl"
ABOUT_WORDS = re.compile("词形|成语|形容|比喻|意思是|俗语|谚语")
"""An item about a word itself, not about a document."""
TESTS = {
    "stock idiom": stock_idiom,
    "head in view": head_in_view,
    "count or ordinal": counted_or_ordinal,
}


def main(path: Path) -> None:
    spans = about_words = 0
    called = {name: [0, 0] for name in TESTS}  # [document items, word items]
    examples: dict[str, list[str]] = {name: [] for name in TESTS}
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            item = json.loads(line)
            if item["kind"] != "fill":
                continue
            sentence = item["sentence"]
            of_words = bool(ABOUT_WORDS.search(sentence))
            for start, end in item["blanks"]:
                spans += 1
                about_words += of_words
                for name, test in TESTS.items():
                    if test(sentence, (start, end)):
                        called[name][of_words] += 1
                        if not of_words and len(examples[name]) < 8:
                            examples[name].append(sentence[start:end])
    documents = spans - about_words
    print(f"examiner spans: {spans} ({documents} on documents, {about_words} on words themselves)")
    for name, (on_documents, on_words) in called.items():
        share = on_documents / documents
        print(
            f"{name}: {on_documents} of the document spans ({share:.2%}), {on_words} of the word spans; e.g. {examples[name]}"
        )


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ITEMS)
