"""The command line: a thin click group; the only place that turns errors into messages and exit codes.

Each command (or family of commands) lives in a module of its own under cli/commands/; the options they
share are in cli/options.py.
"""

from __future__ import annotations

import click

from studycards import __version__
from studycards.cli.commands.deck import build, preview, score
from studycards.cli.commands.drill import drill
from studycards.cli.commands.outline import outline
from studycards.cli.commands.quiz import quiz
from studycards.errors import StudycardsError
from studycards.serve.command import serve  # click only; the web framework loads when it runs


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


for command in (outline, build, preview, score, quiz, drill, serve):
    cli.add_command(command)


def main():
    import signal

    from studycards.segment import import_jieba_for_the_command

    signal.signal(signal.SIGTERM, _terminated)
    import_jieba_for_the_command()
    cli(prog_name="studycards")


def _terminated(signum, frame):
    """`kill` unwinds like Ctrl-C: partial files are removed and the previous deck is kept."""
    raise SystemExit(128 + signum)
