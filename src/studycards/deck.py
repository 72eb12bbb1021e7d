"""From sources to the notes of one deck: the documents studied (in worker processes when there are
several), then their notes made. What `build`, `preview` and `score` share, free of the command line."""

from __future__ import annotations

import sys

from studycards.batch import Batch, Settings, study_batch
from studycards.cards import make_notes
from studycards.errors import NothingToStudy, StudycardsError


def make_deck_notes(
    paths, kinds, hint, user_dict, encoding, max_size, jobs=None, keep_going=False, budget="auto"
) -> tuple[Batch, list]:
    """Study every path (in worker processes when there are several), keep the most important facts within
    `budget` cards ("auto": 12 per 1000 characters of a long document; None: all), and make the notes, most
    important first.

    A failing document stops everything unless `keep_going`; then it is named on stderr and skipped.
    """
    if user_dict:  # once, not once per document
        from studycards.segment import check_user_dict

        check_user_dict(user_dict)
    settings = Settings(kinds, encoding, user_dict, max_size)
    batch = study_batch(paths, settings, jobs, keep_going, progress=sys.stderr.isatty())
    if not batch.studied and len(batch.failures) == 1:
        raise StudycardsError(batch.failures[0].message)
    for failure in batch.failures:
        print(f"skipped {failure.message}", file=sys.stderr)
    if not batch.studied:
        raise NothingToStudy(f"none of the {len(paths)} documents could be studied; see the messages above")
    from studycards.ranking import select

    batch.selection = select(batch.studied, budget)
    return batch, make_notes(batch.selection.studied, hint)
