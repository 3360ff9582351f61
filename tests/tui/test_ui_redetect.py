"""`redetect` while an editor works: the screen notices the article's new revision and reloads it by itself."""

from __future__ import annotations

import pytest
from conftest import open_copy

from quotetool.store import get_quote, redetect
from quotetool.store.queue import load_queue

from .tui_support import ANNOTATOR, decisions, fresh, make_app, proposals, status_text

SIZE = (80, 24)


async def _until(pilot, condition, seconds: float = 10) -> None:
    for _ in range(int(seconds / 0.1)):
        if condition():
            return
        await pilot.pause(0.1)
    raise AssertionError("the screen did not recover in time")


@pytest.mark.both_backends
async def test_redetect_from_outside_is_picked_up_without_ctrl_r(review_db):
    first, second = proposals(review_db)[:2]
    app = make_app(review_db)
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.press("a")  # first accepted: redetect keeps it
        assert app.current.id == second
        shown_at = app.current.start
        other = open_copy(review_db)  # another process's connection to the same file or server database
        try:
            redetect(other, [app.doc.id])
        finally:
            other.close()
        assert get_quote(review_db, second) is None  # the untouched proposal on screen was replaced
        await _until(pilot, lambda: app.current is not None and get_quote(review_db, app.current.id) is not None)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "were replaced (redetect)" in status_text(app)
        assert app.current.start == shown_at  # the same stretch of text: the editor keeps the place
        assert {r.id for r in app.queue.rows} == {r.id for r in load_queue(review_db)}
        now_on = app.current.id
        await pilot.press("x")  # the next decisions work
        assert fresh(review_db, now_on).status == "rejected"
        assert decisions(review_db, now_on) == [("reject", ANNOTATOR)]
        await pilot.press("n", "g")
        assert app.current is not None and app.current.status == "proposed"
        assert fresh(review_db, app.current.id).status == "proposed"
        assert "No undecided proposal" not in status_text(app)
        assert fresh(review_db, first).status == "accepted"


async def test_a_decision_on_a_replaced_quote_triggers_the_reload(review_db, monkeypatch):
    monkeypatch.setattr("quotetool.tui.screen_base.POLL_SECONDS", 3600)  # no poll: the failed decision asks
    app = make_app(review_db)
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        shown = app.current
        redetect(review_db, [shown.document_id])
        await pilot.press("a")  # before the next poll: "There is no quote N", and the screen reloads the article
        await app.workers.wait_for_complete()
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.current is not None and app.current.id != shown.id and app.current.start == shown.start
        assert "were replaced (redetect)" in status_text(app)
        target = app.current
        await pilot.press("a")
        assert fresh(review_db, target.id).status == "accepted"
