"""Schema versions: old databases upgrade with their data, newer or foreign files are refused untouched."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from conftest import assert_one_sentence_error, run_cli
from sqlmodel import SQLModel, create_engine

from quotetool.errors import DatabaseError
from quotetool.store import Database, get_quote, reject
from quotetool.store import models as _models  # noqa: F401  (registers the tables)
from quotetool.store.migrations import APPLICATION_ID, CURRENT_VERSION, upgrade


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _v1_database(path: Path) -> None:
    """A database as quotetool wrote it at schema version 1, holding one decided quote."""
    conn = sqlite3.connect(path, isolation_level=None)
    upgrade(conn, target=1)
    conn.execute(
        "INSERT INTO document (id, origin, content_hash, text, imported_at) "
        "VALUES (1, 'alt.txt', 'h', 'Er sagte: „Alles bleibt.“', '2025-01-01T00:00:00+00:00')"
    )
    conn.execute(
        'INSERT INTO quote (id, document_id, start, "end", text, kind, status, origin, created_at) '
        "VALUES (1, 1, 11, 24, 'Alles bleibt.', 'direct', 'accepted', 'manual', '2025-01-01')"
    )
    conn.close()


def test_a_version_1_database_opens_and_upgrades_keeping_its_data(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    _v1_database(path)
    db = Database.open(str(path))
    with db.raw() as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == CURRENT_VERSION
    quote = get_quote(db, 1)
    assert quote is not None and (quote.text, quote.status, quote.version) == ("Alles bleibt.", "accepted", 1)
    assert reject(db, 1, annotator="anna", version=1).version == 2  # the new column works
    backups = list(tmp_path.glob("old.db.v1-*.bak"))
    assert len(backups) == 1  # the pre-upgrade copy is kept
    with sqlite3.connect(backups[0]) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1


def test_a_newer_database_is_refused_and_not_modified(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    conn = sqlite3.connect(path, isolation_level=None)
    upgrade(conn)
    conn.execute(f"PRAGMA user_version = {CURRENT_VERSION + 1}")
    conn.close()
    before = _digest(path)
    with pytest.raises(DatabaseError, match="newer quotetool"):
        Database.open(str(path))
    result = run_cli("--db", str(path), "stats", cwd=tmp_path)
    assert "newer quotetool" in assert_one_sentence_error(result)
    assert _digest(path) == before


def test_a_file_that_is_not_a_database_is_refused_and_not_modified(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("Das ist keine Datenbank.\n", encoding="utf-8")
    before = _digest(path)
    for command in (["stats"], ["import", str(path)]):
        result = run_cli("--db", str(path), *command, cwd=tmp_path)
        assert "not a quotetool database" in assert_one_sentence_error(result)
    assert _digest(path) == before


def test_another_programs_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE kunden (id INTEGER)")
    before = _digest(path)
    result = run_cli("--db", str(path), "stats", cwd=tmp_path)
    assert "another program" in assert_one_sentence_error(result)
    assert _digest(path) == before


def test_migrations_and_models_describe_the_same_schema(tmp_path: Path) -> None:
    migrated = sqlite3.connect(tmp_path / "migrated.db", isolation_level=None)
    upgrade(migrated)
    engine = create_engine(f"sqlite:///{tmp_path / 'models.db'}")
    SQLModel.metadata.create_all(engine)
    engine.dispose()
    modelled = sqlite3.connect(tmp_path / "models.db")

    def columns(conn: sqlite3.Connection) -> dict[str, list[tuple]]:
        tables = [
            r[0]
            for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")
            if not r[0].startswith("quote_search")
        ]  # the search index (FTS5) is no model's table
        return {
            t: [(c[1], c[2].upper(), bool(c[3]) and not c[5]) for c in conn.execute(f"PRAGMA table_info({t})")]
            for t in tables
        }  # NOT NULL on an INTEGER PRIMARY KEY means nothing in SQLite

    def normalise(cols: dict[str, list[tuple]]) -> dict[str, list[tuple]]:
        aliases = {"VARCHAR": "TEXT", "FLOAT": "REAL", "BOOLEAN": "INTEGER"}
        return {t: [(n, aliases.get(ty, ty), nn) for n, ty, nn in c] for t, c in cols.items()}

    assert normalise(columns(migrated)) == normalise(columns(modelled))
    assert migrated.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID


def test_reading_commands_upgrade_an_old_database_keep_a_copy_and_say_so(tmp_path: Path) -> None:
    for command in (["stats"], ["export", "--out", str(tmp_path / "out.csv")]):
        folder = tmp_path / command[0]
        folder.mkdir()
        path = folder / "old.db"
        _v1_database(path)
        result = run_cli("--db", str(path), *command, cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        (backup,) = folder.glob("old.db.v1-*.bak")
        upgraded = result.stderr.splitlines()[0]
        assert upgraded == (
            f"Upgraded the database {path} from schema version 1 to {CURRENT_VERSION}; "
            f"the file as it was is kept as {backup}."
        )
        with sqlite3.connect(backup) as conn:
            assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
            assert conn.execute("SELECT text FROM quote").fetchall() == [("Alles bleibt.",)]
        with sqlite3.connect(path) as conn:
            assert conn.execute("PRAGMA user_version").fetchone()[0] == CURRENT_VERSION
        again = run_cli("--db", str(path), *command, cwd=tmp_path)
        assert again.returncode == 0 and "Upgraded" not in again.stderr  # once only
        assert len(list(folder.glob("*.bak"))) == 1
    stats = run_cli("--db", str(tmp_path / "stats" / "old.db"), "stats", cwd=tmp_path)
    assert "documents  1" in stats.stdout and "accepted   1" in stats.stdout
    assert "Alles bleibt." in (tmp_path / "out.csv").read_text(encoding="utf-8")


def test_a_writing_command_says_that_it_upgraded_too(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    _v1_database(path)
    result = run_cli("--db", str(path), "redetect", cwd=tmp_path)
    assert result.returncode == 0 and result.stderr.startswith(f"Upgraded the database {path} from schema version 1")


def test_step_3_adds_the_article_revision_that_import_and_redetect_bump(tmp_path: Path) -> None:
    from quotetool.detect import Kind, Proposal
    from quotetool.ingest import Article
    from quotetool.store import import_article, redetect
    from quotetool.store.queue import document_revision

    path = tmp_path / "v2.db"
    conn = sqlite3.connect(path, isolation_level=None)
    upgrade(conn, target=2)
    conn.execute(
        "INSERT INTO document (id, origin, content_hash, text, imported_at) "
        "VALUES (1, 'alt.txt', 'h', 'Er sagte: „Alles bleibt.“', '2025-01-01T00:00:00+00:00')"
    )
    conn.close()
    db = Database.open(str(path))
    try:
        with db.raw() as raw:
            assert raw.execute("PRAGMA user_version").fetchone()[0] == CURRENT_VERSION >= 3
        assert document_revision(db, 1) == 0  # an article stored before step 3 starts at 0
        text = "Die Ministerin sagte: „Wir bleiben dabei.“"
        start = text.index("Wir")
        end = text.index("“")
        found = [
            Proposal(
                start=start,
                end=end,
                quote=text[start:end],
                kind=Kind.DIRECT,
                rule="hand",
                confidence=1.0,
                speaker="Die Ministerin",
            )
        ]
        new = import_article(db, Article(text=text, origin="neu.txt"), detector=lambda _t: found).document_id
        assert document_revision(db, new) == 1  # stored with its proposals: revision 1
        redetect(db, [1, new], detector=lambda _t: [])
        assert (document_revision(db, 1), document_revision(db, new)) == (1, 2)
        assert document_revision(db, 999) is None
    finally:
        db.close()


# --- PostgreSQL: the same steps, the version in quotetool_schema ------------------------------------------


def _pg(url: str):
    import psycopg
    from sqlalchemy.engine import make_url

    u = make_url(url)
    return psycopg.connect(host=u.host, port=u.port, user=u.username, password=u.password, dbname=u.database)


def test_an_older_postgresql_schema_upgrades_keeping_its_data_and_its_append_only_log(
    pg_database: str, tmp_path: Path
) -> None:
    import psycopg

    with _pg(pg_database) as conn:
        assert upgrade(conn, target=1) == (0, 1)
        conn.execute(
            "INSERT INTO document (origin, content_hash, text, imported_at) "
            "VALUES ('alt.txt', 'h', 'Er sagte: „Alles bleibt.“', '2025-01-01T00:00:00+00:00')"
        )
        conn.execute(
            'INSERT INTO quote (document_id, start, "end", text, kind, status, origin, created_at) '
            "VALUES (1, 11, 24, 'Alles bleibt.', 'direct', 'proposed', 'detector', '2025-01-01')"
        )
        conn.execute(
            "INSERT INTO decision (quote_id, action, annotator, at, before, after) VALUES "
            "(1, 'kind', 'anna', '2025-01-02', '{\"kind\": \"indirect\"}', '{\"kind\": \"direct\"}')"
        )
        conn.commit()
    result = run_cli("--db", pg_database, "stats", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    from sqlalchemy.engine import make_url

    shown = make_url(pg_database)._replace(password=None).render_as_string(hide_password=False)
    assert result.stderr.splitlines()[0] == (
        f"Upgraded the database {shown} from schema version 1 to {CURRENT_VERSION}; in one transaction "
        "(the server's own backups keep the database as it was)."
    )
    assert make_url(pg_database).password not in result.stderr + result.stdout  # never shown
    assert "documents  1" in result.stdout
    db = Database.open(pg_database)
    try:
        quote = get_quote(db, 1)
        assert quote is not None
        assert (quote.text, quote.version, quote.detector_kind) == ("Alles bleibt.", 1, "indirect")
        assert reject(db, 1, annotator="anna", version=1).version == 2  # the new column works
    finally:
        db.close()
    with _pg(pg_database) as conn:
        assert conn.execute("SELECT version FROM quotetool_schema").fetchall() == [(CURRENT_VERSION,)]
        assert conn.execute("SELECT count(*) FROM decision").fetchone() == (2,)
        with pytest.raises(psycopg.errors.RaiseException, match="append-only"):
            conn.execute("DELETE FROM decision")
    again = run_cli("--db", pg_database, "stats", cwd=tmp_path)
    assert again.returncode == 0 and "Upgraded" not in again.stderr  # once only


def test_a_newer_postgresql_database_is_refused_and_not_modified(pg_database: str, tmp_path: Path) -> None:
    with _pg(pg_database) as conn:
        upgrade(conn)
        conn.execute("UPDATE quotetool_schema SET version = %s", (CURRENT_VERSION + 1,))
        conn.commit()
    with pytest.raises(DatabaseError, match="newer quotetool"):
        Database.open(pg_database)
    result = run_cli("--db", pg_database, "import", str(tmp_path), cwd=tmp_path)
    assert "newer quotetool" in assert_one_sentence_error(result)
    with _pg(pg_database) as conn:
        assert conn.execute("SELECT version FROM quotetool_schema").fetchall() == [(CURRENT_VERSION + 1,)]
        assert conn.execute("SELECT count(*) FROM document").fetchone() == (0,)


def test_another_programs_postgresql_database_is_refused(pg_database: str, tmp_path: Path) -> None:
    with _pg(pg_database) as conn:
        conn.execute("CREATE TABLE kunden (id INTEGER)")
        conn.commit()
    result = run_cli("--db", pg_database, "stats", cwd=tmp_path)
    assert "another program" in assert_one_sentence_error(result)
    with _pg(pg_database) as conn:
        tables = conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'").fetchall()
    assert tables == [("kunden",)]


def test_migrations_and_models_describe_the_same_schema_on_postgresql(pg_server: str, pg_database: str) -> None:
    """The PostgreSQL steps make the tables that models.py describes (names, columns, NOT NULL)."""
    from sqlalchemy.engine import make_url

    with _pg(pg_database) as conn:
        upgrade(conn)
        conn.commit()
        conn.execute("DROP TABLE quotetool_schema")
        conn.commit()
        migrated = _pg_columns(conn)
    modelled_url = make_url(pg_database)
    with _pg(pg_server) as admin:
        admin.autocommit = True
        admin.execute(f"CREATE DATABASE {modelled_url.database}_m TEMPLATE template0 ENCODING 'UTF8'")
    try:
        engine = create_engine(modelled_url.set(database=f"{modelled_url.database}_m"))
        SQLModel.metadata.create_all(engine)
        engine.dispose()
        with _pg(modelled_url.set(database=f"{modelled_url.database}_m").render_as_string(hide_password=False)) as c:
            modelled = _pg_columns(c)
    finally:
        with _pg(pg_server) as admin:
            admin.autocommit = True
            admin.execute(f"DROP DATABASE IF EXISTS {modelled_url.database}_m WITH (FORCE)")
    assert migrated == modelled


def _pg_columns(conn) -> dict[str, list[tuple]]:
    same = {"character varying": "text", "bigint": "integer"}  # SQLModel's str and the identity ids
    rows = conn.execute(
        "SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns "
        "WHERE table_schema = 'public' ORDER BY table_name, column_name"
    ).fetchall()
    out: dict[str, list[tuple]] = {}
    for table, column, type_, nullable in rows:
        out.setdefault(table, []).append((column, same.get(type_, type_), nullable))
    return out
