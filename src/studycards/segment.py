"""The one module that imports jieba: an owned Tokenizer with the domain lexicon, loaded once, quietly.

jieba's module-level functions share one global tokenizer; we never touch it, so a host program's own
jieba set-up is left as it was.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from importlib import resources
from pathlib import Path

LEXICON = "lexicon.txt"


@lru_cache(maxsize=None)
def tokenizer(user_dict: str | None = None):
    """A jieba Tokenizer with the bundled lexicon (and `user_dict`, if given), initialised once."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tok = jieba.Tokenizer()
    tok.initialize()
    for word, freq, tag in lexicon_entries():
        tok.add_word(word, freq, tag)
    if user_dict:
        tok.load_userdict(user_dict)
    return tok


def lexicon_entries() -> list[tuple[str, int | None, str | None]]:
    """The bundled formulations: (word, frequency, part of speech)."""
    text = resources.files("studycards.data").joinpath(LEXICON).read_text(encoding="utf-8")
    return [_entry(line) for line in text.splitlines() if line.strip() and not line.startswith("#")]


def lexicon_words() -> frozenset[str]:
    return frozenset(word for word, _, _ in lexicon_entries())


def _entry(line: str) -> tuple[str, int | None, str | None]:
    parts = line.split()
    freq = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None
    return parts[0], freq, parts[2] if len(parts) > 2 else None


def words(text: str, user_dict: str | None = None) -> list[str]:
    return tokenizer(user_dict).lcut(text)


def word_starts(text: str, user_dict: str | None = None) -> set[int]:
    """Offsets in `text` where a word begins (plus len(text))."""
    starts, offset = set(), 0
    for word in words(text, user_dict):
        starts.add(offset)
        offset += len(word)
    starts.add(offset)
    return starts


def check_user_dict(path: str) -> None:
    """Fail early, with the file named, when a --dict file cannot be used."""
    from studycards.errors import ReadError

    file = Path(path)
    if not file.is_file():
        raise ReadError(f"{path}: no such dictionary file; --dict takes a jieba user dictionary (one word a line)")
    try:
        file.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise ReadError(f"{path}: the dictionary is not UTF-8; save it as UTF-8") from None
