"""The queue's orders in the review model, without a screen and without a database."""

from __future__ import annotations

import dataclasses

from quotetool.queue_order import next_order, order_key
from quotetool.store import DocumentView, QuoteView
from quotetool.store.queue import Progress, QueueFilter, row_of
from quotetool.tui.model import LoadedDocument, ReviewModel

TEXT_A = "Die Ministerin sagte, man bleibe dabei. „Wir prüfen alles“, sagte Lindner. Er betonte, es gehe voran."
TEXT_B = "Der Bürgermeister sagte, die Brücke halte. „Das wird teuer“, sagte die Kämmerin. Sie rechne mit Kosten."
DOC_A = DocumentView(1, "Artikel A", None, "a.txt", TEXT_A, "2025-01-01")
DOC_B = DocumentView(2, "Artikel B", None, "b.txt", TEXT_B, "2025-01-01")


def _quote(id: int, doc: int, words: str, confidence: float | None, *, status: str = "proposed") -> QuoteView:
    text = TEXT_A if doc == 1 else TEXT_B
    start = text.index(words)
    return QuoteView(
        id=id, document_id=doc, start=start, end=start + len(words), text=words, kind="indirect", status=status,
        origin="detector" if confidence is not None else "manual", version=1, speaker_id=None, speaker=None,
        speaker_mention=None, mention_start=None, mention_end=None, cue=None, cue_start=None, cue_end=None,
        parts=(), rule="hand", confidence=confidence, annotator=None, decided_at=None,
    )  # fmt: skip


def _changed(quote: QuoteView, **changes) -> QuoteView:
    return dataclasses.replace(quote, version=quote.version + 1, **changes)


# article A: 0.8, 0.4, 0.6; article B: 0.4, 0.9, 0.2. Least confident first: 6, 2, 4, 3, 1, 5.
A1, A2, A3 = (
    _quote(1, 1, "man bleibe dabei", 0.8),
    _quote(2, 1, "Wir prüfen alles", 0.4),
    _quote(3, 1, "es gehe voran", 0.6),
)
B1, B2, B3 = _quote(4, 2, "die Brücke halte", 0.4), _quote(5, 2, "Das wird teuer", 0.9), _quote(6, 2, "Sie rechne", 0.2)
ALL = (A1, A2, A3, B1, B2, B3)
UNCERTAIN = [6, 2, 4, 3, 1, 5]


def _model(order="uncertain", *, rows=ALL, flt: QueueFilter | None = None, doc=DOC_B) -> ReviewModel:
    """A model with the queue loaded as the store loads it: the rows sorted in ``order``."""
    model = ReviewModel(order)
    quotes = [q for q in ALL if q.document_id == doc.id]
    model.show_document(LoadedDocument(doc, quotes, (doc.id, 2), revision=1))
    model.begin_load()
    loaded = sorted((row_of(q) for q in rows), key=lambda r: order_key(r, order))
    model.queue_loaded(flt or QueueFilter(), loaded, Progress(0, len(ALL)), order=order)
    model.reselect()
    return model


def _walk(model: ReviewModel, start: QuoteView, *, forward: bool = True) -> list[int]:
    by_id = {q.id: q for q in ALL}
    seen, quote = [start.id], start
    while (following := model.neighbour(quote, forward=forward, undecided=False)) is not None:
        seen.append(following)
        quote = by_id[following]
    return seen


def test_next_and_previous_follow_the_confidence_across_articles():
    model = _model()
    assert [r.id for r in model.queue.rows] == UNCERTAIN and model.order == "uncertain"
    assert _walk(model, B3) == UNCERTAIN
    assert _walk(model, A2) == UNCERTAIN[1:]
    assert _walk(model, B2, forward=False) == UNCERTAIN[::-1]


def test_the_article_on_screen_keeps_its_quotes_in_the_order_of_its_text():
    model = _model()
    assert [q.id for q in model.doc_quotes] == [4, 5, 6]
    assert model.current == B1  # the article's first undecided quote in its text
    assert model.show(B3) and model.neighbour(B3, forward=True, undecided=False) == 2  # the next is in article A


def test_decided_quotes_keep_their_place_and_the_next_open_one_is_the_next_least_confident():
    model = _model()
    accepted = model.apply(_changed(B3, status="accepted"))
    rejected = model.apply(_changed(A2, status="rejected"))
    assert [r.id for r in model.queue.rows] == UNCERTAIN
    assert model.queue.row(6).status == "accepted" and model.queue.row(2).status == "rejected"
    assert model.neighbour(accepted, forward=True, undecided=True) == 4
    assert model.neighbour(rejected, forward=False, undecided=True) == 5  # wraps around to the most confident
    assert model.neighbour(B2, forward=True, undecided=True) == 4  # wraps around to the least confident open


def test_a_quote_added_by_hand_joins_after_every_proposal():
    model = _model()
    manual = _quote(7, 2, "Der Bürgermeister sagte", None, status="accepted")
    model.apply(manual, new=True)
    assert [r.id for r in model.queue.rows] == [*UNCERTAIN, 7]
    assert model.neighbour(B2, forward=True, undecided=False) == 7


def test_a_quote_whose_confidence_changed_moves_to_its_new_place():
    model = _model()
    model.apply(_changed(A1, confidence=0.1))  # (a stored state with another confidence)
    assert [r.id for r in model.queue.rows] == [1, 6, 2, 4, 3, 5]


def test_loading_the_queue_in_another_order_switches_next_and_previous():
    model = _model()
    assert model.show(B1)
    order = next_order(model.order)
    assert order == "document" and next_order(order) == "uncertain"
    model.begin_load()
    rows = sorted((row_of(q) for q in ALL), key=lambda r: order_key(r, order))
    model.queue_loaded(QueueFilter(), rows, Progress(0, len(ALL)), order=order)
    assert model.order == "document" and [r.id for r in model.queue.rows] == [1, 2, 3, 4, 5, 6]
    assert model.current == B1  # the quote on screen stays
    assert model.neighbour(B1, forward=True, undecided=False) == 5
    assert model.neighbour(B1, forward=False, undecided=False) == 3


def test_a_filter_in_the_uncertain_order_steps_through_the_filtered_rows():
    undecided_b = (B1, B2, B3)
    model = _model(rows=undecided_b, flt=QueueFilter(document_id=2))
    assert [r.id for r in model.queue.rows] == [6, 4, 5]
    assert model.neighbour(B3, forward=True, undecided=False) == 4
    assert model.neighbour(B1, forward=True, undecided=False) == 5
    assert model.neighbour(B2, forward=True, undecided=False) is None
    assert not model.listed(A2)
