"""Key phrases by jieba's TF-IDF, for paragraphs of prose that hold no structure to test.

Only phrases of three or more characters that are not generic words; one per paragraph at most.
"""

from __future__ import annotations

from studycards.extract.clauses import sentence_spans, window
from studycards.extract.passages import passages
from studycards.facts import Fact
from studycards.outline import Document
from studycards.segment import Segmenter

import re

MIN_PARAGRAPH = 60
CJK_ONLY = re.compile(r"[\u4e00-\u9fff]+")
MIN_PHRASE = 3
GENERIC = frozenset("""
干部 工作 坚持 发展 建设 推进 加强 推动 提高 实施 完善 深入 全面 积极 进一步 有关 方面 问题 能力 水平 领导 群众
""".split())


def extract_keyphrases(document: Document, seg: Segmenter, covered: set[int] = frozenset()) -> list[Fact]:
    """`covered`: source lines whose paragraphs already yield other facts (skipped)."""
    facts = []
    for passage in passages(document):
        if passage.heading or len(passage.text) < MIN_PARAGRAPH or passage.origin.line in covered:
            continue
        phrase = next((p for p in seg.key_phrases(passage.text) if _testable(p)), None)
        if not phrase:
            continue
        for _, sentence in sentence_spans(passage.text):
            index = sentence.find(phrase)
            if index >= 0:
                text, offset = window(sentence, [(index, index + len(phrase))])
                start = index - offset
                facts.append(Fact("keyphrase", text, (phrase,), passage.origin, spans=((start, start + len(phrase)),)))
                break
    return facts


def _testable(phrase: str) -> bool:
    return len(phrase) >= MIN_PHRASE and phrase not in GENERIC and bool(CJK_ONLY.fullmatch(phrase))
