"""A quiz as JSON for other tools: a list of items (schema in README.md, "Quiz JSON")."""

from __future__ import annotations

import json

from studycards.quiz.items import QuizItem, correction


def item_to_dict(item: QuizItem) -> dict:
    return {
        "id": item.id,
        "type": item.type,
        "question": item.question(),
        "options": list(item.options),
        "answer": list(item.answer),
        "source": item.source,
        "blanks": list(item.blanks),
        "ordered": item.ordered,
        "kind": item.kind,
        "fact": item.fact,
        "original": correction(item),
    }


def render_quiz_json(items: list[QuizItem], title: str = "") -> str:
    return json.dumps([item_to_dict(item) for item in items], ensure_ascii=False, indent=2) + "\n"
