"""Our faster word graph and route cut exactly as jieba's own Tokenizer does, and our caches and partial cuts give
what a fresh cut of the whole gives."""

from __future__ import annotations

import jieba

from conftest import DECKS
from studycards.segment import Segmenter, lexicon_entries, load_dictionary
from studycards.wordgraph import Tokenizer

ODD = ["", "a", "GDP增长5.2%左右，CPI涨幅3%", "鋼鐵聯合企業和钢铁联合企业", "王小明在北京市海淀区中关村大街27号"]


def lines() -> list[str]:
    texts = [path.read_text(encoding="utf-8-sig") for path in sorted(DECKS.glob("*.txt"))]
    return ODD + [line for text in texts for line in text.splitlines() if line.strip()][::3]


def loaded(tokenizer):
    load_dictionary(tokenizer)
    for word, freq, tag in lexicon_entries():
        tokenizer.add_word(word, freq, tag)
    return tokenizer


def test_the_word_graph_and_route_are_jiebas():
    ours, theirs = loaded(Tokenizer()), loaded(jieba.Tokenizer())
    for line in lines():
        assert ours.get_DAG(line) == theirs.get_DAG(line)
        mine, reference = {}, {}
        ours.calc(line, ours.get_DAG(line), mine)
        theirs.calc(line, theirs.get_DAG(line), reference)
        assert mine == reference
        assert ours.lcut(line) == theirs.lcut(line) and ours.lcut(line, HMM=False) == theirs.lcut(line, HMM=False)


def test_a_word_added_later_changes_the_route():
    tokenizer = loaded(Tokenizer())
    tokenizer.lcut("枫桥经验新实践")  # weights remembered
    tokenizer.add_word("枫桥经验新实践", 50000)
    assert "枫桥经验新实践" in tokenizer.lcut("坚持和发展枫桥经验新实践")


def test_remembered_cuts_are_fresh_cuts():
    seg = Segmenter()
    for line in lines()[:40]:
        first = seg.words(line)
        first.append("x")  # a caller's change never reaches the cache
        assert seg.words(line) == seg.tokenizer.lcut(line)


def test_the_starts_around_an_offset_are_those_of_the_whole_cut():
    seg = Segmenter()
    for line in lines()[:60]:
        whole = seg.dictionary_starts(line)
        for at in range(len(line) + 1):
            around = seg.dictionary_starts_around(line, at)
            assert around <= whole and at >= min(around) and (at in around) == (at in whole)
            assert max((b for b in whole if b <= at), default=0) == max(b for b in around if b <= at)
            assert min((b for b in whole if b >= at), default=at) == min(b for b in around if b >= at)
