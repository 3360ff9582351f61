"""Two (or more) editors on one SQLite file (or one PostgreSQL database: --db postgresql+psycopg://…): every
acknowledged decision must be in the log.

    python benchmarks/stress_concurrent.py                 # 2 writers x 5,000 decisions
    python benchmarks/stress_concurrent.py --decisions 300 --json

Each writer is a separate process using the real store: it picks a random quote, reads its
version and flips its status (accept <-> reject) with that version. When the other writer got
there first, the store refuses the stale decision (StaleQuote); the writer re-reads and retries,
as the UI does. Anything else is an unhandled error. At the end the decision log must hold
exactly the decisions each writer was told were stored, and PRAGMA integrity_check must say ok.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SENTENCE = "„Wir prüfen das Angebot sorgfältig“, sagte die Sprecherin der Stadt am {n}. Tag. "


def setup(db_path: Path | str, quotes: int) -> None:
    from quotetool.ingest import Article
    from quotetool.store import Database, add_quote, import_article

    db = Database.open(str(db_path))
    per_doc = 20
    for d in range(0, quotes, per_doc):
        text = "".join(SENTENCE.format(n=d + i) for i in range(per_doc))
        doc = import_article(db, Article(text=text, origin=f"stress-{d}.txt"), detector=lambda _t: []).document_id
        pos = 0
        for _ in range(min(per_doc, quotes - d)):
            start = text.index("Wir", pos)
            end = text.index("“", start)
            add_quote(db, doc, start, end, kind="direct", speaker="Sprecherin", annotator="setup")
            pos = end
    db.close()


def worker(db_path: Path | str, name: str, decisions: int, seed: int) -> dict:
    from quotetool.errors import QuotetoolError, StaleQuote
    from quotetool.store import Database, accept, get_quote, reject

    rng = random.Random(seed)
    db = Database.open(str(db_path))
    with db.raw() as conn:
        ids = [r[0] for r in conn.execute("SELECT id FROM quote")]
    acknowledged = conflicts = errors = 0
    latencies: list[float] = []
    messages: list[str] = []
    started = time.perf_counter()
    while acknowledged < decisions:
        qid = rng.choice(ids)
        while True:
            shown = get_quote(db, qid)
            assert shown is not None
            decide = reject if shown.status == "accepted" else accept
            t0 = time.perf_counter()
            try:
                decide(db, qid, annotator=name, version=shown.version)
            except StaleQuote:
                conflicts += 1
                continue  # the other editor was faster: look again, decide again
            except QuotetoolError as exc:  # e.g. locked: reported to the editor, nothing stored
                errors += 1
                messages.append(str(exc))
                break
            latencies.append(time.perf_counter() - t0)
            acknowledged += 1
            break
        if errors > 20:
            break
    elapsed = time.perf_counter() - started
    latencies.sort()
    return {
        "writer": name,
        "acknowledged": acknowledged,
        "conflicts_retried": conflicts,
        "errors": errors,
        "messages": messages[:5],
        "seconds": round(elapsed, 2),
        "decisions_per_s": round(acknowledged / elapsed, 1) if elapsed else 0.0,
        "p50_ms": round(statistics.median(latencies) * 1000, 2) if latencies else None,
        "p95_ms": round(latencies[int(len(latencies) * 0.95) - 1] * 1000, 2) if latencies else None,
        "max_ms": round(latencies[-1] * 1000, 2) if latencies else None,
    }


def run(decisions: int, writers: int, quotes: int, db_path: Path | str | None) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        path = db_path or Path(tmp) / "stress.db"
        setup(path, quotes)
        procs = [
            subprocess.Popen(
                [
                    sys.executable,
                    __file__,
                    "--worker",
                    f"editor{i}",
                    "--db",
                    str(path),
                    "--decisions",
                    str(decisions),
                    "--seed",
                    str(i),
                ],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for i in range(writers)
        ]
        results, crashed = [], []
        for p in procs:
            out, err = p.communicate(timeout=3600)
            if p.returncode != 0:
                crashed.append(err[-2000:])
            else:
                results.append(json.loads(out.strip().splitlines()[-1]))
        from quotetool.store import Database

        db = Database.open(str(path))
        with db.raw() as conn:
            logged = dict(conn.execute("SELECT annotator, COUNT(*) FROM decision GROUP BY annotator").fetchall())
        integrity = db.integrity_check()
        db.close()
    lost = sum(max(0, r["acknowledged"] - logged.get(r["writer"], 0)) for r in results)
    phantom = sum(max(0, logged.get(r["writer"], 0) - r["acknowledged"]) for r in results)
    return {
        "writers": results,
        "crashed_writers": crashed,
        "lost_decisions": lost,
        "unacknowledged_in_log": phantom,
        "unhandled_errors": sum(r["errors"] for r in results) + len(crashed),
        "integrity_check": integrity,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--decisions", type=int, default=5000, help="per writer")
    ap.add_argument("--writers", type=int, default=2)
    ap.add_argument("--quotes", type=int, default=200, help="few quotes make the writers collide often")
    ap.add_argument("--db", default=None, help="an SQLite file or a PostgreSQL URL [default: a temporary file]")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    ap.add_argument("--seed", type=int, default=0, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        print(json.dumps(worker(args.db, args.worker, args.decisions, args.seed)))
        return
    report = run(args.decisions, args.writers, args.quotes, args.db)
    if args.json:
        print(json.dumps(report))
    else:
        for r in report["writers"]:
            print(
                f"{r['writer']}: {r['acknowledged']} decisions in {r['seconds']} s ({r['decisions_per_s']}/s), "
                f"{r['conflicts_retried']} stale decisions refused and retried, {r['errors']} errors; "
                f"latency p50 {r['p50_ms']} ms, p95 {r['p95_ms']} ms, max {r['max_ms']} ms"
            )
        for c in report["crashed_writers"]:
            print("writer crashed:", c)
        print(
            f"lost decisions: {report['lost_decisions']}; unacknowledged in log: "
            f"{report['unacknowledged_in_log']}; unhandled errors: {report['unhandled_errors']}; "
            f"integrity_check: {report['integrity_check']}"
        )
    ok = (
        report["lost_decisions"] == 0
        and report["unhandled_errors"] == 0
        and report["unacknowledged_in_log"] == 0
        and report["integrity_check"] == "ok"
    )
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
