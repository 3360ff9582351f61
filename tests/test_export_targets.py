"""Where an export goes: it never replaces what its path points to, and a write error is one sentence.

A regular file (also behind a symlink) gets its content through a temporary file and a rename; a FIFO
or a device is written directly. A full disk, a file size limit or a reader that left ends in one
sentence that names the real cause, with a non-zero exit.
"""

from __future__ import annotations

import os
import shlex
import stat
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import pytest
from conftest import FIRST_SEED, SECOND_SEED, assert_one_sentence_error, run_cli

from quotetool.errors import QuotetoolError
from quotetool.export import export_to
from quotetool.store import EXPORT_COLUMNS


@pytest.fixture
def db_file(db_target: str, tmp_path: Path) -> str:
    """A database with the two seed articles' proposals (an SQLite file, or a PostgreSQL database)."""
    result = run_cli("--db", db_target, "import", str(FIRST_SEED), str(SECOND_SEED), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    return db_target


def _export(db_file: str, *args: str) -> subprocess.CompletedProcess[str]:
    return run_cli("--db", db_file, "export", "--status", "all", *args, cwd=Path(tempfile.gettempdir()))


def test_a_symlink_stays_a_link_and_its_target_gets_the_new_content(db_file: str, tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    target = tmp_path / "data" / "verified.csv"
    target.write_text("old content\n", encoding="utf-8")
    target.chmod(0o640)
    link = tmp_path / "link.csv"
    link.symlink_to(Path("data") / "verified.csv")
    result = _export(db_file, "--out", str(link))
    assert result.returncode == 0, result.stderr
    assert link.is_symlink() and os.readlink(link) == str(Path("data") / "verified.csv")
    assert target.read_text(encoding="utf-8").startswith("quote_id,document_id,")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640  # the file it points to keeps its permissions
    assert sorted(p.name for p in (tmp_path / "data").iterdir()) == ["verified.csv"]  # no temporary file left


def test_a_fifo_is_written_to_not_replaced(db_file: str, tmp_path: Path) -> None:
    fifo = tmp_path / "quotes.pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    result = _export(db_file, "--out", str(fifo))  # no suffix: a FIFO gets CSV, as stdout does
    reader.join(timeout=60)
    assert result.returncode == 0, result.stderr
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert received and received[0].startswith(b"quote_id,document_id,")
    assert received[0].count(b"\r\n") > 1


def test_a_fifo_whose_reader_left_is_one_sentence(db_file: str, tmp_path: Path) -> None:
    """EPIPE: the reader opens the FIFO and closes it at once, so the export's write fails."""
    fifo = tmp_path / "quotes.pipe"
    os.mkfifo(fifo)
    reader = threading.Thread(target=lambda: os.close(os.open(fifo, os.O_RDONLY)), daemon=True)
    reader.start()
    big = [tuple(range(len(EXPORT_COLUMNS)))] * 200_000  # more than a pipe's buffer
    with pytest.raises(QuotetoolError) as caught:
        export_to(str(fifo), EXPORT_COLUMNS, big, fmt="csv")
    reader.join(timeout=60)
    message = str(caught.value)
    assert str(fifo) in message and "Broken pipe" in message and message.endswith("."), message
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


def _full_device(tmp_path: Path) -> Path:
    """A character device that answers every write with ENOSPC: a private copy of /dev/full when we are
    root (so a broken export cannot replace the system's), /dev/full itself otherwise (we cannot replace it)."""
    if os.geteuid() == 0:
        private = tmp_path / "full"
        try:
            os.mknod(private, stat.S_IFCHR | 0o666, os.makedev(1, 7))
            with private.open("w") as f:  # a file system mounted nodev refuses to open it
                f.write("")
        except OSError as exc:
            pytest.skip(f"cannot make a private /dev/full as root here: {exc.strerror}")
        return private
    if not Path("/dev/full").exists():
        pytest.skip("this system has no /dev/full")
    return Path("/dev/full")


def test_a_full_device_stays_a_device_and_the_error_is_one_sentence(db_file: str, tmp_path: Path) -> None:
    device = _full_device(tmp_path)
    line = assert_one_sentence_error(_export(db_file, "--out", str(device)))
    assert "No space left on device" in line and str(device) in line and "internal error" not in line, line
    assert stat.S_ISCHR(device.lstat().st_mode)


def test_stdout_to_a_full_device_is_one_sentence(db_file: str, tmp_path: Path) -> None:
    device = _full_device(tmp_path)
    with device.open("w") as full:
        result = subprocess.run(
            [sys.executable, "-m", "quotetool", "--db", str(db_file), "export", "--status", "all", "--out", "-"],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            cwd=tmp_path,
            timeout=120,
        )
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert result.returncode == 1 and len(lines) == 1, result.stderr
    assert "standard output: No space left on device." in lines[0], lines[0]


def test_dev_stdout_is_written_through_not_renamed_over(db_file: str, tmp_path: Path) -> None:
    """`--out /dev/stdout > file`: the shell's file gets the export, as with `--out -`."""
    out = tmp_path / "captured.csv"
    with out.open("w") as f:
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "quotetool",
                "--db",
                str(db_file),
                "export",
                "--status",
                "all",
                "--out",
                "/dev/stdout",
            ],
            stdout=f,
            stderr=subprocess.PIPE,
            text=True,
            cwd=tmp_path,
            timeout=120,
        )
    assert result.returncode == 0, result.stderr
    assert out.read_text(encoding="utf-8").startswith("quote_id,document_id,")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_a_file_size_limit_is_named_and_the_old_file_kept(db_target: str, tmp_path: Path) -> None:
    """`ulimit -f 500` (500 KiB): the export stops with the real cause ("File too large"), not with a
    follow-up error of its database read ("cannot commit - no transaction is active")."""
    big = tmp_path / "viele.jsonl"
    with big.open("w", encoding="utf-8") as f:
        for i in range(60):  # about 700 KB of quotes
            long = " ".join(["Das ist ein langer Satz, der immer weiter geht"] * 40)
            body = " ".join(f"„{long} ({i}-{j})“, sagte Anna Schmidt." for j in range(5))
            f.write(f'{{"id": "{i}", "title": "Artikel {i}", "text": "{body}"}}\n')
    assert run_cli("--db", db_target, "import", str(big), cwd=tmp_path).returncode == 0
    old = tmp_path / "verified.csv"
    old.write_text("the previous export\n", encoding="utf-8")
    quotetool = f"{sys.executable} -m quotetool --db {shlex.quote(db_target)} export --status all"
    for out, cause in ((f"--out {old}", "File too large"), (f"--out - > {tmp_path / 'stdout.csv'}", "File too large")):
        result = subprocess.run(
            ["bash", "-c", f"ulimit -f 500; {quotetool} {out}"],
            capture_output=True,
            text=True,
            cwd=tmp_path,
            timeout=300,
        )
        line = assert_one_sentence_error(result)
        assert cause in line and "no transaction" not in line and "internal error" not in line, line
    assert old.read_text(encoding="utf-8") == "the previous export\n"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_a_read_only_export_file_is_refused_and_kept(db_file: str, tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root writes whatever modes allow")
    old = tmp_path / "verified.csv"
    old.write_text("keep me\n", encoding="utf-8")
    old.chmod(0o444)
    line = assert_one_sentence_error(_export(db_file, "--out", str(old)))
    assert "read-only" in line and old.read_text(encoding="utf-8") == "keep me\n"
