"""Progress of `quotetool export` on stderr: plain lines with rows/s and the time left when stderr is a file,
Rich's bar on a terminal, and never a byte of it in the exported data (also not on stdout)."""

from __future__ import annotations

import os
import pty
import sqlite3
import subprocess
import sys
from pathlib import Path

from quotetool.store import Database, search

TEXT = "„Wir sanieren die Brücke im Frühjahr“, sagte die Bürgermeisterin. Die Kosten seien offen, hieß es. " * 3
QUOTES = 3500


def _database(path: Path) -> Path:
    """A database of QUOTES accepted quotes, ten per article, written with plain SQL (quick)."""
    Database.open(str(path)).close()
    conn = sqlite3.connect(path)
    search.register(conn)  # qt_fold, which the search index's triggers call
    conn.execute("INSERT INTO speaker (id, name, name_key, created_at) VALUES (1, 'Bürgermeisterin', "
                 "'burgermeisterin', '2026-01-01')")  # fmt: skip
    conn.executemany(
        "INSERT INTO document (id, title, origin, content_hash, text, imported_at) VALUES (?, ?, ?, ?, ?, ?)",
        ((d, f"Artikel {d}", f"a{d}.txt", f"h{d}", TEXT, "2026-01-01") for d in range(1, QUOTES // 10 + 1)),
    )
    end = TEXT.index("“")
    conn.executemany(
        'INSERT INTO quote (document_id, start, "end", text, kind, speaker_id, status, origin, annotator, '
        "decided_at, created_at) VALUES (?, 1, ?, ?, 'direct', 1, 'accepted', 'manual', 'anna', "
        "'2026-01-01T00:00:00+00:00', '2026-01-01')",
        ((1 + i // 10, end, TEXT[1:end]) for i in range(QUOTES)),
    )
    conn.commit()
    conn.close()
    return path


def _env(seconds: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "QUOTETOOL_DB"}
    return {**env, "QUOTETOOL_PROGRESS_SECONDS": seconds}


def _export(db: Path, out: str, tmp_path: Path, *, seconds: str, stdout: Path | None = None) -> str:
    """Run the real CLI with stderr (and stdout, if given) going to files; returns what stderr got."""
    err = tmp_path / "stderr.txt"
    with err.open("wb") as e, stdout.open("wb") if stdout else open(os.devnull, "wb") as o:
        code = subprocess.run([sys.executable, "-m", "quotetool", "--db", str(db), "export", "--out", out],
                              stdout=o, stderr=e, env=_env(seconds), cwd=tmp_path, timeout=300).returncode  # fmt: skip
    text = err.read_text(encoding="utf-8")
    assert code == 0, text
    return text


def test_plain_progress_lines_when_stderr_is_a_file(tmp_path: Path) -> None:
    db = _database(tmp_path / "q.db")
    quiet = tmp_path / "quiet.csv"
    assert "export:" not in _export(db, str(quiet), tmp_path, seconds="3600")  # no line before the interval

    out = tmp_path / "q.csv"
    err = _export(db, str(out), tmp_path, seconds="0")
    lines = [line for line in err.splitlines() if line.startswith("export: ")]
    assert len(lines) >= 3  # a line every 1,000 rows at an interval of 0 s
    assert lines[0].startswith("export: 1,000 rows in ") and "rows/s" in lines[0]
    assert f"of {QUOTES:,}" in lines[0] and "left" in lines[0]  # the total, counted first, and the time left
    assert "\r" not in err and "\x1b" not in err  # plain lines, nothing redrawn
    assert err.rstrip().endswith(f"{QUOTES} quotes (accepted) written to {out}")
    assert out.read_bytes() == quiet.read_bytes()
    assert b"export:" not in out.read_bytes()


def test_an_export_to_stdout_stays_exact_with_progress_on_stderr(tmp_path: Path) -> None:
    db = _database(tmp_path / "q.db")
    file_export = tmp_path / "q.csv"
    _export(db, str(file_export), tmp_path, seconds="3600")
    piped = tmp_path / "stdout.csv"
    err = _export(db, "-", tmp_path, seconds="0", stdout=piped)
    assert sum(line.startswith("export: ") for line in err.splitlines()) >= 3
    assert piped.read_bytes() == file_export.read_bytes()  # byte for byte, no progress in the data
    assert piped.read_bytes().count(b"\r\n") == QUOTES + 1


def _on_terminal(db: Path, out: str, *, stdout_too: bool) -> tuple[int, str]:
    """Run an export with stderr (and, if asked, stdout) on a pseudo-terminal; returns its status and screen."""
    leader, follower = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "quotetool", "--db", str(db), "export", "--out", out],
                            stderr=follower, stdout=follower if stdout_too else subprocess.DEVNULL,
                            env=_env("0"))  # fmt: skip
    os.close(follower)
    shown = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal closed: the export ended
            break
        if not chunk:
            break
        shown += chunk
    os.close(leader)
    return proc.wait(timeout=300), shown.decode("utf-8", "replace")


def test_a_bar_on_a_terminal_and_none_when_the_data_goes_there(tmp_path: Path) -> None:
    db = _database(tmp_path / "q.db")
    out = tmp_path / "q.csv"
    code, screen = _on_terminal(db, str(out), stdout_too=False)
    assert code == 0
    assert "━" in screen and "rows" in screen and "/s" in screen  # Rich's bar with the rate
    assert f"{QUOTES} quotes (accepted) written to" in screen
    assert out.read_bytes().count(b"\r\n") == QUOTES + 1

    code, screen = _on_terminal(db, "-", stdout_too=True)  # the export itself on the terminal
    assert code == 0
    assert "━" not in screen and "export: " not in screen and "rows/s" not in screen
    assert screen.count("Bürgermeisterin") >= QUOTES
