"""Corpus-wide figures: every corpus document (and the four samples) built, quizzed and outlined.

    PYTHONPATH=src python benchmarks/corpus.py                 # the whole corpus, both halves, and the samples
    PYTHONPATH=src python benchmarks/corpus.py --half tune --limit 20 --jobs 2

Each document goes through what `studycards build` does (study -> select -> notes -> .apkg), what `studycards
quiz` does (20 questions, rendered as a page) and what `studycards outline` does, in this process or in forked
workers. A table per half (tune / check) and genre (reports / laws) gives: documents, failures (each named below
with its one-line reason), time and peak memory of a build, cards per 1000 characters, and the examiner blanks of
../shared/gold/corpus (and the samples' blanks files) that some card asks, by the rule of studycards.blanks:
blanks, and sentences (a sentence counts when a card hides any blank set on it).

`measure(path)`, `build_notes(path)` (`study_document` then `deck_notes`) and `gold_blanks(path)` are the
per-document measurement, for other scripts.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
import tracemalloc
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from halves import CORPUS, GOLD, corpus_documents, half  # noqa: E402

SAMPLES = ROOT / "decks"
QUIZ_QUESTIONS = 20
QUIZ_SEED = 1


@dataclass
class Measure:
    """What one document gave."""

    path: str
    group: str
    """'tune' / 'check' for a corpus document, 'sample' for one of decks/."""
    genre: str
    """'reports', 'laws' or 'samples'."""
    characters: int = 0
    """Characters of body text and headings (what the budget counts)."""
    cards: int = 0
    seconds: float = 0.0
    """Time of the build: study, select, notes, package."""
    peak_bytes: int = 0
    """Peak of Python allocations during the build (tracemalloc), 0 when not traced."""
    blanks: int = 0
    blanks_asked: int = 0
    sentences: int = 0
    sentences_asked: int = 0
    questions: int = 0
    failures: list[str] = field(default_factory=list)
    """'build: reason', 'quiz: reason', 'outline: reason': one line each."""


def gold_blanks(path: Path) -> list[dict]:
    """The examiner blanks set on the document at `path`: gold/corpus/NAME.blanks.json for a corpus document,
    gold/NAME.blanks.json for a sample (a sample and a corpus document may share a name, not a text)."""
    folder = GOLD / "corpus" if path.parent.parent == CORPUS else GOLD
    gold = folder / f"{path.stem}.blanks.json"
    return json.loads(gold.read_text(encoding="utf-8"))["blanks"] if gold.exists() else []


def build_notes(path: str, hint: str = "none"):
    """What `studycards build PATH` makes, in the library: (studied document with all its facts, notes kept)."""
    studied = study_document(path)
    return studied, deck_notes(studied, hint)


def study_document(path: str):
    """The document read, parsed and mined with the default kinds, facts merged as a build merges them."""
    from studycards.facts import DEFAULT_KINDS
    from studycards.pipeline import merge_across, study

    return merge_across([study(path, DEFAULT_KINDS)])[0]


def deck_notes(studied, hint: str = "none") -> list:
    """The notes of the default deck (the budget applied); `studied` keeps every fact (a quiz draws on them all)."""
    from studycards.cards import make_notes
    from studycards.ranking import select

    return make_notes(select([studied]).studied, hint)


def measure(path: Path, trace_memory: bool = True) -> Measure:
    """Build, quiz and outline one document; a failure at any step is recorded, never raised. Warm the segmenter
    first (`segmenter().warm_up()`, as measure_all does), or the dictionary's load is in the first time and peak."""
    from studycards.ranking import document_characters

    group = half(path.name) if path.parent.parent == CORPUS else "sample"
    result = Measure(str(path), group, path.parent.name if group != "sample" else "samples")
    studied = None
    if trace_memory:
        tracemalloc.start()
    start = time.perf_counter()
    try:
        studied = study_document(str(path))
        notes = deck_notes(studied)
        if not notes:
            raise ValueError("found nothing to study")
        from studycards.export.apkg import package_bytes

        package_bytes(notes)
        result.characters = document_characters(studied.document)
        result.cards = sum(note.cards for note in notes)
        _count_blanks(result, notes, gold_blanks(path))
    except Exception as error:
        result.failures.append(f"build: {_reason(error)}")
    finally:
        result.seconds = time.perf_counter() - start
        if trace_memory:
            result.peak_bytes = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
    if studied is not None:
        _quiz(result, studied)
        _outline(result, studied.document)
    else:
        result.failures.append("quiz, outline: not tried (the document could not be studied)")
    return result


def _count_blanks(result: Measure, notes, blanks: list[dict]) -> None:
    from studycards.blanks import score_blanks

    if not blanks:
        return
    scored = score_blanks(notes, blanks)
    asked_sentences = {blank["sentence"] for blank in scored.asked}
    result.blanks, result.blanks_asked = len(blanks), len(scored.asked)
    result.sentences = len({blank["sentence"] for blank in blanks})
    result.sentences_asked = len(asked_sentences)


def _quiz(result: Measure, studied) -> None:
    from studycards.quiz.selection import make_items
    from studycards.quiz.writers import render_quiz

    try:
        items = make_items(studied.facts, QUIZ_QUESTIONS, seed=QUIZ_SEED)
        if not items:
            raise ValueError("no quiz question could be made")
        render_quiz("html", items, studied.document.title)
        result.questions = len(items)
    except Exception as error:
        result.failures.append(f"quiz: {_reason(error)}")


def _outline(result: Measure, document) -> None:
    from studycards.export.outline_text import render_outline
    from studycards.outline import document_to_dict

    try:
        render_outline(document)
        json.dumps(document_to_dict(document), ensure_ascii=False)
    except Exception as error:
        result.failures.append(f"outline: {_reason(error)}")


def _reason(error: Exception) -> str:
    """One line: a domain error's own message, or the exception's name and text for a bug."""
    from studycards.errors import StudycardsError

    text = " ".join(str(error).split())
    return text if isinstance(error, StudycardsError) else f"{error.__class__.__name__}: {text}"


def documents(which: str | None = None, limit: int | None = None, samples: bool = True) -> list[Path]:
    """The corpus documents of one half (or both), `limit` of them evenly spread, then the samples."""
    paths = corpus_documents(which)
    if limit is not None and limit < len(paths):
        step = len(paths) / limit
        paths = [paths[int(index * step)] for index in range(limit)]
    return paths + (sorted(SAMPLES.glob("*.txt")) if samples else [])


def measure_all(paths: Iterable[Path], jobs: int = 1, trace_memory: bool = True, progress=None) -> list[Measure]:
    """Every path measured, in input order; `jobs` forked workers share the segmenter loaded here."""
    from studycards.segment import segmenter

    segmenter().warm_up()
    paths = list(paths)
    results: list[Measure] = []
    if jobs <= 1:
        iterator: Iterable[Measure] = (measure(path, trace_memory) for path in paths)
    else:
        import multiprocessing

        pool = ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork"))
        iterator = pool.map(measure, paths, [trace_memory] * len(paths), chunksize=1)
    for result in iterator:
        results.append(result)
        if progress is not None:
            progress(len(results), len(paths), result)
    if jobs > 1:
        pool.shutdown()
    return results


# --- the tables ---------------------------------------------------------------------------------------------


def table(results: list[Measure]) -> str:
    """A markdown table: a row per half and genre, a row per half, and one per sample."""
    rows = []
    for group in ("tune", "check"):
        for genre in ("reports", "laws"):
            rows.append((f"{group} · {genre}", [r for r in results if r.group == group and r.genre == genre]))
        rows.append((f"**{group}**", [r for r in results if r.group == group]))
    rows += [(f"sample {Path(r.path).stem}", [r]) for r in results if r.group == "sample"]
    lines = [
        "| documents | n | failed | build s (sum / median / max) | peak MiB, Python (median / max) | cards per 1000 chars "
        "| questions (median) | examiner blanks asked | examiner sentences asked |",
        "|---|---:|---:|---|---|---:|---:|---:|---:|",
    ]
    lines += [_row(name, chosen) for name, chosen in rows if chosen]
    failed = [r for r in results if r.failures]
    lines.append("")
    lines.append(f"Failures: {len(failed)} of {len(results)} documents." if failed else "Failures: none.")
    lines += [f"- {Path(r.path).name}: {'; '.join(r.failures)}" for r in failed]
    return "\n".join(lines) + "\n"


def _row(name: str, chosen: list[Measure]) -> str:
    seconds = [r.seconds for r in chosen]
    peaks = [r.peak_bytes / 2**20 for r in chosen]
    built = [r for r in chosen if r.characters]
    density = 1000 * sum(r.cards for r in built) / max(1, sum(r.characters for r in built))
    questions = statistics.median([r.questions for r in chosen])
    blanks, asked = sum(r.blanks for r in chosen), sum(r.blanks_asked for r in chosen)
    sentences, sentences_asked = sum(r.sentences for r in chosen), sum(r.sentences_asked for r in chosen)
    return (
        f"| {name} | {len(chosen)} | {sum(bool(r.failures) for r in chosen)} "
        f"| {sum(seconds):.1f} / {statistics.median(seconds):.2f} / {max(seconds):.2f} "
        f"| {_peaks(peaks)} | {density:.1f} | {questions:g} "
        f"| {_share(asked, blanks)} | {_share(sentences_asked, sentences)} |"
    )


def _peaks(peaks: list[float]) -> str:
    return f"{statistics.median(peaks):.1f} / {max(peaks):.1f}" if any(peaks) else "– (not traced)"


def _share(part: int, whole: int) -> str:
    return f"{part}/{whole} ({part / whole:.0%})" if whole else "–"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--half", choices=["tune", "check"], help="only the documents of this half")
    parser.add_argument("--limit", type=int, metavar="N", help="N documents, evenly spread over the corpus")
    parser.add_argument("--jobs", type=int, default=1, metavar="N", help="documents measured at once (forked)")
    parser.add_argument("--no-samples", action="store_true", help="leave out the four samples of decks/")
    parser.add_argument("--no-memory", action="store_true", help="do not trace memory (faster)")
    args = parser.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"{CORPUS}: no corpus here", file=sys.stderr)
        return 1
    paths = documents(args.half, args.limit, samples=not args.no_samples)
    started = time.perf_counter()
    results = measure_all(paths, args.jobs, not args.no_memory, _progress if sys.stderr.isatty() else None)
    print(table(results))
    elapsed = time.perf_counter() - started
    command = " ".join(["python benchmarks/corpus.py", *(argv if argv is not None else sys.argv[1:])])
    print(
        f"`{command}`: {len(results)} documents built, quizzed and outlined in {elapsed:.0f} s with {args.jobs} "
        f"job(s); largest resident set of a process {_max_rss_mib():.0f} MiB"
    )
    return 0


def _max_rss_mib() -> float:
    import resource

    own, workers = (resource.getrusage(who).ru_maxrss for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    return max(own, workers) / 1024  # kilobytes on Linux


def _progress(done: int, total: int, result: Measure) -> None:
    end = "\n" if done == total else ""
    print(f"\r{done}/{total} {Path(result.path).name[:40]:<40}", end=end, file=sys.stderr, flush=True)


if __name__ == "__main__":
    sys.exit(main())
