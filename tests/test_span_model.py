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


def studied_of(sentence, kinds=None):
    from studycards.extract import extract
    from studycards.outline import Line, Source
    from studycards.parsing import parse
    from studycards.pipeline import Studied

    document = parse(Source("doc", [Line(1, "学习材料"), Line(2, sentence)], "doc.txt"))
    return Studied(document, extract(document, kinds))


def test_the_model_proposes_only_where_no_rule_asks_and_only_with_all():
    from studycards.ranking import select

    from studycards.facts import ALL_KINDS

    ruled = studied_of("这座城市的老城墙修建于明代洪武年间，全长约十二公里。", ALL_KINDS)
    assert "examined" not in {fact.kind for fact in ruled.facts}  # a rule asks it: the rule's span stands
    sentence = "我国第一部由人民选举产生的地方志编纂机构设在杭州。"
    assert "examined" not in {fact.kind for fact in studied_of(sentence).facts}  # not a default kind
    plain = studied_of(sentence, ALL_KINDS)
    (proposal,) = [fact for fact in plain.facts if fact.kind == "examined"]
    assert proposal.answers == ("杭州",) and proposal.examined >= examined.MIN_SHARE
    assert [fact.answers for fact in select([plain]).studied[0].facts] == [("杭州",)]  # asked for by name
    assert [fact.answers for fact in select([plain], None).studied[0].facts] == [("杭州",)]
