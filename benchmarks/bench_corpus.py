"""A newsroom's archive: import, export, database size and the UI's queue load from 1,000 to 100,000 articles.

    python benchmarks/bench_corpus.py                        # 1k, 10k and 100k articles (100k: about 350 MB)
    python benchmarks/bench_corpus.py --sizes 1000,10000
    python benchmarks/bench_corpus.py --quick                # 200 and 1,000
    python benchmarks/bench_corpus.py --pg-url postgresql+psycopg://me@host/bench   # also on a server

For each size, a German news corpus is generated from our own templates (benchmarks/corpus_gen.py,
about 3.5 KB an article; deterministic with --seed) as .txt files in folders of 1,000 (or one JSONL
file with --jsonl), and then measured with the quotetool installed next to this Python:

- `quotetool import CORPUS --db …` with detection, in a child process: wall time, articles/s, MB/s
  and peak memory (the larger of the child's own peak, from wait4, and the peak sum of proportional
  memory over the child and any worker processes it starts, sampled from /proc); its CPU time (user +
  system, over the child and its workers, sampled from /proc; "main": the child alone, the one writer),
  and "CPU-bound": that CPU time over the cores, the wall time an otherwise idle machine would need if the
  work spread over all cores (on a shared machine the wall time says more about the others' load);
- `quotetool export --status all --out x.csv`: wall time, rows/s, peak memory;
- the database's size on disk (the SQLite file and its -wal);
- the UI's start, in this process, with the store functions the review UI calls: the first undecided
  quote (first_quote + get_quote: the first screen) and the whole queue with its progress counts
  (load_queue + progress: the queue the UI loads in a worker);
- `quotetool stats`: wall time.

One table at the end shows each figure per size and its growth factor from the size before: with
articles growing tenfold, a time growing by no more than ×10 (a rate holding at ×1.0) is no worse than
linear. Goal (issue 11): 100,000 articles imported in under 3 minutes on SQLite on 2 cores.

--pg-url runs the same commands with `--db URL` against a PostgreSQL server (a `{n}` in the URL is
replaced by the size, for one empty database per size; otherwise the sizes share one database). If
the command line refuses the URL, the server run is skipped and the reason printed.
Data goes to a temporary directory (or --workdir) and is removed at the end unless --keep.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import regex

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus_gen

CHUNK = 1000  # articles per folder and per generator task
MIB = 2**20


# --- the corpus ----------------------------------------------------------------------------------------


def _write_chunk(folder: str, seed: int, start: int, count: int) -> int:
    """Generate articles start..start+count-1 into folder/NNNN/; returns the bytes written."""
    total = 0
    made: set[str] = set()
    for name, text in corpus_gen.generate(count, seed, start=start):
        data = text.encode("utf-8")
        path = os.path.join(folder, name)
        parent = os.path.dirname(path)
        if parent not in made:
            os.makedirs(parent, exist_ok=True)
            made.add(parent)
        with open(path, "wb") as fh:
            fh.write(data)
        total += len(data)
    return total


def _jsonl_chunk(seed: int, start: int, count: int) -> bytes:
    lines = (
        json.dumps({"id": name, "text": text}, ensure_ascii=False)
        for name, text in corpus_gen.generate(count, seed, start=start)
    )
    return ("\n".join(lines) + "\n").encode("utf-8")


def write_corpus(target: Path, n: int, seed: int, *, jsonl: bool, jobs: int) -> int:
    """The first n articles of the corpus `seed` as folders of .txt files (or one .jsonl); returns bytes."""
    chunks = [(start, min(CHUNK, n - start)) for start in range(0, n, CHUNK)]
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        if not jsonl:
            return sum(pool.map(_write_chunk, *zip(*((str(target), seed, s, c) for s, c in chunks), strict=True)))
        total = 0
        with open(target, "wb") as out:
            for data in pool.map(_jsonl_chunk, *zip(*((seed, s, c) for s, c in chunks), strict=True)):
                out.write(data)
                total += len(data)
        return total


# --- running the command line ----------------------------------------------------------------------------


@dataclass
class Run:
    seconds: float
    peak_mib: float
    returncode: int
    stdout: str
    stderr: str
    cpu_s: float = 0.0  # user + system time of the whole process tree (workers too)
    main_cpu_s: float = 0.0  # of the command's own process (the import's one writer)


def _children() -> dict[int, list[int]]:
    kids: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as fh:
                stat = fh.read()
        except OSError:
            continue
        ppid = int(stat[stat.rindex(b")") + 2 :].split()[1])  # the name in (…) may hold spaces
        kids.setdefault(ppid, []).append(int(entry.name))
    return kids


def process_tree(root: int) -> list[int]:
    """root and its descendants, as /proc shows them now."""
    kids, tree, i = _children(), [root], 0
    while i < len(tree):
        tree.extend(kids.get(tree[i], ()))
        i += 1
    return tree


def pss_kib(pid: int) -> int:
    """Proportional set size (shared pages split among the processes sharing them), else RSS."""
    for path, key in ((f"/proc/{pid}/smaps_rollup", "Pss:"), (f"/proc/{pid}/status", "VmRSS:")):
        try:
            with open(path) as fh:
                for line in fh:
                    if line.startswith(key):
                        return int(line.split()[1])
        except OSError:
            continue
    return 0


def _cpu_ticks(pid: int) -> int | None:
    """User + system time of one process so far, in clock ticks."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            fields = fh.read().rsplit(b")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return int(fields[11]) + int(fields[12])


def _sample_tree(root: int, stop: threading.Event, peak: list[int], cpu: dict[int, int]) -> None:
    """peak[0]: the largest sum of PSS over root and its descendants seen, every 0.2 s; cpu: each one's CPU
    ticks when last seen (a process's last 0.2 s at most are missed)."""
    while not stop.wait(0.2):
        tree = process_tree(root)
        peak[0] = max(peak[0], sum(pss_kib(pid) for pid in tree))
        for pid in tree:
            if (ticks := _cpu_ticks(pid)) is not None:
                cpu[pid] = max(cpu.get(pid, 0), ticks)


def run(cmd: Sequence[str], scratch: Path) -> Run:
    """Run cmd, timing it and measuring the peak memory of its process tree."""
    env = {k: v for k, v in os.environ.items() if k != "QUOTETOOL_DB"}
    env["QUOTETOOL_ANNOTATOR"] = "bench"
    out_path, err_path = scratch / "stdout.txt", scratch / "stderr.txt"
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(list(cmd), stdout=out, stderr=err, stdin=subprocess.DEVNULL, env=env)
        stop, peak, cpu = threading.Event(), [0], dict[int, int]()
        sampler = threading.Thread(target=_sample_tree, args=(proc.pid, stop, peak, cpu), daemon=True)
        sampler.start()
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - t0
        stop.set()
        sampler.join()
    proc.returncode = os.waitstatus_to_exitcode(status)  # wait4 reaped it; tell Popen
    peak_mib = max(usage.ru_maxrss, peak[0]) / 1024  # both in KiB
    tick = os.sysconf("SC_CLK_TCK")
    main = usage.ru_utime + usage.ru_stime  # with the children it waited for
    others = sum(ticks for pid, ticks in cpu.items() if pid != proc.pid) / tick
    own = cpu.get(proc.pid, 0) / tick
    return Run(
        seconds, peak_mib, proc.returncode, out_path.read_text(errors="replace"), err_path.read_text(errors="replace"),
        cpu_s=max(main, own + others), main_cpu_s=own,
    )  # fmt: skip


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def quotetool_command() -> list[str]:
    """The quotetool installed with this Python (the console script, as a user runs it)."""
    script = Path(sys.executable).parent / "quotetool"
    if script.exists():
        return [str(script)]
    found = shutil.which("quotetool")
    return [found] if found else [sys.executable, "-m", "quotetool"]


# --- one size on one database ------------------------------------------------------------------------------


@dataclass
class Figures:
    """What one size measured on one database; None where it could not be measured."""

    values: dict[str, float | None] = field(default_factory=dict)
    skipped: str | None = None


def _last_int(pattern: str, text: str) -> int | None:
    found = regex.findall(pattern, text, flags=regex.MULTILINE)
    return int(found[-1].replace(",", "")) if found else None


def _refusal(result: Run) -> str:
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    return _redact(lines[-1]) if lines else f"exit status {result.returncode}"  # it may repeat the URL


def db_size_mib(target: str) -> float | None:
    path = Path(target)
    if "://" in target or not path.exists():
        return None
    wal = path.with_name(path.name + "-wal")
    return (path.stat().st_size + (wal.stat().st_size if wal.exists() else 0)) / MIB


def queue_load(target: str) -> tuple[float, float, int]:
    """(seconds to the first quote, seconds to the whole queue and its counts, rows), as the UI reads them."""
    from quotetool.store import Database, get_quote
    from quotetool.store import queue as q

    db = Database.open(target)
    try:
        t0 = time.perf_counter()
        first = q.first_quote(db, undecided=True) or q.first_quote(db, undecided=False)
        if first is not None:
            get_quote(db, first)
        t1 = time.perf_counter()
        rows = q.load_queue(db, q.QueueFilter())
        q.progress(db)
        t2 = time.perf_counter()
    finally:
        db.close()
    return t1 - t0, t2 - t1, len(rows)


def measure(
    cli: list[str],
    corpus: Path,
    target: str,
    corpus_mb: float,
    n: int,
    scratch: Path,
    import_args: list[str],
    *,
    only_import: bool = False,
) -> Figures:
    """Import, stats, export, size and queue load of one corpus into one database."""
    fig = Figures()
    v = fig.values
    imp = run([*cli, "import", str(corpus), "--db", target, *import_args], scratch)
    imported = _last_int(r"(\d[\d,]*) imported", imp.stderr)
    if imp.returncode != 0 and not imported:
        fig.skipped = _refusal(imp)
        return fig
    v.update(
        {
            "import s": imp.seconds,
            "import articles/s": n / imp.seconds,
            "import MB/s": corpus_mb / imp.seconds,
            "import peak MiB": imp.peak_mib,
            "import CPU s": imp.cpu_s,
            "import main CPU s": imp.main_cpu_s,
            "import s, CPU-bound": imp.cpu_s / _cores(),
            "articles stored": imported,
            "proposals": _last_int(r"\((\d[\d,]*) proposals\)", imp.stderr),
        }
    )
    if only_import:
        return fig
    st = run([*cli, "stats", "--db", target], scratch)
    v["stats s"] = st.seconds if st.returncode == 0 else None
    quotes = _last_int(r"^quotes\s+(\d+)", st.stdout)
    out = scratch / "export.csv"
    ex = run([*cli, "export", "--status", "all", "--out", str(out), "--db", target], scratch)
    if ex.returncode == 0:
        rows = _last_int(r"(\d[\d,]*) quotes? \(", ex.stderr) or quotes or 0
        v.update(
            {
                "export s": ex.seconds,
                "export rows/s": rows / ex.seconds,
                "export peak MiB": ex.peak_mib,
                "export rows": rows,
            }
        )
    out.unlink(missing_ok=True)
    v["database MiB"] = db_size_mib(target)
    try:
        first, whole, rows = queue_load(target)
        v.update({"UI first quote ms": first * 1000, "UI queue load s": whole, "queue rows": rows})
    except Exception as exc:  # a server the store cannot open yet: the CLI figures still count
        print(f"    queue load not measured: {exc}", flush=True)
    return fig


# --- the table -------------------------------------------------------------------------------------------

ROWS = [
    ("corpus MB", "{:,.1f}"),
    ("generate s", "{:,.1f}"),
    ("import s", "{:,.1f}"),
    ("import articles/s", "{:,.0f}"),
    ("import MB/s", "{:,.2f}"),
    ("import peak MiB", "{:,.0f}"),
    ("import CPU s", "{:,.1f}"),
    ("import main CPU s", "{:,.1f}"),
    ("import s, CPU-bound", "{:,.1f}"),
    ("articles stored", "{:,.0f}"),
    ("proposals", "{:,.0f}"),
    ("export s", "{:,.2f}"),
    ("export rows/s", "{:,.0f}"),
    ("export peak MiB", "{:,.0f}"),
    ("database MiB", "{:,.1f}"),
    ("UI first quote ms", "{:,.1f}"),
    ("UI queue load s", "{:,.2f}"),
    ("queue rows", "{:,.0f}"),
    ("stats s", "{:,.2f}"),
]


def table(title: str, results: dict[int, Figures]) -> str:
    """Each figure per size, with its growth factor from the size before."""
    sizes = sorted(results)
    head = f"{title:<20}" + "".join(
        f"{n:>12,} art." + ("" if i == 0 else f"{'×' + format(n / sizes[i - 1], 'g'):>8}") for i, n in enumerate(sizes)
    )
    lines = [head, "-" * len(head)]
    for metric, fmt in ROWS:
        cells = []
        for i, n in enumerate(sizes):
            value = results[n].values.get(metric)
            cells.append(f"{fmt.format(value) if value is not None else 'n/a':>17}")
            if i:
                before = results[sizes[i - 1]].values.get(metric)
                factor = f"×{value / before:.2f}" if value is not None and before else ""
                cells.append(f"{factor:>8}")
        lines.append(f"{metric:<20}" + "".join(cells))
    return "\n".join(lines)


def _redact(url: str) -> str:
    return regex.sub(r"(://[^:/@]+):[^@]*@", r"\1:***@", url)


def _summary(label: str, fig: Figures) -> str:
    if fig.skipped:
        return f"    {label}: skipped ({fig.skipped})"
    v = fig.values

    def get(key: str, fmt: str) -> str:
        value = v.get(key)
        return fmt.format(value) if value is not None else "n/a"

    return (
        f"    {label}: import {get('import s', '{:.1f}')} s ({get('import articles/s', '{:,.0f}')} articles/s, "
        f"{get('import MB/s', '{:.2f}')} MB/s, {get('import peak MiB', '{:,.0f}')} MiB, "
        f"CPU {get('import CPU s', '{:.1f}')} s, main {get('import main CPU s', '{:.1f}')} s; "
        f"load average {os.getloadavg()[0]:.1f}), "
        f"{get('proposals', '{:,.0f}')} proposals; export {get('export s', '{:.2f}')} s; "
        f"database {get('database MiB', '{:,.1f}')} MiB; queue {get('UI queue load s', '{:.2f}')} s; "
        f"stats {get('stats s', '{:.2f}')} s"
    )


# --- main --------------------------------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1000,10000,100000", help="articles per run, comma-separated")
    ap.add_argument("--quick", action="store_true", help="200 and 1,000 articles")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--jsonl", action="store_true", help="import one JSONL file instead of folders of .txt")
    ap.add_argument("--pg-url", help="also run against this PostgreSQL URL ({n} is replaced by the size)")
    ap.add_argument("--import-args", default="", help="extra arguments for `quotetool import`, e.g. '--jobs 2'")
    ap.add_argument("--gen-jobs", type=int, default=os.cpu_count() or 1, help="processes generating the corpus")
    ap.add_argument("--workdir", help="where to put corpora and databases [default: a temporary directory]")
    ap.add_argument("--keep", action="store_true", help="keep the generated corpora and databases")
    ap.add_argument("--only-import", action="store_true", help="measure the import alone (no export, stats, UI)")
    args = ap.parse_args(argv)
    args.sizes = [200, 1000] if args.quick else [int(s.replace("_", "")) for s in args.sizes.split(",") if s]
    return args


def _cleanup(*paths: Path) -> None:
    for path in paths:
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        else:
            for p in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
                p.unlink(missing_ok=True)


def run_size(
    n: int, args: argparse.Namespace, cli: list[str], work: Path, backends: dict[str, str | None]
) -> dict[str, Figures]:
    """Generate n articles and measure them on each backend still in the running."""
    corpus = work / (f"corpus-{n}.jsonl" if args.jsonl else f"corpus-{n}")
    t0 = time.perf_counter()
    size = write_corpus(corpus, n, args.seed, jsonl=args.jsonl, jobs=max(1, args.gen_jobs))
    generated = time.perf_counter() - t0
    print(f"{n:,} articles: {size / 1e6:,.1f} MB generated in {generated:.1f} s", flush=True)
    out: dict[str, Figures] = {}
    for label, url in backends.items():
        if url is None:
            continue
        target = url.replace("{n}", str(n)) if "://" in url else str(work / f"{n}.db")
        fig = measure(
            cli, corpus, target, size / 1e6, n, work, shlex.split(args.import_args), only_import=args.only_import
        )
        fig.values.update({"corpus MB": size / 1e6, "generate s": generated})
        print(_summary(label, fig), flush=True)
        out[label] = fig
        if fig.skipped:
            backends[label] = None  # it will refuse the other sizes too
        if not args.keep and "://" not in target:
            _cleanup(Path(target))
    if not args.keep:
        _cleanup(corpus)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    cli = quotetool_command()
    version = subprocess.run([*cli, "--version"], capture_output=True, text=True).stdout.strip()
    print(f"{version} ({' '.join(cli)}); {os.cpu_count()} cores; load average {os.getloadavg()[0]:.1f} at start")
    if args.workdir:
        Path(args.workdir).mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="bench-corpus-", dir=args.workdir))
    backends: dict[str, str | None] = {"SQLite": "sqlite"}
    if args.pg_url:
        backends["PostgreSQL"] = args.pg_url
        if "{n}" not in args.pg_url and len(args.sizes) > 1:
            print(
                "note: the server database is not emptied between sizes (no {n} in --pg-url): each larger corpus "
                "starts with the smaller one, whose articles are then already stored"
            )
    results: dict[str, dict[int, Figures]] = {label: {} for label in backends}
    try:
        for n in args.sizes:
            for label, fig in run_size(n, args, cli, work, backends).items():
                results[label][n] = fig
    finally:
        if args.keep:
            print(f"corpora and databases kept in {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    print(
        f"\nload average {os.getloadavg()[0]:.1f} at the end; {'JSONL' if args.jsonl else '.txt folders'}, "
        f"seed {args.seed}"
    )
    for label, per_size in results.items():
        measured = {n: f for n, f in per_size.items() if not f.skipped}
        name = label if label == "SQLite" else f"{label} {_redact(args.pg_url)}"
        if not measured:
            reason = next((f.skipped for f in per_size.values() if f.skipped), "nothing was run")
            print(f"\n{name}: skipped, the command line refused it: {reason}")
            continue
        print(f"\n{table(label, measured)}")
    print(
        "\nEach × is the growth from the size before; with articles growing by that column's factor, a time or "
        "size growing by no more (a rate holding at ×1.00) is no worse than linear."
    )
    big = results["SQLite"].get(100_000)
    if big and big.values.get("import s"):
        print(f"Goal: 100,000 articles imported in under 180 s on SQLite: {big.values['import s']:.0f} s.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
