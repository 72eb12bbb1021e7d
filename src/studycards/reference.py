"""The reference a deck is scored against (`studycards score --gold FILE`): read, and checked for shape.

Two shapes are accepted (README.md, "Reference files"):
- examiner blanks (*.blanks.json): {"blanks": [{"sentence": "…", "answer": "…"}, …]};
- a hand-made gold file: {"articles": [{"headings": [{"text": "…", "points": ["…"]}]}], "terms": ["…"],
  "enumerations": [["…", "…"]]}, any of the three.
A file of another shape (a quiz, our own notes.json, {}) is refused with what was expected, rather than
scored as a made-up 100% or read one character at a time.
"""

from __future__ import annotations

import json
from pathlib import Path

from studycards.errors import StudycardsError

BLANKS_SHAPE = '{"blanks": [{"sentence": "…", "answer": "…"}, …]} (*.blanks.json)'
GOLD_SHAPE = '{"articles": [{"headings": [{"text": "…", "points": ["…"]}]}], "terms": ["…"], "enumerations": [["…"]]}'
EXPECTED = f"expected {BLANKS_SHAPE} or {GOLD_SHAPE}; see README.md, 'Reference files'"


def load_reference(path: str) -> dict:
    """The reference in `path`, checked; a StudycardsError that says what was expected otherwise."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise StudycardsError(f"{path}: no such file; check the path of --gold") from None
    except IsADirectoryError:
        raise StudycardsError(f"{path}: is a folder; --gold takes a JSON file") from None
    except UnicodeDecodeError:
        raise StudycardsError(f"{path}: not UTF-8 text; save the reference as UTF-8 JSON") from None
    except OSError as error:
        raise StudycardsError(f"{path}: cannot read ({error.strerror or 'an error'}); check the file") from None
    try:
        reference = json.loads(text)
    except ValueError as error:
        line = getattr(error, "lineno", None)
        where = f" (line {line})" if line else ""
        raise StudycardsError(f"{path}: not valid JSON{where}; {EXPECTED}") from None
    problem = shape_problem(reference)
    if problem:
        raise StudycardsError(f"{path}: not a reference: {problem}; {EXPECTED}")
    return reference


def shape_problem(reference) -> str | None:
    """What is wrong with the shape of a reference, in a few words; None when nothing is."""
    if not isinstance(reference, dict):
        return f"a JSON {_kind(reference)}, not an object"
    if "blanks" in reference:
        return _blanks_problem(reference["blanks"])
    if not any(key in reference for key in ("articles", "terms", "enumerations")):
        keys = ", ".join(f'"{key}"' for key in list(reference)[:4])
        return f"an object with {keys}" if keys else "an empty object"
    return (
        _list_problem(reference.get("articles", []), "articles", _article_problem)
        or _list_problem(reference.get("terms", []), "terms", _text_problem)
        or _list_problem(reference.get("enumerations", []), "enumerations", _texts_problem)
        or _nothing_to_test(reference)
    )


def _blanks_problem(blanks) -> str | None:
    if not isinstance(blanks, list) or not blanks:
        return '"blanks" is not a list of blanks' if not isinstance(blanks, list) else '"blanks" is empty'
    for index, blank in enumerate(blanks):
        if not isinstance(blank, dict):
            return f"blanks[{index}] is a {_kind(blank)}, not an object"
        for key in ("sentence", "answer"):
            if not isinstance(blank.get(key), str) or not blank[key].strip():
                return f'blanks[{index}] has no "{key}" text'
    return None


def _article_problem(article) -> str | None:
    if not isinstance(article, dict) or not isinstance(article.get("headings"), list):
        return 'is not an object with a "headings" list'
    for index, heading in enumerate(article["headings"]):
        if not isinstance(heading, dict) or _text_problem(heading.get("text")):
            return f'headings[{index}] has no "text"'
        if "points" in heading and _texts_problem(heading["points"]):
            return f'headings[{index}]: "points" is not a list of texts'
    return None


def _text_problem(value) -> str | None:
    return None if isinstance(value, str) and value.strip() else "is not a text"


def _texts_problem(value) -> str | None:
    if not isinstance(value, list) or not all(isinstance(item, str) and item.strip() for item in value):
        return "is not a list of texts"
    return None


def _list_problem(value, name: str, check) -> str | None:
    if not isinstance(value, list):
        return f'"{name}" is a {_kind(value)}, not a list'
    for index, item in enumerate(value):
        problem = check(item)
        if problem:
            return f"{name}[{index}] {problem}"
    return None


def _nothing_to_test(reference: dict) -> str | None:
    headings = sum(len(article["headings"]) for article in reference.get("articles", []))
    if headings or reference.get("terms") or reference.get("enumerations"):
        return None
    return "no headings, terms or enumerations to test"


def _kind(value) -> str:
    names = {dict: "object", list: "list", str: "text", bool: "true/false", type(None): "null"}
    return names.get(type(value), "number")
