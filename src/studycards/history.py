"""What the drill remembers: per fact, how often it was asked and answered right or wrong, and when.

One SQLite file (default: drill.sqlite3 in the user's data directory, platformdirs' user_data_dir), one
table:

    results(fact TEXT PRIMARY KEY,  -- the fact's identity (studycards.facts.Fact.identity)
            topic TEXT, source TEXT,  -- what it tests and where it comes from, for --stats
            asked INTEGER, "right" INTEGER, wrong INTEGER,
            last_asked TEXT,          -- ISO 8601, UTC
            last_right INTEGER)       -- 1 if the last answer was right, else 0

Each answer is committed as it is given, so a drill stopped half-way keeps what was answered.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from studycards.errors import StudycardsError

FILE_NAME = "drill.sqlite3"
SCHEMA = """
CREATE TABLE IF NOT EXISTS results (
    fact TEXT PRIMARY KEY,
    topic TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    asked INTEGER NOT NULL DEFAULT 0,
    "right" INTEGER NOT NULL DEFAULT 0,
    wrong INTEGER NOT NULL DEFAULT 0,
    last_asked TEXT,
    last_right INTEGER
)
"""


class HistoryError(StudycardsError):
    """The history file cannot be opened or written."""


@dataclass(frozen=True)
class Record:
    """One fact's results."""

    fact: str
    topic: str
    source: str
    asked: int
    right: int
    wrong: int
    last_asked: str | None
    last_right: bool | None


def default_path() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("studycards", appauthor=False)) / FILE_NAME


def _record(row: tuple) -> Record:
    fact, topic, source, asked, right, wrong, last_asked, last_right = row
    last = None if last_right is None else bool(last_right)
    return Record(fact, topic, source, asked, right, wrong, last_asked, last)


def check_path(path: str | Path) -> None:
    """Fail if `path` cannot be a history file: a folder, or in a folder that does not exist (only the
    default folder is made: a typo in --history must not make folders)."""
    file = Path(path)
    if file.is_dir():
        raise HistoryError(f"{path}: is a folder; give a file name such as {file / FILE_NAME}")
    if not file.parent.is_dir():
        raise HistoryError(f"{path}: the folder {file.parent} does not exist; create it or choose another --history")


class History:
    """The results kept in one SQLite file."""

    def __init__(self, path: str | Path | None = None):
        self.path = Path(path) if path else default_path()
        if path:
            check_path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)  # the default folder, on first use
            self.db = sqlite3.connect(self.path)
            self.db.execute(SCHEMA)
            self.db.commit()
        except (sqlite3.Error, OSError) as error:
            raise HistoryError(
                f"{self.path}: cannot use it as the drill history ({error}); pass another --history"
            ) from None

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> History:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def record(self, fact: str, right: bool, topic: str = "", source: str = "", when: datetime | None = None) -> None:
        """Count one answer to `fact`, at once (committed)."""
        stamp = (when or datetime.now(timezone.utc)).isoformat(timespec="seconds")
        try:
            self.db.execute(
                """INSERT INTO results (fact, topic, source, asked, "right", wrong, last_asked, last_right)
                   VALUES (?, ?, ?, 1, ?, ?, ?, ?)
                   ON CONFLICT(fact) DO UPDATE SET
                     topic = excluded.topic, source = excluded.source, asked = asked + 1,
                     "right" = "right" + excluded."right", wrong = wrong + excluded.wrong,
                     last_asked = excluded.last_asked, last_right = excluded.last_right""",
                (fact, topic, source, int(right), int(not right), stamp, int(right)),
            )
            self.db.commit()
        except sqlite3.Error as error:
            raise HistoryError(f"{self.path}: cannot write the drill history ({error})") from None

    def records(self) -> dict[str, Record]:
        try:
            rows = self.db.execute(
                'SELECT fact, topic, source, asked, "right", wrong, last_asked, last_right FROM results'
            ).fetchall()
        except sqlite3.Error as error:
            raise HistoryError(f"{self.path}: cannot read the drill history ({error})") from None
        return {row[0]: _record(row) for row in rows}

    def priority(self):
        """A sort key for fact identities: last answered wrong first, then never asked, then the rest
        (least often right, longest ago first)."""
        records = self.records()

        def key(fact: str):
            record = records.get(fact)
            if record is None:
                return (1, 0.0, "")
            if record.last_right is False:
                return (0, -record.wrong, record.last_asked or "")
            return (2, record.right / max(record.asked, 1), record.last_asked or "")

        return key

    def weakest(self, limit: int = 10) -> list[Record]:
        """The facts most often missed: wrong answers ahead of right ones, last missed first."""
        ranked = sorted(
            (r for r in self.records().values() if r.wrong),
            key=lambda r: (-(r.wrong - r.right), -r.wrong, r.right / max(r.asked, 1), -(r.last_right is False)),
        )
        return ranked[:limit]
