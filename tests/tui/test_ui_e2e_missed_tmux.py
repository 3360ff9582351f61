"""End to end: a missed sentence added in four keys in a real 80×24 terminal (tmux), read back from the db file."""

from __future__ import annotations

import os
import shlex
import sqlite3
import sys
from pathlib import Path

import pytest

from .test_ui_e2e_tmux import TMUX, Terminal, _opened
from .tui_support import SEEDS, import_seeds

pytestmark = pytest.mark.slow


@pytest.mark.skipif(TMUX is None, reason="tmux is not installed (CI installs it)")
def test_a_missed_sentence_in_four_keys_in_a_real_terminal(tmp_path: Path):
    db_file = tmp_path / "quotes.db"
    with _opened(db_file) as db:
        import_seeds(db, SEEDS)
    env = {
        "HOME": str(tmp_path),
        "QUOTETOOL_ANNOTATOR": "e2e-editor",
        "TERM": "xterm-256color",
        "PYTHONPATH": os.pathsep.join(sys.path),
    }
    command = f"{shlex.quote(sys.executable)} -m quotetool annotate --db {shlex.quote(str(db_file))}"
    term = Terminal(command, cwd=tmp_path, env=env, size=(80, 24))
    try:
        term.wait_for("in queue")
        term.keys("M")  # 1: the next likely miss, selected
        term.wait_for("likely miss")
        term.keys("Enter")  # 2: use the selection
        term.wait_for("Kind of the new quote")
        term.keys("i")  # 3: indirect
        term.wait_for("Speaker of the new quote")
        term.keys("Enter")  # 4: no speaker
        screen = term.wait_for("Added quote")
        assert "Traceback" not in screen
        term.keys("q")
        term.wait_for("QUOTETOOL-EXIT:0")
    finally:
        term.kill()
    with sqlite3.connect(db_file) as con:
        rows = con.execute("SELECT text, kind, status, annotator FROM quote WHERE origin = 'manual'").fetchall()
    assert len(rows) == 1
    text, kind, status, annotator = rows[0]
    assert (kind, status, annotator) == ("indirect", "accepted", "e2e-editor")
    assert len(text.split()) >= 4 and any(text in p.read_text(encoding="utf-8") for p in SEEDS.iterdir())
