"""What a budget did to a deck, in numbers that add up: asked for, kept, and why they differ.

ranking.select keeps the outline lists whatever the budget (a learner recites a document's skeleton), so
a deck can hold more cards than the budget; the CLI's summary and the page say so rather than claim
the deck stays within it.
"""

from __future__ import annotations

from dataclasses import dataclass

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from studycards.cards.note import Note


@dataclass(frozen=True)
class BudgetReport:
    budget: int | None
    """The budget in cards applied in all (None: none)."""
    cards: int
    """The cards kept."""
    skeleton_cards: int
    """The cards of the outline lists, kept whatever the budget."""
    left_out: int
    """Facts left out for the budget."""
    left_out_cards: int
    """The cards those facts would have made."""
    held_back: int = 0
    """Facts only --all asks, room or not (ranking.Selection.held_back)."""
    held_back_cards: int = 0

    @property
    def over(self) -> bool:
        """The outline lists alone take more than the budget."""
        return self.budget is not None and self.cards > self.budget


def report(notes: list[Note], selection) -> BudgetReport:
    """`notes`: those made of `selection` (a ranking.Selection)."""
    from studycards.ranking import is_skeleton

    return BudgetReport(
        budget=selection.budget,
        cards=sum(note.cards for note in notes),
        skeleton_cards=sum(note.cards for note in notes if is_skeleton(note.fact)),
        left_out=selection.left_out,
        left_out_cards=selection.left_out_cards,
        held_back=selection.held_back,
        held_back_cards=selection.held_back_cards,
    )
