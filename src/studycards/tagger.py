"""Parts of speech as jieba.posseg tags them, over our own tokenizer, without importing jieba.posseg.

Importing jieba.posseg reads the whole of jieba's dictionary file for the tags of jieba's global tagger: half a
second of every cold build. `Tagger` is jieba.posseg.POSTokenizer's cut, line for line, with the words' tags
from our cache (segment.py) and jieba.posseg's HMM tables loaded from their files on first need. It returns what
`jieba.posseg.POSTokenizer(tokenizer).lcut(text, HMM=hmm)` returns, as (word, tag) pairs (tests/test_tagger.py).
"""

from __future__ import annotations

import importlib
import importlib.util
import re
import sys
from bisect import bisect_left
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Protocol

# jieba.posseg's own patterns
HAN_DETAIL = re.compile("([\u4e00-\u9fd5]+)")
SKIP_DETAIL = re.compile(r"([\.0-9]+|[a-zA-Z0-9]+)")
HAN_INTERNAL = re.compile(r"([\u4e00-\u9fd5a-zA-Z0-9+#&\._]+)")
SKIP_INTERNAL = re.compile(r"(\r\n|\s)")
ENGLISH = re.compile("[a-zA-Z0-9]+")
NUMBER = re.compile(r"[\.0-9]+")
ONE_LATIN = re.compile("^[a-zA-Z0-9]$")
HAN = re.compile(r"[\u4e00-\u9fff]")
MIN_FLOAT = -3.14e100
MIN_INF = float("-inf")
MAX_REMEMBERED = 4096
MODEL = ("char_state_tab", "prob_start", "prob_trans", "prob_emit")
"""jieba.posseg's HMM: the states each character can take, and the start, transition and emission log-odds."""

Pair = tuple[str, str]


class Tags(Protocol):
    def get(self, word: str, default: str, /) -> str: ...


class SortedTags:
    """The tags of jieba's dictionary words: the words sorted, one string, and a tag number each. Looked up by
    bisection: no dict of 350 000 entries to build at start (that alone took a tenth of a second)."""

    def __init__(self, words: str, names: list[str], tags: bytes):
        self.words = words.split("\n")
        self.names = names
        self.tags = tags

    def get(self, word: str, default: str) -> str:
        index = bisect_left(self.words, word)
        if index < len(self.words) and self.words[index] == word:
            return self.names[self.tags[index]]
        return default

    @staticmethod
    def pack(tags: dict[str, str]) -> tuple[str, list[str], bytes]:
        """What a SortedTags is made of, from a {word: tag} dict (fewer than 256 distinct tags)."""
        names = sorted(set(tags.values()))
        number = {name: index for index, name in enumerate(names)}
        words = sorted(tags)
        return "\n".join(words), names, bytes(number[tags[word]] for word in words)


def read_word_tags(dictionary: Path) -> dict[str, str] | None:
    """{word: tag} of a jieba dictionary file, read as jieba.posseg reads it (None where a line is not
    `word count tag`: jieba.posseg's own reading then raises its error)."""
    tags = {}
    with open(dictionary, "rb") as file:
        for raw in file:
            line = raw.strip().decode("utf-8")
            if not line:
                continue
            parts = line.split(" ")
            if len(parts) != 3:
                return None
            tags[parts[0]] = parts[2]
    return tags


class Tagger:
    """jieba.posseg.POSTokenizer's cut over `tokenizer`, with `tags` for the words of jieba's dictionary."""

    def __init__(self, tokenizer: Any, tags: Tags):
        self.tokenizer = tokenizer
        self.tags = tags
        self.user_tags: dict[str, str] = {}
        self._guessed: dict[str, list[Pair]] = {}

    def lcut(self, sentence: str, hmm: bool = True) -> list[Pair]:
        self._take_user_tags()
        return list(self._cut(sentence, hmm))

    def dictionary_tag(self, word: str) -> str:
        """`word`'s tag in the dictionary or the user's, without tagging a sentence ('' for a word of neither)."""
        self._take_user_tags()
        return self.tag(word, "")

    def tag(self, word: str, unknown: str = "x") -> str:
        return self.user_tags.get(word) or self.tags.get(word, unknown)

    def _take_user_tags(self) -> None:
        if self.tokenizer.user_word_tag_tab:  # as jieba's makesure_userdict_loaded: the lexicon's and --dict's
            self.user_tags.update(self.tokenizer.user_word_tag_tab)
            self.tokenizer.user_word_tag_tab = {}

    def _cut(self, sentence: str, hmm: bool) -> Iterator[Pair]:
        cut_block = self._cut_dag if hmm else self._cut_dag_no_hmm
        for block in HAN_INTERNAL.split(sentence):
            if HAN_INTERNAL.match(block):
                yield from cut_block(block)
                continue
            for piece in SKIP_INTERNAL.split(block):
                if SKIP_INTERNAL.match(piece):
                    yield piece, "x"
                    continue
                for character in piece:
                    if NUMBER.match(character):
                        yield character, "m"
                    elif ENGLISH.match(piece):  # sic: jieba tests the piece, not the character
                        yield character, "eng"
                    else:
                        yield character, "x"

    def _route(self, sentence: str) -> dict[int, tuple[float, int]]:
        route: dict[int, tuple[float, int]] = {}
        self.tokenizer.calc(sentence, self.tokenizer.get_DAG(sentence), route)
        return route

    def _cut_dag_no_hmm(self, sentence: str) -> Iterator[Pair]:
        route = self._route(sentence)
        start, latin = 0, ""
        while start < len(sentence):
            end = route[start][1] + 1
            word = sentence[start:end]
            if ONE_LATIN.match(word):
                latin += word
            else:
                if latin:
                    yield latin, "eng"
                    latin = ""
                yield word, self.tag(word)
            start = end
        if latin:
            yield latin, "eng"

    def _cut_dag(self, sentence: str) -> Iterator[Pair]:
        route = self._route(sentence)
        start, single = 0, ""
        while start < len(sentence):
            end = route[start][1] + 1
            word = sentence[start:end]
            if end - start == 1:
                single += word
            else:
                if single:
                    yield from self._singles(single)
                    single = ""
                yield word, self.tag(word)
            start = end
        if single:
            yield from self._singles(single)

    def _singles(self, run: str) -> Iterator[Pair]:
        """A run of characters the dictionary cut one by one: a word it does not know is guessed by the HMM."""
        if len(run) == 1:
            yield run, self.tag(run)
        elif not self.tokenizer.FREQ.get(run):
            yield from self._guess(run)
        else:
            for character in run:
                yield character, self.tag(character)

    def _guess(self, run: str) -> list[Pair]:
        """The HMM's words of `run`, remembered for the last runs asked (a name recurs; the HMM is slow)."""
        words = self._guessed.get(run)
        if words is None:
            if len(self._guessed) >= MAX_REMEMBERED:
                self._guessed.clear()
            words = self._guessed[run] = list(self._cut_detail(run))
        return words

    def _cut_detail(self, sentence: str) -> Iterator[Pair]:
        for block in HAN_DETAIL.split(sentence):
            if HAN_DETAIL.match(block):
                yield from _cut_hmm(block)
                continue
            for piece in SKIP_DETAIL.split(block):
                if not piece:
                    continue
                if NUMBER.match(piece):
                    yield piece, "m"
                elif ENGLISH.match(piece):
                    yield piece, "eng"
                else:
                    yield piece, "x"


def _cut_hmm(sentence: str) -> Iterator[Pair]:
    states, start_p, trans_p, emit_p = model()
    route = viterbi(sentence, states, start_p, trans_p, emit_p)
    begin, following = 0, 0
    for index, character in enumerate(sentence):
        position, tag = route[index]
        if position == "B":
            begin = index
        elif position == "E":
            yield sentence[begin : index + 1], tag
            following = index + 1
        elif position == "S":
            yield character, tag
            following = index + 1
    if following < len(sentence):
        yield sentence[following:], route[following][1]


def viterbi(observed: str, states, start_p, trans_p, emit_p) -> list:
    """jieba.posseg.viterbi's best path of (position, tag) states, line for line (its ties fall the same way)."""
    scores: list[dict] = [{}]
    paths: list[dict] = [{}]
    all_states = trans_p.keys()
    for state in states.get(observed[0], all_states):
        scores[0][state] = start_p[state] + emit_p[state].get(observed[0], MIN_FLOAT)
        paths[0][state] = ""
    for t in range(1, len(observed)):
        scores.append({})
        paths.append({})
        previous = [x for x in paths[t - 1].keys() if len(trans_p[x]) > 0]
        expected = set(y for x in previous for y in trans_p[x].keys())
        possible = set(states.get(observed[t], all_states)) & expected
        if not possible:
            possible = expected if expected else all_states
        last = scores[t - 1]
        for state in possible:
            emitted = emit_p[state].get(observed[t], MIN_FLOAT)
            # only a state that can lead here can win: the others score -inf (jieba's max over all of them)
            leading = [y0 for y0 in previous if state in trans_p[y0]] or previous
            probability, best = max((last[y0] + trans_p[y0].get(state, MIN_INF) + emitted, y0) for y0 in leading)
            scores[t][state] = probability
            paths[t][state] = best
    _, state = max((scores[-1][y], y) for y in paths[-1].keys())
    route: list = [None] * len(observed)
    for index in range(len(observed) - 1, -1, -1):
        route[index] = state
        state = paths[index][state]
    return route


def guessable(text: str) -> bool:
    """Whether the tagger's HMM knows every Chinese character of `text`: for one it does not (traditional script:
    鋼鐵聯合企業) it tries every state, and a 1954 report in traditional characters took 10 s to tag."""
    known = model()[0]
    return all(character in known for character in HAN.findall(text))


_MODEL: tuple[dict, dict, dict, dict] | None = None


def model() -> tuple[dict, dict, dict, dict]:
    """jieba.posseg's HMM tables: jieba.posseg's own if it is imported, else read from its files (as jieba.posseg
    imports them) without running jieba.posseg, which would read jieba's dictionary for its global tagger."""
    global _MODEL
    if _MODEL is None:
        _MODEL = tuple(_table(name) for name in MODEL)  # type: ignore[assignment]
    assert _MODEL is not None
    return _MODEL


def _table(name: str) -> dict:
    imported = sys.modules.get(f"jieba.posseg.{name}")
    if imported is not None:
        return imported.P
    import jieba

    path = Path(jieba.__file__).with_name("posseg") / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"studycards._jieba_posseg_{name}", path)
    if spec is None or spec.loader is None:
        return importlib.import_module(f"jieba.posseg.{name}").P
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.P
