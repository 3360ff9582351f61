"""Versioned schema migrations, one mechanism for SQLite and PostgreSQL.

Each step is plain SQL in one dialect per database (``Step.sqlite``, ``Step.postgresql``): the same tables,
columns, indexes and append-only triggers, written as each database wants them. A step runs in the same
transaction as the version bump, so an upgrade either completes or leaves the database as it was. The schema
version is SQLite's ``user_version`` (with ``application_id`` marking the file as ours), and on PostgreSQL
the one row of the table ``quotetool_schema``. Never edit a released step: add a new one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from quotetool.store import search

# "qtql" as a big-endian integer: marks a file as a quotetool database (PRAGMA application_id).
APPLICATION_ID = 0x7174716C

_V1 = """
CREATE TABLE document (
    id INTEGER PRIMARY KEY,
    title TEXT,
    source_url TEXT,
    origin TEXT NOT NULL,
    external_id TEXT,
    content_hash TEXT NOT NULL UNIQUE,
    text TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    detector_version TEXT
);
CREATE TABLE speaker (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    name_key TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX ix_speaker_name_key ON speaker (name_key);
CREATE TABLE speaker_alias (
    id INTEGER PRIMARY KEY,
    speaker_id INTEGER NOT NULL REFERENCES speaker (id) ON DELETE CASCADE,
    alias TEXT NOT NULL,
    alias_key TEXT NOT NULL,
    UNIQUE (speaker_id, alias)
);
CREATE INDEX ix_speaker_alias_alias_key ON speaker_alias (alias_key);
CREATE TABLE quote (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('direct', 'indirect', 'mixed')),
    cue TEXT,
    cue_start INTEGER,
    cue_end INTEGER,
    speaker_mention TEXT,
    mention_start INTEGER,
    mention_end INTEGER,
    speaker_id INTEGER REFERENCES speaker (id),
    parts TEXT,
    status TEXT NOT NULL DEFAULT 'proposed'
        CHECK (status IN ('proposed', 'accepted', 'rejected', 'deleted')),
    origin TEXT NOT NULL CHECK (origin IN ('detector', 'manual')),
    rule TEXT,
    confidence REAL,
    detector_version TEXT,
    annotator TEXT,
    decided_at TEXT,
    created_at TEXT NOT NULL,
    CHECK (start >= 0 AND "end" > start)
);
CREATE INDEX ix_quote_document ON quote (document_id, start);
CREATE INDEX ix_quote_status ON quote (status);
CREATE INDEX ix_quote_speaker ON quote (speaker_id);
CREATE TABLE decision (
    id INTEGER PRIMARY KEY,
    quote_id INTEGER NOT NULL REFERENCES quote (id),
    action TEXT NOT NULL,
    annotator TEXT NOT NULL,
    at TEXT NOT NULL,
    before TEXT,
    after TEXT,
    undoes INTEGER REFERENCES decision (id)
);
CREATE INDEX ix_decision_quote ON decision (quote_id);
CREATE INDEX ix_decision_annotator ON decision (annotator, id);
CREATE UNIQUE INDEX ix_decision_undoes ON decision (undoes) WHERE undoes IS NOT NULL;
CREATE TRIGGER decision_no_update BEFORE UPDATE ON decision
BEGIN SELECT RAISE(ABORT, 'the decision log is append-only'); END;
CREATE TRIGGER decision_no_delete BEFORE DELETE ON decision
BEGIN SELECT RAISE(ABORT, 'the decision log is append-only'); END;
"""

# v2: optimistic concurrency. Two editors on one file must not silently overwrite each other.
_V2 = """
ALTER TABLE quote ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
"""

# v3: a change counter per article, bumped whenever its proposals are replaced (import, redetect), so an
# open review screen notices and reloads the article.
_V3 = """
ALTER TABLE document ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
"""

# v4 (issue 13): articles marked reviewed, with the outlet and date they were published; a comment and a
# flag on a quote; the detector's original speaker, span and kind, so an export can say what the editor
# corrected (filled for existing proposals from the log's earliest `before`, else the current values).
# The log is rebuilt with the same rows and ids so that it can also hold document actions (quote_id NULL,
# document_id set) and steps of several decisions that one undo reverses together (`step`: the id of the
# step's first decision). The flag's values live in models.Flag, not in a CHECK, so a new flag needs no
# rebuild of the quote table.
_V4 = """
ALTER TABLE document ADD COLUMN outlet TEXT;
ALTER TABLE document ADD COLUMN published TEXT;
ALTER TABLE document ADD COLUMN reviewed_by TEXT;
ALTER TABLE document ADD COLUMN reviewed_at TEXT;
ALTER TABLE quote ADD COLUMN comment TEXT;
ALTER TABLE quote ADD COLUMN flag TEXT;
ALTER TABLE quote ADD COLUMN detector_speaker TEXT;
ALTER TABLE quote ADD COLUMN detector_start INTEGER;
ALTER TABLE quote ADD COLUMN detector_end INTEGER;
ALTER TABLE quote ADD COLUMN detector_kind TEXT;
UPDATE quote SET
    detector_start = coalesce((SELECT json_extract(d.before, '$.start') FROM decision d
                               WHERE d.quote_id = quote.id AND json_type(d.before, '$.start') IS NOT NULL
                               ORDER BY d.id LIMIT 1), start),
    detector_end = coalesce((SELECT json_extract(d.before, '$.end') FROM decision d
                             WHERE d.quote_id = quote.id AND json_type(d.before, '$.end') IS NOT NULL
                             ORDER BY d.id LIMIT 1), "end"),
    detector_kind = coalesce((SELECT json_extract(d.before, '$.kind') FROM decision d
                              WHERE d.quote_id = quote.id AND json_type(d.before, '$.kind') IS NOT NULL
                              ORDER BY d.id LIMIT 1), kind),
    detector_speaker = (SELECT s.name FROM speaker s WHERE s.id = CASE
        WHEN EXISTS (SELECT 1 FROM decision d WHERE d.quote_id = quote.id
                     AND json_type(d.before, '$.speaker_id') IS NOT NULL)
        THEN (SELECT json_extract(d.before, '$.speaker_id') FROM decision d
              WHERE d.quote_id = quote.id AND json_type(d.before, '$.speaker_id') IS NOT NULL
              ORDER BY d.id LIMIT 1)
        ELSE quote.speaker_id END)
WHERE origin = 'detector';
DROP TRIGGER decision_no_update;
DROP TRIGGER decision_no_delete;
CREATE TABLE decision_v4 (
    id INTEGER PRIMARY KEY,
    quote_id INTEGER REFERENCES quote (id),
    document_id INTEGER REFERENCES document (id),
    action TEXT NOT NULL,
    annotator TEXT NOT NULL,
    at TEXT NOT NULL,
    before TEXT,
    after TEXT,
    undoes INTEGER REFERENCES decision_v4 (id),
    step INTEGER,
    CHECK ((quote_id IS NULL) != (document_id IS NULL))
);
INSERT INTO decision_v4 (id, quote_id, action, annotator, at, before, after, undoes)
    SELECT id, quote_id, action, annotator, at, before, after, undoes FROM decision ORDER BY id;
DROP TABLE decision;
ALTER TABLE decision_v4 RENAME TO decision;
CREATE INDEX ix_decision_quote ON decision (quote_id);
CREATE INDEX ix_decision_document ON decision (document_id) WHERE document_id IS NOT NULL;
CREATE INDEX ix_decision_annotator ON decision (annotator, id);
CREATE INDEX ix_decision_step ON decision (step) WHERE step IS NOT NULL;
CREATE UNIQUE INDEX ix_decision_undoes ON decision (undoes) WHERE undoes IS NOT NULL;
CREATE TRIGGER decision_no_update BEFORE UPDATE ON decision
BEGIN SELECT RAISE(ABORT, 'the decision log is append-only'); END;
CREATE TRIGGER decision_no_delete BEFORE DELETE ON decision
BEGIN SELECT RAISE(ABORT, 'the decision log is append-only'); END;
CREATE INDEX ix_quote_flag ON quote (flag) WHERE flag IS NOT NULL;
"""

# v5 (issue 12): a speaker registry and statement clusters across articles. A speaker gets an external id (a
# Wikidata QID or any short string an editor types), a kind (person/organisation) and a status: a speaker merged
# into another keeps its row (status 'merged', merged_into the kept one), so its name and aliases resolve to the
# kept speaker on later imports and undo can bring it back; 'deleted' is a speaker no quote used, taken away by an
# editor. merge_proposal holds the proposed merges (rule, score) and what the editor decided, so a rejected pair is
# not proposed again; statement_link the proposed links between quotes of one statement. The log is rebuilt (same
# rows and ids) so that a decision can also name a registry row: `target` (speaker, speaker_alias, merge_proposal,
# statement_link) and `target_id`, with neither a quote nor a document.
_V5 = """
ALTER TABLE speaker ADD COLUMN external_id TEXT;
ALTER TABLE speaker ADD COLUMN kind TEXT;
ALTER TABLE speaker ADD COLUMN status TEXT NOT NULL DEFAULT 'active';
ALTER TABLE speaker ADD COLUMN merged_into INTEGER REFERENCES speaker (id);
CREATE INDEX ix_speaker_merged_into ON speaker (merged_into);
CREATE INDEX ix_speaker_alias_speaker ON speaker_alias (speaker_id);
CREATE TABLE merge_proposal (
    id INTEGER PRIMARY KEY,
    keep_id INTEGER NOT NULL REFERENCES speaker (id),
    merge_id INTEGER NOT NULL REFERENCES speaker (id),
    rule TEXT NOT NULL,
    score REAL NOT NULL,
    keep_name TEXT,
    merge_name TEXT,
    status TEXT NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'accepted', 'rejected')),
    created_at TEXT NOT NULL,
    decided_by TEXT,
    decided_at TEXT,
    UNIQUE (keep_id, merge_id)
);
CREATE INDEX ix_merge_proposal_merge ON merge_proposal (merge_id);
CREATE INDEX ix_merge_proposal_status ON merge_proposal (status);
CREATE TABLE statement_link (
    id INTEGER PRIMARY KEY,
    quote_a INTEGER NOT NULL REFERENCES quote (id) ON DELETE CASCADE,
    quote_b INTEGER NOT NULL REFERENCES quote (id) ON DELETE CASCADE,
    reason TEXT NOT NULL,
    score REAL NOT NULL,
    status TEXT NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'confirmed', 'rejected')),
    created_at TEXT NOT NULL,
    decided_by TEXT,
    decided_at TEXT,
    UNIQUE (quote_a, quote_b),
    CHECK (quote_a < quote_b)
);
CREATE INDEX ix_statement_link_b ON statement_link (quote_b);
DROP TRIGGER decision_no_update;
DROP TRIGGER decision_no_delete;
CREATE TABLE decision_v5 (
    id INTEGER PRIMARY KEY,
    quote_id INTEGER REFERENCES quote (id),
    document_id INTEGER REFERENCES document (id),
    action TEXT NOT NULL,
    annotator TEXT NOT NULL,
    at TEXT NOT NULL,
    before TEXT,
    after TEXT,
    undoes INTEGER REFERENCES decision_v5 (id),
    step INTEGER,
    target TEXT,
    target_id INTEGER,
    CHECK ((CASE WHEN quote_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN document_id IS NULL THEN 0 ELSE 1 END)
           + (CASE WHEN target_id IS NULL THEN 0 ELSE 1 END) = 1),
    CHECK ((target IS NULL) = (target_id IS NULL))
);
INSERT INTO decision_v5 (id, quote_id, document_id, action, annotator, at, before, after, undoes, step)
    SELECT id, quote_id, document_id, action, annotator, at, before, after, undoes, step FROM decision ORDER BY id;
DROP TABLE decision;
ALTER TABLE decision_v5 RENAME TO decision;
CREATE INDEX ix_decision_quote ON decision (quote_id);
CREATE INDEX ix_decision_document ON decision (document_id) WHERE document_id IS NOT NULL;
CREATE INDEX ix_decision_annotator ON decision (annotator, id);
CREATE INDEX ix_decision_step ON decision (step) WHERE step IS NOT NULL;
CREATE INDEX ix_decision_target ON decision (target, target_id) WHERE target_id IS NOT NULL;
CREATE UNIQUE INDEX ix_decision_undoes ON decision (undoes) WHERE undoes IS NOT NULL;
CREATE TRIGGER decision_no_update BEFORE UPDATE ON decision
BEGIN SELECT RAISE(ABORT, 'the decision log is append-only'); END;
CREATE TRIGGER decision_no_delete BEFORE DELETE ON decision
BEGIN SELECT RAISE(ABORT, 'the decision log is append-only'); END;
"""

# PostgreSQL: the same schema. Ids are identity columns (a decision's id may also be given, see
# review.new_step); REAL is DOUBLE PRECISION (SQLite's REAL has 8 bytes). The functions qt_fold (German case
# and accent folding, as quotetool.detect.fold) and instr (as SQLite's) keep the queue's SQL the same on both.
_PG_V1 = r"""
CREATE TABLE quotetool_schema (application TEXT NOT NULL, version INTEGER NOT NULL);
INSERT INTO quotetool_schema (application, version) VALUES ('quotetool', 0);
CREATE FUNCTION qt_fold(value TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT replace(replace(lower(regexp_replace(normalize(coalesce(value, ''), NFKD),
        '[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]', '', 'g')
        COLLATE "und-x-icu"), 'ß', 'ss'), 'ς', 'σ')
$$;
CREATE FUNCTION instr(haystack TEXT, needle TEXT) RETURNS INTEGER LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT strpos(haystack, needle)
$$;
CREATE FUNCTION quotetool_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the decision log is append-only';
END
$$;
CREATE TABLE document (
    id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    title TEXT,
    source_url TEXT,
    origin TEXT NOT NULL,
    external_id TEXT,
    content_hash TEXT NOT NULL UNIQUE,
    text TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    detector_version TEXT
);
CREATE TABLE speaker (
    id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    name_key TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX ix_speaker_name_key ON speaker (name_key);
CREATE TABLE speaker_alias (
    id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    speaker_id BIGINT NOT NULL REFERENCES speaker (id) ON DELETE CASCADE,
    alias TEXT NOT NULL,
    alias_key TEXT NOT NULL,
    UNIQUE (speaker_id, alias)
);
CREATE INDEX ix_speaker_alias_alias_key ON speaker_alias (alias_key);
CREATE TABLE quote (
    id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    document_id BIGINT NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('direct', 'indirect', 'mixed')),
    cue TEXT,
    cue_start INTEGER,
    cue_end INTEGER,
    speaker_mention TEXT,
    mention_start INTEGER,
    mention_end INTEGER,
    speaker_id BIGINT REFERENCES speaker (id),
    parts TEXT,
    status TEXT NOT NULL DEFAULT 'proposed'
        CHECK (status IN ('proposed', 'accepted', 'rejected', 'deleted')),
    origin TEXT NOT NULL CHECK (origin IN ('detector', 'manual')),
    rule TEXT,
    confidence DOUBLE PRECISION,
    detector_version TEXT,
    annotator TEXT,
    decided_at TEXT,
    created_at TEXT NOT NULL,
    CHECK (start >= 0 AND "end" > start)
);
CREATE INDEX ix_quote_document ON quote (document_id, start);
CREATE INDEX ix_quote_status ON quote (status);
CREATE INDEX ix_quote_speaker ON quote (speaker_id);
CREATE TABLE decision (
    id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    quote_id BIGINT NOT NULL REFERENCES quote (id),
    action TEXT NOT NULL,
    annotator TEXT NOT NULL,
    at TEXT NOT NULL,
    before TEXT,
    after TEXT,
    undoes BIGINT REFERENCES decision (id)
);
CREATE INDEX ix_decision_quote ON decision (quote_id);
CREATE INDEX ix_decision_annotator ON decision (annotator, id);
CREATE UNIQUE INDEX ix_decision_undoes ON decision (undoes) WHERE undoes IS NOT NULL;
CREATE TRIGGER decision_no_update BEFORE UPDATE ON decision
    FOR EACH ROW EXECUTE FUNCTION quotetool_append_only();
CREATE TRIGGER decision_no_delete BEFORE DELETE ON decision
    FOR EACH ROW EXECUTE FUNCTION quotetool_append_only();
CREATE TRIGGER decision_no_truncate BEFORE TRUNCATE ON decision
    FOR EACH STATEMENT EXECUTE FUNCTION quotetool_append_only();
"""

_PG_V2 = _V2

_PG_V3 = _V3

# PostgreSQL alters the log in place (SQLite had to rebuild it); the triggers stay, as ALTER fires none.
_PG_V4 = """
ALTER TABLE document ADD COLUMN outlet TEXT;
ALTER TABLE document ADD COLUMN published TEXT;
ALTER TABLE document ADD COLUMN reviewed_by TEXT;
ALTER TABLE document ADD COLUMN reviewed_at TEXT;
ALTER TABLE quote ADD COLUMN comment TEXT;
ALTER TABLE quote ADD COLUMN flag TEXT;
ALTER TABLE quote ADD COLUMN detector_speaker TEXT;
ALTER TABLE quote ADD COLUMN detector_start INTEGER;
ALTER TABLE quote ADD COLUMN detector_end INTEGER;
ALTER TABLE quote ADD COLUMN detector_kind TEXT;
UPDATE quote SET
    detector_start = coalesce((SELECT (d.before::jsonb ->> 'start')::integer FROM decision d
                               WHERE d.quote_id = quote.id AND d.before::jsonb ? 'start'
                               ORDER BY d.id LIMIT 1), start),
    detector_end = coalesce((SELECT (d.before::jsonb ->> 'end')::integer FROM decision d
                             WHERE d.quote_id = quote.id AND d.before::jsonb ? 'end'
                             ORDER BY d.id LIMIT 1), "end"),
    detector_kind = coalesce((SELECT d.before::jsonb ->> 'kind' FROM decision d
                              WHERE d.quote_id = quote.id AND d.before::jsonb ? 'kind'
                              ORDER BY d.id LIMIT 1), kind),
    detector_speaker = (SELECT s.name FROM speaker s WHERE s.id = CASE
        WHEN EXISTS (SELECT 1 FROM decision d WHERE d.quote_id = quote.id AND d.before::jsonb ? 'speaker_id')
        THEN (SELECT (d.before::jsonb ->> 'speaker_id')::bigint FROM decision d
              WHERE d.quote_id = quote.id AND d.before::jsonb ? 'speaker_id'
              ORDER BY d.id LIMIT 1)
        ELSE quote.speaker_id END)
WHERE origin = 'detector';
ALTER TABLE decision ALTER COLUMN quote_id DROP NOT NULL;
ALTER TABLE decision ADD COLUMN document_id BIGINT REFERENCES document (id);
ALTER TABLE decision ADD COLUMN step BIGINT;
ALTER TABLE decision ADD CONSTRAINT decision_names_quote_or_document
    CHECK ((quote_id IS NULL) <> (document_id IS NULL));
CREATE INDEX ix_decision_document ON decision (document_id) WHERE document_id IS NOT NULL;
CREATE INDEX ix_decision_step ON decision (step) WHERE step IS NOT NULL;
CREATE INDEX ix_quote_flag ON quote (flag) WHERE flag IS NOT NULL;
"""


# v5 on PostgreSQL: the registry's tables, and the log altered in place (SQLite rebuilt it).
_PG_V5 = """
ALTER TABLE speaker ADD COLUMN external_id TEXT;
ALTER TABLE speaker ADD COLUMN kind TEXT;
ALTER TABLE speaker ADD COLUMN status TEXT NOT NULL DEFAULT 'active';
ALTER TABLE speaker ADD COLUMN merged_into BIGINT REFERENCES speaker (id);
CREATE INDEX ix_speaker_merged_into ON speaker (merged_into);
CREATE INDEX ix_speaker_alias_speaker ON speaker_alias (speaker_id);
CREATE TABLE merge_proposal (
    id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    keep_id BIGINT NOT NULL REFERENCES speaker (id),
    merge_id BIGINT NOT NULL REFERENCES speaker (id),
    rule TEXT NOT NULL,
    score DOUBLE PRECISION NOT NULL,
    keep_name TEXT,
    merge_name TEXT,
    status TEXT NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'accepted', 'rejected')),
    created_at TEXT NOT NULL,
    decided_by TEXT,
    decided_at TEXT,
    UNIQUE (keep_id, merge_id)
);
CREATE INDEX ix_merge_proposal_merge ON merge_proposal (merge_id);
CREATE INDEX ix_merge_proposal_status ON merge_proposal (status);
CREATE TABLE statement_link (
    id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    quote_a BIGINT NOT NULL REFERENCES quote (id) ON DELETE CASCADE,
    quote_b BIGINT NOT NULL REFERENCES quote (id) ON DELETE CASCADE,
    reason TEXT NOT NULL,
    score DOUBLE PRECISION NOT NULL,
    status TEXT NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'confirmed', 'rejected')),
    created_at TEXT NOT NULL,
    decided_by TEXT,
    decided_at TEXT,
    UNIQUE (quote_a, quote_b),
    CHECK (quote_a < quote_b)
);
CREATE INDEX ix_statement_link_b ON statement_link (quote_b);
ALTER TABLE decision ADD COLUMN target TEXT;
ALTER TABLE decision ADD COLUMN target_id BIGINT;
ALTER TABLE decision DROP CONSTRAINT decision_names_quote_or_document;
ALTER TABLE decision ADD CONSTRAINT decision_names_one_row
    CHECK ((CASE WHEN quote_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN document_id IS NULL THEN 0 ELSE 1 END)
           + (CASE WHEN target_id IS NULL THEN 0 ELSE 1 END) = 1);
ALTER TABLE decision ADD CONSTRAINT decision_target_with_id CHECK ((target IS NULL) = (target_id IS NULL));
CREATE INDEX ix_decision_target ON decision (target, target_id) WHERE target_id IS NOT NULL;
"""


# v6 (issue 14): what the detector learned from editors' decisions, each entry with its evidence (the ids of
# the decisions it rests on, as a JSON list, and how many), kept when removed (``removed_at`` set) so that
# `learn` never learns it again; and on each quote the learned entry its proposal exists because of.
# Portable DDL (TEXT/INTEGER/REAL, INTEGER PRIMARY KEY): the PostgreSQL backend translates it.
_V6 = """
CREATE TABLE learned_entry (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    value TEXT NOT NULL,
    target TEXT,
    confidence REAL,
    evidence TEXT NOT NULL,
    count INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT,
    removed_at TEXT,
    removed_by TEXT
);
CREATE UNIQUE INDEX ix_learned_entry_kind_value ON learned_entry (kind, value);
ALTER TABLE quote ADD COLUMN learned TEXT;
"""

_PG_V6 = """
CREATE TABLE learned_entry (
    id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    kind TEXT NOT NULL,
    value TEXT NOT NULL,
    target TEXT,
    confidence DOUBLE PRECISION,
    evidence TEXT NOT NULL,
    count INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT,
    removed_at TEXT,
    removed_by TEXT
);
CREATE UNIQUE INDEX ix_learned_entry_kind_value ON learned_entry (kind, value);
ALTER TABLE quote ADD COLUMN learned TEXT;
"""


# v7 (issue 11): the review UI on a big database (100,000 articles, 2,000,000 quotes). The first undecided quote and
# its neighbours come from (status, document_id, start, id), which also counts by status as ix_quote_status did;
# `stats` counts kinds and speakers from (status, kind, speaker_id) without reading the quotes; the queue can be
# ordered by the detector's confidence (ix_quote_status_confidence: the sort key of queue_order's "uncertain",
# a missing confidence as UNRATED = 2.0); the progress bar counts reviewed articles from an
# index instead of reading every article's text; the few commented quotes have a partial index, as the flagged
# ones (ix_quote_flag). The search index for free words is built by
# _search_index_sqlite / _search_index_postgresql (store/search.py says what it holds and how a search uses it).
_V7 = """
DROP INDEX ix_quote_status;
CREATE INDEX ix_quote_status_order ON quote (status, document_id, start, id);
CREATE INDEX ix_quote_status_kind ON quote (status, kind, speaker_id);
CREATE INDEX ix_quote_status_confidence ON quote (status, (coalesce(confidence, 2.0)), document_id, start, id);
CREATE INDEX ix_document_reviewed ON document (reviewed_at);
CREATE INDEX ix_quote_comment ON quote (id) WHERE comment IS NOT NULL;
"""

# SQLite also gets an index of the articles' ids: counting or listing them along the table reads every page of
# it, which holds the articles' text (2 s for 'article 60,001 of 120,000'); PostgreSQL reads its primary key.
_PG_V7 = _V7
_V7 += "CREATE INDEX ix_document_id ON document (id);\n"

# The FTS5 table (contentless: it holds the words, not a copy of the text) and the triggers that keep it in step
# with quote; a contentless table forgets a row only when given the words it indexed, so the triggers fold the
# old row again (qt_fold must stay as it is for rows already indexed; a changed fold needs a step that rebuilds).
_V7_SEARCH = f"""
CREATE VIRTUAL TABLE quote_search USING fts5(body, content='', detail=none,
    tokenize='unicode61 remove_diacritics 0');
CREATE TRIGGER quote_search_insert AFTER INSERT ON quote WHEN qt_index_rows() BEGIN
    INSERT INTO quote_search (rowid, body) VALUES (new.id, {search.BODY.format(p="new")});
END;
CREATE TRIGGER quote_search_delete AFTER DELETE ON quote BEGIN
    INSERT INTO quote_search (quote_search, rowid, body) VALUES ('delete', old.id, {search.BODY.format(p="old")});
END;
CREATE TRIGGER quote_search_update AFTER UPDATE OF text, speaker_mention, comment ON quote BEGIN
    INSERT INTO quote_search (quote_search, rowid, body) VALUES ('delete', old.id, {search.BODY.format(p="old")});
    INSERT INTO quote_search (rowid, body) VALUES (new.id, {search.BODY.format(p="new")});
END;
"""
BACKFILL_BATCH = 20_000  # quotes per statement when step 7 indexes the quotes already stored


def _search_index_sqlite(conn: sqlite3.Connection) -> None:
    """Step 7's search index, where this SQLite has FTS5 (else the queue scans, as before), and the quotes
    already stored put into it in bounded batches (inside the step's transaction)."""
    if not search.fts5_available(conn):
        return
    for statement in _statements(_V7_SEARCH):
        conn.execute(statement)
    last = 0
    while True:
        row = conn.execute(
            f"SELECT max(id), count(*) FROM (SELECT id FROM quote WHERE id > ? ORDER BY id LIMIT {BACKFILL_BATCH})",
            (last,),
        ).fetchone()
        if not row[1]:
            break
        conn.execute(
            f"INSERT INTO quote_search (rowid, body) SELECT id, {search.BODY.format(p='quote')} FROM quote "
            "WHERE id > ? AND id <= ?",
            (last, row[0]),
        )
        last = row[0]


def _search_index_postgresql(conn: Any) -> None:
    """Step 7's search index on PostgreSQL: a GIN index on the folded body's words, which PostgreSQL builds over
    the stored quotes and keeps up to date itself."""
    conn.execute(f"CREATE INDEX ix_quote_search ON quote USING gin (({search.PG_BODY.format(p='quote')}))")


@dataclass(frozen=True, slots=True)
class Step:
    """One schema version, as SQL for each database, and what else the step does in the same transaction
    (``sqlite_then``, ``postgresql_then``: called with the connection after the SQL)."""

    sqlite: str
    postgresql: str
    sqlite_then: Callable[[sqlite3.Connection], None] | None = None
    postgresql_then: Callable[[Any], None] | None = None


MIGRATIONS: tuple[Step, ...] = (
    Step(_V1, _PG_V1),
    Step(_V2, _PG_V2),
    Step(_V3, _PG_V3),
    Step(_V4, _PG_V4),
    Step(_V5, _PG_V5),
    Step(_V6, _PG_V6),
    Step(_V7, _PG_V7, _search_index_sqlite, _search_index_postgresql),
)
CURRENT_VERSION = len(MIGRATIONS)
SCHEMA_TABLE = "quotetool_schema"  # PostgreSQL: the schema version's table


def user_tables(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    return [r[0] for r in rows]


def upgrade(conn: Any, *, target: int = CURRENT_VERSION) -> tuple[int, int]:
    """Bring the schema to ``target`` in one transaction that holds the write lock; returns (from, to) versions.

    ``conn`` is an sqlite3 connection in autocommit mode (isolation_level None, so that we control the
    transaction) or a psycopg connection.
    """
    if not isinstance(conn, sqlite3.Connection):
        return _upgrade_postgresql(conn, target=target)
    found = conn.execute("PRAGMA user_version").fetchone()[0]
    if found >= target:
        return found, found  # nothing to do: take no write lock, so a busy database still opens
    conn.execute("BEGIN IMMEDIATE")
    try:
        found = conn.execute("PRAGMA user_version").fetchone()[0]
        search.register(conn)  # (step 7's triggers and backfill fold text)
        for version in range(found + 1, target + 1):
            step = MIGRATIONS[version - 1]
            for statement in _statements(step.sqlite):
                conn.execute(statement)
            if step.sqlite_then is not None:
                step.sqlite_then(conn)
        if target > found:
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute(f"PRAGMA user_version = {target}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return found, max(found, target)


def _statements(script: str) -> list[str]:
    """Split a migration into statements; triggers hold inner semicolons, so split on complete SQL."""
    out: list[str] = []
    buf = ""
    for line in script.strip().splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            out.append(buf.strip())
            buf = ""
    if buf.strip():
        out.append(buf.strip())
    return out


# Every write transaction on PostgreSQL first takes this advisory lock (database.WRITE_LOCK_SQL): writers wait
# for each other, as SQLite's BEGIN IMMEDIATE makes them, and a single lock cannot deadlock.
WRITE_LOCK_KEY = 0x7174716C  # "qtql", as APPLICATION_ID


def postgresql_version(conn: Any) -> int | None:
    """The schema version of a PostgreSQL database: None when it has no quotetool_schema table."""
    # (a scan of the catalog, not to_regclass: that may answer from the session's cache, and miss the table
    # another process has just made while this one waited for the write lock)
    found = conn.execute(
        "SELECT EXISTS (SELECT 1 FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'quotetool_schema')"
    ).fetchone()[0]
    if not found:
        return None
    return conn.execute("SELECT version FROM quotetool_schema").fetchone()[0]


def postgresql_tables(conn: Any) -> list[str]:
    rows = conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
    return [r[0] for r in rows]


def _upgrade_postgresql(conn: Any, *, target: int) -> tuple[int, int]:
    """PostgreSQL's DDL is transactional: every step and the version bump commit together, or none does."""
    conn.rollback()  # (psycopg opens a transaction with the first statement; start a fresh one)
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK_KEY,))
        found = postgresql_version(conn) or 0
        for version in range(found + 1, target + 1):
            step = MIGRATIONS[version - 1]
            conn.execute(step.postgresql)
            if step.postgresql_then is not None:
                step.postgresql_then(conn)
        if target > found:
            conn.execute("UPDATE quotetool_schema SET version = %s", (target,))
    return found, max(found, target)
