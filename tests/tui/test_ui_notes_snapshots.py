"""Snapshots of the new dialogs (comment, flag, the speaker dialog with every quote of a mention) and of an
article marked reviewed, at 80×24 and 160×50, from databases of hand-written proposals (no detector).

Each waits for the state it shows (the dialog up with its field focused, the keys typed into it, the checkbox's
message handled), not for a time; the text cursor is held still (conftest.snap_compare)."""

from __future__ import annotations

import pytest
from textual.widgets import Checkbox, Input, Label

from quotetool.tui.modals import CommentModal
from quotetool.tui.speaker_dialog import SpeakerModal

from .test_ui_notes import fdp_db  # noqa: F401  (the fixture: two quotes of the mention "FDP-Chef")
from .tui_support import make_app, until

SMALL, LARGE = (80, 24), (160, 50)
SIZES = pytest.mark.parametrize("size", [SMALL, LARGE], ids=["80x24", "160x50"])


async def _ready(pilot) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def _type_into(pilot, dialog: type, field: str, text: str) -> None:
    """Wait until ``dialog`` is up with ``#field`` focused (the dialog is pushed by a worker, and keys before the
    focus would miss the field), then type ``text`` and wait until the field holds it."""
    app = pilot.app
    await until(pilot, lambda: isinstance(app.screen, dialog) and app.focused is not None and app.focused.id == field)
    await pilot.press(*text)
    await until(pilot, lambda: app.screen.query_one(f"#{field}", Input).value == text)


@SIZES
def test_comment_dialog(snap_compare, fixture_db, size):
    async def open_comment(pilot) -> None:
        await _ready(pilot)
        await pilot.press("c")
        await _type_into(pilot, CommentModal, "comment-input", "im Original prüfen")

    assert snap_compare(make_app(fixture_db), terminal_size=size, run_before=open_comment)


@SIZES
def test_flag_dialog(snap_compare, fixture_db, size):
    async def open_flag(pilot) -> None:
        await _ready(pilot)
        await pilot.press("f")
        await pilot.pause()

    assert snap_compare(make_app(fixture_db), terminal_size=size, run_before=open_flag)


@SIZES
def test_speaker_dialog_for_every_quote_of_a_mention(snap_compare, fdp_db, size):  # noqa: F811
    async def open_speaker(pilot) -> None:
        await _ready(pilot)
        await pilot.press("s")
        await _type_into(pilot, SpeakerModal, "speaker-input", "Chris")
        await pilot.press("ctrl+t")
        screen = pilot.app.screen
        await until(  # the box ticked and its Changed message handled: the line below says so
            pilot,
            lambda: (
                screen.query_one("#speaker-every", Checkbox).value
                and "for all 2 quotes" in str(screen.query_one("#speaker-saves", Label).render())
            ),
        )

    assert snap_compare(make_app(fdp_db), terminal_size=size, run_before=open_speaker)


def test_article_reviewed_with_a_flagged_and_a_commented_quote(snap_compare, fixture_db):
    async def note(pilot) -> None:
        await _ready(pilot)
        await pilot.press("f", "s")
        await _ready(pilot)
        await pilot.press("n", "c", *"Quelle fehlt", "enter")
        await _ready(pilot)
        await pilot.press("R")
        await _ready(pilot)

    assert snap_compare(make_app(fixture_db), terminal_size=SMALL, run_before=note)
