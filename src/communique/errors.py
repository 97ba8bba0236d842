"""One error tree. Every error names the input it is about and says how to fix it.

A stage that cannot handle a record raises one of these; the pipeline's error
policy decides whether to stop or to record the error and go on with the batch.
"""

from __future__ import annotations

from ._safe import printable


class CommuniqueError(Exception):
    """Base of every error communique raises on purpose."""

    code = "E000"

    def __init__(self, message: str, *, input: str | None = None, hint: str | None = None):
        self.message = message
        self.input = input
        self.hint = hint
        super().__init__(str(self))

    def __str__(self) -> str:
        head = f"{self.input}: " if self.input else ""
        tail = f" ({self.hint})" if self.hint else ""
        return printable(f"{head}{self.message}{tail}")


class InputError(CommuniqueError):
    """An input document cannot be read or used."""

    code = "E100"


class EmptyInputError(InputError):
    code = "E101"


class BinaryInputError(InputError):
    code = "E102"


class MalformedRecordError(InputError):
    code = "E103"


class TooLargeError(InputError):
    code = "E104"


class LanguageError(InputError):
    code = "E105"


class NoArticleError(InputError):
    """The page holds no article text (a home page, a 404 page, ...)."""

    code = "E106"


class DateRangeError(InputError):
    """A publication date no news article can have (before 1800, after 2100)."""

    code = "E109"


class DuplicateIdError(InputError):
    """A second, different text under an id already read or stored."""

    code = "E108"


class KnowledgeBaseError(CommuniqueError):
    code = "E200"


class StoreError(CommuniqueError):
    code = "E300"
    #: what went wrong: "disk-full", "read-only", "locked", "not-a-database", "corrupt", "closed" or "other"
    cause = "other"


class ConfigError(CommuniqueError):
    code = "E400"


class ModelError(CommuniqueError):
    """The spaCy English model is missing or broken."""

    code = "E500"


class ProcessingError(CommuniqueError):
    """A stage failed on one record in a way no check foresaw; the record was skipped."""

    code = "E900"


class TimeBudgetError(ProcessingError):
    """A record took longer than the ``article_seconds`` budget; it was skipped."""

    code = "E901"


class OutputError(CommuniqueError):
    """An output file cannot be written (full disk, read-only folder ...)."""

    code = "E700"


class InterruptedRunError(CommuniqueError):
    """A run was stopped by Ctrl-C or SIGTERM; what it had stored is kept."""

    code = "E800"
