"""A large export runs in worker processes: the same bytes as the export in one process, for CSV, JSONL and
--excel, on SQLite and PostgreSQL; a worker's failure and Ctrl-C end in one sentence."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import run_cli

from quotetool.detect import Kind, Proposal
from quotetool.errors import QuotetoolError
from quotetool.export import PARALLEL_JOB_ROWS_ENV, PARALLEL_ROWS_ENV, ParallelRows, parallel_workers, write_rows
from quotetool.ingest import Article
from quotetool.store import Database, accept, import_article, reject, set_speaker
from quotetool.store.queries import EXPORT_COLUMNS, ExportReader, build_export_rows

# Sentences of our own, each with one quote; the speaker None where the detector found none. Some quotes begin
# with what a spreadsheet would take for a formula (=, +, -, @), hold quotation marks, a semicolon or a line end.
SENTENCES = (
    ("„=SUMME(A1:A9) ist keine Antwort“, sagte Dr. Petra Schulz am Montag.", "=SUMME(A1:A9) ist keine Antwort",
     "Petra Schulz"),
    ("Die Stadt wolle sparen, hieß es aus dem Rathaus.", "Die Stadt wolle sparen", None),
    ("„-5 Grad sind z. B. zu kalt; wir bleiben zu Hause“, erklärte @wetterfrosch.", "-5 Grad sind z. B. zu kalt; "
     "wir bleiben zu Hause", "@wetterfrosch"),
    ("Laut Polizei gab es „keine Verletzten“ und „nur leichte Schäden“.", "keine Verletzten", None),
    ("„+1 für den Plan“, schrieb Anna Roth, „aber mit \"Vorbehalt\"“.", "+1 für den Plan", "Anna Roth"),
    ("Der 3. Bürgermeister sagte, er sehe „keinen Grund zur Sorge“.", "keinen Grund zur Sorge", "Karl Becker"),
)  # fmt: skip


def _article(n: int) -> tuple[str, list[Proposal]]:
    """An article of several paragraphs whose quotes come from SENTENCES in an order of its own."""
    order = [SENTENCES[(n * 7 + i * (n % 5 + 1)) % len(SENTENCES)] for i in range(2 + n % 6)]
    text, proposals = "", []
    for i, (sentence, quote, speaker) in enumerate(order):
        text += ("\n" if i % 3 == 2 else " ") if text else ""
        start = len(text) + sentence.index(quote)
        text += sentence
        kind = Kind.INDIRECT if i % 4 == 1 else Kind.DIRECT
        parts: tuple[tuple[int, int], ...] = ()
        end = start + len(quote)
        if quote == "keine Verletzten":  # a split quote: "… „keine Verletzten“ und „nur leichte Schäden“"
            second = text.index("nur leichte Schäden", start)
            parts, end = ((start, start + len(quote)), (second, second + len("nur leichte Schäden"))), second + 19
        proposals.append(
            Proposal(
                start=start,
                end=end,
                quote=text[start:end],
                kind=kind,
                rule=f"rule-{i % 3}",
                confidence=0.5 + i / 20,
                speaker=speaker,
                speaker_mention=speaker,
                parts=parts,
            )
        )
    if n % 4 == 0:
        text += "\nEin Absatz ohne Zitat.\r\n„Noch ein Satz“, sagte sie."  # fmt: skip
    return text + "\n", proposals


def _build(target: str, articles: int = 40) -> Database:
    db = Database.open(target)
    for n in range(articles):
        text, proposals = _article(n)
        url = None if n % 3 else f"https://example.org/artikel-{n}?a=1;b=2"
        outlet = "Beispiel;Zeitung" if n % 2 else None
        article = Article(text, f"a{n}.txt", url=url, outlet=outlet, published=f"2025-01-0{1 + n % 9}")
        import_article(db, article, detector=lambda _t, p=proposals: p)
    for i, quote_id in enumerate(db_quote_ids(db)):
        if i % 5 == 0:
            accept(db, quote_id, annotator="anna")
        elif i % 7 == 0:
            reject(db, quote_id, annotator="bob")
        elif i % 11 == 0:
            set_speaker(db, quote_id, "Jemand Anderes", annotator="anna")
            accept(db, quote_id, annotator="anna")
    return db


def db_quote_ids(db: Database) -> list[int]:
    with db.raw() as conn:
        return [row[0] for row in conn.execute("SELECT id FROM quote ORDER BY id")]


FORMATS = (("csv", "x.csv", ()), ("jsonl", "x.jsonl", ()), ("excel", "x.csv", ("--excel",)))


@pytest.mark.parametrize(("name", "file", "flags"), FORMATS, ids=[f[0] for f in FORMATS])
def test_the_parallel_export_writes_the_serial_export_byte_for_byte(
    db_target: str, tmp_path: Path, name: str, file: str, flags: tuple[str, ...]
) -> None:
    db = _build(db_target)
    with ExportReader(db, ["accepted", "proposed", "rejected"]) as reader:
        assert reader.total > 150
    outputs = []
    for env in ({PARALLEL_ROWS_ENV: str(10**9)}, {PARALLEL_ROWS_ENV: "1", PARALLEL_JOB_ROWS_ENV: "7"}):
        out = tmp_path / f"{len(outputs)}-{file}"
        result = run_cli("--db", db_target, "export", "--status", "all", "--out", str(out), *flags, cwd=tmp_path,
                         env=env)  # fmt: skip
        assert result.returncode == 0, result.stderr
        outputs.append(out.read_bytes())
    serial, parallel = outputs
    assert serial.count(b"\n") > 150
    assert parallel == serial


def _written(db: Database, fmt: str, excel: bool, workers: int, job_rows: int = 7) -> tuple[str, int, list[int]]:
    out = io.StringIO(newline="")
    advanced: list[int] = []
    with ExportReader(db, ["accepted", "proposed", "rejected"]) as reader:
        if workers:
            rows = ParallelRows(reader.jobs(job_rows), build_export_rows, workers, done=advanced.append)
            count = write_rows(out, EXPORT_COLUMNS, rows, fmt=fmt, excel=excel)
        else:
            count = write_rows(out, EXPORT_COLUMNS, reader.rows(), fmt=fmt, excel=excel)
    return out.getvalue(), count, advanced


def test_workers_build_and_format_the_rows_this_process_would_in_the_same_order(tmp_path: Path) -> None:
    db = _build(str(tmp_path / "q.db"))
    for fmt, excel in (("csv", False), ("jsonl", False), ("csv", True)):
        serial, count, _ = _written(db, fmt, excel, workers=0)
        parallel, parallel_count, advanced = _written(db, fmt, excel, workers=2)
        assert parallel == serial and parallel_count == count
        assert len(advanced) > 20 and sum(advanced) == count  # progress: one step per job, every row counted
    assert '"\'=SUMME(A1:A9) ist keine Antwort"' in _written(db, "csv", True, workers=2)[0]  # neutralised


def test_more_rows_than_the_threshold_and_more_than_one_core_use_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PARALLEL_ROWS_ENV, "100")
    cores = len(os.sched_getaffinity(0))
    assert parallel_workers(99) == 0
    assert parallel_workers(100) == (cores if cores > 1 else 0)
    monkeypatch.delenv(PARALLEL_ROWS_ENV)
    assert parallel_workers(49_999) == 0


def failing_build(job: object) -> list[tuple]:
    """A job that fails in the worker, as a bug there would."""
    raise ValueError("kaputt")


def test_a_failing_worker_ends_the_export_in_one_sentence(tmp_path: Path) -> None:
    db = _build(str(tmp_path / "q.db"), articles=8)
    with ExportReader(db, ["proposed"]) as reader, pytest.raises(QuotetoolError) as caught:
        write_rows(io.StringIO(), EXPORT_COLUMNS, ParallelRows(reader.jobs(5), failing_build, 2), fmt="csv")
    assert str(caught.value) == "A worker process of the export failed (ValueError: kaputt); the export stopped."


def test_a_worker_that_dies_ends_the_export_in_one_sentence_and_leaves_no_file(tmp_path: Path) -> None:
    db_path = tmp_path / "q.db"
    _build(str(db_path), articles=30)
    out = tmp_path / "x.csv"
    code = (
        "import os, sys, quotetool.store.queries as q\n"
        "def dying(job):\n    os._exit(3)\n"
        "q.build_export_rows = dying\n"
        "from quotetool.cli import main\n"
        "if __name__ == '__main__':\n    main(sys.argv[1:])\n"
    )
    script = tmp_path / "dying.py"
    script.write_text(code, encoding="utf-8")
    env = {**os.environ, PARALLEL_ROWS_ENV: "1", PARALLEL_JOB_ROWS_ENV: "5"}
    result = subprocess.run([sys.executable, str(script), "--db", str(db_path), "export", "--status", "all", "--out",
                             str(out)], capture_output=True, text=True, env=env, timeout=120)  # fmt: skip
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "quotetool: A worker process of the export ended unexpectedly" in result.stderr
    assert not out.exists() and not list(tmp_path.glob(".x.csv.*"))


def test_ctrl_c_stops_the_workers_and_ends_in_one_sentence(tmp_path: Path) -> None:
    db_path = tmp_path / "q.db"
    _build(str(db_path), articles=30)
    out = tmp_path / "x.csv"
    code = (
        "import sys, time, quotetool.store.queries as q\n"
        "real = q.build_export_rows\n"
        "def slow(job):\n    time.sleep(0.2)\n    return real(job)\n"
        "q.build_export_rows = slow\n"
        "from quotetool.cli import main\n"
        "if __name__ == '__main__':\n    main(sys.argv[1:])\n"
    )
    script = tmp_path / "slow.py"
    script.write_text(code, encoding="utf-8")
    env = {**os.environ, PARALLEL_ROWS_ENV: "1", PARALLEL_JOB_ROWS_ENV: "3"}
    proc = subprocess.Popen([sys.executable, str(script), "--db", str(db_path), "export", "--status", "all", "--out",
                             str(out)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)  # fmt: skip
    deadline = time.monotonic() + 60
    while not list(tmp_path.glob(".x.csv.*")) and time.monotonic() < deadline:  # the export has begun
        time.sleep(0.05)
    time.sleep(1.0)  # the workers are busy
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert "Traceback" not in stderr
    assert stderr.strip().splitlines()[-1] == "Aborted."  # (as Ctrl-C anywhere in a command)
    assert not out.exists() and not list(tmp_path.glob(".x.csv.*"))
