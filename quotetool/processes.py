"""Worker processes for import, detect and export: forked from a server process that has loaded the modules the
workers need once (never forked from the calling process, whose threads and open files a fork would copy), or
spawned where there is no fork server. Imports nothing of quotetool, so neither the detector nor the store is
loaded by starting a pool."""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from multiprocessing.context import BaseContext


def start_pool(workers: int, preload: Sequence[str], initializer: Callable[[], None]) -> ProcessPoolExecutor:
    """``workers`` processes that have imported ``preload`` (module names) and run ``initializer`` first."""
    context: BaseContext
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        multiprocessing.set_forkserver_preload(list(preload))
        _start_forkserver()
    else:
        context = multiprocessing.get_context("spawn")
    return ProcessPoolExecutor(workers, mp_context=context, initializer=initializer)


def _start_forkserver() -> None:
    """Start the server with this process's module path. It runs as `python -c`, which puts the working
    directory first on its path (Python 3.11 and 3.12 leave aside the path multiprocessing gives it): in a
    folder holding a `quotetool` folder (a source checkout) the workers would import that one instead of the
    installed package this process runs (a compiled detector, say)."""
    from multiprocessing import forkserver

    saved = {name: os.environ.get(name) for name in ("PYTHONPATH", "PYTHONSAFEPATH")}
    os.environ["PYTHONSAFEPATH"] = "1"  # no working directory first
    os.environ["PYTHONPATH"] = os.pathsep.join(os.path.abspath(p) if p else os.getcwd() for p in sys.path)
    try:
        forkserver.ensure_running()
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
