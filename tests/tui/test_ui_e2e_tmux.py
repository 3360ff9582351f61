"""End to end: the real `quotetool annotate seeds/` in a real terminal (tmux), driven by keystrokes."""

from __future__ import annotations

import csv
import os
import shlex
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from quotetool.store import Database, history
from quotetool.store.queue import load_queue

from .tui_support import SEEDS, import_seeds

pytestmark = pytest.mark.slow
TMUX = shutil.which("tmux")
ANNOTATOR = "e2e-editor"


class Terminal:
    """One tmux server of our own (unique socket), one window running one command."""

    def __init__(self, command: str, *, cwd: Path, env: dict[str, str], size: tuple[int, int] = (120, 40)) -> None:
        self.socket = f"quotetool-e2e-{uuid.uuid4().hex[:12]}"
        exports = " ".join(f"{k}={shlex.quote(v)}" for k, v in env.items())
        script = (f"cd {shlex.quote(str(cwd))} && env -u COLUMNS -u LINES {exports} {command}; "
                  "echo QUOTETOOL-EXIT:$?; sleep 600")
        self._tmux("new-session", "-d", "-x", str(size[0]), "-y", str(size[1]), script)

    def _tmux(self, *args: str) -> str:
        assert TMUX is not None
        done = subprocess.run([TMUX, "-L", self.socket, *args], capture_output=True, text=True, timeout=30)
        return done.stdout

    def keys(self, *keys: str) -> None:
        self._tmux("send-keys", *keys)

    def type(self, text: str) -> None:
        self._tmux("send-keys", "-l", text)

    def screen(self) -> str:
        return self._tmux("capture-pane", "-p")

    def wait_for(self, needle: str, timeout: float = 30) -> str:
        deadline = time.monotonic() + timeout
        while True:
            screen = self.screen()
            if needle in screen:
                return screen
            if time.monotonic() > deadline:
                raise AssertionError(f"{needle!r} did not appear within {timeout} s; the screen shows:\n{screen}")
            time.sleep(0.1)

    def kill(self) -> None:
        subprocess.run([TMUX or "tmux", "-L", self.socket, "kill-server"], capture_output=True, timeout=30)


@pytest.mark.skipif(TMUX is None, reason="tmux is not installed (CI installs it)")
def test_annotate_seeds_in_a_real_terminal(tmp_path: Path):
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    db_file = tmp_path / "quotes.db"
    with _opened(db_file) as db:
        import_seeds(db, seeds)  # the real import; `annotate seeds/` below finds them already stored
        before = load_queue(db)
    proposed = [r for r in before if r.status == "proposed"]
    assert len(proposed) >= 3
    export = tmp_path / "verified.csv"
    env = {"HOME": str(tmp_path), "QUOTETOOL_ANNOTATOR": ANNOTATOR, "TERM": "xterm-256color",
           "PYTHONPATH": os.pathsep.join(sys.path)}
    term = Terminal(f"{shlex.quote(sys.executable)} -m quotetool annotate seeds --db {shlex.quote(str(db_file))}",
                    cwd=tmp_path, env=env)
    try:
        term.wait_for("in queue")  # the first screen is up and the queue is loaded
        term.keys("a")
        term.wait_for(f"Accepted quote {proposed[0].id}.")
        term.keys("x")
        term.wait_for(f"Rejected quote {proposed[1].id}.")
        term.keys("s")
        term.wait_for("Enter: use the name")
        term.type("Andrej Belousow")  # the field's text is selected on opening: typing replaces it
        term.keys("Enter")
        term.wait_for(f"Speaker of quote {proposed[2].id}: Andrej Belousow.")
        term.keys("m")
        term.wait_for("Select the missed quote")
        term.keys("Right", "S-Right", "S-Right", "Enter")
        term.wait_for("Kind of the new quote")
        term.keys("i")
        term.wait_for("Speaker of the new quote")
        term.type("Minister No")
        term.keys("Enter")
        screen = term.wait_for("Added quote")
        assert "Traceback" not in screen
        term.keys("e")
        term.wait_for("Export verified quotes")
        term.type(str(export))
        term.keys("Enter")
        term.wait_for("written to")
        term.keys("q")
        term.wait_for("QUOTETOOL-EXIT:0")
    finally:
        term.kill()

    rows = list(csv.DictReader(export.open(encoding="utf-8", newline="")))
    assert {r["origin"] for r in rows} == {"detector", "manual"} and len(rows) == 2
    accepted = next(r for r in rows if r["origin"] == "detector")
    added = next(r for r in rows if r["origin"] == "manual")
    assert int(accepted["quote_id"]) == proposed[0].id and accepted["annotator"] == ANNOTATOR
    assert (added["kind"], added["speaker"], added["status"]) == ("indirect", "Minister No", "accepted")
    texts = [p.read_text(encoding="utf-8") for p in seeds.iterdir()]
    assert added["quote"] and any(added["quote"] in t for t in texts)
    with _opened(db_file) as db:
        after = {r.id: r for r in load_queue(db)}
        assert after[proposed[1].id].status == "rejected"
        assert after[proposed[2].id].speaker == "Andrej Belousow"
        assert [d.action for d in history(db, proposed[2].id)] == ["speaker"]
        assert all(d.annotator == ANNOTATOR for d in history(db, proposed[0].id))


class _opened:
    """A database opened for a `with` block and closed after it."""

    def __init__(self, path: Path) -> None:
        self.db = Database.open(str(path))

    def __enter__(self) -> Database:
        return self.db

    def __exit__(self, *exc: object) -> None:
        self.db.close()


@pytest.mark.skipif(TMUX is None, reason="tmux is not installed (CI installs it)")
def test_kill_9_loses_no_decision(tmp_path: Path):
    db_file = tmp_path / "quotes.db"
    with _opened(db_file) as db:
        import_seeds(db, SEEDS)
        proposed = [r.id for r in load_queue(db) if r.status == "proposed"]
    env = {"HOME": str(tmp_path), "QUOTETOOL_ANNOTATOR": ANNOTATOR, "TERM": "xterm-256color",
           "PYTHONPATH": os.pathsep.join(sys.path)}
    term = Terminal(f"{shlex.quote(sys.executable)} -m quotetool annotate --db {shlex.quote(str(db_file))}",
                    cwd=tmp_path, env=env)
    try:
        term.wait_for("in queue")
        term.keys("a")
        term.wait_for(f"Accepted quote {proposed[0]}.")
        term.keys("x")
        term.wait_for(f"Rejected quote {proposed[1]}.")
        shell = int(term._tmux("list-panes", "-F", "#{pane_pid}").split()[0])
        children = subprocess.run(["pgrep", "-P", str(shell)], capture_output=True, text=True).stdout.split()
        for pid in children or [str(shell)]:  # the quotetool process, by its id
            os.kill(int(pid), 9)
        term.wait_for("QUOTETOOL-EXIT:137")
    finally:
        term.kill()
    with _opened(db_file) as db:
        assert db.integrity_check() == "ok"
        rows = {r.id: r.status for r in load_queue(db)}
        assert (rows[proposed[0]], rows[proposed[1]]) == ("accepted", "rejected")
