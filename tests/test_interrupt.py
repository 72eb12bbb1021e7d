"""An interrupted build (Ctrl-C, kill, a crash, a full disk) leaves the previous deck as it was and no partial file."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

import genanki
import pytest
from click.testing import CliRunner

import studycards.output
from conftest import DECKS
from studycards.cli import cli

SAMPLE = DECKS / "cadre-incentive-seminar.txt"
SRC = Path(__file__).resolve().parent.parent / "src"


@pytest.fixture
def previous(tmp_path, monkeypatch):
    """A deck from an earlier build, and a private temp folder to see what a build leaves in it."""
    out = tmp_path / "out" / "deck.apkg"
    out.parent.mkdir()
    result = CliRunner().invoke(cli, ["build", str(SAMPLE), "-o", str(out)])
    assert result.exit_code == 0
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    return out, out.read_bytes(), scratch


def assert_untouched(out: Path, before: bytes, scratch: Path):
    assert out.read_bytes() == before, "the previous deck is byte-identical"
    assert sorted(p.name for p in out.parent.iterdir()) == [out.name], "no partial file beside it"
    assert list(scratch.iterdir()) == [], "no temporary file left behind"


@pytest.mark.parametrize("exception", [KeyboardInterrupt(), RuntimeError("crash")], ids=["ctrl-c", "crash"])
def test_interrupted_inside_the_exporter(previous, monkeypatch, exception):
    out, before, scratch = previous

    real_write_to_db = genanki.Package.write_to_db

    def write_to_db(self, cursor, timestamp, ids):
        real_write_to_db(self, cursor, timestamp, ids)
        raise exception  # the package's database is written, the package not yet

    monkeypatch.setattr(genanki.Package, "write_to_db", write_to_db)
    result = CliRunner().invoke(cli, ["build", str(SAMPLE), "-o", str(out), "--kinds", "enumeration"])
    assert result.exit_code == 1
    if isinstance(exception, KeyboardInterrupt):
        assert "Aborted!" in result.output
    else:
        assert result.exception is exception
    assert_untouched(out, before, scratch)


@pytest.mark.parametrize(
    "exception", [KeyboardInterrupt(), OSError(errno.ENOSPC, "No space left on device")], ids=["ctrl-c", "disk-full"]
)
def test_interrupted_while_writing_the_deck(previous, monkeypatch, exception):
    out, before, scratch = previous
    real_fdopen = os.fdopen
    written = []

    def fdopen(fd, *args, **kwargs):
        file = real_fdopen(fd, *args, **kwargs)
        real_write = file.write

        def write(data):
            real_write(data[: len(data) // 2])
            file.flush()
            written.append(Path(f"/proc/self/fd/{fd}").resolve())
            raise exception

        file.write = write
        return file

    monkeypatch.setattr(studycards.output.os, "fdopen", fdopen)
    result = CliRunner().invoke(cli, ["build", str(SAMPLE), "-o", str(out), "--kinds", "enumeration"])
    monkeypatch.undo()
    assert written and written[0].parent == out.parent and written[0].name.endswith(".part"), written
    assert result.exit_code == 1
    if isinstance(exception, OSError):
        assert result.stderr.strip() == (
            f"Error: {out}: cannot write (No space left on device); free some space "
            "or choose another -o (any previous file is unchanged)"
        )
    assert_untouched(out, before, scratch)


INTERRUPT_MID_WRITE = """
import os, signal, sys
import studycards.output as output
real_fdopen = os.fdopen
def fdopen(fd, *args, **kwargs):
    file = real_fdopen(fd, *args, **kwargs)
    real_write = file.write
    def write(data):
        real_write(data[: len(data) // 2])
        file.flush()
        os.kill(os.getpid(), signal.{signal})
        real_write(data[len(data) // 2:])
    file.write = write
    return file
output.os.fdopen = fdopen
sys.argv = ["studycards", "build", {source!r}, "-o", {out!r}]
from studycards.cli import main
main()
"""


@pytest.mark.parametrize("name, code", [("SIGINT", 1), ("SIGTERM", 128 + signal.SIGTERM)])
def test_a_real_signal_mid_write(previous, name, code):
    """A real process gets the signal half-way through writing the deck."""
    out, before, scratch = previous
    script = INTERRUPT_MID_WRITE.format(signal=name, source=str(SAMPLE), out=str(out))
    env = dict(os.environ, PYTHONPATH=str(SRC))
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == code, done.stderr
    assert "Traceback" not in done.stderr
    assert_untouched(out, before, scratch)


def test_a_successful_rebuild_replaces_the_deck_and_keeps_its_mode(previous):
    out, before, scratch = previous
    out.chmod(0o640)
    result = CliRunner().invoke(cli, ["build", str(SAMPLE), "-o", str(out), "--kinds", "enumeration"])
    assert result.exit_code == 0
    assert out.read_bytes() != before and out.read_bytes().startswith(b"PK")
    assert out.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in out.parent.iterdir()) == [out.name]
    assert list(scratch.iterdir()) == [], "genanki's temporary database is removed too"
