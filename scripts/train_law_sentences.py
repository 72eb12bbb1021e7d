"""Train the law sentence model (src/studycards/extract/law_sentences.py): which sentences of a law examiners ask.

    PYTHONPATH=src python scripts/train_law_sentences.py            # train on the tuning half, report both halves
    PYTHONPATH=src python scripts/train_law_sentences.py --dry-run  # figures only, data/law_sentences.json kept

Data: every corpus law (../shared/corpus/laws), each body sentence a row with the general features of
law_sentences.sentence_features. A sentence is asked (label 1) when an examiner blank of ../shared/gold/corpus stands
in it, or an exam fill item of the same half (split by item id) whose sentence, without its 根据《…》 lead, is found in
the law's text and overlaps it. Trained on the tuning half's laws with tuning-half items (plain logistic regression,
L2, gradient descent); the checking half's laws and items give the figures: AUC, and the share of asked sentences
in the best-scored 10% and 30% of each law's sentences. The weights (features only, no text) go to
src/studycards/data/law_sentences.json.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from halves import CORPUS, GOLD, ITEMS, half  # noqa: E402

from studycards.extract.law_sentences import MODEL, sentence_features  # noqa: E402
from studycards.extract.passages import passages  # noqa: E402
from studycards.facts import normalise  # noqa: E402
from studycards.parsing import parse  # noqa: E402
from studycards.reading import read_source  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "src" / "studycards" / "data" / MODEL
LEAD = re.compile(r"^(?:根据|依据|按照)?《[^》]{2,40}》(?:的?规定)?[，,：:]?|^第[一二三四五六七八九十百零〇]+条[　 ]*")
MIN_CORE = 8
PREFIX = 16


def item_cores() -> dict[str, list[str]]:
    """half -> the normalised sentences of fill items, without a lead that cites the law."""
    cores: dict[str, list[str]] = {"tune": [], "check": []}
    for line in ITEMS.open(encoding="utf-8"):
        item = json.loads(line)
        core = normalise(LEAD.sub("", item["sentence"]))
        if len(core) >= MIN_CORE:
            cores[half(item["id"])].append(core)
    return cores


def gold_cores() -> dict[str, list[str]]:
    """document file name -> the normalised sentences of its examiner blanks."""
    found: dict[str, list[str]] = {}
    for path in (GOLD / "corpus").glob("*.blanks.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        name = Path(data["document"]).name
        found[name] = [normalise(LEAD.sub("", blank["sentence"])) for blank in data["blanks"]]
    return found


def rows_of(path: Path, cores: list[str]) -> list[tuple[list[str], int]]:
    """(features, asked) for each body sentence of the law at `path`."""
    document = parse(read_source(str(path)))
    found = [p for p in passages(document) if not p.heading]
    if not found:
        return []
    lines = [p.origin.line for p in found]
    first, span = min(lines), max(1, max(lines) - min(lines))
    sentences = [(p, s) for p in found for s in p.sentences if len(normalise(s)) >= 4]
    text, bounds = "", []
    for _, sentence in sentences:
        plain = normalise(sentence)
        bounds.append((len(text), len(text) + len(plain)))
        text += plain
    asked = [0] * len(sentences)
    for core in cores:
        start = text.find(core)
        end = start + len(core)
        if start < 0:  # an item that runs on into the article's list: its opening
            start = text.find(core[:PREFIX]) if len(core) >= PREFIX else -1
            end = start + PREFIX
        if start < 0:
            continue
        for index, (a, b) in enumerate(bounds):
            if a < end and start < b:
                asked[index] = 1
    return [
        (sentence_features(sentence, passage.origin.trail, (passage.origin.line - first) / span), label)
        for (passage, sentence), label in zip(sentences, asked)
    ]


def dataset() -> dict[str, list[list[tuple[list[str], int]]]]:
    """half -> one list of rows per law."""
    items, gold = item_cores(), gold_cores()
    laws: dict[str, list] = {"tune": [], "check": []}
    for path in sorted((CORPUS / "laws").glob("*.txt")):
        part = half(path.name)
        laws[part].append(rows_of(path, items[part] + gold.get(path.name, [])))
    return laws


def matrix(rows, names: list[str]) -> tuple[np.ndarray, np.ndarray]:
    index = {name: i for i, name in enumerate(names)}
    x = np.zeros((len(rows), len(names)))
    for r, (features, _) in enumerate(rows):
        for feature in features:
            if feature in index:
                x[r, index[feature]] = 1.0
    return x, np.array([label for _, label in rows], dtype=float)


def train(x: np.ndarray, y: np.ndarray, l2: float, steps: int = 25) -> tuple[np.ndarray, float]:
    """Logistic regression by Newton's method, an L2 penalty on the weights (not the bias)."""
    xb = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(xb.shape[1])
    penalty = np.full(xb.shape[1], l2 * len(y))
    penalty[-1] = 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(xb @ w)))
        gradient = xb.T @ (p - y) + penalty * w
        hessian = (xb * (p * (1 - p))[:, None]).T @ xb + np.diag(penalty + 1e-9)
        w -= np.linalg.solve(hessian, gradient)
    return w[:-1], float(w[-1])


def auc(scores: np.ndarray, y: np.ndarray) -> float:
    order = np.argsort(scores)
    ranks = np.empty(len(scores))
    ranks[order] = np.arange(1, len(scores) + 1)
    positives = y.sum()
    negatives = len(y) - positives
    return float((ranks[y == 1].sum() - positives * (positives + 1) / 2) / max(1, positives * negatives))


def top_share(laws, score, share: float) -> float:
    """Share of asked sentences that stand in the best-scored `share` of their law's sentences."""
    hit = total = 0
    for rows in laws:
        if not rows:
            continue
        scores = np.array([score(features) for features, _ in rows])
        cut = np.quantile(scores, 1 - share)
        for s, (_, label) in zip(scores, rows):
            total += label
            hit += label and s >= cut
    return hit / max(1, total)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dry-run", action="store_true")
    parser.add_argument("--l2", type=float, default=0.0003)
    args = parser.parse_args()
    laws = dataset()
    tune_rows = [row for rows in laws["tune"] for row in rows]
    names = sorted({f for features, _ in tune_rows for f in features})
    x, y = matrix(tune_rows, names)
    w, b = train(x, y, args.l2)
    weights = {"bias": round(b, 4)} | {name: round(float(v), 4) for name, v in zip(names, w)}

    def score(features: list[str]) -> float:
        return weights["bias"] + sum(weights.get(f, 0.0) for f in features)

    for part in ("tune", "check"):
        rows = [row for law in laws[part] for row in law]
        scores = np.array([score(f) for f, _ in rows])
        labels = np.array([label for _, label in rows], dtype=float)
        print(
            f"{part}: {len(laws[part])} laws, {len(rows)} sentences, {int(labels.sum())} asked; AUC {auc(scores, labels):.3f}; "
            f"asked in the best 10% {top_share(laws[part], score, 0.1):.2f}, 30% {top_share(laws[part], score, 0.3):.2f}"
        )
    for name, value in sorted(weights.items(), key=lambda kv: -kv[1]):
        print(f"  {name:24} {value:+.3f}")
    if not args.dry_run:
        data = {
            "about": "Law sentence model (extract/law_sentences.py): log-odds that examiners ask a law's sentence, "
            "from general features; trained by scripts/train_law_sentences.py on the tuning half.",
            "weights": weights,
        }
        OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
