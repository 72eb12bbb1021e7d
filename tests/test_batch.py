"""Many documents at once: folders, sub-decks, merged facts, worker processes, failures, progress."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import studycards.batch as batch
from ankicol import import_apkg, open_collection
from conftest import DECKS, SAMPLES
from studycards.cli import cli
from studycards.outline import Document
from studycards.pipeline import Studied

SRC = Path(__file__).resolve().parent.parent / "src"
SHARED = "在干部工作中做到能者上、优者奖、庸者下、劣者汰。"  # a cue a report's card needs (test_round30)


def doc(title: str, body: str) -> str:
    return f"{title}\n一、坚持原则\n{body}\n二、强化落实\n{SHARED}\n"


@pytest.fixture
def folder(tmp_path):
    root = tmp_path / "materials"
    (root / "第10讲").mkdir(parents=True)
    (root / "第2讲.txt").write_text(doc("第二讲材料", "坚决捍卫“两个确立”、做到“两个维护”。"), encoding="utf-8")
    (root / "第10讲" / "b.md").write_text(doc("第十讲材料", "严管就是厚爱，厚爱必须严管。"), encoding="utf-8")
    (root / "a.txt").write_text(doc("甲材料", "推进“三会一课”、主题党日、谈心谈话。"), encoding="utf-8")
    (root / ".hidden.txt").write_text(doc("隐藏", "不该读到。"), encoding="utf-8")
    (root / "~$lock.txt").write_bytes(b"\x00\x01lock")
    (root / "notes.xlsx").write_bytes(b"PK\x03\x04")
    return root


def run(*args, **kwargs):
    return CliRunner().invoke(cli, [str(arg) for arg in args], **kwargs)


def notes_of(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["notes"]


def test_a_folder_expands_to_its_supported_files_in_natural_order(folder):
    assert batch.expand([str(folder)]) == [
        str(folder / "a.txt"),
        str(folder / "第2讲.txt"),
        str(folder / "第10讲" / "b.md"),
    ]
    assert batch.expand([str(folder / "a.txt"), str(folder)])[0] == str(folder / "a.txt")
    assert len(batch.expand([str(folder / "a.txt"), str(folder)])) == 3, "a file named twice is studied once"


def test_build_a_folder_one_package_a_sub_deck_per_document_shared_facts_once(folder, tmp_path):
    out = tmp_path / "deck.json"
    result = run("build", folder, "-o", out)
    assert result.exit_code == 0, result.output
    notes = notes_of(out)
    decks = {note["deck"].split("::")[1] for note in notes}
    assert decks == {"甲材料", "第二讲材料", "第十讲材料"}
    shared = [note for note in notes if note["answers"] == ["能者上", "优者奖", "庸者下", "劣者汰"]]
    assert len(shared) == 1 and shared[0]["deck"] == "studycards::甲材料", "kept once, in the first document"
    assert "不该读到" not in out.read_text(encoding="utf-8")
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith(f"wrote {out}: ") and line.endswith(" from 3 documents")


def test_the_default_output_of_a_folder_is_named_after_it(folder, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert run("build", folder).exit_code == 0
    assert (tmp_path / "materials.apkg").exists()


def test_the_package_imports_with_a_sub_deck_per_document(folder, tmp_path):
    out = tmp_path / "deck.apkg"
    assert run("build", folder, "-o", out).exit_code == 0
    (tmp_path / "col").mkdir()
    col = open_collection(tmp_path / "col")
    import_apkg(col, out)
    names = {d.name for d in col.decks.all_names_and_ids()}
    assert {"studycards::甲材料", "studycards::第二讲材料", "studycards::第十讲材料"} <= names
    col.close()


def test_documents_with_the_same_title_keep_separate_sub_decks(tmp_path):
    first, second = tmp_path / "张三.txt", tmp_path / "李四.txt"
    first.write_text(doc("民主生活会发言材料", "坚决捍卫“两个确立”。"), encoding="utf-8")
    second.write_text(doc("民主生活会发言材料", "严管就是厚爱，厚爱必须严管。"), encoding="utf-8")
    out = tmp_path / "deck.json"
    assert run("build", first, second, "-o", out).exit_code == 0
    decks = {note["deck"] for note in notes_of(out)}
    assert decks == {"studycards::民主生活会发言材料（张三）", "studycards::民主生活会发言材料（李四）"}


def test_workers_give_the_same_deck_as_one_process(tmp_path):
    one, many = tmp_path / "one.json", tmp_path / "many.json"
    assert run("build", *SAMPLES, "-o", one, "--jobs", "1").exit_code == 0
    assert run("build", *SAMPLES, "-o", many, "--jobs", "2").exit_code == 0
    assert one.read_bytes() == many.read_bytes()


def _pid_recorder(path, *args):
    return Studied(Document(title=str(os.getpid()), name=Path(path).stem, articles=[]), [])


@pytest.mark.parametrize(
    "paths, jobs, in_parent",
    [
        (["a.txt"], None, True),  # one document: no processes to start
        (["a.txt", "b.txt", "c.txt"], 1, True),  # one job: no processes to start
        (["a.txt", "b.txt", "c.txt", "d.txt"], 2, False),
    ],
)
def test_several_documents_go_to_worker_processes(monkeypatch, paths, jobs, in_parent):
    monkeypatch.setattr(batch, "study", _pid_recorder)  # forked workers inherit the patch
    monkeypatch.setattr(batch, "_warm_up", lambda settings: None)
    result = batch.study_batch(paths, jobs=jobs)
    pids = {int(item.document.title) for item in result.studied}
    assert [item.document.name for item in result.studied] == [Path(p).stem for p in paths]
    assert (pids == {os.getpid()}) is in_parent
    assert in_parent or os.getpid() not in pids


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_failing_document_stops_the_batch_with_nothing_written(folder, tmp_path, jobs):
    (folder / "broken.txt").write_bytes(bytes(range(256)) * 8)
    out = tmp_path / "deck.apkg"
    result = run("build", folder, "-o", out, "--jobs", jobs)
    assert result.exit_code == 1
    message = result.stderr.strip()
    assert "\n" not in message and message.startswith(f"Error: {folder / 'broken.txt'}: binary data")
    assert "--keep-going" in message
    assert not out.exists()


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_keep_going_skips_it_and_names_it(folder, tmp_path, jobs):
    (folder / "broken.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "empty.md").write_bytes(b"")
    out = tmp_path / "deck.json"
    result = run("build", folder, "-o", out, "--jobs", jobs, "--keep-going")
    assert result.exit_code == 0, result.output
    lines = result.stderr.strip().splitlines()
    assert lines[0].startswith(f"skipped {folder / 'broken.txt'}: binary data")
    assert lines[1].startswith(f"skipped {folder / 'empty.md'}: ")
    assert lines[2].startswith(f"wrote {out}: ") and lines[2].endswith(
        "from 3 documents; skipped 2 that failed (named above)"
    )
    assert len({note["deck"] for note in notes_of(out)}) == 3


def test_keep_going_with_nothing_left_is_an_error(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01")
    result = run("build", tmp_path / "a.txt", tmp_path / "b.txt", "-o", tmp_path / "d.apkg", "--keep-going")
    assert result.exit_code == 1
    assert (
        result.stderr.strip().splitlines()[-1]
        == "Error: none of the 2 documents could be studied; see the messages above"
    )


def test_a_folder_without_documents_is_an_error(tmp_path):
    (tmp_path / "empty").mkdir()
    result = run("build", tmp_path / "empty", "-o", tmp_path / "d.apkg")
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {tmp_path / 'empty'}: no ") and "files in this folder" in result.stderr


def test_standard_input_joins_a_batch(folder, tmp_path):
    out = tmp_path / "deck.json"
    text = doc("标准输入材料", "全面从严治党永远在路上。严管就是厚爱，厚爱必须严管。")
    result = run("build", "-", folder / "a.txt", folder / "第2讲.txt", "-o", out, "--jobs", "2", input=text)
    assert result.exit_code == 0, result.output
    assert {note["deck"].split("::")[1] for note in notes_of(out)} == {"标准输入材料", "甲材料", "第二讲材料"}


def test_preview_and_score_take_folders_too(folder, tmp_path):
    page = tmp_path / "p.html"
    assert run("preview", folder, "-o", page).exit_code == 0
    assert "第十讲材料" in page.read_text(encoding="utf-8")
    result = run("score", folder)
    assert result.exit_code == 0 and "| headings | 6 | 6 |" in result.output, result.output  # 2 in each of 3


def _build_in_a_subprocess(folder, out, stderr):
    env = dict(os.environ, PYTHONPATH=str(SRC))
    return subprocess.run(
        [sys.executable, "-m", "studycards", "build", str(folder), "-o", str(out)],
        stdout=subprocess.PIPE,
        stderr=stderr,
        env=env,
        timeout=120,
    )


def test_a_progress_bar_on_a_terminal(folder, tmp_path):
    controller, terminal = pty.openpty()
    try:
        done = _build_in_a_subprocess(folder, tmp_path / "deck.apkg", terminal)
    finally:
        os.close(terminal)
    shown = b""
    while True:
        try:
            chunk = os.read(controller, 65536)
        except OSError:
            break
        if not chunk:
            break
        shown += chunk
    os.close(controller)
    assert done.returncode == 0
    text = shown.decode("utf-8")
    assert "studying" in text and "3/3" in text and "wrote " in text


def test_silent_when_stderr_is_not_a_terminal(folder, tmp_path):
    done = _build_in_a_subprocess(folder, tmp_path / "deck.apkg", subprocess.PIPE)
    assert done.returncode == 0
    (line,) = done.stderr.decode("utf-8").splitlines()
    assert line.startswith("wrote ") and "studying" not in line


def _dies_on_b(path, *args):
    if Path(path).name == "b.txt":
        os._exit(9)  # a worker killed outright, as by the out-of-memory killer
    return _pid_recorder(path)


def test_a_worker_that_dies_is_an_error_naming_what_was_left(monkeypatch, tmp_path):
    monkeypatch.setattr(batch, "study", _dies_on_b)  # forked workers inherit the patch
    monkeypatch.setattr(batch, "_warm_up", lambda settings: None)
    paths = [str(tmp_path / name) for name in ("a.txt", "b.txt", "c.txt", "d.txt")]
    with pytest.raises(batch.StudycardsError) as caught:
        batch.study_batch(paths, jobs=2, keep_going=True)
    message = str(caught.value)
    assert "b.txt" in message and "a worker process died" in message and "--jobs 1" in message
    assert "\n" not in message


def test_keep_going_with_one_document_that_fails_is_just_its_error(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"")
    result = run("build", tmp_path / "a.txt", "-o", tmp_path / "d.apkg", "--keep-going")
    assert result.exit_code == 1
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith(f"Error: {tmp_path / 'a.txt'}: the file is empty")


def test_a_bug_on_one_document_is_one_line_naming_it(monkeypatch, tmp_path):
    def broken(path, *args):
        raise ValueError("unexpected\nshape")

    monkeypatch.setattr(batch, "study", broken)
    result = run("build", tmp_path / "a.txt", "-o", tmp_path / "d.apkg")
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: {tmp_path / 'a.txt'}: studycards failed on this document "
        "(ValueError: unexpected shape); please report it as a bug\n"
    )


def test_quiz_takes_a_folder_too(tmp_path):
    from click.testing import CliRunner

    from conftest import DECKS
    from studycards.cli import cli

    out = tmp_path / "quiz.json"
    result = CliRunner().invoke(cli, ["quiz", str(DECKS), "-o", str(out), "-n", "40", "--seed", "2"])
    assert result.exit_code == 0, result.output
    items = json.loads(out.read_text(encoding="utf-8"))
    documents = {item["source"].split(" › ")[0] for item in items}
    assert len(documents) >= 2, documents
