"""Examiner figures: how often we ask what human question-writers ask, on both halves of the split.

    PYTHONPATH=src python benchmarks/examiner.py               # items and corpus, both halves
    PYTHONPATH=src python benchmarks/examiner.py --limit 800   # a sample of the items (every n-th), quicker
    PYTHONPATH=src python benchmarks/examiner.py --no-corpus --misses 20 --half tune

Items (../shared/exam/items.jsonl, kind "fill"): each sentence is studied as a one-paragraph document.
- candidate recall: some fact of any default kind proposes the examiner's span (a card of its notes hides it,
  by the rule of blanks.py: the same text, or one inside the other with comparable length);
- choice: the note we would make first for that sentence (the best-ranked fact) hides it.
Both per blank, by half and by kind of sentence (definition, law, figure, list, other: simple cues).

Corpus (../shared/gold/corpus and the samples' blanks): each document built with the default budget; examiner
blanks asked, examiner sentences asked (some blank of the sentence asked) and cards per 1000 characters, by half
and genre.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from halves import GOLD, ITEMS, SHARED, half  # noqa: E402

from studycards.blanks import cards_of, score_blanks  # noqa: E402
from studycards.blanks import asks  # noqa: E402
from studycards.cards import make_notes  # noqa: E402
from studycards.extract import extract  # noqa: E402
from studycards.facts import ALL_KINDS  # noqa: E402
from studycards.outline import Line, Source  # noqa: E402
from studycards.parsing import parse  # noqa: E402
from studycards.pipeline import Studied, study  # noqa: E402
from studycards.ranking import AUTO, CARDS_PER_1000, document_characters, rank, select  # noqa: E402
from studycards.segment import segmenter  # noqa: E402

DEFINITION = re.compile(r"是指|称为|统称|简称|即")
LAW = re.compile(r"应当|不得|可以|有权|必须|禁止")
FIGURE = re.compile(
    r"[0-9０-９]|[一二三四五六七八九十百千万两半]+(?:个|年|月|日|天|周|岁|%|万|亿|倍|人|次|项|分之|小时)"
)
SENTENCE_KINDS = ("definition", "law", "figure", "list", "other")


def sentence_kind(sentence: str) -> str:
    """A rough kind of sentence by simple cues, first match wins."""
    if DEFINITION.search(sentence):
        return "definition"
    if LAW.search(sentence):
        return "law"
    if FIGURE.search(sentence):
        return "figure"
    if "、" in sentence:
        return "list"
    return "other"


def fill_items(limit: int | None) -> list[dict]:
    items = [item for item in map(json.loads, ITEMS.open(encoding="utf-8")) if item["kind"] == "fill"]
    if limit and limit < len(items):
        step = len(items) / limit
        items = [items[int(i * step)] for i in range(limit)]
    return items


CITED = re.compile(r"^(?:根据|依据|按照)?《([^》]{2,40})》")


KINDS_USED: tuple[str, ...] | None = None
"""The kinds extracted (None: a default deck's; --kinds all: what --all asks, the span model's guesses too)."""


def item_study(sentence: str, seg) -> Studied:
    """The sentence as a one-paragraph document, titled as the document it cites (根据《…法》: a law) or
    plainly (a title line first, so the sentence is body text)."""
    cited = CITED.match(sentence)
    title = cited.group(1) if cited else "学习材料"
    document = parse(Source("item", [Line(1, title), Line(2, sentence)], "item.txt"))
    return Studied(document, extract(document, KINDS_USED, seg))


def guarded(facts: list) -> list:
    """Without facts that have an empty answer: ranking._parallel fails on them (fixed on another branch)."""
    return [fact for fact in facts if all(fact.answers)]


def item_result(item: dict, seg) -> tuple[list[bool], list[bool]]:
    """For each blank of the item: proposed by some fact; hidden by the first note we would make."""
    studied = item_study(item["sentence"], seg)
    every = [card for note in make_notes([studied]) for card in cards_of(note)]
    ranked = rank(studied.document, guarded(studied.facts))
    first = make_notes([Studied(studied.document, ranked[:1])]) if ranked else []
    chosen = [card for note in first for card in cards_of(note)]
    proposed, picked = [], []
    for answer in item["answers"]:
        proposed.append(any(asks(card, item["sentence"], answer) for card in every))
        picked.append(any(asks(card, item["sentence"], answer) for card in chosen))
    return proposed, picked


def item_figures(items: list[dict], misses: int, which: str | None) -> dict:
    seg = segmenter()
    table: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    shown = 0
    started = time.perf_counter()
    for item in items:
        part = half(item["id"])
        if which and part != which:
            continue
        kind = sentence_kind(item["sentence"])
        proposed, picked = item_result(item, seg)
        for key in ((part, kind), (part, "all")):
            row = table[key]
            row[0] += len(proposed)
            row[1] += sum(proposed)
            row[2] += sum(picked)
        if misses and part == "tune" and not all(picked) and shown < misses:
            shown += 1
            print(f"  miss [{kind}] {item['answers']} {'(proposed)' if all(proposed) else ''} {item['sentence']}")
    elapsed = time.perf_counter() - started
    print(f"\n{len(items)} items in {elapsed:.1f} s\n")
    return table


def print_item_table(table: dict) -> None:
    print("| half | kind of sentence | blanks | candidate recall | choice |")
    print("|---|---|---:|---:|---:|")
    for part in ("tune", "check"):
        for kind in (*SENTENCE_KINDS, "all"):
            total, proposed, picked = table.get((part, kind), (0, 0, 0))
            if total:
                name = f"**{kind}**" if kind == "all" else kind
                print(f"| {part} | {name} | {total} | {proposed / total:.2f} | {picked / total:.2f} |")


def blank_files() -> list[tuple[Path, Path, str]]:
    """(document, blanks, genre) for every corpus document with examiner blanks, and the samples."""
    found = []
    for blanks in sorted((GOLD / "corpus").glob("*.blanks.json")):
        document = SHARED / json.loads(blanks.read_text(encoding="utf-8"))["document"]
        found.append((document, blanks, document.parent.name))
    for blanks in sorted(GOLD.glob("*.blanks.json")):
        name = blanks.name.removesuffix(".blanks.json")
        genre = "laws" if "law" in name else "reports"
        found.append((SHARED / "samples" / f"{name}.txt", blanks, genre))
    return found


BUDGETS = ("default", "12/1000", "--all")
"""The default budget (12 cards per 1000 characters of a document over 6000), 12 per 1000 of every document, none."""


def corpus_figures(which: str | None) -> dict:
    """(half, genre, budget) -> [documents, blanks, asked, sentences, sentences asked, cards, characters]."""
    table: dict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0] * 7)
    for document, blanks_path, genre in blank_files():
        part = half(document.name)
        if which and part != which:
            continue
        blanks = json.loads(blanks_path.read_text(encoding="utf-8"))["blanks"]
        studied = study(str(document), KINDS_USED)
        studied = Studied(studied.document, guarded(studied.facts))
        characters = document_characters(studied.document)
        for budget, limit in zip(BUDGETS, (AUTO, max(1, characters * CARDS_PER_1000 // 1000), None)):
            notes = make_notes(select([studied], limit).studied)
            score = score_blanks(notes, blanks)
            counts = (
                1,
                len(blanks),
                len(score.asked),
                len({b["sentence"] for b in blanks}),
                len({b["sentence"] for b in score.asked}),
                sum(note.cards for note in notes),
                characters,
            )
            for key in ((part, genre, budget), (part, "all", budget)):
                table[key] = [a + b for a, b in zip(table[key], counts)]
    return table


def print_corpus_table(table: dict) -> None:
    print("| half | genre | budget | documents | blanks asked | sentences asked | cards/1000 chars |")
    print("|---|---|---|---:|---:|---:|---:|")
    for part in ("tune", "check"):
        for genre in ("reports", "laws", "all"):
            for budget in BUDGETS:
                if (part, genre, budget) not in table:
                    continue
                docs, blanks, asked, sentences, asked_s, cards, chars = table[(part, genre, budget)]
                name = f"**{genre}**" if genre == "all" else genre
                print(
                    f"| {part} | {name} | {budget} | {docs} | {asked / blanks:.2f} ({asked}/{blanks}) "
                    f"| {asked_s / sentences:.2f} ({asked_s}/{sentences}) | {1000 * cards / chars:.1f} |"
                )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, help="a sample of this many fill items (every n-th)")
    parser.add_argument("--half", choices=("tune", "check"), help="one half only")
    parser.add_argument("--misses", type=int, default=0, help="print this many tuning-half items not chosen")
    parser.add_argument("--no-items", action="store_true")
    parser.add_argument("--no-corpus", action="store_true")
    parser.add_argument("--kinds", choices=("default", "all"), default="default", help="all: as --all extracts")
    args = parser.parse_args()
    global KINDS_USED
    KINDS_USED = ALL_KINDS if args.kinds == "all" else None
    if not args.no_items:
        print_item_table(item_figures(fill_items(args.limit), args.misses, args.half))
        print()
    if not args.no_corpus:
        print_corpus_table(corpus_figures(args.half))


if __name__ == "__main__":
    main()
