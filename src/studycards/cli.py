"""The command line: a thin click group; the only place that turns errors into messages and exit codes."""

from __future__ import annotations

import json

import click

from studycards import __version__, facts
from studycards.errors import NothingToStudy, StudycardsError
from studycards.output import check_output, write_output


class _Group(click.Group):
    """Domain errors become one line on stderr and exit code 1, never a traceback."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except StudycardsError as error:
            raise click.ClickException(str(error)) from None


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="studycards")
def cli():
    """Turn Chinese study material into Anki decks and practice quizzes.

    \b
    Examples:
      studycards outline decks/cadre-incentive-seminar.txt
      studycards build decks/cadre-incentive-seminar.txt -o seminar.apkg
      studycards quiz report.docx -o quiz.html -n 30
    """


encoding_option = click.option(
    "--encoding", metavar="NAME", help="Text encoding of the source (default: detect UTF-8 / GB18030)."
)
MB = 2**20
max_size_option = click.option(
    "--max-size",
    type=click.FloatRange(min=0),
    default=20,
    show_default=True,
    metavar="MB",
    callback=lambda ctx, param, value: int(value * MB) or None,
    help="Refuse a source larger than this many megabytes before reading it (0: no limit).",
)


@cli.command()
@click.argument("source", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--json", "as_json", is_flag=True, help="Print the outline as JSON (schema in README.md).")
@click.option("-o", "--output", default="-", metavar="PATH", help="Write to PATH instead of standard output.")
@encoding_option
@max_size_option
def outline(source, as_json, output, encoding, max_size):
    """Print the outline of SOURCE: articles, numbered sections, points, with line numbers.

    \b
    Examples:
      studycards outline speech.txt
      studycards outline --json report.docx -o outline.json
      cat speech.txt | studycards outline -
    """
    from studycards.export.outline_text import render_outline
    from studycards.outline import document_to_dict
    from studycards.parsing import parse
    from studycards.reading import read_source

    check_output(output, [source])
    document = parse(read_source(source, encoding, max_size))
    if as_json:
        text = json.dumps(document_to_dict(document), ensure_ascii=False, indent=2) + "\n"
    else:
        text = render_outline(document)
    write_output(output, text)


DEFAULT_KINDS = ",".join(facts.DEFAULT_KINDS)
FORMATS = {".apkg": "apkg", ".json": "json", ".txt": "txt"}


def parse_kinds(ctx, param, value: str) -> tuple[str, ...]:
    from studycards.facts import KINDS

    kinds = tuple(k.strip() for k in value.split(",") if k.strip())
    unknown = [k for k in kinds if k not in KINDS]
    if unknown or not kinds:
        raise click.BadParameter(f"unknown kind {', '.join(unknown) or '(none)'}; choose from {', '.join(KINDS)}")
    return kinds


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
    click.option(
        "--keep-going",
        is_flag=True,
        help="Skip a document that fails (named on stderr) instead of stopping with nothing written.",
    ),
    click.option(
        "--budget",
        type=click.IntRange(min=1),
        metavar="N",
        help="Keep the N most important cards (default: 12 per 1000 characters of a document over 6000).",
    ),
    click.option("--all", "keep_all", is_flag=True, help="Keep every card, however many (no budget)."),
]


def with_options(options):
    def decorate(function):
        for option in reversed(options):
            function = option(function)
        return function

    return decorate


def make_deck_notes(paths, kinds, hint, user_dict, encoding, max_size, jobs=None, keep_going=False, budget="auto"):
    """Study every path (in worker processes when there are several), keep the most important facts within
    `budget` cards (None: all), and make the notes, most important first.

    A failing document stops everything unless `keep_going`; then it is named on stderr and skipped.
    """
    import sys

    from studycards.batch import Settings, study_batch
    from studycards.cards import make_notes

    if user_dict:  # once, not once per document
        from studycards.segment import check_user_dict

        check_user_dict(user_dict)
    settings = Settings(kinds, encoding, user_dict, max_size)
    batch = study_batch(paths, settings, jobs, keep_going, progress=sys.stderr.isatty())
    if not batch.studied and len(batch.failures) == 1:
        raise StudycardsError(batch.failures[0].message)
    for failure in batch.failures:
        click.echo(f"skipped {failure.message}", err=True)
    if not batch.studied:
        raise NothingToStudy(f"none of the {len(paths)} documents could be studied; see the messages above")
    from studycards.ranking import select

    batch.selection = select(batch.studied, budget)
    return batch, make_notes(batch.selection.studied, hint)


def _budget(budget, keep_all):
    if budget and keep_all:
        raise click.UsageError("give --budget N or --all, not both")
    return None if keep_all else budget or "auto"


def expand_sources(sources) -> list[str]:
    from studycards.batch import expand

    return expand(sources)


def summary(output: str, notes, batch=None) -> str:
    from collections import Counter

    counts = Counter(note.fact.kind for note in notes if note.model != "qa")
    kinds = ", ".join(f"{kind} {count}" for kind, count in counts.items())
    cards = sum(note.cards for note in notes)
    line = f"wrote {output}: {len(notes)} notes, {cards} cards ({kinds})"
    if batch is not None and len(batch.studied) > 1:
        line += f" from {len(batch.studied)} documents"
    if batch is not None and batch.failures:
        line += f"; skipped {len(batch.failures)} that failed (named above)"
    selection = batch.selection if batch is not None else None
    if selection is not None and selection.left_out:
        line += (
            f"; left out {selection.left_out} less important facts ({selection.left_out_cards} cards)"
            f" to stay within {selection.budget} cards: --all keeps them, --budget N sets the number"
        )
    return line


@cli.command()
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
    output = output or default_output(sources, ".apkg")
    fmt = output_format(output, fmt)
    paths = expand_sources(sources)
    check_output(output, paths)
    batch, notes = make_deck_notes(
        paths, kinds, hint, user_dict, encoding, max_size, jobs, keep_going, _budget(budget, keep_all)
    )
    if not notes:
        raise NothingToStudy(f"{_names(sources)}: found nothing to study; try --kinds with keyphrase")
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
    click.echo(summary(output, notes, batch), err=True)


@cli.command()
@click.argument("sources", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option("-o", "--output", metavar="PATH", help="The preview page (default NAME.preview.html); - for stdout.")
@with_options(deck_options)
def preview(sources, output, kinds, hint, user_dict, encoding, max_size, jobs, keep_going, budget, keep_all):
    """Show every card of SOURCES, front and back, as Anki will, in one HTML page.

    \b
    Examples:
      studycards preview speech.txt -o preview.html
    """
    from studycards.export.preview_html import preview_html

    output = output or default_output(sources, ".preview.html")
    paths = expand_sources(sources)
    check_output(output, paths)
    batch, notes = make_deck_notes(
        paths, kinds, hint, user_dict, encoding, max_size, jobs, keep_going, _budget(budget, keep_all)
    )
    if not notes:
        raise NothingToStudy(f"{_names(sources)}: found nothing to study; try --kinds with keyphrase")
    write_output(output, preview_html(notes, " · ".join(s.document.title for s in batch.studied)))
    click.echo(summary(output, notes, batch), err=True)


@cli.command()
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
    from studycards.quality import reference_from_outline
    from studycards.quality import score as score_deck

    batch, notes = make_deck_notes(
        expand_sources(sources), kinds, hint, user_dict, encoding, max_size, jobs, keep_going, _budget(budget, keep_all)
    )
    documents = [item.document for item in batch.studied]
    reference = _read_gold(gold) if gold else reference_from_outline(documents)
    if "blanks" in reference:  # fill-in blanks a question-writer would set (*.blanks.json)
        from studycards.blanks import score_blanks

        table = score_blanks(notes, reference["blanks"]).table() + score_deck(notes, documents, {}).deck_lines()
    else:
        table = score_deck(notes, documents, reference).table()
    click.echo(table, nl=False)


def _names(sources) -> str:
    return ", ".join(sources) if len(sources) <= 3 else f"{', '.join(sources[:3])} and {len(sources) - 3} more"


def _read_gold(path: str) -> dict:
    from pathlib import Path

    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise StudycardsError(
            f"{path}: cannot read the reference ({error.__class__.__name__}); give a JSON file"
        ) from None


def main():
    import signal

    signal.signal(signal.SIGTERM, _terminated)
    cli(prog_name="studycards")


def _terminated(signum, frame):
    """`kill` unwinds like Ctrl-C: partial files are removed and the previous deck is kept."""
    raise SystemExit(128 + signum)


# --- quiz and drill --------------------------------------------------------------------------------------

QUIZ_FORMATS = {
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
    ".gift": "gift",
    ".txt": "txt",
}


def _quiz_types(ctx, param, values):
    """--types fill,single / --types 填空 --types 判断 -> ('fill', 'single', …); all four by default."""
    import re

    from studycards.quiz.items import TYPE_ALIASES, TYPES

    names = [name for value in values for name in re.split(r"[,，、\s]+", value) if name]
    if not names:
        return TYPES
    unknown = [name for name in names if name.lower() not in TYPE_ALIASES]
    if unknown:
        raise click.BadParameter(
            f"unknown type {unknown[0]!r}; use fill, single, multiple, judge (or 填空, 单选, 多选, 判断)"
        )
    return tuple(dict.fromkeys(TYPE_ALIASES[name.lower()] for name in names))


types_option = click.option(
    "--types",
    "types",
    multiple=True,
    metavar="LIST",
    callback=_quiz_types,
    help="Question types, comma-separated: fill, single, multiple, judge (or 填空, 单选, 多选, 判断). Default: all.",
)
seed_option = click.option("--seed", type=int, help="Same seed, same questions; another seed, another selection.")
quiz_source_options = [
    click.option(
        "--kinds",
        default=DEFAULT_KINDS,
        show_default=True,
        callback=parse_kinds,
        help="Kinds of facts to ask about (comma-separated; add keyphrase for prose).",
    ),
    click.option("--dict", "user_dict", metavar="FILE", help="A jieba user dictionary of terms to keep whole."),
    encoding_option,
]


def _facts(sources, kinds, user_dict, encoding):
    from studycards.pipeline import study_all

    studied = study_all(expand_sources(sources), kinds, encoding, user_dict)
    titles = list(dict.fromkeys(item.document.title for item in studied))
    return [fact for item in studied for fact in item.facts], "、".join(titles)


@cli.command()
@click.argument("sources", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option(
    "-o",
    "--output",
    required=True,
    metavar="PATH",
    help="Where to write; the extension picks the format: .md .html .json .gift .txt (exam platforms).",
)
@click.option("-n", "--count", default=20, show_default=True, type=click.IntRange(1, 1000), help="Number of questions.")
@types_option
@seed_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(sorted(set(QUIZ_FORMATS.values()))),
    help="The output format, whatever the extension (needed with -o -).",
)
@click.option("--title", metavar="TEXT", help="Title of the sheet (default: the documents' titles).")
@with_options(quiz_source_options)
def quiz(sources, output, count, types, seed, fmt, title, kinds, user_dict, encoding):
    """Make a practice quiz from SOURCE...: 填空, 单选, 多选 and 判断 in a balanced mix, with answers and sources.

    \b
    .md   printable sheet, answer key at the end
    .html printable sheet that is also an interactive quiz (one file, works offline, on a phone)
    .json a list of items for other tools (schema in README.md)
    .gift Moodle GIFT
    .txt  plain text for exam platforms (numbered stems, A.–D. options, 答案：, 解析：)

    \b
    Examples:
      studycards quiz speech.txt -o quiz.html
      studycards quiz report.docx -o quiz.md -n 30 --seed 7
      studycards quiz a.txt b.txt -o bank.txt --types 单选,多选,判断
      studycards quiz speech.txt -o - --format json | jq length
    """
    import random
    from pathlib import Path

    from studycards.errors import NothingToStudy
    from studycards.quiz.items import TYPE_NAMES, make_items

    fmt = fmt or QUIZ_FORMATS.get(Path(output).suffix.lower())
    if fmt is None:
        hint = "with -o - give --format" if output == "-" else f"cannot tell the format from {output!r}"
        raise click.UsageError(f"{hint}: use .md, .html, .json, .gift or .txt, or --format")
    check_output(output, list(sources))
    facts, titles = _facts(sources, kinds, user_dict, encoding)
    seed = seed if seed is not None else random.SystemRandom().randrange(1, 100_000)
    items = make_items(facts, count, types, seed)
    if not items:
        raise NothingToStudy(
            f"{', '.join(sources)}: no quiz question could be made (no lists, formulations or enumerations "
            "with enough phrases of the same shape for options); try more material or other --types"
        )
    write_output(output, _render_quiz(fmt, items, title or titles))
    counts = ", ".join(f"{TYPE_NAMES[kind]} {sum(i.type == kind for i in items)}" for kind in types)
    short = f" (only {len(items)} of {count}: the material holds no more worth asking)" if len(items) < count else ""
    click.echo(f"{len(items)} questions{short}: {counts}; seed {seed} -> {output}", err=True)


def _render_quiz(fmt, items, title):
    if fmt == "md":
        from studycards.export.quiz_markdown import render_quiz_markdown as render
    elif fmt == "html":
        from studycards.export.quiz_html import render_quiz_html as render
    elif fmt == "json":
        from studycards.export.quiz_json import render_quiz_json as render
    elif fmt == "gift":
        from studycards.export.quiz_gift import render_quiz_gift as render
    else:
        from studycards.export.quiz_exam_text import render_quiz_exam_text as render
    return render(items, title)


@cli.command()
@click.argument("sources", nargs=-1, type=click.Path())
@click.option("-n", "--count", default=10, show_default=True, type=click.IntRange(1, 1000), help="Number of questions.")
@click.option(
    "--history",
    "history_path",
    metavar="PATH",
    help="The SQLite file that keeps your results (default: drill.sqlite3 in your data directory).",
)
@click.option("--stats", is_flag=True, help="Show the items you miss most, and exit.")
@types_option
@seed_option
@with_options(quiz_source_options)
def drill(sources, count, history_path, stats, types, seed, kinds, user_dict, encoding):
    """Test yourself on SOURCE... in the terminal: type each answer, see the right one and its source.

    Answers are judged leniently: punctuation, spaces and full/half-width do not count; list items may
    come in any order where order does not matter; choices by letter (A, ac) or by text; 判断 as 对/错.
    Results are kept, and the next drill asks what you missed and what you have never been asked first.
    Answers may be piped, one a line; end of input or Ctrl-C stops and keeps what was answered.

    \b
    Examples:
      studycards drill speech.txt
      studycards drill speech.txt -n 20 --types 填空,判断
      printf 'A\\n对\\n' | studycards drill speech.txt -n 2 --seed 1
      studycards drill --stats
    """
    import sys

    from studycards.drill import run_drill
    from studycards.errors import NothingToStudy
    from studycards.history import History, default_path
    from studycards.quiz.items import make_items

    if stats:
        if sources:
            raise click.UsageError("--stats takes no SOURCE")
        _drill_stats(history_path or default_path(), count)
        return
    if not sources:
        raise click.UsageError("give at least one SOURCE to drill on (or --stats)")
    if "-" in sources:
        raise click.UsageError("the drill reads your answers from standard input; give SOURCE as a file")
    facts, _ = _facts(sources, kinds, user_dict, encoding)
    with History(history_path) as history:
        items = make_items(facts, count, types, seed, priority=history.priority(), grouped=False)
        if not items:
            raise NothingToStudy(f"{', '.join(sources)}: no question could be made; try more material or other --types")
        interactive = sys.stdin.isatty()
        reader = _TerminalReader() if interactive else sys.stdin
        run_drill(items, reader, sys.stdout, history, echo=not interactive)
        click.echo(f"results kept in {history.path}", err=True)


class _TerminalReader:
    """Lines typed at a terminal, with line editing (readline)."""

    def __init__(self):
        try:
            import readline  # noqa: F401  (input() edits lines once it is loaded)
        except ImportError:
            pass

    def readline(self) -> str:
        try:
            return input() + "\n"
        except EOFError:
            return ""


def _drill_stats(path, limit):
    from pathlib import Path

    from studycards.history import History

    if not Path(path).exists():
        click.echo(f"no drill history yet ({path}); run studycards drill SOURCE first")
        return
    with History(path) as history:
        records = history.records()
        weakest = history.weakest(limit)
    asked = sum(r.asked for r in records.values())
    right = sum(r.right for r in records.values())
    click.echo(f"{len(records)} items asked {asked} times, {right} right ({path})")
    if not weakest:
        click.echo("nothing missed yet")
        return
    click.echo("most missed:")
    for number, record in enumerate(weakest, 1):
        last = "✗" if record.last_right is False else "✓"
        click.echo(f"{number:>3}. 错 {record.wrong} 对 {record.right} 上次{last}  {record.topic}")
        click.echo(f"     {record.source}")
