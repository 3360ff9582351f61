"""Opening a database in awkward places and states: the busy timeout's range, a read-only folder, and a
file that says it is ours but has no tables."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from conftest import FIRST_SEED, assert_one_sentence_error, run_cli
from test_robustness import _as_ordinary_user

from quotetool.store import Database
from quotetool.store.database import DEFAULT_BUSY_TIMEOUT_MS, ENV_BUSY_TIMEOUT, busy_timeout
from quotetool.store.migrations import APPLICATION_ID


@pytest.mark.parametrize("raw", [str(2**31), str(2**32 + 5), "99999999999999999999999", "-1", "zehn", "1.5"])
def test_a_busy_timeout_out_of_range_is_named_and_the_default_used(raw: str, monkeypatch) -> None:
    """2**31 ms and more do not fit SQLite's C int and wrapped round to 'do not wait at all'."""
    monkeypatch.setenv(ENV_BUSY_TIMEOUT, raw)
    value, warning = busy_timeout()
    assert value == DEFAULT_BUSY_TIMEOUT_MS
    assert warning and ENV_BUSY_TIMEOUT in warning and raw in warning and "2147483647" in warning


def test_the_largest_busy_timeout_is_used_as_given(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv(ENV_BUSY_TIMEOUT, str(2**31 - 1))
    assert busy_timeout() == (2**31 - 1, None)
    db = Database.open(str(tmp_path / "q.db"))
    with db.raw() as conn:
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == 2**31 - 1
    db.close()


def test_the_cli_warns_once_about_a_too_large_busy_timeout(tmp_path: Path) -> None:
    result = run_cli(
        "--db", str(tmp_path / "q.db"), "import", str(FIRST_SEED), cwd=tmp_path, env={ENV_BUSY_TIMEOUT: str(2**31)}
    )
    assert result.returncode == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 1 and str(2**31) in warnings[0], result.stderr


def test_a_database_in_a_read_only_folder_can_be_read(tmp_path: Path) -> None:
    """The file itself is writable, its folder is not: SQLite cannot make the -shm file that reading a WAL
    database needs, and no one can write the database either, so it is read as it is."""
    with _as_ordinary_user(tmp_path) as (folder, _, run):
        (folder / "eins.txt").write_text("„Alles gut“, sagte sie.\n", encoding="utf-8")
        (folder / "eins.txt").chmod(0o644)
        assert run("--db", "q.db", "import", "eins.txt").returncode == 0
        db_file = folder / "q.db"
        before = db_file.read_bytes()
        folder.chmod(0o555)
        try:
            stats = run("--db", "q.db", "stats")
            exported = run("--db", "q.db", "export", "--status", "all", "--out", "-")
            refused = run("--db", "q.db", "import", "eins.txt")
        finally:
            folder.chmod(0o755)
        assert stats.returncode == 0 and "documents  1" in stats.stdout, stats.stderr
        assert exported.returncode == 0 and "Alles gut" in exported.stdout, exported.stderr
        assert refused.returncode != 0 and "Traceback" not in refused.stderr
        assert sorted(p.name for p in folder.iterdir()) == ["eins.txt", "q.db"]
        assert db_file.read_bytes() == before


def _ours_without_tables(path: Path, version: int) -> bytes:
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.close()
    return path.read_bytes()


@pytest.mark.parametrize("command", [["stats"], ["export", "--out", "-"], ["import", str(FIRST_SEED)], ["redetect"]])
def test_a_file_marked_ours_without_its_tables_is_one_sentence_and_left_as_it_was(
    tmp_path: Path, command: list[str]
) -> None:
    db_file = tmp_path / "leer.db"
    before = _ours_without_tables(db_file, version=2)
    line = assert_one_sentence_error(run_cli("--db", str(db_file), *command, cwd=tmp_path))
    assert "marked as a quotetool database" in line and "document" in line, line
    assert db_file.read_bytes() == before  # still in its old journal mode: not switched to WAL
    assert sorted(p.name for p in tmp_path.iterdir()) == ["leer.db"]


def test_a_file_marked_ours_at_version_0_is_an_empty_database(tmp_path: Path) -> None:
    """Reading commands say it holds nothing yet and change nothing; an import makes it a database."""
    db_file = tmp_path / "leer.db"
    before = _ours_without_tables(db_file, version=0)
    for command in (["stats"], ["export", "--out", "-"]):
        line = assert_one_sentence_error(run_cli("--db", str(db_file), *command, cwd=tmp_path))
        assert "no quotetool data yet" in line, line
    assert db_file.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == ["leer.db"]
    assert run_cli("--db", str(db_file), "import", str(FIRST_SEED), cwd=tmp_path).returncode == 0
    assert "documents  1" in run_cli("--db", str(db_file), "stats", cwd=tmp_path).stdout
