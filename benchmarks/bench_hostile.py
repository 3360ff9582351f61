"""Peak memory and write-lock time of hostile-sized imports (issue 15, item 10; goals: < 300 MB, < 1 s).

Generates in a temporary folder (1) a JSONL file of 1,000,000 short articles (~150 MB) and (2) one
article of 50 MB on a single line, imports each with the installed `quotetool` in a child process,
and prints:

- the peak resident memory of the import (the largest of its processes: ru_maxrss of the children
  of a wrapper process that runs only that import), and
- the longest time another writer had to wait for the write lock during it: a second process
  tries `BEGIN IMMEDIATE` every 20 ms and records how long each attempt waited (this is what an
  editor deciding at the same time would feel; it is at least as long as the longest transaction).

    python benchmarks/bench_hostile.py                  # both inputs, with detection
    python benchmarks/bench_hostile.py --lines 200000   # a smaller JSONL
    python benchmarks/bench_hostile.py --no-detect      # storage only
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

NAMES = ["Anna Berg", "Otto Wendt", "Eva Kern", "Paul Ober", "Jana Lind", "Karl Huber", "Lea Stein"]
CUES = ["sagte", "erklärte", "betonte", "meinte"]

_WRAPPER = (
    "import resource, subprocess, sys\n"
    "rc = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE).returncode\n"
    "print(rc, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
)


def sentence(rng: random.Random, i: int) -> str:
    return (
        f"„Wir brauchen {i} neue Wohnungen in der Stadt“, {rng.choice(CUES)} {rng.choice(NAMES)} am Montag. "
        "Die Opposition hält das Vorhaben für zu teuer. "
    )


def write_jsonl(path: Path, lines: int) -> None:
    rng = random.Random(1)
    with path.open("w", encoding="utf-8") as f:
        for i in range(lines):
            f.write(json.dumps({"id": i, "title": f"Meldung {i}", "text": sentence(rng, i)}, ensure_ascii=False))
            f.write("\n")


def write_single_line(path: Path, megabytes: int) -> None:
    rng = random.Random(2)
    target = megabytes * 1024 * 1024
    written = 0
    with path.open("w", encoding="utf-8") as f:
        i = 0
        while written < target:
            chunk = "".join(sentence(rng, i + k) for k in range(1000))
            f.write(chunk)
            written += len(chunk.encode("utf-8"))
            i += 1000


def probe(db_file: str, stop, result) -> None:  # a second writer, in its own process
    longest = 0.0
    while not stop.is_set():
        try:
            conn = sqlite3.connect(db_file, timeout=60, isolation_level=None)
            began = time.perf_counter()
            conn.execute("BEGIN IMMEDIATE")
            longest = max(longest, time.perf_counter() - began)
            conn.execute("ROLLBACK")
            conn.close()
        except sqlite3.Error:
            pass
        time.sleep(0.02)
    result.value = longest


def run(label: str, source: Path, work: Path, detect: bool) -> None:
    db_file = work / f"{label}.db"
    from quotetool.store import Database

    Database.open(str(db_file)).close()  # the schema exists before the prober starts
    stop, longest = mp.Event(), mp.Value("d", 0.0)
    prober = mp.Process(target=probe, args=(str(db_file), stop, longest))
    prober.start()
    command = [_quotetool(), "--db", str(db_file), "import", str(source), *([] if detect else ["--no-detect"])]
    began = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", _WRAPPER, *command], capture_output=True, text=True)
    seconds = time.perf_counter() - began
    stop.set()
    prober.join()
    rc, maxrss_kb = out.stdout.split()
    with sqlite3.connect(db_file) as conn:
        documents = conn.execute("SELECT count(*) FROM document").fetchone()[0]
        quotes = conn.execute("SELECT count(*) FROM quote").fetchone()[0]
    size_mb = source.stat().st_size / 2**20
    print(
        f"{label:<28} {size_mb:7.1f} MB  exit {rc}  {documents:>9,} documents  {quotes:>9,} quotes  "
        f"{seconds:7.1f} s  {documents / seconds:8.0f} articles/s  peak {int(maxrss_kb) / 1024:6.0f} MB  "
        f"longest lock wait {longest.value:5.2f} s",
        flush=True,
    )


def _quotetool() -> str:
    """The quotetool of the Python that runs this benchmark (its venv's), else the one on PATH."""
    beside = Path(sys.executable).with_name("quotetool")
    return str(beside) if beside.exists() else "quotetool"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lines", type=int, default=1_000_000, help="lines of the JSONL input")
    parser.add_argument("--megabytes", type=int, default=50, help="size of the single-line article")
    parser.add_argument("--no-detect", action="store_true", help="import without the detector")
    args = parser.parse_args()
    if not Path(_quotetool()).exists() and shutil.which("quotetool") is None:
        sys.exit("quotetool is not installed in this environment")
    work = Path(tempfile.mkdtemp(prefix="bench-hostile-"))
    try:
        jsonl, single = work / "lines.jsonl", work / "single-line.txt"
        write_jsonl(jsonl, args.lines)
        write_single_line(single, args.megabytes)
        detect = not args.no_detect
        print(f"detector {'on' if detect else 'off'}; goals: peak < 300 MB, longest lock wait < 1 s")
        run(f"{args.lines:,}-line JSONL", jsonl, work, detect)
        run(f"{args.megabytes} MB single-line article", single, work, detect)
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
