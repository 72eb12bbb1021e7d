"""The command line: a thin click group; the only place that turns errors into messages and exit codes."""

from __future__ import annotations

import json

import click

from studycards import __version__
from studycards.errors import StudycardsError
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


encoding_option = click.option("--encoding", metavar="NAME", help="Text encoding of the source (default: detect UTF-8 / GB18030).")


@cli.command()
@click.argument("source", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--json", "as_json", is_flag=True, help="Print the outline as JSON (schema in README.md).")
@click.option("-o", "--output", default="-", metavar="PATH", help="Write to PATH instead of standard output.")
@encoding_option
def outline(source, as_json, output, encoding):
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
    document = parse(read_source(source, encoding))
    if as_json:
        text = json.dumps(document_to_dict(document), ensure_ascii=False, indent=2) + "\n"
    else:
        text = render_outline(document)
    write_output(output, text)


def main():
    cli(prog_name="studycards")
