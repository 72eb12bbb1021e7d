"""The data the package ships: the lexicon, the genre's IDF, the closed sets and the trained models' weights."""

from __future__ import annotations

import json
from importlib import resources


def model_weights(name: str) -> dict[str, float]:
    """The weights (feature -> weight) of the trained model shipped as the JSON file `name` of this folder."""
    text = resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
    return dict(json.loads(text)["weights"])
