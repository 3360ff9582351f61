"""The review UI (Textual). Nothing outside quotetool.tui and quotetool.cli imports textual."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quotetool.queue_order import QueueOrder
    from quotetool.store import Database


def run(db: Database, *, annotator: str, order: QueueOrder = "document") -> None:
    """Open the review UI on ``db`` with the queue in ``order`` and return when the editor quits."""
    from quotetool.tui.app import QuotetoolApp

    QuotetoolApp(db, annotator=annotator, order=order).run()
