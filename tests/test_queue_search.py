"""Free words in the queue filter through the full-text index (SQLite FTS5, PostgreSQL GIN on a tsvector), the
indexes of the review UI's queries, and step 7, which adds them to a database that already holds quotes. Tests
that take ``db`` run on SQLite and on PostgreSQL (conftest.db_target)."""

from __future__ import annotations

import sqlite3
import unicodedata
from pathlib import Path

import pytest
from conftest import raw_rows

from quotetool.detect import Kind, Proposal, fold
from quotetool.ingest import Article
from quotetool.store import (
    Database,
    accept,
    add_quote,
    import_article,
    mark_reviewed,
    migrations,
    redetect,
    search,
    set_comment,
    set_span,
    set_speaker,
)
from quotetool.store.queue import QueueFilter, first_quote, load_queue, neighbour, reviewed_articles

ANNOTATOR = "anna"
# The project's own sentences: (article text, quoted piece, speaker as the detector names him).
ARTICLES = (
    (
        "Die Ministerin Eva Krüger sagte: „Der Klimaschutz hat für uns Vorrang.“",
        "Der Klimaschutz hat für uns Vorrang.",
        "Eva Krüger",
    ),
    (
        "Der Händler Jörg Müller sagte: „An der Hauptstraße schließen drei Läden.“",
        "An der Hauptstraße schließen drei Läden.",
        "Jörg Müller",
    ),
    (
        "Der Trainer Paul Weiß sagte: „Wir spielen auf Sieg, nicht auf Unentschieden.“",
        "Wir spielen auf Sieg, nicht auf Unentschieden.",
        "Paul Weiß",
    ),
)


@pytest.fixture
def db(any_db: Database) -> Database:
    return any_db


def _store(db: Database, text: str, quote: str, speaker: str) -> int:
    start = text.index(quote)
    found = [
        Proposal(
            start=start,
            end=start + len(quote),
            quote=quote,
            kind=Kind.DIRECT,
            rule="hand",
            confidence=0.5,
            speaker=speaker,
        )
    ]
    document = import_article(db, Article(text=text, origin=f"{speaker}.txt"), detector=lambda _t: found).document_id
    return load_queue(db, QueueFilter(document_id=document))[0].id


def _found(db: Database, text: str) -> list[int]:
    return [r.id for r in load_queue(db, QueueFilter(text=text))]


def test_free_words_find_word_starts_folded_in_text_mention_comment_and_speaker(db: Database) -> None:
    klima, strasse, sieg = (_store(db, *a) for a in ARTICLES)
    assert _found(db, "klima") == [klima]  # the start of a compound: Klimaschutz
    assert _found(db, "KLIMASCHUTZ VORRANG") == []  # the words as one piece, as before the index
    assert _found(db, "klimaschutz hat") == [klima]
    assert _found(db, "hauptstrasse") == [strasse] and _found(db, "Hauptstrasse schliessen") == [strasse]
    assert _found(db, "schließen") == [strasse] and _found(db, "LADEN") == [strasse]  # ß and umlauts fold
    assert _found(db, "nicht auf") == [sieg] and _found(db, "auf") == [sieg]
    assert _found(db, "Sieg, nicht") == [sieg] and _found(db, "Sieg nicht") == []  # punctuation counts, as before
    assert _found(db, "weiss") == [sieg]  # the speaker's name, folded (any part of it, as before)
    assert _found(db, "üller") == [strasse]  # a name matches inside the word too (the speaker table is small)
    assert _found(db, "Unentschieden Sieg") == []

    set_comment(db, klima, "Zitat beim Parteitag geprüft", annotator=ANNOTATOR)
    assert _found(db, "parteitag") == [klima]  # the index follows a new comment (trigger)
    set_comment(db, klima, None, annotator=ANNOTATOR)
    assert _found(db, "parteitag") == []  # and its removal
    text, quote, _speaker = ARTICLES[0]
    start = text.index(quote)
    set_span(db, klima, start + len("Der "), start + len(quote), annotator=ANNOTATOR)
    assert _found(db, "klimaschutz") == [klima] and _found(db, "der klimaschutz") == []  # an edited span
    set_speaker(db, sieg, "Ursula Brandt", annotator=ANNOTATOR)
    assert _found(db, "brandt") == [sieg] and _found(db, "weiss") == []


def test_the_index_forgets_replaced_proposals_and_knows_added_quotes(db: Database) -> None:
    _, strasse, _ = (_store(db, *a) for a in ARTICLES)
    document = load_queue(db, QueueFilter(text="klima"))[0].document_id
    redetect(db, [document], detector=lambda _t: [])  # the undecided proposal goes
    assert _found(db, "klima") == []
    text = ARTICLES[0][0]
    start = text.index("Die Ministerin")
    added = add_quote(
        db,
        document,
        start,
        start + len("Die Ministerin Eva Krüger"),
        kind="indirect",
        speaker=None,
        annotator=ANNOTATOR,
    )
    assert _found(db, "ministerin eva") == [added.id]
    accept(db, strasse, annotator=ANNOTATOR)  # a decision touches no indexed column: still found
    assert _found(db, "hauptstr") == [strasse]


def _step_6_database(target: str) -> None:
    """A database as quotetool wrote it at schema version 6, holding quotes, a comment and a speaker."""
    rows = [
        "INSERT INTO document (id, origin, content_hash, text, imported_at) VALUES "
        f"({i + 1}, 'alt{i}.txt', 'h{i}', '{text}', '2025-01-01')"
        for i, (text, _q, _s) in enumerate(ARTICLES)
    ] + ["INSERT INTO speaker (id, name, name_key, created_at) VALUES (1, 'Eva Krüger', 'eva kruger', '2025-01-01')"]
    for i, (text, quote, _speaker) in enumerate(ARTICLES):
        start = text.index(quote)
        rows.append(
            'INSERT INTO quote (id, document_id, start, "end", text, kind, speaker_id, status, origin, comment, '
            f"confidence, created_at) VALUES ({i + 1}, {i + 1}, {start}, {start + len(quote)}, '{quote}', 'direct', "
            f"{1 if i == 0 else 'NULL'}, 'proposed', 'detector', {'NULL' if i else repr('Quelle: Rathaus')}, "
            f"{0.3 * (i + 1)}, '2025-01-01')"
        )
    if "://" not in target:
        conn = sqlite3.connect(target, isolation_level=None)
        migrations.upgrade(conn, target=6)
        for statement in rows:
            conn.execute(statement)
        conn.close()
        return
    from conftest import _server_connect

    with _server_connect(target) as conn:
        migrations.upgrade(conn, target=6)
        for statement in rows:
            conn.execute(statement)


def test_step_7_indexes_the_quotes_of_a_step_6_database(db_target: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(migrations, "BACKFILL_BATCH", 2)  # three quotes: the backfill takes two batches
    _step_6_database(db_target)
    db = Database.open(db_target)
    try:
        assert db.upgrade is not None and (db.upgrade.from_version, db.upgrade.to_version) == (6, 7)
        assert _found(db, "klima") == [1] and _found(db, "hauptstrasse") == [2] and _found(db, "rathaus") == [1]
        assert _found(db, "kruger") == [1] and _found(db, "unentschieden") == [3]
        assert [r.id for r in load_queue(db)] == [1, 2, 3]  # every quote is still there
        if db.dialect == "sqlite":
            indexed = raw_rows(db_target, "SELECT rowid FROM quote_search WHERE quote_search MATCH 'auf' ORDER BY 1")
            assert indexed == [(3,)]
        indexes = raw_rows(
            db_target,
            "SELECT name FROM sqlite_master WHERE type = 'index'"
            if db.dialect == "sqlite"
            else "SELECT indexname FROM pg_indexes WHERE tablename IN ('quote', 'document')",
        )
        names = {r[0] for r in indexes}
        assert {
            "ix_quote_status_order",
            "ix_quote_status_kind",
            "ix_quote_status_confidence",
            "ix_document_reviewed",
            "ix_quote_comment",
        } <= names
        assert ("ix_document_id" in names) == (db.dialect == "sqlite")  # (PostgreSQL reads its primary key)
        assert "ix_quote_status" not in names and (db.dialect == "sqlite" or "ix_quote_search" in names)
    finally:
        db.close()


def test_without_fts5_the_queue_scans_with_the_same_results(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An SQLite built without FTS5 (simulated: the probe says so) gets step 7 without the index and no error."""
    with_index = Database.open(str(tmp_path / "fts.db"))
    monkeypatch.setattr(search, "fts5_available", lambda _conn: False)
    without = Database.open(str(tmp_path / "plain.db"))
    monkeypatch.undo()
    try:
        assert (
            raw_rows(str(tmp_path / "plain.db"), "SELECT name FROM sqlite_master WHERE name LIKE 'quote_search%'") == []
        )
        for db in (with_index, without):
            for article in ARTICLES:
                _store(db, *article)
        for words in ("klima", "Hauptstrasse", "nicht auf", "weiß", "Sieg,", "!"):
            assert _found(without, words) == _found(with_index, words), words
        assert _found(without, "schutz") == [1]  # the scan also finds a piece inside a word
        assert _found(with_index, "schutz") == []  # the index finds words by their start (README)
    finally:
        with_index.close()
        without.close()


def test_sql_fold_is_the_detectors_fold() -> None:
    assert not [cp for cp in range(search._COMBINING_BELOW, 0x110000) if unicodedata.combining(chr(cp))]
    samples = ["Straße", "ÄRZTE", "Ǆemal", "ﬁnden", "İstanbul", "Ὀδυσσεύς", "café", "Å", "x\u0301y", "ẞ", "ＡＢＣ", ""]
    samples += [chr(cp) for cp in range(0x30000) if not 0xD800 <= cp < 0xE000]
    assert [search.fold_sql(s) for s in samples] == [fold(s) for s in samples]
    assert search.fold_sql(None) == ""
    assert search.words("Klima-Schutz, „jetzt“ 2030 klima") == ["klima", "schutz", "jetzt", "2030"]


def _plan(db: Database, sql: str, args: tuple = ()) -> str:
    with db.raw() as conn:
        return " | ".join(str(r[-1]) for r in conn.execute("EXPLAIN QUERY PLAN " + sql, args))


def test_the_ui_queries_use_indexes_on_sqlite(tmp_path: Path) -> None:
    db = Database.open(str(tmp_path / "plans.db"))
    try:
        from quotetool.store import queue

        with db.raw() as conn:
            for flt, expected in (
                (QueueFilter(text="klima"), "VIRTUAL TABLE INDEX"),  # quote_search
                (QueueFilter(speaker="krüger"), "ix_quote_speaker"),
                (QueueFilter(reviewed=True), "ix_document_reviewed"),
                (QueueFilter(flag="any"), "ix_quote_flag"),
                (QueueFilter(flag="second-opinion"), "ix_quote_flag"),
                (QueueFilter(comment="*"), "ix_quote_comment"),
                (QueueFilter(comment="geprüft"), "ix_quote_comment"),
            ):
                where, args = queue._where(conn, flt)
                plan = _plan(db, queue._ROW_SQL.format(where=where, order="q.document_id, q.start, q.id"), tuple(args))
                assert expected in plan, (flt, plan)
        assert "ix_quote_status_order" in _plan(
            db, "SELECT id FROM quote WHERE status = 'proposed' ORDER BY document_id, start, id LIMIT 1"
        )
        assert "COVERING INDEX ix_quote_status_kind" in _plan(
            db, "SELECT kind, count(*) FROM quote WHERE status != 'deleted' GROUP BY kind"
        )
        assert "COVERING INDEX ix_document_reviewed" in _plan(db, "SELECT count(reviewed_at), count(*) FROM document")
        assert "COVERING INDEX ix_document_id" in _plan(db, "SELECT count(*) FROM document WHERE id <= 5")
        assert "COVERING INDEX ix_document_id" in _plan(db, "SELECT id FROM document ORDER BY id")
        # the least confident first (queue_order "uncertain"): the first undecided quote and the next one
        assert "ix_quote_status_confidence" in _plan(
            db,
            "SELECT id FROM quote WHERE status = 'proposed' "
            "ORDER BY coalesce(confidence, 2.0), document_id, start, id LIMIT 1",
        )
        assert "ix_quote_status_confidence" in _plan(
            db,
            "SELECT id FROM quote WHERE status = 'proposed' AND coalesce(confidence, 2.0) >= 0.5 "
            "AND (coalesce(confidence, 2.0), document_id, start, id) > (0.5, 1, 0, 1) "
            "ORDER BY coalesce(confidence, 2.0), document_id, start, id LIMIT 1",
        )
        # and they still answer
        assert first_quote(db) is None and neighbour(db, (0, 0, 0)) is None
        assert reviewed_articles(db).total == 0
    finally:
        db.close()


def test_the_text_search_uses_the_gin_index_on_postgresql(pg_database: str) -> None:
    db = Database.open(pg_database)
    try:
        for article in ARTICLES:
            _store(db, *article)
        mark_reviewed(db, 1, annotator=ANNOTATOR)
        from quotetool.store import queue

        with db.raw() as conn:
            conn.execute("SET enable_seqscan = off")  # (three rows: else a scan is cheaper than any index)
            where, args = queue._where(conn, QueueFilter(text="klima"))
            plan = " ".join(
                r[0]
                for r in conn.execute(
                    "EXPLAIN " + queue._ROW_SQL.format(where=where, order="q.document_id, q.start, q.id"), args
                )
            )
            assert "ix_quote_search" in plan, plan
            found = conn.execute(
                queue._ROW_SQL.format(where=where, order="q.document_id, q.start, q.id"), args
            ).fetchall()
            assert [r[0] for r in found] == [1]
    finally:
        db.close()


def test_a_batch_of_articles_is_indexed_at_its_end_and_other_quotes_one_by_one(tmp_path: Path) -> None:
    # the import's writer fills the index once per batch (search.bulk_insert), the trigger every other insert
    from quotetool.detect import detect
    from quotetool.prepared import Prepared, content_hash
    from quotetool.store.documents import store_articles

    path = str(tmp_path / "q.db")
    db = Database.open(path)
    try:
        articles = [
            Article(text=text, title=f"Artikel {i}", origin=f"a{i}.txt") for i, (text, _, _) in enumerate(ARTICLES)
        ]
        prepared = [Prepared(a, content_hash(a.text), detect(a.text)) for a in articles]
        assert sum(len(batch) for batch in store_articles(db, prepared)) == len(ARTICLES)
        quotes = {r[0] for r in raw_rows(path, "SELECT id FROM quote")}
        assert len(quotes) >= len(ARTICLES)
        assert {r[0] for r in raw_rows(path, "SELECT rowid FROM quote_search")} == quotes
        assert [row.id for row in load_queue(db, QueueFilter(text="hauptstr"))] == [
            r[0] for r in raw_rows(path, "SELECT id FROM quote WHERE text LIKE '%Hauptstraße%'")
        ]
        doc = raw_rows(path, "SELECT id FROM document ORDER BY id LIMIT 1")[0][0]
        added = add_quote(db, doc, 0, 14, kind="direct", speaker="Eva Krüger", annotator=ANNOTATOR)
        assert added.id in {r[0] for r in raw_rows(path, "SELECT rowid FROM quote_search")}
    finally:
        db.close()
