"""A queue of many rows: what a decision or a jump touches is bounded by the screen or by log n, never the queue.

Counted, not timed (the timings live in benchmarks/bench_ui.py): the order keys the model computes for a
decision, and the quote ids the queue asks the store snippets for after the cursor jumps far.
"""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st
from textual.app import App, ComposeResult

from quotetool.queue_order import QueueOrder, order_key
from quotetool.store.queue import QueueRow
from quotetool.tui.model import QueueRows
from quotetool.tui.queue_view import QueueView

BIG = 200_000


def queue_row(quote_id: int, document_id: int, start: int, status: str = "proposed", confidence: float = 0.5):
    return QueueRow(
        (quote_id, document_id, start, start + 10, status, "direct", "detector", "Olaf Scholz", None, 0, confidence)
    )


def big_rows(n: int, order: QueueOrder = "document") -> list[QueueRow]:
    """``n`` rows, 20 to an article, in ``order``; the first 30 % decided (as bench_queue.py builds)."""
    rows = [
        queue_row(i, i // 20 + 1, (i % 20) * 100, "accepted" if i < n * 0.3 else "proposed", (i * 7919 % 1000) / 1000)
        for i in range(1, n + 1)
    ]
    return sorted(rows, key=lambda r: order_key(r, order))


class CountingRows(QueueRows):
    """The model's queue, counting the order keys it computes (each one a row looked at)."""

    keys = 0

    def key(self, quote):
        self.keys += 1
        return super().key(quote)


def test_a_decision_looks_at_log_n_rows_of_a_big_queue():
    queue = CountingRows()
    queue.set(big_rows(BIG))
    current = queue.row(int(BIG * 0.3) + 5)
    assert current is not None and queue.position(current.id) == int(BIG * 0.3) + 4
    queue.keys = 0
    decided = QueueRow(current)
    decided[4] = "accepted"
    queue.put(decided)  # the decision stored, applied to the queue
    following = queue.neighbour(queue.key(decided), forward=True, undecided=True)
    at = queue.position(following)
    assert following == current.id + 1 and at == queue.position(current.id) + 1
    assert queue.row(current.id).status == "accepted"
    assert queue.keys < 100, f"{queue.keys} rows looked at for one decision in a queue of {BIG:,}"


def test_a_quote_that_moves_or_joins_is_placed_by_bisection():
    queue = CountingRows()
    queue.set(big_rows(BIG))
    queue.keys = 0
    moved = QueueRow(queue.row(77))
    moved[2] = 1_990  # its span moved to the end of its article
    queue.put(moved)
    queue.put(queue_row(BIG + 1, 3, 150))  # a quote added by hand in article 3
    queue.remove(78)
    assert queue.keys < 200, f"{queue.keys} rows looked at to move, add and remove one quote"
    article_3 = [r.id for r in queue.rows if r.document_id == 3]
    assert article_3 == [40, 41, BIG + 1, *range(42, 60)]
    assert [r.id for r in queue.rows if r.document_id == 4][-2:] == [79, 77]
    keys = [order_key(r, "document") for r in queue.rows]
    assert keys == sorted(keys) and 78 not in queue and BIG + 1 in queue
    assert queue.position(77) == next(i for i, r in enumerate(queue.rows) if r.id == 77)


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["document", "uncertain"]), st.lists(st.tuples(st.integers(1, 60), st.integers(0, 3)), max_size=40)
)
def test_the_queue_stays_sorted_and_found_by_id_through_any_changes(order, changes):
    queue = QueueRows(order)
    queue.set(big_rows(50, order), order)
    rng = random.Random(len(changes))
    for quote_id, what in changes:
        if what == 0:
            queue.remove(quote_id)
        else:
            start = rng.randrange(0, 3000) if what == 1 else (quote_id % 20) * 100
            status = rng.choice(["proposed", "accepted", "rejected"])
            queue.put(queue_row(quote_id, quote_id // 20 + 1, start, status, rng.choice([None, 0.1, 0.5, 0.9])))
    keys = [order_key(r, order) for r in queue.rows]
    assert keys == sorted(keys)
    assert all(queue.position(r.id) == i and queue.row(r.id) is r for i, r in enumerate(queue.rows))
    assert len(queue) == len({r.id for r in queue.rows})


class QueueApp(App[None]):
    def __init__(self, rows: QueueRows, asked: list[list[int]]) -> None:
        super().__init__()
        self.rows, self.asked = rows, asked

    def compose(self) -> ComposeResult:
        def fetch(ids: list[int]) -> dict[int, str]:
            self.asked.append(list(ids))
            return {i: f"Zitat {i}" for i in ids}

        yield QueueView(self.rows, fetch_snippets=fetch)


async def test_a_far_jump_of_the_cursor_fetches_snippets_for_one_screen_only():
    rows = QueueRows()
    rows.set(big_rows(BIG))
    asked: list[list[int]] = []
    app = QueueApp(rows, asked)
    async with app.run_test(size=(100, 12)) as pilot:
        view = app.query_one(QueueView)
        view.sync(1)
        await pilot.pause()
        height = view.scrollable_content_region.height
        asked.clear()
        far = rows.rows[int(BIG * 0.6)].id
        view.sync(far)  # the cursor jumps 120,000 rows (as when the queue arrives, or n finds a far quote)
        await pilot.pause()
        await pilot.pause()
        assert view.cursor == int(BIG * 0.6) and int(view.scroll_y) <= view.cursor < int(view.scroll_y) + height
        requested = [i for ids in asked for i in ids]
        assert far in requested and len(requested) <= 2 * height, f"{len(requested)} snippets for {height} lines"
        assert all(len(ids) <= height for ids in asked)
        screen = "".join(s.text for s in app.screen._compositor.render_strips()[view.cursor - int(view.scroll_y)])
        assert f"Zitat {far}" in screen


def test_the_queue_is_read_without_garbage_collection_which_resumes_after(review_db):
    import gc

    from quotetool.store.queue import QueueFilter
    from quotetool.tui.reads import gc_paused, read_queue

    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
        with gc_paused():  # (a reload and a queue load at once)
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    read = read_queue(review_db, QueueFilter())
    try:
        assert gc.isenabled() and read.rows and read.by_id == {r.id: r for r in read.rows}
        assert gc.get_freeze_count() > 0  # the rows are kept out of later collections
        gc.disable()
        with gc_paused():
            pass
        assert not gc.isenabled()  # collection stays as the program had it
    finally:
        gc.enable()
        gc.unfreeze()


def test_the_queue_read_for_the_screen_shares_its_repeated_strings(review_db):
    from quotetool.store.queue import QueueFilter, load_queue

    shared = load_queue(review_db, QueueFilter(), share_strings=True)
    assert shared == load_queue(review_db) and all(type(r) is QueueRow for r in shared)
    for column in (4, 5, 6, 7):  # status, kind, origin, speaker: one object per distinct value
        values = [r[column] for r in shared if r[column] is not None]
        assert len({id(v) for v in values}) == len(set(values))


def _decide_first(db) -> int:
    from quotetool.store import accept, get_quote
    from quotetool.store.queue import first_quote

    quote = get_quote(db, first_quote(db))
    assert quote is not None
    accept(db, quote.id, annotator="t", version=quote.version)
    return quote.id


def test_a_connection_kept_open_spares_each_decision_the_checkpoint_of_the_log(review_db):
    from pathlib import Path

    from quotetool.store.queue import kept_open

    log = Path(f"{review_db.path}-wal")
    _decide_first(review_db)
    assert not log.exists()  # the last connection closed: SQLite checkpointed the log into the file, deleted it
    with kept_open(review_db):
        _decide_first(review_db)
        assert log.exists() and log.stat().st_size > 0  # the decision waits in the log, the file is not written
    assert not log.exists()


async def test_the_review_screen_keeps_a_connection_open_while_it_is_shown(review_db):
    from pathlib import Path

    from .tui_support import make_app, until

    log = Path(f"{review_db.path}-wal")
    app = make_app(review_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        first = app.current
        await pilot.press("a")
        await until(pilot, lambda: app.current is not first)
        assert log.exists()
    assert not log.exists()  # closed with the screen


def test_a_queue_worker_waits_at_the_gate_while_the_screen_answers_a_key(review_db):
    import gc
    import threading

    from quotetool.store.queue import QueueFilter
    from quotetool.tui.reads import LoadGate, read_queue

    gate = LoadGate()
    gate.HOLD_SECONDS = 60  # (released below, not by the clock)
    seen: list[bool] = []

    def between_batches() -> None:
        seen.append(gate.held)
        gate.wait()

    done = threading.Event()

    def load() -> None:
        read_queue(review_db, QueueFilter(), between_batches=between_batches)
        done.set()

    gate.hold()
    worker = threading.Thread(target=load)
    worker.start()
    try:
        assert not done.wait(0.3)  # held: the worker stands after its batch
        gate.release()
        assert done.wait(30)
    finally:
        gate.release()
        worker.join()
        gc.unfreeze()
    assert seen and seen[0] is True


async def test_a_load_that_a_decision_overlapped_is_recounted_in_a_worker(review_db):
    from quotetool.store import queue as q
    from quotetool.tui.messages import QueueLoaded
    from quotetool.tui.reads import read_queue

    from .tui_support import make_app, until

    app = make_app(review_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        screen = app.review
        await until(pilot, lambda: screen.model.queue.loaded)  # (the first load's message handled)
        before = read_queue(review_db, screen.model.filter, screen.model.order)  # read before the decision
        screen.model.begin_load()  # (as a queue worker starts)
        first = app.current
        await pilot.press("a")
        await until(pilot, lambda: app.current is not first)
        now = q.progress(review_db)
        assert before.overall.decided == now.decided - 1
        screen.queue_loaded(QueueLoaded(before, False))  # the load ends, counted before the decision
        assert screen.model.overall == before.overall  # (until the worker's count arrives)
        await until(pilot, lambda: screen.model.overall == now)
        assert screen.model.overall == now
        assert f"{now.decided}/{now.total}" in str(app.screen.query_one("#topbar").render())
