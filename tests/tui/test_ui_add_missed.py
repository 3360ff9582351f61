"""Adding a missed quote in a few keys (issue 13 item 3), through the real app (Pilot) on the seeds."""

from __future__ import annotations

import pytest

from quotetool.store import document_quotes, get_document
from quotetool.tui import selection, spans
from quotetool.tui.modals import KindModal
from quotetool.tui.speaker_dialog import SpeakerModal

from .tui_support import ANNOTATOR, decisions, fresh, make_app, status_text

SIZE = (80, 24)


def _new_quotes(db, document_id: int, before: set[int]):
    return [q for q in document_quotes(db, document_id) if q.id not in before]


@pytest.mark.both_backends
async def test_a_missed_sentence_is_added_in_at_most_five_keys_from_the_first_line(review_db):
    app = make_app(review_db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.article.scroll_to(y=0, animate=False, immediate=True)  # the article's first line on top
        await pilot.pause()
        doc = get_document(review_db, app.screen.model.doc.id)
        before = {q.id for q in document_quotes(review_db, doc.id)}
        covered = [(q.start, q.end) for q in document_quotes(review_db, doc.id) if q.status != "deleted"]
        expected = selection.next_miss(doc.text, covered, -1)
        assert expected is not None, "the seeds have a sentence with a sign of speech and no quote"
        keys = ["M", "enter", "i", "enter"]  # next likely miss (selected), use it, kind, speaker (none)
        for key in keys:
            await pilot.press(key)
            if key == "M":
                assert app.article.selecting and app.article.selection_span() == expected
                assert "likely miss" in status_text(app)
        await pilot.pause()
        assert len(keys) <= 5
        added = _new_quotes(review_db, doc.id, before)
        assert len(added) == 1
        new = added[0]
        assert (new.start, new.end) == spans.trim_selection(doc.text, *expected)
        assert (new.origin, new.status, new.kind) == ("manual", "accepted", "indirect")
        assert decisions(review_db, new.id) == [("add", ANNOTATOR)]
        await pilot.press("M")  # that sentence is covered now: the next miss is another one
        assert app.article.selection_span() != expected


async def test_search_places_the_cursor_and_s_selects_its_sentence_then_a_clause_less(review_db):
    app = make_app(review_db)
    async with app.run_test(size=SIZE) as pilot:
        doc = get_document(review_db, app.screen.model.doc.id)
        before = {q.id for q in document_quotes(review_db, doc.id)}
        await pilot.press("ctrl+f")
        await pilot.press(*"dementierten", "enter")
        await pilot.pause()
        at = doc.text.index("dementierten")
        assert app.article.selecting and app.article.selection_span()[0] == at
        await pilot.press("s")
        sentence = doc.text[slice(*app.article.selection_span())]
        assert sentence.startswith("Russland und Nordkorea dementierten") and sentence.endswith("unbegründet.")
        await pilot.press("o", "minus")  # the caret to the start, a clause off the front
        await pilot.press("o", "minus")  # the caret to the end, a clause off the back
        start, end = app.article.selection_span()
        assert doc.text[start:end] == "Nordkorea habe Truppen zum Kämpfen nach Russland geschickt"
        await pilot.press("ctrl+shift+right")  # the end takes in the comma, and leaves it out again
        assert doc.text[slice(*app.article.selection_span())].endswith("geschickt,")
        await pilot.press("ctrl+shift+left")
        assert app.article.selection_span() == (start, end)
        await pilot.press("enter")
        assert isinstance(app.screen, KindModal)
        await pilot.press("i")
        assert isinstance(app.screen, SpeakerModal)
        await pilot.press("escape")  # cancelled: nothing stored
        assert _new_quotes(review_db, doc.id, before) == []


async def test_n_finds_the_next_match_and_a_missing_word_is_said(review_db):
    app = make_app(review_db)
    async with app.run_test(size=SIZE) as pilot:
        doc = get_document(review_db, app.screen.model.doc.id)
        await pilot.press("m", "slash", *"Pjöngjang", "enter")
        await pilot.pause()
        first = app.article.selection_span()[0]
        await pilot.press("n")
        second = app.article.selection_span()[0]
        assert doc.text[first : first + 9] == doc.text[second : second + 9] == "Pjöngjang" and second > first
        await pilot.press("N")
        assert app.article.selection_span()[0] == first
        await pilot.press("slash", *"zqxwvy", "enter")
        await pilot.pause()
        assert "is not in this article" in status_text(app)


async def test_character_moves_on_the_current_quote_take_in_the_closing_mark(review_db):
    app = make_app(review_db)
    async with app.run_test(size=SIZE) as pilot:
        text = app.screen.model.doc.text
        quote = next(
            q
            for q in document_quotes(review_db, app.screen.model.doc.id)
            if text[q.start - 1] in spans.QUOTE_MARKS_OPEN and spans.QUOTE_MARKS_CLOSE.find(text[q.end]) >= 0
        )  # a direct quote ending right before its closing mark
        app.show_quote(quote)
        mark = next(i for i in range(quote.end, quote.end + 3) if text[i] in spans.QUOTE_MARKS_CLOSE)
        for _ in range(mark + 1 - quote.end):  # a character at a time, up to the closing mark
            await pilot.press("ctrl+shift+right")
        stored = fresh(review_db, quote.id)
        assert stored.end == mark + 1 and stored.text == text[quote.start : mark + 1]
        await pilot.press("ctrl+left")  # the start takes in the opening mark
        stored = fresh(review_db, quote.id)
        assert stored.start == quote.start - 1 and text[stored.start] in spans.QUOTE_MARKS_OPEN
        assert [a for a, _ in decisions(review_db, quote.id)] == ["span"] * (mark + 2 - quote.end)
