"""Domain errors: raised anywhere, turned into a one-line message and an exit code only by the CLI.

An error may carry a `code` (what went wrong, in a word) and the details a message needs: the page
(`studycards serve`) words it in Chinese from these, never by reading the English message.
"""


class StudycardsError(Exception):
    """A problem the user can fix; the message says what is wrong and what to do."""

    def __init__(self, message: str = "", code: str = "", **details: object):
        super().__init__(message)
        self.code = code
        """A short name of the problem ('empty', 'binary', 'unsupported'…); '' when none was given."""
        self.details = details
        """What a translation of the message needs (a suffix, a size, a limit…)."""


class ReadError(StudycardsError):
    """A source could not be read (missing, empty, binary, undecodable, corrupt)."""


class NothingToStudy(StudycardsError):
    """A source was read but holds no text worth studying."""


class OutputError(StudycardsError):
    """An output path cannot be written."""


class NoText(ReadError, NothingToStudy):
    """A source holds no text once cleaned up: white space, punctuation, page furniture only."""
