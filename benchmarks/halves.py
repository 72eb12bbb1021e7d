"""The fixed split of corpus documents and exam items into a tuning half and a checking half.

Tune rules, weights and models on the "tune" half only; report both; the "check" half says whether a change
generalises. The split is a hash of the document's file name (without folders) or of the item's id, so it never
moves when files are added or reordered.

    half("中华人民共和国劳动法_20181229.txt")  # "tune" or "check"
    half("2a0d19e66a")                          # an exam item's id
"""

from __future__ import annotations

import hashlib
from pathlib import Path

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
"""../shared beside the checkout (CI lays a copy there too)."""
CORPUS = SHARED / "corpus"
ITEMS = SHARED / "exam" / "items.jsonl"
GOLD = SHARED / "gold"


def half(name: str) -> str:
    """'tune' or 'check' for a file name (folders ignored) or an item id."""
    digest = hashlib.sha1(Path(name).name.encode("utf-8")).digest()
    return "tune" if digest[0] % 2 == 0 else "check"


def corpus_documents(which: str | None = None) -> list[Path]:
    """Every corpus document (reports, then laws), or those of one half."""
    paths = sorted((CORPUS / "reports").glob("*.txt")) + sorted((CORPUS / "laws").glob("*.txt"))
    return [path for path in paths if which is None or half(path.name) == which]


def tuning_laws() -> list[str]:
    """The texts of the tuning half's laws: what data made from laws (common words, repeated clauses) is counted on."""
    return [path.read_text(encoding="utf-8-sig") for path in corpus_documents("tune") if path.parent.name == "laws"]
