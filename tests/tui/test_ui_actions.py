"""Every review action through the real app (Pilot), each checked against the database afterwards."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from rich.console import Console

from quotetool.store import add_quote, document_quotes, get_document, set_speaker, speaker_names
from quotetool.store.queue import load_queue
from quotetool.tui import spans
from quotetool.tui.help_screen import HelpScreen, help_text
from quotetool.tui.modals import KindModal
from quotetool.tui.speaker_dialog import SpeakerModal

from .tui_support import ANNOTATOR, burst, decisions, fresh, make_app, proposals, until

SIZE = (80, 24)


@pytest.mark.both_backends
async def test_first_screen_shows_the_first_undecided_proposal(review_db):
    first = proposals(review_db)[0]
    app = make_app(review_db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.current is not None and app.current.id == first
        assert app.queue.loaded and len(app.queue.rows) == len(load_queue(review_db))
        assert app.queue.current_id == first
        top = str(app.query_one("#topbar").render())
        total = len(load_queue(review_db))
        assert f"overall 0/{total} decided" in top and "Article 1 of 2" in top


@pytest.mark.both_backends
async def test_accept_stores_the_decision_and_moves_to_the_next_undecided(review_db):
    first, second = proposals(review_db)[:2]
    app = make_app(review_db)
    async with app.run_test(size=SIZE) as pilot:
        shown = app.current
        await pilot.press("a")
        stored = fresh(review_db, first)
        assert stored.status == "accepted" and stored.annotator == ANNOTATOR
        assert stored.version == shown.version + 1
        assert decisions(review_db, first) == [("accept", ANNOTATOR)]
        assert app.current.id == second
        assert app.queue.row(first).status == "accepted"
        assert app.overall.decided == 1


@pytest.mark.both_backends
async def test_reject_stores_the_decision_and_moves_on(review_db):
    first, second = proposals(review_db)[:2]
    app = make_app(review_db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("x")
        assert fresh(review_db, first).status == "rejected"
        assert decisions(review_db, first) == [("reject", ANNOTATOR)]
        assert app.current.id == second
        assert "Rejected quote" in str(app.query_one("#status").render())


async def test_skip_changes_nothing_and_moves_on(review_db):
    first, second = proposals(review_db)[:2]
    app = make_app(review_db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("space")
        assert app.current.id == second
        assert fresh(review_db, first).status == "proposed"
        assert decisions(review_db, first) == []


async def test_next_previous_and_next_undecided(review_db):
    order = [r.id for r in load_queue(review_db)]
    app = make_app(review_db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n", "n")
        assert app.current.id == order[2]
        await pilot.press("p")
        assert app.current.id == order[1]
        await pilot.press("a")  # order[1] decided, now on order[2]
        await pilot.press("p", "p")
        assert app.current.id == order[0]
        await pilot.press("a")  # first decided: the next undecided is order[2], order[1] is skipped
        assert app.current.id == order[2]
        await pilot.press("p", "g")
        assert app.current.id == order[2]


@pytest.mark.both_backends
async def test_undo_many_levels(review_db):
    first, second, third = proposals(review_db)[:3]
    app = make_app(review_db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a", "x")
        assert fresh(review_db, second).status == "rejected"
        await pilot.press("u")
        assert fresh(review_db, second).status == "proposed"
        assert app.current.id == second  # undo shows the quote it restored
        await pilot.press("u")
        assert fresh(review_db, first).status == "proposed"
        assert app.current.id == first
        assert [a for a, _ in decisions(review_db, first)] == ["accept", "undo"]
        await pilot.press("u")  # nothing left: a sentence, no crash
        assert "Nothing left to undo" in str(app.query_one("#status").render())
        assert fresh(review_db, third).status == "proposed"
        assert app.overall.decided == 0


@pytest.mark.both_backends
async def test_undo_works_across_a_restart(review_db):
    first, second = proposals(review_db)[:2]
    app = make_app(review_db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a", "x")
    assert fresh(review_db, second).status == "rejected"
    again = make_app(review_db)
    async with again.run_test(size=SIZE) as pilot:
        await pilot.press("u")
        assert fresh(review_db, second).status == "proposed"
        assert again.current.id == second
        await pilot.press("u")
        assert fresh(review_db, first).status == "proposed"
    other = make_app(review_db, annotator="someone-else")  # undo is per annotator
    async with other.run_test(size=SIZE) as pilot:
        await pilot.press("a", "u", "u")
        assert "Nothing left to undo for someone-else" in str(other.query_one("#status").render())


@pytest.mark.both_backends
async def test_speaker_modal_sets_a_new_name(review_db):
    first = proposals(review_db)[0]
    app = make_app(review_db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("s")
        assert isinstance(app.screen, SpeakerModal)
        await pilot.press("ctrl+a", "ctrl+k", *"Jana Beispiel", "enter")  # a name no article contains
        stored = fresh(review_db, first)
        assert stored.speaker == "Jana Beispiel" and stored.status == "proposed"
        assert decisions(review_db, first) == [("speaker", ANNOTATOR)]
        assert app.current.id == first  # a correction stays on the quote
        assert "Jana Beispiel" in str(app.query_one("#detail").render())


async def test_detail_panel_says_what_the_editor_corrected_of_the_proposal(review_db):
    first = proposals(review_db)[0]
    app = make_app(review_db)
    async with app.run_test(size=SIZE) as pilot:
        status = lambda: str(app.query_one("#detail").render())  # noqa: E731
        assert "corrected" not in status()
        await pilot.press("s", "ctrl+a", "ctrl+k", *"Jana Beispiel", "enter")
        await until(pilot, lambda: "proposed · corrected: speaker" in status())
        await pilot.press("a")  # accepting moves on; the corrected quote is one step back
        await until(pilot, lambda: fresh(review_db, first).status == "accepted")
        await pilot.press("p")
        await until(pilot, lambda: app.current.id == first)
        assert "accepted · corrected: speaker" in status()
        await pilot.press("u", "u")  # accept and speaker undone: the proposal as the detector made it
        await until(pilot, lambda: fresh(review_db, first).speaker != "Jana Beispiel")
        await until(pilot, lambda: "corrected" not in status())


@pytest.mark.both_backends
async def test_speaker_modal_completes_aliases_to_the_canonical_name(review_db):
    first, second = proposals(review_db)[:2]
    set_speaker(review_db, second, "Wladimir Putin", annotator="setup")
    with review_db.raw() as conn:  # an alias, as the detector's import stores another spelling
        conn.execute(
            "INSERT INTO speaker_alias (speaker_id, alias, alias_key) "
            "SELECT id, 'Vladimir Putin', 'vladimir putin' FROM speaker WHERE name = 'Wladimir Putin'"
        )
    app = make_app(review_db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("s", "ctrl+a", "ctrl+k", *"vlad")
        options = app.screen.query_one("#speaker-matches")
        assert options.option_count == 1  # the article's Wladimir Putin, found by his alias
        assert str(options.get_option_at_index(0).prompt).startswith("Wladimir Putin")
        await pilot.press("enter")  # the highlighted completion
        await until(pilot, lambda: fresh(review_db, first).speaker == "Wladimir Putin")
        assert fresh(review_db, first).speaker == "Wladimir Putin"


async def test_speaker_modal_cancel_and_clear(review_db):
    first = proposals(review_db)[0]
    set_speaker(review_db, first, "Minister No", annotator="setup")
    app = make_app(review_db)
    async with app.run_test(size=SIZE) as pilot:
        version = fresh(review_db, first).version
        await pilot.press("s", "escape")
        assert fresh(review_db, first).version == version
        await pilot.press("s", "ctrl+a", "ctrl+k", "enter")  # emptied field: no speaker
        await until(pilot, lambda: fresh(review_db, first).speaker is None)
        assert fresh(review_db, first).speaker is None


@pytest.mark.both_backends
async def test_change_kind(review_db):
    first = proposals(review_db)[0]
    before = fresh(review_db, first).kind
    target = "mixed" if before != "mixed" else "indirect"
    app = make_app(review_db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("k")
        assert isinstance(app.screen, KindModal)
        await pilot.press(target[0])
        await until(pilot, lambda: fresh(review_db, first).kind == target and app.current.kind == target)
        stored = fresh(review_db, first)
        assert stored.kind == target
        assert decisions(review_db, first) == [("kind", ANNOTATOR)]
        assert app.current.kind == target


@pytest.mark.both_backends
async def test_move_span_edges_by_a_word(review_db):
    first = proposals(review_db)[0]
    quote = fresh(review_db, first)
    text = get_document(review_db, quote.document_id).text
    app = make_app(review_db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("right_square_bracket")
        s, e = spans.move_start_right(text, quote.start, quote.end)
        stored = fresh(review_db, first)
        assert (stored.start, stored.end) == (s, e) and stored.text == text[s:e]
        await pilot.press("left_square_bracket")
        assert fresh(review_db, first).start == quote.start
        await pilot.press("left_curly_bracket")
        _, e2 = spans.move_end_left(text, quote.start, quote.end)
        assert fresh(review_db, first).end == e2
        await pilot.press("right_curly_bracket")
        stored = fresh(review_db, first)
        assert (stored.start, stored.end) == (quote.start, spans.move_end_right(text, quote.start, e2)[1])
        assert stored.text == text[stored.start : stored.end]
        assert [a for a, _ in decisions(review_db, first)] == ["span"] * 4
        assert stored.status == "proposed" and app.current.id == first


@pytest.mark.both_backends
async def test_add_a_missed_quote_from_a_selection(review_db):
    first = fresh(review_db, proposals(review_db)[0])
    doc = get_document(review_db, first.document_id)
    before = {q.id for q in document_quotes(review_db, doc.id)}
    app = make_app(review_db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("m")
        assert app.article.selecting
        await pilot.press("right", "shift+right", "shift+right")
        selected = app.article.selection_span()
        await pilot.press("enter")
        assert isinstance(app.screen, KindModal)
        await pilot.press("i")
        assert isinstance(app.screen, SpeakerModal)
        await pilot.press(*"Minister No", "enter")

        def new_quotes():
            return [q for q in document_quotes(review_db, doc.id) if q.id not in before]

        await until(pilot, lambda: new_quotes() and app.current.id == new_quotes()[0].id)
        added = new_quotes()
        assert len(added) == 1
        new = added[0]
        assert (new.start, new.end) == spans.trim_selection(doc.text, *selected)
        assert new.text == doc.text[new.start : new.end]
        assert (new.origin, new.status, new.kind, new.speaker) == ("manual", "accepted", "indirect", "Minister No")
        assert decisions(review_db, new.id) == [("add", ANNOTATOR)]
        assert app.current.id == new.id and app.queue.row(new.id) is not None


async def test_selection_can_be_cancelled(review_db):
    app = make_app(review_db)
    async with app.run_test(size=SIZE) as pilot:
        count = len(load_queue(review_db))
        await pilot.press("m", "shift+right", "escape")
        assert not app.article.selecting
        await pilot.press("m", "enter", "escape")  # cancelled in the kind dialog
        assert len(load_queue(review_db)) == count


@pytest.mark.both_backends
async def test_delete_a_manual_quote_but_not_a_proposal(review_db):
    first = fresh(review_db, proposals(review_db)[0])
    manual = add_quote(
        review_db, first.document_id, first.start, first.end, kind="direct", speaker=None, annotator=ANNOTATOR
    )
    app = make_app(review_db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("d")  # on a proposal: refused in a sentence
        assert fresh(review_db, first).status == "proposed"
        assert "reject a proposal instead" in str(app.query_one("#status").render())
        app.show_quote(fresh(review_db, manual))
        await pilot.press("d")
        assert fresh(review_db, manual).status == "deleted"
        assert app.queue.row(manual.id) is None
        assert decisions(review_db, manual.id) == [("add", ANNOTATOR), ("delete", ANNOTATOR)]
        await pilot.press("u")  # and back
        assert fresh(review_db, manual).status == "accepted"
        assert app.queue.row(manual.id) is not None


@pytest.mark.both_backends
async def test_export_from_the_ui(review_db, tmp_path: Path):
    first = proposals(review_db)[0]
    target = tmp_path / "out.csv"
    app = make_app(review_db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a", "e")
        await pilot.press("ctrl+a", "ctrl+k", *str(target), "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "1 quote (accepted) written to" in str(app.query_one("#status").render())
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    assert [int(r["quote_id"]) for r in rows] == [first]
    assert rows[0]["annotator"] == ANNOTATOR


@pytest.mark.both_backends
async def test_filter_by_status_and_text(review_db):
    app = make_app(review_db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a", "slash", "ctrl+a", "ctrl+k", *"status:acc", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert [r.status for r in app.queue.rows] == ["accepted"]
        assert "filter status:accepted" in str(app.query_one("#topbar").render())
        word = fresh(review_db, load_queue(review_db)[-1].id).text.split()[0]
        await pilot.press("slash", "ctrl+a", "ctrl+k", *word.upper(), "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.queue.rows
        assert all(word.casefold() in fresh(review_db, r.id).text.casefold() or r.speaker for r in app.queue.rows)
        await pilot.press("slash", "ctrl+a", "ctrl+k", *"kind:nonsense", "enter")
        assert "not a kind" in str(app.query_one("#status").render())
        await pilot.press("escape", "slash", "ctrl+a", "ctrl+k", "enter")  # empty: everything again
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert len(app.queue.rows) == len(load_queue(review_db))


async def test_help_screen_lists_the_keys(review_db):
    app = make_app(review_db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        console = Console(width=120, record=True, file=io.StringIO())
        console.print(help_text(app.help_keys()))
        text = console.export_text()
        for needle in ("accept the quote", "[accept]", "[span.start_left]", "command palette", "status:"):
            assert needle in text
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_command_palette_reaches_the_actions(review_db):
    first = proposals(review_db)[0]
    app = make_app(review_db)
    async with app.run_test(size=SIZE) as pilot:
        titles = [c.title for c in app.get_system_commands(app.screen)]
        for action in (
            "Accept",
            "Reject",
            "Skip",
            "Undo",
            "Speaker",
            "Kind",
            "Add quote",
            "Next open",
            "Filter",
            "Export",
            "Delete added",
            "Start ←",
            "End →",
            "Help",
        ):
            assert any(t.startswith(action + " (") for t in titles), action
        await pilot.press("ctrl+p")
        await pilot.press(*"Accept (a", "enter")
        await pilot.pause()
        assert fresh(review_db, first).status == "accepted"


async def test_keys_can_be_rebound_with_a_keymap(review_db):
    first = proposals(review_db)[0]
    app = make_app(review_db, keymap={"accept": "y"})
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a")
        assert fresh(review_db, first).status == "proposed"
        await pilot.press("y")
        assert fresh(review_db, first).status == "accepted"
        assert ("y", "accept the quote, then show the next undecided one [accept]") in app.help_keys()


async def test_keymap_file_is_read(review_db, tmp_path, monkeypatch):
    keys = tmp_path / "keys.toml"
    keys.write_text('reject = "r"\n', encoding="utf-8")
    monkeypatch.setenv("QUOTETOOL_KEYMAP", str(keys))
    first = proposals(review_db)[0]
    app = make_app(review_db, keymap=None)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("r")
        assert fresh(review_db, first).status == "rejected"


async def test_dark_and_light_themes(review_db):
    app = make_app(review_db)
    async with app.run_test(size=SIZE) as pilot:
        assert app.current_theme.dark
        await pilot.press("t")
        assert not app.current_theme.dark
    light = make_app(review_db, theme="light")
    async with light.run_test(size=SIZE):
        assert not light.current_theme.dark


async def test_mouse_click_on_queue_and_article(review_db):
    order = [r.id for r in load_queue(review_db)]
    app = make_app(review_db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.click("#queue", offset=(5, 2))
        await pilot.pause()
        assert app.current.id == order[2]


async def test_articles_without_quotes_can_be_reviewed(db, tmp_path):
    from quotetool.ingest import read_articles
    from quotetool.store import import_article

    (tmp_path / "plain.txt").write_text("Ein Artikel ohne Zitate.\nEr sagte, es regne.\n", encoding="utf-8")
    for article in read_articles([str(tmp_path / "plain.txt")]):
        import_article(db, article, detector=lambda _text: [])  # as `quotetool import --no-detect`
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        assert app.current is None and app.doc is not None
        await pilot.press("a")
        assert "no quote on screen" in str(app.query_one("#status").render())
        await pilot.press("m", "down", "shift+right", "shift+right", "enter", "i", *"Er", "enter")
        added = load_queue(db)
        assert len(added) == 1 and added[0].status == "accepted"


async def test_word_moves_never_put_a_quotation_mark_at_the_edge(review_db):
    def quoted(row) -> bool:
        q = fresh(review_db, row.id)
        text = get_document(review_db, q.document_id).text
        return (
            text[q.start - 1] in spans.QUOTE_MARKS_OPEN
            and text[q.start - 2] == " "  # a word before the mark in the same paragraph
            and text[q.end - 1].isalnum()
            and text[q.end : q.end + 2].strip(".,") in spans.QUOTE_MARKS_CLOSE
        )

    target = next(r for r in load_queue(review_db) if r.status == "proposed" and quoted(r))  # „die … werden.“
    quote = fresh(review_db, target.id)
    text = get_document(review_db, quote.document_id).text
    app = make_app(review_db)
    async with app.run_test(size=SIZE) as pilot:
        app.show_quote(quote)
        await pilot.press("left_square_bracket")  # one more word in front: the word before „, not „ itself
        stored = fresh(review_db, quote.id)
        assert stored.start < quote.start - 1 and stored.text[0].isalnum()
        assert stored.text == text[stored.start : stored.end] and stored.end == quote.end
        status = str(app.query_one("#status").render())
        first_word = stored.text.split()[0]
        assert f"Moved the start of quote {quote.id}: now {stored.start}–{stored.end} ({first_word} " in status
        await pilot.press("right_square_bracket")  # and back: the start is the word after the mark again
        assert fresh(review_db, quote.id).start == quote.start
        await pilot.press("left_curly_bracket", "right_curly_bracket")  # a word off the end and back
        stored = fresh(review_db, quote.id)
        assert (stored.start, stored.end) == (quote.start, quote.end)
        for _ in range(3):
            await pilot.press("left_square_bracket", "right_curly_bracket")
            stored = fresh(review_db, quote.id)
            assert stored.text[0].isalnum() and stored.text[-1].isalnum(), stored.text
            assert "\n" not in stored.text  # the end stops at the paragraph's last word
        status = str(app.query_one("#status").render())
        assert "Moved the end of quote" in status or "does not cross a paragraph break" in status


async def test_speaker_modal_offers_the_stored_spelling_of_a_typed_name(review_db):
    first, second = proposals(review_db)[:2]
    canonical = {name for _, name in speaker_names(review_db)}
    assert "No Kwang-chol" in canonical and "No Kwang Chol" not in canonical  # as the detector stores the seeds
    app = make_app(review_db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("s", "ctrl+a", "ctrl+k", *"No Kwang Chol")
        await pilot.pause()
        options = app.screen.query_one("#speaker-matches")
        assert str(options.get_option_at_index(0).prompt) == "No Kwang-chol  (same person?)"
        hint = str(app.screen.query_one("#speaker-hint").render())
        saves = str(app.screen.query_one("#speaker-saves").render())
        assert "No Kwang-chol may be the same person" in hint and "No Kwang Chol (as typed, a new speaker)" in saves
        await pilot.press("down", "enter")  # picks the stored speaker
        await until(pilot, lambda: fresh(review_db, first).speaker == "No Kwang-chol")
        assert fresh(review_db, first).speaker == "No Kwang-chol"
        assert {name for _, name in speaker_names(review_db)} == canonical  # no second speaker
        app.show_quote(fresh(review_db, second))
        await pilot.press("s", "ctrl+a", "ctrl+k", *"No Kwang Chol", "enter")  # Enter alone: a new speaker
        await until(pilot, lambda: fresh(review_db, second).speaker == "No Kwang Chol")
        assert fresh(review_db, second).speaker == "No Kwang Chol"
        assert {name for _, name in speaker_names(review_db)} == canonical | {"No Kwang Chol"}  # never merged
        await pilot.press("s", "ctrl+a", "ctrl+k", *"No Kwang Chol")  # both stored: each is offered
        await pilot.pause()
        options = app.screen.query_one("#speaker-matches")
        prompts = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert prompts[0].startswith("No Kwang Chol") and "No Kwang-chol  (same person?)" in prompts
        assert str(app.screen.query_one("#speaker-saves").render()).startswith("Enter saves: No Kwang Chol")


async def test_next_and_previous_article(review_db):
    from quotetool.store.queue import document_ids

    first_doc, second_doc = document_ids(review_db)
    second = get_document(review_db, second_doc)
    app = make_app(review_db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.doc.id == first_doc
        await pilot.press("greater_than_sign")
        await pilot.pause()
        assert app.doc.id == second_doc and app.current.document_id == second_doc
        assert app.current.id == next(q.id for q in document_quotes(review_db, second_doc) if q.status == "proposed")
        assert "Article 2 of 2" in str(app.query_one("#topbar").render())
        assert str(app.article.border_title) == (second.title or second.origin)
        shown = "".join(s.text for y in range(app.article.size.height) for s in app.article.render_line(y))
        assert app.current.text.split()[0] in shown and app.current.text.split()[0] in second.text
        await pilot.press("greater_than_sign")  # no article after the last
        assert app.doc.id == second_doc and "This is the last article." in str(app.query_one("#status").render())
        await pilot.press("less_than_sign")
        await pilot.pause()
        assert app.doc.id == first_doc and app.current.document_id == first_doc
        assert "Article 1 of 2" in str(app.query_one("#topbar").render())
        await pilot.press("less_than_sign")
        assert app.doc.id == first_doc and "This is the first article." in str(app.query_one("#status").render())


async def test_down_and_enter_at_once_pick_the_listed_speaker(review_db):
    first = proposals(review_db)[0]
    app = make_app(review_db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("s", "ctrl+a", "ctrl+k", *"No Kwang Chol")
        await burst(pilot, ("down", None), ("enter", "\r"))  # Enter must reach the list ↓ focused
        await until(pilot, lambda: fresh(review_db, first).speaker == "No Kwang-chol")
        assert fresh(review_db, first).speaker == "No Kwang-chol"
        assert "No Kwang Chol" not in {name for _, name in speaker_names(review_db)}
