"""The one module that imports jieba (with tagger.py, its tagger, and wordgraph.py, its faster route): an owned
Tokenizer with the domain lexicon, loaded once, quietly.

jieba's module-level functions share one global tokenizer; we never touch it, so a host program's own
jieba set-up is left as it was.
"""

from __future__ import annotations

import array
import hashlib
import logging
import marshal
import os
import sys
from collections.abc import Callable
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from studycards.errors import ReadError

if TYPE_CHECKING:
    from studycards.tagger import Tags

LEXICON = "lexicon.txt"
GENRE_IDF = "genre_idf.txt"
CACHE_DIR_VARIABLE = "STUDYCARDS_CACHE_DIR"
"""Where the dictionary cache lives, if set; else the user cache folder (platformdirs)."""
CACHE_FORMAT = 1
MAX_REMEMBERED = 4096


class Segmenter:
    """Word boundaries and key phrases from one owned jieba Tokenizer."""

    def __init__(self, user_dict: str | None = None):
        import jieba

        from studycards.wordgraph import Tokenizer

        jieba.setLogLevel(logging.WARNING)
        self.tokenizer = Tokenizer()
        self.cut_apart = jieba.re_han_default
        """The runs of text jieba cuts each on its own (what lies between them is cut apart too)."""
        load_dictionary(self.tokenizer)
        for word, freq, tag in lexicon_entries():
            self.tokenizer.add_word(word, freq, tag)
        if user_dict:
            self.tokenizer.load_userdict(user_dict)
        self._tfidf: Any = None
        self._pos: Any = None
        self._starts: dict[str, frozenset[int]] = {}
        self._tags: dict[str, list[tuple[str, str]]] = {}
        self._words: dict[str, list[str]] = {}

    def warm_up(self, key_phrases: bool = False) -> None:
        """Load what is otherwise loaded on first use (before forking workers that then share it)."""
        self.words("开展")
        self.tagged("开展")
        if key_phrases:
            self.key_phrases("开展")

    def words(self, text: str) -> list[str]:
        """The words of `text` as jieba cuts it; remembered for the last pieces asked (a sentence a long document
        says again, or one several extractors cut)."""
        words: list[str] = _remembered(self._words, text, lambda: self.tokenizer.lcut(text))
        return list(words)

    def word_starts(self, text: str) -> frozenset[int]:
        """Offsets in `text` where a word begins (plus len(text)); remembered for the last pieces asked
        (an enumeration's piece is asked about several times)."""
        return self._starts_of(text, text, self.words)

    def dictionary_starts(self, text: str) -> frozenset[int]:
        """Offsets where a word begins when only the dictionary's words are words (no guessed ones: the plain cut
        guesses 问责全 and 对省 from characters it cannot place)."""
        return self._starts_of("\x01" + text, text, lambda piece: self.tokenizer.lcut(piece, HMM=False))

    def dictionary_starts_around(self, text: str, at: int) -> frozenset[int]:
        """`dictionary_starts(text)` where they matter to the word at `at`: those of the stretch that holds it,
        with its ends. jieba cuts each stretch between punctuation (its own pattern) apart from the rest, so these
        are the same offsets, got without cutting the whole of `text`."""
        start = 0
        for part in self.cut_apart.split(text):
            if start <= at < start + len(part):
                return frozenset(start + offset for offset in self.dictionary_starts(part))
            start += len(part)
        return frozenset((len(text),))

    def tagged_starts(self, text: str) -> frozenset[int]:
        """Offsets in `text` where a word begins as the part-of-speech tagger cuts it (plus len(text)): it keeps
        a particle apart where the plain cut glues it to a noun (机构|对|省, not 对省)."""
        return self._starts_of("\x00" + text, text, lambda piece: [word for word, _ in self.tagged(piece)])

    def _starts_of(self, key: str, text: str, cut: Callable[[str], list[str]]) -> frozenset[int]:
        """Where the words of `cut(text)` begin, remembered under `key` (one cache for the three cuts)."""
        return _remembered(self._starts, key, lambda: _starts(cut(text)))

    def tagged(self, text: str) -> list[tuple[str, str]]:
        """The words of `text` with their part of speech as jieba tags them (n, v, a, nz, m …); remembered for
        the last pieces asked (a list's items are asked about several times)."""
        guess = len(text) <= MAX_GUESSED  # and the tagger's HMM knows its characters
        words: list[tuple[str, str]] = _remembered(
            self._tags, text, lambda: self._tagger().lcut(text, guess and _guessable(text))
        )
        return list(words)

    def dictionary_tag(self, word: str) -> str:
        """`word`'s part of speech as the dictionary (with our lexicon) gives it, without tagging a sentence ('' if
        it has none: a guessed word)."""
        return self._tagger().dictionary_tag(word)

    def _tagger(self):
        if self._pos is None:
            from studycards.tagger import Tagger

            self._pos = Tagger(self.tokenizer, word_tags())
        return self._pos

    def count(self, word: str) -> int:
        """How often jieba's dictionary has seen `word` (0: not a word of it)."""
        return self.tokenizer.FREQ.get(word, 0)

    def known(self, word: str) -> bool:
        """Whether `word` is a word of the dictionary, not one the cut guessed (占本 in 支出占本年支出)."""
        return self.count(word) > 0

    def rarity(self, word: str) -> float:
        """How rare `word` is in general text: -log of its share in jieba's dictionary (unknown: rarest)."""
        import math

        return -math.log(max(1, self.count(word)) / self.tokenizer.total)

    def key_phrases(self, text: str, top: int = 5) -> list[str]:
        """The words of `text` with the highest TF-IDF weight, best first."""
        if self._tfidf is None:
            from jieba.analyse.tfidf import TFIDF

            self._tfidf = TFIDF()
            self._tfidf.tokenizer = self.tokenizer  # our own tokenizer, not jieba's global one
        return self._tfidf.extract_tags(text, topK=top)


T = TypeVar("T")


def _remembered(memory: dict[str, T], key: str, make: Callable[[], T]) -> T:
    """`memory[key]`, made by `make()` when it is not there; the memory is emptied when it holds MAX_REMEMBERED
    (a long document's sentences are asked about while they are near)."""
    found = memory.get(key)
    if found is None:
        found = make()
        if len(memory) >= MAX_REMEMBERED:
            memory.clear()
        memory[key] = found
    return found


def _starts(words: list[str]) -> frozenset[int]:
    """Where each of `words`, one after another, begins; and where the last ends."""
    offsets, offset = [], 0
    for word in words:
        offsets.append(offset)
        offset += len(word)
    return frozenset(offsets + [offset])


MAX_GUESSED = 80
"""Characters up to which the tagger guesses unknown words (its HMM); longer text is cut by the dictionary only."""


def _guessable(text: str) -> bool:
    from studycards.tagger import guessable

    return guessable(text)


def import_jieba_for_the_command() -> None:
    """Import jieba without pkg_resources, for the command line only (a process of our own; a program that uses
    studycards as a library is left alone). jieba imports pkg_resources just to open its dictionary file, and opens
    it by its path where pkg_resources is missing (as where setuptools is not installed); that import alone was
    a sixth of a second of every cold start. pkg_resources stays importable for anything else."""
    if "jieba" in sys.modules or "pkg_resources" in sys.modules:
        return
    sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # `import pkg_resources` raises ImportError
    try:
        import jieba  # noqa: F401
    finally:
        del sys.modules["pkg_resources"]


def load_dictionary(tokenizer) -> None:
    """jieba's prefix dictionary for `tokenizer`: from our cache when it is there, else jieba's way.

    jieba caches it with marshal in the system temp folder, and loading that takes 0.5 s, most of a cold
    build. Our cache holds the same words and counts as one string and one array, which load in a
    quarter of the time. It is keyed by jieba's version and dictionary file, written once, atomically;
    a missing, stale or unreadable cache, or an unwritable folder, just means jieba's own initialisation.
    """
    path = dictionary_cache()
    cached = _read_cache(path) if path else None
    if cached is not None:
        tokenizer.FREQ, tokenizer.total = cached
        tokenizer.initialized = True
        return
    tokenizer.initialize()
    if path:
        _write_cache(path, tokenizer.FREQ, tokenizer.total)


def dictionary_cache() -> Path | None:
    """Our cache file for jieba's default dictionary (None if that dictionary cannot be found)."""
    import jieba

    dictionary = Path(jieba.__file__).with_name(jieba.DEFAULT_DICT_NAME)
    try:
        stat = dictionary.stat()
    except OSError:
        return None
    key = f"{CACHE_FORMAT}:{jieba.__version__}:{dictionary}:{stat.st_size}:{stat.st_mtime_ns}"
    folder = os.environ.get(CACHE_DIR_VARIABLE)
    if not folder:
        import platformdirs

        folder = platformdirs.user_cache_dir("studycards", appauthor=False)
    return Path(folder) / f"jieba-{hashlib.sha1(key.encode('utf-8')).hexdigest()[:16]}.dict"


def _read_cache(path: Path) -> tuple[dict[str, int], int] | None:
    try:
        with open(path, "rb") as file:
            version, count, total, words, counts = marshal.load(file)
        frequencies = array.array("q")
        frequencies.frombytes(counts)
        keys = words.split("\n")
        if version != CACHE_FORMAT or len(keys) != count or len(frequencies) != count:
            return None
        return dict(zip(keys, frequencies)), total
    except (OSError, EOFError, ValueError, TypeError):
        return None


def _write_cache(path: Path, frequencies: dict[str, int], total: int) -> None:
    """Words never hold a newline (jieba's dictionary is one word a line): one string holds them all."""
    data = (
        CACHE_FORMAT,
        len(frequencies),
        total,
        "\n".join(frequencies),
        array.array("q", frequencies.values()).tobytes(),
    )
    _write(path, marshal.dumps(data))


def _write(path: Path, data: bytes) -> None:
    from studycards.output import replace_file

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        replace_file(path, data)
    except OSError:
        pass  # a read-only home: every run initialises jieba its own way


@cache
def word_tags() -> Tags:
    """The part of speech of each word of jieba's dictionary, for the tagger: from our cache beside the
    dictionary's when it is there (jieba.posseg reads them from the dictionary file on import: half a second),
    else read from that file once and cached; jieba.posseg's own where that file cannot be found."""
    from studycards.tagger import SortedTags, read_word_tags

    path = dictionary_cache()
    if path is None:
        import jieba.posseg

        return dict(jieba.posseg.dt.word_tag_tab)
    path = path.with_suffix(".tags")
    try:
        with open(path, "rb") as file:
            version, words, names, tags = marshal.load(file)
        if version == CACHE_FORMAT and words.count("\n") + 1 == len(tags) and max(tags) < len(names):
            return SortedTags(words, names, tags)
    except (OSError, EOFError, ValueError, TypeError):
        pass
    import jieba

    read = read_word_tags(Path(jieba.__file__).with_name(jieba.DEFAULT_DICT_NAME))
    if read is None:
        import jieba.posseg

        return dict(jieba.posseg.dt.word_tag_tab)
    packed = SortedTags.pack(read)
    _write(path, marshal.dumps((CACHE_FORMAT, *packed)))
    return SortedTags(*packed)


def segmenter(user_dict: str | None = None) -> Segmenter:
    """One Segmenter per user dictionary, built on first use (jieba's dictionary load is the slow part)."""
    return _segmenter(user_dict or None)  # segmenter() and segmenter(None) are one cache key, not two


@cache
def _segmenter(user_dict: str | None) -> Segmenter:
    if user_dict:
        check_user_dict(user_dict)
    return Segmenter(user_dict)


@cache
def lexicon_entries() -> tuple[tuple[str, int | None, str | None], ...]:
    """The bundled formulations: (word, frequency, part of speech)."""
    text = resources.files("studycards.data").joinpath(LEXICON).read_text(encoding="utf-8")
    return tuple(_entry(line) for line in text.splitlines() if line.strip() and not line.startswith("#"))


@cache
def genre_idf() -> tuple[dict[str, float], float]:
    """How specific each word is in this genre (paragraphs of reports, speeches and laws, built by
    scripts/build_genre_idf.py), and the weight of a word the table has not seen."""
    text = resources.files("studycards.data").joinpath(GENRE_IDF).read_text(encoding="utf-8")
    header, _, body = text.partition("\n")
    unseen = float(header.rsplit(" ", 1)[1])
    weights = {}
    for line in body.splitlines():
        word, _, weight = line.partition(" ")
        weights[word] = float(weight)
    return weights, unseen


def lexicon_words() -> frozenset[str]:
    return frozenset(word for word, _, _ in lexicon_entries())


def _entry(line: str) -> tuple[str, int | None, str | None]:
    parts = line.split()
    freq = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None
    return parts[0], freq, parts[2] if len(parts) > 2 else None


def check_user_dict(path: str) -> None:
    """Fail early, with the file named, when a --dict file cannot be used."""
    file = Path(path)
    if not file.is_file():
        raise ReadError(f"{path}: no such dictionary file; --dict takes a jieba user dictionary (one word a line)")
    try:
        file.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise ReadError(f"{path}: the dictionary is not UTF-8; save it as UTF-8") from None
