"""Build the stock phrases shipped in src/studycards/data/stock_phrases.txt.

    PYTHONPATH=src python scripts/build_stock_phrases.py [--items ../shared/exam/items.jsonl]

A stock phrase is what any law (or any report) says: 单位和个人, 承担民事责任. Hidden alone, a blind reader drops its
card as trivial. Candidates are the runs of one to MAX_WORDS words (studycards' segmenter) inside a clause of the
TUNING half's documents (benchmarks/halves.py), neither first nor last word of one character (的, 和: glue). A
candidate is stock for a genre (laws / reports) when it stands in at least MIN_SHARE of that genre's tuning
documents, at least MIN_SEEN sentences of the tuning half's exam items (exam/items.jsonl) hold it (MIN_SEEN_WORD for
a single word), and at most MAX_HIDDEN of those hide it as the exact span of a blank. Written by genre, most common
first; each line: genre, phrase, documents, exam blanks, exam sentences. The checking half's items say whether it
generalises (share of their blanks the list calls stock, printed; docs/quality.md).

It also writes the reports' commonplaces (data/report_commonplaces.txt: what a quarter of them say), the wording
many reports share (data/report_wording.txt: runs of five characters that stand in a tenth of them) and the labels
many reports quote (data/report_labels.txt: “一带一路”, “九二共识”, quoted in LABEL_DOCUMENTS of them or more; not a
counted formulation such as “三个代表”, nor a plan's name such as “十三五”).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from halves import ITEMS, corpus_documents, half  # noqa: E402

from studycards.extract.stock import COUNTED, SPACE, WORDING_CHARS  # noqa: E402  (as extract/stock.py reads them)
from studycards.facts import normalise  # noqa: E402
from studycards.segment import segmenter  # noqa: E402

OUTPUT = ROOT / "src" / "studycards" / "data" / "stock_phrases.txt"
COMMONPLACES = ROOT / "src" / "studycards" / "data" / "report_commonplaces.txt"
WORDING = ROOT / "src" / "studycards" / "data" / "report_wording.txt"
WORDING_DOCUMENTS = 3
"""Tuning reports a run stands in, at least, to be wording that many reports share (a tenth of them)."""
COMMONPLACE_SHARE = 0.25
"""Share of the tuning reports a phrase stands in to be a report's commonplace (经济建设, 一国两制, 艰苦奋斗): whether or
not examiners hide it, a fill-in of it is answered from the genre (quiz/questions.py)."""
LABELS = ROOT / "src" / "studycards" / "data" / "report_labels.txt"
LABEL_DOCUMENTS = 4
"""Tuning reports that quote a label, at least, for it to be one the genre's readers know (“一国两制”, “三农”; not
“双拥”, quoted in three): checked against blind readers' verdicts on checking-half reports (docs/quality.md)."""
QUOTED_LABEL = re.compile(r"“([^“”]{2,6})”")
"""A label a report quotes: two to six characters between quotation marks."""
COUNTED_LABEL = re.compile(rf"{COUNTED.pattern}|[一二三四五六七八九十]+五$")
"""A counted formulation (“三个代表”, “四个意识”, “两个确立”), what every test asks of the genre, whose members a
learner must know, or the name of a five-year plan (“八五”, “十三五”), which examiners ask (十二五 or 十三五?):
never listed, however many reports quote it."""
GENRES = ("laws", "reports")
MAX_WORDS = 4
"""Words a candidate joins, at most (缴纳/费用, 组织/单位/和/个人)."""
MIN_CHARS, MAX_CHARS = 2, 8
"""Characters of a candidate: one character is never a blank; a long run is a clause, not a phrase."""
MIN_SHARE = 0.2
"""Share of a genre's tuning documents a phrase stands in to be what any of them says."""
MAX_HIDDEN = 0.0
"""Share of the exam sentences holding a phrase that hide it exactly, at most, for it to be stock."""
MIN_SEEN = 3
"""Exam sentences that hold a phrase of several words, at least: examiners saw it and left it (a phrase no item
holds is unknown)."""
MIN_SEEN_WORD = 40
"""Exam sentences that hold a single word, at least: a word is asked in many ways (平等 as a list's member, 必须 as
a modal), and the checking half's examiners hide words the tuning half's left in 10 or 20 sentences."""
CLAUSE = re.compile(r"[\u4e00-\u9fff]+")
"""A run of Chinese characters: phrases never cross punctuation, a figure or a space."""


def candidates(text: str, seg) -> set[str]:
    """The runs of one to MAX_WORDS words inside a clause of `text`, MIN_CHARS to MAX_CHARS characters long."""
    found: set[str] = set()
    for clause in CLAUSE.findall(text):
        words = seg.words(clause)
        for start in range(len(words)):
            for end in range(start + 1, min(start + MAX_WORDS, len(words)) + 1):
                phrase = "".join(words[start:end])
                if len(phrase) > MAX_CHARS:
                    break
                if len(words[start]) > 1 and len(words[end - 1]) > 1:
                    found.add(phrase)  # not glue at an edge (的规定, 单位和): no blank is cut so
    return found


def common_phrases(texts: list[str], seg, share: float = MIN_SHARE) -> dict[str, int]:
    """The candidates standing in at least `share` of `texts` (one genre's documents), with how many hold each."""
    documents: Counter[str] = Counter()
    for text in texts:
        documents.update(candidates(text, seg))
    least = max(2, share * len(texts))
    return {phrase: count for phrase, count in documents.items() if count >= least}


def exam_counts(items: Iterable[dict], phrases: Iterable[str], seg) -> dict[str, tuple[int, int]]:
    """For each phrase: (exam blanks hiding it exactly, exam sentences holding it as a candidate, at word edges)."""
    wanted = set(phrases)
    hidden: Counter[str] = Counter()
    held: Counter[str] = Counter()
    for item in items:
        hidden.update(answer for answer in map(normalise, item.get("answers", ())) if answer in wanted)
        held.update(candidates(item.get("sentence", ""), seg) & wanted)
    return {phrase: (hidden[phrase], held[phrase]) for phrase in wanted}


def stock(phrase: str, blanks: int, sentences: int, seg) -> bool:
    """Whether examiners saw `phrase` often enough and (almost) never hid it."""
    least = MIN_SEEN if len(seg.words(phrase)) > 1 else MIN_SEEN_WORD
    return sentences >= least and blanks <= MAX_HIDDEN * sentences


def stock_rows(texts_by_genre: dict[str, list[str]], items: list[dict], seg) -> list[tuple[str, str, int, int, int]]:
    """(genre, phrase, documents, exam blanks, exam sentences) of every stock phrase, most common first."""
    rows = []
    for genre, texts in texts_by_genre.items():
        common = common_phrases(texts, seg)
        for phrase, (blanks, sentences) in exam_counts(items, common, seg).items():
            if stock(phrase, blanks, sentences, seg):
                rows.append((genre, phrase, common[phrase], blanks, sentences))
    return sorted(rows, key=lambda row: (GENRES.index(row[0]), -row[2], row[1]))


def render(rows: list[tuple[str, str, int, int, int]], sizes: dict[str, int], items: int) -> str:
    """The data file: a header saying how it was made, then one row a line."""
    header = (
        "# Stock phrases: what any law or any report says (单位和个人, 使用); a fact whose only answer is one is\n"
        "# not worth a card (extract/stock.py). Made by scripts/build_stock_phrases.py; regenerate with\n"
        "#     PYTHONPATH=src python scripts/build_stock_phrases.py\n"
        f"# from the tuning half of the corpus ({', '.join(f'{n} {g}' for g, n in sizes.items())}) and its {items} exam\n"
        f"# items: runs of 1-{MAX_WORDS} words ({MIN_CHARS}-{MAX_CHARS} characters) in at least {MIN_SHARE:.0%} of a\n"
        f"# genre's documents, held by {MIN_SEEN}+ of the exam sentences ({MIN_SEEN_WORD}+ for one word) and hidden as an exam blank in at most\n"
        f"# {MAX_HIDDEN:.0%} of them (a phrase that examiners hide even once is no stock phrase).\n"
        "# genre\tphrase\tdocuments\texam blanks\texam sentences\n"
    )
    return header + "".join("\t".join(map(str, row)) + "\n" for row in rows)


def render_commonplaces(common: dict[str, int], reports: int) -> str:
    """The commonplaces' data file: a header, then phrase and documents a line, most common first."""
    header = (
        "# A report's commonplaces: what a quarter of the reports say (经济建设, 一国两制, 艰苦奋斗); a report's fill-in\n"
        "# never hides one alone (quiz/questions.py: blind readers found them answered from the genre). Made by\n"
        "# scripts/build_stock_phrases.py from the tuning half's "
        f"{reports} reports: runs of 1-{MAX_WORDS} words ({MIN_CHARS}-{MAX_CHARS} characters)\n"
        f"# in at least {COMMONPLACE_SHARE:.0%} of them.\n"
        "# phrase\tdocuments\n"
    )
    rows = sorted(common.items(), key=lambda row: (-row[1], row[0]))
    return header + "".join(f"{phrase}\t{count}\n" for phrase, count in rows)


def shared_runs(texts: list[str]) -> list[str]:
    """The runs of WORDING_CHARS characters (spaces left out) that stand in WORDING_DOCUMENTS of `texts` or more."""
    documents: Counter[str] = Counter()
    for text in texts:
        flat = SPACE.sub("", text)
        documents.update({flat[i : i + WORDING_CHARS] for i in range(len(flat) - WORDING_CHARS + 1)})
    return sorted(run for run, count in documents.items() if count >= WORDING_DOCUMENTS)


def render_wording(runs: list[str], reports: int) -> str:
    """The wording's data file: a header, then one run a line."""
    header = (
        "# Wording that many reports share: every run of five characters (spaces left out) that stands in at least\n"
        f"# {WORDING_DOCUMENTS} of the tuning half's {reports} reports. A report's card whose answer, with the three characters\n"
        "# before or after it, is such wording (以[经济建设]为中心, 统一的[多民族国家]) is answered from the genre\n"
        "# (extract/stock.py). Made by scripts/build_stock_phrases.py.\n"
    )
    return header + "".join(f"{run}\n" for run in runs)


def quoted_labels(texts: list[str]) -> dict[str, int]:
    """The labels (QUOTED_LABEL) that LABEL_DOCUMENTS of `texts` or more quote, with how many quote each."""
    documents: Counter[str] = Counter()
    for text in texts:
        documents.update(set(QUOTED_LABEL.findall(text)))
    return {
        label: count
        for label, count in documents.items()
        if count >= LABEL_DOCUMENTS and not COUNTED_LABEL.match(label)
    }


def render_labels(labels: dict[str, int], reports: int) -> str:
    """The labels' data file: a header, then label and documents a line, most quoted first."""
    header = (
        "# Labels many reports quote: two to six characters between quotation marks (“一带一路”, “九二共识”) in at least\n"
        f"# {LABEL_DOCUMENTS} of the tuning half's {reports} reports. A report's card that hides such a label, quoted, alone is\n"
        "# answered from the genre (extract/stock.py). Made by scripts/build_stock_phrases.py.\n"
        "# label\tdocuments\n"
    )
    rows = sorted(labels.items(), key=lambda row: (-row[1], row[0]))
    return header + "".join(f"{label}\t{count}\n" for label, count in rows)


def stock_share(rows: list[tuple[str, str, int, int, int]], items: list[dict]) -> tuple[int, int]:
    """(exam blanks whose exact span the list calls stock in either genre, all exam blanks) of `items`."""
    listed = {phrase for _, phrase, *_ in rows}
    answers = [normalise(answer) for item in items for answer in item.get("answers", ())]
    return sum(answer in listed for answer in answers), len(answers)


def tuning_texts() -> dict[str, list[str]]:
    """The texts of the tuning half's documents, by genre."""
    texts: dict[str, list[str]] = {genre: [] for genre in GENRES}
    for path in corpus_documents("tune"):
        texts[path.parent.name].append(path.read_text(encoding="utf-8-sig"))
    return texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--items", type=Path, default=ITEMS)
    parser.add_argument("-o", "--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    texts = tuning_texts()
    every = [json.loads(line) for line in args.items.read_text(encoding="utf-8").splitlines() if line.strip()]
    items = [item for item in every if half(item["id"]) == "tune"]
    rows = stock_rows(texts, items, segmenter())
    args.output.write_text(render(rows, {g: len(t) for g, t in texts.items()}, len(items)), encoding="utf-8")
    print(f"{args.output}: {dict(Counter(row[0] for row in rows))}")
    common = common_phrases(texts["reports"], segmenter(), COMMONPLACE_SHARE)
    COMMONPLACES.write_text(render_commonplaces(common, len(texts["reports"])), encoding="utf-8")
    print(f"{COMMONPLACES}: {len(common)} phrases")
    runs = shared_runs(texts["reports"])
    WORDING.write_text(render_wording(runs, len(texts["reports"])), encoding="utf-8")
    print(f"{WORDING}: {len(runs)} runs")
    labels = quoted_labels(texts["reports"])
    LABELS.write_text(render_labels(labels, len(texts["reports"])), encoding="utf-8")
    print(f"{LABELS}: {len(labels)} labels")
    for which in ("tune", "check"):
        stock, blanks = stock_share(rows, [item for item in every if half(item["id"]) == which])
        print(f"{which} half's exam blanks called stock: {stock} of {blanks} ({stock / blanks:.2%})")


if __name__ == "__main__":
    main()
