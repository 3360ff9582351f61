"""Versioned schema migrations. The schema version is SQLite's ``user_version``.

Each step is plain SQL and runs in the same transaction as the version bump, so an upgrade either
completes or leaves the file as it was. Never edit a released step: add a new one.
"""

from __future__ import annotations

import sqlite3

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

MIGRATIONS: tuple[str, ...] = (_V1, _V2, _V3)
CURRENT_VERSION = len(MIGRATIONS)


def user_tables(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    return [r[0] for r in rows]


def upgrade(conn: sqlite3.Connection, *, target: int = CURRENT_VERSION) -> tuple[int, int]:
    """Bring the schema to ``target`` in one IMMEDIATE transaction; returns (from, to) versions.

    ``conn`` must be in autocommit mode (isolation_level None) so that we control the transaction.
    """
    found = conn.execute("PRAGMA user_version").fetchone()[0]
    if found >= target:
        return found, found  # nothing to do: take no write lock, so a busy database still opens
    conn.execute("BEGIN IMMEDIATE")
    try:
        found = conn.execute("PRAGMA user_version").fetchone()[0]
        for version in range(found + 1, target + 1):
            for statement in _statements(MIGRATIONS[version - 1]):
                conn.execute(statement)
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
