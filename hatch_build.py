"""Build hook: compile the detector's modules with mypyc for a wheel, so detection runs about 2.5 times as fast.

Only a standard wheel (``pip install .``, ``python -m build``) is compiled; an editable install stays pure
Python, so an edit to the rules takes effect at once. The compiled modules are built in a temporary copy of
the package, never beside the sources, so a stale ``.so`` can never shadow an edited ``.py``; before they go
into the wheel, the copy imports them and runs the detector once, since mypyc checks types at run time.
``QUOTETOOL_COMPILE`` chooses: ``auto`` (the default: compile; where mypyc, a C compiler or the Python
headers are missing, or the smoke run fails, ship the pure-Python detector, which is the same code, and say
so in one line), ``require`` (fail the build instead: for CI), ``no`` (always pure Python, and mypy is not
even downloaded).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

# The package whose modules are compiled, and its lexicon (its word lists are read on every word); the
# package's own __init__ stays Python (it only imports, and tells which build runs).
COMPILED_PACKAGE = Path("quotetool") / "detect"
LEXICON = COMPILED_PACKAGE / "lexicon" / "__init__.py"
# The compiler, pinned to a release line (a newer mypy may type-check or compile differently), and regex, the
# detector's one dependency, for the smoke run in the isolated build environment.
BUILD_DEPENDENCIES = ["mypy==2.4.*", "setuptools>=69", "regex>=2024.4.16"]
MODES = ("auto", "require", "no")

_SETUP = """
import sys
from mypyc.build import mypycify
from setuptools import setup

modules = sys.argv[1:]
setup(
    name="quotetool-detector",
    ext_modules=mypycify(["--ignore-missing-imports", *modules], opt_level="3", group_name="quotetool_detect"),
    script_args=["build_ext", "--build-lib", "lib", "--build-temp", "tmp"],
)
"""

# Runs in the temporary copy with the compiled modules in place: every module imports, and the rules run.
_SMOKE = """
import importlib, pathlib, sys
import quotetool.detect as d
for name in sys.argv[1:]:
    importlib.import_module(name)
assert d.build() == "compiled (mypyc)", d.build()
texts = [p.read_text(encoding="utf-8") for p in sorted(pathlib.Path("seeds").glob("*.txt"))]
texts.append("Die Ministerin Anna Roth sagte: „Wir handeln.“ Die Lage sei ernst, so Roth. Laut der Polizei "
             "gab es keine Verletzten. Er betonte, dass man weiter prüfe.")
assert sum(len(d.detect(t)) for t in texts) > 0
"""


def compile_mode() -> str:
    mode = os.environ.get("QUOTETOOL_COMPILE", "auto").strip().lower() or "auto"
    if mode not in MODES:
        raise ValueError(f"QUOTETOOL_COMPILE is {mode!r}; it takes auto, require or no.")
    return mode


def _tail(done: subprocess.CompletedProcess[str], lines: int = 12) -> str:
    return "\n".join((done.stdout + done.stderr).strip().splitlines()[-lines:])


def compile_detector(root: Path, work: Path) -> dict[str, str]:
    """Compile the detector in ``work`` and smoke-test it there; map each extension's path to its wheel path."""
    src = work / "src"
    (src / "quotetool").mkdir(parents=True)
    shutil.copy2(root / "quotetool" / "__init__.py", src / "quotetool" / "__init__.py")
    shutil.copytree(
        root / COMPILED_PACKAGE, src / COMPILED_PACKAGE, ignore=shutil.ignore_patterns("__pycache__", "*.so", "*.pyd")
    )
    if (root / "seeds").is_dir():
        shutil.copytree(root / "seeds", src / "seeds")
    files = sorted(p.relative_to(src) for p in (src / COMPILED_PACKAGE).glob("*.py") if p.name != "__init__.py")
    files.append(LEXICON)
    done = subprocess.run([sys.executable, "-c", _SETUP, *map(str, files)], cwd=src, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError("mypyc failed:\n" + _tail(done))
    lib = src / "lib"
    built = {p: p.relative_to(lib) for p in lib.rglob("*") if p.suffix in (".so", ".pyd")}
    modules = [".".join(f.with_suffix("").parts).removesuffix(".__init__") for f in files]
    missing = [m for m in modules if not any(".".join(rel.parts).startswith(m + ".") for rel in built.values())]
    if missing:
        raise RuntimeError("mypyc built no extension for " + ", ".join(missing))
    for path, rel in built.items():  # next to the copied sources, where the smoke run imports them
        shutil.copy2(path, src / rel)
    # (prepended: pip's isolated build environment reaches its own packages through PYTHONPATH too)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(src), os.environ.get("PYTHONPATH")]))}
    smoke = subprocess.run([sys.executable, "-c", _SMOKE, *modules], cwd=src, env=env, capture_output=True, text=True)
    if smoke.returncode != 0:
        raise RuntimeError("the compiled detector failed its smoke run:\n" + _tail(smoke))
    return {str(path): str(rel) for path, rel in built.items()}


class CustomBuildHook(BuildHookInterface):
    def dependencies(self) -> list[str]:
        return [] if compile_mode() == "no" else list(BUILD_DEPENDENCIES)

    def initialize(self, version: str, build_data: dict) -> None:
        mode = compile_mode()  # (checked for editable installs too: a typo should not pass silently)
        if self.target_name != "wheel" or version == "editable":
            return
        if mode == "no":
            self.app.display_info("quotetool: QUOTETOOL_COMPILE=no, the detector stays pure Python")
            return
        work = Path(tempfile.mkdtemp(prefix="quotetool-mypyc-"))
        try:
            built = compile_detector(Path(self.root), work)
        except Exception as exc:  # any failure leaves the same detector, uncompiled
            shutil.rmtree(work, ignore_errors=True)
            if mode == "require":
                raise
            self.app.display_warning(f"quotetool: the detector is not compiled and runs as pure Python ({exc})")
            return
        self._work = work
        build_data["pure_python"] = False
        build_data["infer_tag"] = True
        build_data["force_include"].update(built)

    def finalize(self, version: str, build_data: dict, artifact_path: str) -> None:
        work = getattr(self, "_work", None)
        if work is not None:
            shutil.rmtree(work, ignore_errors=True)
