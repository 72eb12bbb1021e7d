"""drill: the self-test in the terminal, and the statistics of past drills."""

from __future__ import annotations

import click

from studycards.cli.options import (
    quiz_facts,
    quiz_source_options,
    seed_option,
    source_names,
    types_option,
    with_options,
)


@click.command()
@click.argument("sources", nargs=-1, type=click.Path())
@click.option("-n", "--count", default=10, show_default=True, type=click.IntRange(1, 1000), help="Number of questions.")
@click.option(
    "--history",
    "history_path",
    metavar="PATH",
    help="The SQLite file that keeps your results (default: drill.sqlite3 in your data directory).",
)
@click.option("--cram", is_flag=True, help="Then ask the missed questions again until each is answered right twice.")
@click.option("--stats", is_flag=True, help="Show the items you miss most, and exit.")
@types_option
@seed_option
@with_options(quiz_source_options)
def drill(sources, count, history_path, cram, stats, types, seed, kinds, user_dict, encoding, max_size, keep_going):
    """Test yourself on SOURCE... in the terminal: type each answer, see the right one and its source.

    Answers are judged leniently: punctuation, spaces and full/half-width do not count; list items may
    come in any order where order does not matter; choices by letter (A, ac), number (1 for A, 13 for
    AC) or text; 判断 as 对/错. What is not an answer (x for a choice of four, 对 for a 多选) is asked
    again; ? gives up (a miss, the answer shown); q ends the drill, that question not graded. With --cram, the missed questions come back until each is answered right
    twice: for the night before the meeting.
    Results are kept, and the next drill asks what you missed and what you have never been asked first.
    Answers may be piped, one a line; end of input or Ctrl-C stops and keeps what was answered.

    \b
    Examples:
      studycards drill speech.txt
      studycards drill speech.txt -n 20 --types 填空,判断 --cram
      printf 'A\\n对\\n' | studycards drill speech.txt -n 2 --seed 1
      studycards drill --stats
    """
    import sys
    from typing import Any

    from studycards.drill import run_drill
    from studycards.errors import NothingToStudy
    from studycards.history import History, check_path, default_path
    from studycards.quiz.selection import make_items

    if stats:
        if sources:
            raise click.UsageError("--stats takes no SOURCE")
        _drill_stats(history_path or default_path(), count)
        return
    if not sources:
        raise click.UsageError("give at least one SOURCE to drill on (or --stats)")
    if "-" in sources:
        raise click.UsageError("the drill reads your answers from standard input; give SOURCE as a file")
    if history_path:
        check_path(history_path)  # before any work
    facts, _, skipped = quiz_facts(sources, kinds, user_dict, encoding, max_size, keep_going)
    if skipped:
        click.echo(skipped.lstrip("; "), err=True)
    with History(history_path) as history:
        items = make_items(facts, count, types, seed, priority=history.priority(), grouped=False)
        if not items:
            raise NothingToStudy(
                f"{source_names(sources)}: no question could be made; try more material or other --types"
            )
        interactive = sys.stdin.isatty()
        if interactive:
            click.echo("输入答案后按回车；不会可以输入 ?（记为答错并显示答案），输入 q 结束。", err=True)
        reader: Any = _TerminalReader() if interactive else sys.stdin
        run_drill(items, reader, sys.stdout, history, echo=not interactive, cram=cram)
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
