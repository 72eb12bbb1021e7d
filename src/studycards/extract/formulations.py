"""Formulations (提法): quoted terms, titled documents, and numbered formulations such as 两个确立."""

from __future__ import annotations

import re
from functools import cache

from studycards.extract.clauses import fact_in_sentence
from studycards.extract.passages import passages
from studycards.facts import Fact
from studycards.outline import Document
from studycards.segment import Segmenter, lexicon_words

QUOTED = re.compile(r"“([^“”]{2,20})”|《([^《》]{2,40})》|「([^「」]{2,20})」")
# 两个确立, 四个意识, 三个区分开来, 四大考验, 四种危险 — counted formulations written without quotes.
NUMBERED = re.compile(r"[两二三四五六七八九十]+(?:个|大|种|项|条)[\u4e00-\u9fff]{2,4}")
NOT_A_TERM = re.compile(r"[。！？!?]")
DISOWNED = re.compile(
    r"(?:所谓|说成是?|什么|叫嚣|鼓吹|宣扬|诬蔑|攻击|反对|打破|破除|克服|纠正|杜绝|防止|避免|不搞|搞|吃|抵制|摆脱|根除|消除|"
    r"制止|反|大搞|热衷于|追求|人所说的?|所梦想的?|所谓的|这种|"
    r"所謂|說成是?|叫囂|宣揚|誣蔑|攻擊|反對|糾正|這種|人所說的?)[^，,；;：:。！？!?“”「」]{0,12}$"
)
"""What puts a quoted word at a distance in its clause (说成是什么「…」, 有些人所说的「…」 (not 通常所说的“…”), 喜欢这种「…」的观念, 反对“…”, 不搞形象工程、“…”, 吃“…”): someone
else's word, a scare quote around a fault the report rejects; no formulation of the report's own. The old reports'
traditional characters too (所謂「…」)."""
NUMERAL = "一二两三四五六七八九十百"
COUNTED = re.compile(rf"^[{NUMERAL}](?:[个大种项条]|.?$|.*[{NUMERAL}])")
"""A counted formulation (“四风”, “三农”, “两个确立”) stays however it is quoted."""


def extract_formulations(document: Document, seg: Segmenter) -> list[Fact]:
    lexicon = lexicon_words()
    facts = []
    for passage in passages(document):
        for index, (sentence, before) in enumerate(passage.with_leads()):
            spans = _term_spans(sentence, lexicon, passage.heading or index == 0)
            if spans:
                facts.append(fact_in_sentence("formulation", sentence, spans, passage.origin, lead=before))
    return facts


def _term_spans(sentence: str, lexicon: frozenset[str], lead: bool = False) -> list[tuple[int, int]]:
    spans = []
    for match in QUOTED.finditer(sentence):
        group = next(g for g in range(1, 4) if match.group(g))
        if not NOT_A_TERM.search(match.group(group)) and (group == 2 or not scare_quoted(sentence, match, lexicon)):
            spans.append(match.span(group))
    taken = [range(s - 1, e + 1) for s, e in spans]
    for start, end in _unquoted_terms(sentence, lexicon, lead):
        if not any(start in r or end - 1 in r for r in taken):
            spans.append((start, end))
            taken.append(range(start, end))
    return sorted(spans)


def _unquoted_terms(sentence: str, lexicon: frozenset[str], lead: bool = False):
    """Counted formulations (两个确立) that stand in the sentence without quotes; in a heading or a lead
    sentence, any formulation of the lexicon (加快发展新质生产力): the term that carries it."""
    counted, any_term = _lexicon_patterns(lexicon)
    pattern = any_term if lead else counted
    if pattern is not None:
        yield from (match.span() for match in pattern.finditer(sentence))


@cache
def _lexicon_patterns(lexicon: frozenset[str]) -> tuple[re.Pattern | None, re.Pattern | None]:
    """One pattern for the counted formulations, one for every formulation of three characters or more
    (longest first, so 新发展格局 wins over 发展)."""
    counted = [w for w in lexicon if NUMBERED.fullmatch(w) or w[0] in "两三四五六七八九十一"]
    every = set(counted) | {w for w in lexicon if len(w) >= 3}

    def compiled(words):
        ordered = sorted(words, key=len, reverse=True)
        return re.compile("|".join(map(re.escape, ordered))) if ordered else None

    return compiled(counted), compiled(every)


def scare_quoted(sentence: str, match: re.Match, lexicon: frozenset[str]) -> bool:
    """A quoted word its clause disowns (把领导人员说成是「剥削者」; 反对“一切向钱看”; 吃“大锅饭”): someone else's word or a
    fault the report rejects, no formulation of its own. A counted formulation, one of the lexicon and a quoted list
    (消除“怕困难、怕出事…”的心理顾虑) are the report's own."""
    term = match.group(match.lastindex or 1)
    if COUNTED.match(term) or term in lexicon or re.search("[、，,]", term):
        return False
    return bool(DISOWNED.search(sentence, 0, match.start()))
