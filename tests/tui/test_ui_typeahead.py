"""Typing ahead: the keys pressed after a key that opens a dialog, before the dialog is up, go to that dialog in
order (Enter submits what was typed before it, Escape cancels), never to the review screen underneath, where
single letters are decisions. Each test sends the opening key and what follows in one burst, with no pause for
the app between the keys (as a fast typist or tmux delivers them), through the real app on a real SQLite file."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual import events
from textual.keys import _character_to_key

from quotetool.store import Database, document_quotes
from quotetool.store.queue import load_queue
from quotetool.store.registry import list_speakers

from .test_ui_e2e_tmux import ANNOTATOR as E2E_ANNOTATOR
from .test_ui_e2e_tmux import TMUX, _annotate, _opened
from .tui_support import ANNOTATOR, SEEDS, decisions, fresh, import_seeds, make_app, status_text, until

SIZE = (100, 30)
CHARS = {"enter": "\r", "escape": "\x1b", "tab": "\t", "space": " "}


async def press_at_once(pilot, *keys: str) -> None:
    """Press ``keys`` (as ``Pilot.press`` names them) in one burst: all are queued before the app handles the
    first one (``Pilot.press`` waits for the app to be idle after every key)."""
    app = pilot.app
    for key in keys:
        if len(key) == 1:
            key, char = (key if key.isalnum() else _character_to_key(key)), key
        else:
            char = CHARS.get(key)
        event = events.Key(key, char)
        event.set_sender(app)
        app._driver.send_message(event)
    await pilot.pause()


def _log(db: Database) -> dict[int, list[tuple[str, str]]]:
    """Every quote's logged decisions."""
    return {row.id: decisions(db, row.id) for row in load_queue(db)}


def _changed(db: Database, before: dict[int, list[tuple[str, str]]]) -> dict[int, list[tuple[str, str]]]:
    """The decisions logged since ``before``, by quote (new quotes included)."""
    after = _log(db)
    return {i: log[len(before.get(i, [])) :] for i, log in after.items() if log != before.get(i, [])}


async def _open(db: Database, pilot, app):
    """The app is up with its queue loaded; the quote on screen and the log as it is."""
    await until(pilot, lambda: app.queue.loaded and app.current is not None)
    await app.workers.wait_for_complete()
    await pilot.pause()
    assert app.current is not None and app.current.status == "proposed"
    return app.current, _log(db)


async def _settled(pilot, app, check) -> None:
    """Wait until ``check()`` holds with the review screen on top again and the dialog's worker done."""
    await until(pilot, lambda: check() and app.screen is app.review)
    assert app.screen is app.review, f"{app.screen} is still open"
    await app.workers.wait_for_complete()
    await pilot.pause()


async def test_a_comment_typed_ahead_is_stored_and_no_letter_acts_on_the_review(review_db):
    app = make_app(review_db)
    async with app.run_test(size=SIZE) as pilot:
        quote, before = await _open(review_db, pilot, app)
        # a accept, space skip, k kind, l, e export, s speaker, r: all bindings of the review screen
        await press_at_once(pilot, "c", *"alles klar", "enter")
        await _settled(pilot, app, lambda: fresh(review_db, quote).comment is not None)
        assert fresh(review_db, quote).comment == "alles klar"
        assert _changed(review_db, before) == {quote.id: [("comment", ANNOTATOR)]}
        assert fresh(review_db, quote).status == "proposed"


async def test_escape_typed_ahead_cancels_the_comment(review_db):
    app = make_app(review_db)
    async with app.run_test(size=SIZE) as pilot:
        quote, before = await _open(review_db, pilot, app)
        await press_at_once(pilot, "c", *"ax", "escape")
        await _settled(pilot, app, lambda: "Comment unchanged" in status_text(app))
        assert "Comment unchanged" in status_text(app)
        assert _changed(review_db, before) == {}
        assert app.current is not None and app.current.id == quote.id


async def test_the_kind_typed_ahead_is_set_and_a_key_after_the_dialog_acts_on_the_review(review_db):
    app = make_app(review_db)
    async with app.run_test(size=SIZE) as pilot:
        quote, before = await _open(review_db, pilot, app)
        kind = "mixed" if quote.kind != "mixed" else "indirect"
        # the kind dialog takes m (or i); x comes after it has closed: it rejects the same quote, as typed
        await press_at_once(pilot, "k", kind[0], "x")
        await _settled(pilot, app, lambda: fresh(review_db, quote).status == "rejected")
        stored = fresh(review_db, quote)
        assert (stored.kind, stored.status) == (kind, "rejected")
        assert _changed(review_db, before) == {quote.id: [("kind", ANNOTATOR), ("reject", ANNOTATOR)]}


async def test_the_flag_typed_ahead_is_set_not_the_comment_its_key_opens_on_the_review(review_db):
    app = make_app(review_db)
    async with app.run_test(size=SIZE) as pilot:
        quote, before = await _open(review_db, pilot, app)
        await press_at_once(pilot, "f", "c")  # c: check-source in the flag dialog, a comment on the review
        await _settled(pilot, app, lambda: fresh(review_db, quote).flag is not None)
        assert fresh(review_db, quote).flag == "check-source"
        assert _changed(review_db, before) == {quote.id: [("flag", ANNOTATOR)]}


async def test_a_speaker_typed_ahead_is_stored(review_db):
    app = make_app(review_db)
    async with app.run_test(size=SIZE) as pilot:
        quote, before = await _open(review_db, pilot, app)
        await press_at_once(pilot, "s", *"Zora Quendel", "enter")
        await _settled(pilot, app, lambda: fresh(review_db, quote).speaker == "Zora Quendel")
        assert fresh(review_db, quote).speaker == "Zora Quendel"
        assert _changed(review_db, before) == {quote.id: [("speaker", ANNOTATOR)]}


async def test_an_export_path_typed_ahead_is_written(review_db, tmp_path: Path):
    target = tmp_path / "typed_ahead-export.csv"
    app = make_app(review_db)
    async with app.run_test(size=SIZE) as pilot:
        _quote, before = await _open(review_db, pilot, app)
        await press_at_once(pilot, "e", *str(target), "enter")  # the default path is selected: typing replaces it
        await _settled(pilot, app, target.exists)
        await until(pilot, lambda: "written to" in status_text(app) or "No quote" in status_text(app))
        assert target.exists()
        assert _changed(review_db, before) == {}


async def test_a_search_typed_ahead_finds_the_word(review_db):
    app = make_app(review_db)
    async with app.run_test(size=SIZE) as pilot:
        _quote, before = await _open(review_db, pilot, app)
        text = app.doc.text
        word = "dementierten"
        assert word in text
        await press_at_once(pilot, "ctrl+f", *word, "enter")
        await _settled(pilot, app, lambda: "Found" in status_text(app))
        assert app.article.selecting and app.article.selection_span()[0] == text.index(word)
        assert _changed(review_db, before) == {}


async def test_the_add_quote_chain_typed_ahead_adds_the_quote(review_db):
    app = make_app(review_db)
    async with app.run_test(size=SIZE) as pilot:
        _quote, before = await _open(review_db, pilot, app)
        doc_id = app.doc.id
        known = {q.id for q in document_quotes(review_db, doc_id)}
        # select two words, use them; the kind dialog takes i, the speaker dialog (opened after it) the name
        await press_at_once(pilot, "m", "right", "shift+right", "enter", "i", *"Zora Quendel", "enter")
        await _settled(pilot, app, lambda: len(document_quotes(review_db, doc_id)) > len(known))
        added = [q for q in document_quotes(review_db, doc_id) if q.id not in known]
        assert [(q.kind, q.speaker, q.origin) for q in added] == [("indirect", "Zora Quendel", "manual")]
        assert _changed(review_db, before) == {added[0].id: [("add", ANNOTATOR)]}


async def test_an_external_id_typed_ahead_on_the_speakers_screen_is_stored(review_db):
    assert list_speakers(review_db), "the seeds name speakers"
    app = make_app(review_db)
    async with app.run_test(size=SIZE) as pilot:
        _quote, before = await _open(review_db, pilot, app)
        await press_at_once(pilot, "S", "i", *"q42", "enter")
        await until(pilot, lambda: any(s.external_id == "Q42" for s in list_speakers(review_db)))
        assert [s.external_id for s in list_speakers(review_db) if s.external_id] == ["Q42"]
        await pilot.pause(0.2)
        assert app.screen.__class__.__name__ == "SpeakersScreen"
        assert _changed(review_db, before) == {}


async def test_a_filter_typed_ahead_is_applied(review_db):
    app = make_app(review_db)
    async with app.run_test(size=SIZE) as pilot:
        _quote, before = await _open(review_db, pilot, app)
        await press_at_once(pilot, "slash", *"kind:direct", "enter")
        await until(pilot, lambda: app.review.model.filter.kind == "direct" and app.queue.loaded)
        assert app.review.model.filter.kind == "direct"
        assert _changed(review_db, before) == {}


async def test_keys_typed_ahead_of_the_help_screen_go_to_it_and_decide_nothing(review_db):
    app = make_app(review_db)
    async with app.run_test(size=SIZE) as pilot:
        _quote, before = await _open(review_db, pilot, app)
        await press_at_once(pilot, "question_mark", "end", "a", "x")  # a, x: no keys of the help screen
        await until(pilot, lambda: app.screen.__class__.__name__ == "HelpScreen")
        scroll = app.screen.query_one("#help-scroll")
        await until(pilot, lambda: scroll.scroll_y == scroll.max_scroll_y > 0)
        assert app.screen.__class__.__name__ == "HelpScreen"
        assert scroll.scroll_y == scroll.max_scroll_y > 0
        await press_at_once(pilot, "q")  # closes the help screen, does not quit
        await until(pilot, lambda: app.screen is app.review)
        assert app.is_running and app.screen is app.review
        assert _changed(review_db, before) == {}


@pytest.mark.slow
@pytest.mark.skipif(TMUX is None, reason="tmux is not installed (CI installs it)")
def test_a_comment_typed_ahead_in_a_real_terminal_is_stored(tmp_path: Path):
    db_file = tmp_path / "quotes.db"
    with _opened(db_file) as db:
        import_seeds(db, SEEDS)
        before = _log(db)
    term = _annotate(tmp_path, db_file)  # (a tmux server of its own: `tmux -L <unique socket>`)
    try:
        term.wait_for("in queue")
        with _opened(db_file) as db:
            quote = next(r for r in load_queue(db) if r.status == "proposed")
        term.keys("c" + "alles klar", "Enter")  # one send-keys: c opens the dialog, the rest is typed ahead
        term.wait_for(f"Comment on quote {quote.id}: alles klar")
        term.keys("q")
        term.wait_for("QUOTETOOL-EXIT:0")
    finally:
        term.kill()
    with _opened(db_file) as db:
        assert fresh(db, quote.id).comment == "alles klar"
        assert _changed(db, before) == {quote.id: [("comment", E2E_ANNOTATOR)]}
