"""Articles marked reviewed, comments and flags, speakers corrected per mention: logged, undone in order. Every
test runs on SQLite and on PostgreSQL (conftest.db_target)."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotetool.detect import Kind, Proposal
from quotetool.errors import InvalidEdit, StaleDocument, StaleQuote
from quotetool.ingest import Article
from quotetool.store import (
    Database,
    accept,
    article_people,
    document_progress,
    get_quote,
    import_article,
    mark_reviewed,
    redetect,
    review_mark,
    set_comment,
    set_flag,
    set_speaker,
    set_speaker_for_mention,
    speaker_names,
    undo,
    undo_and_look_back,
    unmark_reviewed,
)
from quotetool.store.queue import QueueFilter, load_queue
from quotetool.store.review_terms import COMMENT_TEXT_SQL, conditions, parse_term

TEXT = (
    "Der FDP-Chef sprach in Berlin. „Wir bleiben dabei“, sagte der FDP-Chef.\n"
    "Später meldete sich Anna Roth zu Wort. Die Lage sei ernst, sagte Roth.\n"
    "„Das reicht nicht“, sagte der FDP-Chef am Abend.\n"
)


def _proposal(
    needle: str,
    speaker: str | None,
    mention: str | None,
    cue: str | None,
    kind: Kind = Kind.DIRECT,
    rule: str = "test-rule",
    parts: tuple[tuple[int, int], ...] = (),
) -> Proposal:
    """A hand-made proposal for TEXT: the mention and the cue are looked for after the quote's start."""
    start = TEXT.index(needle)
    m_start = TEXT.index(mention, start) if mention else None
    c_start = TEXT.index(cue, start) if cue else None
    return Proposal(
        start=start,
        end=start + len(needle),
        quote=needle,
        kind=kind,
        rule=rule,
        confidence=0.9,
        speaker=speaker,
        speaker_mention=mention,
        mention_start=m_start,
        mention_end=None if m_start is None or mention is None else m_start + len(mention),
        cue=cue,
        cue_start=c_start,
        cue_end=None if c_start is None or cue is None else c_start + len(cue),
        parts=parts,
    )


PROPOSALS = [
    _proposal("Wir bleiben dabei", "Christian Dürr", "FDP-Chef", "sagte"),
    _proposal("Die Lage sei ernst", "Anna Roth", "Roth", "sagte", Kind.INDIRECT, rule="other-rule"),
    _proposal("Das reicht nicht", "Christian Dürr", "FDP-Chef", "sagte"),
]


@pytest.fixture
def db(any_db: Database) -> Database:
    return any_db


def _import(db: Database, proposals: list[Proposal] | None = None) -> int:
    chosen = PROPOSALS if proposals is None else proposals
    return import_article(db, Article(TEXT, "t.txt"), detector=lambda _t: chosen).document_id


def _quotes(db: Database, doc: int):
    return [q for q in (get_quote(db, i) for i in range(1, 10)) if q is not None and q.document_id == doc]


def _log(db: Database) -> list[tuple]:
    with db.raw() as conn:
        return conn.execute(
            "SELECT quote_id, document_id, action, annotator, step FROM decision ORDER BY id"
        ).fetchall()


def test_an_article_is_marked_reviewed_logged_and_undone_in_order_with_quote_decisions(db: Database) -> None:
    doc = _import(db)
    first = _quotes(db, doc)[0]
    accept(db, first.id, annotator="anna", version=first.version)
    mark = mark_reviewed(db, doc, annotator="anna")
    assert mark.reviewed and mark.reviewed_by == "anna" and mark.reviewed_at
    assert mark_reviewed(db, doc, annotator="bob").reviewed_by == "anna"  # already marked: nothing logged
    assert [row[:4] for row in _log(db)] == [(first.id, None, "accept", "anna"), (None, doc, "reviewed", "anna")]
    progress = document_progress(db)
    assert [(p.document_id, p.decided, p.total, p.reviewed) for p in progress] == [(doc, 1, 3, True)]

    undone = undo_and_look_back(db, annotator="anna")  # the mark first: it is the latest
    assert undone.quote is None and undone.action == "reviewed" and undone.more
    assert undone.document is not None and not undone.document.reviewed
    assert not review_mark(db, doc).reviewed
    assert undo(db, annotator="anna").status == "proposed"  # then the quote decision before it

    mark_reviewed(db, doc, annotator="anna")
    assert not unmark_reviewed(db, doc, annotator="anna").reviewed
    undo(db, annotator="anna")
    assert review_mark(db, doc).reviewed_by == "anna"  # the unmarking undone


def test_undoing_a_mark_that_someone_changed_since_is_refused(db: Database) -> None:
    doc = _import(db)
    mark_reviewed(db, doc, annotator="anna")
    unmark_reviewed(db, doc, annotator="bob")
    mark_reviewed(db, doc, annotator="bob")
    with pytest.raises(StaleDocument, match="marked again"):
        undo(db, annotator="anna")
    assert review_mark(db, doc).reviewed_by == "bob"


def test_redetect_with_new_proposals_takes_the_mark_away_in_the_log_too(db: Database) -> None:
    doc = _import(db, PROPOSALS[:2])
    mark_reviewed(db, doc, annotator="anna")
    redetect(db, detector=lambda _t: PROPOSALS[:2])  # the same proposals again: nothing new
    assert review_mark(db, doc).reviewed
    redetect(db, detector=lambda _t: PROPOSALS)  # a proposal at a new span
    assert not review_mark(db, doc).reviewed
    assert _log(db)[-1][1:4] == (doc, "unreviewed", "redetect")
    with pytest.raises(StaleDocument):
        undo(db, annotator="anna")  # the mark the editor set is gone: nothing to restore silently


def test_comment_and_flag_are_versioned_logged_undoable_and_not_a_verdict(db: Database) -> None:
    doc = _import(db)
    q = _quotes(db, doc)[0]
    noted = set_comment(db, q.id, "  Quelle prüfen: Interview vom Montag ", annotator="anna", version=q.version)
    assert noted.comment == "Quelle prüfen: Interview vom Montag" and noted.version == q.version + 1
    assert noted.annotator is None and noted.decided_at is None  # a note does not verify the quote
    flagged = set_flag(db, q.id, "second-opinion", annotator="anna", version=noted.version)
    assert flagged.flag == "second-opinion"
    with pytest.raises(StaleQuote):
        set_flag(db, q.id, None, annotator="bob", version=q.version)
    with pytest.raises(InvalidEdit, match="not a flag"):
        set_flag(db, q.id, "wichtig", annotator="anna")
    with pytest.raises(InvalidEdit, match="at most"):
        set_comment(db, q.id, "x" * 5000, annotator="anna")
    assert undo(db, annotator="anna").flag is None
    assert undo(db, annotator="anna").comment is None
    assert set_comment(db, q.id, "  ", annotator="anna").comment is None  # blank: no note, nothing logged
    assert [row[2] for row in _log(db)] == ["comment", "flag", "undo", "undo"]


def test_a_typed_speaker_empties_mention_and_cue_a_chosen_mention_in_the_cues_sentence_keeps_the_cue(
    db: Database,
) -> None:
    doc = _import(db)
    first, roth, _ = _quotes(db, doc)
    typed = set_speaker(db, first.id, "Christian Lindner", annotator="anna", version=first.version)
    assert (typed.speaker, typed.speaker_mention, typed.mention_start, typed.cue) == (
        "Christian Lindner",
        None,
        None,
        None,
    )
    again = set_speaker(db, first.id, "Christian Lindner", annotator="anna", version=typed.version)
    assert again.version == typed.version  # the speaker it has, no mention: nothing changes
    here = TEXT.index("Roth", TEXT.index("Lage"))  # "sagte Roth": the cue's sentence
    chosen = set_speaker(db, roth.id, "Anna Roth", annotator="anna", version=roth.version, mention=(here, here + 4))
    assert (chosen.speaker_mention, chosen.mention_start, chosen.cue) == ("Roth", here, "sagte")
    elsewhere = TEXT.index("Anna Roth")  # the sentence before: the cue no longer belongs
    moved = set_speaker(
        db, roth.id, "Anna Roth", annotator="anna", version=chosen.version, mention=(elsewhere, elsewhere + 9)
    )
    assert (moved.speaker_mention, moved.cue, moved.cue_start) == ("Anna Roth", None, None)
    restored = undo(db, annotator="anna")
    assert (restored.speaker_mention, restored.cue) == ("Roth", "sagte")  # undo brings the cue back


def test_one_step_sets_the_speaker_of_every_quote_of_a_mention_and_one_undo_restores_them(db: Database) -> None:
    doc = _import(db)
    first, roth, last = _quotes(db, doc)
    assert "Christian Dürr" in {name for _, name in speaker_names(db)}
    changed = set_speaker_for_mention(db, last.id, "Christian Lindner", annotator="anna", version=last.version)
    assert [q.id for q in changed] == [last.id, first.id]  # the quote acted on first
    assert {q.speaker for q in changed} == {"Christian Lindner"}
    assert all(q.speaker_mention == "FDP-Chef" and q.cue == "sagte" for q in changed)  # still the naming words
    assert get_quote(db, roth.id).speaker == "Anna Roth"
    assert "Christian Dürr" not in {name for _, name in speaker_names(db)}  # no quote uses it: not suggested
    steps = {row[4] for row in _log(db)}
    assert len(steps) == 1 and None not in steps

    undone = undo_and_look_back(db, annotator="anna")
    assert undone.quote is not None and undone.quote.id == last.id and len(undone.quotes) == 2
    assert {get_quote(db, q.id).speaker for q in (first, last)} == {"Christian Dürr"}
    assert not undone.more
    with db.raw() as conn:
        assert conn.execute("SELECT count(DISTINCT step), count(*) FROM decision WHERE action = 'undo'").fetchone() == (
            1,
            2,
        )


def test_a_step_is_undone_whole_or_not_at_all(db: Database) -> None:
    doc = _import(db)
    first, _, last = _quotes(db, doc)
    set_speaker_for_mention(db, first.id, "Christian Lindner", annotator="anna", version=first.version)
    accept(db, last.id, annotator="bob")  # bob changes one of the step's quotes
    with pytest.raises(StaleQuote):
        undo(db, annotator="anna")
    assert get_quote(db, first.id).speaker == "Christian Lindner"  # nothing of the step was undone


def test_one_step_by_speaker_reaches_other_mentions_of_the_same_entity(db: Database) -> None:
    proposals = [PROPOSALS[0], _proposal("Das reicht nicht", "Christian Dürr", "FDP-Chef am Abend", "sagte")]
    doc = _import(db, proposals)
    first, second = _quotes(db, doc)
    with pytest.raises(InvalidEdit):
        set_speaker_for_mention(db, first.id, "X", annotator="anna", same="everything")  # type: ignore[arg-type]
    changed = set_speaker_for_mention(db, first.id, "Christian Lindner", annotator="anna", same="speaker")
    assert {q.id for q in changed} == {first.id, second.id}


def test_the_articles_people_with_their_mentions(db: Database) -> None:
    doc = _import(db)
    people = article_people(db, doc)
    assert [p.name for p in people] == ["Christian Dürr", "Anna Roth"]  # first named first
    roth = people[1]
    assert roth.quotes == 1
    named = [(m.text, m.start) for m in roth.mentions]
    assert ("Anna Roth", TEXT.index("Anna Roth")) in named  # found in the text by its name
    assert all(TEXT[m.start : m.end] == m.text for m in roth.mentions if m.start is not None)
    assert {m.text for m in people[0].mentions} == {"FDP-Chef"}
    with pytest.raises(InvalidEdit):
        article_people(db, 99)


def test_filter_terms_select_reviewed_articles_flags_and_comments(db: Database, tmp_path: Path) -> None:
    doc = _import(db)
    other = import_article(db, Article("Ein zweiter Text.\n", "u.txt"), detector=lambda _t: PROPOSALS[:0]).document_id
    q = _quotes(db, doc)[1]
    set_flag(db, q.id, "second-opinion", annotator="anna")
    set_comment(db, q.id, "Zitat aus dem Ärztebrief", annotator="anna")
    mark_reviewed(db, doc, annotator="anna")
    assert parse_term("reviewed:no") == ("reviewed", False) and parse_term("kind:direct") is None
    assert parse_term("flag:second-opinion") == ("flag", "second-opinion")
    with pytest.raises(InvalidEdit, match="reviewed:yes"):
        parse_term("reviewed:vielleicht")

    def ids(**terms) -> list[int]:
        where, args = conditions(**terms)
        sql = "SELECT q.id FROM quote q WHERE " + " AND ".join(where or ["1"]) + " ORDER BY q.id"
        with db.raw() as conn:  # (every connection has qt_fold)
            return [r[0] for r in conn.execute(sql, args)]

    assert ids(reviewed=True) == [1, 2, 3] and ids(reviewed=False) == []
    assert ids(flag="second-opinion") == [q.id] and ids(flag="none") == [1, 3] and ids(flag="any") == [q.id]
    assert ids(comment="ÄRZTEBRIEF") == [q.id] and ids(comment="*") == [q.id] and ids(comment="Brücke") == []
    assert "qt_fold(q.comment)" in COMMENT_TEXT_SQL
    assert len(load_queue(db, QueueFilter())) == 3  # the queue's own query still runs on the new schema
    assert other
    assert db.integrity_check() == "ok"
