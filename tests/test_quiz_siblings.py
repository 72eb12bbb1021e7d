"""Wrong options from the document's own siblings first: a closed set's fellows that the material names come
before those it never does (天津、四川 beside 广东 in a report that names them, not 甘肃)."""

import random

from studycards.facts import Fact, Origin
from studycards.quiz.distractors import Pool
from studycards.quiz.frames import frame_of


def fact(text, answers):
    origin = Origin(document="某报告", document_id="某报告", article="", trail=("某报告",), line=1, paragraph=text)
    return Fact(kind="formulation", text=text, answers=tuple(answers), origin=origin)


def test_a_class_fellow_the_material_names_comes_first():
    facts = [
        fact("新设广东自由贸易试验区。", ["广东"]),
        fact("支持四川建设西部经济中心。", ["四川"]),
        fact("推动天津港口转型。", ["天津"]),
        fact("加快福建海峡西岸经济区建设。", ["福建"]),
        fact("扶持西藏特色产业发展。", ["西藏"]),
    ]
    pool = Pool([frame_of(f) for f in facts])
    named = {"四川", "天津", "福建", "西藏"}
    for seed in range(20):
        chosen = pool.choose(["广东"], facts[0], 3, random.Random(seed)) or []
        assert len(chosen) == 3 and set(chosen) <= named, chosen


def test_fellows_come_from_the_set_when_the_material_names_too_few():
    facts = [fact("新设广东自由贸易试验区。", ["广东"]), fact("支持四川建设西部经济中心。", ["四川"])]
    pool = Pool([frame_of(f) for f in facts])
    for seed in range(5):
        chosen = pool.choose(["广东"], facts[0], 3, random.Random(seed)) or []
        assert "四川" in chosen and len(chosen) == 3, chosen
