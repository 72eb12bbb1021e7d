"""The examined-span model (extract/examined.py): its shipped weights, whole-word spans, and its fast score."""

import time

import pytest

from studycards.extract import examined
from studycards.facts import GENERIC_WORDS
from studycards.segment import segmenter

SENTENCES = [
    "景区提高门票价格应当提前六个月公布。",
    "审计决定自送达之日起生效。",
    "本市每年九月的第三个星期六为全民读书日。",
    "国家实行城乡统筹的就业政策，鼓励劳动者自主创业。",
    "农民至少应当占成员总数的百分之八十。",
    "要把生态保护、绿色发展和民生改善作为重点。",
]


def test_the_shipped_weights_load_quickly_and_hold_no_sentence():
    examined.load_weights.cache_clear()
    started = time.perf_counter()
    weights = examined.load_weights()
    assert time.perf_counter() - started < 0.1
    assert len(weights) > 500
    # feature names only: a word of an item may stand as a neighbour or a last character, never a phrase
    assert all(len(name.split("=", 1)[1]) <= 12 for name in weights)


@pytest.mark.parametrize("sentence", SENTENCES)
def test_proposed_spans_are_whole_words_and_never_trivial(sentence):
    seg = segmenter()
    starts = {word.start for word in examined.words_of(sentence, seg)} | {len(sentence)}
    best = examined.best_spans(sentence, seg, top=3)
    assert best
    for (start, end), share in best:
        answer = sentence[start:end]
        assert start in starts and end in starts, answer
        assert len(answer) >= 2 and answer not in GENERIC_WORDS and answer not in ("应当", "不得", "可以")
        assert 0 < share <= 1


@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_fast_score_is_the_sum_of_the_trained_features(sentence):
    seg = segmenter()
    weights = examined.load_weights()
    words = examined.words_of(sentence, seg)
    features = examined.Features(words)
    fast = dict(examined.span_scores(sentence, seg))
    for i, j in examined.candidates(words):
        span = (words[i].start, words[j].start + len(words[j].text))
        assert fast[span] == pytest.approx(sum(weights.get(name, 0.0) for name in features.of(i, j)))


def test_a_time_limit_is_preferred_to_the_subject():
    """What the model learnt from examiners: a law's time limit is asked, not who must keep it."""
    seg = segmenter()
    sentence = SENTENCES[0]
    (start, end), _ = examined.best_spans(sentence, seg, top=1)[0]
    assert "六个月" in sentence[start:end]
