"""The command line as a user meets it: entry points, --db and $QUOTETOOL_DB, errors in one sentence."""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import unicodedata
from pathlib import Path

from conftest import SEEDS, assert_one_sentence_error, run_cli


def test_console_script_and_module_entry_points(tmp_path: Path) -> None:
    exe = shutil.which("quotetool", path=str(Path(sys.executable).parent)) or shutil.which("quotetool")
    assert exe, "the console script is installed with the package"
    out = subprocess.run([exe, "--version"], capture_output=True, text=True, check=True)
    assert "quotetool" in out.stdout
    assert "import" in run_cli("--help", cwd=tmp_path).stdout


def test_missing_database_folder_is_one_sentence(tmp_path: Path) -> None:
    result = run_cli("--db", "/no/such/dir/x.db", "stats", cwd=tmp_path)
    line = assert_one_sentence_error(result)
    assert "/no/such/dir" in line and "does not exist" in line
    assert not Path("/no/such/dir").exists()


def test_locked_database_is_one_sentence_and_loses_nothing(tmp_path: Path) -> None:
    db_file = tmp_path / "q.db"
    assert run_cli("--db", str(db_file), "import", str(SEEDS), cwd=tmp_path).returncode == 0
    holder = sqlite3.connect(db_file, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        env = {"QUOTETOOL_BUSY_TIMEOUT_MS": "200"}
        for command in (["stats"], ["import", str(SEEDS)], ["export", "--out", str(tmp_path / "x.csv")]):
            line = assert_one_sentence_error(run_cli("--db", str(db_file), *command, cwd=tmp_path, env=env))
            assert "locked" in line, line
    finally:
        holder.execute("COMMIT")
        holder.close()
    assert not (tmp_path / "x.csv").exists()
    assert "documents  2" in run_cli("--db", str(db_file), "stats", cwd=tmp_path).stdout


def test_db_from_environment_and_sqlite_url(tmp_path: Path) -> None:
    env_db = tmp_path / "env.db"
    assert run_cli("import", str(SEEDS), cwd=tmp_path, env={"QUOTETOOL_DB": str(env_db)}).returncode == 0
    assert env_db.exists() and not (tmp_path / "db").exists()
    url = f"sqlite:///{env_db}"
    assert "documents  2" in run_cli("stats", "--db", url, cwd=tmp_path).stdout
    line = assert_one_sentence_error(run_cli("--db", "mysql://host/db", "stats", cwd=tmp_path))
    assert "Only SQLite and PostgreSQL" in line


def test_sqlite_url_with_a_host_is_refused(tmp_path: Path) -> None:
    for url in ("sqlite://host/x.db", "sqlite://x.db", "sqlite://user@host:5/x.db"):
        for command in (["stats"], ["import", str(SEEDS)]):
            line = assert_one_sentence_error(run_cli("--db", url, *command, cwd=tmp_path))
            assert "names a host" in line and "sqlite:///" in line, line
    assert sorted(p.name for p in tmp_path.iterdir()) == []  # no x.db, no db/ folder


def test_detect_jsonl_contract(tmp_path: Path) -> None:
    result = run_cli("detect", str(SEEDS), "--format", "jsonl", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    text = {p.name: p.read_text(encoding="utf-8") for p in SEEDS.iterdir()}
    for line in result.stdout.splitlines():
        row = json.loads(line)
        assert {
            "document",
            "start",
            "end",
            "quote",
            "speaker",
            "speaker_mention",
            "cue",
            "kind",
            "rule",
            "confidence",
        } <= set(row)
        assert text[Path(row["document"]).name][row["start"] : row["end"]] == row["quote"]


def test_unexpected_usage_is_reported_by_click(tmp_path: Path) -> None:
    result = run_cli("export", cwd=tmp_path)
    assert result.returncode == 2 and "--out" in result.stderr and "Traceback" not in result.stderr


def test_unusable_busy_timeout_is_a_warning_and_the_default_is_used(tmp_path: Path, monkeypatch) -> None:
    from quotetool.store import Database

    db_file = tmp_path / "q.db"
    assert run_cli("--db", str(db_file), "import", str(SEEDS), cwd=tmp_path).returncode == 0
    for value in ("zehn", "1.5", "-200"):
        result = run_cli("--db", str(db_file), "stats", cwd=tmp_path, env={"QUOTETOOL_BUSY_TIMEOUT_MS": value})
        assert result.returncode == 0 and "documents  2" in result.stdout, result.stderr
        lines = result.stderr.splitlines()
        assert len(lines) == 1 and lines[0].startswith("warning: QUOTETOOL_BUSY_TIMEOUT_MS="), result.stderr
        assert repr(value) in lines[0] and "10000 ms" in lines[0] and lines[0].endswith(".")
        monkeypatch.setenv("QUOTETOOL_BUSY_TIMEOUT_MS", value)
        db = Database.open(str(db_file), readonly=True)
        with db.raw() as conn:
            assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == 10_000
        db.close()
    monkeypatch.setenv("QUOTETOOL_BUSY_TIMEOUT_MS", "250")
    db = Database.open(str(db_file), readonly=True)
    assert db.warnings == ()
    with db.raw() as conn:
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == 250
    db.close()
    assert run_cli("--db", str(db_file), "stats", cwd=tmp_path, env={"QUOTETOOL_BUSY_TIMEOUT_MS": "250"}).stderr == ""


def test_a_reader_that_leaves_the_pipe_early_ends_quietly(tmp_path: Path) -> None:
    """`quotetool export --out - | head -1` and `quotetool detect … | head -1`: status 0, nothing on stderr."""
    many = tmp_path / "many.txt"
    many.write_text(
        "".join(
            f"„Das ist die Aussage Nummer {i}, lang genug für eine ganze Zeile“, sagte Anna Beispiel.\n"
            for i in range(3000)
        ),
        encoding="utf-8",
    )
    db_file = tmp_path / "q.db"
    assert run_cli("--db", str(db_file), "import", str(many), cwd=tmp_path).returncode == 0
    commands = (
        ["--db", str(db_file), "export", "--status", "all", "--out", "-"],
        ["--db", str(db_file), "export", "--status", "all", "--format", "jsonl", "--out", "-"],
        ["detect", "--format", "jsonl", str(many)],
        ["detect", str(many)],
    )
    for args in commands:  # each writes far more than a pipe holds (64 KiB), so it meets the closed pipe
        writer = subprocess.Popen(
            [sys.executable, "-m", "quotetool", *args], cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        head = subprocess.run(["head", "-1"], stdin=writer.stdout, capture_output=True, timeout=60)
        writer.stdout.close()
        err = writer.stderr.read().decode()
        assert writer.wait(timeout=60) == 0, (args, err)
        assert err == "", (args, err)
        assert head.returncode == 0 and head.stdout.count(b"\n") == 1


def _cells(line: str) -> list[str]:
    """A line as the terminal shows it, one entry per cell (a wide character takes two)."""
    out: list[str] = []
    for char in line:
        if unicodedata.combining(char):
            out[-1] += char
        else:
            out.append(char)
            if unicodedata.east_asian_width(char) in ("W", "F"):
                out.append("")
    return out


def test_detect_table_is_aligned_to_the_terminal(tmp_path: Path) -> None:
    extra = tmp_path / "breit.txt"
    extra.write_text(
        "„Wir bleiben bei unserer Linie, auch wenn der Wind von vorn kommt“, sagte Karl-Theodor Maria Nikolaus "
        "Johann Jacob Philipp Franz Joseph Sylvester Freiherr von und zu Guttenberg.\n\n"
        "„Das Wort 平和平和平和平和平和平和平和平和平和平和平和平和平和平和 heißt Frieden“, sagte Anna Schmidt.\n\n"
        "„Das ist ein \x1b[31mroter Test“, sagte Zoë Müller am Dienstag.\n",
        encoding="utf-8",
    )
    for columns in (80, 120, 200):
        result = run_cli("detect", str(SEEDS), str(extra), cwd=tmp_path, env={"COLUMNS": str(columns)})
        assert result.returncode == 0, result.stderr
        assert "\x1b" not in result.stdout and "ein ␛" in result.stdout  # shown, not run by the terminal
        header, *rows = [_cells(line) for line in result.stdout.splitlines()]
        assert len(rows) >= 19
        names = ("document", "span", "kind", "conf", "speaker", "rule", "quote")
        text = "".join(header)
        starts = [text.index(name) for name in names]
        for row in rows:
            assert len(row) <= columns, "".join(row)
            fields = ["".join(row[a:b]) for a, b in zip(starts, [*starts[1:], len(row)], strict=True)]
            assert all(row[s - 1] == " " and row[s - 2] == " " for s in starts[1:]), "".join(row)  # gaps line up
            assert re.fullmatch(r" *\d+-\d+ *", fields[1]), fields
            assert fields[2].strip() in ("direct", "indirect", "mixed") and float(fields[3])
            assert all(field.strip() for field in fields), fields
        long_name = [f for f in ("".join(r[starts[4] : starts[5]]).strip() for r in rows) if f.startswith("Karl-Theo")]
        assert len(long_name) == 1 and long_name[0].endswith("…")  # cut to its column, not into the next
        assert any("".join(r[starts[6] :]).endswith("…") for r in rows)
    jsonl = run_cli("detect", "--format", "jsonl", str(SEEDS), cwd=tmp_path, env={"COLUMNS": "80"})
    assert jsonl.stdout == run_cli("detect", "--format", "jsonl", str(SEEDS), cwd=tmp_path).stdout


def test_export_message_counts_in_words(tmp_path) -> None:
    db = tmp_path / "q.db"
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("„Wir bleiben“, sagte die Trainerin.\n", encoding="utf-8")
    assert run_cli("--db", str(db), "import", str(folder), cwd=tmp_path).returncode == 0
    one = run_cli("--db", str(db), "export", "--status", "all", "--out", str(tmp_path / "x.csv"), cwd=tmp_path)
    assert "1 quote (accepted, proposed, rejected) written to" in one.stderr


def test_detect_writes_utf_8_where_the_locale_says_ascii(tmp_path: Path) -> None:
    """A cron job or a container with an ASCII locale still gets the quotes, umlauts and all."""
    article = tmp_path / "a.txt"
    article.write_text("Die Bürgermeisterin Jana Beispiel sagte: „Wir öffnen die Brücke früher.“\n", encoding="utf-8")
    env = {**os.environ, "PYTHONIOENCODING": "ascii", "COLUMNS": "200"}  # (the table shows the quote whole)
    for fmt in ("jsonl", "table"):
        out = subprocess.run(
            [sys.executable, "-m", "quotetool", "detect", str(article), "--format", fmt],
            capture_output=True,
            env=env,
            timeout=120,
        )
        assert out.returncode == 0, out.stderr.decode("utf-8", "replace")
        assert "Brücke".encode() in out.stdout
