"""Import speed: articles/s and MB/s of `quotetool import` on a generated corpus, per number of jobs.

Writes a folder of German news-like articles (own templates: varied speakers, cues, quote styles,
paragraphs of plain report between them), imports it into a new database with each `--jobs` value
asked for, and prints one line each. `--source DIR` runs the quotetool found in DIR (a checkout of
an older commit, e.g. from `git archive`) to compare before and after; `--jobs` is then not passed.

    python benchmarks/bench_import.py --articles 3000 --jobs 1 2
    python benchmarks/bench_import.py --articles 3000 --source /tmp/quotetool-before
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FIRST = ["Anna", "Otto", "Eva", "Paul", "Jana", "Karl", "Lea", "Jonas", "Mia", "Felix", "Sabine", "Thomas"]
LAST = ["Berg", "Wendt", "Kern", "Ober", "Lind", "Huber", "Stein", "Roth", "Vogel", "Brandt", "Krüger", "Schulz"]
ROLES = ["Bürgermeisterin", "Stadtrat", "Ministerin", "Sprecher", "Gewerkschaftschef", "Professorin", "Landrat"]
CUES = ["sagte", "erklärte", "betonte", "kritisierte", "warnte", "fügte hinzu"]
TOPICS = ["die neue Brücke", "der Haushalt", "die Schulreform", "der Nahverkehr", "das Klimaziel", "die Klinik"]
FILLER = [
    "Die Sitzung dauerte bis in den späten Abend.",
    "Im vergangenen Jahr waren die Kosten deutlich gestiegen.",
    "Mehrere Anwohner verfolgten die Debatte im Saal.",
    "Eine Entscheidung soll im kommenden Monat fallen.",
    "Der Antrag war bereits im Frühjahr eingebracht worden.",
]


def article(rng: random.Random, i: int) -> str:
    paragraphs = [f"Streit um {rng.choice(TOPICS)} ({i})"]
    for _ in range(rng.randint(4, 9)):
        name = f"{rng.choice(ROLES)} {rng.choice(FIRST)} {rng.choice(LAST)}"
        topic = rng.choice(TOPICS)
        style = rng.randrange(4)
        if style == 0:
            quote = f"„{topic.capitalize()} ist für uns alle wichtig“, {rng.choice(CUES)} {name}."
        elif style == 1:
            quote = f"{name} {rng.choice(CUES)}, {topic} sei zu teuer und komme zu spät."
        elif style == 2:
            quote = (
                f"„Wir werden {topic} nicht aufgeben“, {rng.choice(CUES)} {name}. „Das sind wir den Menschen schuldig.“"
            )
        else:
            quote = f"Laut {name} ist {topic} noch nicht gesichert."
        paragraphs.append(" ".join([quote, *rng.sample(FILLER, k=rng.randint(1, 3))]))
    return "\n\n".join(paragraphs) + "\n"


def write_corpus(folder: Path, count: int) -> int:
    rng = random.Random(7)
    folder.mkdir()
    size = 0
    for i in range(count):
        data = article(rng, i).encode("utf-8")
        (folder / f"{i:06}.txt").write_bytes(data)
        size += len(data)
    return size


def run(corpus: Path, size: int, work: Path, jobs: int | None, source: Path | None) -> None:
    db_file = work / f"jobs-{jobs}.db"
    env = {**os.environ, "QUOTETOOL_PROGRESS_SECONDS": "3600"}
    env.pop("QUOTETOOL_DB", None)
    if source is not None:
        env["PYTHONPATH"] = str(source)
    command = [sys.executable, "-m", "quotetool", "--db", str(db_file), "import", str(corpus)]
    if jobs is not None:
        command += ["--jobs", str(jobs)]
    began = time.perf_counter()
    result = subprocess.run(command, env=env, capture_output=True, text=True, cwd=work)
    seconds = time.perf_counter() - began
    with sqlite3.connect(db_file) as conn:
        documents = conn.execute("SELECT count(*) FROM document").fetchone()[0]
        quotes = conn.execute("SELECT count(*) FROM quote").fetchone()[0]
    label = f"source {source}" if source else f"--jobs {jobs}"
    print(
        f"{label:<32} exit {result.returncode}  {documents:>7,} articles  {quotes:>8,} quotes  {seconds:6.1f} s  "
        f"{documents / seconds:7.0f} articles/s  {size / seconds / 1e6:5.2f} MB/s",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--jobs", type=int, nargs="*", default=[1, os.cpu_count() or 1])
    parser.add_argument("--source", type=Path, default=None, help="run the quotetool in this folder instead")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-import-"))
    try:
        corpus = work / "corpus"
        size = write_corpus(corpus, args.articles)
        print(f"{args.articles:,} articles, {size / 1e6:.1f} MB")
        for jobs in [None] if args.source else args.jobs:
            run(corpus, size, work, jobs, args.source)
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
