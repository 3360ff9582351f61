"""The review queue in its two orders (by article; least confident first) on a large database.

    python benchmarks/bench_queue_order.py                   # 20,000 articles, 5 proposals each: 100,000 quotes
    python benchmarks/bench_queue_order.py --articles 2000
    python benchmarks/bench_queue_order.py --pg-url postgresql+psycopg://me@host/bench   # an empty database

Builds an SQLite file (or fills the PostgreSQL database given) with generated articles whose proposals have
deterministic pseudo-random confidences (stored through store_articles, without running the detector), then
times, in each order, what the review UI asks of the store: the first undecided quote (first_quote: the
first screen), the whole queue (load_queue: the worker's load, also with a filter), and next/previous
while the queue is still loading (neighbour: 200 steps). It prints one table; nothing is asserted.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from quotetool.detect import Kind, Proposal
from quotetool.ingest import Article
from quotetool.prepared import Prepared, content_hash
from quotetool.queue_order import QUEUE_ORDERS, order_key
from quotetool.store import Database, store_articles
from quotetool.store import queue as q

SENTENCE = "Der Sprecher Nummer {i} sagte, die Lage in Ort {a} sei unter Kontrolle. "


def _articles(n: int, per: int, seed: int) -> Iterator[Prepared]:
    rng = random.Random(seed)
    for a in range(n):
        text = "".join(SENTENCE.format(i=i, a=a) for i in range(per))
        proposals = []
        for i in range(per):
            words = f"die Lage in Ort {a} sei unter Kontrolle"
            start = text.index(words, text.index(f"Nummer {i} "))
            proposals.append(
                Proposal(start=start, end=start + len(words), quote=words, kind=Kind.INDIRECT, rule="bench",
                         confidence=round(rng.random(), 3))
            )  # fmt: skip
        yield Prepared(Article(text=text, origin=f"bench/{a}.txt"), content_hash(text), proposals)


def _best(fn: Callable[[], object], repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - started)
    return best


def measure(db: Database) -> list[tuple[str, str, float]]:
    out = []
    for order in QUEUE_ORDERS:
        rows = q.load_queue(db, order=order)
        middle = rows[len(rows) // 2]
        by_id = {r.id: r for r in rows}

        def step(order=order, middle=middle, by_id=by_id) -> None:
            key = order_key(middle, order)
            for _ in range(200):
                found = q.neighbour(db, key, forward=True, order=order)
                if found is None:
                    return
                key = order_key(by_id[found], order)

        out.append((order, "first_quote (first screen)", _best(lambda o=order: q.first_quote(db, order=o))))
        out.append((order, "load_queue (all rows)", _best(lambda o=order: q.load_queue(db, order=o))))
        flt = q.QueueFilter(statuses=("proposed",), kind="indirect")
        out.append((order, "load_queue (filtered)", _best(lambda o=order, f=flt: q.load_queue(db, f, order=o))))
        out.append((order, "neighbour x 200 (queue loading)", _best(step, repeat=1)))
    return out


def _report(db: Database, title: str) -> None:
    print(f"\n{title}\n{'order':<10} {'what':<34} {'seconds':>9}")
    for order, what, seconds in measure(db):
        print(f"{order:<10} {what:<34} {seconds:>9.4f}")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=20_000)
    ap.add_argument("--per", type=int, default=5, help="proposals per article")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--pg-url", help="an empty PostgreSQL database to fill and measure instead of an SQLite file")
    ap.add_argument(
        "--then-sql",
        action="append",
        default=[],
        metavar="SQL",
        help="measure again after this statement (repeatable), e.g. a candidate index: "
        "'CREATE INDEX ix ON quote (coalesce(confidence, 2.0), document_id, start, id)'",
    )
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        db = Database.open(args.pg_url or str(Path(scratch) / "bench.db"))
        try:
            started = time.perf_counter()
            for _ in store_articles(db, _articles(args.articles, args.per, args.seed)):
                pass
            built = time.perf_counter() - started
            quotes = q.progress(db).total
            print(f"{quotes:,} quotes in {args.articles:,} articles, stored in {built:.1f} s")
            _report(db, "the schema as migrated")
            for sql in args.then_sql:
                with db.raw() as conn:
                    conn.execute(sql)
                    conn.execute("ANALYZE")
                _report(db, f"after {sql}")
        finally:
            db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
