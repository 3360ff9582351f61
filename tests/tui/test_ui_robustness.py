"""The UI under hostile text, two editors, a locked database and huge articles: it shows, it never dies."""

from __future__ import annotations

import asyncio
import time

import pytest
from conftest import hold_write_lock, open_copy, release_write_lock
from rich.segment import Segment
from textual.content import Content

from quotetool.ingest import Article
from quotetool.store import Database, accept, add_quote, import_article, set_speaker
from quotetool.store.queue import load_queue
from quotetool.tui.article_view import WINDOW_CHARS
from quotetool.tui.sanitize import display

from .tui_support import ANNOTATOR, decisions, fresh, make_app, proposals, status_text

SIZE = (80, 24)

HOSTILE = (
    "Titelzeile\n"
    "Er sagte: „[bold]Alles gut[/bold] und [@click=app.quit]klick mich[/] hier“ – so der Sprecher.\n"
    "Farbe: \x1b[31mROT\x1b[0m und \x1b]0;neuer Titel\x07 und C1: \x9b31m Ende.\n"
    "Bidi: abc\u202eevil\u202c def \u2066iso\u2069 und Null\u200bbreite\u200d Zeichen\ufeff.\n"
    "Unbalanciert: „offen ohne Ende und »noch eins.\n" + "Lang " + "wort " * 2000 + "\n" + "X" * 10_000 + "\n"
    "Schluss.\n"
)


def _import(db: Database, text: str, *, detect: bool = True) -> int:
    article = Article(text=text, origin="hostile.txt", title="[red]Titel[/red] \x1b[2J")
    if detect:
        return import_article(db, article).document_id
    return import_article(db, article, detector=lambda _t: []).document_id  # as `import --no-detect`


def _screen_segments(app) -> list[list[Segment]]:
    view = app.article
    return [list(view.render_line(y)) for y in range(view.size.height)]


def _visible_text(app) -> str:
    return "\n".join("".join(seg.text for seg in line) for line in _screen_segments(app))


@pytest.fixture
def hostile(db: Database):
    doc = _import(db, HOSTILE)
    start = HOSTILE.index("[bold]")
    end = HOSTILE.index("“ – so")
    quote = add_quote(db, doc, start, end, kind="direct", speaker="[bold red]Böse[/] \x1b[31mName", annotator=ANNOTATOR)
    return db, doc, quote


async def test_markup_in_the_article_is_shown_literally_and_does_nothing(hostile):
    db, _doc, quote = hostile
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        app.show_quote(fresh(db, quote))
        await pilot.pause()
        shown = _visible_text(app)
        assert "[bold]Alles gut[/bold]" in shown
        assert "[@click=app.quit]klick mich[/]" in shown
        # Click right on the would-be link: nothing happens, the app keeps running.
        for y, line in enumerate(_screen_segments(app)):
            text = "".join(s.text for s in line)
            if "klick mich" in text:
                await pilot.click("#article", offset=(text.index("klick mich") + 2, y))
        await pilot.pause()
        assert app.is_running
        detail = str(app.query_one("#detail").render())
        assert "[bold red]Böse[/] ␛[31mName" in detail
        row = app.queue.format_row(app.queue.row(quote.id), 160)
        assert "[bold red]Böse[/] ␛[3" in row and "[@click=app.quit]klick mich[/]" in row and "\x1b" not in row
        assert Content.from_markup(app.article.border_title).plain == "[red]Titel[/red] ␛[2J"  # stored escaped


async def test_control_characters_are_visible_and_offsets_stay_true(hostile):
    db, _doc, quote = hostile
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        app.show_quote(fresh(db, quote))
        await pilot.pause()
        everything: list[str] = []
        view = app.article
        for index in range(len(view._lines)):
            everything.extend(s.text for s in view._paint(view._lines[index], view.rich_style))
        painted = "".join(everything)
        for bad in ("\x1b", "\x07", "\x9b", "\u202e", "\u202c", "\u2066", "\u2069", "\u200b", "\u200d", "\ufeff"):
            assert bad not in painted, repr(bad)
        assert "␛[31mROT␛[0m" in painted and "␇" in painted
        # The highlight covers exactly the stored quote, character for character.
        current = view.rich_style + view._style("current")
        highlighted = "".join(
            s.text
            for index in range(len(view._lines))
            for s in view._paint(view._lines[index], view.rich_style)
            if s.style == current
        )
        assert highlighted == display(quote.text).replace("\n", "")


async def test_bidi_and_zero_width_marks_keep_their_offsets(db: Database):
    doc = _import(db, HOSTILE)
    start = HOSTILE.index("abc\u202e")
    end = HOSTILE.index(" def")
    quote = add_quote(db, doc, start, end, kind="direct", speaker=None, annotator=ANNOTATOR)
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        app.show_quote(fresh(db, quote))
        await pilot.pause()
        view = app.article
        current = view.rich_style + view._style("current")
        control = current + view._style("control")
        text = "".join(s.text for line in _screen_segments(app) for s in line if s.style in (current, control))
        assert text == display("abc\u202eevil\u202c")
        assert len(text) == len("abc\u202eevil\u202c")


async def test_long_lines_wrap_within_the_pane(db: Database):
    doc = _import(db, HOSTILE, detect=False)
    start = HOSTILE.index("X" * 10)
    quote = add_quote(db, doc, start + 5000, start + 5010, kind="direct", speaker=None, annotator=ANNOTATOR)
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        app.show_quote(fresh(db, quote))
        await pilot.pause()
        view = app.article
        width = view.scrollable_content_region.width
        assert all(line.end - line.start <= width + 6000 for line in view._lines)
        for line in _screen_segments(app):
            assert sum(len(s.text) for s in line) == width
        assert "XXXXXXXXXX" in _visible_text(app)


async def test_a_20_mb_article_stays_responsive(db: Database):
    paragraph = "Der Minister sagte, die Lage sei ernst. " * 25 + "\n"
    text = paragraph * (20_000_000 // len(paragraph))
    assert len(text) >= 19_000_000
    doc = _import(db, text, detect=False)
    middle = text.index("Der Minister", len(text) // 2)
    late = text.index("Der Minister", len(text) - 5000)
    a = add_quote(db, doc, middle, middle + 12, kind="indirect", speaker="Minister", annotator=ANNOTATOR)
    b = add_quote(db, doc, late, late + 12, kind="indirect", speaker="Minister", annotator=ANNOTATOR)
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.current.id == a.id
        assert len(app.article._shown) <= 2 * WINDOW_CHARS + 5000  # only a window is laid out
        started = time.perf_counter()
        await pilot.press("n")
        assert app.current.id == b.id
        await pilot.press("p", "right_curly_bracket")
        elapsed = time.perf_counter() - started
        assert fresh(db, a).end > middle + 12
        assert elapsed < 10, elapsed  # generous for slow CI; a full-text render would take minutes
        assert "characters before this part" in _visible_text(app) or app.article._lo > 0


@pytest.mark.both_backends
async def test_a_stale_quote_is_refused_and_reloaded(review_db):
    first = proposals(review_db)[0]
    app = make_app(review_db)
    async with app.run_test(size=SIZE) as pilot:
        shown = app.current
        assert shown.id == first
        accept(review_db, first, annotator="colleague", version=shown.version)  # another editor, same file
        await pilot.press("x")
        stored = fresh(review_db, first)
        assert (stored.status, stored.annotator) == ("accepted", "colleague")
        assert "changed by colleague" in str(app.query_one("#status").render())
        assert app.current.id == first and app.current.version == stored.version  # the fresh state is shown
        assert "accepted" in str(app.query_one("#detail").render())
        assert app.queue.row(first).status == "accepted"
        await pilot.press("x")  # deciding again on what is now shown works
        assert fresh(review_db, first).status == "rejected"
        assert decisions(review_db, first) == [("accept", "colleague"), ("reject", ANNOTATOR)]


@pytest.mark.both_backends
async def test_two_app_instances_on_one_file(review_db):
    first = proposals(review_db)[0]
    kind_before = fresh(review_db, first).kind
    new_kind, key = ("mixed", "m") if kind_before != "mixed" else ("direct", "d")
    other_db = open_copy(review_db)  # a second editor's connection to the same file or server database
    try:
        one, two = make_app(review_db, annotator="anna"), make_app(other_db, annotator="ben")
        async with one.run_test(size=SIZE) as p1, two.run_test(size=SIZE) as p2:
            assert one.current.id == two.current.id == first
            await p1.press("s", "ctrl+a", "ctrl+k", *"Anna Sicht", "enter")
            await p2.press("k", key)  # ben still sees the old version
            assert "changed by anna" in str(two.query_one("#status").render())
            stored = fresh(review_db, first)
            assert (stored.speaker, stored.kind) == ("Anna Sicht", kind_before)  # ben's kind was not saved
            assert two.current.speaker == "Anna Sicht"  # ben now sees anna's change
            await p2.press("k", key)
            assert fresh(review_db, first).kind == new_kind
            assert [d for d, _ in decisions(review_db, first)] == ["speaker", "kind"]
    finally:
        other_db.close()


@pytest.mark.both_backends
async def test_two_editors_deciding_at_the_same_moment_lose_nothing_and_the_slower_is_told(review_db, monkeypatch):
    """Two apps, each with its own connection, press their keys on the same quote at the same moment, round
    after round: the store calls run at once in two threads. One decision is stored, the other is refused as
    stale (it was made on a state that no longer holds), and that editor sees the stored state."""
    monkeypatch.setattr("quotetool.tui.screen_base.POLL_SECONDS", 3600)  # neither app learns of the other by polling
    rounds = 4
    expected = proposals(review_db)[:rounds]
    other_db = open_copy(review_db)
    try:
        anna, ben = make_app(review_db, annotator="anna"), make_app(other_db, annotator="ben")
        async with anna.run_test(size=SIZE) as p1, ben.run_test(size=SIZE) as p2:
            await anna.workers.wait_for_complete()
            await ben.workers.wait_for_complete()
            for quote_id in expected:
                assert anna.current.id == ben.current.id == quote_id
                await asyncio.gather(p1.press("a"), p2.press("x"))  # anna accepts, ben rejects, at once
                stored = fresh(review_db, quote_id)
                action = {"accepted": "accept", "rejected": "reject"}[stored.status]
                assert decisions(review_db, quote_id) == [(action, stored.annotator)]  # the other was refused
                winner, loser = (anna, ben) if stored.annotator == "anna" else (ben, anna)
                assert (stored.status, stored.version) == (("accepted" if winner is anna else "rejected"), 2)
                assert f"changed by {stored.annotator}" in status_text(loser)
                assert loser.current.id == quote_id and loser.current.status == stored.status  # shown as stored
                assert winner.current.id != quote_id  # the winner moved on
                await (p1 if loser is anna else p2).press("g")  # the slower one goes on to the next undecided
            assert {r.id for r in load_queue(review_db) if r.status != "proposed"} == set(expected)
            with review_db.raw() as conn:
                logged = conn.execute("SELECT count(*) FROM decision").fetchone()[0]
            assert logged == rounds  # one decision per round: none lost, none stored over another unseen
    finally:
        other_db.close()


@pytest.mark.both_backends
async def test_reload_shows_what_another_editor_did(review_db):
    first, second = proposals(review_db)[:2]
    app = make_app(review_db)
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        accept(review_db, first, annotator="colleague")
        accept(review_db, second, annotator="colleague")
        await pilot.press("ctrl+r")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.current.status == "accepted" and app.current.annotator == "colleague"
        assert app.queue.row(second).status == "accepted" and app.overall.decided == 2
        assert "overall 2/" in str(app.query_one("#topbar").render())


@pytest.mark.both_backends
async def test_a_locked_database_is_a_sentence_and_the_decision_can_be_retried(review_db, monkeypatch):
    monkeypatch.setenv("QUOTETOOL_BUSY_TIMEOUT_MS", "200")  # read when a database is opened
    impatient = open_copy(review_db)
    first = proposals(review_db)[0]
    app = make_app(impatient)
    try:
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            holder = hold_write_lock(review_db)  # another program writing, SQLite's lock or the server's
            try:
                await pilot.press("a")
                status = str(app.query_one("#status").render())
                said = "locked by another program" if review_db.dialect == "sqlite" else "busy with another writer"
                assert said in status and "nothing was changed" in status and "Traceback" not in status
                assert app.is_running and app.current.id == first
            finally:
                release_write_lock(holder)
            assert fresh(review_db, first).status == "proposed"
            await pilot.press("a")
            assert fresh(review_db, first).status == "accepted"
            assert "Accepted" in str(app.query_one("#status").render())
    finally:
        impatient.close()


async def test_an_unexpected_error_is_a_sentence_not_a_crash(review_db, monkeypatch):
    app = make_app(review_db)
    async with app.run_test(size=SIZE) as pilot:

        def broken(*_args, **_kwargs):
            raise RuntimeError("disk on fire")

        monkeypatch.setattr("quotetool.tui.screen_notes.speaker_names", broken)
        await pilot.press("s")
        assert "Something went wrong (RuntimeError: disk on fire)" in str(app.query_one("#status").render())
        assert app.is_running
        await pilot.press("a")
        assert app.overall.decided == 1


async def test_speaker_names_from_articles_are_not_markup_in_the_modal(review_db):
    first = proposals(review_db)[0]
    set_speaker(review_db, first, "[b]Fett[/b] [@click=app.quit]x[/]", annotator="setup")
    app = make_app(review_db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("s")
        options = app.screen.query_one("#speaker-matches")
        prompts = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert "[b]Fett[/b] [@click=app.quit]x[/]" in prompts
        await pilot.click("#speaker-matches", offset=(3, 0))
        await pilot.pause()
        assert app.is_running
