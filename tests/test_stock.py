"""Stock phrases hidden alone (studycards.extract.stock) and the script that lists them from data."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from studycards.extract import worth_asking
from studycards.extract.stock import LAWS, REPORTS, is_stock, stock_phrases, without_stock
from studycards.facts import Fact, Origin
from studycards.outline import Document
from studycards.segment import segmenter

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "build_stock_phrases.py"
DATA = ROOT / "src" / "studycards" / "data" / "stock_phrases.txt"


def _builder():
    spec = importlib.util.spec_from_file_location("build_stock_phrases", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _fact(text: str, answers: tuple[str, ...], kind: str = "provision") -> Fact:
    spans = []
    for answer in answers:
        start = text.index(answer)
        spans.append((start, start + len(answer)))
    return Fact(kind, text, answers, Origin("某某法", "x", "某某法", ("某某法",), 1, text), spans=tuple(spans))


def _a_stock_phrase(genre: str) -> str:
    return sorted(stock_phrases()[genre], key=len)[-1]


def test_the_list_loads_for_both_genres_and_was_made_by_the_script():
    phrases = stock_phrases()
    assert phrases[LAWS] and phrases[REPORTS]
    header = [line for line in DATA.read_text(encoding="utf-8").splitlines() if line.startswith("#")]
    assert any("scripts/build_stock_phrases.py" in line for line in header)


def test_every_listed_phrase_meets_the_scripts_rule():
    builder = _builder()
    rows = [line.split("\t") for line in DATA.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    assert rows
    for genre, phrase, documents, blanks, sentences in rows:
        assert genre in (LAWS, REPORTS) and int(documents) >= 2
        assert builder.MIN_CHARS <= len(phrase) <= builder.MAX_CHARS
        assert builder.stock(phrase, int(blanks), int(sentences), segmenter())  # seen, (almost) never hidden


def test_a_stock_blank_alone_is_dropped():
    phrase = _a_stock_phrase(LAWS)
    fact = _fact(f"本条所列事项，由{phrase}依照本章负责办理。", (phrase,))
    assert is_stock(phrase, LAWS)
    assert without_stock([fact], LAWS) == []


def test_a_stock_blank_beside_a_real_one_leaves_the_real_one():
    phrase = _a_stock_phrase(LAWS)
    fact = _fact(f"{phrase}应当自收到申请之日起十五日内作出决定。", (phrase, "十五日"), kind="judgement")
    [kept] = without_stock([fact], LAWS)
    assert kept.answers == ("十五日",)
    assert kept.text[kept.spans[0][0] : kept.spans[0][1]] == "十五日"


def test_a_list_asked_whole_keeps_its_stock_member():
    phrase = _a_stock_phrase(LAWS)
    fact = _fact(f"下列事项：{phrase}、海域使用、渔业捕捞。", (phrase, "海域使用", "渔业捕捞"), kind="enumeration")
    assert without_stock([fact], LAWS) == [fact]


def test_a_stock_member_of_a_list_in_a_sentence_stays():
    phrase = _a_stock_phrase(LAWS)
    text = f"本法所称工程，是指开发、{phrase}、控制和保护水资源的各类工程。"
    fact = _fact(text, ("开发", phrase, "控制"), kind="provision")
    assert without_stock([fact], LAWS) == [fact]
    alone = _fact(f"本法所称工程，是指{phrase}水资源的各类工程。", (phrase,), kind="provision")
    assert without_stock([alone], LAWS) == []


def test_a_genres_stock_phrase_is_asked_in_the_other_genre():
    only_laws = sorted(stock_phrases()[LAWS] - stock_phrases()[REPORTS])
    assert only_laws
    fact = _fact(f"会议强调，{only_laws[0]}要摆在突出位置。", (only_laws[0],), kind="judgement")
    assert without_stock([fact], REPORTS) == [fact]


def test_worth_asking_drops_a_stock_blank_of_a_law():
    law = Document(title="中华人民共和国某某法", name="某某法", articles=[])
    organ = "国务院渔业行政主管部门"
    for phrase, stock in ((_a_stock_phrase(LAWS), True), (organ, False)):
        assert is_stock(phrase, LAWS) == stock
        fact = _fact(f"从事捕捞的单位，由{phrase}依照本法予以处罚。", (phrase,), kind="judgement")
        assert (fact in worth_asking(law, [fact], segmenter())) != stock


def test_the_script_lists_what_every_document_says_and_examiners_leave():
    builder = _builder()
    texts = ["第一条　单位和个人应当遵守本法。年度报告由监督管理部门审核。"] * 5
    left = {"sentence": "单位和个人应当遵守本法。", "answers": ["遵守"]}
    hidden = {"sentence": "年度报告由监督管理部门审核。", "answers": ["监督管理部门"]}
    items = [left] * builder.MIN_SEEN + [hidden] * builder.MIN_SEEN
    rows = builder.stock_rows({LAWS: texts}, items, segmenter())
    phrases = {phrase for _, phrase, *_ in rows}
    assert "单位和个人" in phrases  # common to the documents, never hidden
    assert "监督管理部门" not in phrases  # as common, but an examiner's blank
    assert builder.render(rows, {LAWS: 5}, len(items)).count("\n") > len(rows)


def test_the_script_wants_more_evidence_for_a_single_word():
    builder = _builder()
    texts = ["第一条　有关单位应当予以配合。"] * 5
    seen = {"sentence": "有关单位应当予以配合。", "answers": ["有关单位应当"]}
    few = builder.stock_rows({LAWS: texts}, [seen] * builder.MIN_SEEN, segmenter())
    many = builder.stock_rows({LAWS: texts}, [seen] * builder.MIN_SEEN_WORD, segmenter())
    assert "予以配合" in {row[1] for row in few}  # two words, seen often enough
    assert "配合" not in {row[1] for row in few}  # one word, seen too little
    assert "配合" in {row[1] for row in many}
