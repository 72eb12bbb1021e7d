"""quiz: a practice quiz of SOURCES as a sheet, an interactive page, or a file for other tools."""

from __future__ import annotations

import click

from studycards.cli.options import (
    plural,
    quiz_facts,
    quiz_source_options,
    seed_option,
    source_names,
    types_option,
    with_options,
)
from studycards.output import check_output, write_output

QUIZ_FORMATS = {
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
    ".gift": "gift",
    ".txt": "txt",
    ".docx": "docx",
    ".xlsx": "xlsx",
}


@click.command()
@click.argument("sources", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option(
    "-o",
    "--output",
    required=True,
    metavar="PATH",
    help="Where to write; the extension picks the format: .html .md .docx .xlsx .txt .gift .json.",
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
@click.option(
    "--hint",
    type=click.Choice(["none", "count"]),
    default="none",
    show_default=True,
    help="count: draw each blank as long as its answer (a hint); by default all blanks are alike.",
)
@with_options(quiz_source_options)
def quiz(sources, output, count, types, seed, fmt, title, hint, kinds, user_dict, encoding, max_size, keep_going):
    """Make a practice quiz from SOURCE...: 填空, 单选, 多选 and 判断 in a balanced mix, with answers and sources.

    \b
    .html an interactive quiz for a phone (只练错题, last score kept), printable; one file, offline
    .md   printable sheet, answer key at the end
    .docx a Word 试卷: 姓名/单位/得分, sections with points, the key on a new page
    .xlsx a question bank for exam platforms (题型, 题干, 选项A–F, 正确答案, 解析, 出处)
    .txt  plain text for exam platforms (numbered stems, A.–D. options, 答案：, 解析：)
    .gift Moodle GIFT
    .json a list of items for other tools (schema in README.md)

    \b
    Examples:
      studycards quiz speech.txt -o quiz.html
      studycards quiz report.docx -o quiz.md -n 30 --seed 7
      studycards quiz report.docx -o paper.docx -n 40      # a Word 试卷 to print
      studycards quiz a.txt b.txt -o bank.xlsx --types 单选,多选,判断
      studycards quiz speech.txt -o - --format json | jq length
    """
    import random
    from dataclasses import replace
    from pathlib import Path

    from studycards.errors import NothingToStudy
    from studycards.quiz.items import TYPE_NAMES
    from studycards.quiz.selection import make_items
    from studycards.quiz.writers import render_quiz

    check_output(output, list(sources), example="quiz.html")
    fmt = fmt or QUIZ_FORMATS.get(Path(output).suffix.lower())
    if fmt is None:
        hint = "with -o - give --format" if output == "-" else f"cannot tell the format from {output!r}"
        raise click.UsageError(f"{hint}: use .html, .md, .docx, .xlsx, .txt, .gift or .json, or --format")
    facts, titles, skipped = quiz_facts(sources, kinds, user_dict, encoding, max_size, keep_going)
    seed = seed if seed is not None else random.SystemRandom().randrange(1, 100_000)
    items = make_items(facts, count, types, seed)
    if not items:
        raise NothingToStudy(
            f"{source_names(sources)}: no quiz question could be made (no lists, formulations or enumerations "
            "with enough phrases of the same shape for options); try more material or other --types"
        )
    if hint == "count":
        items = [replace(item, sized=True) for item in items]
    write_output(output, render_quiz(fmt, items, title or titles))
    counts = ", ".join(f"{TYPE_NAMES[kind]} {sum(i.type == kind for i in items)}" for kind in types)
    short = f" (only {len(items)} of {count}: the material holds no more worth asking)" if len(items) < count else ""
    written = "standard output" if output == "-" else output
    click.echo(f"{plural(len(items), 'question')}{short}: {counts}; seed {seed} -> {written}{skipped}", err=True)
