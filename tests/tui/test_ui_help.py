"""The help screen (`?`) and the command palette: complete, scrollable to the end, and as the keys are bound now."""

from __future__ import annotations

import io

import pytest
from rich.console import Console
from textual.command import CommandList, CommandPalette

from quotetool.tui.help_screen import HelpScreen, help_text

from .tui_support import fresh, make_app, proposals, screen_lines

SMALL, LARGE = (80, 24), (160, 50)


def _help_lines(app, width: int) -> list[str]:
    """The help text as rendered at ``width``: every non-empty line, stripped."""
    console = Console(width=width, record=True, file=io.StringIO())
    console.print(help_text(app.help_keys()))
    return [line.strip() for line in console.export_text().splitlines() if line.strip()]


@pytest.mark.parametrize("size", [SMALL, LARGE], ids=["80x24", "160x50"])
async def test_every_help_line_can_be_scrolled_into_view(review_db, size):
    app = make_app(review_db)
    async with app.run_test(size=size) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        scroll = app.screen.query_one("#help-scroll")
        dialog = app.screen.query_one("#dialog")
        text = app.screen.query_one("#help-text")
        # The scroll region lies inside the dialog, the dialog inside the screen, and it scrolls to the end.
        assert app.screen.region.contains_region(dialog.region)
        assert dialog.region.width == min(90, size[0] * 95 // 100)  # the help dialog's own width wins
        assert dialog.region.contains_region(scroll.region)
        assert scroll.max_scroll_y + scroll.scrollable_content_region.height >= text.size.height
        wanted = _help_lines(app, text.size.width)
        seen: list[str] = []
        for _ in range(20):
            seen.extend(screen_lines(app))
            if scroll.scroll_y >= scroll.max_scroll_y:
                break
            await pilot.press("pagedown")
            await pilot.pause()
        await pilot.press("end")
        await pilot.pause()
        seen.extend(screen_lines(app))
        shown = "\n".join(seen)
        missing = [line for line in wanted if line not in shown]
        assert not missing, missing
        assert "$QUOTETOOL_KEYMAP" in "\n".join(screen_lines(app))  # End shows the last line


async def test_palette_and_help_show_the_keys_of_the_active_keymap(review_db):
    first = proposals(review_db)[0]
    app = make_app(review_db, keymap={"accept": "y", "reload": "ctrl+l"})
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("ctrl+p", *"accept")
        await pilot.pause(0.3)
        palette = app.screen
        assert isinstance(palette, CommandPalette)
        commands = palette.query_one(CommandList)
        shown = "\n".join(str(commands.get_option_at_index(i).prompt) for i in range(commands.option_count))
        assert "Accept (y)" in shown and "Same as the key y" in shown, shown
        assert "(a)" not in shown and "key a" not in shown, shown
        await pilot.press("enter")
        await pilot.pause()
        assert fresh(review_db, first).status == "accepted"
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert "Reload (^l)" in titles and "Reload (^r)" not in titles
        # The help screen lists the rebound keys where the action belongs, not at the end.
        rebound = {"accept": "y", "reload": "^l"}
        declared = app.review.BINDINGS
        assert [key for key, _ in app.help_keys()] == [rebound.get(b.id, app.get_key_display(b)) for b in declared]
        await pilot.press("question_mark")
        await pilot.pause()
        lines = [line for line in screen_lines(app) if "│" in line]
        first_key = next(line for line in lines if "[reject]" in line or "[accept]" in line)
        assert "[accept]" in first_key and " y " in first_key
