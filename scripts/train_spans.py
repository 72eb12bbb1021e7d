"""Train the examined-span model (src/studycards/extract/examined.py) and write src/studycards/data/spans.json.

    PYTHONPATH=src python scripts/train_spans.py            # train on the tuning half, report both halves
    PYTHONPATH=src python scripts/train_spans.py --dry-run  # report only, write nothing

Data: the fill items of ../shared/exam/items.jsonl whose id falls in the tuning half of benchmarks/halves.py, less
the items that are blanks of a checking-half corpus document (../shared/gold/corpus: those blanks are exam items
too, and the corpus figures of the checking half must not have been trained on). For each sentence, every
candidate span of examined.candidates(); the spans whose text is an examiner's answer (quotes and punctuation
ignored) are the positives. The model is a conditional logit (a softmax over the candidates of one sentence) with
an L2 penalty, fitted by L-BFGS; features seen in fewer than MIN_COUNT sentences are dropped. Only the weights are
written: no item text.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np
from scipy import optimize, sparse

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from examiner import CITED  # noqa: E402
from halves import GOLD, ITEMS, half  # noqa: E402

from studycards.extract import STRUCTURAL  # noqa: E402
from studycards.extract.examined import MODEL, Features, askable, candidates, rule_spans, words_of  # noqa: E402
from studycards.extract.keyterms import extract_keyterms  # noqa: E402
from studycards.facts import DEFAULT_KINDS, normalise  # noqa: E402
from studycards.outline import Line, Source  # noqa: E402
from studycards.parsing import parse  # noqa: E402
from studycards.segment import segmenter  # noqa: E402

MIN_COUNT = 5
PENALTY = 3.0
OUT = Path(__file__).resolve().parent.parent / "src" / "studycards" / "data" / MODEL


def held_out_ids() -> set[str]:
    """Items that are blanks of a checking-half corpus document."""
    ids = set()
    for path in (GOLD / "corpus").glob("*.blanks.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        if half(Path(data["document"]).name) == "check":
            ids |= {b["why"].split()[-1] for b in data["blanks"] if b.get("why", "").startswith("exam item")}
    return ids


def rules_of(sentence: str, seg) -> list:
    """The spans our rules' facts hide in `sentence` (as extract_examined sees them: before they are weighed), with
    their labels. The sentence is a one-paragraph document, as benchmarks/examiner.py studies it."""
    cited = CITED.match(sentence)
    title = cited.group(1) if cited else "学习材料"
    document = parse(Source("item", [Line(1, title), Line(2, sentence)], "item.txt"))
    facts = [
        fact for kind, extractor in STRUCTURAL.items() if kind in DEFAULT_KINDS for fact in extractor(document, seg)
    ]
    facts += extract_keyterms(document, seg, asked=facts)
    return rule_spans(sentence, (sentence, 0), [fact for fact in facts if fact.spans and fact.kind != "outline"])


def examples(which: str, seg) -> list[tuple[str, list[list[str]], list[int], list[str], list[tuple[int, int]]]]:
    """(sentence, features of each candidate, positives, answers, character spans) for the items of one half."""
    held = held_out_ids()
    found = []
    for line in ITEMS.open(encoding="utf-8"):
        item = json.loads(line)
        if item["kind"] != "fill" or half(item["id"]) != which or (which == "tune" and item["id"] in held):
            continue
        sentence = item["sentence"]
        words = words_of(sentence, seg)
        features = Features(words, rules_of(sentence, seg))
        spans = candidates(words)
        answers = {normalise(answer) for answer in item["answers"]}
        texts = ["".join(w.text for w in words[i : j + 1]) for i, j in spans]
        positives = [n for n, text in enumerate(texts) if normalise(text) in answers]
        chars = [(words[i].start, words[j].start + len(words[j].text)) for i, j in spans]
        found.append((sentence, [features.of(i, j) for i, j in spans], positives, item["answers"], chars))
    return found


def design(data, index: dict[str, int]):
    rows, cols, groups, labels = [], [], [0], []
    row = 0
    for _, features, positives, _, _ in data:
        for n, names in enumerate(features):
            for name in names:
                if name in index:
                    rows.append(row)
                    cols.append(index[name])
            labels.append(1.0 / len(positives) if n in positives else 0.0)
            row += 1
        groups.append(row)
    values = np.ones(len(rows))
    matrix = sparse.csr_matrix((values, (rows, cols)), shape=(row, len(index)))
    return matrix, np.array(groups), np.array(labels)


def fit(matrix, groups, labels, penalty: float) -> np.ndarray:
    starts = groups[:-1]
    owner = np.repeat(np.arange(len(starts)), np.diff(groups))

    def loss(w):
        scores = matrix @ w
        peak = np.maximum.reduceat(scores, starts)
        exp = np.exp(scores - peak[owner])
        mass = np.add.reduceat(exp, starts)
        probs = exp / mass[owner]
        log_probs = scores - peak[owner] - np.log(mass[owner])
        value = -(labels * log_probs).sum() + penalty * (w @ w) / 2
        gradient = matrix.T @ (probs * np.add.reduceat(labels, starts)[owner] - labels) + penalty * w
        return value, gradient

    result = optimize.minimize(loss, np.zeros(matrix.shape[1]), jac=True, method="L-BFGS-B", options={"maxiter": 400})
    return result.x


def comparable(hidden: str, answer: str) -> bool:
    short, long = sorted((normalise(hidden), normalise(answer)), key=len)
    return bool(short) and short in long and len(short) >= 0.6 * len(long)


def report(name: str, data, weights: dict[str, float]) -> None:
    """Top-1 and top-3 of the model's askable spans against the examiner's answers, per blank; and the ceiling
    (the answer is some candidate at all)."""
    blanks = reachable = top1 = top3 = 0
    for sentence, features, _, answers, chars in data:
        scores = [sum(weights.get(f, 0.0) for f in names) for names in features]
        order = sorted(range(len(scores)), key=lambda n: -scores[n])
        picked: list[tuple[int, int]] = []
        for n in order:
            a, b = chars[n]
            if askable(sentence[a:b]) and not any(a < d and c < b for c, d in picked):
                picked.append((a, b))
            if len(picked) == 3:
                break
        shown = [sentence[a:b] for a, b in picked]
        texts = {normalise(sentence[a:b]) for a, b in chars}
        for answer in answers:
            blanks += 1
            reachable += normalise(answer) in texts
            top1 += bool(shown) and comparable(shown[0], answer)
            top3 += any(comparable(text, answer) for text in shown)
    print(
        f"| {name} | {blanks} | {reachable / blanks:.2f} | {top1 / blanks:.2f} | {top3 / blanks:.2f} |",
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dry-run", action="store_true")
    parser.add_argument("--penalty", type=float, default=PENALTY, help="the L2 penalty")
    parser.add_argument("--min-count", type=int, default=MIN_COUNT, help="sentences a feature must be seen in")
    args = parser.parse_args()
    seg = segmenter()
    tune, check = examples("tune", seg), examples("check", seg)
    seen: Counter = Counter()
    for _, features, _positives, _, _ in tune:
        seen.update({name for names in features for name in names})
    index = {name: n for n, name in enumerate(sorted(name for name, count in seen.items() if count >= args.min_count))}
    usable = [example for example in tune if example[2]]
    matrix, groups, labels = design(usable, index)
    vector = fit(matrix, groups, labels, args.penalty)
    weights = {name: round(float(vector[n]), 4) for name, n in index.items() if abs(vector[n]) >= 1e-4}
    print(
        f"{len(usable)} of {len(tune)} tuning sentences have their answer among the candidates; {len(weights)} weights\n"
    )
    print("| half | blanks | answer is a candidate | model top 1 | model top 3 |")
    print("|---|---:|---:|---:|---:|")
    report("tune", tune, weights)
    report("check", check, weights)
    if not args.dry_run:
        payload = {"about": "scripts/train_spans.py; docs/model.md", "weights": dict(sorted(weights.items()))}
        OUT.write_text(json.dumps(payload, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
        print(f"\nwrote {OUT}")


if __name__ == "__main__":
    main()
