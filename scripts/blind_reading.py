"""A blind reading: papers and cards for helpers who have not read the code, their verdicts tallied and stored.

    python scripts/blind_reading.py prepare FOLDER DOC... [--base OLD/src]   # quiz{k}.md, cards{k}.md; FOLDER.key/
    python scripts/blind_reading.py prompt FOLDER quiz|cards READER        # what a reader is told, word for word
    python scripts/blind_reading.py tally FOLDER READER...                 # good / weak / bad, kept, by version
    python scripts/blind_reading.py store FOLDER SESSION READER...         # append to benchmarks/readings/*.jsonl

`prepare` writes, for the k-th document, the practice paper `studycards quiz DOC -n 30 --seed 11` would print: with
`--base`, the paper of that older source tree (a `git worktree` of the start, its src folder) and the paper of this
one merged into one unlabelled paper (a question both ask is shown once, the rest shuffled within their section;
FOLDER.key/map{k}.json says which version asks each), and 40 random cards of this code's deck (scripts/review_sample.py,
seed 19). What would unblind a reader (the two papers, the maps) stays in FOLDER.key, beside the folder readers open.
`prompt` prints what a reader is told: which files to read (and which not to open), then scripts/readers/quiz-reader.md or
cards-reader.md, unchanged. Each reader writes FOLDER/review_READER.md, lines such as `quiz2 #14 WEAK: …` and `cards1 #3 KEEP`.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
READINGS = ROOT / "benchmarks" / "readings"
SHARED = ROOT.parent / "shared"
TYPES = ("填空题", "单选题", "多选题", "判断题")
NUMERALS = "一二三四五六七八九"
VERDICT_LINE = {
    "quiz": r"^\W*quiz\s*{k}\s*#\s*(\d+)\W*\s*(GOOD|WEAK|BAD)\b[ \t]*:?[ \t]*(.*)$",
    "cards": r"^\W*cards\s*{k}\s*#\s*(\d+)\W*\s*(KEEP|DROP)\b[ \t]*:?[ \t]*(.*)$",
}
"""A verdict line on a paper or on cards (quiz2 #14 WEAK: …; Quiz 2 # 14 weak too)."""
OPTION = re.compile(r"(?:^|\s+)(?=[A-H]\. )")
"""Where a printed option starts: short options share a line (A. 五　　B. 十)."""


def paper(src: Path, document: str, out: Path, count: int, seed: int) -> None:
    """The paper `studycards quiz` of the source tree `src` writes for `document`."""
    command = [sys.executable, "-m", "studycards", "quiz", document, "-n", str(count), "--seed", str(seed)]
    environment = {**os.environ, "PYTHONPATH": str(src)}
    subprocess.run([*command, "-o", str(out)], check=True, env=environment, capture_output=True)


def questions(path: Path) -> tuple[str, dict[str, list[tuple[str, str]]]]:
    """A paper's title and, by type, its questions (the block as printed, its key)."""
    body, _, key = path.read_text(encoding="utf-8").partition("\n## 答案")
    answers = {m.group(1): m.group(2) for m in re.finditer(r"^(\d+)\. (.+)$", key, re.M)}
    by_type: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for part in re.split(r"\n(?=## )", body)[1:]:
        heading, _, rest = part.partition("\n")
        kind = heading.split("、")[-1].strip()
        for m in re.finditer(r"^\*\*(\d+)\.\*\* (.*?)(?=^\*\*\d+\.\*\* |^---|\Z)", rest, re.M | re.S):
            by_type[kind].append((m.group(2).strip(), answers.get(m.group(1), "")))
    return re.search(r"^# (.+)$", body, re.M).group(1), by_type  # type: ignore[union-attr]


def merge(old: Path | None, new: Path, out: Path, mapping: Path, seed: int) -> None:
    """One unlabelled paper of two: a question both print alike is shown once ("AB"), the others once each
    ("A": only the old paper, "B": only the new), shuffled within their type."""
    title, mine = questions(new)
    theirs = questions(old)[1] if old else {}
    rng = random.Random(seed)
    lines, keys, sources, number = [], [], {}, 0
    for section, kind in enumerate([t for t in TYPES if t in mine or t in theirs]):
        new_blocks = dict(mine.get(kind, []))  # a block is stem and options: 以下说法正确的是 asks different things
        old_blocks = dict(theirs.get(kind, []))
        entries = [(block, answer, "AB" if block in new_blocks else "A") for block, answer in old_blocks.items()]
        entries += [(block, answer, "B") for block, answer in new_blocks.items() if block not in old_blocks]
        rng.shuffle(entries)
        lines.append(f"## {NUMERALS[section]}、{kind}\n")
        for block, answer, source in entries:
            number += 1
            lines.append(f"**{number}.** {block}\n")
            keys.append(f"{number}. {answer}")
            sources[str(number)] = source
    text = (
        f"# {title}\n\n共 {number} 题。答案见文末。\n\n" + "\n".join(lines) + "\n---\n\n## 答案\n\n" + "\n".join(keys)
    )
    out.write_text(text + "\n", encoding="utf-8")
    mapping.write_text(json.dumps(sources, ensure_ascii=False), encoding="utf-8")


def prepare(args: argparse.Namespace) -> None:
    folder = Path(args.folder)
    folder.mkdir(parents=True, exist_ok=True)
    documents = [str(Path(d).resolve()) for d in args.documents]
    (folder / "docs.txt").write_text("\n".join(documents) + "\n", encoding="utf-8")
    key = key_of(folder)
    key.mkdir(exist_ok=True)
    for k, document in enumerate(documents, 1):
        new = key / f"new{k}.md"
        paper(ROOT / "src", document, new, args.n, args.seed)
        old = None
        if args.base:
            old = key / f"old{k}.md"
            paper(Path(args.base), document, old, args.n, args.seed)
        merge(old, new, folder / f"quiz{k}.md", key / f"map{k}.json", 1000 + k)
        with open(folder / f"cards{k}.md", "w", encoding="utf-8") as out:
            sample = [sys.executable, str(ROOT / "scripts" / "review_sample.py"), document]
            options = ["-n", str(args.cards), "--seed", str(args.card_seed)]
            subprocess.run(
                [*sample, *options], check=True, stdout=out, env={**os.environ, "PYTHONPATH": str(ROOT / "src")}
            )
        print(f"{k}: {Path(document).name}", file=sys.stderr)


def prompt(args: argparse.Namespace) -> None:
    folder = Path(args.folder).resolve()
    documents = documents_of(folder)
    listed = "\n".join(f"- K = {k}: {document}" for k, document in enumerate(documents, 1))
    instructions = (
        (ROOT / "scripts" / "readers" / f"{args.kind}-reader.md").read_text(encoding="utf-8").split("\n---\n", 1)[1]
    )
    print(
        f"You are helping to judge study material blind. Work only with these files: {folder}/{args.kind}1.md to "
        f"{args.kind}{len(documents)}.md and the source documents listed below (you may open and search them). Do not "
        f"open any other file in {folder} (others would unblind the reading), and do not read any program code. The "
        f"documents (K = the number in the file name):\n{listed}\n\nApply the instructions below to each of the "
        f"{len(documents)} files, every item in each, and write all your verdict lines, for all files, to "
        f"{folder}/review_{args.reader}.md (only the verdict lines). When you have written the file, reply with one "
        f"line: the number of verdict lines you wrote.\n\nThe instructions (with {{K}} standing for the file's "
        f"number):\n\n{instructions.strip()}"
    )


def key_of(folder: Path) -> Path:
    """Where what would unblind a reader is kept: beside the folder, not in it."""
    return folder.resolve().with_name(folder.resolve().name + ".key")


def documents_of(folder: Path) -> list[str]:
    return [line.strip() for line in (folder / "docs.txt").read_text(encoding="utf-8").splitlines() if line.strip()]


def verdicts(folder: Path, reader: str, kind: str, k: int, count: int) -> list[tuple[int, str, str]]:
    """A reader's verdicts on the k-th document's paper or cards (`kind`, `count` items): (number, verdict, reason).
    A number out of range, given twice or missing is said on stderr; only the first verdict on a number counts."""
    review = (folder / f"review_{reader}.md").read_text(encoding="utf-8")
    found: dict[int, tuple[int, str, str]] = {}
    for m in re.finditer(VERDICT_LINE[kind].format(k=k), review, re.M | re.I):
        number = int(m.group(1))
        if not 1 <= number <= count or number in found:
            print(f"{reader}, {kind}{k} #{number}: out of range or given twice, left out", file=sys.stderr)
            continue
        found[number] = (number, m.group(2).upper(), m.group(3).strip())
    if found and len(found) < count:
        print(f"{reader}, file {k}: {count - len(found)} of {count} items have no verdict", file=sys.stderr)
    return [found[number] for number in sorted(found)]


def tally(args: argparse.Namespace) -> None:
    folder = Path(args.folder)
    quiz: dict[tuple[str, str], Counter] = defaultdict(Counter)
    kept: dict[str, Counter] = defaultdict(Counter)
    for k, document in enumerate(documents_of(folder), 1):
        genre = "laws" if "/laws/" in document else "reports"
        sources = json.loads((key_of(folder) / f"map{k}.json").read_text(encoding="utf-8"))
        cards = len(card_fronts(folder / f"cards{k}.md"))
        for reader in args.readers:
            for number, verdict, _ in verdicts(folder, reader, "quiz", k, len(sources)):
                source = sources[str(number)]
                for version in ("A", "B"):
                    if version in source:
                        quiz[version, "all"][verdict] += 1
                        quiz[version, genre][verdict] += 1
                quiz[{"A": "only the old", "B": "only the new", "AB": "both ask"}[source], "all"][verdict] += 1
            for _, verdict, _ in verdicts(folder, reader, "cards", k, cards):
                kept[Path(document).stem][verdict] += 1
                kept["all"][verdict] += 1
    print("| paper | questions | good | weak | bad |\n|---|---:|---:|---:|---:|")
    for (version, part), counts in sorted(quiz.items()):
        n = sum(counts.values())
        shares = " | ".join(f"{counts[v] / n:.0%}" for v in ("GOOD", "WEAK", "BAD"))
        print(f"| {version} · {part} | {n} | {shares} |")
    print("\n| cards of | read | kept |\n|---|---:|---:|")
    for name, counts in kept.items():
        n = sum(counts.values())
        print(f"| {name} | {n} | {counts['KEEP'] / n:.0%} |")


def card_fronts(path: Path) -> dict[int, tuple[str, str | None]]:
    """The cards of a sample (review_sample.py's markdown): front and, where one blank is shown, its answer (the back's
    text starts with the front filled in, then the source: the document's title or 《…》, a › path, the line); none
    when no cards were drawn."""
    if not path.exists():
        return {}
    text = path.read_text(encoding="utf-8")
    cards = {}
    pattern = r"^## (\d+)\. (.*?)\n\n\*\*Front\*\*\n\n(.*?)\n\n\*\*Back\*\*\n\n(.*?)(?=\n## \d+\.|\Z)"
    for m in re.finditer(pattern, text, re.S | re.M):
        deck, front, back = m.group(2), m.group(3).strip(), m.group(4).strip()
        answer = None
        if front.count("[...]") == 1:
            title = re.sub(r" \(note \d+: .*\)$", "", deck).split("::")[1 if "::" in deck else 0]
            source = "|".join(map(re.escape, (title, "《", " › ", "（原文第"))) + "|$"
            filled = re.escape(front).replace(re.escape("[...]"), "(.+?)") + f"(?={source})"
            found = re.search(filled, back, re.M)
            answer = found.group(1) if found else None
        cards[int(m.group(1))] = (front, answer)
    return cards


def store(args: argparse.Namespace) -> None:
    folder = Path(args.folder)
    label = folder.resolve().name
    with (
        open(Path(args.into) / "quiz_verdicts.jsonl", "a", encoding="utf-8") as quiz_out,
        open(Path(args.into) / "card_verdicts.jsonl", "a", encoding="utf-8") as card_out,
    ):
        for k, document in enumerate(documents_of(folder), 1):
            relative = str(Path(document).resolve().relative_to(SHARED.resolve()))
            _, by_type = questions(folder / f"quiz{k}.md")
            printed = [(kind, block, answer) for kind in TYPES for block, answer in by_type.get(kind, [])]
            cards = card_fronts(folder / f"cards{k}.md")
            for reader in args.readers:
                who = {"session": args.session, "reader": f"{args.session}:{label}/{reader}", "document": relative}
                for number, verdict, reason in verdicts(folder, reader, "quiz", k, len(printed)):
                    kind, block, answer = printed[number - 1]
                    lines = [line.strip() for line in block.split("\n") if line.strip() and not line.startswith("---")]
                    options = [part for line in lines[1:] for part in OPTION.split(line) if part.strip()]
                    question = {
                        "type": kind,
                        "stem": lines[0],
                        "options": [re.sub(r"^[A-H]\. |\s*\\$", "", option.strip()) for option in options],
                    }
                    key = re.sub(r" —— 出处：.*$", "", answer)
                    row = {**who, "number": number, **question, "answer": key, "verdict": verdict, "reason": reason}
                    quiz_out.write(json.dumps(row, ensure_ascii=False) + "\n")
                for number, verdict, reason in verdicts(folder, reader, "cards", k, len(cards)):
                    front, answer = cards[number]
                    row = {
                        **who,
                        "number": number,
                        "front": front,
                        "answer": answer,
                        "verdict": verdict,
                        "reason": reason,
                    }
                    card_out.write(json.dumps(row, ensure_ascii=False) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    made = commands.add_parser("prepare", help="papers and cards of the documents, for blind readers")
    made.add_argument("folder")
    made.add_argument("documents", nargs="+")
    made.add_argument("--base", help="an older source tree's src folder: its paper is merged with this code's")
    made.add_argument("-n", type=int, default=30, help="questions a paper asks (studycards quiz -n)")
    made.add_argument("--seed", type=int, default=11, help="the papers' seed")
    made.add_argument("--cards", type=int, default=40, help="cards drawn of each deck")
    made.add_argument("--card-seed", type=int, default=19, help="the seed of the cards drawn")
    made.set_defaults(run=prepare)
    told = commands.add_parser("prompt", help="what a reader is told, word for word")
    told.add_argument("folder")
    told.add_argument("kind", choices=("quiz", "cards"))
    told.add_argument("reader")
    told.set_defaults(run=prompt)
    counted = commands.add_parser("tally", help="good, weak and bad shares by version; cards kept")
    counted.add_argument("folder")
    counted.add_argument("readers", nargs="+")
    counted.set_defaults(run=tally)
    stored = commands.add_parser("store", help="append the verdicts to benchmarks/readings")
    stored.add_argument("folder")
    stored.add_argument("session", type=int)
    stored.add_argument("readers", nargs="+")
    stored.add_argument("--into", default=str(READINGS), help="the folder of the two .jsonl files")
    stored.set_defaults(run=store)
    args = parser.parse_args()
    args.run(args)


if __name__ == "__main__":
    main()
