"""The queue's orders in the store: load_queue, first_quote and neighbour sort alike, on a real database
(an SQLite file, and PostgreSQL where a server is set up), with filters, decisions and redetect."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from rated_support import RATED_ARTICLES, RATED_PROPOSALS, UNCERTAIN_WORDS, import_rated, proposal, quote_ids

from quotetool.cli import cli
from quotetool.queue_order import QUEUE_ORDERS, UNRATED, order_key
from quotetool.store import accept, add_quote, redetect, reject
from quotetool.store.queue import NOTE_COMMENT, NOTE_FLAG, QueueFilter, first_quote, load_queue, neighbour
from quotetool.store.review import set_comment, set_flag

ANNOTATOR = "tester"


def _words(db, rows) -> list[str]:
    by_id = {v: k for k, v in quote_ids(db).items()}
    return [by_id[r.id] for r in rows]


def _walk(db, order, *, forward=True, undecided=False) -> list[int]:
    """Every quote reached by neighbour from the first (or last) row of the loaded queue."""
    rows = load_queue(db, order=order)
    row = rows[0] if forward else rows[-1]
    seen = [row.id]
    while True:
        following = neighbour(db, order_key(row, order), forward=forward, undecided=undecided, order=order)
        if following is None:
            return seen
        seen.append(following)
        row = next(r for r in rows if r.id == following)


def test_the_uncertain_order_is_confidence_ascending_with_ties_by_article_and_position(any_db):
    import_rated(any_db)
    rows = load_queue(any_db, order="uncertain")
    assert _words(any_db, rows) == list(UNCERTAIN_WORDS)
    assert [r.confidence for r in rows] == sorted(r.confidence for r in rows)
    assert [order_key(r, "uncertain") for r in rows] == sorted(order_key(r, "uncertain") for r in rows)
    by_document = load_queue(any_db)  # the default order is unchanged: by article, then position
    assert [r.key for r in by_document] == sorted(r.key for r in by_document)
    assert [order_key(r, "document") for r in by_document] == [r.key for r in by_document]


@pytest.mark.parametrize("order", QUEUE_ORDERS)
def test_neighbour_walks_the_loaded_queue_in_either_direction(any_db, order):
    import_rated(any_db)
    ids = [r.id for r in load_queue(any_db, order=order)]
    assert _walk(any_db, order) == ids
    assert _walk(any_db, order, forward=False) == ids[::-1]


def test_decided_quotes_keep_their_place_and_undecided_steps_skip_them(any_db):
    ids = import_rated(any_db)
    least, second = ids[UNCERTAIN_WORDS[0]], ids[UNCERTAIN_WORDS[1]]
    assert first_quote(any_db, order="uncertain") == least
    accept(any_db, least, annotator=ANNOTATOR)
    reject(any_db, ids[UNCERTAIN_WORDS[3]], annotator=ANNOTATOR)
    rows = load_queue(any_db, order="uncertain")
    assert _words(any_db, rows) == list(UNCERTAIN_WORDS)  # the decisions moved nothing
    assert first_quote(any_db, undecided=True, order="uncertain") == second
    assert first_quote(any_db, undecided=False, order="uncertain") == least
    undecided = [r.id for r in rows if r.status == "proposed"]
    assert _walk(any_db, "uncertain", undecided=True) == [least, *undecided]  # from the first row, decided
    key = order_key(rows[2], "uncertain")  # back from the third row: the second, undecided
    assert neighbour(any_db, key, forward=False, undecided=True, order="uncertain") == second
    assert neighbour(any_db, order_key(rows[1], "uncertain"), forward=False, order="uncertain") == least


def test_a_quote_added_by_hand_has_no_confidence_and_comes_after_every_proposal(any_db):
    ids = import_rated(any_db)
    text = RATED_ARTICLES[0]
    words = "Der Landrat sagte"
    added = add_quote(
        any_db,
        1,
        text.index(words),
        text.index(words) + len(words),
        kind="indirect",
        speaker=None,
        annotator=ANNOTATOR,
    )
    rows = load_queue(any_db, order="uncertain")
    assert rows[-1].id == added.id and rows[-1].confidence is None
    assert order_key(rows[-1], "uncertain")[0] == UNRATED
    assert _words(any_db, rows[:-1]) == list(UNCERTAIN_WORDS)
    last_proposal = order_key(rows[-2], "uncertain")
    assert neighbour(any_db, last_proposal, order="uncertain") == added.id
    assert neighbour(any_db, order_key(rows[-1], "uncertain"), forward=False, order="uncertain") == rows[-2].id
    assert ids[UNCERTAIN_WORDS[-1]] == rows[-2].id


@pytest.mark.parametrize(
    ("flt", "wanted"),
    [
        (
            QueueFilter(kind="direct"),
            lambda w: w in ("Das ist ein guter Tag", "Wir halten den Zeitplan", "Wir suchen Zeugen"),
        ),
        (QueueFilter(document_id=2), lambda w: w in RATED_ARTICLES[1]),
        (QueueFilter(text="die"), lambda w: "die" in w.lower()),
        (QueueFilter(speaker="muster"), lambda w: w == "Wir suchen Zeugen"),
        (QueueFilter(statuses=("accepted",)), lambda w: w == "das Geld reiche"),
    ],
)
def test_filters_keep_working_in_the_uncertain_order(any_db, flt, wanted):
    ids = import_rated(any_db)
    accept(any_db, ids["das Geld reiche"], annotator=ANNOTATOR)
    rows = load_queue(any_db, flt, order="uncertain")
    assert _words(any_db, rows) == [w for w in UNCERTAIN_WORDS if wanted(w)]
    assert rows, "each filter matches something"
    assert {r.id for r in rows} == {r.id for r in load_queue(any_db, flt)}  # the same quotes as by article


def test_redetect_with_new_confidences_reorders_the_proposals_but_not_the_decided(db):
    """Learned confidences reach the queue through redetect: the new proposals carry them."""
    ids = import_rated(db)
    accept(db, ids["das Geld reiche"], annotator=ANNOTATOR)  # 0.45, decided: keeps its confidence
    inverted = {words: round(1 - c, 3) for _a, words, _k, c, _s, _m in RATED_PROPOSALS}

    def detector(text):
        return [
            proposal(text, words, kind, inverted[words], speaker, mention)
            for _a, words, kind, _c, speaker, mention in RATED_PROPOSALS
            if words in text
        ]

    redetect(db, detector=detector)
    rows = load_queue(db, order="uncertain")
    confidence = {w: (0.45 if w == "das Geld reiche" else inverted[w]) for w in UNCERTAIN_WORDS}
    assert _words(db, rows) == sorted(UNCERTAIN_WORDS, key=lambda w: (confidence[w], _place(w)))
    assert first_quote(db, order="uncertain") == quote_ids(db)["Wir halten den Zeitplan"]  # 0.09, article 1


def _place(words: str) -> tuple[int, int]:
    article = next(i for i, text in enumerate(RATED_ARTICLES) if words in text)
    return article, RATED_ARTICLES[article].index(words)


def test_an_unknown_order_is_one_sentence_and_a_usage_error(tmp_path):
    result = CliRunner().invoke(cli, ["annotate", "--order", "sideways", "--db", str(tmp_path / "q.db")])
    assert result.exit_code == 2
    assert "Invalid value for '--order': 'sideways' is not one of 'document', 'uncertain'." in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "q.db").exists()  # refused before anything was opened


def test_the_queue_marks_flags_and_comments_on_both_backends(any_db):
    """The rows' note column is plain integer arithmetic on PostgreSQL too (no boolean * integer)."""
    ids = import_rated(any_db)
    set_comment(any_db, ids["das Geld reiche"], "Zahl prüfen", annotator=ANNOTATOR)
    set_flag(any_db, ids["brannte das Dach"], "check-source", annotator=ANNOTATOR)
    set_comment(any_db, ids["brannte das Dach"], "Feuerwehr anrufen", annotator=ANNOTATOR)
    notes = {r.id: r.notes for r in load_queue(any_db, order="uncertain")}
    assert notes[ids["das Geld reiche"]] == NOTE_COMMENT
    assert notes[ids["brannte das Dach"]] == NOTE_FLAG | NOTE_COMMENT
    assert notes[ids["Wir suchen Zeugen"]] == 0
