"""The Speakers screen and the "also reported by" panel: Pilot and snapshots on a fixture database of
hand-written quotes (no detector), and a tmux run that merges two speakers and undoes it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from quotetool.detect import Kind, Proposal
from quotetool.ingest import Article
from quotetool.store import Database, get_quote, import_article
from quotetool.store.registry import list_merges, list_speakers, propose
from quotetool.store.statements import link_all

from .tui_support import make_app, screen_lines

# (outlet, text, quoted words, speaker, mention)
REPORTS = (
    (
        "Tagesblatt",
        "Bürgermeisterin Jana Beispiel sagte: „Wir bauen die Brücke bis zum Winter wieder auf.“",
        "Wir bauen die Brücke bis zum Winter wieder auf.",
        "Jana Beispiel",
        "Bürgermeisterin Jana Beispiel",
    ),
    (
        "Abendpost",
        "„Wir bauen die alte Brücke bis zum Winter neu auf“, sagte Jana Baispiel am Montag.",
        "Wir bauen die alte Brücke bis zum Winter neu auf",
        "Jana Baispiel",
        "Jana Baispiel",
    ),
)


def _store(db: Database) -> None:
    for n, (outlet, text, words, speaker, mention) in enumerate(REPORTS):
        start, m_start = text.index(words), text.index(mention)
        found = [
            Proposal(
                start=start,
                end=start + len(words),
                quote=words,
                kind=Kind.DIRECT,
                rule="hand.direct",
                confidence=0.9,
                speaker=speaker,
                speaker_mention=mention,
                mention_start=m_start,
                mention_end=m_start + len(mention),
                cue="sagte",
                cue_start=text.index("sagte"),
                cue_end=text.index("sagte") + 5,
            )
        ]
        import_article(
            db,
            Article(text=text, origin=f"report/{n}.txt", title=f"Bericht {n + 1}", outlet=outlet),
            detector=lambda _t, found=found: found,
        )


def _registry(db: Database) -> None:
    _store(db)
    propose(db)


@pytest.fixture
def registry_db(built_db) -> Database:
    return built_db("registry", _registry)


async def _ready(pilot) -> None:
    """Wait for the queue and the "also reported" workers (a newer quote shown cancels an older read)."""
    from textual.worker import WorkerCancelled

    from quotetool.tui.detail_panel import ALSO_DELAY

    await pilot.pause(ALSO_DELAY + 0.1)  # the panel reads "also reported by" once a quote has stayed a moment
    for _ in range(5):
        try:
            await pilot.app.workers.wait_for_complete()
            break
        except WorkerCancelled:
            continue
    await pilot.pause()


@pytest.mark.both_backends
async def test_speakers_screen_merges_and_undoes(registry_db: Database) -> None:
    app = make_app(registry_db)
    async with app.run_test(size=(120, 30)) as pilot:
        await _ready(pilot)
        await pilot.press("S")
        await pilot.pause()
        text = "\n".join(screen_lines(app))
        assert "Jana Beispiel" in text and "Jana Baispiel" in text and "Proposed merges: 1" in text
        await pilot.press("m")
        await pilot.pause()
        assert [e.name for e in list_speakers(registry_db)] == ["Jana Beispiel"]
        assert "Merged Jana Baispiel into Jana Beispiel" in "\n".join(screen_lines(app))
        await pilot.press("u")
        await pilot.pause()
        assert len(list_speakers(registry_db)) == 2 and len(list_merges(registry_db)) == 1
        await pilot.press("i", *"q42", "enter")
        await _ready(pilot)
        assert list_speakers(registry_db)[0].external_id == "Q42"
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen.__class__.__name__ == "ReviewScreen"


@pytest.mark.both_backends
async def test_also_reported_shows_the_other_wording_and_accepts_the_statement(registry_db: Database) -> None:
    [merge] = list_merges(registry_db)
    from quotetool.store.registry import accept_merge

    accept_merge(registry_db, merge.id, annotator="tester")
    link_all(registry_db)
    app = make_app(registry_db)
    async with app.run_test(size=(120, 30)) as pilot:
        await _ready(pilot)
        await _ready(pilot)
        text = "\n".join(screen_lines(app))
        assert "Also reported by 1" in text and "Abendpost" in text
        await pilot.press("A")
        await pilot.pause()
        assert {get_quote(registry_db, q).status for q in (1, 2)} == {"accepted"}
        await pilot.press("u")
        await pilot.pause()
        assert {get_quote(registry_db, q).status for q in (1, 2)} == {"proposed"}


def test_also_reported_renders_a_word_difference_as_styles() -> None:
    from quotetool.store.statements import StatementMember
    from quotetool.tui.also_reported import render

    members = [
        StatementMember(1, 1, "A", None, None, "Wir bauen [x] die Brücke", "direct", "proposed", "J"),
        StatementMember(2, 2, "B\x1b", None, "2025-01-02", "Wir bauen die alte Brücke", "direct", "proposed", "J"),
    ]
    text = render(1, members)
    assert "\x1b" not in text.plain and "2025-01-02" in text.plain
    styles = {text.plain[s.start : s.end]: str(s.style) for s in text.spans}
    assert styles.get("[x]") == "strike red" and styles.get("alte") == "bold green"
    assert render(1, members[:1]).plain == ""


@pytest.mark.parametrize("size", [(80, 24), (160, 50)], ids=["80x24", "160x50"])
def test_speakers_screen_snapshot(snap_compare, registry_db, size):
    async def open_speakers(pilot) -> None:
        await _ready(pilot)
        await pilot.press("S")
        await pilot.pause()

    assert snap_compare(make_app(registry_db), terminal_size=size, run_before=open_speakers)


@pytest.mark.parametrize("size", [(80, 24), (160, 50)], ids=["80x24", "160x50"])
def test_also_reported_snapshot(snap_compare, registry_db, size):
    [merge] = list_merges(registry_db)
    from quotetool.store.registry import accept_merge

    accept_merge(registry_db, merge.id, annotator="tester")

    async def loaded(pilot) -> None:
        await _ready(pilot)
        await _ready(pilot)

    assert snap_compare(make_app(registry_db), terminal_size=size, run_before=loaded)


@pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")
def test_tmux_merge_two_speakers_and_undo(tmp_path: Path) -> None:
    path = tmp_path / "tmux.db"
    db = Database.open(str(path))
    _store(db)
    propose(db)
    db.close()
    session = f"qt-registry-{os.getpid()}"
    env = {**os.environ, "QUOTETOOL_ANNOTATOR": "tmux", "TERM": "xterm-256color"}
    command = f"{sys.executable} -m quotetool annotate --db {path}"
    subprocess.run(["tmux", "new-session", "-d", "-s", session, "-x", "120", "-y", "30", command], env=env, check=True)

    def screen() -> str:
        return subprocess.run(["tmux", "capture-pane", "-p", "-t", session], capture_output=True, text=True).stdout

    def wait_for(text: str) -> str:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            shown = screen()
            if text in shown:
                return shown
            time.sleep(0.2)
        raise AssertionError(f"{text!r} never appeared:\n{screen()}")

    def keys(*k: str) -> None:
        subprocess.run(["tmux", "send-keys", "-t", session, *k], check=True)

    try:
        wait_for("Reviewing as tmux")
        keys("S")
        wait_for("Proposed merges: 1")
        keys("m")
        wait_for("Merged Jana Baispiel into Jana Beispiel")
        check = Database.open(str(path))
        assert [e.name for e in list_speakers(check)] == ["Jana Beispiel"]
        keys("u")
        wait_for("Undone your merge")
        assert len(list_speakers(check)) == 2
        check.close()
        keys("Escape")
        time.sleep(0.5)
        keys("q")
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True)
