"""From sources to the notes of one deck: the documents studied (in worker processes when there are
several), then their notes made. What `build`, `preview` and `score` share, free of the command line."""

from __future__ import annotations

from studycards.batch import Batch, Settings, bug, stop_or_skip, study_sources
from studycards.cards import make_notes
from studycards.errors import StudycardsError


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
    batch = study_sources(paths, Settings(kinds, encoding, user_dict, max_size), jobs, keep_going)
    try:
        return batch, _select_and_make(batch, budget, hint)
    except StudycardsError:
        raise
    except Exception:  # a bug in ranking or cards: name the documents it comes from, as for studying
        failures = [bug(item.document.path, error) for item in batch.studied if (error := _fails(item, budget, hint))]
        if not failures:
            raise
        stop_or_skip(batch, failures, keep_going)
        return batch, _select_and_make(batch, budget, hint)


def _select_and_make(batch: Batch, budget, hint) -> list:
    from studycards.ranking import select

    batch.selection = select(batch.studied, budget)
    return make_notes(batch.selection.studied, hint)


def _fails(item, budget, hint) -> Exception | None:
    """What selecting and making the notes of this document alone raises, if anything."""
    try:
        _select_and_make(Batch([item]), budget, hint)
    except Exception as error:
        return error
    return None
