"""`studycards quiz`: formats by extension, reproducible seeds, chosen types, errors with the right exit code."""

import json
import re

from click.testing import CliRunner

from conftest import DECKS, write
from studycards.cli import cli
from studycards.facts import DEFAULT_KINDS
from studycards.pipeline import study_all
from studycards.quiz.selection import make_items

SAMPLE = str(DECKS / "cadre-incentive-seminar.txt")
STRUCTURAL = DEFAULT_KINDS  # what the CLI studies by default


def run(*args, input=None):
    return CliRunner().invoke(cli, list(args), input=input)


def test_quiz_writes_the_format_its_extension_names_and_says_so_on_one_line(tmp_path):
    facts = [fact for item in study_all([SAMPLE], STRUCTURAL) for fact in item.facts]
    items = make_items(facts, 30, seed=4)
    counts = {kind: sum(item.type == kind for item in items) for kind in ("fill", "single", "multiple", "judge")}
    starts = {
        "md": "# 某组织部门",
        "html": "<!DOCTYPE html>",
        "json": "[",
        "gift": "// 某组织部门",
        "txt": "1.【填空题】",
    }
    for suffix, start in starts.items():
        out = tmp_path / f"quiz.{suffix}"
        result = run("quiz", SAMPLE, "-o", str(out), "-n", "30", "--seed", "4")
        assert result.exit_code == 0, result.output
        assert result.stdout == ""
        assert result.stderr == (
            f"30 questions: 填空题 {counts['fill']}, 单选题 {counts['single']}, 多选题 {counts['multiple']}, "
            f"判断题 {counts['judge']}; seed 4 -> {out}\n"
        )
        assert out.read_text(encoding="utf-8").startswith(start)
    data = json.loads((tmp_path / "quiz.json").read_text(encoding="utf-8"))
    assert [entry["question"] for entry in data] == [item.question() for item in items]


def test_same_seed_same_file_other_seed_other_file(tmp_path):
    paths = [tmp_path / name for name in ("a.md", "b.md", "c.md")]
    for path, seed in zip(paths, ("9", "9", "10")):
        assert run("quiz", SAMPLE, "-o", str(path), "--seed", seed).exit_code == 0
    assert paths[0].read_bytes() == paths[1].read_bytes()
    assert paths[0].read_bytes() != paths[2].read_bytes()


def test_without_a_seed_the_summary_gives_the_one_used(tmp_path):
    out = tmp_path / "q.txt"
    result = run("quiz", SAMPLE, "-o", str(out), "-n", "5")
    seed = re.search(r"; seed (\d+) -> ", result.stderr).group(1)
    again = tmp_path / "again.txt"
    assert run("quiz", SAMPLE, "-o", str(again), "-n", "5", "--seed", seed).exit_code == 0
    assert again.read_bytes() == out.read_bytes()


def test_format_option_and_stdout():
    result = run("quiz", SAMPLE, "-o", "-", "--format", "json", "-n", "6", "--seed", "1")
    assert result.exit_code == 0
    assert len(json.loads(result.stdout)) == 6


def test_types_in_english_or_chinese(tmp_path):
    out = tmp_path / "q.json"
    result = run("quiz", SAMPLE, "-o", str(out), "-n", "10", "--types", "单选,判断", "--seed", "2")
    assert result.exit_code == 0, result.output
    assert {entry["type"] for entry in json.loads(out.read_text(encoding="utf-8"))} == {"single", "judge"}
    result = run("quiz", SAMPLE, "-o", str(out), "-n", "4", "--types", "fill", "--types", "多选题", "--seed", "2")
    assert {entry["type"] for entry in json.loads(out.read_text(encoding="utf-8"))} == {"fill", "multiple"}


def test_usage_mistakes_exit_2(tmp_path):
    cases = [
        ("quiz", SAMPLE),  # no -o
        ("quiz", "-o", str(tmp_path / "q.md")),  # no source
        ("quiz", SAMPLE, "-o", str(tmp_path / "q.pdf")),  # unknown format
        ("quiz", SAMPLE, "-o", "-"),  # stdout needs --format
        ("quiz", SAMPLE, "-o", str(tmp_path / "q.md"), "--types", "essay"),
        ("quiz", SAMPLE, "-o", str(tmp_path / "q.md"), "-n", "0"),
    ]
    for args in cases:
        result = run(*args)
        assert result.exit_code == 2, (args, result.output)
        assert "Traceback" not in result.output
    assert "cannot tell the format from" in run(*cases[2]).stderr
    assert not any(tmp_path.iterdir())


def test_problems_with_input_or_output_exit_1_on_one_line(tmp_path):
    prose = write(tmp_path, "prose.txt", "今天天气很好，我们一起去公园散步，看见很多人在锻炼身体。\n")
    cases = [
        ("quiz", str(prose), "-o", str(tmp_path / "q.md")),  # nothing worth asking
        ("quiz", str(tmp_path / "missing.txt"), "-o", str(tmp_path / "q.md")),
        ("quiz", SAMPLE, "-o", str(tmp_path / "no" / "such" / "q.md")),  # checked before any work
        ("quiz", str(prose), "-o", str(prose)),  # never overwrite a source
    ]
    for args in cases:
        result = run(*args)
        assert result.exit_code == 1, (args, result.output)
        message = result.stderr.strip()
        assert message.startswith("Error: ") and "\n" not in message, message
    assert "no quiz question could be made" in run(*cases[0]).stderr
    assert prose.read_text(encoding="utf-8").startswith("今天天气很好")
    assert not (tmp_path / "q.md").exists()


def test_help_shows_examples():
    for command in ("quiz", "drill"):
        result = run(command, "--help")
        assert result.exit_code == 0 and "Examples:" in result.stdout and f"studycards {command} " in result.stdout


def test_a_folder_as_output_gets_a_quiz_name_suggested(tmp_path):
    result = run("quiz", SAMPLE, "-o", str(tmp_path))
    assert result.exit_code == 1
    assert result.stderr.strip() == f"Error: {tmp_path}: is a folder; give a file name such as {tmp_path / 'quiz.html'}"


def test_max_size_refuses_a_large_source_and_can_be_raised(tmp_path):
    out = tmp_path / "q.json"
    result = run("quiz", SAMPLE, "-o", str(out), "--max-size", "0.01")
    assert result.exit_code == 1 and "over the 0.01 MB limit" in result.stderr and "--max-size" in result.stderr
    assert not out.exists()
    assert run("quiz", SAMPLE, "-o", str(out), "--max-size", "0.02", "-n", "4").exit_code == 0
    assert run("drill", SAMPLE, "--max-size", "0.01", "--history", str(tmp_path / "h.db")).exit_code == 1


def test_hint_count_sizes_the_blanks_to_their_answers(tmp_path):
    alike = json.loads(run("quiz", SAMPLE, "-o", "-", "--format", "json", "--seed", "3", "--types", "fill").stdout)
    sized = json.loads(
        run("quiz", SAMPLE, "-o", "-", "--format", "json", "--seed", "3", "--types", "fill", "--hint", "count").stdout
    )
    assert {run for item in alike for run in re.findall(r"_+", item["question"])} == {"________"}
    for item in sized:
        runs = [len(run) for run in re.findall(r"_+", item["question"])]
        assert runs == [max(4, 2 * len(answer)) for answer in item["answer"]]
