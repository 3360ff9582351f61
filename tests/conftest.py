"""Shared fixtures: real SQLite files in tmp_path and real `quotetool` subprocesses."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FIRST_SEED = SEEDS / "000_4df69229d299b9a4.txt"
SECOND_SEED = SEEDS / "002_e0dc290022d93635.txt"


def run_cli(*args: str, cwd: Path, env: dict[str, str] | None = None, timeout: float = 120,
            input: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run the real command line in a child process, as a user would."""
    inherited = {k: v for k, v in os.environ.items() if k != "QUOTETOOL_DB"}  # tests name their database
    full_env = {**inherited, "QUOTETOOL_ANNOTATOR": "tester", **(env or {})}
    return subprocess.run([sys.executable, "-m", "quotetool", *args], cwd=cwd, env=full_env, text=True,
                          capture_output=True, timeout=timeout, input=input)


@pytest.fixture
def seeds_copy(tmp_path: Path) -> Path:
    """The seed articles in a folder of the test's own."""
    target = tmp_path / "seeds"
    shutil.copytree(SEEDS, target)
    return target


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "quotes.db"


@pytest.fixture
def db(db_path: Path):
    from quotetool.store import Database

    database = Database.open(str(db_path))
    yield database
    database.close()


def assert_one_sentence_error(result: subprocess.CompletedProcess[str]) -> str:
    """A user error: non-zero status, no traceback, one line on stderr that ends a sentence."""
    assert result.returncode != 0, result
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].rstrip().endswith("."), lines[0]
    return lines[0]
