"""Build hook: compile the detector's modules with mypyc for a wheel, so imports run about twice as fast.

Only a standard wheel (``pip install .``, ``python -m build``) is compiled; an editable install stays pure
Python, so an edit to the rules takes effect at once. The compiled modules are built in a temporary copy of
the package, never beside the sources, so a stale ``.so`` can never shadow an edited ``.py``. Where mypyc or
a C compiler is missing, the wheel ships the pure-Python detector, which is the same code: the build says so in
one line and goes on. ``QUOTETOOL_COMPILE`` chooses: ``auto`` (the default, as just said), ``require`` (fail the
build instead of falling back: for CI), ``no`` (always pure Python).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

# The package whose modules are compiled; its __init__ files stay Python (they only import and load lists).
COMPILED_PACKAGE = Path("quotetool") / "detect"

_SETUP = """
import sys
from mypyc.build import mypycify
from setuptools import setup

modules = sys.argv[1:]
setup(
    name="quotetool-detector",
    ext_modules=mypycify(["--ignore-missing-imports", *modules], opt_level="3"),
    script_args=["build_ext", "--build-lib", "lib", "--build-temp", "tmp"],
)
"""


def compile_detector(root: Path, work: Path) -> dict[str, str]:
    """Compile the detector in ``work``; map each built extension's path to its place in the wheel."""
    src = work / "src"
    (src / "quotetool").mkdir(parents=True)
    shutil.copy2(root / "quotetool" / "__init__.py", src / "quotetool" / "__init__.py")
    shutil.copytree(root / COMPILED_PACKAGE, src / COMPILED_PACKAGE,
                    ignore=shutil.ignore_patterns("__pycache__", "*.so", "*.pyd"))
    modules = sorted(str(p.relative_to(src)) for p in (src / COMPILED_PACKAGE).glob("*.py")
                     if p.name != "__init__.py")
    done = subprocess.run([sys.executable, "-c", _SETUP, *modules], cwd=src, capture_output=True, text=True)
    if done.returncode != 0:
        tail = (done.stdout + done.stderr).strip().splitlines()[-12:]
        raise RuntimeError("mypyc failed:\n" + "\n".join(tail))
    lib = src / "lib"
    built = {str(p): str(p.relative_to(lib)) for p in lib.rglob("*") if p.suffix in (".so", ".pyd")}
    if len(built) < len(modules):
        raise RuntimeError(f"mypyc built {len(built)} extensions for {len(modules)} modules")
    return built


class CustomBuildHook(BuildHookInterface):
    def initialize(self, version: str, build_data: dict) -> None:
        if self.target_name != "wheel" or version == "editable":
            return
        mode = os.environ.get("QUOTETOOL_COMPILE", "auto").strip().lower() or "auto"
        if mode not in ("auto", "require", "no"):
            raise ValueError(f"QUOTETOOL_COMPILE is {mode!r}; it takes auto, require or no.")
        if mode == "no":
            self.app.display_info("quotetool: QUOTETOOL_COMPILE=no, the detector stays pure Python")
            return
        self._work = Path(tempfile.mkdtemp(prefix="quotetool-mypyc-"))
        try:
            built = compile_detector(Path(self.root), self._work)
        except Exception as exc:  # any failure leaves the same detector, uncompiled
            if mode == "require":
                raise
            self.app.display_warning(f"quotetool: the detector is not compiled and runs as pure Python ({exc})")
            return
        build_data["pure_python"] = False
        build_data["infer_tag"] = True
        build_data["force_include"].update(built)

    def finalize(self, version: str, build_data: dict, artifact_path: str) -> None:
        work = getattr(self, "_work", None)
        if work is not None:
            shutil.rmtree(work, ignore_errors=True)
