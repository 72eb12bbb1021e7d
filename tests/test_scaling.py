"""Hot spots made linear (or n log n) for big inputs must decide exactly as the plain versions did."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from studycards.reading import wrapping
from studycards.reading.wrapping import _tolerance, find_column


def find_column_by_counting(texts, measure=wrapping.width, tolerance=None, min_lines=2, min_share=0.0,
                            shortest=8, max_wider=1.0):
    """find_column as first written: every long line counted against every other (quadratic)."""
    long = sorted((w for w in map(measure, texts) if w >= shortest), reverse=True)
    best, best_count = None, 0
    for candidate in long:
        count = sum(1 for w in long if abs(w - candidate) <= _tolerance(candidate, tolerance))
        if count > best_count:
            best, best_count = candidate, count
    if best is None:
        return None
    slack = _tolerance(best, tolerance)
    wider = sum(1 for w in long if w > best + slack)
    if best_count < min_lines or best_count < min_share * len(long) or wider > max_wider * len(long):
        return None
    return wrapping.Column(best, slack, best_count, measure)


lines = st.lists(st.text(alphabet="政治建设一二三，。“”abc 12", max_size=60), max_size=60)


@settings(max_examples=300, deadline=None)
@given(texts=lines, tolerance=st.one_of(st.none(), st.sampled_from([0.0, 0.5, 1.0, 2.5])),
       shortest=st.sampled_from([0, 8, 20]), use_len=st.booleans())
def test_find_column_decides_as_counting_did(texts, tolerance, shortest, use_len):
    measure = len if use_len else wrapping.width
    options = dict(measure=measure, tolerance=tolerance, shortest=shortest)
    assert find_column(texts, **options) == find_column_by_counting(texts, **options)


@settings(max_examples=200, deadline=None)
@given(widths=st.lists(st.floats(min_value=0, max_value=200, allow_nan=False), max_size=80),
       tolerance=st.one_of(st.none(), st.floats(min_value=0, max_value=20)))
def test_find_column_on_any_widths(widths, tolerance):
    """Any measure at all, fractional widths and tolerances included."""
    texts = [str(index) for index in range(len(widths))]
    measure = dict(zip(texts, widths)).__getitem__
    assert find_column(texts, measure, tolerance) == find_column_by_counting(texts, measure, tolerance)
