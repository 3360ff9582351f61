"""mypy accepts the whole package's type hints: the compiled detector depends on them (mypyc checks them at run
time), and elsewhere they are the documentation that cannot go stale."""

from __future__ import annotations

import ast
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _test_extras() -> list[str]:
    return tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["optional-dependencies"]["test"]


def test_mypy_accepts_the_package() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "quotetool", "--ignore-missing-imports", "--no-error-summary"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_tests_check_with_the_compiler_s_mypy() -> None:
    """The [test] extras pin the mypy release line the build compiles with, so what passes here compiles."""
    tree = ast.parse((ROOT / "hatch_build.py").read_text())
    pinned = next(
        ast.literal_eval(node.value)
        for node in tree.body
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "BUILD_DEPENDENCIES" for t in node.targets)
    )
    compiler = next(d for d in pinned if d.startswith("mypy"))
    assert compiler in _test_extras()
