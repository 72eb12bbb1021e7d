"""`studycards outline`: both output modes, stdin, and errors as one line with the right exit code."""

import json
import subprocess
import sys

from click.testing import CliRunner

from conftest import DECKS, write
from studycards.cli import cli

SAMPLE = str(DECKS / "cadre-incentive-seminar.txt")


def run(*args, input=None):
    return CliRunner().invoke(cli, list(args), input=input)


def test_outline_text_shows_markers_titles_and_lines():
    result = run("outline", SAMPLE)
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[1] == "  激励干部新时代新担当新作为研讨发言材料范文（1）  [L3-7]"
    assert lines[2] == "    一要树立鲜明导向  [L5]"
    assert lines[3] == "      · 树正选人用人标尺  [L5]"
    assert "    四、坚持严管厚爱，激励担当作为  [L26-30]" in lines


def test_outline_json_schema():
    result = run("outline", "--json", SAMPLE)
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert set(data) == {"title", "name", "path", "adoption", "breaks", "articles"}
    assert data["adoption"] == ""
    first = data["articles"][0]["children"][0]
    assert set(first) == {"kind", "title", "marker", "style", "ordinal", "line", "end", "paragraphs", "children"}
    assert (first["title"], first["marker"], first["line"]) == ("树立鲜明导向", "一要", 5)
    assert [c["title"] for c in first["children"]] == ["树正选人用人标尺", "发挥考核评价作用", "畅通能上能下渠道"]


def test_outline_reads_stdin_and_writes_output(tmp_path):
    out = tmp_path / "o.json"
    text = (DECKS / "rural-revitalization-2018.txt").read_text(encoding="utf-8-sig")
    result = run("outline", "--json", "-", "-o", str(out), input=text)
    assert result.exit_code == 0, result.output
    assert json.loads(out.read_text(encoding="utf-8"))["name"] == "stdin"


def test_errors_are_one_line_exit_1_no_traceback(tmp_path):
    cases = {
        "empty.txt": b"",
        "binary.txt": bytes(range(256)) * 4,
        "latin.txt": "\u00e9t\u00e9 caf\u00e9 na\u00efve".encode("latin-1") * 20,
        "broken.docx": b"PK\x03\x04 this is not a real zip",
    }
    for name, data in cases.items():
        path = tmp_path / name
        path.write_bytes(data)
        result = run("outline", str(path))
        assert result.exit_code == 1, (name, result.output)
        message = result.output.strip()
        assert message.startswith("Error: ") and name in message and "\n" not in message, message
        assert result.exception is None or isinstance(result.exception, SystemExit)


def test_usage_mistake_exits_2():
    assert run("outline").exit_code == 2
    assert run("outline", SAMPLE, "--no-such-flag").exit_code == 2


def test_python_dash_m_and_version():
    done = subprocess.run([sys.executable, "-m", "studycards", "--version"], capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout.startswith("studycards, version ")
    done = subprocess.run(
        [sys.executable, "-m", "studycards", "outline", "/nonexistent.txt"], capture_output=True, text=True
    )
    assert done.returncode == 1 and "Traceback" not in done.stderr and "no such file" in done.stderr
