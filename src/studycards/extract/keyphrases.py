"""Key phrases by jieba's TF-IDF, for paragraphs of prose that hold no structure to test.

Only phrases of three or more characters that are not generic words; one per paragraph at most.
"""

from __future__ import annotations

import re

from studycards.extract.clauses import fact_in_sentence
from studycards.extract.passages import passages
from studycards.facts import GENERIC_WORDS, Fact
from studycards.outline import Document
from studycards.segment import Segmenter

MIN_PARAGRAPH = 40
CJK_ONLY = re.compile(r"[\u4e00-\u9fff]+")
MIN_PHRASE = 3


def extract_keyphrases(
    document: Document, seg: Segmenter, covered: frozenset[int] | set[int] = frozenset()
) -> list[Fact]:
    """`covered`: source lines whose paragraphs already yield other facts (skipped)."""
    facts = []
    for passage in passages(document):
        if passage.heading or len(passage.text) < MIN_PARAGRAPH or passage.origin.line in covered:
            continue
        phrase = next((p for p in seg.key_phrases(passage.text) if _testable(p)), None)
        if not phrase:
            continue
        for sentence in passage.sentences:
            index = sentence.find(phrase)
            if index >= 0:
                facts.append(fact_in_sentence("keyphrase", sentence, [(index, index + len(phrase))], passage.origin))
                break
    return facts


def _testable(phrase: str) -> bool:
    return len(phrase) >= MIN_PHRASE and phrase not in GENERIC_WORDS and bool(CJK_ONLY.fullmatch(phrase))
