"""Benchmark of the review UI on a large database: start time and decision latency.

    python benchmarks/bench_ui.py [--articles 5000] [--per-article 20] [--decisions 200] [--keep DB]
    python benchmarks/bench_ui.py --db BIG.db [--decisions 200]    # an existing database (e.g. bench_queue.py build)

Builds a database of articles × proposals (default 5,000 × 20 = 100,000) with the real schema
(Database.open) and bulk rows, then measures:

- in process (Textual's headless driver): time from creating the app to the first quote on
  screen (the first interactive screen), and to the loaded queue;
- in a real terminal (tmux, when installed): time from launching `quotetool annotate --db …`
  to the first screen, and to the loaded queue (includes Python start-up and imports);
- decisions made at once, while the queue still loads (`--during-load`, one every 0.2 s), and the
  process's peak memory once the queue is loaded;
- decision latency, in process: from the `a`/`x` key event to the next proposal shown (its row
  selected, the article marked, the panel updated, the screen composed) and the decision stored, and the CPU
  time each decision took on the screen's thread and in the whole process (on a shared machine the CPU
  figures vary far less than the wall-clock ones);
- decision latency in tmux: from send-keys to the status line showing the decision, read by
  polling capture-pane (an upper bound: it adds tmux's own round trips).

`--no-tmux` leaves out the real terminal. `--db` measures on a copy of an existing database instead (never
changed itself; one of an older schema is upgraded once, before the clock starts, as the first `quotetool`
command on it would).

Goals: start < 1 s, p95 decision latency < 50 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
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

from quotetool.store import Database, get_quote
from quotetool.store.database import now

_PROSE = (
    "die Regierung hat am Montag erklärt dass sich die Lage in der Region weiter verschärfe und man alle "
    "Möglichkeiten prüfe um eine Lösung zu finden der Minister betonte zudem die Bedeutung der "
    "Zusammenarbeit mit den Partnern in Europa"
)
WORDS = _PROSE.split()
NAMES = [
    "Andrej Belousow",
    "Olaf Scholz",
    "Annalena Baerbock",
    "Wladimir Putin",
    "No Kwang Chol",
    "Ursula von der Leyen",
    "Emmanuel Macron",
    "Robert Habeck",
    "Christian Lindner",
    "Friedrich Merz",
]


def build(path: Path, articles: int, per_article: int, seed: int = 7) -> None:
    """A database with the real schema and `articles` × `per_article` proposals."""
    rng = random.Random(seed)
    db = Database.open(str(path))
    stamp = now()
    speakers = [(i + 1, f"{NAMES[i % len(NAMES)]} {i // len(NAMES) or ''}".strip(), stamp) for i in range(500)]
    docs, quotes = [], []
    qid = 0
    for d in range(1, articles + 1):
        parts, offset, spans = [], 0, []
        for _ in range(per_article):
            before = " ".join(rng.choices(WORDS, k=rng.randint(8, 20))) + ". "
            quote = " ".join(rng.choices(WORDS, k=rng.randint(6, 25)))
            after = f"“, sagte {rng.choice(NAMES)}.\n"
            parts.append(before + "„")
            offset += len(before) + 1
            spans.append((offset, offset + len(quote), quote))
            parts.append(quote + after)
            offset += len(quote) + len(after)
        text = "".join(parts)
        docs.append((d, f"Artikel {d}", f"bench/{d}.txt", f"{d:064x}", text, stamp))
        for start, end, quote in spans:
            qid += 1
            cue = end + 3
            speaker = rng.randrange(len(speakers)) + 1
            quotes.append(
                (
                    qid,
                    d,
                    start,
                    end,
                    quote,
                    "direct",
                    "sagte",
                    cue,
                    cue + 5,
                    speaker,
                    "proposed",
                    "detector",
                    "bench.rule",
                    0.9,
                    stamp,
                )
            )
    with db.raw() as conn:
        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO document (id, title, origin, content_hash, text, imported_at) VALUES (?, ?, ?, ?, ?, ?)", docs
        )
        conn.executemany(
            "INSERT INTO speaker (id, name, name_key, created_at) VALUES (?, ?, lower(?), ?)",
            [(i, n, n, s) for i, n, s in speakers],
        )
        conn.executemany(
            'INSERT INTO quote (id, document_id, start, "end", text, kind, cue, cue_start, cue_end, speaker_id, '
            "status, origin, rule, confidence, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            quotes,
        )
        conn.execute("COMMIT")
        conn.execute("ANALYZE")
    db.close()


def upgraded_copy(source: Path, target: Path) -> Path:
    """A copy of ``source`` at the current schema, and what it holds."""
    shutil.copy(source, target)
    t0 = time.perf_counter()
    db = Database.open(str(target))
    if db.upgrade is not None:
        print(
            f"upgraded the copy from schema {db.upgrade.from_version} to {db.upgrade.to_version} "
            f"in {time.perf_counter() - t0:.1f} s"
        )
        if db.upgrade.backup is not None:
            db.upgrade.backup.unlink()
    with db.raw() as conn:
        counts = "SELECT (SELECT count(*) FROM document), (SELECT count(*) FROM quote)"
        articles, quotes = conn.execute(counts).fetchone()
    db.close()
    print(f"database {source}: {articles:,} articles, {quotes:,} quotes, {target.stat().st_size / 1e6:,.0f} MB")
    return target


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


async def in_process(path: Path, decisions: int, during_load: int = 0) -> dict[str, float | list[float]]:
    from textual import events

    from quotetool.tui.app import QuotetoolApp

    db = Database.open(str(path))
    started = time.perf_counter()
    app = QuotetoolApp(db, annotator="bench", keymap={})
    out: dict[str, float | list[float]] = {}
    cpu: dict[str, list[float]] = {"main": [], "process": []}

    async def decide(i: int) -> float:
        key = "a" if i % 3 else "x"
        before = app.current
        t0, main0, process0 = time.perf_counter(), time.thread_time(), time.process_time()
        app._driver.send_message(events.Key(key, key))  # the path a real key press takes
        while app.current is before:
            # Polled every millisecond, not spun with sleep(0): a spinning loop held the GIL that the store's
            # thread needs after each SQLite call, so each decision paid up to 5 ms per hand-over.
            await asyncio.sleep(0.001)
        app.screen._compositor.render_update(full=True)  # compose what the terminal would be sent
        took = time.perf_counter() - t0
        cpu["main"].append((time.thread_time() - main0) * 1000)
        cpu["process"].append((time.process_time() - process0) * 1000)
        assert get_quote(db, before.id).status != "proposed"
        return took * 1000

    async with app.run_test(size=(120, 40)) as pilot:
        out["first_screen_s"] = time.perf_counter() - started  # mounted, first quote shown, keys accepted
        assert app.current is not None
        during = []  # an editor who starts at once: decisions while the queue loads (one every 0.2 s)
        while not app.review.model.queue.loaded and len(during) < during_load:
            during.append(await decide(len(during)))
            await asyncio.sleep(0.2)
        await app.workers.wait_for_complete()
        out["queue_loaded_s"] = time.perf_counter() - started
        out["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        if during:
            out["during_load_ms"] = during
        await pilot.pause()
        cpu["main"].clear()
        cpu["process"].clear()
        out["decision_ms"] = [await decide(i) for i in range(decisions)]
        out["decision_cpu_main_ms"], out["decision_cpu_process_ms"] = cpu["main"], cpu["process"]
    db.close()
    return out


def in_tmux(path: Path, decisions: int) -> dict[str, float | list[float]] | None:
    tmux = shutil.which("tmux")
    if tmux is None:
        return None
    sock = f"bench-{uuid.uuid4().hex[:8]}"

    def run(*args: str) -> str:
        return subprocess.run([tmux, "-L", sock, *args], capture_output=True, text=True).stdout

    command = (
        f"env -u COLUMNS -u LINES QUOTETOOL_ANNOTATOR=bench-tmux {shlex.quote(sys.executable)} -m quotetool "
        f"annotate --db {shlex.quote(str(path))}; sleep 600"
    )
    out: dict[str, float | list[float]] = {}
    started = time.perf_counter()
    run("new-session", "-d", "-x", "120", "-y", "40", command)
    try:
        first = loaded = None
        while time.perf_counter() - started < 60:
            screen = run("capture-pane", "-p")
            if first is None and "Article " in screen:
                first = time.perf_counter() - started
            if "in queue" in screen and "loading" not in screen:
                loaded = time.perf_counter() - started
                break
            time.sleep(0.005)
        out["first_screen_s"] = first or float("nan")
        out["queue_loaded_s"] = loaded or float("nan")
        latencies = []
        for i in range(decisions):
            key = "a" if i % 3 else "x"
            marker_before = run("capture-pane", "-p")
            t0 = time.perf_counter()
            run("send-keys", key)
            while True:
                screen = run("capture-pane", "-p")
                if screen != marker_before and ("Accepted quote" in screen or "Rejected quote" in screen):
                    status = [
                        ln for ln in screen.splitlines() if "quote" in ln and ("Accepted" in ln or "Rejected" in ln)
                    ]
                    if status and status[-1] not in marker_before:
                        break
                if time.perf_counter() - t0 > 5:
                    break
            latencies.append((time.perf_counter() - t0) * 1000)
        out["decision_ms"] = latencies
    finally:
        subprocess.run([tmux, "-L", sock, "kill-server"], capture_output=True)
    return out


def report(title: str, result: dict) -> None:
    print(f"\n{title}")
    print(f"  launch → first interactive screen: {result['first_screen_s'] * 1000:7.0f} ms")
    print(f"  launch → queue loaded:             {result['queue_loaded_s'] * 1000:7.0f} ms")
    if "peak_mb" in result:
        print(f"  peak memory (this process, queue loaded): {result['peak_mb']:,.0f} MB")
    if result.get("during_load_ms"):
        latencies("decision while the queue loads:   ", result["during_load_ms"])
    latencies("decision → next shown and stored: ", result["decision_ms"])
    if result.get("decision_cpu_main_ms"):
        latencies("  CPU of the screen's thread:      ", result["decision_cpu_main_ms"])
        latencies("  CPU of the process (all threads):", result["decision_cpu_process_ms"])


def latencies(title: str, lat: list[float]) -> None:
    print(
        f"  {title} p50 {statistics.median(lat):6.1f} ms   p95 {pct(lat, 95):6.1f} ms"
        f"   max {max(lat):6.1f} ms   (n={len(lat)})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--per-article", type=int, default=20)
    parser.add_argument("--decisions", type=int, default=200)
    parser.add_argument(
        "--during-load", type=int, default=20, help="decisions made at once, while the queue still loads (0: none)"
    )
    parser.add_argument("--keep", type=Path, help="build (or reuse) the database at this path")
    parser.add_argument("--db", type=Path, help="measure on a copy of this existing database; build nothing")
    parser.add_argument("--no-tmux", action="store_true", help="measure in process only")
    args = parser.parse_args()
    if args.db is not None and not args.db.is_file():
        parser.error(f"there is no database at {args.db}")
    tmp = Path(tempfile.mkdtemp(prefix="quotetool-bench-"))
    path = args.db or args.keep or tmp / "bench.db"
    try:
        if args.db is not None:
            path = upgraded_copy(args.db, tmp / "source.db")
        elif not path.exists():
            t0 = time.perf_counter()
            build(path, args.articles, args.per_article)
            print(
                f"built {args.articles:,} articles × {args.per_article} = {args.articles * args.per_article:,} "
                f"proposals in {time.perf_counter() - t0:.1f} s ({path.stat().st_size / 1e6:.0f} MB)"
            )
        copy = tmp / "in-process.db"
        shutil.copy(path, copy)
        report("in process (headless Textual)", asyncio.run(in_process(copy, args.decisions, args.during_load)))
        if args.no_tmux:
            result = None
        else:
            copy2 = tmp / "tmux.db"
            shutil.copy(path, copy2)
            result = in_tmux(copy2, min(args.decisions, 100))
        if args.no_tmux:
            pass
        elif result is None:
            print("\ntmux not installed: no real-terminal figures")
        else:
            report("real terminal (tmux, `quotetool annotate`; latency read by polling capture-pane)", result)
        print(f"\nmachine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
