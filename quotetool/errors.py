"""Errors a user can cause. Each carries one sentence that the CLI and the UI show as it is."""

from __future__ import annotations


class QuotetoolError(Exception):
    """A failure with a message fit for the user; the CLI prints it and exits non-zero, no traceback."""

    exit_code = 1


class DatabaseError(QuotetoolError):
    """The database cannot be opened or used (missing folder, not a database, locked, read-only…)."""

    exit_code = 3


class DatabaseLocked(DatabaseError):
    """Another program holds the write lock longer than our busy timeout."""


class StaleQuote(QuotetoolError):
    """A decision was made on a quote that someone else changed since it was shown."""

    def __init__(self, message: str, quote_id: int) -> None:
        super().__init__(message)
        self.quote_id = quote_id


class StaleDocument(QuotetoolError):
    """An undo of a document action (marked reviewed) after someone else changed that mark since."""

    def __init__(self, message: str, document_id: int) -> None:
        super().__init__(message)
        self.document_id = document_id


class InvalidEdit(QuotetoolError):
    """An edit that makes no sense: a span outside the text, an empty speaker, deleting a proposal."""


class NothingToUndo(QuotetoolError):
    """The annotator has no decision left that can be undone."""
