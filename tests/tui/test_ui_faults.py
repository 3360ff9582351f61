"""Small faults: a wrong keymap entry is a warning and the default key stays; a huge number in a filter is a
sentence."""

from __future__ import annotations

import pytest

from quotetool.tui.app import load_keymap
from quotetool.tui.filters import FilterError, parse_filter

from .tui_support import fresh, make_app, proposals, status_text

SIZE = (80, 24)


@pytest.mark.parametrize(
    ("toml", "named"),
    [
        ('keys = "x"\n', "keys is not a binding id"),
        ("accept = 5\n", "accept = 5 is not a key"),
        ('accept = ["y", "z"]\n', "accept = ['y', 'z'] is not a key"),
        ('accept = ""\n', "accept = '' is not a key"),
        ("[keys]\naccept = 1.5\n", "accept = 1.5 is not a key"),
        ("keys = 7\n", "keys is not a binding id"),
    ],
)
async def test_a_wrong_keymap_entry_is_a_warning_and_the_default_key_stays(
    review_db, tmp_path, monkeypatch, toml, named
):
    keys = tmp_path / "keys.toml"
    keys.write_text(toml + 'reject = "r"\n', encoding="utf-8")  # (in a [keys] table too, when there is one)
    monkeypatch.setenv("QUOTETOOL_KEYMAP", str(keys))
    first, second = proposals(review_db)[:2]
    app = make_app(review_db, keymap=None)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        message = status_text(app)
        assert named in message and "keep their defaults" in message and "Something went wrong" not in message
        await pilot.press("a")  # the default key of the entry left out
        assert fresh(review_db, first).status == "accepted"
        await pilot.press("r")  # the good entry of the same file is used
        assert fresh(review_db, second).status == "rejected"
        assert ("r", "reject the quote, then show the next undecided one [reject]") in app.help_keys()


def test_load_keymap_keeps_the_good_entries(tmp_path):
    keys = tmp_path / "keys.toml"
    keys.write_text('accept = "y"\nnope = "n"\nreject = 3\n', encoding="utf-8")
    usable, problem = load_keymap(keys)
    assert usable == {"accept": "y"}
    assert problem is not None and "nope is not a binding id" in problem and "reject = 3 is not a key" in problem


@pytest.mark.parametrize("line", ["doc:99999999999999999999", "doc:9223372036854775808", f"doc:{'9' * 5000}"])
def test_a_huge_document_number_is_a_filter_error(line):
    with pytest.raises(FilterError) as caught:
        parse_filter(line)
    message = str(caught.value)
    assert message.endswith("is larger than any document number.") and len(message) < 120


async def test_a_huge_document_number_in_the_filter_line_is_one_sentence(review_db):
    app = make_app(review_db)
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.press("slash", "ctrl+a", "ctrl+k", *"doc:99999999999999999999", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        message = status_text(app)
        assert message == "doc:99999999999999999999 is larger than any document number."
        assert len(app.queue.rows) > 0  # the queue as it was
