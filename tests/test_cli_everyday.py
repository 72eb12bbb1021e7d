"""The command line for everyday use: a reference of the wrong shape says what was expected, the drill asks
again on what is not an answer, standard input has one name, no Python exception names, the same exit code
for the same mistake, and a summary whose numbers add up."""

import io
import json
import re
import sqlite3

import pytest
from click.testing import CliRunner

from conftest import DECKS, FIXTURES
from studycards.cli import cli
from studycards.drill import run_drill
from studycards.history import History
from studycards.quiz.items import QuizItem
from studycards.reference import load_reference

SAMPLE = str(DECKS / "cadre-incentive-seminar.txt")
GOLD = DECKS.parent.parent / "shared" / "gold"
EXCEPTION_NAME = re.compile(r"\b[A-Z][a-zA-Z]+(Error|Exception)\b")


def run(*args, input=None):
    return CliRunner().invoke(cli, list(args), input=input)


# --- score --gold: the shape of the reference ------------------------------------------------------------


@pytest.mark.parametrize(
    "content, says",
    [
        ([{"type": "fill", "stem": "x"}], "a JSON list, not an object"),
        ({"blanks": [{"sentence": "x"}]}, 'blanks[0] has no "answer" text'),
        ({}, "an empty object"),
        ({"notes": [{"guid": "x"}]}, 'an object with "notes"'),
        ({"terms": "两个确立"}, '"terms" is a text, not a list'),
        ({"articles": [{"title": "x"}]}, 'articles[0] is not an object with a "headings" list'),
        ({"enumerations": [["a", 3]]}, "enumerations[0] is not a list of texts"),
        ({"terms": []}, "no headings, terms or enumerations to test"),
    ],
)
def test_a_reference_of_the_wrong_shape_says_what_was_expected(tmp_path, content, says):
    path = tmp_path / "ref.json"
    path.write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
    result = run("score", SAMPLE, "--gold", str(path))
    assert result.exit_code == 1
    message = result.output.strip()
    assert message.startswith(f"Error: {path}: not a reference: {says}; expected ")
    assert '{"blanks": [{"sentence": "…", "answer": "…"}, …]}' in message and '"headings"' in message
    assert "Traceback" not in result.output and len(message.splitlines()) == 1


@pytest.mark.parametrize(
    "data, says",
    [(None, "no such file"), (b"\xff\xfe\x00garbage", "not UTF-8 text"), (b"{not json", "not valid JSON (line 1)")],
)
def test_a_reference_that_cannot_be_read_is_one_line_without_exception_names(tmp_path, data, says):
    path = tmp_path / "ref.json"
    if data is not None:
        path.write_bytes(data)
    result = run("score", SAMPLE, "--gold", str(path))
    assert result.exit_code == 1 and says in result.output
    assert not EXCEPTION_NAME.search(result.output)


def test_the_references_we_ship_have_the_right_shape():
    assert load_reference(str(FIXTURES / "cadre-incentive-seminar.gold.json"))["articles"]
    for path in sorted(GOLD.glob("*.blanks.json")) + sorted((GOLD / "corpus").glob("*.blanks.json"))[:5]:
        assert load_reference(str(path))["blanks"], path


# --- drill: what is not an answer is asked again ------------------------------------------------------------

SINGLE = QuizItem(
    "single",
    ("坚决捍卫“", "”"),
    (4,),
    ("四大考验", "两个确立", "四种危险", "四个意识"),
    ("两个确立",),
    "范文（2），第12行",
    "f-form",
    "formulation",
    "两个确立",
)
MULTIPLE = QuizItem(
    "multiple",
    ("推动形成", "的用人导向"),
    (4,),
    ("能者上", "优者奖", "平者让", "劣者汰"),
    ("能者上", "优者奖", "劣者汰"),
    "范文（1），第5行",
    "f-enum",
    "enumeration",
    "能者上",
)
JUDGE = QuizItem(
    "judge",
    ("严管就是厚爱，厚爱必须从严",),
    (),
    ("正确", "错误"),
    ("错误",),
    "范文（1），第7行",
    "f-maxim",
    "maxim",
    "厚爱必须严管",
)


def results(path):
    with sqlite3.connect(path) as db:
        return {row[0]: row[1:] for row in db.execute('SELECT fact, asked, "right", wrong FROM results')}


def test_an_answer_that_is_not_an_option_is_asked_again_and_not_graded(tmp_path):
    out = io.StringIO()
    with History(tmp_path / "h.sqlite3") as history:
        outcome = run_drill([SINGLE, MULTIPLE, JUDGE], io.StringIO("x\n9\nAB\nB\n对\nabd\n\n好\n错\n"), out, history)
    text = out.getvalue()
    assert "“x”不是这道题的选项。请输入 A-D 或 1-4" in text and "“9”不是这道题的选项" in text
    assert "这是单选题，只能选一个" in text
    assert "“对”不是这道题的选项" in text  # 对 on a 多选
    assert "没有输入答案" in text and "“好”不是判断。请输入 对 或 错" in text
    assert (outcome.asked, outcome.right) == (3, 3)
    assert results(tmp_path / "h.sqlite3") == {"f-form": (1, 1, 0), "f-enum": (1, 1, 0), "f-maxim": (1, 1, 0)}


@pytest.mark.parametrize("typed", ["q", "Q", "退出", "ｑ"])
def test_q_ends_the_drill_and_is_not_graded(tmp_path, typed):
    out = io.StringIO()
    with History(tmp_path / "h.sqlite3") as history:
        outcome = run_drill([SINGLE, JUDGE], io.StringIO(f"B\n{typed}\n错\n"), out, history)
    assert (outcome.asked, outcome.right, outcome.stopped) == (1, 1, True)
    assert results(tmp_path / "h.sqlite3") == {"f-form": (1, 1, 0)}
    assert out.getvalue().endswith("得分：1/1（100%），提前结束（共 2 题）\n")


def test_giving_up_is_a_miss_with_the_answer_shown(tmp_path):
    out = io.StringIO()
    outcome = run_drill([SINGLE], io.StringIO("?\n"), out)
    assert (outcome.asked, outcome.right) == (1, 0) and "答案：B. 两个确立" in out.getvalue()


# --- names, exit codes, plurals ----------------------------------------------------------------------------


def test_standard_input_has_one_name():
    for args in (
        ["outline", "-"],
        ["build", "-", "-o", "-", "--format", "json"],
        ["quiz", "-", "-o", "-", "--format", "json"],
    ):
        result = run(*args, input="")
        assert result.exit_code == 1
        assert result.output.strip() == "Error: standard input: the file is empty; there is nothing to study", args
    result = run("build", "-", "-o", "-", "--format", "json", input=open(SAMPLE, encoding="utf-8").read())
    assert result.exit_code == 0
    assert result.stderr.startswith("wrote to standard output: ")


def test_outline_of_a_folder_exits_1_like_every_command(tmp_path):
    for args in (["outline", str(tmp_path)], ["build", str(tmp_path)], ["quiz", str(tmp_path), "-o", "q.json"]):
        result = run(*args)
        assert result.exit_code == 1, (args, result.output)
        assert result.output.startswith(f"Error: {tmp_path}"), result.output


def test_one_question_is_not_questions(tmp_path):
    result = run("quiz", SAMPLE, "-n", "1", "--seed", "1", "-o", str(tmp_path / "q.json"))
    assert result.exit_code == 0
    assert result.stderr.startswith("1 question: "), result.stderr
    text = "一、坚持学习\n推动形成能者上、优者奖、庸者下、劣者汰的用人导向。\n"
    result = run("build", "-", "-o", str(tmp_path / "one.apkg"), input=text)
    assert result.exit_code == 0
    assert result.stderr.startswith(f"wrote {tmp_path / 'one.apkg'}: 1 note, 1 card ("), result.stderr


# --- the summary adds up --------------------------------------------------------------------------------------


def test_a_budget_smaller_than_the_outline_lists_is_said_as_it_is(tmp_path):
    report = str(DECKS / "government-work-report-2024.txt")
    result = run("build", report, "--budget", "30", "-o", str(tmp_path / "g.json"))
    assert result.exit_code == 0
    line = result.stderr.strip()
    cards = int(re.search(r": \d+ notes, (\d+) cards", line).group(1))
    kept, chosen = map(
        int, re.search(r"; (\d+) cards? of outline lists are always kept, and with (\d+) more", line).groups()
    )
    assert kept + chosen == cards > 30 and "more than the 30-card budget" in line
    assert "to stay within" not in line
    notes = json.loads((tmp_path / "g.json").read_text(encoding="utf-8"))
    assert len(notes["notes"]) == int(re.search(r": (\d+) notes", line).group(1))


def test_a_budget_that_fits_says_it_stayed_within_it(tmp_path):
    from studycards.budget_report import BudgetReport
    from studycards.cli.commands.deck import budget_text

    assert budget_text(BudgetReport(200, 198, 60, 5, 9)) == (
        "; left out 5 less important facts (9 cards) to stay within 200 cards: --all keeps them, --budget N sets the number"
    )
    assert budget_text(BudgetReport(None, 198, 60, 0, 0)) == ""
    held = budget_text(BudgetReport(None, 198, 60, 0, 0, held_back=1, held_back_cards=1))
    assert held.startswith("; 1 card of ") and "is asked only with --all" in held, held


def test_a_law_deck_under_its_budget_says_what_only_all_asks(tmp_path):
    law = next((DECKS.parent.parent / "shared" / "corpus" / "laws").glob("中华人民共和国公路法*.txt"), None)
    if law is None:
        pytest.skip("the corpus is not beside the checkout")
    result = run("build", str(law), "-o", str(tmp_path / "law.json"))
    assert result.exit_code == 0
    line = result.stderr.strip()
    cards = int(re.search(r": \d+ notes, (\d+) cards", line).group(1))
    held = re.search(
        r"; (\d+) cards? of a law's chain of chapters, a report's key terms or labels many reports quote (?:is|are) asked"
        r" only with --all",
        line,
    )
    assert held and "to stay within" not in line, line  # nothing was cut for room: it is all under budget
    notes = json.loads((tmp_path / "law.json").read_text(encoding="utf-8"))["notes"]
    assert cards > 0 and not [note for note in notes if note["kind"] == "examined"]
