"""Does learning from verified quotes help on articles it has not seen? (issue 14, acceptance)

    python benchmarks/bench_learning.py [GOLD.jsonl] [--seeds SEEDS.jsonl] [--plain]

Splits a gold corpus in two halves by line (odd lines A, even lines B), imports half A with
`quotetool import --verified` into a fresh database, runs `quotetool learn`, and scores half B with
`quotetool eval B --db` before (`--no-learned`) and after learning, strict and `--mention-ok`; the seeds
file is scored the same way (learning must never lower it). Prints every learned entry with its evidence
(the decisions it rests on, and for a word what it did on the reviewed articles when `learn` checked it),
the words `learn` declined, and fails (exit 1) when an entry names no evidence, F1 on B falls, or the seeds'
F1 falls. Every step runs the real CLI in a subprocess.

GOLD.jsonl is read where it lies and never copied into the project (the SpkAtt file is licensed
non-commercial). Without it, the gold is generated: benchmarks/corpus_gen.py's annotated articles (the
quoted words as gold spans), written in a house style: the newsroom's agency copy writes its speech verbs
its own way, as a real newsroom's does: "betonte" is "polterte", "versicherte" is "wetterte" (verbs the
built-in lists lack), and "erklärte" is "erklaerte" (no umlauts, which the built-in lists read already).
`--plain` keeps the generator's verbs.
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

import regex

ROOT = Path(__file__).resolve().parent.parent
QT = [sys.executable, "-m", "quotetool"]
HOUSE_STYLE = {"betonte": "polterte", "versicherte": "wetterte", "erklärte": "erklaerte"}


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*QT, *args], capture_output=True, text=True, cwd=ROOT, check=False)


def scores(gold: Path, db: Path, learned: bool, mention_ok: bool = False) -> dict:
    args = ["eval", str(gold), "--db", str(db), "--format", "json"] + ([] if learned else ["--no-learned"])
    out = run(*args, *(["--mention-ok"] if mention_ok else []))
    if out.returncode not in (0, 1):
        sys.exit(f"eval failed: {out.stderr}")
    return json.loads(out.stdout)["overall"]


def generated(folder: Path, n: int, house: bool) -> Path:
    """Gold lines from corpus_gen's annotated articles (our own German templates)."""
    spec = importlib.util.spec_from_file_location("corpus_gen", ROOT / "benchmarks" / "corpus_gen.py")
    assert spec and spec.loader
    gen = importlib.util.module_from_spec(spec)
    sys.modules["corpus_gen"] = gen
    spec.loader.exec_module(gen)
    path = folder / "generated.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for name, text, expected in gen.generate_annotated(n):
            events = []
            for e in expected:
                # "„…“, sagte X. „…“": two quotes; a split quote's pieces are one
                pieces = [[p] for p in e.parts] if e.template == "direct-two" else [list(e.parts)]
                events += [{"spans": [list(p) for p in ps], "kind": e.kind, "speaker": [e.speaker]} for ps in pieces]
            if house:
                text, events = house_style(text, events)
            out.write(json.dumps({"id": name, "text": text, "events": events}, ensure_ascii=False) + "\n")
    return path


def house_style(text: str, events: list[dict]) -> tuple[str, list[dict]]:
    """The text with HOUSE_STYLE's verbs (outside the quotes), and the events' spans moved with it."""
    inside = [(s, e) for ev in events for s, e in ev["spans"]]
    pieces, moves, at = [], [], 0  # moves: (offset in the old text, change in length from there on)
    for m in regex.finditer(r"\b(?:" + "|".join(HOUSE_STYLE) + r")\b", text):
        if any(s <= m.start() < e for s, e in inside):
            continue
        pieces += [text[at : m.start()], HOUSE_STYLE[m.group()]]
        moves.append((m.start(), len(HOUSE_STYLE[m.group()]) - len(m.group())))
        at = m.end()
    pieces.append(text[at:])

    def moved(offset: int) -> int:
        return offset + sum(delta for where, delta in moves if where < offset)

    for ev in events:
        ev["spans"] = [[moved(s), moved(e)] for s, e in ev["spans"]]
    return "".join(pieces), events


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", nargs="?", type=Path, help="gold JSONL to split (default: generated articles)")
    ap.add_argument("--seeds", type=Path, default=Path("/work/shared/eval/gold/seeds.jsonl"))
    ap.add_argument("--generate", type=int, default=200, help="articles to generate without GOLD")
    ap.add_argument("--plain", action="store_true", help="generated articles without the house style")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        gold = args.gold or generated(folder, args.generate, house=not args.plain)
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
        print(f"learn: {time.perf_counter() - started:.2f} s")
        for line in learned.stderr.strip().splitlines():
            print("  " + line)
        entries = [json.loads(line) for line in learned.stdout.splitlines()]
        report(entries)
        ok = all(e["evidence"] and e["count"] == len(e["evidence"]) for e in entries)
        print("every learned entry names its evidence" if ok else "SOME LEARNED ENTRY NAMES NO EVIDENCE")
        rows = [(f"B ({len(lines[1::2])} articles)", half_b)]
        rows += [("seeds", args.seeds)] if args.seeds.exists() else []
        for name, path in rows:
            for mention_ok in (False, True):
                before, after = scores(path, db, False, mention_ok), scores(path, db, True, mention_ok)
                print(figures(name + (", --mention-ok" if mention_ok else ", strict"), before, after))
                ok &= after["attributed_f1"] >= before["attributed_f1"] and after["quote_f1"] >= before["quote_f1"]
    sys.exit(0 if ok else 1)


def figures(name: str, before: dict, after: dict) -> str:
    def row(key: str) -> str:
        return f"{before[key]:.3f} -> {after[key]:.3f}"

    return (
        f"{name:<28} attributed F1 {row('attributed_f1')}   quote F1 {row('quote_f1')}   "
        f"(aP {row('attributed_precision')}, aR {row('attributed_recall')}; "
        f"quote P {row('quote_precision')}, R {row('quote_recall')})"
    )


def report(entries: list[dict]) -> None:
    print(f"learned {len(entries)} entries:")
    for e in entries:
        what = f"{e['value']} -> {e['target']}" if e["target"] else e["value"]
        conf = f" confidence {e['confidence']:.3f}" if e["confidence"] is not None else ""
        ev = ",".join(map(str, e["evidence"][:6])) + ("…" if e["count"] > 6 else "")
        check = e.get("check")
        checked = (
            f"; on {check['articles']} reviewed articles: {check['found']:+d} found, "
            f"{check['attributed']:+d} attributed, {check['false']:+d} false"
            if check
            else ""
        )
        print(f"  {e['kind']:<15} {what}{conf}  ({e['count']} decisions: {ev}{checked})")


if __name__ == "__main__":
    os.environ.setdefault("QUOTETOOL_PROGRESS_SECONDS", "3600")
    main()
