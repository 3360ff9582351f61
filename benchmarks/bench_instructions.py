"""Instructions the detector executes on a fixed 650 KB of articles, counted with valgrind's callgrind.

    python benchmarks/bench_instructions.py

A count of instructions, unlike a time, does not move with the machine's load, so two detector versions can
be compared on a busy machine: build each (``pip install .`` into its own virtual environment: the compiled
detector) and run this script with each one's Python. It runs the same corpus twice under callgrind, once
detecting and once not (imports, lexicon and corpus built alike), and prints the difference. Needs valgrind
(Debian: ``apt-get install valgrind``).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import bench_detect

HERE = Path(__file__).resolve().parent
CORPUS_BYTES = 650_000


def _detect_corpus(detect_it: bool) -> None:
    """The measured run: the generated corpus and the seeds, detected (or, for the baseline, only built)."""
    from quotetool.detect import build, detect

    docs = bench_detect.corpus(CORPUS_BYTES, seed=7)
    docs += [p.read_text(encoding="utf-8") for p in sorted((HERE.parent / "seeds").glob("*.txt"))]
    found = sum(len(detect(d)) for d in docs) if detect_it else 0
    print(f"{build()}: {len(docs)} articles, {sum(map(len, docs)):,} characters, {found} proposals", file=sys.stderr)


def _count(detect_it: bool) -> int:
    """Instructions of one run of this script in ``--run`` mode under callgrind."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        cmd = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable, __file__, "--run"]
        env = {**os.environ, "PYTHONHASHSEED": "0"}
        subprocess.run([*cmd, "detect" if detect_it else "none"], check=True, capture_output=True, env=env)
        for line in out.read_text().splitlines():
            if line.startswith("summary:") or line.startswith("totals:"):
                return int(line.split()[1])
    raise SystemExit("callgrind wrote no total")


def main() -> int:
    if len(sys.argv) > 2 and sys.argv[1] == "--run":
        _detect_corpus(sys.argv[2] == "detect")
        return 0
    with_detection, without = _count(True), _count(False)
    print(f"detection: {(with_detection - without) / 1e6:.1f} million instructions")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
