"""Many sources at once: folders expanded, documents studied in worker processes, facts merged after.

One document, or one worker, is studied in this process: starting processes costs more than it saves.
A document that fails either stops the batch (nothing is written) or, with `keep_going`, is skipped and
reported by name.
"""

from __future__ import annotations

import os
import re
import signal
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from studycards.errors import NothingToStudy, ReadError, StudycardsError
from studycards.marker import written_by_studycards
from studycards.pipeline import Studied, merge_across, study
from studycards.reading import MAX_BYTES, SUFFIXES

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor


@dataclass(frozen=True)
class Settings:
    """What every document of a batch is studied with."""

    kinds: tuple[str, ...] | None = None
    encoding: str | None = None
    user_dict: str | None = None
    max_bytes: int | None = MAX_BYTES
    """Sources larger than this are refused before they are read (None: no limit)."""


@dataclass(frozen=True)
class Failure:
    """A document that could not be studied."""

    path: str
    message: str
    """One line that names the document and says what to do."""


@dataclass
class Batch:
    """What a batch produced: the documents studied (in input order, facts merged) and those skipped."""

    studied: list[Studied] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    selection: object = None
    """What a deck's budget kept of `studied` (a ranking.Selection), once one was applied."""


@dataclass
class Sources:
    """The documents that sources name, and the files of their folders left out as studycards' own outputs."""

    paths: list[str]
    ours: list[str] = field(default_factory=list)
    """Files in a folder that studycards wrote (a preview, a quiz, notes): not material to study."""

    def skipped_note(self) -> str:
        """'; skipped 2 files studycards wrote (a.preview.html, quiz.md)' for a summary, or ''."""
        if not self.ours:
            return ""
        names = ", ".join(Path(path).name for path in self.ours[:3]) + (", …" if len(self.ours) > 3 else "")
        files = "file" if len(self.ours) == 1 else "files"
        return f"; skipped {len(self.ours)} {files} studycards wrote ({names})"


def expand(sources: list[str] | tuple[str, ...]) -> list[str]:
    """Sources as given, each folder replaced by the supported files below it (natural order, no duplicates)."""
    return gather(sources).paths


def gather(sources: list[str] | tuple[str, ...]) -> Sources:
    """Sources as given, each folder replaced by the supported files below it (natural order, no duplicates),
    leaving out the files in it that studycards wrote. A file named on its own is read whatever it holds."""
    paths: list[str] = []
    ours: list[str] = []
    for source in sources:
        folder = Path(source)
        if source != "-" and folder.is_dir():
            found = _files_in(folder)
            mine = {path for path in found if written_by_studycards(path)}
            if not found or len(mine) == len(found):
                only = f" besides {len(mine)} that studycards wrote" if mine else ""
                raise ReadError(f"{source}: no {_supported()} files in this folder{only}; name the documents to study")
            paths += [path for path in found if path not in mine]
            ours += [path for path in found if path in mine]
        else:
            paths.append(source)
    unique, seen = [], set()
    for path in paths:
        key = path if path == "-" else os.path.realpath(path)
        if key not in seen:
            seen.add(key)
            unique.append(path)
    return Sources(unique, ours)


def _files_in(folder: Path) -> list[str]:
    """Supported files anywhere below `folder`, skipping hidden ones and Office lock files (~$x.docx)."""
    found = []
    for path in folder.rglob("*"):
        parts = path.relative_to(folder).parts
        if any(part.startswith(".") for part in parts) or path.name.startswith("~$"):
            continue
        if path.suffix.lower() in SUFFIXES and path.is_file():
            found.append(path)
    found.sort(key=lambda p: _natural(p.relative_to(folder).as_posix()))
    return [str(path) for path in found]


def _natural(text: str) -> list:
    """'第2讲' before '第10讲'."""
    return [(0, int(part), "") if part.isdigit() else (1, 0, part) for part in re.split(r"(\d+)", text)]


def _supported() -> str:
    return ", ".join(sorted({suffix for suffix in SUFFIXES if suffix not in (".text", ".markdown", ".htm", ".xhtml")}))


def available_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def study_batch(
    paths: list[str],
    settings: Settings = Settings(),
    jobs: int | None = None,
    keep_going: bool = False,
    progress: bool = False,
) -> Batch:
    """Study every path; merge identical facts across documents (the first keeps them).

    `jobs` worker processes (default: one per core) when there are several documents; `progress` draws a
    bar on standard error. Without `keep_going` the first failure raises, naming its document.
    """
    workers = min(jobs or available_cores(), len(paths))
    results: list[Studied | None] = [None] * len(paths)
    failures: dict[int, Failure] = {}

    def done(index: int, outcome: Studied | Failure) -> None:
        if isinstance(outcome, Failure):
            if not keep_going:
                more = " (nothing written; --keep-going skips documents that fail)" if len(paths) > 1 else ""
                raise StudycardsError(outcome.message + more)
            failures[index] = outcome
        else:
            results[index] = outcome

    with _progress_bar(len(paths), progress) as bar:
        if workers <= 1:
            for index, path in enumerate(paths):
                done(index, study_one(path, settings))
                bar.update(1, Path(path).name)
        else:
            _study_in_workers(paths, settings, workers, done, bar)
    studied = merge_across([item for item in results if item is not None])
    return Batch(studied, [failures[index] for index in sorted(failures)])


def study_sources(paths: list[str], settings: Settings, jobs: int | None = None, keep_going: bool = False) -> Batch:
    """What a command studies: `study_batch` with a bar on a terminal, each failure skipped named on stderr
    (with `keep_going`), and an error when nothing could be studied."""
    batch = study_batch(paths, settings, jobs, keep_going, progress=sys.stderr.isatty())
    if not batch.studied and len(batch.failures) == 1:
        raise StudycardsError(batch.failures[0].message)
    for failure in batch.failures:
        print(f"skipped {failure.message}", file=sys.stderr)
    if not batch.studied:
        raise NothingToStudy(f"none of the {len(paths)} documents could be studied; see the messages above")
    return batch


def study_one(path: str, settings: Settings) -> Studied | Failure:
    """One document, its failure turned into a Failure (never an exception, so a batch can go on)."""
    try:
        return study(path, settings.kinds, settings.encoding, settings.user_dict, settings.max_bytes)
    except StudycardsError as error:
        return Failure(path, str(error))
    except RecursionError:
        return Failure(path, f"{path}: nested too deeply to study; split the document and report it as a bug")
    except Exception as error:  # a bug: report it by document, as one line, and let the batch go on
        return bug(path, error)


def bug(path: str, error: Exception) -> Failure:
    """A bug met on one document, as the one line that names it."""
    detail = " ".join(str(error).split())
    return Failure(
        path,
        f"{path}: studycards failed on this document ({error.__class__.__name__}: {detail}); please report it as a bug",
    )


def stop_or_skip(batch: Batch, failures: list[Failure], keep_going: bool) -> None:
    """Documents that failed after studying: the first stops the command, or (`keep_going`) all are skipped."""
    if not keep_going:
        more = (
            " (nothing written; --keep-going skips documents that fail)" if len(failures) < len(batch.studied) else ""
        )
        raise StudycardsError(failures[0].message + more)
    failed = {failure.path for failure in failures}
    for failure in failures:
        print(f"skipped {failure.message}", file=sys.stderr)
    batch.failures += failures
    batch.studied = [item for item in batch.studied if item.document.path not in failed]
    if not batch.studied:
        raise NothingToStudy("none of the documents could be studied; see the messages above")


def _study_in_workers(paths, settings: Settings, workers: int, done, bar) -> None:
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait  # only for several documents
    from concurrent.futures.process import BrokenProcessPool

    context = _fork_context()
    if context is not None:
        _warm_up(settings)  # forked workers inherit the loaded dictionary instead of each loading it
    pool = ProcessPoolExecutor(
        workers, mp_context=context, initializer=_start_worker, initargs=(settings, context is None)
    )
    try:
        pending = {pool.submit(study_one, paths[index], settings): index for index in _largest_first(paths)}
        if "-" in paths:  # standard input belongs to this process
            index = paths.index("-")
            done(index, study_one("-", settings))
            bar.update(1, "stdin")
        while pending:
            finished, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in finished:
                index = pending[future]
                try:
                    outcome = future.result()
                except BrokenProcessPool:
                    raise StudycardsError(_died([paths[i] for i in sorted(pending.values())])) from None
                del pending[future]
                done(index, outcome)
                bar.update(1, Path(paths[index]).name)
    except BaseException:
        _stop(pool)
        raise
    pool.shutdown()


def _largest_first(paths: list[str]) -> list[int]:
    """The indexes of the files of `paths` (not standard input), largest first: a long document started last would
    keep one worker busy while the others wait."""

    def size(path: str) -> int:
        try:
            return os.path.getsize(path)
        except OSError:
            return 0  # studying it says what is wrong

    files = [index for index, path in enumerate(paths) if path != "-"]
    return sorted(files, key=lambda index: -size(paths[index]))


def _died(unfinished: list[str]) -> str:
    """A worker killed outright (out of memory, a crash in a reader's C code): which documents were left."""
    names = ", ".join(unfinished[:3]) + (f" and {len(unfinished) - 3} more" if len(unfinished) > 3 else "")
    return (
        f"{names}: a worker process died while studying these (out of memory, or a crash in a reader); "
        "nothing written; run with --jobs 1 to find the document"
    )


def _fork_context():
    """On Linux, fork: workers start at once with the parent's dictionary. Elsewhere the platform default."""
    if sys.platform.startswith("linux"):
        import multiprocessing

        return multiprocessing.get_context("fork")
    return None


def _warm_up(settings: Settings) -> None:
    from studycards.segment import segmenter

    segmenter(settings.user_dict).warm_up(key_phrases=settings.kinds is None or "keyphrase" in settings.kinds)


def _start_worker(settings: Settings, load: bool) -> None:
    """Ctrl-C is the parent's to handle (it stops the workers): no traceback from every worker."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # the parent ends workers with SIGTERM: go at once
    if load:
        _warm_up(settings)


def _stop(pool: ProcessPoolExecutor) -> None:
    """Cancel what has not started and end the workers now (a failure or Ctrl-C must not wait for them)."""
    pool.shutdown(wait=False, cancel_futures=True)
    terminate = getattr(pool, "terminate_workers", None)  # Python 3.14+
    if terminate is not None:
        terminate()
        return
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        process.terminate()


class _NoBar:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def update(self, steps: int, item=None) -> None:
        pass


def _progress_bar(length: int, shown: bool):
    if not shown:
        return _NoBar()
    import click

    return click.progressbar(
        length=length, label="studying", file=sys.stderr, show_pos=True, item_show_func=lambda item: item
    )
