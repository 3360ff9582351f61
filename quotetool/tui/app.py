"""Placeholder review screen until the review UI lands."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.widgets import Footer, Static

from quotetool.store import Database, stats


class QuotetoolApp(App[None]):
    BINDINGS = [("q", "quit", "Quit")]

    def __init__(self, db: Database, *, annotator: str) -> None:
        super().__init__()
        self.db = db
        self.annotator = annotator

    def compose(self) -> ComposeResult:
        s = stats(self.db)
        yield Static(f"{s.documents} documents, {sum(s.quotes_by_status.values())} quotes in {self.db.path}.")
        yield Footer()
