"""Domain errors: raised anywhere, turned into a one-line message and an exit code only by the CLI."""


class StudycardsError(Exception):
    """A problem the user can fix; the message says what is wrong and what to do."""


class ReadError(StudycardsError):
    """A source could not be read (missing, empty, binary, undecodable, corrupt)."""


class NothingToStudy(StudycardsError):
    """A source was read but holds no text worth studying."""


class OutputError(StudycardsError):
    """An output path cannot be written."""


class NoText(ReadError, NothingToStudy):
    """A source holds no text once cleaned up: white space, punctuation, page furniture only."""
