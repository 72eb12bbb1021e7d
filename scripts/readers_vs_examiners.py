"""Do learners keep the cards examiners would set? A model of which cards blind readers drop, from the shapes of a
card (its answer's length, parts of speech, rarity, the word before the blank …), then applied to the exam's blanks.

    PYTHONPATH=src python scripts/readers_vs_examiners.py       # about a minute; numpy and scipy (pip install scipy)

Data: benchmarks/readings/card_verdicts.jsonl (every card blind readers judged, sessions 12-15: KEEP or DROP) and the
one-blank fill items of ../shared/exam/items.jsonl, each studied as a card whose front is its sentence. Prints the
model's AUC under 5-fold cross-validation grouped by document, the share of cards kept if a deck dropped the cards it
scores worst, and the share of examiners' blanks it would drop at the same thresholds.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

import numpy as np
from scipy.optimize import minimize

from studycards.extract.stock import is_stock
from studycards.segment import genre_idf, segmenter

ROOT = Path(__file__).resolve().parent.parent
CARDS = ROOT / "benchmarks" / "readings" / "card_verdicts.jsonl"
ITEMS = ROOT.parent / "shared" / "exam" / "items.jsonl"
BEFORE = set(
    "应当 不得 可以 必须 实行 建立 坚持 加强 是 为 由 经 有权 禁止 依法 予以 完善 健全 推进 发展 提高 实现".split()
)
"""Words before a blank kept as themselves; any other is its part of speech."""
PENALTY = 3.0
FIGURE = re.compile(r"[0-9０-９]|[一二三四五六七八九十百千万两][年月日个万亿%倍级次天名人项条]|百分之")


def features(front: str, answer: str | None, law: bool) -> list[str]:
    seg, (idf, unseen) = segmenter(), genre_idf()
    front = re.sub(r"\s+", "", front)
    shown = front.replace("[...]", "")
    found = ["law" if law else "report", "front=" + bucket(len(shown), (15, 30, 60))]
    if answer is None or front.count("[...]") != 1:
        return found + ["no blank"]
    answer = re.sub(r"\s+", "", answer)
    words = seg.words(answer)
    tags = [seg.dictionary_tag(word)[:1] or "?" for word in words]
    rarity = [idf.get(word, unseen) for word in words if len(word) >= 2] or [unseen]
    before, after = front.split("[...]")
    found += [
        "answer=" + bucket(len(answer), (3, 5, 9, 17)),
        "words=" + str(min(len(words), 4)),
        "first=" + tags[0],
        "last=" + tags[-1],
        "commonest=" + bucket(min(rarity), (2, 3, 4)),
        "rarest=" + bucket(max(rarity), (3, 4, 5)),
        "next=" + (after[:1] if after[:1] in "，。；：、”》）的和" else "other"),
        "share=" + bucket(len(answer) / max(1, len(shown)), (0.3, 0.6)),
    ]
    found += ["figure"] * bool(FIGURE.search(answer)) + ["list"] * ("、" in answer)
    found += ["stock"] * is_stock(answer, "laws" if law else "reports")
    last = seg.words(before[-6:])[-1:] if before else []
    if before[-1:] and before[-1] in "，。；：、“《（":
        found.append("before=" + before[-1])
    elif last:
        found.append("before=" + (last[0] if last[0] in BEFORE else seg.dictionary_tag(last[0])[:1]))
    return found


def bucket(value: float, edges: tuple) -> str:
    return str(sum(value >= edge for edge in edges))


def matrix(rows: list[list[str]], names: dict[str, int]) -> np.ndarray:
    m = np.zeros((len(rows), len(names) + 1))
    m[:, -1] = 1
    for i, row in enumerate(rows):
        for name in row:
            if name in names:
                m[i, names[name]] = 1
    return m


def fit(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    def loss(w):
        p = 1 / (1 + np.exp(-(x @ w)))
        value = -np.sum(y * np.log(p + 1e-12) + (1 - y) * np.log(1 - p + 1e-12)) + PENALTY * np.sum(w[:-1] ** 2)
        grad = x.T @ (p - y)
        grad[:-1] += 2 * PENALTY * w[:-1]
        return value, grad

    return minimize(loss, np.zeros(x.shape[1]), jac=True, method="L-BFGS-B").x


def auc(scores: np.ndarray, y: np.ndarray) -> float:
    ranks = np.empty(len(scores))
    ranks[np.argsort(scores)] = np.arange(len(scores))
    positive = y == 1
    return (ranks[positive].sum() - positive.sum() * (positive.sum() - 1) / 2) / (positive.sum() * (~positive).sum())


def main() -> None:
    cards = [json.loads(line) for line in CARDS.read_text(encoding="utf-8").splitlines()]
    rows = [features(c["front"], c["answer"], "/laws/" in c["document"]) for c in cards]
    dropped = np.array([c["verdict"] == "DROP" for c in cards], float)
    counts = Counter(name for row in rows for name in set(row))
    names = {name: i for i, name in enumerate(sorted(n for n, k in counts.items() if k >= 15))}
    x = matrix(rows, names)
    documents = sorted({c["document"] for c in cards})
    random.Random(0).shuffle(documents)
    fold = np.array([documents.index(c["document"]) % 5 for c in cards])
    scores = np.zeros(len(cards))
    for k in range(5):
        scores[fold == k] = x[fold == k] @ fit(x[fold != k], dropped[fold != k])
    print(f"{len(cards)} cards of {len(documents)} documents, {dropped.mean():.1%} dropped")
    print(f"AUC, 5 folds grouped by document: {auc(scores, dropped):.3f}")
    weights = fit(x, dropped)
    exam = []
    for line in ITEMS.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        if item["kind"] == "fill" and len(item["blanks"]) == 1:
            start, end = item["blanks"][0]
            sentence = item["sentence"]
            front = re.sub(r"^根据《[^》]*》，", "", sentence[:start]) + "[...]" + sentence[end:]
            exam.append(features(front, sentence[start:end], "法》" in sentence[:30]))
    flagged = 1 / (1 + np.exp(-(matrix(exam, names) @ weights)))
    ours = 1 / (1 + np.exp(-scores))
    print("\n| drop a card when the model gives it | our cards dropped | kept of the rest | exam blanks dropped |")
    print("|---|---:|---:|---:|")
    for threshold in (0.4, 0.5, 0.6):
        mine = ours >= threshold
        print(
            f"| P(drop) ≥ {threshold} | {mine.mean():.1%} | {1 - dropped[~mine].mean():.1%} "
            f"| {(flagged >= threshold).mean():.1%} of {len(exam)} |"
        )


if __name__ == "__main__":
    sys.exit(main())
