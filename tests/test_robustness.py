"""Nothing lost, nothing injected: concurrent editors, hostile files, database trouble, round trips."""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from subprocess import CompletedProcess

import pytest
from conftest import ROOT, SEEDS, assert_one_sentence_error, raw_rows, run_cli
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotetool.export import export_to
from quotetool.ingest import Article, Problem, normalise, read_articles
from quotetool.store import (
    EXPORT_COLUMNS,
    Database,
    add_quote,
    document_quotes,
    get_document,
    import_article,
    iter_export_rows,
)

# --- two editors on one file -------------------------------------------------------------------


def _writers_started(target: str) -> bool:
    """Whether the stress benchmark's writers have begun (its set-up has logged the first decisions)."""
    if "://" not in target:
        return Path(target).exists()
    try:
        return raw_rows(target, "SELECT count(*) FROM decision")[0][0] > 0
    except Exception:  # the schema is not there yet
        return False


@pytest.mark.slow
def test_two_writer_processes_lose_nothing(db_target: str, tmp_path: Path) -> None:
    """The stress benchmark in small: two processes flipping the same 50 quotes, plus a CLI import."""
    stress = subprocess.Popen(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "stress_concurrent.py"),
            "--decisions",
            "300",
            "--quotes",
            "50",
            "--db",
            db_target,
            "--json",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    importer = None
    for _ in range(400):  # as soon as the writers run, import into the same database from the CLI
        if _writers_started(db_target):
            importer = run_cli("--db", db_target, "import", str(SEEDS), cwd=tmp_path)
            break
        subprocess.run(["sleep", "0.05"])
    out, err = stress.communicate(timeout=600)
    assert stress.returncode == 0, out + err
    report = json.loads(out.strip().splitlines()[-1])
    assert report["lost_decisions"] == 0 and report["unhandled_errors"] == 0
    assert report["integrity_check"] == "ok"
    assert all(w["acknowledged"] == 300 for w in report["writers"])
    assert importer is not None and importer.returncode == 0, importer and importer.stderr


@pytest.mark.slow
def test_two_import_processes_at_once_store_every_article_exactly_once(db_target: str, tmp_path: Path) -> None:
    """Two `quotetool import` processes on overlapping folders at the same time: each article is stored once,
    with its proposals once, and neither process fails."""
    shared, first, second = (tmp_path / name for name in ("shared", "first", "second"))
    for folder in (shared, first, second):
        folder.mkdir()
    sentence = "„Wir prüfen den Haushalt Posten für Posten“, sagte die Kämmerin {who} am {n}. Mai in der Sitzung.\n"
    for n in range(40):
        (shared / f"s{n}.txt").write_text(sentence.format(who="Anna Roth", n=n), encoding="utf-8")
        (first / f"a{n}.txt").write_text(sentence.format(who="Berta Kurz", n=n), encoding="utf-8")
        (second / f"b{n}.txt").write_text(sentence.format(who="Clara Lang", n=n), encoding="utf-8")
    assert run_cli("--db", db_target, "stats", cwd=tmp_path).returncode != 0  # nothing there yet
    env = {k: v for k, v in os.environ.items() if k != "QUOTETOOL_DB"}
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "quotetool", "--db", db_target, "import", str(shared), str(folder)],
            cwd=tmp_path,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for folder in (first, second)
    ]
    results = [(p.wait(timeout=300), p.stderr.read() if p.stderr else "") for p in procs]
    for code, err in results:
        assert code == 0 and "Traceback" not in err, err
    rows = raw_rows(db_target, "SELECT origin, content_hash FROM document")
    assert len(rows) == 120 and len({h for _, h in rows}) == 120
    per_document = raw_rows(db_target, "SELECT document_id, count(*) FROM quote GROUP BY document_id")
    assert len(per_document) == 120 and {n for _, n in per_document} == {1}  # one proposal each, once
    speakers = sorted(r[0] for r in raw_rows(db_target, "SELECT name FROM speaker"))
    assert len(speakers) == 3  # one row per person, however the two processes interleaved
    assert [name.split()[-1] for name in speakers] == ["Roth", "Kurz", "Lang"]


# --- hostile files -----------------------------------------------------------------------------


def _items(*paths: Path) -> tuple[list[Article], list[Problem]]:
    items = list(read_articles(paths))
    return ([i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Problem)])


def test_hostile_files_each_one_line_good_ones_imported(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ok.txt").write_text("„Alles gut“, sagte sie.\n", encoding="utf-8")
    (folder / "utf16-without-bom.txt").write_bytes("Text".encode("utf-16-le"))
    (folder / "undecodable.txt").write_bytes(b"Bytes \x81\x8d\x8f\x90\x9d ohne Zeichen \xff\xfe\xc3")
    (folder / "empty.txt").write_bytes(b"   \n\n")
    (folder / "cut.jsonl").write_text('{"text": "Ganz."}\n{"text": "Abgeschnit', encoding="utf-8")
    (folder / "cut.csv").write_text('title,text\nEins,"Ein Text."\nZwei,"offenes Feld\n', encoding="utf-8")
    articles, problems = _items(folder)
    assert sorted(a.text for a in articles) == sorted(["Ganz.", "Ein Text.", "„Alles gut“, sagte sie.\n"])
    named = {Path(p.origin.split(":")[0]).name for p in problems}
    assert named == {"utf16-without-bom.txt", "undecodable.txt", "empty.txt", "cut.jsonl", "cut.csv"}
    assert all("\n" not in str(p) for p in problems)  # one line each


def test_huge_csv_field_is_imported_and_an_absurd_one_named(tmp_path: Path) -> None:
    big = "Ein langer Satz. " * 20_000  # 340,000 characters: past the csv module's default limit
    good = tmp_path / "big.csv"
    good.write_text(f'text\n"{big}"\n', encoding="utf-8")
    articles, problems = _items(good)
    assert not problems and articles[0].text == big

    from quotetool import ingest

    absurd = tmp_path / "absurd.csv"
    absurd.write_text('text\n"' + "x" * (ingest.MAX_FIELD_CHARS + 10) + '"\n"danach"\n', encoding="utf-8")
    articles, problems = _items(absurd)
    assert len(problems) == 1 and "field larger than field limit" in problems[0].message
    assert [a.text for a in articles] == ["danach"]


def test_jsonl_line_separator_inside_a_string_stays_text(tmp_path: Path) -> None:
    f = tmp_path / "sep.jsonl"
    f.write_text(json.dumps({"text": "vorher\u2028nachher"}, ensure_ascii=False) + "\n", encoding="utf-8")
    articles, problems = _items(f)
    assert not problems and articles[0].text == "vorher\u2028nachher"


# --- database trouble --------------------------------------------------------------------------


@contextmanager
def _read_only(path: Path) -> Iterator[None]:
    """Make a file read-only for this process; root ignores file modes, so it gets the immutable flag."""
    if os.geteuid() != 0:
        path.chmod(0o444)
        yield
        path.chmod(0o644)
        return
    if subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode != 0:
        pytest.skip("running as root on a file system without chattr +i: cannot make a read-only file")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)


def test_read_only_database_is_one_sentence_and_never_modified(tmp_path: Path) -> None:
    db_file = tmp_path / "q.db"
    assert run_cli("--db", str(db_file), "import", str(SEEDS), cwd=tmp_path).returncode == 0
    before = db_file.read_bytes()
    with _read_only(db_file):
        for command in (["import", str(SEEDS)], ["redetect"]):
            line = assert_one_sentence_error(run_cli("--db", str(db_file), *command, cwd=tmp_path))
            assert "read-only" in line
        stats = run_cli("--db", str(db_file), "stats", cwd=tmp_path)  # reading still works
        assert stats.returncode == 0 and "documents  2" in stats.stdout
        assert sorted(p.name for p in tmp_path.iterdir()) == ["q.db"]  # not even a -wal file was made
    assert db_file.read_bytes() == before


NOBODY = 65534  # the unprivileged user and group of Debian and most Linux systems


@contextmanager
def _as_ordinary_user(tmp_path: Path) -> Iterator[tuple[Path, list[str], Callable[..., CompletedProcess[str]]]]:
    """A folder, a command prefix and a CLI runner for a user to whom file modes apply (root ignores them)."""
    if os.geteuid() != 0:
        yield tmp_path, [], lambda *args: run_cli(*args, cwd=tmp_path)
        return
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv (util-linux): cannot run the CLI as an ordinary user")
    prefix = [setpriv, f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
    env = {k: v for k, v in os.environ.items() if k != "QUOTETOOL_DB"}
    env.update(QUOTETOOL_ANNOTATOR="tester", PYTHONDONTWRITEBYTECODE="1")
    if (
        subprocess.run(
            [*prefix, sys.executable, "-c", "import quotetool"], env=env, cwd="/", capture_output=True
        ).returncode
        != 0
    ):
        pytest.skip(f"user {NOBODY} cannot run this checkout's Python, so file modes cannot be tested as root")
    folder = Path(tempfile.mkdtemp(prefix="quotetool-modes-"))  # tmp_path's parents are private to root
    os.chown(folder, NOBODY, NOBODY)

    def run(*args: str) -> CompletedProcess[str]:
        return subprocess.run(
            [*prefix, sys.executable, "-m", "quotetool", *args],
            cwd=folder,
            env=env,
            text=True,
            capture_output=True,
            timeout=120,
        )

    try:
        yield folder, prefix, run
    finally:
        shutil.rmtree(folder)


def _article(folder: Path, name: str, text: str) -> str:
    (folder / name).write_text(text, encoding="utf-8")
    (folder / name).chmod(0o644)
    return name


def _read_only_after_one_import(
    folder: Path, run: Callable[..., CompletedProcess[str]], second_text: str
) -> tuple[Path, str]:
    """q.db with one imported article, made read-only, and a second article not imported yet."""
    first = _article(folder, "eins.txt", "„Alles gut“, sagte sie.\n")
    second = _article(folder, "zwei.txt", second_text)
    assert run("--db", "q.db", "import", first).returncode == 0
    db_file = folder / "q.db"
    db_file.chmod(0o444)
    return db_file, second


def test_reading_a_read_only_database_leaves_nothing_that_blocks_writing_later(tmp_path: Path) -> None:
    with _as_ordinary_user(tmp_path) as (folder, _, run):
        db_file, second = _read_only_after_one_import(folder, run, "„Nichts ist gut“, sagte er.\n")
        before = db_file.read_bytes()
        stats = run("--db", "q.db", "stats")
        assert stats.returncode == 0 and "documents  1" in stats.stdout, stats.stderr
        exported = run("--db", "q.db", "export", "--status", "all", "--out", "-")
        assert exported.returncode == 0 and "Alles gut" in exported.stdout, exported.stderr
        assert "read-only" in assert_one_sentence_error(run("--db", "q.db", "import", second))
        assert sorted(p.name for p in folder.iterdir()) == ["eins.txt", "q.db", "zwei.txt"]  # no -wal, no -shm
        assert db_file.read_bytes() == before
        db_file.chmod(0o644)
        imported = run("--db", "q.db", "import", second)
        assert imported.returncode == 0, imported.stderr
        assert "documents  2" in run("--db", "q.db", "stats").stdout


def test_a_read_only_wal_or_shm_file_is_named(tmp_path: Path) -> None:
    """What reading a read-only database left behind before quotetool opened such files immutable."""
    with _as_ordinary_user(tmp_path) as (folder, user, run):
        db_file, second = _read_only_after_one_import(folder, run, "„Ja“, sagte er.\n")
        reader = "import sqlite3; sqlite3.connect('file:q.db?mode=ro', uri=True).execute('SELECT * FROM quote')"
        subprocess.run([*user, sys.executable, "-c", reader], cwd=folder, check=True)
        assert (folder / "q.db-shm").stat().st_mode & 0o777 == 0o444  # SQLite gave them the file's mode
        db_file.chmod(0o644)
        before = db_file.read_bytes()
        line = assert_one_sentence_error(run("--db", "q.db", "import", second))
        assert "q.db-shm" in line and "q.db-wal" in line and "read-only" in line, line
        assert db_file.read_bytes() == before
        for companion in ("q.db-shm", "q.db-wal"):
            (folder / companion).chmod(0o644)
        assert run("--db", "q.db", "import", second).returncode == 0


# --- import -> detect -> export round trip -----------------------------------------------------

_TEXT = st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), min_size=1, max_size=400)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_TEXT.filter(lambda t: t.strip()), data=st.data())
def test_any_text_survives_import_detect_export(text: str, data: st.DataObject) -> None:
    _round_trip(text, lambda lo, hi: data.draw(st.integers(lo, hi)))


def test_a_leading_bom_is_not_part_of_the_article() -> None:
    """What hypothesis may generate: text beginning with U+FEFF, written as UTF-8, read back without it."""
    _round_trip("\ufeff„Ja“, sagte sie.\r\n", lambda lo, hi: lo)
    _round_trip("\ufeff\ufeffZwei Zeichen, eines bleibt.", lambda lo, hi: hi)


def _round_trip(text: str, pick: Callable[[int, int], int]) -> None:
    """Import ``text`` as a UTF-8 file, add a quote at offsets chosen by ``pick``, export CSV and JSONL."""
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        src = tmp_path / "a.txt"
        src.write_bytes(text.encode("utf-8"))
        articles, problems = _items(src)
        # A leading U+FEFF, written as UTF-8, is the byte-order mark EF BB BF, which import (rightly)
        # strips as a BOM: it marks the encoding and is not part of the article. Only one is stripped.
        stored_expected = normalise(text.removeprefix("\ufeff"))
        if not stored_expected.strip():
            assert problems
            return
        db = Database.open(str(tmp_path / "q.db"))
        doc = import_article(db, articles[0]).document_id
        stored = get_document(db, doc).text
        assert stored == stored_expected
        start = pick(0, len(stored) - 1)
        end = pick(start + 1, len(stored))
        if stored[start:end].strip():
            add_quote(db, doc, start, end, kind="direct", speaker=None, annotator="prop")
        quotes = document_quotes(db, doc)
        assert all(q.text == stored[q.start : q.end] for q in quotes)

        out = tmp_path / "out.csv"
        export_to(str(out), EXPORT_COLUMNS, iter_export_rows(db, ["accepted", "proposed"]), fmt="csv")
        with out.open(encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))
        assert len(rows) == len(quotes)
        for row in rows:
            assert row["quote"] == stored[int(row["start"]) : int(row["end"])]
        out_jsonl = tmp_path / "out.jsonl"
        export_to(str(out_jsonl), EXPORT_COLUMNS, iter_export_rows(db, ["accepted", "proposed"]), fmt="jsonl")
        for line in out_jsonl.read_text(encoding="utf-8").split("\n")[:-1]:
            row = json.loads(line)
            assert row["quote"] == stored[row["start"] : row["end"]]
        db.close()


def test_an_old_read_only_database_is_one_sentence_and_not_upgraded(tmp_path: Path) -> None:
    from test_migrations import _v1_database

    with _as_ordinary_user(tmp_path) as (folder, _, run):
        db_file = folder / "old.db"
        _v1_database(db_file)
        if os.geteuid() == 0:
            os.chown(db_file, NOBODY, NOBODY)  # the user's own file, as after an earlier quotetool
        db_file.chmod(0o444)
        before = db_file.read_bytes()
        for command in (["stats"], ["export", "--out", "-"]):
            line = assert_one_sentence_error(run("--db", "old.db", *command))
            assert "older schema (version 1)" in line and "cannot be upgraded because it is read-only" in line, line
        assert sorted(p.name for p in folder.iterdir()) == ["old.db"]  # no copy, no -wal, no -shm
        assert db_file.read_bytes() == before
        db_file.chmod(0o644)
        folder.chmod(0o555)  # the file is writable now, but its copy could not be kept
        try:
            line = assert_one_sentence_error(run("--db", "old.db", "stats"))
        finally:
            folder.chmod(0o755)
        assert "cannot be upgraded because its folder" in line and "copy" in line, line
        assert sorted(p.name for p in folder.iterdir()) == ["old.db"] and db_file.read_bytes() == before
        stats = run("--db", "old.db", "stats")
        assert stats.returncode == 0 and "documents  1" in stats.stdout and "Upgraded" in stats.stderr


# --- a PostgreSQL server that cannot be used -------------------------------------------------------------


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _pg_url(server: str, **parts: object) -> str:
    from sqlalchemy.engine import make_url

    return make_url(server).set(**parts).render_as_string(hide_password=False)  # type: ignore[arg-type]


def test_postgresql_trouble_is_one_sentence_that_never_shows_the_password(pg_server: str, tmp_path: Path) -> None:
    from sqlalchemy.engine import make_url

    password = make_url(pg_server).password
    cases = {
        "Cannot reach the PostgreSQL server": _pg_url(pg_server, port=_free_port()),  # a stopped server
        "refused the password": _pg_url(pg_server, password="falsch"),
        "There is no database fehlt": _pg_url(pg_server, database="fehlt"),
    }
    for expected, url in cases.items():
        for command in (["stats"], ["import", str(SEEDS)], ["export", "--out", str(tmp_path / "x.csv")]):
            result = run_cli("--db", url, *command, cwd=tmp_path)
            line = assert_one_sentence_error(result)
            assert expected in line, (command, line)
            assert password not in line and "falsch" not in line
    env_result = run_cli("stats", cwd=tmp_path, env={"QUOTETOOL_DB": _pg_url(pg_server, database="fehlt")})
    assert "There is no database fehlt" in assert_one_sentence_error(env_result)  # $QUOTETOOL_DB too
    assert not (tmp_path / "x.csv").exists()


def test_postgresql_without_its_driver_names_the_extra(tmp_path: Path) -> None:
    """Where psycopg is not installed (the postgres extra), the sentence says what to install."""
    blocker = tmp_path / "blocker"
    (blocker / "psycopg").mkdir(parents=True)
    (blocker / "psycopg" / "__init__.py").write_text("raise ImportError('no psycopg here')\n", encoding="utf-8")
    result = run_cli(
        "--db", "postgresql+psycopg://anna@127.0.0.1:1/quotes", "stats", cwd=tmp_path, env={"PYTHONPATH": str(blocker)}
    )
    assert "pip install 'quotetool[postgres]'" in assert_one_sentence_error(result)


def test_a_postgresql_writer_held_up_longer_than_the_busy_timeout_is_one_sentence(
    pg_database: str, tmp_path: Path
) -> None:
    """Another writer holding the write lock (the advisory lock every write transaction takes first) past
    $QUOTETOOL_BUSY_TIMEOUT_MS: the import says so, and how far it got (nothing stored), in one line; afterwards
    it works."""
    import psycopg
    from sqlalchemy.engine import make_url

    from quotetool.store.postgres import WRITE_LOCK_SQL

    assert run_cli("--db", pg_database, "import", str(SEEDS / "000_4df69229d299b9a4.txt"), cwd=tmp_path).returncode == 0
    url = make_url(pg_database)
    with psycopg.connect(
        host=url.host, port=url.port, user=url.username, password=url.password, dbname=url.database
    ) as holder:
        holder.execute(WRITE_LOCK_SQL)
        held = run_cli(
            "--db", pg_database, "import", str(SEEDS), cwd=tmp_path, env={"QUOTETOOL_BUSY_TIMEOUT_MS": "300"}
        )
        holder.rollback()
    line = assert_one_sentence_error(held)
    assert "busy with another writer" in line and "0 imported" in line and "import again" in line, line
    assert raw_rows(pg_database, "SELECT count(*) FROM document") == [(1,)]
    assert run_cli("--db", pg_database, "import", str(SEEDS), cwd=tmp_path).returncode == 0
    assert raw_rows(pg_database, "SELECT count(*) FROM document") == [(2,)]
