"""outline: the structure of one source, as text or JSON."""

from __future__ import annotations

import json

import click

from studycards.cli.options import encoding_option, max_size_option
from studycards.output import check_output, write_output


@click.command()
@click.argument("source", type=click.Path(allow_dash=True))  # a folder: one line and exit 1, as elsewhere
@click.option("--json", "as_json", is_flag=True, help="Print the outline as JSON (schema in README.md).")
@click.option("-o", "--output", default="-", metavar="PATH", help="Write to PATH instead of standard output.")
@encoding_option
@max_size_option
def outline(source, as_json, output, encoding, max_size):
    """Print the outline of SOURCE: articles, numbered sections, points, with line numbers.

    Where the document's own numbering skips or repeats a number (一、二、四、), a warning names the line on
    standard error (and --json lists it under "breaks").

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

    check_output(output, [source], example="outline.txt")
    document = parse(read_source(source, encoding, max_size))
    if as_json:
        text = json.dumps(document_to_dict(document), ensure_ascii=False, indent=2) + "\n"
    else:
        text = render_outline(document)
    write_output(output, text)
    for numbering_break in document.breaks:  # the document's own numbering skips or repeats: say where
        click.echo(f"warning: {source}: {numbering_break}", err=True)
