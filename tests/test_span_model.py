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


def test_the_model_proposes_candidates_and_ranking_asks_one_per_sentence_only_with_all():
    from studycards.facts import ALL_KINDS
    from studycards.ranking import select

    ruled = studied_of("本市的老城墙修建于明代洪武年间，全长约十二公里。", ALL_KINDS)
    assert "examined" in {fact.kind for fact in ruled.facts}  # candidates beside the rule's fact
    kept = select([ruled], None).studied[0].facts
    assert "examined" not in {fact.kind for fact in kept}  # the rule's span stands: the model is not sure enough
    sentence = "我国第一部由人民选举产生的地方志编纂机构设在杭州。"
    assert "examined" not in {fact.kind for fact in studied_of(sentence).facts}  # a default deck: no rule, no weighing
    plain = studied_of(sentence, ALL_KINDS)
    proposals = [fact for fact in plain.facts if fact.kind == "examined"]
    assert len(proposals) > 1 and len(proposals) <= examined.CANDIDATES
    assert proposals[0].answers == ("杭州",) and proposals[0].examined >= examined.MIN_SHARE
    assert all(fact.examined >= examined.MIN_CANDIDATE for fact in proposals)
    assert [fact.answers for fact in select([plain]).studied[0].facts] == [("杭州",)]  # asked for by name
    assert [fact.answers for fact in select([plain], None).studied[0].facts] == [("杭州",)]


PARAGRAPHS = (
    "这座城市的老城墙修建于明代洪武年间，全长约十二公里。我国第一部由人民选举产生的地方志编纂机构设在杭州。"
    "本市每年九月的第三个星期六为全民读书日。"
    "要把生态保护、绿色发展和民生改善作为重点，不断增强人民群众的获得感、幸福感、安全感。"
    "国家实行城乡统筹的就业政策，鼓励劳动者自主创业。"
)


def test_no_note_of_a_deck_with_proposals_shows_another_note_s_answer():
    """Up to CANDIDATES proposals per sentence, and the rules' facts: one note per sentence, so no card of one
    note shows the answer of another note of its sentence."""
    from studycards.cards import make_notes
    from studycards.facts import ALL_KINDS
    from studycards.ranking import _same_sentence, _shows, select

    item = studied_of(PARAGRAPHS, ALL_KINDS)
    assert sum(fact.kind == "examined" for fact in item.facts) > 10
    kept = select([item], None).studied[0].facts
    for a in kept:
        for b in kept:
            if a is not b and _same_sentence(a, b):
                assert not _shows(a, b), (a.answers, b.text)
    assert len(make_notes(select([item], None).studied)) == len(kept)


def test_a_deck_with_the_model_s_candidates_imports_into_anki_without_showing_another_note_s_answer(tmp_path):
    """Built with --all (every candidate of every sentence proposed): in a real Anki collection, no card shows in
    view what a card of another note of its sentence hides."""
    from click.testing import CliRunner

    from ankicol import import_apkg, open_collection, rendered_cards, visible_text
    from studycards.cli import cli

    source = tmp_path / "doc.txt"
    source.write_text("学习材料\n" + PARAGRAPHS + "\n", encoding="utf-8")
    out = tmp_path / "doc.apkg"
    result = CliRunner().invoke(cli, ["build", str(source), "-o", str(out), "--all"])
    assert result.exit_code == 0, result.output
    col = open_collection(tmp_path)
    import_apkg(col, out)
    cards = []
    for card, question, _ in rendered_cards(col):
        cards.append((card.nid, visible_text(question).replace("[...]", "")))
    col.close()
    assert len({nid for nid, _ in cards}) >= 4
    for sentence in PARAGRAPHS.split("。"):
        mine = [(nid, front) for nid, front in cards if sentence and sentence[:8] in front]
        assert len({nid for nid, _ in mine}) <= 1, sentence  # one note per sentence: no other note shows its answers


APPROVED = "专项资金的使用方案由市人民政府批准。"
"""A rule's sentence (由{{…}}批准) whose span the model is sure of."""


def test_with_all_the_model_s_sure_span_of_a_rule_s_sentence_is_asked_first(monkeypatch):
    """Where the model, having weighed the rules' spans, is sure of its own, `--all`'s note asks it; the list the
    rule asks is not cut into one member (补贴和[奖金])."""
    from studycards.facts import ALL_KINDS
    from studycards.ranking import select

    ruled = studied_of(APPROVED, ALL_KINDS)
    first = select([ruled], None).studied[0].facts[0]
    assert first.kind == "examined" and any("市人民政府" in answer for answer in first.answers)
    listed = select([studied_of("公务员工资包括基本工资、津贴、补贴和奖金。", ALL_KINDS)], None).studied[0].facts
    assert listed[0].kind != "examined" and ("奖金",) not in [fact.answers for fact in listed]
    assert "examined" not in {fact.kind for fact in studied_of(APPROVED).facts}  # default: off
    monkeypatch.setattr("studycards.extract.SURE_IN_DEFAULT", True)
    default = select([studied_of(APPROVED)]).studied[0].facts[0]  # the cheap way: same span
    assert default.kind == "examined" and default.answers == first.answers


@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_window_scores_its_spans_as_the_whole_sentence_does(sentence):
    """The default deck scores only the clauses a rule asks: each span inside them scores as it would in the whole
    sentence (the words outside are still its context), and none outside is scored."""
    seg = segmenter()
    rules = [((2, 4), "formulation")]
    window = examined.ruled_clauses(sentence, rules)
    assert window[0] <= rules[0][0][0] and rules[0][0][1] <= window[1]
    assert not examined.CLAUSE_END.search(sentence[window[0] : window[1]][: rules[0][0][0] - window[0]])
    whole = dict(examined.span_scores(sentence, seg, rules=rules))
    fresh = dict(examined.load_weights())  # not the shipped dict: no remembered parts
    part = examined.span_scores(sentence, seg, weights=fresh, rules=rules, within=window)
    assert part and (len(part) < len(whole) if "，" in sentence else len(part) == len(whole))
    for (start, end), score in part:
        assert window[0] <= start < end <= window[1]
        assert score == pytest.approx(whole[start, end])


def test_the_model_sees_the_rules_spans():
    """A span's relation to the spans the rules hide is a feature: the same, inside, holding, crossing, or none."""
    rules = [((4, 8), "figure"), ((10, 14), "definition+")]
    assert examined.rule_features(4, 8, rules) == ["r=figure"]
    assert examined.rule_features(5, 7, rules) == ["rin=figure"]
    assert examined.rule_features(2, 9, rules) == ["rout=figure"]
    assert examined.rule_features(7, 11, rules) == ["rx=definition+", "rx=figure"]
    assert examined.rule_features(0, 3, rules) == ["r=none"]
    weights = examined.load_weights()
    assert weights["r=definition"] > weights["r=none"]  # examiners hide what a definition rule hides


@pytest.mark.parametrize(
    "sentence",
    [
        "特别是这五年我国农业发展十分迅速，是建国以来发展最快的时期。",
        "要通过发展横向联合，进一步推动整个改革不断前进。",
        "违反本法规定的，由有关部门责令改正，并处一万元以上五万元以下罚款。",
    ],
)
def test_the_model_s_sure_span_is_no_routine_predicate_nor_the_word_after_a_figure(sentence):
    """The model's sure span is a clean blank: 十分[迅速], 不断[前进], 五万元以下[罚款] are not asked first."""
    from studycards.facts import ALL_KINDS

    facts = studied_of(sentence, ALL_KINDS).facts
    answers = [fact.answers for fact in facts if fact.kind == "examined" and fact.examined >= examined.SURE_SHARE]
    assert all(not examined.ROUTINE.search(a) and a != "罚款" for answer in answers for a in answer)


@pytest.mark.parametrize(
    ("sentence", "answer"),
    [("各级法院肩负着维护公正的使命。", "肩负着"), ("各地要大力发展职业教育。", "大力发展")],
)
def test_a_verb_with_its_aspect_or_its_adverb_is_no_clean_blank(sentence, answer):
    """The dictionary calls 肩负着 an idiom and 大力发展 a name: as blanks they are routine predicates all the same."""
    start = sentence.index(answer)
    assert not examined.clean_blank(sentence, (start, start + len(answer)), segmenter())
    term = "维护公正" if "维护公正" in sentence else "职业教育"
    assert examined.clean_blank(sentence, (sentence.index(term), sentence.index(term) + len(term)), segmenter())
