"""Decks as Anki sees them: every deck the tests build is imported into a real collection (`anki` from PyPI)."""

import html
import json
import re
import time

import pytest
from anki.collection import ImportCsvRequest
from anki.scheduler_pb2 import CardAnswer
from click.testing import CliRunner

from ankicol import import_apkg, open_collection, rendered_cards, visible_text
from conftest import DECKS, FIXTURES, SAMPLES, write
from studycards.cli import cli

SAMPLE = DECKS / "cadre-incentive-seminar.txt"


def build(*args):
    result = CliRunner().invoke(cli, ["build", *map(str, args)])
    assert result.exit_code == 0, result.output
    return result


def imported(tmp_path, apkg, name="col"):
    folder = tmp_path / name
    folder.mkdir(exist_ok=True)
    col = open_collection(folder)
    import_apkg(col, apkg)
    return col


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_every_card_renders_with_a_front_and_an_answer(tmp_path, path):
    out = tmp_path / "deck.apkg"
    build(path, "-o", out)
    col = imported(tmp_path, out)
    assert col.card_count() > 20
    for card, question, answer in rendered_cards(col):
        front, back = visible_text(question), visible_text(answer)
        assert front, card.id
        assert "[...]" in front or "？" in front, front
        assert len(back) > len(front) - 5
        assert "paid" not in back and "##" not in back
    col.close()


def test_sub_decks_per_article_and_hierarchical_tags(tmp_path):
    out = tmp_path / "deck.apkg"
    build(SAMPLE, "-o", out)
    col = imported(tmp_path, out)
    names = {d.name for d in col.decks.all_names_and_ids()}
    assert (
        "studycards::某组织部门激励干部新时代新担当新作为研讨发言材料::激励干部新时代新担当新作为研讨发言材料范文（2）"
        in names
    )
    tags = set(col.tags.all())
    assert "studycards::某组织部门激励干部新时代新担当新作为研讨发言材料::enumeration" in tags
    assert any("::rev::" in tag for tag in tags)
    col.close()


def test_reimporting_the_same_build_adds_nothing(tmp_path):
    out = tmp_path / "deck.apkg"
    build(SAMPLE, "-o", out)
    col = imported(tmp_path, out)
    notes, cards = col.note_count(), col.card_count()
    import_apkg(col, out)
    assert (col.note_count(), col.card_count()) == (notes, cards)
    col.close()


def _answer_first_card(col):
    col.decks.select(col.get_card(col.find_cards("")[0]).did)
    queued = col.sched.get_queued_cards()
    top = queued.cards[0]
    card = col.get_card(top.card.id)
    card.start_timer()
    col.sched.answer_card(col.sched.build_answer(card=card, states=top.states, rating=CardAnswer.GOOD))
    return card.nid


def test_rebuild_after_an_edit_updates_notes_in_place_and_keeps_history(tmp_path):
    original = SAMPLE.read_text(encoding="utf-8")
    sentence = "坚持全心全意为人民服务宗旨"
    assert sentence in original
    edited = original.replace(sentence, "始终坚持全心全意为人民服务的宗旨")
    source = write(tmp_path, "seminar.txt", original)
    first = tmp_path / "first.apkg"
    build(source, "-o", first)
    col = imported(tmp_path, first)
    notes, cards = col.note_count(), col.card_count()
    answered_note = _answer_first_card(col)
    reviews = col.db.scalar("select count() from revlog")
    assert reviews == 1

    time.sleep(1.1)  # Anki updates a note when the package's copy is newer, to the second
    source.write_text(edited, encoding="utf-8")
    second = tmp_path / "second.apkg"
    build(source, "-o", second)
    import_apkg(col, second)
    assert (col.note_count(), col.card_count()) == (notes, cards)
    assert col.db.scalar("select count() from revlog") == reviews
    assert col.get_note(answered_note)  # still there, with its review
    changed = [nid for nid in col.find_notes("") if "始终坚持" in " ".join(col.get_note(nid).fields)]
    assert changed, "the edited paragraph reached the existing notes"
    col.close()


def test_document_text_cannot_run_or_form_cloze_syntax(tmp_path):
    hostile = (
        "学习材料\n一、坚持原则\n要把<script>alert(1)</script>标准落到实处，防止{{c1::泄露}}与}}和::混入，"
        "坚决捍卫“两个确立”、做到“两个维护”，形成<img src=x onerror=alert(1)>风清气正的政治生态。\n"
        "二、强化落实\n做到能者上、优者奖、庸者下、劣者汰。"
    )
    source = write(tmp_path, "hostile.txt", hostile)
    out = tmp_path / "deck.apkg"
    build(source, "-o", out)
    col = imported(tmp_path, out)
    seen = False
    for card, question, answer in rendered_cards(col):
        assert "<script>alert" not in question + answer
        assert "<img src=x" not in question + answer
        text = html.unescape(visible_text(answer))
        if "泄露" in text:
            seen = True
            assert "<script>alert(1)</script>" in text and "{{c1::泄露}}" in text and "}}和::" in text
    assert seen
    # the deletions are only ours: two formulations -> two cards in that note
    assert col.card_count() == len(list(rendered_cards(col)))
    col.close()


def test_text_import_file_imports_and_updates_by_guid(tmp_path):
    apkg, txt = tmp_path / "deck.apkg", tmp_path / "notes.txt"
    build(SAMPLE, "-o", apkg)
    build(SAMPLE, "-o", txt)
    lines = txt.read_text(encoding="utf-8").splitlines()
    assert lines[:6] == [
        "#separator:tab",
        "#html:true",
        "#notetype column:1",
        "#deck column:2",
        "#tags column:3",
        "#guid column:4",
    ]
    col = imported(tmp_path, apkg)  # brings our note types
    count = col.note_count()
    col.remove_notes(col.find_notes(""))
    metadata = col.get_csv_metadata(str(txt), None)
    col.import_csv(ImportCsvRequest(path=str(txt), metadata=metadata))
    assert col.note_count() == count
    for card, question, _ in rendered_cards(col):
        assert visible_text(question)
    col.import_csv(ImportCsvRequest(path=str(txt), metadata=metadata))
    assert col.note_count() == count
    col.close()


def test_notes_json_schema(tmp_path):
    out = tmp_path / "notes.json"
    build(SAMPLE, "-o", out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["version"] == 1
    note = data["notes"][0]
    assert set(note) == {"guid", "model", "kind", "deck", "tags", "answers", "fields", "source"}
    assert set(note["source"]) == {"document", "article", "trail", "line"}
    assert {n["model"] for n in data["notes"]} == {"cloze", "overlap", "qa"}
    assert len({n["guid"] for n in data["notes"]}) == len(data["notes"])


def test_build_reports_counts_in_one_line_and_kinds_select(tmp_path):
    out = tmp_path / "deck.apkg"
    result = CliRunner().invoke(cli, ["build", str(SAMPLE), "-o", str(out), "--kinds", "outline,maxim"])
    assert result.exit_code == 0
    (line,) = result.output.strip().splitlines()
    assert line.startswith(f"wrote {out}: ") and "outline 9" in line and "maxim 2" in line
    assert "enumeration" not in line
    bad = CliRunner().invoke(cli, ["build", str(SAMPLE), "--kinds", "nonsense"])
    assert bad.exit_code == 2 and "unknown kind nonsense" in bad.output


def test_hints_show_on_the_front(tmp_path):
    out = tmp_path / "deck.apkg"
    build(SAMPLE, "-o", out, "--hint", "count", "--kinds", "enumeration")
    col = imported(tmp_path, out)
    fronts = [visible_text(q) for _, q, _ in rendered_cards(col)]
    assert any(re.search(r"\[\d+字\]", f) for f in fronts) and not any("[...]" in f for f in fronts)
    col.close()


def test_preview_shows_every_card(tmp_path):
    out = tmp_path / "p.html"
    result = CliRunner().invoke(cli, ["preview", str(SAMPLE), "-o", str(out)])
    assert result.exit_code == 0
    page = out.read_text(encoding="utf-8")
    apkg = tmp_path / "deck.apkg"
    build(SAMPLE, "-o", apkg)
    col = imported(tmp_path, apkg)
    assert page.count('<section class="pair">') == col.card_count()
    col.close()


def test_quality_on_the_sample_against_its_reference():
    result = CliRunner().invoke(
        cli, ["score", str(SAMPLE), "--gold", str(FIXTURES / "cadre-incentive-seminar.gold.json")]
    )
    assert result.exit_code == 0
    table = result.output
    recall = float(table.split("**all** | | | **")[1].split("%")[0])
    junk = float(table.split("junk answers: ")[1].split("(")[1].split("%")[0])
    density = float(table.split(" characters (")[1].split(" per")[0])
    assert recall >= 90 and junk <= 5 and density <= 25, table


@pytest.mark.parametrize("name", ["government-work-report-2024.txt", "rural-revitalization-2018.txt"])
def test_reports_every_numbered_heading_and_quoted_term_is_tested(name):
    """With --all every heading and quoted term is asked; the default deck keeps the skeleton and most
    terms within its budget (12 cards per 1000 characters)."""
    everything = CliRunner().invoke(cli, ["score", str(DECKS / name), "--all"])
    assert everything.exit_code == 0
    assert "**100.0%**" in everything.output, everything.output
    budgeted = CliRunner().invoke(cli, ["score", str(DECKS / name)]).output
    assert "| headings |" in budgeted and "| 100% |" in budgeted.split("| headings |")[1].split("\n")[0]
    recall = float(budgeted.split("**all** | | | **")[1].split("%")[0])
    assert recall >= 90, budgeted


def test_docx_html_and_pdf_sources_build_decks_that_import(tmp_path):
    """Each reader's output goes the whole way: outline from heading styles, cards that render."""
    import docx
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    body = "坚持把政治标准放在首位，推动形成能者上、优者奖、庸者下、劣者汰的用人导向。"
    document = docx.Document()
    document.add_heading("机关党建工作要点", level=1)
    document.add_heading("一、提高政治站位", level=2)
    document.add_paragraph("强化理论武装。" + body)
    document.add_paragraph("严格组织生活。" + body.replace("能者上", "有为者"))
    document.add_heading("二、夯实基层基础", level=2)
    document.add_paragraph("坚决捍卫“两个确立”、坚决做到“两个维护”。")
    docx_path = tmp_path / "要点.docx"
    document.save(docx_path)

    html_path = write(
        tmp_path,
        "page.html",
        "<html><head><script>alert(1)</script></head><body><nav>首页</nav>"
        "<article><h1>学习体会</h1><p>一、提高政治站位</p><p>" + body + "</p><p>二、夯实基层基础</p>"
        "<p>做到知敬畏、存戒惧、守底线。</p></article></body></html>",
    )

    pdf_path = tmp_path / "report.pdf"
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    page = canvas.Canvas(str(pdf_path), pagesize=A4)
    page.setFont("STSong-Light", 12)
    for row, text in enumerate(
        ["学习材料", "一、提高政治站位", "做到知敬畏、存戒惧、守底线。", "二、夯实基层基础", body[:30]]
    ):
        page.drawString(60, 780 - row * 20, text)
    page.save()

    out = tmp_path / "deck.apkg"
    build(docx_path, html_path, pdf_path, "-o", out)
    col = imported(tmp_path, out)
    decks = {d.name for d in col.decks.all_names_and_ids()}
    assert {"studycards::机关党建工作要点", "studycards::学习体会", "studycards::学习材料"} <= decks
    backs = " ".join(visible_text(a) for _, _, a in rendered_cards(col))
    assert "提高政治站位" in backs and "两个确立" in backs and "存戒惧" in backs
    assert "alert" not in backs and "首页" not in backs
    col.close()


SECTIONS = FIXTURES / "sections-report.txt"
"""A report of two parts: three points under the first, four under the second."""


def test_a_section_of_three_points_is_asked_whole_and_one_of_four_also_point_after_point(tmp_path):
    """Three points are one question (a chain would ask them again, card for card); four and more are
    asked whole and each with the one before as its cue."""
    out = tmp_path / "deck.apkg"
    assert build(str(SECTIONS), "-o", str(out)).exit_code == 0
    fronts = [visible_text(question) for _, question, _ in rendered_cards(imported(tmp_path, out))]
    chained = [front for front in fronts if "→" in front or "[...] …" in front]
    assert any("加强队伍建设" in front and "三个要点" in front for front in fronts), fronts
    assert not any("加强队伍建设" in front for front in chained), chained
    assert any("推进制度创新" in front and "四个要点" in front for front in fronts), fronts
    assert sum("推进制度创新" in front for front in chained) == 4, chained
