import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DECKS = ROOT / "decks"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SAMPLES = sorted(DECKS.glob("*.txt"))


@pytest.fixture
def gold():
    return json.loads((FIXTURES / "cadre-incentive-seminar.gold.json").read_text(encoding="utf-8"))


def write(tmp_path, name, text, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path
