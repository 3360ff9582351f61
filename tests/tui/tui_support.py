"""Building review databases for the UI tests: the seeds through the real import and the real detector."""

from __future__ import annotations

from pathlib import Path

from quotetool.ingest import read_articles
from quotetool.store import Database, QuoteView, get_quote, history, import_article
from quotetool.store.queue import load_queue

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
ANNOTATOR = "tester"
MIN_PROPOSALS = 6


def import_seeds(db: Database, seeds) -> None:
    """Import the seed articles with the real detector, as `quotetool import seeds/` does."""
    for article in read_articles([str(seeds)]):
        import_article(db, article)  # Problems cannot occur for the seeds
    assert len(load_queue(db)) >= MIN_PROPOSALS, "the UI tests need the detector to propose on the seeds"


def make_app(db: Database, **kwargs):
    """The app as `quotetool annotate` builds it, with a fixed annotator and no user keymap file."""
    from quotetool.tui.app import QuotetoolApp

    kwargs.setdefault("keymap", {})
    return QuotetoolApp(db, annotator=kwargs.pop("annotator", ANNOTATOR), **kwargs)


def fresh(db: Database, quote) -> QuoteView:
    """The quote as stored now."""
    found = get_quote(db, quote if isinstance(quote, int) else quote.id)
    assert found is not None
    return found


def proposals(db: Database) -> list[int]:
    """Ids of the undecided proposals in queue order."""
    return [r.id for r in load_queue(db) if r.status == "proposed"]


def decisions(db: Database, quote_id: int) -> list[tuple[str, str]]:
    """(action, annotator) of every logged decision on a quote, oldest first."""
    return [(d.action, d.annotator) for d in history(db, quote_id)]


def screen_lines(app) -> list[str]:
    """The text of every row of the screen as the terminal would show it (all layers composed)."""
    return ["".join(segment.text for segment in strip) for strip in app.screen._compositor.render_strips()]


def status_text(app) -> str:
    """The status line's text."""
    return str(app.query_one("#status").render())


async def until(pilot, check, seconds: float = 5.0) -> None:
    """Wait until ``check()`` holds: a decision is stored by a worker thread, which ``Pilot.press`` does not wait
    for. Returns at once when it already holds; the caller asserts afterwards, so a timeout fails there."""
    for _ in range(int(seconds / 0.05)):
        if check():
            return
        await pilot.pause(0.05)


def hold_cursors(app) -> None:
    """Stop the blinking of every ``Input`` on the screen stack: its cursor stays drawn where it is focused (a
    snapshot then shows the same cells however long it takes to be taken)."""
    from textual.widgets import Input

    for screen in app.screen_stack:
        for field in screen.query(Input):
            field.cursor_blink = False


async def burst(pilot, *keys: tuple[str, str | None]) -> None:
    """Send (key, character) events at once, as a fast typist or a terminal multiplexer delivers them:
    no pause for the app between them (``Pilot.press`` waits for idle after every key)."""
    from textual import events

    app = pilot.app
    for key, char in keys:
        event = events.Key(key, char)
        event.set_sender(app)
        app._driver.send_message(event)
    await pilot.pause()


# Two short articles written for these tests, with hand-written proposals: the snapshots do not move when
# the detector changes.
FIXTURE_ARTICLES = (
    (
        "Stadtrat berät über den Haushalt",
        "Der Stadtrat hat am Dienstag über den Haushalt beraten.\n\n"
        "„Wir müssen bei den Schulen sparen, aber nicht bei den Kitas“, sagte Bürgermeisterin Jana Beispiel.\n\n"
        "Kämmerer Paul Muster erklärte, die Rücklagen reichten noch bis zum Herbst.\n\n"
        "Die Opposition kritisierte den Entwurf. Er sei „ein Haushalt ohne Mut“, sagte Fraktionschef Tim Probe.",
    ),
    (
        "Bahnstrecke bleibt gesperrt",
        "Die Strecke zwischen Altdorf und Neustadt bleibt bis Freitag gesperrt.\n\n"
        "Ein Sprecher der Bahn sagte, die Reparatur der Brücke dauere länger als geplant.\n\n"
        "„Wir bitten alle Reisenden um Geduld“, sagte Sprecherin Eva Fiktiv.",
    ),
)
# (article index, quoted words, kind, speaker, mention, cue, rule)
FIXTURE_PROPOSALS = (
    (
        0,
        "Wir müssen bei den Schulen sparen, aber nicht bei den Kitas",
        "direct",
        "Jana Beispiel",
        "Bürgermeisterin Jana Beispiel",
        "sagte",
        "hand.direct",
    ),
    (
        0,
        "die Rücklagen reichten noch bis zum Herbst",
        "indirect",
        "Paul Muster",
        "Kämmerer Paul Muster",
        "erklärte",
        "hand.indirect",
    ),
    (0, "Er sei „ein Haushalt ohne Mut“", "mixed", "Tim Probe", "Fraktionschef Tim Probe", "sagte", "hand.mixed"),
    (
        1,
        "die Reparatur der Brücke dauere länger als geplant",
        "indirect",
        None,
        "Ein Sprecher der Bahn",
        "sagte",
        "hand.indirect",
    ),
    (1, "Wir bitten alle Reisenden um Geduld", "direct", "Eva Fiktiv", "Sprecherin Eva Fiktiv", "sagte", "hand.direct"),
)


def import_fixture(db: Database) -> None:
    """Store the fixture articles through the real import, with a detector that returns the hand-written
    proposals."""
    from quotetool.detect import Kind, Proposal
    from quotetool.ingest import Article

    for index, (title, text) in enumerate(FIXTURE_ARTICLES):
        found = []
        for article, words, kind, speaker, mention, cue, rule in FIXTURE_PROPOSALS:
            if article != index:
                continue
            start = text.index(words)
            m_start = text.index(mention)
            found_at = [i for i in range(len(text)) if text.startswith(cue, i)]
            c_start = min(found_at, key=lambda i: min(abs(i - start), abs(i - start - len(words))))
            found.append(
                Proposal(
                    start=start,
                    end=start + len(words),
                    quote=words,
                    kind=Kind(kind),
                    rule=rule,
                    confidence=0.9,
                    speaker=speaker,
                    speaker_mention=mention,
                    mention_start=m_start,
                    mention_end=m_start + len(mention),
                    cue=cue,
                    cue_start=c_start,
                    cue_end=c_start + len(cue),
                )
            )
        import_article(
            db,
            Article(text=text, origin=f"fixture/{index + 1}.txt", title=title),
            detector=lambda _text, found=found: found,
        )
