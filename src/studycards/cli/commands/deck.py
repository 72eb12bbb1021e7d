"""build, preview and score: the deck of SOURCES as a package, as a page, or measured."""

from __future__ import annotations

import click

from studycards.cli.options import (
    DEFAULT_KINDS,
    encoding_option,
    gather_sources,
    keep_going_option,
    max_size_option,
    source_names,
    parse_kinds,
    plural,
    with_options,
)
from studycards.budget_report import report
from studycards.errors import NothingToStudy
from studycards import facts
from studycards.output import check_output, write_output

FORMATS = {".apkg": "apkg", ".json": "json", ".txt": "txt"}


def default_output(sources: tuple[str, ...], suffix: str) -> str:
    from pathlib import Path

    if len(sources) == 1 and sources[0] != "-":
        source = Path(sources[0])
        return ((source.resolve().name or "studycards") if source.is_dir() else source.stem) + suffix
    return "studycards" + suffix


def output_format(output: str, chosen: str | None) -> str:
    from pathlib import Path

    if chosen:
        return chosen
    suffix = Path(output).suffix.lower()
    if output == "-" or suffix not in FORMATS:
        raise click.UsageError(f"cannot tell the format of {output!r}; name it .apkg, .json or .txt, or pass --format")
    return FORMATS[suffix]


deck_options = [
    click.option(
        "--kinds",
        default=DEFAULT_KINDS,
        show_default=True,
        callback=parse_kinds,
        help="Kinds of facts to make cards of (comma-separated; add keyphrase for prose).",
    ),
    click.option(
        "--hint",
        type=click.Choice(["none", "count", "section"]),
        default="none",
        show_default=True,
        help="Hint inside each cloze: the answer's character count, or its section.",
    ),
    click.option("--dict", "user_dict", metavar="FILE", help="A jieba user dictionary of terms to keep whole."),
    encoding_option,
    max_size_option,
    click.option(
        "-j",
        "--jobs",
        type=click.IntRange(min=1),
        metavar="N",
        help="Documents studied at once, in separate processes (default: one per CPU core).",
    ),
    keep_going_option,
    click.option(
        "--budget",
        type=click.IntRange(min=1),
        metavar="N",
        help="Keep the N most important cards (default: 12 per 1000 characters of a document over 6000).",
    ),
    click.option(
        "--all",
        "keep_all",
        is_flag=True,
        help="Keep every card, however many (no budget), and the span model's guesses.",
    ),
]


def _budget(budget, keep_all):
    if budget and keep_all:
        raise click.UsageError("give --budget N or --all, not both")
    return None if keep_all else budget or "auto"


def _kinds(kinds: tuple[str, ...], keep_all: bool) -> tuple[str, ...]:
    """--all with the default kinds adds the span model's guesses (facts.ALL_KINDS)."""
    return facts.ALL_KINDS if keep_all and kinds == facts.DEFAULT_KINDS else kinds


def summary(output: str, notes, batch=None, skipped: str = "") -> str:
    from collections import Counter

    facts = {id(note.fact): note.fact for note in notes}  # a list's notes (chain and question cards) count once
    counts = Counter(fact.kind for fact in facts.values())
    kinds = ", ".join(f"{kind} {count}" for kind, count in counts.items())
    cards = sum(note.cards for note in notes)
    where = "to standard output" if output == "-" else output
    line = f"wrote {where}: {plural(len(notes), 'note')}, {plural(cards, 'card')} ({kinds})"
    if batch is not None and len(batch.studied) > 1:
        line += f" from {len(batch.studied)} documents"
    if batch is not None and batch.failures:
        line += f"; skipped {len(batch.failures)} that failed (named above)"
    line += skipped
    selection = batch.selection if batch is not None else None
    if selection is not None:
        line += budget_text(report(notes, selection))
    return line


def budget_text(done) -> str:
    """What the budget did, in numbers that add up (a BudgetReport); '' when it left nothing out."""
    held = (
        f"; {plural(done.held_back_cards, 'card')} of a law's chain of chapters, a report's key terms or labels many"
        f" reports quote {'is' if done.held_back_cards == 1 else 'are'} asked only with --all"
        if done.held_back
        else ""
    )
    left = f"left out {plural(done.left_out, 'less important fact')} ({plural(done.left_out_cards, 'card')})"
    if done.over:
        chosen = done.cards - done.skeleton_cards
        return (
            f"; {plural(done.skeleton_cards, 'card')} of outline lists are always kept, and with {chosen} more chosen"
            f" by importance the deck holds more than the {done.budget}-card budget; {left}: --all keeps them"
        ) + held
    if done.left_out:
        return f"; {left} to stay within {done.budget} cards: --all keeps them, --budget N sets the number" + held
    return held


@click.command()
@click.argument("sources", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option(
    "-o", "--output", metavar="PATH", help="The deck: .apkg (default NAME.apkg), .json or .txt; - for stdout."
)
@click.option(
    "--format", "fmt", type=click.Choice(["apkg", "json", "txt"]), help="Output format, when the name does not say."
)
@with_options(deck_options)
def build(sources, output, fmt, kinds, hint, user_dict, encoding, max_size, jobs, keep_going, budget, keep_all):
    """Build an Anki deck from SOURCES (.txt .md .docx .pdf .html, folders of them, or - for stdin).

    One package, a sub-deck per document (and per article where a file holds several); identical
    facts across documents are kept once. Several documents are studied in parallel, one process
    per CPU core. Rebuilding after the document changes updates the notes already in Anki instead
    of duplicating them.

    \b
    Examples:
      studycards build speech.txt                      # writes speech.apkg
      studycards build a.docx b.pdf -o study.apkg
      studycards build materials/ --keep-going         # every document in the folder
      studycards build report.txt -o notes.json        # the same notes as JSON
      studycards build report.txt -o notes.txt         # Anki's text-import format
      studycards build report.txt --kinds outline,enumeration --hint count
      studycards build report.txt --budget 150         # the 150 most important cards
      studycards build report.txt --all                # every card, however many
    """
    from studycards.deck import make_deck_notes

    output = output or default_output(sources, ".apkg")
    fmt = output_format(output, fmt)
    found = gather_sources(sources)
    paths = found.paths
    check_output(output, paths, example=f"deck.{fmt}")
    batch, notes = make_deck_notes(
        paths, _kinds(kinds, keep_all), hint, user_dict, encoding, max_size, jobs, keep_going, _budget(budget, keep_all)
    )
    if not notes:
        raise NothingToStudy(f"{source_names(sources)}: found nothing to study; try --kinds with keyphrase")
    data: bytes | str
    if fmt == "apkg":
        from studycards.export.apkg import package_bytes

        data = package_bytes(notes)
    elif fmt == "json":
        from studycards.export.notes_json import notes_json

        data = notes_json(notes)
    else:
        from studycards.export.anki_text import anki_text

        data = anki_text(notes)
    write_output(output, data)
    click.echo(summary(output, notes, batch, found.skipped_note()), err=True)


@click.command()
@click.argument("sources", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option("-o", "--output", metavar="PATH", help="The preview page (default NAME.preview.html); - for stdout.")
@with_options(deck_options)
def preview(sources, output, kinds, hint, user_dict, encoding, max_size, jobs, keep_going, budget, keep_all):
    """Show every card of SOURCES, front and back, as Anki will, in one HTML page.

    \b
    Examples:
      studycards preview speech.txt -o preview.html
    """
    from studycards.deck import make_deck_notes
    from studycards.export.preview_html import preview_html

    output = output or default_output(sources, ".preview.html")
    found = gather_sources(sources)
    paths = found.paths
    check_output(output, paths, example="preview.html")
    batch, notes = make_deck_notes(
        paths, _kinds(kinds, keep_all), hint, user_dict, encoding, max_size, jobs, keep_going, _budget(budget, keep_all)
    )
    if not notes:
        raise NothingToStudy(f"{source_names(sources)}: found nothing to study; try --kinds with keyphrase")
    write_output(output, preview_html(notes, " · ".join(s.document.title for s in batch.studied)))
    click.echo(summary(output, notes, batch, found.skipped_note()), err=True)


@click.command()
@click.argument("sources", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option(
    "--gold",
    metavar="FILE",
    help="A reference: hand-made JSON (articles/headings/points, terms, enumerations) or fill-in blanks (*.blanks.json).",
)
@with_options(deck_options)
def score(sources, gold, kinds, hint, user_dict, encoding, max_size, jobs, keep_going, budget, keep_all):
    """Measure the deck of SOURCES against a reference: recall, junk answers, notes per 1000 characters.

    Without --gold, the document's own numbering is the reference: every numbered heading with its
    points, and every quoted or titled term.

    \b
    Examples:
      studycards score decks/cadre-incentive-seminar.txt --gold tests/fixtures/cadre-incentive-seminar.gold.json
      studycards score decks/government-work-report-2024.txt
      studycards score report.txt --gold report.blanks.json
    """
    from studycards.deck import make_deck_notes
    from studycards.quality import reference_from_outline
    from studycards.quality import score as score_deck
    from studycards.reference import load_reference

    found = gather_sources(sources)
    given = load_reference(gold) if gold else None  # a reference of the wrong shape fails before any work
    batch, notes = make_deck_notes(
        found.paths,
        _kinds(kinds, keep_all),
        hint,
        user_dict,
        encoding,
        max_size,
        jobs,
        keep_going,
        _budget(budget, keep_all),
    )
    if found.ours or batch.failures:
        skipped = f"; skipped {len(batch.failures)} that failed" if batch.failures else ""
        click.echo(f"scored {len(batch.studied)} documents{skipped}{found.skipped_note()}", err=True)
    documents = [item.document for item in batch.studied]
    reference = given if given is not None else reference_from_outline(documents)
    if "blanks" in reference:  # fill-in blanks a question-writer would set (*.blanks.json)
        from studycards.blanks import score_blanks

        table = score_blanks(notes, reference["blanks"]).table() + score_deck(notes, documents, {}).deck_lines()
    else:
        table = score_deck(notes, documents, reference).table()
    click.echo(table, nl=False)
