"""End to end: the real `quotetool annotate seeds/` in a real terminal (tmux), driven by keystrokes."""

from __future__ import annotations

import csv
import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from conftest import target_of

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
        script = (
            f"cd {shlex.quote(str(cwd))} && env -u COLUMNS -u LINES {exports} {command}; "
            "echo QUOTETOOL-EXIT:$?; sleep 600"
        )
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


@pytest.mark.both_backends
@pytest.mark.skipif(TMUX is None, reason="tmux is not installed (CI installs it)")
def test_annotate_seeds_in_a_real_terminal(tmp_path: Path, built_db):
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    db = built_db("review", lambda d: import_seeds(d, SEEDS))  # the real import; `annotate seeds/` finds them stored
    before = load_queue(db)
    proposed = [r for r in before if r.status == "proposed"]
    assert len(proposed) >= 3
    correction = "Wladimir Putin" if proposed[2].speaker != "Wladimir Putin" else "No Kwang Chol"
    export = tmp_path / "verified.csv"
    env = {
        "HOME": str(tmp_path),
        "QUOTETOOL_ANNOTATOR": ANNOTATOR,
        "TERM": "xterm-256color",
        "PYTHONPATH": os.pathsep.join(sys.path),
    }
    term = Terminal(
        f"{shlex.quote(sys.executable)} -m quotetool annotate seeds --db {shlex.quote(target_of(db))}",
        cwd=tmp_path,
        env=env,
    )
    try:
        term.wait_for("in queue")  # the first screen is up and the queue is loaded
        term.keys("a")
        term.wait_for(f"Accepted quote {proposed[0].id}.")
        term.keys("x")
        term.wait_for(f"Rejected quote {proposed[1].id}.")
        term.keys("s")
        term.wait_for("Enter saves:")
        term.type(correction)  # the field's text is selected on opening: typing replaces it
        term.keys("Enter")
        term.wait_for(f"Speaker of quote {proposed[2].id}: {correction}.")
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
    after = {r.id: r for r in load_queue(db)}
    assert after[proposed[1].id].status == "rejected"
    assert after[proposed[2].id].speaker == correction
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


def _children(pid: int) -> list[int]:
    """Child processes of ``pid``, read from /proc (no procps needed on a minimal machine)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # the process ended while we looked
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def _acknowledged(screen: str) -> int:
    """The decided count that the top bar shows: what the editor was told is stored."""
    match = re.search(r"overall (\d+)/\d+ decided", screen)
    assert match, screen
    return int(match.group(1))


@pytest.mark.both_backends
@pytest.mark.skipif(TMUX is None, reason="tmux is not installed (CI installs it)")
def test_kill_9_right_after_a_burst_loses_no_acknowledged_decision(tmp_path: Path, built_db):
    db = built_db("review", lambda d: import_seeds(d, SEEDS))
    proposed = [r.id for r in load_queue(db) if r.status == "proposed"]
    burst = "axaxaxax"[: max(2, len(proposed) - 1)]
    env = {
        "HOME": str(tmp_path),
        "QUOTETOOL_ANNOTATOR": ANNOTATOR,
        "TERM": "xterm-256color",
        "PYTHONPATH": os.pathsep.join(sys.path),
    }
    term = Terminal(
        f"{shlex.quote(sys.executable)} -m quotetool annotate --db {shlex.quote(target_of(db))}", cwd=tmp_path, env=env
    )
    try:
        term.wait_for("in queue")
        term.wait_for("articles reviewed")  # the top bar's counts are up (a worker counts them after the queue)
        term.type(burst)  # one burst of keystrokes, no waiting in between
        deadline = time.monotonic() + 30
        while _acknowledged(term.screen()) < 2 and time.monotonic() < deadline:
            time.sleep(0.02)  # until the burst is under way (it may well be through already)
        shell = int(term._tmux("list-panes", "-F", "#{pane_pid}").split()[0])
        quotetool = _children(shell)
        screen = term.screen()  # the last thing the editor saw ...
        for pid in quotetool or [shell]:
            os.kill(pid, signal.SIGKILL)  # ... and the process dies at once
        acknowledged = _acknowledged(screen)
        term.wait_for("QUOTETOOL-EXIT:137")
    finally:
        term.kill()
    assert db.integrity_check() == "ok"  # (SQLite's check; the server keeps its own)
    decided = [r for r in load_queue(db) if r.status in ("accepted", "rejected")]
    assert len(decided) >= acknowledged >= 2
    for row in decided:  # each stored decision is complete: status and log entry together
        log = history(db, row.id)
        assert log and log[-1].annotator == ANNOTATOR and log[-1].action in ("accept", "reject")


def _annotate(tmp_path: Path, db_file: Path, *, after: str = "") -> Terminal:
    env = {
        "HOME": str(tmp_path),
        "QUOTETOOL_ANNOTATOR": ANNOTATOR,
        "TERM": "xterm-256color",
        "PYTHONPATH": os.pathsep.join(sys.path),
    }
    command = f"{shlex.quote(sys.executable)} -m quotetool annotate --db {shlex.quote(str(db_file))}"
    return Terminal(command + after, cwd=tmp_path, env=env, size=(100, 30))


@pytest.mark.skipif(TMUX is None, reason="tmux is not installed (CI installs it)")
def test_with_a_filter_matching_nothing_decision_keys_store_nothing(tmp_path: Path):
    db_file = tmp_path / "quotes.db"
    with _opened(db_file) as db:
        import_seeds(db, SEEDS)
        before = [(r.id, r.status) for r in load_queue(db)]
    term = _annotate(tmp_path, db_file)
    try:
        term.wait_for("in queue")
        term.keys("/")
        term.wait_for("Enter applies")  # the filter line is open (keys typed before it would act as keys)
        term.type("zqxwvy")
        term.keys("Enter")
        term.wait_for(" 0 in queue")
        term.keys("x")
        screen = term.wait_for("Nothing was stored.")
        assert "Rejected" not in screen
        term.keys("a")
        time.sleep(0.5)
        screen = term.wait_for("Nothing was stored.")
        assert "Accepted" not in screen and "no quote matches the filter" in " ".join(screen.split())
        term.keys("q")
        term.wait_for("QUOTETOOL-EXIT:0")
    finally:
        term.kill()
    with _opened(db_file) as db:
        assert [(r.id, r.status) for r in load_queue(db)] == before
        assert all(history(db, quote_id) == [] for quote_id, _ in before)


@pytest.mark.skipif(TMUX is None, reason="tmux is not installed (CI installs it)")
def test_sigterm_restores_the_terminal_and_keeps_the_decisions(tmp_path: Path):
    db_file = tmp_path / "quotes.db"
    with _opened(db_file) as db:
        import_seeds(db, SEEDS)
        first = next(r.id for r in load_queue(db) if r.status == "proposed")
    # after the app: the terminal's echo setting, then the app's exit status
    after = "; rc=$?; stty -a | tr ' ;' '\\n\\n' | grep -x -e echo -e -echo | sed 's/^/STTY:/'; (exit $rc)"
    term = _annotate(tmp_path, db_file, after=after)
    try:
        term.wait_for("in queue")
        term.keys("a")
        term.wait_for(f"Accepted quote {first}.")
        assert term._tmux("display", "-p", "#{alternate_on}").strip() == "1"  # the UI is on the alternate screen
        shell = int(term._tmux("list-panes", "-F", "#{pane_pid}").split()[0])
        quotetool = _children(shell)
        assert quotetool
        for pid in quotetool:
            os.kill(pid, signal.SIGTERM)
        screen = term.wait_for("QUOTETOOL-EXIT:")
        assert "STTY:echo" in screen and "STTY:-echo" not in screen, screen
        assert term._tmux("display", "-p", "#{alternate_on}").strip() == "0"  # back on the shell's screen
        assert "Traceback" not in screen
    finally:
        term.kill()
    with _opened(db_file) as db:
        assert [d.action for d in history(db, first)] == ["accept"]
