"""Export speed and memory: does `quotetool export` stay flat from 100,000 to 1,000,000 quotes?

    python benchmarks/bench_export.py            # 100k and 1M accepted quotes
    python benchmarks/bench_export.py --quick    # 10k and 100k
    python benchmarks/bench_export.py --serial   # each export also in one process (no worker processes)

Each size is exported as CSV (the goal: 1,000,000 rows in under 15 s, under 200 MB), as JSONL and with
--excel. From 50,000 rows on an export runs in worker processes (one per core); their CPU time is printed
as well as the export process's, and the peak memory of them all together (proportional set sizes,
sampled). The CPU time varies far less than the wall time on a machine shared with other work.

Builds each database with plain SQL inserts (fast), then runs the real `quotetool export` in a
child process and reports rows/s and the child's peak resident memory.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from quotetool.store import Database, search

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_corpus import process_tree, pss_kib

TEXT = (
    "„Wir werden die Brücke im Frühjahr sanieren“, sagte die Bürgermeisterin am Montag im Rathaus. "
    "Die Kosten seien noch nicht absehbar, hieß es aus der Verwaltung. "
) * 5


def build(path: Path, quotes: int, per_doc: int = 20) -> None:
    Database.open(str(path)).close()  # the real schema, at the current version
    conn = sqlite3.connect(path)
    search.register(conn)  # qt_fold and qt_index_rows, which the search index's triggers call
    conn.execute(
        "INSERT INTO speaker (id, name, name_key, created_at) VALUES (1, 'Bürgermeisterin', "
        "'burgermeisterin', '2026-01-01')"
    )
    docs = (quotes + per_doc - 1) // per_doc
    conn.executemany(
        "INSERT INTO document (id, title, origin, content_hash, text, imported_at) VALUES (?, ?, ?, ?, ?, ?)",
        ((d, f"Artikel {d}", f"a{d}.txt", f"h{d}", TEXT, "2026-01-01") for d in range(1, docs + 1)),
    )
    start, end = 1, TEXT.index("“")
    conn.executemany(
        'INSERT INTO quote (document_id, start, "end", text, kind, speaker_id, status, origin, annotator, '
        "decided_at, created_at) VALUES (?, ?, ?, ?, 'direct', 1, 'accepted', 'detector', 'bench', "
        "'2026-01-01T00:00:00+00:00', '2026-01-01')",
        ((1 + i // per_doc, start, end, TEXT[start:end]) for i in range(quotes)),
    )
    conn.commit()
    conn.close()


def export(
    path: Path, out: Path, *args: str, env: dict[str, str] | None = None
) -> tuple[float, float, float, float, float]:
    """Wall time, peak memory (MiB) and CPU time of one export process; the peak memory of it and its workers
    together, and the workers' CPU time (they are forked by multiprocessing's fork server, which is stopped
    first so that their time is counted). The CPU time says more on a loaded machine."""
    code = (
        "import resource, sys; from quotetool.cli import main\n"
        "try:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
        "from multiprocessing import forkserver\n"
        "forkserver._forkserver._stop()  # (waits for the server, which has waited for the workers)\n"
        "r = resource.getrusage(resource.RUSAGE_SELF)\n"
        "c = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "print(r.ru_maxrss, r.ru_utime + r.ru_stime, c.ru_maxrss, c.ru_utime + c.ru_stime)\n"
    )
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", code, "--db", str(path), "export", "--out", str(out), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, **(env or {})},
    )
    together = _TreeMemory(proc.pid)
    stdout, stderr = proc.communicate()
    elapsed = time.perf_counter() - t0
    together.stop()
    if proc.returncode:
        raise SystemExit(f"the export failed: {stderr}")
    peak_kib, cpu, _, worker_cpu = stdout.strip().splitlines()[-1].split()
    return elapsed, int(peak_kib) / 1024, float(cpu), together.peak / 1024, float(worker_cpu)  # (KiB on Linux)


class _TreeMemory:
    """The largest sum, sampled ten times a second, of the proportional set sizes (shared pages shared out) of a
    process and its descendants (the fork server and the workers): the memory the export takes on the machine.
    (A child's ru_maxrss would not do: Linux keeps the high-water mark across exec, so the fork server, forked
    from the export process and then exec'd, reports the export process's size at that moment.)"""

    def __init__(self, pid: int) -> None:
        self._pid, self.peak, self._done = pid, 0, threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._done.set()
        self._thread.join()

    def _watch(self) -> None:
        while not self._done.wait(0.1):
            self.peak = max(self.peak, sum(pss_kib(pid) for pid in process_tree(self._pid)))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--serial", action="store_true", help="also export in one process, for comparison")
    ap.add_argument("--only-csv", action="store_true")
    args = ap.parse_args()
    ways = [("default", {})]
    if args.serial:
        ways.append(("serial", {"QUOTETOOL_PARALLEL_EXPORT_ROWS": str(10**12)}))
    sizes = (10_000, 100_000) if args.quick else (100_000, 1_000_000)
    only_csv = args.only_csv
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            db_path = Path(tmp) / f"{n}.db"
            t0 = time.perf_counter()
            build(db_path, n)
            built = time.perf_counter() - t0
            print(f"{n:>9,} quotes: built in {built:5.1f} s")
            formats = (("CSV", f"{n}.csv", ()), ("JSONL", f"{n}.jsonl", ()), ("--excel", f"{n}.x.csv", ("--excel",)))
            for label, name, args in formats[:1] if only_csv else formats:
                for way, env in ways:
                    elapsed, peak_mib, cpu, worker_peak, worker_cpu = export(db_path, Path(tmp) / name, *args, env=env)
                    size_mib = (Path(tmp) / name).stat().st_size / 2**20
                    print(
                        f"    export {label:<7} {way:<8} {elapsed:5.1f} s ({n / elapsed:,.0f} rows/s, CPU {cpu:5.1f} s "
                        f"+ workers {worker_cpu:5.1f} s, {size_mib:,.0f} MiB), peak memory {peak_mib:,.0f} MiB "
                        f"(with its workers {worker_peak:,.0f} MiB)",
                        flush=True,
                    )
                (Path(tmp) / name).unlink()


if __name__ == "__main__":
    main()
