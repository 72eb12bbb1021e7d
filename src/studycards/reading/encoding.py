"""Bytes -> text for the text-based formats: BOMs, UTF-8, then the legacy Chinese encodings by plausibility.

GB18030 and Big5 both accept most byte pairs, so "it decodes" proves little: a Big5 file read as GB18030
(or the reverse) yields valid but random characters. A decoding is accepted only when its characters are
the common ones of one script, which garbled text never manages.
"""

from __future__ import annotations

import codecs
import re

from studycards.errors import ReadError
from studycards.reading.sniff import sniff

BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: its BOM starts the same way
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
LEGACY = ("gb18030", "cp950", "big5hkscs")
"""Tried in this order after UTF-8; the most plausible decoding wins."""
TRIED = "utf-8, gb18030, big5"
PLAUSIBLE = 0.8
"""Share of non-ASCII characters that must be common CJK characters of one script or CJK punctuation."""
BLANK = " \t\r\n\f\v\u3000\u2003\xa0\ufeff"
CONTROL = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
SAMPLE = 8192
CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]")
"""Bytes no text in a legacy encoding holds, but UTF-16 does: the high or low byte of many characters."""


def decode(data: bytes, path: str, encoding: str | None = None) -> str:
    """Bytes -> text: `encoding` if given, else by BOM, UTF-8, then GB18030 or Big5, whichever is plausible."""
    if not data.strip():
        raise ReadError(f"{path}: the file is empty; there is nothing to study", "empty")
    if sniff(data):  # a PDF or a zip can be free of NUL bytes and decode as nonsense
        raise _binary(data, path)
    text = _decode_as(data, path, encoding) if encoding else _detect(data, path)
    if "\x00" in text or _control_share(text[:SAMPLE]) > 0.01:
        raise _binary(data, path)
    if not text.strip(BLANK):
        raise ReadError(f"{path}: holds only white space; there is nothing to study", "empty")
    return text


def _binary(data: bytes, path: str) -> ReadError:
    kind = sniff(data)
    if kind:
        return ReadError(
            f"{path}: binary data (it looks like {kind}), not text; rename it with the right extension",
            "binary",
            kind=kind,
        )
    return ReadError(f"{path}: binary data, not text; give a .txt, .md, .docx, .pdf or .html file", "binary")


def _decode_as(data: bytes, path: str, encoding: str) -> str:
    try:
        codec = codecs.lookup(encoding).name
    except LookupError:
        raise ReadError(
            f"{path}: unknown encoding '{encoding}'; pass --encoding with a name such as gb18030, big5 or utf-8",
            "encoding",
        ) from None
    if codec in ("gb2312", "gbk"):
        codec = "gb18030"  # files labelled GB2312/GBK routinely hold GB18030-only characters
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise ReadError(
            f"{path}: cannot decode as {encoding} (bad byte at offset {exc.start}); check --encoding", "encoding"
        ) from None


def _detect(data: bytes, path: str) -> str:
    for bom, codec in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                name = codec.removesuffix("-sig").upper()
                raise ReadError(
                    f"{path}: starts with a {name} byte-order mark but is not valid {name}; pass --encoding", "encoding"
                ) from None
    wide = _bomless_utf16(data)
    if wide:
        return wide
    if b"\x00" in data:
        raise _binary(data, path)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = _most_plausible(data)
    if text is None:
        raise ReadError(f"{path}: cannot tell the encoding; tried {TRIED}; pass --encoding", "encoding")
    return text


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM leaves NUL or other control bytes (ASCII, U+4E00, U+3000, U+4E03 …); accept it only if
    it reads as Chinese."""
    if not CONTROL_BYTES.search(data[:SAMPLE]) or len(data) % 2:
        return None
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if plausibility(text) >= PLAUSIBLE and _control_share(text[:SAMPLE]) == 0:
            return text
    return None


def _most_plausible(data: bytes) -> str | None:
    best, best_score = None, 0.0
    for codec in LEGACY:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        score = plausibility(text)
        if score > best_score:
            best, best_score = text, score
    if best_score >= PLAUSIBLE:
        return best
    return _normalizer_guess(data)


def _normalizer_guess(data: bytes) -> str | None:
    """Last resort: charset-normalizer's pick, if it too reads as Chinese."""
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    match = from_bytes(data).best()
    if match is None:
        return None
    text = str(match)
    return text if plausibility(text) >= PLAUSIBLE else None


def plausibility(text: str) -> float:
    """Share of non-ASCII characters that are CJK punctuation or common characters of one script.

    Common = GB2312 hanzi (simplified) or Big5 level-1 hanzi (traditional); a character of both scripts
    counts for both. Text with no non-ASCII characters at all scores 0: it is not Chinese.
    """
    chars = [c for c in text[: SAMPLE * 4] if ord(c) > 0x7F and not c.isspace()]
    if not chars:
        return 0.0
    punct = simplified = traditional = 0
    for c in chars:
        if _is_punctuation(c):
            punct += 1
            continue
        simplified += _in_gb2312(c)
        traditional += _in_big5_level1(c)
    return (punct + max(simplified, traditional)) / len(chars)


def _is_punctuation(c: str) -> bool:
    code = ord(c)
    return 0x3000 <= code <= 0x303F or 0xFF01 <= code <= 0xFF5E or 0x2010 <= code <= 0x206F or c in "·×÷°"


def _in_gb2312(c: str) -> bool:
    try:
        encoded = c.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return len(encoded) == 2 and encoded[0] >= 0xB0


def _in_big5_level1(c: str) -> bool:
    try:
        encoded = c.encode("big5")
    except UnicodeEncodeError:
        return False
    return len(encoded) == 2 and 0xA440 <= int.from_bytes(encoded, "big") <= 0xC67E


def _control_share(text: str) -> float:
    return len(CONTROL.findall(text)) / max(len(text), 1)
