"""Import with detector worker processes (issue 11, items 1 and 2): Ctrl-C and kill -9 half-way lose nothing
that was stored and store nothing twice; the same import run again completes it; progress is shown."""

from __future__ import annotations

import os
import pty
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import raw_rows, run_cli

from quotetool.detect import detect
from quotetool.ingest import Problem
from quotetool.pipeline import prepared
from quotetool.store.documents import Prepared

NAMES = ["Anna Berg", "Otto Wendt", "Eva Kern", "Paul Ober", "Jana Lind", "Karl Huber"]


def write_corpus(folder: Path, count: int) -> dict[str, str]:
    """{file name: text} of ``count`` short articles, a few quotes each."""
    rng = random.Random(11)
    folder.mkdir()
    texts = {}
    for i in range(count):
        text = "\n\n".join(
            f"„Wir brauchen {i * 10 + k} neue Wohnungen“, sagte {rng.choice(NAMES)}. "
            f"{rng.choice(NAMES)} erklärte, das sei zu teuer."
            for k in range(3)
        ) + "\n"  # fmt: skip
        (folder / f"{i:05}.txt").write_text(text, encoding="utf-8")
        texts[f"{i:05}.txt"] = text
    return texts


def start_import(db_file: Path | str, corpus: Path) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if k != "QUOTETOOL_DB"}
    return subprocess.Popen(
        [sys.executable, "-m", "quotetool", "--db", str(db_file), "import", "--jobs", "2", str(corpus)],
        env=env, text=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True,
    )  # fmt: skip


def stored_count(db_file: Path | str) -> int:
    if "://" in str(db_file):  # a PostgreSQL database
        try:
            return raw_rows(str(db_file), "SELECT count(*) FROM document")[0][0]
        except Exception:  # its schema is not made yet
            return 0
    try:
        with sqlite3.connect(db_file, timeout=30) as conn:
            return conn.execute("SELECT count(*) FROM document").fetchone()[0]
    except sqlite3.OperationalError:  # not created yet
        return 0


def wait_for_more_than(db_file: Path | str, count: int, proc: subprocess.Popen[str]) -> int:
    deadline = time.monotonic() + 120
    while (now := stored_count(db_file)) <= count:
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
        assert time.monotonic() < deadline
        time.sleep(0.02)
    return now


@pytest.mark.slow
def test_sigint_and_sigkill_half_way_then_the_same_import_stores_everything_once(
    db_target: str, tmp_path: Path
) -> None:
    texts = write_corpus(tmp_path / "in", 2500)
    db_file = db_target  # an SQLite file, or a PostgreSQL database

    proc = start_import(db_file, tmp_path / "in")
    wait_for_more_than(db_file, 0, proc)
    os.killpg(proc.pid, signal.SIGINT)  # as Ctrl-C: the whole process group, workers included
    _, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 130, stderr
    assert "Interrupted after reading" in stderr and "Run the same import again" in stderr
    assert "Traceback" not in stderr
    after_sigint = stored_count(db_file)
    assert 0 < after_sigint < len(texts)
    assert f"{after_sigint} imported" in stderr  # it says how far it got, truthfully

    proc = start_import(db_file, tmp_path / "in")
    wait_for_more_than(db_file, after_sigint, proc)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=60)
    after_sigkill = stored_count(db_file)
    assert after_sigint < after_sigkill < len(texts)

    final = run_cli("--db", str(db_file), "import", "--jobs", "2", str(tmp_path / "in"), cwd=tmp_path, timeout=600)
    assert final.returncode == 0, final.stderr
    assert f"{len(texts) - after_sigkill} imported" in final.stderr
    assert f"{after_sigkill} already stored" in final.stderr

    if "://" not in db_file:
        assert raw_rows(db_file, "PRAGMA integrity_check") == [("ok",)]
    documents = raw_rows(db_file, "SELECT id, origin, text, detector_version FROM document")
    spans: dict[int, list[tuple[int, int]]] = {}
    for doc_id, start, end in raw_rows(db_file, 'SELECT document_id, start, "end" FROM quote ORDER BY start'):
        spans.setdefault(doc_id, []).append((start, end))
    assert sorted(Path(origin).name for _, origin, _, _ in documents) == sorted(texts)  # each article once
    for doc_id, _, text, version in documents:
        assert version is not None
        assert spans.get(doc_id, []) == [(p.start, p.end) for p in detect(text)]  # each proposal once


def test_workers_give_what_one_process_gives(tmp_path: Path) -> None:
    write_corpus(tmp_path / "in", 200)
    from quotetool.ingest import read_articles

    one = [(i.article.origin, list(i.proposals)) for i in prepared(read_articles([tmp_path / "in"]), jobs=1)
           if isinstance(i, Prepared)]  # fmt: skip
    two = [(i.article.origin, list(i.proposals)) for i in prepared(read_articles([tmp_path / "in"]), jobs=2)
           if isinstance(i, Prepared)]  # fmt: skip
    assert len(one) == 200 and one == two  # the same proposals, in the same order
    direct = [(a.origin, detect(a.text)) for a in read_articles([tmp_path / "in"]) if not isinstance(a, Problem)]
    assert one == direct  # as the detector made them, after their way through the workers' rows


def _outcomes(items: list) -> list[tuple[str, str, list]]:
    """(kind, origin, proposals) of what ``prepared`` gave, comparable between runs."""
    out = []
    for i in items:
        if isinstance(i, Problem):
            out.append(("problem", str(i), []))
        else:
            out.append((type(i).__name__, i.article.origin, list(getattr(i, "proposals", []))))
    return out


def test_files_the_workers_read_give_what_one_process_gives(tmp_path: Path) -> None:
    # The workers read the small files themselves: bad files are named in their place, the order holds, and
    # with ``known`` the articles stored already come as Stored, whether the workers guessed so or not (stored
    # ones first and last, new ones between, so that they read and detect at once and also read first).
    texts = write_corpus(tmp_path / "in", 400)
    (tmp_path / "in" / "00100.txt").write_bytes(b"")
    (tmp_path / "in" / "00101.txt").write_bytes(b"\x00\x01binary")
    (tmp_path / "in" / "00102.md").write_text("# not an article\n")
    (tmp_path / "in" / "00103.txt").write_bytes("„Grüße“, sagte Anna Berg.\n".encode("cp1252"))
    from quotetool.ingest import read_articles, walk
    from quotetool.prepared import content_hash

    stored = {content_hash(t) for name, t in texts.items() if not 90 <= int(name[:5]) < 300}

    def known(digests: list[str]) -> set[str]:
        return stored & set(digests)

    one = _outcomes(list(prepared(read_articles([tmp_path / "in"]), jobs=1, known=known)))
    two = _outcomes(list(prepared(walk([tmp_path / "in"]), jobs=2, known=known)))
    assert one == two
    kinds = [kind for kind, _, _ in two]
    assert kinds.count("problem") == 3 and kinds.count("Stored") == 400 - 210
    assert [kind for kind, origin, _ in two if origin.endswith("00103.txt")] == ["Prepared"]  # read as cp1252
    fresh = _outcomes(list(prepared(walk([tmp_path / "in"]), jobs=2)))  # read and detected in one go
    assert fresh == _outcomes(list(prepared(read_articles([tmp_path / "in"]), jobs=1)))
    assert [kind for kind, _, _ in fresh].count("Prepared") == 398


def _children() -> dict[int, list[int]]:
    kids: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            kids.setdefault(int(stat.rsplit(")", 1)[1].split()[1]), []).append(int(entry))
    return kids


def _nice(pid: int) -> int:
    return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[16])


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads the processes' priorities from /proc")
def test_workers_run_at_a_lower_priority_than_the_writer_and_hold_a_bounded_backlog(tmp_path: Path) -> None:
    from quotetool.ingest import walk
    from quotetool.pipeline import WORKER_NICENESS, _Workers

    write_corpus(tmp_path / "in", 2000)
    taken = 0

    def counted():
        nonlocal taken
        for entry in walk([tmp_path / "in"]):
            taken += 1
            yield entry

    results = prepared(counted(), jobs=2)
    next(results)
    time.sleep(0.5)  # time for the pipeline to run as far ahead as it may
    kids = _children()
    workers = [pid for server in kids.get(os.getpid(), []) for pid in kids.get(server, [])]  # the forkserver's
    mine = _nice(os.getpid())
    assert workers and all(_nice(pid) == min(19, mine + WORKER_NICENESS) > min(18, mine) for pid in workers)
    assert taken <= 2 * _Workers.FLIGHT_ARTICLES + 64 * 3  # in flight, one group read, the thread's read-ahead
    assert len(list(results)) == 1999


def test_progress_lines_when_stderr_is_not_a_terminal(tmp_path: Path) -> None:
    write_corpus(tmp_path / "in", 300)
    result = run_cli("--db", str(tmp_path / "q.db"), "import", str(tmp_path / "in"), cwd=tmp_path,
                     env={"QUOTETOOL_PROGRESS_SECONDS": "0"})  # fmt: skip
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("import: ")]
    assert lines and "articles/s" in lines[-1] and "of 0." in lines[-1]  # how many, how fast, of how much
    assert "\r" not in result.stderr and "\x1b" not in result.stderr  # plain lines, nothing redrawn
    assert result.stderr.rstrip().endswith(f"database {tmp_path / 'q.db'}")


def test_progress_bar_on_a_terminal(tmp_path: Path) -> None:
    write_corpus(tmp_path / "in", 300)
    leader, follower = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k != "QUOTETOOL_DB"}
    proc = subprocess.Popen([sys.executable, "-m", "quotetool", "--db", str(tmp_path / "q.db"), "import",
                             str(tmp_path / "in")], stderr=follower, stdout=subprocess.DEVNULL, env=env)  # fmt: skip
    os.close(follower)
    shown = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal closed: the import ended
            break
        if not chunk:
            break
        shown += chunk
    assert proc.wait(timeout=120) == 0
    text = shown.decode("utf-8", "replace")
    assert "/s" in text and "━" in text  # Rich's bar with the rate
    assert "300 imported" in text


def test_workers_run_the_installed_quotetool_in_a_folder_holding_another(tmp_path: Path) -> None:
    # Run from a folder with a `quotetool` folder in it (a source checkout of another version, say): the
    # workers import the package the command runs, not that folder.
    write_corpus(tmp_path / "in", 80)
    (tmp_path / "quotetool").mkdir()
    (tmp_path / "quotetool" / "__init__.py").write_text("")
    (tmp_path / "quotetool" / "workers.py").write_text('raise RuntimeError("the quotetool of the folder")\n')
    script = Path(sys.executable).parent / "quotetool"
    env = {k: v for k, v in os.environ.items() if k not in ("QUOTETOOL_DB", "PYTHONPATH")}
    env["QUOTETOOL_ANNOTATOR"] = "tester"
    done = subprocess.run([str(script), "import", "in", "--db", "q.db", "--jobs", "2"], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=300)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "80 imported" in done.stderr and "0 skipped" in done.stderr
    assert raw_rows(str(tmp_path / "q.db"), "SELECT count(*) FROM quote")[0][0] >= 80 * 3
