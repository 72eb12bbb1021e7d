"""What an examiner marked weak or bad in round 8, on sentences made up for these tests: one sentence asked twice
in other cuts, a wrong option of the other polarity (a virtue among faults, a wrongdoing among trades)."""

from conftest import spans_of

from studycards.facts import Fact, Origin
from studycards.quiz.selection import make_items


def fact(kind, text, answers, line=1, document="中华人民共和国河湖保护法"):
    origin = Origin(document, document, "第一章", (document, "第一章"), line, text)
    return Fact(kind=kind, text=text, answers=tuple(answers), origin=origin, spans=spans_of(text, answers))


def test_one_sentence_is_not_asked_twice_in_other_cuts():
    """The same sentence as a list (比较、鉴别、挑选) and as one phrase, and a duty with 侵权 and with 侵权责任:
    a quiz asks each sentence's answer once."""
    choice = "游客在选择游览线路时，有权进行比较、鉴别和挑选。"
    duty = "管理者未尽到安全保障义务，造成游客损害的，应当承担侵权责任。"
    facts = [
        fact("enumeration", choice, ["比较", "鉴别", "挑选"], 3),
        fact("norm", choice, ["比较、鉴别和挑选"], 3),
        fact("norm", duty, ["侵权"], 9),
        fact("provision", duty, ["侵权责任"], 9),
    ]
    for seed in range(8):
        items = make_items(facts, 10, ("fill",), seed)
        lines = [item.source for item in items]
        assert len(lines) == len(set(lines)), [item.answer for item in items]
