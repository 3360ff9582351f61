"""The detail panel: everything known about the current quote, as plain Text (names come from articles)."""

from __future__ import annotations

from rich.text import Text
from textual.timer import Timer

from quotetool.tui.plain_text import PlainText
from quotetool.tui.sanitize import one_line

_LABEL_WIDTH = 9
_STATUS_STYLE = {"accepted": "bold green", "rejected": "bold red", "proposed": "bold"}


def describe(quote, *, stale: bool = False) -> Text:
    """The panel's text for a QuoteView (or None when there is nothing to review)."""
    out = Text(no_wrap=False, overflow="fold")
    if quote is None:
        out.append("No quote to show.", style="italic")
        return out

    def row(label: str, value: str | None, style: str = "") -> None:
        out.append(f"{label:<{_LABEL_WIDTH}}", style="bold")
        out.append(one_line(value) if value else "—", style=style if value else "dim")
        out.append("\n")

    row("Speaker", quote.speaker, "bold")
    row("Mention", quote.speaker_mention)
    row("Cue", quote.cue)
    row("Kind", quote.kind)
    row("Rule", quote.rule)
    if getattr(quote, "learned", None):  # the proposal exists because of what was learned from decisions
        row("Learned", quote.learned, "italic")
    row("Conf.", f"{quote.confidence:.2f}" if quote.confidence is not None else None)
    row("Status", _status(quote), _STATUS_STYLE.get(quote.status, "bold"))
    decided = None
    if quote.annotator:
        decided = quote.annotator + (f" {quote.decided_at[:16].replace('T', ' ')}" if quote.decided_at else "")
    row("By", decided)
    row("Origin", "added by hand" if quote.origin == "manual" else "detector")
    if quote.flag:
        row("Flag", f"⚑ {quote.flag}", "bold yellow")
    if quote.comment:
        row("Comment", quote.comment, "italic")
    out.append(f"quote #{quote.id} · v{quote.version} · {quote.start}–{quote.end}", style="dim")
    if quote.parts:
        out.append(f" · {len(quote.parts)} parts", style="dim")
    if stale:
        out.append("\nreloaded: someone else changed it", style="bold")
    return out


def _status(quote) -> str:
    """The status, and what the editor changed of the detector's proposal ("accepted · corrected: speaker")."""
    if getattr(quote, "origin", None) != "detector" or getattr(quote, "detector_start", None) is None:
        return quote.status  # added by hand, or stored before the proposal was kept
    changed = [
        name
        for name, now, proposed in (
            ("span", (quote.start, quote.end), (quote.detector_start, quote.detector_end)),
            ("speaker", quote.speaker, quote.detector_speaker),
            ("kind", quote.kind, quote.detector_kind),
        )
        if now != proposed
    ]
    return f"{quote.status} · corrected: {', '.join(changed)}" if changed else quote.status


# "also reported by" is read once a quote has stayed on screen this long (seconds): a run of decisions never
# waits for its query or shares the database and the interpreter with it
ALSO_DELAY = 0.2


class DetailPanel(PlainText):
    """Speaker, mention, cue, kind, rule, confidence, status and who decided."""

    _also_timer: Timer | None = None

    def show(self, quote, *, stale: bool = False) -> None:
        base = describe(quote, stale=stale)
        self.update(base)
        self.shown = quote.id if quote is not None else None
        if self._also_timer is not None:
            self._also_timer.stop()
            self._also_timer = None
        db = getattr(self.screen, "db", None)
        if quote is not None and db is not None:
            quote_id = quote.id
            self._also_timer = self.set_timer(
                ALSO_DELAY,
                lambda: self.run_worker(lambda: self._also(db, quote_id, base), thread=True, group="also"),
            )

    def _also(self, db, quote_id: int, base: Text) -> None:
        from quotetool.store import load_orm

        load_orm()  # (one thread at a time: the app may be loading the ORM in another worker)
        from quotetool.store.statements import statement_of
        from quotetool.tui.also_reported import render

        section = render(quote_id, statement_of(db, quote_id))
        if section.plain:
            self.app.call_from_thread(self._add_also, quote_id, base + section)

    def _add_also(self, quote_id: int, content: Text) -> None:
        """Show ``content`` if the panel still shows quote ``quote_id`` (the editor may have moved on)."""
        if self.shown == quote_id:
            self.update(content)
