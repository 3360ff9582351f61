"""Pure parts of the UI: display-safe text, word moves of spans, the filter line, the queue queries."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quotetool.store import accept, add_quote, reject, set_speaker
from quotetool.store.queue import QueueFilter, first_quote, load_queue, neighbour, progress
from quotetool.tui import spans
from quotetool.tui.article_view import wrap
from quotetool.tui.filters import FilterError, parse_filter
from quotetool.tui.sanitize import display, is_unsafe, one_line

from .tui_support import ANNOTATOR, proposals

HOSTILE_CHARS = st.characters(codec="utf-8") | st.sampled_from(
    ["\x1b", "\x07", "\x9b", "\x00", "\x7f", "\u202e", "\u2066", "\u200b", "\ufeff", "\u2028", "\n", "\t", "[", "]"]
)


@given(st.text(HOSTILE_CHARS, max_size=200))
def test_display_keeps_length_and_removes_every_control(text: str):
    shown = display(text)
    assert len(shown) == len(text)
    assert not any(is_unsafe(c) for c in shown)
    assert all(a == b for a, b in zip(shown, text, strict=True) if a == "\n" or b == "\n")


@given(st.text(HOSTILE_CHARS, max_size=200))
def test_one_line_has_no_line_breaks(text: str):
    flat = one_line(text)
    assert len(flat) == len(text) and "\n" not in flat and "\x1b" not in flat


def test_stand_ins():
    assert display("a\x1b[31mb") == "a␛[31mb"
    assert display("\x00\x07\x7f") == "␀␇␡"
    assert display("x\u202ey") == "x‖y" and display("x\u200by") == "x·y"
    assert one_line("a\nb\tc", 4) == "a b…"


WORDS = st.lists(
    st.sampled_from(["Er", "sagte", ",", "„", "“", "Nord-Korea", "geht's", ".", "  ", "\n", "x" * 30]),
    min_size=1,
    max_size=30,
).map(" ".join)


@given(WORDS, st.data())
def test_span_moves_stay_inside_and_never_empty(text: str, data):
    if not text.strip():
        return
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    for move in (spans.move_start_left, spans.move_start_right, spans.move_end_left, spans.move_end_right):
        try:
            s, e = move(text, start, end)
        except spans.SpanError:
            continue
        assert 0 <= s < e <= len(text)
        if move is spans.move_start_left:
            assert s < start and e == end
        elif move is spans.move_start_right:
            assert start < s < end and e == end
        elif move is spans.move_end_left:
            assert start < e < end and s == start
        else:
            assert e > end and s == start
        # The moved edge is a word: never a space, punctuation or a quotation mark.
        if move in (spans.move_start_left, spans.move_start_right):
            assert text[s].isalnum() and (s == 0 or not text[s - 1].isalnum())
        else:
            assert text[e - 1].isalnum() and (e == len(text) or not text[e].isalnum())


def test_span_moves_on_german_text():
    text = "Er sagte: „Wir sind entschlossen, alles umzusetzen“, betonte Belousow."
    s, e = text.index("Wir"), text.index("“")
    assert text[slice(*spans.move_start_right(text, s, e))] == "sind entschlossen, alles umzusetzen"
    assert text[slice(*spans.move_start_left(text, s, e))] == "sagte: „Wir sind entschlossen, alles umzusetzen"
    assert text[slice(*spans.move_end_left(text, s, e))] == "Wir sind entschlossen, alles"
    assert text[slice(*spans.move_end_right(text, s, e))] == "Wir sind entschlossen, alles umzusetzen“, betonte"
    # Back and forth over the marks and the comma: the edges land on words, as the detector's spans do.
    assert spans.move_start_right(text, *spans.move_start_left(text, s, e)) == (s, e)
    assert spans.move_end_left(text, *spans.move_end_right(text, s, e)) == (s, e)
    comma = text.index("alles")
    assert text[slice(*spans.move_end_left(text, s, comma + 5))] == "Wir sind entschlossen"  # not "entschlossen,"
    sentence = text.index("Er"), len(text)  # a span that ends on punctuation: `{` drops the full stop first
    assert text[slice(*spans.move_end_left(text, *sentence))].endswith("Belousow")
    marked = text.index("„"), e  # a span that starts on a mark: `]` drops only the mark
    assert spans.move_start_right(text, *marked) == (s, e)
    assert text[slice(*spans.move_start_left(text, text.index("sagte"), e))].startswith("Er sagte")
    with pytest.raises(spans.SpanError):
        spans.move_start_right(text, s, s + 3)
    with pytest.raises(spans.SpanError):
        spans.move_start_left(text, 0, 5)
    assert spans.move_end_right("Geht's weiter, Nord-Korea?", 0, 6) == (0, 13)
    assert spans.move_end_right("Geht's weiter, Nord-Korea?", 0, 13) == (0, 25)
    assert spans.trim_selection(text, s - 2, e + 1) == (s, e)
    assert spans.looks_direct(text, s, e)


def test_span_summary_names_offsets_and_words():
    assert spans.summary("die heutigen Gespräche die strategische Partnerschaft stärken werden", 1023, 1155) == (
        "1023–1155 (die heutigen … stärken werden)"
    )
    assert spans.summary("kurz und gut", 5, 17) == "5–17 (kurz und gut)"


def test_wrap_respects_width_and_offsets():
    text = "Ein kurzer Satz.\n\n" + "Wort " * 40 + "\n" + "X" * 95
    lines = wrap(text, 100, 20)
    assert lines[0].start == 100 and lines[-1].end == 100 + len(text)
    for line in lines:
        assert len(text[line.start - 100 : line.end - 100].rstrip()) <= 20
    covered = "".join(text[ln.start - 100 : ln.end - 100] for ln in lines)
    assert covered == text.replace("\n", "")


def test_filter_line():
    flt = parse_filter('status:prop,acc kind:ind doc:3 speaker:"Andrej Belousow" Nord Korea')
    assert flt == QueueFilter(
        statuses=("proposed", "accepted"), kind="indirect", document_id=3, speaker="Andrej Belousow", text="Nord Korea"
    )
    assert parse_filter("") == QueueFilter() and not parse_filter("").active
    assert parse_filter('„offen "unbalanciert').text is not None
    for bad in ("kind:x", "status:nope", "doc:drei"):
        with pytest.raises(FilterError):
            parse_filter(bad)


def test_queue_queries(review_db):
    ids = proposals(review_db)
    rows = load_queue(review_db)
    assert [r.key for r in rows] == sorted(r.key for r in rows)
    assert first_quote(review_db) == ids[0]
    accept(review_db, ids[0], annotator=ANNOTATOR)
    reject(review_db, ids[1], annotator=ANNOTATOR)
    set_speaker(review_db, ids[2], "Wladimir Putin", annotator=ANNOTATOR)
    assert first_quote(review_db) == ids[2]
    assert progress(review_db).decided == 2 and progress(review_db).total == len(rows)
    assert [r.id for r in load_queue(review_db, QueueFilter(statuses=("accepted",)))] == [ids[0]]
    assert [r.id for r in load_queue(review_db, QueueFilter(speaker="putin"))] == [ids[2]]
    assert [r.id for r in load_queue(review_db, QueueFilter(text="WLADIMIR"))] == [ids[2]]
    first = rows[0]
    assert neighbour(review_db, first.key) == rows[1].id
    assert neighbour(review_db, rows[1].key, forward=False) == first.id
    assert neighbour(review_db, first.key, undecided=True) == ids[2]
    doc = rows[0].document_id
    manual = add_quote(review_db, doc, first.start, first.end, kind="direct", speaker=None, annotator=ANNOTATOR)
    assert progress(review_db, doc).total == sum(r.document_id == doc for r in rows) + 1
    assert manual.id in {r.id for r in load_queue(review_db, QueueFilter(document_id=doc))}
