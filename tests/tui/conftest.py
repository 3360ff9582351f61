"""Fixtures for the UI tests: a real SQLite file with the seeds imported (real import, real detector); for a test
marked both_backends, the same on a real PostgreSQL database too (conftest.built_db)."""

from __future__ import annotations

import asyncio
import inspect

import pytest

from quotetool.store import Database

from .tui_support import SEEDS, hold_cursors, import_fixture, import_seeds


@pytest.fixture
def review_db(built_db) -> Database:
    """The seeds imported (SQLite; on each backend in turn for a test marked both_backends)."""
    return built_db("review", lambda db: import_seeds(db, SEEDS))


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> bool | None:
    """Run `async def` tests (Textual's Pilot) in a fresh event loop; no asyncio plugin is needed."""
    if not inspect.iscoroutinefunction(pyfuncitem.obj):
        return None
    names = pyfuncitem._fixtureinfo.argnames
    asyncio.run(pyfuncitem.obj(**{name: pyfuncitem.funcargs[name] for name in names}))
    return True


@pytest.fixture(autouse=True)
def _press_waits_for_handlers(monkeypatch: pytest.MonkeyPatch) -> None:
    """``Pilot.press`` returns once the app's queues are idle, but a decision's store call runs in a thread
    that the handler awaits: wait until no guarded handler is under way (or a dialog waits for keys), so a
    test reads the database and the screen after the decision, on a loaded machine too."""
    from textual.pilot import Pilot
    from textual.screen import ModalScreen

    original = Pilot.press

    async def press(self: Pilot, *keys: str) -> None:
        await original(self, *keys)
        for _ in range(200):  # 10 s at most
            app = self.app
            if not getattr(app, "in_flight", 0) or isinstance(app.screen, ModalScreen):
                return
            await self.pause(0.05)

    monkeypatch.setattr(Pilot, "press", press)


@pytest.fixture
def fixture_db(built_db) -> Database:
    """Two short articles with hand-written proposals (no detector): for snapshots."""
    return built_db("fixture", import_fixture)


@pytest.fixture
def snap_compare(snap_compare):
    """pytest-textual-snapshot's ``snap_compare``, with every text cursor held still once ``run_before`` has driven
    the app: a focused ``Input`` blinks its cursor on a 0.5 s wall-clock timer, so a snapshot taken more than half
    a second after the last key (a loaded machine) caught it hidden. Held still, the cursor stays drawn, as right
    after typing; the app itself still blinks."""

    def compare(app, *args, run_before=None, **kwargs):
        async def run_then_hold_cursors(pilot) -> None:
            if run_before is not None:
                result = run_before(pilot)
                if inspect.isawaitable(result):
                    await result
            hold_cursors(pilot.app)

        return snap_compare(app, *args, run_before=run_then_hold_cursors, **kwargs)

    return compare
