"""Spread, on material made up for these tests: every chapter contributes, and a paragraph gives one question
unless the material has fewer paragraphs than questions."""

from collections import Counter

from studycards.facts import Fact, Origin
from studycards.quiz.selection import make_items

TERMS = ["巡河台账", "联防机制", "生态补偿", "水质监测", "岸线管控", "排污许可", "清淤疏浚", "湿地修复", "节水标准"]


def fact(text, answer, chapter, paragraph):
    start = text.index(answer)
    origin = Origin("规程", "规程", chapter, ("规程", chapter), 1, paragraph)
    return Fact("formulation", text, (answer,), origin, spans=((start, start + len(answer)),))


def material():
    facts = []
    for c, chapter in enumerate(["第一章 总则", "第二章 保护", "第三章 治理"]):
        for p in range(3):
            paragraph = f"{chapter}第{p}段"
            for t in range(3):
                term = TERMS[(3 * p + t + c) % len(TERMS)] + f"{c}{p}{t}"
                facts.append(fact(f"各地应当按第{c}{p}{t}号规程建立{term}并定期公开。", term, chapter, paragraph))
    return facts


def test_every_chapter_contributes_and_a_paragraph_gives_one_question():
    facts = material()
    by_identity = {f.identity(): f for f in facts}
    for seed in range(4):
        items = make_items(facts, 6, types=["fill"], seed=seed)
        assert len(items) == 6
        chapters = Counter(by_identity[item.fact].origin.article for item in items)
        assert set(chapters) == {"第一章 总则", "第二章 保护", "第三章 治理"} and max(chapters.values()) == 2
        paragraphs = Counter(by_identity[item.fact].origin.paragraph for item in items)
        assert max(paragraphs.values()) == 1


def test_short_material_asks_a_paragraph_again():
    facts = material()
    items = make_items(facts, 12, types=["fill"], seed=1)
    assert len(items) == 12  # nine paragraphs: some give two
