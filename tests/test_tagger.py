"""Our tagger is jieba.posseg's: the same words and tags, without jieba.posseg's import reading the dictionary."""

from __future__ import annotations

import jieba.posseg
import pytest

from conftest import DECKS
from studycards.segment import Segmenter, word_tags
from studycards.tagger import Tagger

ODD = [
    "鋼鐵聯合企業和钢铁联合企业",  # traditional script: characters the HMM has no states for
    "GDP增长5.2%左右，CPI涨幅3%，iPhone 15和5G基站",
    "第一条\r\n　为了规范公务员的管理，根据宪法，制定本法。\t(一)年满十八周岁",
    "习近平新时代中国特色社会主义思想、“三个代表”重要思想",
    "王小明和李华在北京市海淀区中关村大街27号",  # names the dictionary does not hold: the HMM guesses
    "a1 b2 C# c++ x.y 3.14 ...　",
    "",
]


def sentences() -> list[str]:
    texts = [path.read_text(encoding="utf-8-sig") for path in sorted(DECKS.glob("*.txt"))]
    lines = [line for text in texts for line in text.splitlines() if line.strip()]
    return ODD + lines[::7]


@pytest.fixture(scope="module")
def taggers():
    theirs = jieba.posseg.POSTokenizer.__new__(jieba.posseg.POSTokenizer)  # as segment.py had it
    theirs.tokenizer = Segmenter().tokenizer  # each its own: a tagger takes the lexicon's tags off its tokenizer
    theirs.word_tag_tab = dict(jieba.posseg.dt.word_tag_tab)
    return Tagger(Segmenter().tokenizer, word_tags()), theirs


@pytest.mark.parametrize("hmm", [True, False])
def test_the_same_words_and_tags_as_jieba_posseg(taggers, hmm):
    ours, theirs = taggers
    for text in sentences():
        assert ours.lcut(text, hmm) == [tuple(pair) for pair in theirs.lcut(text, HMM=hmm)], text


def test_the_lexicons_tags_win(taggers):
    ours, theirs = taggers
    tagged = ours.lcut("坚决捍卫两个确立，担当作为")
    assert tagged == [tuple(pair) for pair in theirs.lcut("坚决捍卫两个确立，担当作为")]
    assert ("担当作为", "nz") in tagged


def test_a_words_dictionary_tag_is_jiebas_without_tagging_a_sentence():
    import jieba.posseg

    from studycards.segment import segmenter

    seg = segmenter()
    for word in ("国务院", "应当", "罚款", "的"):
        assert seg.dictionary_tag(word) == jieba.posseg.dt.word_tag_tab.get(word, ""), word
    assert seg.dictionary_tag("高质量发展") == "nz"  # our lexicon's word, which jieba's own dictionary lacks
    assert seg.dictionary_tag("龘龘龘") == ""  # a word of no dictionary has no tag, not jieba's guess "x"
