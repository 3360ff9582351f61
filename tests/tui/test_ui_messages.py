"""The status line says what is true now: grammar, stale messages replaced, undo's 'more', ctrl+r in a worker."""

from __future__ import annotations

from .tui_support import make_app, proposals, status_text

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
