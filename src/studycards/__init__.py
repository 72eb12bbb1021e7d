"""studycards: Chinese study material -> Anki decks and practice quizzes."""

__version__ = "0.1.0"
