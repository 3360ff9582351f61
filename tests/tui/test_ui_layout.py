"""The screen at 80x24: long status sentences wrap instead of being cut, the footer keeps `? Help` whole."""

from __future__ import annotations

from conftest import hold_write_lock, open_copy, release_write_lock

from .tui_support import make_app, screen_lines, status_text

SIZE = (80, 24)


def _squeezed(text: str) -> str:
    return "".join(text.split())


def _status_rows(app) -> list[str]:
    region = app.query_one("#status").region
    return screen_lines(app)[region.y : region.bottom]


def _assert_layout_intact(app) -> None:
    lines = screen_lines(app)
    assert len(lines) == SIZE[1]
    status = app.query_one("#status").region
    footer = app.query_one("Footer").region
    assert status.bottom == footer.y == SIZE[1] - 1  # status right above the footer, the footer on the last row
    assert app.query_one("#main").region.height >= 6 and app.query_one("#queue-box").region.height >= 4
    assert "? Help" in lines[-1]


async def test_a_long_status_sentence_wraps_and_is_shown_whole(review_db, monkeypatch):
    monkeypatch.setenv("QUOTETOOL_BUSY_TIMEOUT_MS", "200")  # read when a database is opened
    impatient = open_copy(review_db)
    app = make_app(impatient)
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert len(_status_rows(app)) == 1
        _assert_layout_intact(app)
        holder = hold_write_lock(review_db)
        try:
            await pilot.press("a")
            await pilot.pause()
        finally:
            release_write_lock(holder)
        message = status_text(app)
        assert "locked by another program" in message and message.endswith("Try again when it has finished.")
        assert len(message) > SIZE[0]  # the sentence does not fit one row
        assert _squeezed(message) in _squeezed("".join(_status_rows(app)))
        _assert_layout_intact(app)
        await pilot.press("m")
        await pilot.pause()
        assert "Enter uses it, Esc cancels." in " ".join(" ".join(_status_rows(app)).split())
        _assert_layout_intact(app)
        await pilot.press("escape")
        await pilot.pause()
        assert len(_status_rows(app)) == 1  # a short sentence gives the row back
        _assert_layout_intact(app)
    impatient.close()


async def test_the_footer_shows_the_help_key_whole(review_db):
    app = make_app(review_db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        footer = screen_lines(app)[-1]
        assert "? Help" in footer and "^p palette" in footer


async def test_nothing_shows_through_beside_the_palette_key(review_db):
    app = make_app(review_db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert screen_lines(app)[-1].rstrip().endswith("^p palette")


async def test_the_footer_fits_80_columns_with_the_keys_of_every_quote_first(fixture_db):
    app = make_app(fixture_db)
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        footer = screen_lines(app)[-1]
        assert footer.startswith("a Accept x Reject space Skip u Undo s Speaker k Kind ? Help")
        assert footer.rstrip().endswith("^p palette")
        shown = [k for k in app.screen.query("FooterKey") if not k.has_class("-command-palette")]
        for key in shown:  # every key shown is shown whole: its key and its word
            assert f"{key.key_display} {key.description}" in footer
        assert len(shown) < len(app.review.BINDINGS)  # the rest: help screen and palette


async def test_at_160_columns_the_detail_panel_and_the_queue_use_the_room(fixture_db):
    small, large = make_app(fixture_db), make_app(fixture_db)
    async with small.run_test(size=SIZE) as pilot:
        await small.workers.wait_for_complete()
        await pilot.pause()
        narrow = (small.review.detail.region.width, small.queue.region.height, len(small.screen.query("FooterKey")))
    async with large.run_test(size=(160, 50)) as pilot:
        await large.workers.wait_for_complete()
        await pilot.pause()
        detail, queue = large.review.detail.region, large.queue.region
        keys = len(large.screen.query("FooterKey"))
        assert detail.width >= 48 > narrow[0] and queue.height >= 18 > narrow[1] and keys > narrow[2]
        footer = screen_lines(large)[-1]
        assert "n Next p Previous g Next open m Add quote M Next miss R Article done c Comment f Flag" in footer
