"""A large import defers four quote indexes and builds them at its end (store/deferred.py): the database ends the
same as with the indexes kept in step; a killed import leaves a database that the next open repairs; an open
during such an import leaves the indexes to it and says so; Ctrl-C builds them before the import stops."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from conftest import ROOT

from quotetool.ingest import Article
from quotetool.store import Database, Limits, store_articles
from quotetool.store.deferred import DEFERRED, ImportLock, lock_path
from quotetool.store.documents import prepare

NAMES = ["Anna Berg", "Otto Wendt", "Eva Kern", "Paul Ober"]


def article(i: int) -> Article:
    text = " ".join(f"„Wir bauen {i * 10 + k} Brücken“, sagte {NAMES[(i + k) % 4]}." for k in range(4))
    return Article(text=text, origin=f"a{i:04}.txt")


def indexes(db_file: Path) -> set[str]:
    with sqlite3.connect(db_file) as conn:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}


def contents(db_file: Path) -> list[tuple]:
    with sqlite3.connect(db_file) as conn:
        return conn.execute(
            'SELECT d.origin, q.start, q."end", q.text, q.speaker_id, q.detector_speaker, q.kind, q.confidence '
            "FROM quote q JOIN document d ON d.id = q.document_id ORDER BY q.id"
        ).fetchall()


def test_the_deferred_indexes_are_those_the_migrations_make(db_path: Path) -> None:
    Database.open(str(db_path)).close()
    with sqlite3.connect(db_path) as conn:
        made = dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index'").fetchall())
    for name, sql in DEFERRED.items():
        assert " ".join(made[name].split()) == sql.replace(" IF NOT EXISTS", ""), name


def test_a_large_import_ends_as_one_that_keeps_its_indexes_in_step(tmp_path: Path) -> None:
    items = [prepare(article(i)) for i in range(120)]
    for name, limits in (
        ("kept.db", Limits(rows=40, defer_indexes=0)),
        ("deferred.db", Limits(rows=40, defer_indexes=60)),
    ):
        db = Database.open(str(tmp_path / name))
        try:
            seen = []
            for _results in store_articles(db, items, limits=limits):
                seen.append(set(DEFERRED) <= indexes(tmp_path / name))
            assert db.integrity_check() == "ok"
        finally:
            db.close()
        assert seen[0] and (not all(seen)) == (name == "deferred.db")  # dropped on the way only when deferring
        assert set(DEFERRED) <= indexes(tmp_path / name)
        assert not lock_path(tmp_path / name).exists()
    assert contents(tmp_path / "deferred.db") == contents(tmp_path / "kept.db")


def test_an_import_into_a_database_larger_than_it_keeps_its_indexes(tmp_path: Path) -> None:
    db = Database.open(str(tmp_path / "q.db"))
    try:
        list(store_articles(db, [prepare(article(i)) for i in range(100)], limits=Limits(defer_indexes=0)))
        for _results in store_articles(
            db, [prepare(article(i)) for i in range(100, 140)], limits=Limits(rows=20, defer_indexes=40)
        ):
            assert set(DEFERRED) <= indexes(tmp_path / "q.db")  # 160 proposals stored are more than 40 to come
    finally:
        db.close()


# A child that imports slowly with indexes deferred early, as `quotetool import` would a large corpus.
_CHILD = textwrap.dedent(
    """
    import sys, time
    sys.path.insert(0, {tests!r})
    from test_deferred_indexes import article
    from quotetool.store import Database, Limits, store_articles
    from quotetool.store.documents import prepare

    def slowly():
        for i in range(400):
            if i >= 60:
                time.sleep(0.05)
            yield prepare(article(i))

    db = Database.open({db!r})
    try:
        for results in store_articles(db, slowly(), limits=Limits(rows=40, seconds=0.01, defer_indexes=100)):
            pass
    except KeyboardInterrupt:
        print("interrupted", flush=True)
        sys.exit(130)
    """
)


def start_child(db_file: Path) -> subprocess.Popen[str]:
    code = _CHILD.format(tests=str(ROOT / "tests"), db=str(db_file))
    return subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, text=True, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)  # fmt: skip


def wait_until_deferring(db_file: Path, proc: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 120
    while not (db_file.exists() and lock_path(db_file).exists() and not set(DEFERRED) <= indexes(db_file)):
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline
        time.sleep(0.02)


def test_a_killed_import_leaves_a_database_the_next_open_repairs(tmp_path: Path) -> None:
    db_file = tmp_path / "q.db"
    proc = start_child(db_file)
    wait_until_deferring(db_file, proc)
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=60)
    assert not set(DEFERRED) <= indexes(db_file)

    db = Database.open(str(db_file))
    try:
        assert set(DEFERRED) <= indexes(db_file)
        assert db.warnings == ()
        assert db.integrity_check() == "ok"
        with db.raw() as conn:
            stored = conn.execute("SELECT count(*) FROM document").fetchone()[0]
        assert 0 < stored < 400
        results = [r for batch in store_articles(db, [prepare(article(i)) for i in range(400)]) for r in batch]
        assert sum(r.created for r in results) == 400 - stored  # the rest, each once
        with db.raw() as conn:
            assert conn.execute("SELECT count(*), count(DISTINCT content_hash) FROM document").fetchone() == (400, 400)
            assert conn.execute("SELECT count(*) FROM quote").fetchone()[0] == 1600
    finally:
        db.close()
    assert not lock_path(db_file).exists()


def test_an_open_during_a_deferring_import_leaves_the_indexes_to_it_and_says_so(tmp_path: Path) -> None:
    db_file = tmp_path / "q.db"
    proc = start_child(db_file)
    wait_until_deferring(db_file, proc)
    try:
        db = Database.open(str(db_file))
        try:
            assert not set(DEFERRED) <= indexes(db_file)  # not built behind the import's back
            assert any("import" in w and "under way" in w for w in db.warnings), db.warnings
        finally:
            db.close()
    finally:
        proc.kill()
        proc.communicate(timeout=60)


def test_ctrl_c_builds_the_deferred_indexes_before_the_import_stops(tmp_path: Path) -> None:
    db_file = tmp_path / "q.db"
    proc = start_child(db_file)
    wait_until_deferring(db_file, proc)
    os.kill(proc.pid, signal.SIGINT)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 130 and "interrupted" in out, err
    assert set(DEFERRED) <= indexes(db_file)  # before any other open
    assert not lock_path(db_file).exists()


def test_the_import_lock_is_one_holders_at_a_time(tmp_path: Path) -> None:
    first, second = ImportLock(tmp_path / "q.db"), ImportLock(tmp_path / "q.db")
    assert first.acquire()
    assert not second.acquire()
    first.release()
    assert not lock_path(tmp_path / "q.db").exists()
    assert second.acquire()
    second.release()


def test_a_reading_command_repairs_a_writable_database_too(db_path: Path) -> None:
    Database.open(str(db_path)).close()
    with sqlite3.connect(db_path) as conn:
        for name in DEFERRED:
            conn.execute(f"DROP INDEX {name}")  # as a killed import left them
    db = Database.open(str(db_path), readonly=True)
    try:
        assert set(DEFERRED) <= indexes(db_path)
        assert db.warnings == ()
    finally:
        db.close()
