"""Messages that the review screen's workers post; the screen handles each with ``@on``."""

from __future__ import annotations

from textual.message import Message

from quotetool.store.queue import Progress
from quotetool.tui.reads import QueueRead, ReloadRead


class QueueLoaded(Message):
    """The queue was read for a filter. ``announce``: the filter comes from the filter line."""

    def __init__(self, read: QueueRead, announce: bool) -> None:
        super().__init__()
        self.read = read
        self.announce = announce


class Reloaded(Message):
    """The queue and an article were read again. ``place``: (quote id, offset) to keep the editor at;
    ``changed``: the reload was started because the article's proposals changed in the store."""

    def __init__(self, read: ReloadRead, place: tuple[int | None, int | None], changed: bool) -> None:
        super().__init__()
        self.read = read
        self.place = place
        self.changed = changed


class ArticleChanged(Message):
    """The store's revision of the article on screen is not the one shown (None: the article is gone)."""

    def __init__(self, document_id: int, revision: int | None) -> None:
        super().__init__()
        self.document_id = document_id
        self.revision = revision


class Exported(Message):
    """An export finished; ``summary`` says what was written where."""

    def __init__(self, summary: str) -> None:
        super().__init__()
        self.summary = summary


class WorkFailed(Message):
    """A worker's read or write failed; the status line says why."""

    def __init__(self, what: str, error: BaseException) -> None:
        super().__init__()
        self.what = what
        self.error = error


class Recounted(Message):
    """The quotes were counted again in a worker. ``applied``: how many stored quotes the model had taken in
    when the count started (a count that a decision overtook is not used)."""

    def __init__(self, overall: Progress, applied: int) -> None:
        super().__init__()
        self.overall = overall
        self.applied = applied
