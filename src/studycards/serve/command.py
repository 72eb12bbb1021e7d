"""`studycards serve`: the command. Only click is imported here; the web framework when the command runs."""

from __future__ import annotations

import click

MB = 2**20


@click.command()
@click.option("--port", type=click.IntRange(0, 65535), default=8765, show_default=True, help="Port (0: any free one).")
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to serve on. Any other than 127.0.0.1 lets other computers in (a warning is printed).",
)
@click.option("--no-browser", is_flag=True, help="Do not open the page in a browser.")
@click.option(
    "--max-size",
    type=click.FloatRange(min=0, min_open=True),
    default=20,
    show_default=True,
    metavar="MB",
    help="The largest upload, all its files together, in megabytes.",
)
def serve(port, host, no_browser, max_size):
    """Make, review and take decks and quizzes in a local web page.

    Opens the page in your browser: drop in or paste the material, look over the outline and the cards,
    untick what you do not want, download the Anki deck (.apkg), notes.txt or a quiz, or take the quiz in
    the page. Only this computer can reach it. Ctrl-C stops it.

    \b
    Examples:
      studycards serve
      studycards serve --port 8080 --no-browser
      studycards serve --max-size 50
    """
    from studycards.serve.guard import is_loopback
    from studycards.serve.server import run

    if not is_loopback(host):
        click.echo(
            f"warning: serving on {host or 'every address'}: other computers that can reach this one can use "
            "the page and what is uploaded to it; use the default --host 127.0.0.1 to keep it to this computer",
            err=True,
        )
    run(host, port, int(max_size * MB), not no_browser, lambda line: click.echo(line, err=True))
