"""The one module that imports jieba: an owned Tokenizer with the domain lexicon, loaded once, quietly.

jieba's module-level functions share one global tokenizer; we never touch it, so a host program's own
jieba set-up is left as it was.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from importlib import resources
from pathlib import Path

from studycards.errors import ReadError

LEXICON = "lexicon.txt"


class Segmenter:
    """Word boundaries and key phrases from one owned jieba Tokenizer."""

    def __init__(self, user_dict: str | None = None):
        import jieba

        jieba.setLogLevel(logging.WARNING)
        self.tokenizer = jieba.Tokenizer()
        self.tokenizer.initialize()
        for word, freq, tag in lexicon_entries():
            self.tokenizer.add_word(word, freq, tag)
        if user_dict:
            self.tokenizer.load_userdict(user_dict)
        self._tfidf = None

    def words(self, text: str) -> list[str]:
        return self.tokenizer.lcut(text)

    def word_starts(self, text: str) -> set[int]:
        """Offsets in `text` where a word begins (plus len(text))."""
        starts, offset = set(), 0
        for word in self.words(text):
            starts.add(offset)
            offset += len(word)
        starts.add(offset)
        return starts

    def key_phrases(self, text: str, top: int = 5) -> list[str]:
        """The words of `text` with the highest TF-IDF weight, best first."""
        if self._tfidf is None:
            from jieba.analyse.tfidf import TFIDF

            self._tfidf = TFIDF()
            self._tfidf.tokenizer = self.tokenizer   # our own tokenizer, not jieba's global one
        return self._tfidf.extract_tags(text, topK=top)


@lru_cache(maxsize=None)
def segmenter(user_dict: str | None = None) -> Segmenter:
    """One Segmenter per user dictionary, built on first use (jieba's dictionary load is the slow part)."""
    if user_dict:
        check_user_dict(user_dict)
    return Segmenter(user_dict)


@lru_cache(maxsize=None)
def lexicon_entries() -> tuple[tuple[str, int | None, str | None], ...]:
    """The bundled formulations: (word, frequency, part of speech)."""
    text = resources.files("studycards.data").joinpath(LEXICON).read_text(encoding="utf-8")
    return tuple(_entry(line) for line in text.splitlines() if line.strip() and not line.startswith("#"))


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
