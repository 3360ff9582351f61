"""The store on real SQLite files and real PostgreSQL databases: pragmas, decisions, the log, undo,
re-detection. Tests that take ``db`` run on each backend (conftest.db_target)."""

from __future__ import annotations

import itertools
import json
import sqlite3
import threading
import time
from pathlib import Path

import pytest
from conftest import FIRST_SEED, SECOND_SEED, hold_write_lock, raw_rows

from quotetool.errors import InvalidEdit, NothingToUndo, StaleQuote
from quotetool.ingest import read_articles
from quotetool.store import (
    Database,
    accept,
    add_quote,
    delete_quote,
    document_quotes,
    get_quote,
    history,
    import_article,
    redetect,
    reject,
    set_kind,
    set_span,
    set_speaker,
    speaker_names,
    stats,
    undo,
)

ARTICLE = (
    "Der Bürgermeister Jan Vogt sprach am Montag im Rathaus. „Wir bauen die Brücke neu“, sagte Vogt. "
    "Die Kosten seien noch offen.\n"
)


@pytest.fixture
def db(any_db: Database) -> Database:
    """Every test of this module that takes ``db`` runs on SQLite and on PostgreSQL."""
    return any_db


@pytest.fixture
def sqlite_db(db_path: Path):
    database = Database.open(str(db_path))
    yield database
    database.close()


def _log_errors(db: Database) -> tuple[type[BaseException], ...]:
    """What the driver raises when a trigger refuses a change."""
    if db.dialect == "sqlite":
        return (sqlite3.DatabaseError,)
    import psycopg

    return (psycopg.errors.RaiseException,)


def _import_text(db: Database, tmp_path: Path, text: str, name: str = "artikel.txt") -> int:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    (article,) = list(read_articles([path]))
    return import_article(db, article).document_id


def _manual(db: Database, doc_id: int, needle: str, text: str = ARTICLE, **kw):
    start = text.index(needle)
    return add_quote(
        db,
        doc_id,
        start,
        start + len(needle),
        kind=kw.pop("kind", "direct"),
        speaker=kw.pop("speaker", "Jan Vogt"),
        annotator=kw.pop("annotator", "anna"),
        **kw,
    )


def test_pragmas_wal_foreign_keys_busy_timeout(sqlite_db: Database) -> None:
    with sqlite_db.raw() as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] > 0


def test_indexes_for_the_ui_queries(sqlite_db: Database) -> None:
    with sqlite_db.raw() as conn:
        plan = " ".join(
            str(r) for r in conn.execute("EXPLAIN QUERY PLAN SELECT id FROM quote WHERE document_id = 1 ORDER BY start")
        )
        assert "ix_quote_document" in plan
        plan = " ".join(str(r) for r in conn.execute("EXPLAIN QUERY PLAN SELECT id FROM quote WHERE status = 'x'"))
        assert "ix_quote_status" in plan


def test_decisions_are_stored_and_logged(db: Database, tmp_path: Path) -> None:
    doc = _import_text(db, tmp_path, ARTICLE)
    q = _manual(db, doc, "Wir bauen die Brücke neu")
    assert (q.status, q.origin, q.speaker, q.version) == ("accepted", "manual", "Jan Vogt", 1)

    q = reject(db, q.id, annotator="ben", version=q.version)
    assert (q.status, q.annotator) == ("rejected", "ben")
    q = set_kind(db, q.id, "mixed", annotator="ben", version=q.version)
    q = set_speaker(db, q.id, "Bürgermeister Vogt", annotator="ben", version=q.version)
    start = ARTICLE.index("Brücke")
    q = set_span(db, q.id, start, start + len("Brücke neu"), annotator="ben", version=q.version)
    assert (q.kind, q.speaker, q.text, q.version) == ("mixed", "Bürgermeister Vogt", "Brücke neu", 5)

    log = history(db, q.id)
    assert [d.action for d in log] == ["add", "reject", "kind", "speaker", "span"]
    assert {d.annotator for d in log[1:]} == {"ben"}
    assert json.loads(log[2].before)["kind"] == "direct" and json.loads(log[2].after)["kind"] == "mixed"
    stored = get_quote(db, q.id)
    assert stored == q


def test_a_stale_version_is_refused_and_nothing_changes(db: Database, tmp_path: Path) -> None:
    doc = _import_text(db, tmp_path, ARTICLE)
    q = _manual(db, doc, "Wir bauen die Brücke neu")
    accept(db, q.id, annotator="ben", version=q.version)  # ben was faster (no-op: already accepted)
    set_kind(db, q.id, "indirect", annotator="ben", version=q.version)
    with pytest.raises(StaleQuote, match="changed by ben"):
        reject(db, q.id, annotator="anna", version=q.version)
    assert get_quote(db, q.id).status == "accepted"
    assert [d.action for d in history(db, q.id)] == ["add", "kind"]


def test_undo_walks_back_many_levels_and_survives_reopening(db_target: str, tmp_path: Path) -> None:
    db = Database.open(db_target)
    doc = _import_text(db, tmp_path, ARTICLE)
    q = _manual(db, doc, "Wir bauen die Brücke neu")
    q = set_kind(db, q.id, "indirect", annotator="anna", version=q.version)
    q = set_speaker(db, q.id, "Jemand Anderes", annotator="anna", version=q.version)
    other = _manual(db, doc, "Die Kosten seien noch offen", kind="indirect", annotator="ben")
    db.close()

    db = Database.open(db_target)  # a restart: undo reads the log, not memory
    assert undo(db, annotator="anna").speaker == "Jan Vogt"
    assert undo(db, annotator="anna").kind == "direct"
    restored = undo(db, annotator="anna")
    assert restored.status == "deleted"  # undoing the add takes the manual quote back
    with pytest.raises(NothingToUndo):
        undo(db, annotator="anna")
    assert get_quote(db, other.id).status == "accepted"  # ben's work is untouched by anna's undo
    actions = [d.action for d in history(db, q.id)]
    assert actions == ["add", "kind", "speaker", "undo", "undo", "undo"]
    db.close()


def test_undo_refuses_when_someone_else_changed_the_quote_since(db: Database, tmp_path: Path) -> None:
    doc = _import_text(db, tmp_path, ARTICLE)
    q = _manual(db, doc, "Wir bauen die Brücke neu")
    q = set_kind(db, q.id, "indirect", annotator="anna", version=q.version)
    set_kind(db, q.id, "mixed", annotator="ben", version=q.version)
    with pytest.raises(StaleQuote):
        undo(db, annotator="anna")
    assert get_quote(db, q.id).kind == "mixed"


def test_the_log_is_append_only(db: Database, tmp_path: Path) -> None:
    doc = _import_text(db, tmp_path, ARTICLE)
    q = _manual(db, doc, "Wir bauen die Brücke neu")
    statements = ["UPDATE decision SET annotator = 'x'", "DELETE FROM decision"]
    if db.dialect == "postgresql":
        statements.append("TRUNCATE decision CASCADE")
    with db.raw() as conn:
        for sql in statements:
            with pytest.raises(_log_errors(db), match="append-only"):
                conn.execute(sql)
            if db.dialect == "postgresql":
                conn.connection.rollback()  # (the failed statement aborted the transaction)
    assert [d.annotator for d in history(db, q.id)] == ["anna"]


def test_edits_are_validated(db: Database, tmp_path: Path) -> None:
    doc = _import_text(db, tmp_path, ARTICLE)
    q = _manual(db, doc, "Wir bauen die Brücke neu")
    with pytest.raises(InvalidEdit):
        set_span(db, q.id, 5, len(ARTICLE) + 10, annotator="anna")
    with pytest.raises(InvalidEdit):
        set_kind(db, q.id, "gossip", annotator="anna")
    with pytest.raises(InvalidEdit):
        accept(db, 9999, annotator="anna")
    deleted = delete_quote(db, q.id, annotator="anna", version=q.version)
    assert deleted.status == "deleted"
    assert document_quotes(db, doc) == [] or all(x.id != q.id for x in document_quotes(db, doc))


def test_only_manual_quotes_can_be_deleted(db: Database) -> None:
    (article,) = list(read_articles([FIRST_SEED]))
    doc = import_article(db, article).document_id
    proposals = [q for q in document_quotes(db, doc) if q.origin == "detector"]
    if not proposals:
        pytest.skip("the detector proposes nothing in this seed")
    with pytest.raises(InvalidEdit, match="reject"):
        delete_quote(db, proposals[0].id, annotator="anna")


def test_redetect_keeps_every_human_decision(db: Database) -> None:
    for article in read_articles([FIRST_SEED, SECOND_SEED]):
        import_article(db, article)
    doc = 1
    before = document_quotes(db, doc)
    text = FIRST_SEED.read_text(encoding="utf-8")
    manual_start = text.index("Die Einzelheiten der Gespräche sind jedoch unklar")
    manual = add_quote(db, doc, manual_start, manual_start + 20, kind="indirect", speaker="Redaktion", annotator="anna")
    decided = {}
    if before:
        decided[before[0].id] = accept(db, before[0].id, annotator="anna").status
    if len(before) > 1:
        decided[before[1].id] = reject(db, before[1].id, annotator="anna").status

    added = redetect(db)
    after = {q.id: q for q in document_quotes(db, doc)}
    for qid, status in decided.items():
        assert after[qid].status == status  # same row, same decision
    assert after[manual.id].status == "accepted"
    undecided_before = len(before) - len(decided)
    assert added[doc] == undecided_before  # untouched proposals were replaced one for one
    spans = sorted((q.start, q.end) for q in after.values())
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))  # no duplicates stacked up


def test_detector_spellings_of_one_person_share_a_speaker(db: Database, tmp_path: Path) -> None:
    # Two outlets, two transliterations: the second joins the first as an alias.
    a = _import_text(db, tmp_path, "Ein Text.\n", "a.txt")
    b = _import_text(db, tmp_path, "Ein anderer Text.\n", "b.txt")
    with db.write() as session:
        from quotetool.store.speakers import speaker_for_name

        first = speaker_for_name(session, "Andrej Belousow", merge_by_key=True)
        second = speaker_for_name(session, "Andrei Beloussow", merge_by_key=True)
        typed = speaker_for_name(session, "Andrey Belousov", merge_by_key=False)
        assert first.id == second.id
        assert typed.id != first.id  # a typed name is never merged behind the editor's back
    add_quote(db, a, 0, 3, kind="direct", speaker="Andrej Belousow", annotator="anna")  # suggested while used
    assert ("Andrei Beloussow", "Andrej Belousow") in speaker_names(db)
    assert a != b


def test_write_transactions_take_the_lock_up_front(db: Database, tmp_path: Path) -> None:
    """A second writer waits for the first instead of failing half-way ('database is locked')."""
    doc = _import_text(db, tmp_path, ARTICLE)
    q = _manual(db, doc, "Wir bauen die Brücke neu")
    holder = hold_write_lock(db)
    released = threading.Event()

    def release() -> None:
        time.sleep(0.5)
        holder.commit() if db.dialect == "postgresql" else holder.execute("COMMIT")
        released.set()

    threading.Thread(target=release).start()
    result = set_kind(db, q.id, "mixed", annotator="anna", version=q.version)  # waits, then succeeds
    assert released.is_set() and result.kind == "mixed"
    holder.close()


def test_stats_counts(db: Database, db_target: str, tmp_path: Path) -> None:
    doc = _import_text(db, tmp_path, ARTICLE)
    _manual(db, doc, "Wir bauen die Brücke neu")
    _manual(db, doc, "Die Kosten seien noch offen", kind="indirect")
    s = stats(db)
    assert raw_rows(db_target, "SELECT count(*) FROM document") == [(1,)]
    assert s.documents == 1
    assert s.quotes_by_status.get("accepted") == 2
    assert s.top_speakers == [("Jan Vogt", 2)]
