"""Jobs: the files of one upload, studied in a background thread while the page polls the progress.

Each job belongs to the browser session that made it and holds its own results: two tabs, or two people,
never share anything. The uploaded files live in a temporary folder only until they are read.
"""

from __future__ import annotations

import logging
import random
import re
import secrets
import shutil
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from studycards.batch import Settings
from studycards.cards.note import Note
from studycards.errors import StudycardsError
from studycards.pipeline import Studied, merge_across, study
from studycards.serve import messages

PASTED_NAME = "粘贴的文本.txt"
"""The file name pasted text is studied under (its title is its first line, as for any .txt)."""
KEPT_JOBS = 64
"""Finished jobs kept in memory; older ones are forgotten (their page asks for a new upload)."""


@dataclass
class Upload:
    """One file as the browser sent it."""

    name: str
    """The file's name on the user's computer (never trusted as a path)."""
    save: Callable[[str], None]
    """Writes the file's bytes to a path (werkzeug's FileStorage.save, or a function in tests)."""


@dataclass
class Job:
    """One upload and what came of it."""

    id: str
    owner: str
    """The session that made it: nobody else sees it."""
    names: list[str]
    """The files' names, in upload order."""
    state: str = "queued"
    """'queued', 'running', 'done' or 'failed'."""
    done: int = 0
    """Files studied so far."""
    current: str = ""
    """The file being studied."""
    error: str = ""
    """Why nothing could be made ('failed')."""
    skipped: list[str] = field(default_factory=list)
    """One message per file that could not be studied while others could."""
    studied: list[Studied] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    seed: int = field(default_factory=lambda: random.SystemRandom().randrange(1, 100_000))
    """The quiz's seed: the quiz taken in the page and the one downloaded are the same."""
    finished: float = 0.0

    @property
    def total(self) -> int:
        return len(self.names)

    @property
    def over(self) -> bool:
        return self.state in ("done", "failed")

    def progress(self) -> dict:
        return {"state": self.state, "done": self.done, "total": self.total, "current": self.current}


class Jobs:
    """The jobs of one server: made, run in background threads (a few at a time), looked up by owner."""

    def __init__(self, folder: Path, settings: Settings, make_notes, at_once: int = 2):
        self.folder = folder
        """Where uploads wait to be read (one sub-folder per job, removed once read)."""
        self.settings = settings
        self.make_notes = make_notes
        """Studied documents -> notes (downloads.deck_notes)."""
        self._jobs: dict[str, Job] = {}
        self._lock = threading.Lock()
        self._slots = threading.BoundedSemaphore(at_once)

    def start(self, owner: str, uploads: list[Upload]) -> Job:
        """Save the uploads to a new temporary folder and study them in the background."""
        job = Job(secrets.token_urlsafe(16), owner, [upload.name for upload in uploads])
        folder = Path(tempfile.mkdtemp(prefix="job-", dir=self.folder))
        try:
            paths = []
            for index, upload in enumerate(uploads):
                path = folder / str(index) / safe_name(upload.name)
                path.parent.mkdir()
                upload.save(str(path))
                paths.append(path)
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise
        with self._lock:
            self._forget_old()
            self._jobs[job.id] = job
        threading.Thread(target=self._run, args=(job, folder, paths), daemon=True, name=f"job-{job.id}").start()
        return job

    def get(self, job_id: str, owner: str) -> Job | None:
        with self._lock:
            job = self._jobs.get(job_id)
        return job if job is not None and secrets.compare_digest(job.owner, owner) else None

    def _run(self, job: Job, folder: Path, paths: list[Path]) -> None:
        try:
            with self._slots:
                job.state = "running"
                results = []
                for name, path in zip(job.names, paths):
                    job.current = name
                    outcome = self._study(path, name)
                    if isinstance(outcome, str):
                        job.skipped.append(outcome)
                    else:
                        outcome.document.path = name
                        results.append(outcome)
                    job.done += 1
                shutil.rmtree(folder, ignore_errors=True)
                job.studied = merge_across(results)
                job.notes = self.make_notes(job.studied)
                if not job.notes:
                    job.error = _nothing(job)
        except Exception:  # a bug: one line on the page, the traceback on the terminal, the server goes on
            logging.getLogger(__name__).exception("studycards serve: a bug while studying %s", ", ".join(job.names))
            job.error = "studycards 处理这些材料时出了错，请重试；如果再次出现，请报告这个问题。"
        finally:
            shutil.rmtree(folder, ignore_errors=True)
            job.finished = time.time()
            job.state = "failed" if job.error else "done"

    def _study(self, path: Path, name: str) -> Studied | str:
        """One file studied, or why not, in Chinese for the page (the file named as the user knows it)."""
        settings = self.settings
        try:
            return study(str(path), settings.kinds, settings.encoding, settings.user_dict, settings.max_bytes)
        except StudycardsError as error:
            return messages.read_error(name, error)
        except Exception:  # a bug (RecursionError too): one line on the page, the traceback on the terminal
            logging.getLogger(__name__).exception("studycards serve: a bug while studying %s", name)
            return messages.bug(name)

    def _forget_old(self) -> None:
        finished = sorted((job for job in self._jobs.values() if job.over), key=lambda job: job.finished)
        for job in finished[: max(0, len(finished) - KEPT_JOBS + 1)]:
            del self._jobs[job.id]


def _nothing(job: Job) -> str:
    if job.skipped and not job.studied:
        return job.skipped.pop(0) if len(job.skipped) == 1 else "这些文件都没能读取，原因如下。"
    return "在这些材料里没有找到可以做成卡片的内容：没有编号的提纲、带引号的提法、并列的表述或警句。"


def safe_name(name: str) -> str:
    """The last part of a browser-given file name, without characters a file system refuses; kept
    otherwise (Chinese names stay), because the document's name is its title when the text has none."""
    name = re.sub(r'[\x00-\x1f\x7f<>:"|?*]', "_", name.replace("\\", "/").rsplit("/", 1)[-1]).strip(" .")
    if len(name.encode("utf-8")) > 200:
        stem, dot, suffix = name.rpartition(".")
        name = stem[:60] + dot + suffix[:10] if dot else name[:60]
    return name or "document.txt"
