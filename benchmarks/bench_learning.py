"""Does learning from verified quotes help on articles it has not seen? (issue 14, acceptance)

    python benchmarks/bench_learning.py [GOLD.jsonl] [--seeds SEEDS.jsonl]

Splits a gold corpus in two halves by line (odd lines A, even lines B), imports half A with
`quotetool import --verified` into a fresh database, runs `quotetool learn`, and scores half B with
`quotetool eval B --db` before (`--no-learned`) and after learning; the seeds file is scored the same way
(learning must never lower it). Prints the figures and every learned entry with its evidence, and fails
(exit 1) when an entry names no evidence. Every step runs the real CLI in a subprocess.

GOLD.jsonl is read where it lies and never copied into the project (the SpkAtt file is licensed
non-commercial). Without it, the gold is generated: benchmarks/corpus_gen.py's annotated articles.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QT = [sys.executable, "-m", "quotetool"]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*QT, *args], capture_output=True, text=True, cwd=ROOT, check=False)


def scores(gold: Path, db: Path, learned: bool) -> dict:
    args = ["eval", str(gold), "--db", str(db), "--format", "json"] + ([] if learned else ["--no-learned"])
    out = run(*args)
    if out.returncode not in (0, 1):
        sys.exit(f"eval failed: {out.stderr}")
    return json.loads(out.stdout)["overall"]


def generated(folder: Path, n: int) -> Path:
    """Gold lines from corpus_gen's annotated articles (our own German templates)."""
    spec = importlib.util.spec_from_file_location("corpus_gen", ROOT / "benchmarks" / "corpus_gen.py")
    assert spec and spec.loader
    gen = importlib.util.module_from_spec(spec)
    sys.modules["corpus_gen"] = gen
    spec.loader.exec_module(gen)
    path = folder / "generated.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for name, text, expected in gen.generate_annotated(n):
            events = [
                {"spans": [[e.start, e.end]], "kind": e.kind,
                 "speaker": [e.speaker] if e.speaker else []}
                for e in expected
            ]  # fmt: skip
            out.write(json.dumps({"id": name, "text": text, "events": events}, ensure_ascii=False) + "\n")
    return path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", nargs="?", type=Path, help="gold JSONL to split (default: generated articles)")
    ap.add_argument("--seeds", type=Path, default=Path("/work/shared/eval/gold/seeds.jsonl"))
    ap.add_argument("--generate", type=int, default=400, help="articles to generate without GOLD")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        gold = args.gold or generated(folder, args.generate)
        lines = [line for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
        half_a, half_b = folder / "A.jsonl", folder / "B.jsonl"
        half_a.write_text("\n".join(lines[0::2]) + "\n", encoding="utf-8")
        half_b.write_text("\n".join(lines[1::2]) + "\n", encoding="utf-8")
        db = folder / "learn.db"
        started = time.perf_counter()
        imported = run("import", "--verified", str(half_a), "--db", str(db))
        print(f"import --verified A ({len(lines[0::2])} articles): {time.perf_counter() - started:.1f} s")
        print("  " + imported.stderr.strip().splitlines()[-1])
        started = time.perf_counter()
        learned = run("learn", "--db", str(db), "--format", "jsonl")
        print(f"learn: {time.perf_counter() - started:.2f} s; {learned.stderr.strip()}")
        entries = [json.loads(line) for line in learned.stdout.splitlines()]
        report(entries)
        ok = all(e["evidence"] and e["count"] == len(e["evidence"]) for e in entries)
        rows = [("B", half_b)] + ([("seeds", args.seeds)] if args.seeds.exists() else [])
        for name, path in rows:
            before, after = scores(path, db, False), scores(path, db, True)
            print(
                f"{name:<6} attributed F1 {before['attributed_f1']:.3f} -> {after['attributed_f1']:.3f}   "
                f"quote F1 {before['quote_f1']:.3f} -> {after['quote_f1']:.3f}   "
                f"(aP {before['attributed_precision']:.3f} -> {after['attributed_precision']:.3f}, "
                f"aR {before['attributed_recall']:.3f} -> {after['attributed_recall']:.3f})"
            )
        print("every learned entry names its evidence" if ok else "SOME LEARNED ENTRY NAMES NO EVIDENCE")
    sys.exit(0 if ok else 1)


def report(entries: list[dict]) -> None:
    print(f"learned {len(entries)} entries:")
    for e in entries:
        what = f"{e['value']} -> {e['target']}" if e["target"] else e["value"]
        conf = f" confidence {e['confidence']:.3f}" if e["confidence"] is not None else ""
        ev = ",".join(map(str, e["evidence"][:6])) + ("…" if e["count"] > 6 else "")
        print(f"  {e['kind']:<15} {what}{conf}  ({e['count']} decisions: {ev})")


if __name__ == "__main__":
    os.environ.setdefault("QUOTETOOL_PROGRESS_SECONDS", "3600")
    main()
