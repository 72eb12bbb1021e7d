"""Real documents: a fixed sample of the corpus built (and imported into Anki), quizzed and outlined; and what a
batch over a folder does with a document that fails and with the files studycards wrote there."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from ankicol import import_apkg, open_collection, rendered_cards, visible_text
from conftest import DECKS
from studycards.cli import cli

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
REPORTS, LAWS = 7, 13
"""How many of each genre the sample holds."""
SAMPLE = "test_corpus"
"""The seed of the sample: documents ordered by the hash of this and their name."""


def sample_documents() -> list[Path]:
    """REPORTS reports and LAWS laws, the first of each genre by a seeded hash of the file name (not picked)."""

    def first(folder: str, count: int) -> list[Path]:
        paths = sorted((CORPUS / folder).glob("*.txt"))
        return sorted(paths, key=lambda p: hashlib.sha1(f"{SAMPLE}:{p.name}".encode()).hexdigest())[:count]

    return first("reports", REPORTS) + first("laws", LAWS)


corpus = pytest.mark.skipif(not (CORPUS / "laws").is_dir(), reason="../shared/corpus is not beside the checkout")


@pytest.fixture(scope="module")
def studied():
    from studycards.batch import Settings, study_batch
    from studycards.facts import DEFAULT_KINDS

    batch = study_batch([str(p) for p in sample_documents()], Settings(DEFAULT_KINDS), jobs=1)
    assert not batch.failures, [failure.message for failure in batch.failures]
    return batch.studied


@corpus
def test_the_sample_is_fixed_and_mixed():
    names = [p.name for p in sample_documents()]
    assert len(set(names)) == REPORTS + LAWS
    assert names == [p.name for p in sample_documents()]


@corpus
def test_the_sample_builds_a_deck_anki_imports_with_every_card_rendered(studied, tmp_path):
    from studycards.cards import make_notes
    from studycards.export.apkg import package_bytes
    from studycards.ranking import select

    notes = make_notes(select(studied).studied)
    documents = {note.deck[1] for note in notes}
    assert len(documents) == len(studied), "every document gives cards"
    apkg = tmp_path / "corpus.apkg"
    apkg.write_bytes(package_bytes(notes))
    col = open_collection(tmp_path)
    import_apkg(col, apkg)
    assert col.card_count() == sum(note.cards for note in notes)
    for card, question, answer in rendered_cards(col):
        front, back = visible_text(question), visible_text(answer)
        assert front and len(back) > len(front) - 5, card.id
    col.close()


@corpus
def test_the_sample_quizzes_and_outlines(studied):
    from studycards.export.outline_text import render_outline
    from studycards.outline import document_to_dict
    from studycards.quiz.selection import make_items
    from studycards.quiz.writers import render_quiz

    for item in studied:
        name = Path(item.document.path).name
        items = make_items(item.facts, 8, seed=1)
        assert len(items) >= 4, name
        assert render_quiz("html", items, item.document.title).startswith("<!DOCTYPE html>"), name
        sheet = render_quiz("md", items, item.document.title)
        assert sheet.count(" —— 出处：") == len(items), name  # an answer and its source for each question
        outline = render_outline(item.document)
        assert outline.startswith(item.document.title) and len(outline.splitlines()) > 1, name
        assert json.dumps(document_to_dict(item.document), ensure_ascii=False)


# --- a folder with a document that fails, and with our own outputs -------------------------------------------


def run(*args, **kwargs):
    return CliRunner().invoke(cli, [str(arg) for arg in args], **kwargs)


@pytest.fixture
def folder(tmp_path):
    root = tmp_path / "materials"
    root.mkdir()
    text = (DECKS / "cadre-incentive-seminar.txt").read_text(encoding="utf-8")
    (root / "a.txt").write_text(text, encoding="utf-8")
    (root / "b.txt").write_text(text.replace("范文", "材料"), encoding="utf-8")
    (root / "broken.docx").write_bytes(b"not a zip archive at all")
    return root


@pytest.mark.parametrize(
    "command,output",
    [
        ("build", "deck.apkg"),
        ("preview", "p.html"),
        ("quiz", "quiz.md"),
        ("score", None),
    ],
)
def test_without_keep_going_a_failing_document_stops_with_one_line(folder, tmp_path, command, output):
    out = tmp_path / output if output else None
    result = run(command, folder, *(["-o", out] if out else []))
    assert result.exit_code == 1
    message = result.stderr.strip()
    assert "\n" not in message and "Traceback" not in message
    assert message.startswith(f"Error: {folder / 'broken.docx'}: ") and "--keep-going" in message
    assert out is None or not out.exists(), "nothing half-written"


@pytest.mark.parametrize("command,output", [("build", "deck.apkg"), ("preview", "p.html"), ("quiz", "quiz.md")])
def test_keep_going_writes_the_rest_and_says_how_many_failed(folder, tmp_path, command, output):
    out = tmp_path / output
    result = run(command, folder, "-o", out, "--keep-going")
    assert result.exit_code == 0, result.output
    lines = result.stderr.strip().splitlines()
    assert lines[0].startswith(f"skipped {folder / 'broken.docx'}: ")
    assert "; skipped 1 that failed (named above)" in lines[-1], lines[-1]  # before what only --all asks
    assert out.stat().st_size > 0


def test_score_keep_going_says_what_it_scored(folder):
    result = run("score", folder, "--keep-going")
    assert result.exit_code == 0
    assert result.stderr.strip().splitlines()[-1] == "scored 2 documents; skipped 1 that failed"
    assert "| **all** |" in result.stdout


def test_a_bug_after_studying_names_its_document(folder, monkeypatch):
    """A crash in ranking or cards (as the IndexError on an empty answer was) is one line naming the document."""
    import studycards.ranking as ranking

    real = ranking.rank_notes

    def rank_notes(document, facts):
        if document.path.endswith("b.txt"):
            raise IndexError("string index out of range")
        return real(document, facts)

    monkeypatch.setattr(ranking, "rank_notes", rank_notes)
    (folder / "broken.docx").unlink()
    result = run("build", folder, "-o", folder.parent / "d.apkg", "--jobs", "1")
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        f"Error: {folder / 'b.txt'}: studycards failed on this document (IndexError: string index out of range); "
        "please report it as a bug (nothing written; --keep-going skips documents that fail)"
    )
    result = run("build", folder, "-o", folder.parent / "d.json", "--jobs", "1", "--keep-going")
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines()[0].startswith(f"skipped {folder / 'b.txt'}: studycards failed")
    notes = json.loads((folder.parent / "d.json").read_text(encoding="utf-8"))["notes"]
    assert {note["deck"].split("::")[1] for note in notes} == {"某组织部门激励干部新时代新担当新作为研讨发言材料"}


def test_a_folder_read_skips_what_studycards_wrote_there(folder, tmp_path):
    (folder / "broken.docx").unlink()
    (folder / "b.txt").unlink()
    source = folder / "a.txt"
    for command, output in [("preview", "a.preview.html"), ("build", "notes.txt")]:
        assert run(command, source, "-o", folder / output).exit_code == 0
    for output in ("quiz.html", "quiz.md", "paper.docx", "bank.txt"):
        assert run("quiz", source, "-o", folder / output, "--seed", "1").exit_code == 0
    assert run("outline", source, "-o", folder / "outline.txt").exit_code == 0
    run("build", source, "-o", tmp_path / "alone.json")
    result = run("build", folder, "-o", tmp_path / "all.json")
    assert result.exit_code == 0, result.output
    assert "; skipped 7 files studycards wrote (a.preview.html, bank.txt, notes.txt, …)" in result.stderr
    assert (tmp_path / "all.json").read_text(encoding="utf-8") == (tmp_path / "alone.json").read_text(encoding="utf-8")
    quiz = run("quiz", folder, "-o", tmp_path / "q.json", "--seed", "1")
    assert quiz.stderr.strip().endswith("skipped 7 files studycards wrote (a.preview.html, bank.txt, notes.txt, …)")


def test_a_file_named_on_its_own_is_read_whatever_wrote_it(folder, tmp_path):
    page = folder / "a.preview.html"
    assert run("preview", folder / "a.txt", "-o", page).exit_code == 0
    assert run("outline", page).exit_code == 0


def test_files_like_ours_that_we_did_not_write_are_read(tmp_path):
    """The marks are what our writers put in, not names or look-alike openings."""
    from studycards.marker import written_by_studycards

    samples = {
        "quiz.md": "# 学习材料 · 练习题\n\n坚持党的全面领导。\n",
        "notes.txt": "#separator:tab\n#html:true\n一、坚持原则\n",
        "page.html": '<html><head><meta name="generator" content="WordPress"></head><body>正文</body></html>',
        "outline.txt": "学习材料\n一、坚持原则\n坚持党的全面领导。\n",
        "bank.txt": "1.【单选题】这是用户自己的材料\n正文继续。\n",
    }
    for name, text in samples.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        assert not written_by_studycards(tmp_path / name), name


def test_a_folder_of_our_outputs_only_is_an_error_that_says_so(folder, tmp_path):
    page = tmp_path / "a.preview.html"
    assert run("preview", folder / "a.txt", "-o", page).exit_code == 0
    only = tmp_path / "outputs"
    only.mkdir()
    page.rename(only / page.name)
    result = run("build", only, "-o", tmp_path / "d.apkg")
    assert result.exit_code == 1
    assert result.stderr.strip().endswith(
        "files in this folder besides 1 that studycards wrote; name the documents to study"
    )
