"""What several commands share: options, their parsers, and small helpers on SOURCES."""

from __future__ import annotations

import click

from studycards import facts

DEFAULT_KINDS = ",".join(facts.DEFAULT_KINDS)
MB = 2**20

encoding_option = click.option(
    "--encoding", metavar="NAME", help="Text encoding of the source (default: detect UTF-8 / GB18030)."
)
max_size_option = click.option(
    "--max-size",
    type=click.FloatRange(min=0),
    default=20,
    show_default=True,
    metavar="MB",
    callback=lambda ctx, param, value: int(value * MB) or None,
    help="Refuse a source larger than this many megabytes before reading it (0: no limit).",
)


def parse_kinds(ctx, param, value: str) -> tuple[str, ...]:
    from studycards.facts import KINDS

    kinds = tuple(k.strip() for k in value.split(",") if k.strip())
    unknown = [k for k in kinds if k not in KINDS]
    if unknown or not kinds:
        raise click.BadParameter(f"unknown kind {', '.join(unknown) or '(none)'}; choose from {', '.join(KINDS)}")
    return kinds


def with_options(options):
    def decorate(function):
        for option in reversed(options):
            function = option(function)
        return function

    return decorate


def gather_sources(sources):
    """The documents SOURCES name (a batch.Sources): folders expanded, studycards' own outputs left out."""
    from studycards.batch import gather

    return gather(sources)


keep_going_option = click.option(
    "--keep-going",
    is_flag=True,
    help="Skip a document that fails (named on stderr) instead of stopping with nothing written.",
)


def source_names(sources) -> str:
    """SOURCES as messages name them ('-' is standard input, as the readers say)."""
    from studycards.reading import shown

    names = [shown(source) for source in sources]
    return ", ".join(names) if len(names) <= 3 else f"{', '.join(names[:3])} and {len(names) - 3} more"


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
    max_size_option,
    keep_going_option,
]


def quiz_facts(sources, kinds, user_dict, encoding, max_size, keep_going=False):
    """The facts of SOURCES for a quiz or drill, the documents' titles joined by 、, and what to add to the
    summary: the documents skipped that failed, and the files skipped that studycards wrote."""
    from studycards.batch import Settings, study_sources

    found = gather_sources(sources)
    batch = study_sources(found.paths, Settings(kinds, encoding, user_dict, max_size), keep_going=keep_going)
    titles = list(dict.fromkeys(item.document.title for item in batch.studied))
    failed = f"; skipped {len(batch.failures)} that failed (named above)" if batch.failures else ""
    facts = [fact for item in batch.studied for fact in item.facts]
    return facts, "、".join(titles), failed + found.skipped_note()


def plural(count: int, noun: str) -> str:
    """'1 question', '2 questions'."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"
