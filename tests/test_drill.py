"""The drill: prompts and verdicts, piped answers, a clean stop, and the history it keeps."""

import io
import sqlite3

from click.testing import CliRunner

from conftest import DECKS
from studycards.cli import cli
from studycards.drill import run_drill
from studycards.facts import DEFAULT_KINDS
from studycards.history import History
from studycards.pipeline import study_all
from studycards.quiz.items import TYPES, QuizItem
from studycards.quiz.selection import make_items

SAMPLE = str(DECKS / "cadre-incentive-seminar.txt")
STRUCTURAL = DEFAULT_KINDS  # what the CLI studies by default
_facts = []


def sample_facts():
    if not _facts:
        _facts.extend(fact for item in study_all([SAMPLE], STRUCTURAL) for fact in item.facts)
    return _facts


def drill_items(history_path, n, seed):
    """The items `studycards drill SAMPLE -n N --seed S --history PATH` asks, in its order."""
    with History(history_path) as history:
        return make_items(sample_facts(), n, TYPES, seed, priority=history.priority(), grouped=False)


def right_answer(item):
    if item.type == "fill":
        return " ".join(reversed(item.answer)) if not item.ordered else "、".join(item.answer)
    if item.type == "judge":
        return "对" if item.answer[0] == "正确" else "错"
    return item.letters.lower()


def drill(*args, input=""):
    return CliRunner().invoke(cli, ["drill", SAMPLE, *args], input=input)


def rows(path):
    with sqlite3.connect(path) as db:
        return {row[0]: row[1:] for row in db.execute('SELECT fact, asked, "right", wrong, last_right FROM results')}


ITEMS = [
    QuizItem(
        "fill",
        ("推动形成", "、", "、庸者下、劣者汰的用人导向"),
        (3, 3),
        (),
        ("能者上", "优者奖"),
        "范文（1） › 一要树立鲜明导向，第5行",
        "f-enum",
        "enumeration",
        "能者上、优者奖、庸者下、劣者汰",
        ordered=False,
    ),
    QuizItem(
        "single",
        ("坚决捍卫“", "”"),
        (4,),
        ("四大考验", "两个确立", "四种危险", "四个意识"),
        ("两个确立",),
        "范文（2） › 一、强化政治标准，筑牢忠诚根基，第12行",
        "f-form",
        "formulation",
        "两个确立",
    ),
    QuizItem(
        "judge",
        ("严管就是厚爱，厚爱必须从严",),
        (),
        ("正确", "错误"),
        ("错误",),
        "范文（1） › 三要聚焦严管厚爱，第7行",
        "f-maxim",
        "maxim",
        "厚爱必须严管",
    ),
]
RULE = "─" * 30


def test_a_drill_transcript_prompts_judges_and_scores():
    out = io.StringIO()
    outcome = run_drill(ITEMS, io.StringIO("优者奖 能者上\nA\n错\n"), out, echo=True)
    assert out.getvalue() == "\n".join(
        [
            RULE,
            "第 1/3 题 · 填空题",
            "推动形成________、________、庸者下、劣者汰的用人导向",
            "答案（2 空，用顿号或空格分隔，顺序不限）> 优者奖 能者上",
            "✓ 正确　答案：能者上、优者奖",
            "  出处：范文（1） › 一要树立鲜明导向，第5行",
            RULE,
            "第 2/3 题 · 单选题",
            "坚决捍卫“________”",
            "  A. 四大考验",
            "  B. 两个确立",
            "  C. 四种危险",
            "  D. 四个意识",
            "选项（A-D 或 1-4）> A",
            "✗ 错误　答案：B. 两个确立",
            "  出处：范文（2） › 一、强化政治标准，筑牢忠诚根基，第12行",
            RULE,
            "第 3/3 题 · 判断题",
            "严管就是厚爱，厚爱必须从严",
            "判断（对/错）> 错",
            "✓ 正确　答案：错误",
            "  出处：范文（1） › 三要聚焦严管厚爱，第7行",
            RULE,
            "得分：2/3（67%）",
            "",
        ]
    )
    assert (outcome.asked, outcome.right, outcome.stopped) == (3, 2, False)
    assert outcome.missed == [ITEMS[1]]


def test_end_of_input_and_ctrl_c_stop_cleanly_and_keep_what_was_answered(tmp_path):
    class Interrupted(io.StringIO):
        def readline(self, *args):
            line = super().readline(*args)
            if not line:
                raise KeyboardInterrupt
            return line

    for reader in (io.StringIO("能者上 优者奖\n"), Interrupted("能者上 优者奖\n")):
        path = tmp_path / f"{type(reader).__name__}.sqlite3"
        out = io.StringIO()
        with History(path) as history:
            outcome = run_drill(ITEMS, reader, out, history)
        assert (outcome.asked, outcome.right, outcome.stopped) == (1, 1, True)
        assert out.getvalue().endswith(f"{RULE}\n得分：1/1（100%），提前结束（共 3 题）\n")
        assert rows(path) == {"f-enum": (1, 1, 0, 1)}


def test_piped_right_answers_score_full_marks_and_are_recorded(tmp_path):
    path = tmp_path / "history.sqlite3"
    items = drill_items(path, 10, seed=3)  # ten: every type stands in a drill of any seed 1-8
    assert {item.type for item in items} == set(TYPES)
    result = drill(
        "-n", "10", "--seed", "3", "--history", str(path), input="".join(right_answer(i) + "\n" for i in items)
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.endswith(f"{RULE}\n得分：10/10（100%）\n")
    assert result.stdout.count("✓ 正确") == 10 and "✗" not in result.stdout
    assert result.stderr == f"results kept in {path}\n"
    assert rows(path) == {item.fact: (1, 1, 0, 1) for item in items}


def test_the_next_drill_asks_missed_then_never_asked_items_first(tmp_path):
    path = tmp_path / "history.sqlite3"
    first = drill_items(path, 6, seed=1)
    answers = [right_answer(item) if index % 2 else "不知道" for index, item in enumerate(first)]
    result = drill("-n", "6", "--seed", "1", "--history", str(path), input="\n".join(answers) + "\n")
    assert result.exit_code == 0 and "得分：3/6（50%）" in result.stdout
    missed = {item.fact for index, item in enumerate(first) if not index % 2}
    right = {item.fact for index, item in enumerate(first) if index % 2}
    assert {fact for fact, row in rows(path).items() if row[2]} == missed

    second = drill_items(path, 12, seed=2)  # another seed: the order comes from the history
    facts = [item.fact for item in second]
    # missed first, as far as each can feed the type whose turn it is (a list that cannot make a 多选 waits a turn)
    assert missed <= set(facts[:4])
    assert not set(facts[3:9]) & right  # never asked before asked-and-right
    result = drill("-n", "12", "--seed", "2", "--history", str(path), input="")
    assert result.exit_code == 0
    assert second[0].question() in result.stdout  # the drill itself asks the same first question


def test_history_counts_accumulate(tmp_path):
    path = tmp_path / "h.sqlite3"
    with History(path) as history:
        history.record("a", True, "甲", "文章，第1行")
        history.record("a", False, "甲", "文章，第1行")
        history.record("a", False, "甲", "文章，第1行")
        history.record("b", True, "乙", "文章，第2行")
        assert rows(path) == {"a": (3, 1, 2, 0), "b": (1, 1, 0, 1)}
        key = history.priority()
        assert sorted(["b", "new", "a"], key=key) == ["a", "new", "b"]
        assert [record.fact for record in history.weakest()] == ["a"]


def test_stats_show_the_weakest_items(tmp_path):
    path = tmp_path / "h.sqlite3"
    items = drill_items(path, 4, seed=5)
    drill("-n", "4", "--seed", "5", "--history", str(path), input="?\n" * 4)  # all missed (given up)
    result = CliRunner().invoke(cli, ["drill", "--stats", "--history", str(path)])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    facts = {item.fact for item in items}
    assert lines[0] == f"{len(facts)} items asked 4 times, 0 right ({path})"
    assert lines[1] == "most missed:"
    for item in items:
        assert item.topic in result.stdout and item.source in result.stdout
    assert sum(line.lstrip().startswith(tuple(f"{n}. 错" for n in range(1, 10))) for line in lines) == len(facts)


def test_stats_without_history_creates_nothing(tmp_path):
    path = tmp_path / "none.sqlite3"
    result = CliRunner().invoke(cli, ["drill", "--stats", "--history", str(path)])
    assert result.exit_code == 0
    assert result.stdout == f"no drill history yet ({path}); run studycards drill SOURCE first\n"
    assert not path.exists()


def test_default_history_lives_in_the_user_data_directory(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    result = drill("-n", "1", "--seed", "1", input="\n")
    assert result.exit_code == 0
    assert (tmp_path / "data" / "studycards" / "drill.sqlite3").is_file()
    assert result.stderr == f"results kept in {tmp_path / 'data' / 'studycards' / 'drill.sqlite3'}\n"


def test_drill_usage_mistakes_exit_2_and_a_bad_history_exits_1(tmp_path):
    runner = CliRunner()
    assert runner.invoke(cli, ["drill"]).exit_code == 2
    assert runner.invoke(cli, ["drill", "-"]).exit_code == 2
    assert runner.invoke(cli, ["drill", SAMPLE, "--stats"]).exit_code == 2
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"this is not a database" * 100)
    result = drill("--history", str(bad), input="\n")
    assert result.exit_code == 1
    message = result.stderr.strip()
    assert message.startswith(f"Error: {bad}: cannot use it as the drill history") and "\n" not in message


def test_a_history_in_a_missing_folder_is_an_error_and_makes_no_folder(tmp_path):
    path = tmp_path / "no" / "such" / "h.sqlite3"
    result = drill("--history", str(path), input="")
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        f"Error: {path}: the folder {path.parent} does not exist; create it or choose another --history"
    )
    assert not (tmp_path / "no").exists()
    result = drill("--history", str(tmp_path), input="")
    assert result.exit_code == 1 and f"give a file name such as {tmp_path / 'drill.sqlite3'}" in result.stderr


def test_choices_by_number_one_to_four():
    single, multiple = (
        ITEMS[1],
        QuizItem(
            "multiple",
            ("下列属于「一要」的要点的有：",),
            (),
            ("甲乙", "丙丁", "戊己", "庚辛"),
            ("甲乙", "戊己"),
            "范文，第1行",
            "f-m",
            "outline",
            "甲乙",
        ),
    )
    from studycards.quiz.grading import is_right

    assert is_right(single, "2") and is_right(single, "２") and not is_right(single, "1")
    assert is_right(multiple, "13") and is_right(multiple, "1 3") and is_right(multiple, "1、3")
    assert not is_right(multiple, "1") and not is_right(multiple, "5")
    out = io.StringIO()
    run_drill([single], io.StringIO("2\n"), out)
    assert "选项（A-D 或 1-4）> " in out.getvalue() and "✓ 正确" in out.getvalue()


def test_cram_asks_each_missed_question_until_it_is_right_twice(tmp_path):
    out = io.StringIO()
    # first pass: fill right, single wrong, judge wrong; then the single wrong again, the judge right, the
    # single right, the judge right, the single right: done
    answers = ["能者上 优者奖", "A", "对", "C", "错", "B", "错", "B"]
    with History(tmp_path / "h.sqlite3") as history:
        outcome = run_drill(ITEMS, io.StringIO("\n".join(answers) + "\n"), out, history, cram=True)
        records = history.records()
    text = out.getvalue()
    assert (outcome.asked, outcome.right, outcome.stopped, outcome.crammed) == (3, 1, False, 5)
    assert text.count("错题重练") == 6  # five questions asked again, and the closing line
    assert text.endswith("得分：1/3（33%）；错题重练 2 题，作答 5 次\n")
    assert records["f-form"].asked == 4 and records["f-form"].right == 2
    assert records["f-maxim"].asked == 3 and records["f-maxim"].right == 2


def test_cram_from_the_command_line(tmp_path):
    path = tmp_path / "h.sqlite3"
    items = drill_items(path, 3, seed=4)
    wrong = ["不知道"] * 3
    right = [right_answer(item) for item in items] * 2
    result = drill("-n", "3", "--seed", "4", "--history", str(path), "--cram", input="\n".join(wrong + right) + "\n")
    assert result.exit_code == 0, result.output
    assert "错题重练 3 题，作答 6 次" in result.stdout
