"""Keys act only on the quote the screen shows: with a filter that matches nothing there is none."""

from __future__ import annotations

from quotetool.store.queue import load_queue

from .tui_support import decisions, fresh, make_app, proposals, status_text

SIZE = (80, 24)


async def _filter(app, pilot, line: str) -> None:
    await pilot.press("slash", "ctrl+a", "ctrl+k", *line, "enter")
    await app.workers.wait_for_complete()
    await pilot.pause()


def _stored(db) -> list[tuple]:
    return [(r.id, r.status, r.kind, r.start, r.end, r.speaker) for r in load_queue(db)]


async def test_no_decision_key_acts_without_a_quote_on_screen(review_db):
    app = make_app(review_db)
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await _filter(app, pilot, "zqxwvy")
        assert app.queue.rows == [] and app.current is None
        assert "0 in queue" in str(app.screen.query_one("#queue-header").render())
        detail = str(app.screen.query_one("#detail").render())
        assert 'no quote matches the filter "zqxwvy"' in detail  # the panel shows no quote
        before = _stored(review_db)
        for key in ("x", "a", "space", "s", "k", "d", "left_square_bracket", "right_curly_bracket"):
            await pilot.press(key)
            await pilot.pause()
            assert app.screen is app.review, key  # no dialog opened
            message = status_text(app)
            assert 'no quote matches the filter "zqxwvy"' in message and message.endswith("Nothing was stored."), key
        assert _stored(review_db) == before
        assert all(decisions(review_db, quote_id) == [] for quote_id, *_ in before)


async def test_undo_restores_the_quote_and_the_filter_keeps_its_meaning(review_db):
    first = proposals(review_db)[0]
    app = make_app(review_db)
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.press("x")
        assert fresh(review_db, first).status == "rejected"
        await _filter(app, pilot, "status:rejected")
        assert [r.id for r in app.queue.rows] == [first] and app.current.id == first
        await pilot.press("u")  # back to proposed: it no longer matches status:rejected ...
        assert fresh(review_db, first).status == "proposed"
        assert "Undone your reject on quote" in status_text(app)
        # ... but the row already listed stays (updated), so the cursor does not jump
        assert app.queue.row(first).status == "proposed"
        await _filter(app, pilot, "zqxwvy")
        await pilot.press("x")  # nothing on screen: nothing stored
        assert fresh(review_db, first).status == "proposed"
        await pilot.press("a")
        assert fresh(review_db, first).status == "proposed"
        await _filter(app, pilot, "")
        await pilot.press("x", "x")
        await _filter(app, pilot, "zqxwvy")
        await pilot.press("u")  # the undone quote does not match: it is not listed in the filtered queue
        assert app.queue.rows == [] and app.current is None
        assert "does not match the filter" in status_text(app)
        await pilot.press("a")
        assert "Nothing was stored." in status_text(app)
