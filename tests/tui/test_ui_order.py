"""The queue's order through the real app (Pilot): least confident first, switching it with `o`, decisions
under it stored on the quote shown, filters in it."""

from __future__ import annotations

from pathlib import Path

import pytest
from rated_support import UNCERTAIN_WORDS, import_rated

from quotetool.store import Database
from quotetool.store.queue import QueueFilter, load_queue

from .tui_support import ANNOTATOR, decisions, fresh, make_app, screen_lines, status_text, until

SIZE = (100, 30)


@pytest.fixture
def rated_db(tmp_path: Path):
    database = Database.open(str(tmp_path / "rated.db"))
    yield database
    database.close()


def _header(app) -> str:
    return str(app.query_one("#queue-header").render())


async def test_opened_least_confident_first_next_and_previous_follow_the_confidence(rated_db):
    ids = import_rated(rated_db)
    uncertain = [ids[w] for w in UNCERTAIN_WORDS]
    app = make_app(rated_db, order="uncertain")
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: app.queue.loaded)
        assert app.current is not None and app.current.id == uncertain[0]  # 0.30, in the second article
        assert app.doc is not None and app.doc.id == 2
        assert [r.id for r in app.queue.rows] == uncertain
        assert app.queue.current_id == uncertain[0]
        assert "least confident first" in _header(app) and "conf" in _header(app)
        assert any("0.30" in line and "brannte das Dach" in line for line in screen_lines(app))
        await pilot.press("n")
        assert app.current.id == uncertain[1] and app.doc.id == 1  # 0.45 in the first article comes next
        assert app.queue.current_id == uncertain[1]
        assert any("Die Kämmerin erklärte, das" in line for line in screen_lines(app))  # its article's text
        await pilot.press("n")
        assert app.current.id == uncertain[2] and app.doc.id == 2  # 0.45 in the second article: by article
        await pilot.press("p", "p")
        assert app.current.id == uncertain[0]
        await pilot.press("p")
        assert app.current.id == uncertain[0] and "first quote" in status_text(app)


async def test_a_decision_in_the_uncertain_order_is_stored_on_the_quote_shown(rated_db):
    ids = import_rated(rated_db)
    uncertain = [ids[w] for w in UNCERTAIN_WORDS]
    app = make_app(rated_db, order="uncertain")
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: app.queue.loaded)
        shown = app.current
        assert shown.id == uncertain[0]
        await pilot.press("a")
        await until(pilot, lambda: fresh(rated_db, shown.id).status == "accepted")
        assert fresh(rated_db, shown.id).status == "accepted"
        assert decisions(rated_db, shown.id) == [("accept", ANNOTATOR)]
        assert all(fresh(rated_db, i).status == "proposed" for i in uncertain[1:])  # no other quote changed
        assert app.current.id == uncertain[1]  # on to the next least confident
        assert [r.id for r in app.queue.rows] == uncertain  # the decided quote keeps its place
        await pilot.press("x")
        await until(pilot, lambda: fresh(rated_db, uncertain[1]).status == "rejected")
        assert fresh(rated_db, uncertain[1]).status == "rejected" and app.current.id == uncertain[2]
        await pilot.press("g")  # the next open one in this order
        assert app.current.id == uncertain[3]


async def test_o_switches_the_order_and_keeps_the_quote_on_screen(rated_db):
    ids = import_rated(rated_db)
    by_document = [r.id for r in load_queue(rated_db)]
    app = make_app(rated_db)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: app.queue.loaded)
        assert app.current.id == by_document[0] and "least confident" not in _header(app)
        await pilot.press("n")
        here = app.current.id
        await pilot.press("o")
        await until(pilot, lambda: app.review.model.order == "uncertain")
        assert [r.id for r in app.queue.rows] == [ids[w] for w in UNCERTAIN_WORDS]
        assert app.current.id == here and app.queue.current_id == here
        assert "least confident first" in _header(app)
        assert "least confident first" in status_text(app).lower()
        position = UNCERTAIN_WORDS.index(next(w for w, i in ids.items() if i == here))
        await pilot.press("n")
        assert app.current.id == ids[UNCERTAIN_WORDS[position + 1]]
        await pilot.press("o")
        await until(pilot, lambda: app.review.model.order == "document")
        assert [r.id for r in app.queue.rows] == by_document and "least confident" not in _header(app)
        assert any(key == "o" and "[order]" in text for key, text in app.help_keys())


async def test_a_filter_keeps_the_uncertain_order(rated_db):
    ids = import_rated(rated_db)
    app = make_app(rated_db, order="uncertain")
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: app.queue.loaded)
        await pilot.press("slash", *"kind:direct", "enter")
        await until(pilot, lambda: app.review.model.filter.active and app.queue.loaded)
        direct = [ids[w] for w in UNCERTAIN_WORDS if w[0].isupper()]  # the direct quotes begin with a capital
        assert [r.id for r in app.queue.rows] == direct
        assert direct == [r.id for r in load_queue(rated_db, QueueFilter(kind="direct"), order="uncertain")]
        assert app.current.id == direct[2]  # the article on screen stays: its direct quote, the last in the queue
        await pilot.press("n")
        assert app.current.id == direct[2] and "last quote" in status_text(app)
        await pilot.press("p")
        assert app.current.id == direct[1]
        await pilot.press("p")
        assert app.current.id == direct[0] and app.doc.id == 3
        assert "least confident first" in _header(app)


def test_snapshot_of_the_queue_least_confident_first(snap_compare, rated_db):
    """At 80×24: the header says the order, each row shows its confidence; the accepted least confident
    quote keeps its place at the top and the next least confident is on screen."""
    import_rated(rated_db)

    async def decide(pilot) -> None:
        await pilot.app.workers.wait_for_complete()
        await pilot.press("a")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()

    assert snap_compare(make_app(rated_db, order="uncertain"), terminal_size=(80, 24), run_before=decide)
