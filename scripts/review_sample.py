"""Random cards of a document, as a real Anki collection renders them, for a reviewer who has not read the code.

    python scripts/review_sample.py DOC.txt [-n 40] [--seed 11] > review.md
    python scripts/review_sample.py DOC.txt --kinds outline,…,examined --only examined   # the model's cards only

Builds the default deck with `studycards build`, imports it into a fresh collection of the `anki` package
(pip install anki), draws n cards with random.Random(seed) and prints each card's front and back as plain text,
numbered, in markdown. The reviewer judges each card as a learner who must know the document: keep or drop.
"""

from __future__ import annotations

import argparse
import html
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest


def plain(fragment: str) -> str:
    """What a learner sees: styles and scripts dropped, line breaks kept (a list's items one a line, each item's
    sub-points on an indented line under it, as Anki shows them), tags removed."""
    fragment = re.sub(r"<(style|script)[^>]*>.*?</\1>", "", fragment, flags=re.S)
    fragment = re.sub(r'<div class="sub">', "\n    · ", fragment)  # an item's sub-points: a smaller line under it
    fragment = re.sub(r"<br\s*/?>|</div>|</p>|<hr[^>]*>|<li[^>]*>", "\n", fragment)
    text = html.unescape(re.sub(r"<[^>]+>", "", fragment))
    return "\n".join(
        line.rstrip() if line.startswith("    · ") else line.strip() for line in text.splitlines() if line.strip()
    )


def sampled_cards(
    document: Path, count: int, seed: int, options: list[str] | None = None, only: str | None = None
) -> list[tuple[str, str, str, str]]:
    """`count` cards of the deck `studycards build` makes with `options`, drawn among the notes of kind `only`."""
    with tempfile.TemporaryDirectory() as folder:
        package = Path(folder) / "deck.apkg"
        command = [sys.executable, "-m", "studycards", "build", str(document), "-o", str(package), *(options or [])]
        subprocess.run(command, check=True, capture_output=True)
        col = Collection(str(Path(folder) / "collection.anki2"))
        try:
            request = ImportAnkiPackageRequest(
                package_path=str(package),
                options=ImportAnkiPackageOptions(merge_notetypes=True, with_scheduling=True, with_deck_configs=False),
            )
            col.import_anki_package(request)
            card_ids = sorted(col.find_cards(f"tag:*::{only}" if only else ""))
            chosen = random.Random(seed).sample(card_ids, min(count, len(card_ids)))
            cards, notes = [], {}
            for card_id in chosen:
                card = col.get_card(card_id)
                deck = col.decks.name(card.did)
                siblings = sorted(col.get_note(card.nid).card_ids())
                label = ""
                if len(siblings) > 1:  # a cloze note of several deletions: Anki shows each on its own day
                    note = notes.setdefault(card.nid, len(notes) + 1)
                    label = f" (note {note}: card {siblings.index(card_id) + 1} of its {len(siblings)})"
                cards.append((deck, label, plain(card.question()), plain(card.answer())))
            return cards
        finally:
            col.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("document", type=Path)
    parser.add_argument("-n", type=int, default=40)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--kinds", help="build with these kinds (studycards build --kinds)")
    parser.add_argument("--all", action="store_true", help="build with --all (no budget, every kind)")
    parser.add_argument("--only", metavar="KIND", help="draw only cards of this kind of fact (examined, norm …)")
    args = parser.parse_args()
    options = (["--kinds", args.kinds] if args.kinds else []) + (["--all"] if args.all else [])
    cards = sampled_cards(args.document, args.n, args.seed, options, args.only)
    print(f"# {len(cards)} random cards of {args.document.name} (seed {args.seed})\n")  # fewer than -n: the whole deck
    print(
        "A card marked (note N: card k of its m) is one of the m cards of a note that hides several things in one"
        " sentence, one per card: Anki shows them on different days, each with the others' answers in view.\n"
    )
    for number, (deck, label, front, back) in enumerate(cards, 1):
        print(f"## {number}. {deck}{label}\n\n**Front**\n\n{front}\n\n**Back**\n\n{back}\n")


if __name__ == "__main__":
    main()
