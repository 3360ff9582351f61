"""End to end: `quotetool annotate --order uncertain` in a real terminal (tmux) opens least confident first."""

from __future__ import annotations

import os
import shlex
import sys
from pathlib import Path

import pytest
from rated_support import UNCERTAIN_WORDS, import_rated

from quotetool.store import history
from quotetool.store.queue import load_queue

from .test_ui_e2e_tmux import TMUX, Terminal, _opened

pytestmark = pytest.mark.slow
ANNOTATOR = "e2e-editor"


@pytest.mark.skipif(TMUX is None, reason="tmux is not installed (CI installs it)")
def test_annotate_order_uncertain_decides_the_least_confident_quote_first(tmp_path: Path):
    db_file = tmp_path / "quotes.db"
    with _opened(db_file) as db:
        ids = import_rated(db)
    env = {
        "HOME": str(tmp_path),
        "QUOTETOOL_ANNOTATOR": ANNOTATOR,
        "TERM": "xterm-256color",
        "PYTHONPATH": os.pathsep.join(sys.path),
    }
    command = f"{shlex.quote(sys.executable)} -m quotetool annotate --order uncertain --db {shlex.quote(str(db_file))}"
    term = Terminal(command, cwd=tmp_path, env=env, size=(100, 30))
    try:
        screen = term.wait_for("least confident first")
        assert "0.30" in screen and "quote #" + str(ids[UNCERTAIN_WORDS[0]]) in screen
        term.keys("a")
        term.wait_for(f"Accepted quote {ids[UNCERTAIN_WORDS[0]]}")
        term.keys("q")
        term.wait_for("QUOTETOOL-EXIT:0")
    finally:
        term.kill()
    with _opened(db_file) as db:
        decided = {r.id: r.status for r in load_queue(db) if r.status != "proposed"}
        assert decided == {ids[UNCERTAIN_WORDS[0]]: "accepted"}
        assert [(d.action, d.annotator) for d in history(db, ids[UNCERTAIN_WORDS[0]])] == [("accept", ANNOTATOR)]
