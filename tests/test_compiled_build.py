"""The wheel compiles the detector with mypyc (hatch_build.py): it must really compile, and run alike.

One real build of the wheel; then, from its unpacked files, the detector's own test suite and a comparison
with the pure-Python detector on the seeds, the benchmark's articles and random text. mypyc checks types
at run time, so a value the annotations do not admit would end in a TypeError only the compiled build shows.
"""

from __future__ import annotations

import importlib.util
import json
import os
import random
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest
from detect.detect_helpers import PIECES

from quotetool.detect import detect

ROOT = Path(__file__).resolve().parent.parent
COMPILED = "compiled (mypyc)"

# Runs in the child: the proposals for every text read from stdin, as JSON.
_DUMP = """
import json, sys
from quotetool.detect import build, detect
texts = json.load(sys.stdin)
print(json.dumps({"build": build(), "out": [[p.to_dict() for p in detect(t)] for t in texts]}, default=str))
"""


# the property tests' pieces, and characters outside Latin-1 and the Basic Multilingual Plane
_PIECES = [*PIECES, "ß", "é", "\u200b", "😀", "!", "?"]


def _random_texts(n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) + rng.choice(["", " "]) for _ in range(rng.randint(1, 80))) for _ in range(n)]


def _bench_articles(size: int) -> list[str]:
    spec = importlib.util.spec_from_file_location("bench_detect", ROOT / "benchmarks" / "bench_detect.py")
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    return bench.corpus(size)


def _build_compiled_site(out: Path) -> Path:
    """The wheel built from this checkout, unpacked: a site directory holding the compiled detector."""
    # pip of a new, empty virtual environment, as a user's first "pip install ." on a fresh machine: the build
    # may rely on nothing this test environment happens to have installed
    venv.create(out / "venv", with_pip=True)
    pip = out / "venv" / ("Scripts" if os.name == "nt" else "bin") / "pip"
    env = {**os.environ, "QUOTETOOL_COMPILE": "require"}  # a failed compilation fails the build, and says why
    env.pop("PYTHONPATH", None)
    done = subprocess.run(
        [str(pip), "wheel", "--no-deps", "-q", "-w", str(out / "wheel"), str(ROOT)],
        capture_output=True,
        text=True,
        env=env,
        timeout=900,
    )
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-6000:]
    wheel = next((out / "wheel").glob("quotetool-*.whl"))
    site = out / "site"
    with zipfile.ZipFile(wheel) as zf:
        zf.extractall(site)
    compiled = sorted(p.name.split(".")[0] for p in (site / "quotetool" / "detect").glob("*.so"))
    assert "detector" in compiled and "speakers" in compiled, f"the wheel holds no compiled detector: {compiled}"
    return site


@pytest.mark.slow
def test_the_compiled_detector_passes_the_detector_tests_and_matches_the_pure_one(tmp_path: Path) -> None:
    # one test, so that the wheel is built once even when pytest-xdist spreads tests over workers
    site = _build_compiled_site(tmp_path)
    env = {**os.environ, "PYTHONPATH": str(site), "QUOTETOOL_EXPECT_BUILD": COMPILED}
    run_dir = tmp_path / "run"
    run_dir.mkdir()

    suite = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-p",
            "no:xdist",
            str(ROOT / "tests" / "detect"),
        ],
        cwd=run_dir,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert suite.returncode == 0, suite.stdout[-4000:] + suite.stderr[-2000:]
    assert " passed" in suite.stdout

    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    texts = seeds + _bench_articles(400_000) + _random_texts(1500)
    done = subprocess.run(
        [sys.executable, "-c", _DUMP],
        cwd=run_dir,
        env=env,
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    child = json.loads(done.stdout)
    assert child["build"] == COMPILED
    pure = json.loads(json.dumps([[p.to_dict() for p in detect(t)] for t in texts], default=str))
    assert sum(map(len, pure)) > 1000  # (the texts do hold quotes: the comparison is not of empty lists)
    for text, mine, theirs in zip(texts, pure, child["out"], strict=True):
        assert theirs == mine, text[:300]
