"""What a plain build loads: nothing of the quiz, the server, the other readers, jieba's tagger or worker pools
(each import is paid on every cold start)."""

from __future__ import annotations

import subprocess
import sys

from conftest import DECKS

NOT_FOR_A_BUILD = (
    "studycards.quiz",
    "studycards.serve.app",
    "docx",
    "pypdf",
    "bs4",
    "jieba.posseg",
    "multiprocessing.pool",
    "concurrent.futures.process",
    "pkg_resources",
)


def loaded_after(code: str) -> set[str]:
    probe = f"import sys\n{code}\nprint(' '.join(sorted(sys.modules)))\n"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return set(done.stdout.split())


def test_importing_the_pipeline_loads_no_command_and_not_jieba():
    loaded = loaded_after("import studycards.pipeline")
    assert not loaded & {"studycards.quiz", "studycards.serve", "studycards.cli", "jieba", "genanki", "click"}


def test_a_build_of_one_document_loads_only_what_it_uses(tmp_path):
    loaded = loaded_after(
        "from studycards.cli import main\n"
        f"sys.argv = ['studycards', 'build', {str(DECKS / 'civil-servant-law-2018.txt')!r}, "
        f"'-o', {str(tmp_path / 'deck.apkg')!r}]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
    )
    assert "jieba" in loaded and "genanki" in loaded  # it did build
    assert not loaded & set(NOT_FOR_A_BUILD)
