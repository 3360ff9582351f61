"""The review model without a screen and without a database: pure unit tests."""

from __future__ import annotations

import dataclasses

from quotetool.store import DocumentView, QuoteView
from quotetool.store.queue import Progress, QueueFilter, row_of
from quotetool.tui.model import LoadedDocument, ReviewModel

TEXT = "Die Ministerin sagte, man bleibe dabei. „Wir prüfen alles“, sagte Lindner. Er betonte, es gehe voran."


def _quote(
    id: int, start: int, end: int, *, doc: int = 1, status: str = "proposed", version: int = 1, origin: str = "detector"
) -> QuoteView:
    return QuoteView(
        id=id,
        document_id=doc,
        start=start,
        end=end,
        text=TEXT[start:end],
        kind="indirect",
        status=status,
        origin=origin,
        version=version,
        speaker_id=None,
        speaker=None,
        speaker_mention=None,
        mention_start=None,
        mention_end=None,
        cue=None,
        cue_start=None,
        cue_end=None,
        parts=(),
        rule="hand",
        confidence=1.0,
        annotator=None,
        decided_at=None,
    )


def _changed(quote: QuoteView, **changes) -> QuoteView:
    return dataclasses.replace(quote, version=quote.version + 1, **changes)


Q1, Q2, Q3 = _quote(1, 22, 38), _quote(2, 41, 56), _quote(3, 86, 99)
DOC = DocumentView(1, "Artikel", None, "a.txt", TEXT, "2025-01-01")


def _model(*, flt: QueueFilter | None = None, rows: tuple[QuoteView, ...] = (Q1, Q2, Q3)) -> ReviewModel:
    model = ReviewModel()
    model.show_document(LoadedDocument(DOC, [Q1, Q2, Q3], (1, 1), revision=1))
    model.begin_load()
    model.queue_loaded(flt or QueueFilter(), [row_of(q) for q in rows], Progress(0, 3))
    model.reselect()
    return model


def test_the_first_undecided_quote_is_current_and_decisions_move_the_counts():
    model = _model()
    assert model.current == Q1
    accepted = model.apply(_changed(Q1, status="accepted"))
    assert model.current == accepted and model.queue.row(1).status == "accepted"
    assert model.overall == Progress(1, 3)
    assert [q.id for q in model.doc_quotes] == [1, 2, 3]
    assert model.neighbour(accepted, forward=True, undecided=True) == 2
    assert model.neighbour(Q3, forward=True, undecided=True) == 2  # wraps around to an undecided one


def test_an_older_version_changes_nothing():
    model = _model()
    newer = model.apply(_changed(Q1, status="rejected"))
    assert model.apply(Q1) is newer  # a read that started before the decision arrives late
    assert model.current == newer and model.queue.row(1).status == "rejected"
    assert model.overall == Progress(1, 3)
    reloaded = LoadedDocument(DOC, [Q1, Q2, Q3], (1, 1), revision=1)  # an article read before the decision
    model.show_document(reloaded, prefer=1)
    assert model.current == newer


def test_a_filter_that_matches_nothing_leaves_no_quote_to_decide_on():
    model = _model(flt=QueueFilter(text="zqxwvy"), rows=())
    assert model.current is None
    assert 'no quote matches the filter "zqxwvy"' in model.nothing_to_decide()
    assert model.reselect() is None
    assert not model.show(Q1)  # a quote the filtered queue does not list cannot become current
    assert model.current is None


def test_undo_of_a_quote_outside_the_filter_does_not_list_it():
    model = _model(flt=QueueFilter(statuses=("accepted",)), rows=())
    restored = model.apply(_changed(Q2, status="proposed"), matches=False)
    assert model.queue.row(2) is None and not model.listed(restored) and model.current is None
    model.apply(_changed(restored, status="accepted"), matches=True)  # one that matches joins the queue
    assert model.queue.row(2) is not None


def test_quotes_stored_while_the_queue_loads_are_replayed_onto_it():
    model = _model()
    model.begin_load()
    model.apply(_changed(Q2, status="rejected"))
    model.queue_loaded(QueueFilter(), [row_of(q) for q in (Q1, Q2, Q3)], Progress(0, 3))  # read before it
    assert model.queue.row(2).status == "rejected" and model.counts_unsure


def test_a_deleted_quote_leaves_the_article_and_the_queue():
    manual = _quote(4, 60, 70, origin="manual", status="accepted")
    model = _model()
    model.apply(manual, new=True)
    assert model.queue.row(4) is not None and model.overall == Progress(1, 4)
    assert model.show(manual)
    model.apply(_changed(manual, status="deleted"))
    assert model.current is None and model.queue.row(4) is None
    assert 4 not in [q.id for q in model.doc_quotes] and model.overall == Progress(0, 3)


def test_a_reloaded_article_keeps_the_place_or_takes_the_nearest_quote():
    model = _model()
    assert model.show(Q3)
    new_a, new_b = _quote(7, 40, 57), _quote(8, 80, 99)  # redetect replaced the proposals
    model.begin_load()
    model.queue_loaded(QueueFilter(), [row_of(q) for q in (Q1, new_a, new_b)], Progress(0, 3))
    chosen = model.show_document(LoadedDocument(DOC, [Q1, new_a, new_b], (1, 1), revision=2), prefer=3, near=86)
    assert chosen == new_b and model.revision == 2
    assert model.show_document(LoadedDocument(DOC, [Q1, new_a, new_b], (1, 1), revision=2), prefer=1) == Q1


def test_a_queue_loaded_while_a_decision_is_written_has_its_counts_read_again():
    """A decision is written in a thread; a queue load that finishes meanwhile may have counted it (its rows read
    before the commit, its counts after), and the decision's result then moves the counts once more."""
    model = ReviewModel()
    model.show_document(LoadedDocument(DOC, [Q1, Q2, Q3], (1, 1), revision=1))
    model.begin_load()
    model.writes = 1  # the decision on Q1 is under way
    model.queue_loaded(QueueFilter(), [row_of(q) for q in (Q1, Q2, Q3)], Progress(1, 3))
    model.reselect()
    model.writes = 0
    model.apply(_changed(Q1, status="accepted"))
    assert model.overall == Progress(2, 3) and model.counts_unsure  # one too many: the screen counts again
    # with no write under way when the queue came, the result moves the counts and nothing is unsure
    model = _model()
    model.apply(_changed(Q1, status="accepted"))
    assert model.overall == Progress(1, 3) and not model.counts_unsure
