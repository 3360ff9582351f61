"""Snapshots of the main screen, the speaker dialog and the help screen at 80×24 and 160×50.

They are built from a fixture database of hand-written proposals (tui_support.import_fixture), so a
change of the detector does not move them; regenerate them with `pytest tests/tui --snapshot-update`
and look at the report before committing.
"""

from __future__ import annotations

import pytest

from .tui_support import make_app

SMALL, LARGE = (80, 24), (160, 50)


async def _ready(pilot) -> None:
    """Wait for the queue worker, so that every snapshot shows the loaded queue."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


@pytest.mark.parametrize("size", [SMALL, LARGE], ids=["80x24", "160x50"])
def test_main_screen(snap_compare, fixture_db, size):
    assert snap_compare(make_app(fixture_db), terminal_size=size, run_before=_ready)


@pytest.mark.parametrize("size", [SMALL, LARGE], ids=["80x24", "160x50"])
def test_speaker_modal(snap_compare, fixture_db, size):
    async def open_modal(pilot) -> None:
        await _ready(pilot)
        await pilot.press("s", *"Pau")
        await pilot.pause()

    assert snap_compare(make_app(fixture_db), terminal_size=size, run_before=open_modal)


@pytest.mark.parametrize("size", [SMALL, LARGE], ids=["80x24", "160x50"])
def test_help_screen(snap_compare, fixture_db, size):
    async def open_help(pilot) -> None:
        await _ready(pilot)
        await pilot.press("question_mark")
        await pilot.pause()

    assert snap_compare(make_app(fixture_db), terminal_size=size, run_before=open_help)


def test_main_screen_light_theme_after_decisions(snap_compare, fixture_db):
    async def decide(pilot) -> None:
        await _ready(pilot)
        await pilot.press("x", "a")  # two decided quotes in the queue; no decision time on screen
        await pilot.pause()

    app = make_app(fixture_db, theme="light")
    assert snap_compare(app, terminal_size=SMALL, run_before=decide)


def test_selecting_a_missed_quote_wraps_the_status_line(snap_compare, fixture_db):
    async def select(pilot) -> None:
        await _ready(pilot)
        await pilot.press("m", "right", "shift+right")  # the instructions need two rows at 80 columns
        await pilot.pause()

    assert snap_compare(make_app(fixture_db), terminal_size=SMALL, run_before=select)
