"""The status line says what is true now: grammar, stale messages replaced, undo's 'more', ctrl+r in a worker."""

from __future__ import annotations

import threading

from quotetool.store import accept, get_document

from .tui_support import fresh, make_app, proposals, status_text

SIZE = (80, 24)


async def _filter(app, pilot, line: str) -> None:
    await pilot.press("slash", "ctrl+a", "ctrl+k", *line, "enter")
    await app.workers.wait_for_complete()
    await pilot.pause()


async def test_one_quote_matches_the_filter(review_db):
    app = make_app(review_db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a")
        await _filter(app, pilot, "status:accepted")
        assert status_text(app).startswith("1 quote matches the filter status:accepted;")
        await _filter(app, pilot, "status:proposed")
        assert f"{len(proposals(review_db))} quotes match the filter" in status_text(app)


async def test_a_stale_message_is_replaced_when_the_editor_moves_on(review_db):
    app = make_app(review_db)
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.press("u")
        assert "Nothing left to undo" in status_text(app)
        await pilot.press("n")
        assert "Nothing left to undo" not in status_text(app)
        await pilot.press("u", "greater_than_sign")
        assert "Nothing left to undo" not in status_text(app)
        await pilot.press("u", "g")
        assert "Nothing left to undo" not in status_text(app)


async def test_a_filter_error_is_replaced_when_the_filter_is_cleared_or_closed(review_db):
    app = make_app(review_db)
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.press("slash", "ctrl+a", "ctrl+k", *"status:bogus", "enter")
        assert "'bogus' is not a status" in status_text(app)
        await pilot.press("ctrl+a", "ctrl+k", "enter")  # the empty filter: everything
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "bogus" not in status_text(app)
        assert status_text(app) == f"No filter: all {len(app.queue.rows)} quotes are in the queue."
        await pilot.press("slash", "ctrl+a", "ctrl+k", *"status:bogus", "enter", "escape")
        assert status_text(app) == "The filter is unchanged (none)."


async def test_undo_says_more_only_while_something_is_left(review_db):
    first, second = proposals(review_db)[:2]
    app = make_app(review_db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a", "a")
        await pilot.press("u")
        assert status_text(app).endswith("u undoes more.")
        await pilot.press("u")
        assert fresh(review_db, first).status == "proposed"
        assert "u undoes more" not in status_text(app) and status_text(app).endswith("Nothing more to undo.")
        await pilot.press("u")
        assert "Nothing left to undo" in status_text(app)
    other = make_app(review_db, annotator="someone-else")  # only the annotator's own decisions count
    async with other.run_test(size=SIZE) as pilot:
        accept(review_db, second, annotator="tester")
        await pilot.press("x", "u")
        assert status_text(other).endswith("Nothing more to undo.")


async def test_reload_reads_in_a_worker(review_db, monkeypatch):
    first = proposals(review_db)[0]
    readers: list[bool] = []

    def watched(db, document_id):  # the real read, noting whether it ran on the UI thread
        readers.append(threading.current_thread() is threading.main_thread())
        return get_document(db, document_id)

    app = make_app(review_db)
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        accept(review_db, first, annotator="colleague")
        monkeypatch.setattr("quotetool.tui.reads.get_document", watched)
        await pilot.press("ctrl+r")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert readers and not any(readers), readers  # the article was read, and not on the UI thread
        assert app.current.id == first and app.current.annotator == "colleague"
        assert "Reloaded from the database." in status_text(app)
        await pilot.press("x")  # review keys work again after the reload
        assert fresh(review_db, first).status == "rejected"
