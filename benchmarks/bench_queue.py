"""Benchmark of the review UI's reads on a big database: queue load, filters, free-text search (index and scan),
progress counts, `stats`, and the query plans behind them.

    # a big SQLite database from a real import: the corpus imported once, its rows copied with SQL
    python benchmarks/bench_corpus.py ...  or  quotetool import corpus.jsonl --db small.db
    python benchmarks/bench_queue.py build small.db big.db --copies 12
    # the figures (an SQLite file or a PostgreSQL URL)
    python benchmarks/bench_queue.py measure big.db [--repeat 3] [--plans]
    # what step 7's indexes and search triggers cost when quotes are stored (SQLite)
    python benchmarks/bench_queue.py writes small.db

`build` copies every article and quote of ``small.db`` (made by `quotetool import`, with detection) ``--copies``
times over (new ids, new content hashes) and then decides part of the queue as editors would: the first 30 % of
the articles' quotes accepted or rejected (4:1), a quarter of the articles marked reviewed, one quote in 1,000
flagged and one in 200 commented. Copying rows is much faster than importing 100,000 articles with detection,
and the rows are the detector's. A database of an older schema stays at that version (opening it with
quotetool upgrades it; `measure` does, and says how long that took).

`measure` times each read (best of ``--repeat``) through the store's own functions, and for a free-text search
also the scan that runs without the index. ``--plans`` prints EXPLAIN QUERY PLAN (SQLite) or EXPLAIN
(PostgreSQL) of the queue's queries. Run it with an older quotetool on PYTHONPATH for the figures before a change
(the reads that version lacks are skipped).
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import sys
import time
from collections.abc import Callable
from pathlib import Path

from quotetool.store import Database, search, stats
from quotetool.store import queue as q

SEARCHES = ("ehrenamt", "Baugebiet", "nicht möglich", "Weissmann", "zuversichtlich", "sagte")


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [f'"{r[1]}"' for r in conn.execute(f"PRAGMA table_info({table})")]


def build(source: Path, target: Path, copies: int) -> None:
    shutil.copy(source, target)
    conn = sqlite3.connect(target, isolation_level=None)
    search.register(conn)  # qt_fold and qt_index_rows, which the search index's triggers call
    conn.execute("PRAGMA journal_mode = WAL")
    docs, quotes = (conn.execute(f"SELECT max(id) FROM {t}").fetchone()[0] for t in ("document", "quote"))
    dcols, qcols = _columns(conn, "document"), _columns(conn, "quote")
    started = time.perf_counter()
    for k in range(1, copies):
        conn.execute("BEGIN")
        moved = {'"id"': f"id + {k * docs}", '"content_hash"': f"content_hash || '-copy{k}'"}
        conn.execute(
            f"INSERT INTO document ({', '.join(dcols)}) SELECT {', '.join(moved.get(c, c) for c in dcols)} "
            f"FROM document WHERE id <= {docs}"
        )
        moved = {'"id"': f"id + {k * quotes}", '"document_id"': f"document_id + {k * docs}"}
        conn.execute(
            f"INSERT INTO quote ({', '.join(qcols)}) SELECT {', '.join(moved.get(c, c) for c in qcols)} "
            f"FROM quote WHERE id <= {quotes}"
        )
        conn.execute("COMMIT")
        print(f"  copy {k + 1}/{copies}: {time.perf_counter() - started:.0f} s", file=sys.stderr)
    total_docs = docs * copies
    conn.execute("BEGIN")
    conn.execute(f"""UPDATE quote SET status = CASE WHEN id % 5 = 0 THEN 'rejected' ELSE 'accepted' END,
                     annotator = 'bench', decided_at = '2026-01-01T00:00:00+00:00'
                     WHERE document_id <= {int(total_docs * 0.3)} AND status = 'proposed'""")
    conn.execute(
        "UPDATE document SET reviewed_at = '2026-01-02T00:00:00+00:00', reviewed_by = 'bench' "
        f"WHERE id % 4 = 0 AND id <= {int(total_docs * 0.3)}"
    )
    conn.execute("UPDATE quote SET flag = 'second-opinion' WHERE id % 1000 = 7")
    conn.execute("UPDATE quote SET comment = 'Quelle am Telefon bestätigt' WHERE id % 200 = 3")
    conn.execute("COMMIT")
    counts = conn.execute("SELECT (SELECT count(*) FROM document), (SELECT count(*) FROM quote)").fetchone()
    conn.close()
    print(
        f"built {target}: {counts[0]:,} articles, {counts[1]:,} quotes, {target.stat().st_size / 1e6:,.0f} MB "
        f"in {time.perf_counter() - started:.0f} s"
    )


def timed(fn: Callable[[], object], repeat: int) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - t0)
    return best, result


def _size(result: object) -> str:
    if isinstance(result, list):
        return f"{len(result):,} rows"
    if isinstance(result, q.Progress):
        return f"{result.decided:,}/{result.total:,}"
    return "" if result is None else str(result)[:40]


def _scan_only(fn: Callable[[], object]) -> Callable[[], object]:
    """The same read with the search index ignored: the scan as before step 7 (and where FTS5 is missing)."""
    from quotetool.store import search

    def run() -> object:
        saved = search.has_index
        search.has_index = lambda _conn: False  # type: ignore[assignment]
        try:
            return fn()
        finally:
            search.has_index = saved  # type: ignore[assignment]

    return run


def reads(db: Database) -> list[tuple[str, Callable[[], object]]]:
    first = q.first_quote(db) or 1
    key = next(iter(q.load_queue(db, q.QueueFilter(document_id=q.document_ids(db)[len(q.document_ids(db)) // 2]))))
    out: list[tuple[str, Callable[[], object]]] = [
        ("first undecided quote", lambda: q.first_quote(db)),
        ("first quote", lambda: q.first_quote(db, undecided=False)),
        ("next quote", lambda: q.neighbour(db, key.key)),
        ("next undecided quote", lambda: q.neighbour(db, key.key, undecided=True)),
        ("previous undecided quote", lambda: q.neighbour(db, key.key, forward=False, undecided=True)),
        ("progress (all)", lambda: q.progress(db)),
        ("progress (one article)", lambda: q.progress(db, key.document_id)),
        ("reviewed articles", lambda: q.reviewed_articles(db)),
        ("article position", lambda: q.document_position(db, key.document_id)),
        ("queue: everything", lambda: q.load_queue(db)),
        ("queue: status:proposed", lambda: q.load_queue(db, q.QueueFilter(statuses=("proposed",)))),
        ("queue: status:accepted", lambda: q.load_queue(db, q.QueueFilter(statuses=("accepted",)))),
        ("queue: doc:N", lambda: q.load_queue(db, q.QueueFilter(document_id=key.document_id))),
        ("queue: speaker:krüger", lambda: q.load_queue(db, q.QueueFilter(speaker="krüger"))),
        ("queue: reviewed:yes", lambda: q.load_queue(db, q.QueueFilter(reviewed=True))),
        ("queue: flag:any", lambda: q.load_queue(db, q.QueueFilter(flag="any"))),
        ("queue: comment:telefon", lambda: q.load_queue(db, q.QueueFilter(comment="telefon"))),
        ("matches (one quote, text)", lambda: q.matches(db, q.QueueFilter(text="klima"), first)),
    ]
    for words in SEARCHES:
        flt = q.QueueFilter(text=words)
        out.append((f"queue: {words!r}", lambda flt=flt: q.load_queue(db, flt)))
        if hasattr(q, "_text_condition"):  # (a quotetool with the search index: the scan for comparison)
            out.append((f"queue: {words!r} (scan)", _scan_only(lambda flt=flt: q.load_queue(db, flt))))
    out.append(("stats", lambda: stats(db)))
    return out


def plans(db: Database) -> None:
    if not hasattr(q, "_text_condition"):
        return
    sqlite = db.dialect == "sqlite"
    with db.raw() as conn:
        for flt in (
            q.QueueFilter(),
            q.QueueFilter(statuses=("proposed",)),
            q.QueueFilter(text="klima"),
            q.QueueFilter(speaker="krüger"),
            q.QueueFilter(reviewed=True),
            q.QueueFilter(flag="any"),
            q.QueueFilter(comment="telefon"),
        ):
            where, args = q._where(conn, flt)
            sql = q._ROW_SQL.format(where=where)
            explain = "EXPLAIN QUERY PLAN " if sqlite else "EXPLAIN "
            print(f"\n{flt}")
            for row in conn.execute(explain + sql, args):
                print("   ", row[-1])


def measure(target: str, repeat: int, show_plans: bool, only: list[str]) -> None:
    t0 = time.perf_counter()
    db = Database.open(target)
    opened = time.perf_counter() - t0
    upgrade = getattr(db, "upgrade", None)
    print(
        f"opened {target} in {opened:.2f} s"
        + (f" (upgraded {upgrade.from_version} → {upgrade.to_version})" if upgrade else "")
    )
    try:
        for name, fn in reads(db):
            if only and not any(part in name for part in only):
                continue
            seconds, result = timed(fn, repeat)
            print(f"  {name:<36} {seconds * 1000:9.1f} ms   {_size(result)}")
        if show_plans:
            plans(db)
    finally:
        db.close()


def writes(source: Path) -> None:
    """CPU time to store the source's articles and quotes (in batches of 1,000 quotes, as an import does) into a
    new database at schema 6 and at the current schema: what step 7 adds to every stored quote."""
    import tempfile

    from quotetool.store import migrations

    with tempfile.TemporaryDirectory() as tmp:
        for version in (6, migrations.CURRENT_VERSION):
            conn = sqlite3.connect(Path(tmp) / f"v{version}.db", isolation_level=None)
            migrations.upgrade(conn, target=version)
            search.register(conn)
            conn.execute("ATTACH DATABASE ? AS src", (str(source),))
            # (step 7 adds no column: the rows of a database at schema 6 or later fit as they are)
            conn.execute("INSERT INTO main.document SELECT * FROM src.document")
            conn.execute(
                "INSERT INTO main.speaker (id, name, name_key, created_at) "
                "SELECT id, name, name_key, created_at FROM src.speaker"
            )
            last, n = conn.execute("SELECT max(id), count(*) FROM src.quote").fetchone()
            t0 = time.process_time()
            for start in range(0, last, 1000):
                conn.execute("BEGIN")
                conn.execute(
                    f"INSERT INTO main.quote SELECT * FROM src.quote WHERE id > {start} AND id <= {start + 1000}"
                )
                conn.execute("COMMIT")
            cpu = time.process_time() - t0
            conn.close()
            print(f"schema {version}: {n:,} quotes stored in {cpu:.1f} s CPU, {cpu / n * 1e6:.0f} µs per quote")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="copy an imported database's rows into a big one")
    b.add_argument("source", type=Path)
    b.add_argument("target", type=Path)
    b.add_argument("--copies", type=int, default=10)
    w = sub.add_parser("writes", help="CPU time of storing quotes at schema 6 and now")
    w.add_argument("source", type=Path)
    m = sub.add_parser("measure", help="time the UI's reads")
    m.add_argument("target")
    m.add_argument("--repeat", type=int, default=3)
    m.add_argument("--plans", action="store_true")
    m.add_argument("--only", action="append", default=[], help="only the reads whose name holds this (repeatable)")
    args = parser.parse_args()
    if args.command == "build":
        build(args.source, args.target, args.copies)
    elif args.command == "writes":
        writes(args.source)
    else:
        measure(args.target, args.repeat, args.plans, args.only)


if __name__ == "__main__":
    main()
