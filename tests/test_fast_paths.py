"""Fast paths give what the plain way gave: each is checked against the slower code it replaced."""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from studycards.closedsets import stock, stock_lists
from studycards.extract import norms
from studycards.extract.passages import passages
from studycards.extract.trivial import NO_DIGIT, of_a_stock_list
from studycards.facts import normalise
from studycards.outline import Line, sentences
from studycards.parsing import parse
from studycards.reading import read_source
from studycards.reading.cleanup import INNER_WIDE_SPACE, INVISIBLE, strip_spaces

DECKS = Path(__file__).resolve().parent.parent / "decks"
OLD_SENTENCE_END = re.compile(r"(?<=[。！？!?])(?![”’」』）)])|(?<=[。！？!?][”’」』）)])")
EDGE_SPACE = re.compile(r"^[\s\u3000\u2003\u00a0]+|[\s\u3000\u2003\u00a0]+$")


@given(st.text(alphabet="。！？!?”’」』）) 中a", max_size=12))
def test_sentences_split_where_the_look_behinds_split(text):
    assert sentences(text) == [s for s in OLD_SENTENCE_END.split(text) if s.strip()]


@given(st.text(alphabet=" \t\n\r\x0b\x0c\x1c\x85\u2028\u3000\u2003\u00a0\u200b中文a", max_size=10))
def test_spaces_stripped_as_the_edge_pattern_stripped(text):
    old = INNER_WIDE_SPACE.sub("", EDGE_SPACE.sub("", INVISIBLE.sub("", text)))
    assert strip_spaces([Line(1, text)])[0].text == old


def test_no_digit_text_normalises_to_no_digit():
    """trivial.NO_DIGIT lets derivable skip the normalisation: no character it takes becomes a digit under NFKC."""
    digit = re.compile(r"\d")
    for code in range(sys.maxunicode + 1):
        character = chr(code)
        if NO_DIGIT.fullmatch(character):
            assert not digit.search(unicodedata.normalize("NFKC", character)), hex(code)


def _items_of_stock_lists():
    members = sorted({m for s in stock_lists() for m in s})
    return st.lists(st.sampled_from(members) | st.text(alphabet="国家省市党政", max_size=4), min_size=1, max_size=4)


@given(_items_of_stock_lists())
def test_stock_lists_found_by_a_member_as_by_all(items):
    keys = {normalise(item) for item in items}
    assert stock(items) == (len(keys) >= 2 and any(keys <= members for members in stock_lists()))
    keys_ = [normalise(item) for item in items if item]
    plain = stock(items) or (
        len(keys_) >= 2
        and any(
            set(keys_[1:]) <= members and any(keys_[0].endswith(m) and len(m) * 2 >= len(keys_[0]) for m in members)
            for members in stock_lists()
        )
    )
    assert of_a_stock_list(items) == plain


def test_norm_patterns_skipped_only_where_they_find_nothing():
    """Every pattern `_candidates` skips for want of its words finds nothing there, over the samples' sentences."""
    checked = 0
    for path in sorted(DECKS.glob("*.txt")):
        for passage in passages(parse(read_source(str(path)))):
            for sentence in passage.sentences:
                for pattern, needs in norms.NEEDS.items():
                    if not needs.search(sentence):
                        assert pattern.search(sentence) is None, (pattern.pattern, sentence)
                        checked += 1
    assert checked > 1000


@given(st.text(alphabet=" \u3000\tab1中文\u4e00\u9fff\ua000，。ａ（）·—…", max_size=30))
def test_width_counts_ideographs_as_the_lookup_did(text):
    from studycards.reading.wrapping import _cells, width

    old = sum(map(_cells, text.strip()))
    assert width(text) == old and type(width(text)) is type(old)
