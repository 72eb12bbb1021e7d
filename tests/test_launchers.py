"""The double-click launchers: well-formed, and clear when they cannot install. CI runs the Linux one for real
from a clean checkout (.ci/install-check): it installs into an empty HOME and the page answers."""

import os
import subprocess
from pathlib import Path

import pytest

from conftest import ROOT

LAUNCHERS = ROOT / "launchers"


@pytest.mark.parametrize("name", ["studycards.sh", "studycards.command", "start.sh"])
def test_the_shell_launchers_are_executable_and_parse(name):
    path = LAUNCHERS / name
    assert os.access(path, os.X_OK), f"{name} must be executable (a double-click runs it)"
    assert path.read_bytes().startswith(b"#!/bin/sh\n") and b"\r\n" not in path.read_bytes()
    assert subprocess.run(["sh", "-n", str(path)], capture_output=True).returncode == 0


def test_the_windows_launcher_installs_into_the_users_folder_and_serves():
    text = (LAUNCHERS / "studycards.bat").read_bytes().decode("utf-8")
    assert "chcp 65001" in text and "%LOCALAPPDATA%\\studycards" in text
    assert "-m pip install" in text and 'studycards.exe" serve' in text
    assert "launchers/*.bat text eol=crlf" in (ROOT / ".gitattributes").read_text()


def test_a_launcher_without_the_studycards_folder_says_so_in_chinese(tmp_path):
    lone = tmp_path / "launchers"
    lone.mkdir()
    start = lone / "start.sh"
    start.write_bytes((LAUNCHERS / "start.sh").read_bytes())
    result = subprocess.run(
        ["sh", str(start), str(lone), str(tmp_path / "data")], capture_output=True, text=True, stdin=subprocess.DEVNULL
    )
    assert result.returncode == 1
    assert "没有找到 studycards 的程序文件" in result.stdout
    assert not (tmp_path / "data").exists()


def test_ci_runs_the_install_check_after_the_readme_test_command():
    run = (ROOT / ".ci" / "run").read_text()
    readme = (ROOT / "README.md").read_text()
    command = "python -m pip install -q -e '.[test]' && python -m pytest"
    assert command in readme and f"\n{command}\n" in run
    assert run.index(command) < run.index(".ci/install-check")
    assert os.access(ROOT / ".ci" / "install-check", os.X_OK)
    assert Path(ROOT / "LICENSE").read_text().startswith("MIT License")
