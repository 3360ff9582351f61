"""Benchmark of start-up: the CLI's import, and `quotetool annotate` from launch to the first quote on screen.

    python benchmarks/bench_startup.py --db BIG.db [--runs 5]

Run it with the Python of the install to measure (a venv with `pip install .`), from a folder outside the
source tree, so that `-m quotetool` finds the installed package. For each run it measures

- `python -c "import quotetool.cli"` and `quotetool --help`: wall and CPU time (user + system) of the process;
- `quotetool annotate --db COPY` in a real terminal (tmux, 120 × 40): wall time from launch to the first quote
  on screen, and the CPU time the process had used by then (read from /proc), which varies far less than the
  wall time on a shared machine.

The database is copied once and never changed (nothing is decided). Goal: first screen < 1 s.
"""

from __future__ import annotations

import argparse
import os
import resource
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

TICKS = os.sysconf("SC_CLK_TCK")


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(argv: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds of one run of ``argv``."""
    cpu0, t0 = _children_cpu(), time.perf_counter()
    subprocess.run(argv, check=True, capture_output=True)
    return time.perf_counter() - t0, _children_cpu() - cpu0


def _process_cpu(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS  # utime, stime (fields 14 and 15 of stat)


def first_screen(tmux: str, db: Path) -> tuple[float, float]:
    """Launch → the first quote on screen in tmux: wall seconds, and the CPU seconds the process had used."""
    sock = f"startup-{uuid.uuid4().hex[:8]}"

    def run(*args: str) -> str:
        return subprocess.run([tmux, "-L", sock, *args], capture_output=True, text=True).stdout

    command = (
        f"exec env -u COLUMNS -u LINES QUOTETOOL_ANNOTATOR=bench {shlex.quote(sys.executable)} -m quotetool "
        f"annotate --db {shlex.quote(str(db))}"
    )
    started = time.perf_counter()
    run("new-session", "-d", "-x", "120", "-y", "40", command)
    try:
        pid = int(run("display-message", "-p", "#{pane_pid}").strip())
        while time.perf_counter() - started < 60:
            if "Article " in run("capture-pane", "-p"):
                return time.perf_counter() - started, _process_cpu(pid)
            time.sleep(0.005)
        raise SystemExit("the first screen did not appear within 60 s")
    finally:
        subprocess.run([tmux, "-L", sock, "kill-server"], capture_output=True)


def show(title: str, runs: list[tuple[float, float]]) -> None:
    walls, cpus = [w * 1000 for w, _ in runs], [c * 1000 for _, c in runs]
    print(
        f"  {title:<44} wall median {statistics.median(walls):6.0f} ms (min {min(walls):5.0f})   "
        f"CPU median {statistics.median(cpus):6.0f} ms (min {min(cpus):5.0f})   n={len(runs)}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True, help="an existing database (copied, never changed)")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if not args.db.is_file():
        parser.error(f"there is no database at {args.db}")
    python = sys.executable
    tmp = Path(tempfile.mkdtemp(prefix="quotetool-startup-"))
    try:
        copy = tmp / "startup.db"
        shutil.copy(args.db, copy)
        subprocess.run([python, "-m", "quotetool", "stats", "--db", str(copy)], check=True, capture_output=True)
        print(f"python {python}; database {args.db} ({copy.stat().st_size / 1e6:,.0f} MB)")
        show(
            "python -c 'import quotetool.cli'",
            [timed([python, "-c", "import quotetool.cli"]) for _ in range(args.runs)],
        )
        show("quotetool --help", [timed([python, "-m", "quotetool", "--help"]) for _ in range(args.runs)])
        tmux = shutil.which("tmux")
        if tmux is None:
            print("  tmux not installed: no first-screen figures")
        else:
            show("annotate: launch → first quote (tmux)", [first_screen(tmux, copy) for _ in range(args.runs)])
        print(
            f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}, Python {sys.version.split()[0]}"
        )
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
