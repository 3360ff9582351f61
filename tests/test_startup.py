"""Start-up loads only what the first screen needs (issue 11: the review UI starts in under 1 s on a big database).

Each check runs in a fresh Python process, since the test process has long loaded everything: the CLI module
and the review UI import neither the ORM (SQLAlchemy, SQLModel, pydantic, about half a second) nor the detector
or the readers, and `quotetool annotate` shows its first quote through plain SQL, before the app loads the ORM
in the background. A later change that brings one of them back to start-up fails here; the time itself is
measured by benchmarks/bench_startup.py.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

from conftest import FIRST_SEED, ROOT, run_cli

ORM = ("sqlalchemy", "sqlalchemy.orm", "sqlmodel", "pydantic", "quotetool.store.models")
# The detector's rules and lexicon, the readers and import pipeline, the export, the learning and registry code.
HEAVY = (
    *ORM,
    "quotetool.detect.detector",
    "quotetool.detect.lexicon",
    "quotetool.ingest",
    "quotetool.pipeline",
    "quotetool.prepared",
    "quotetool.export",
    "quotetool.store.documents",
    "quotetool.store.review",
    "quotetool.store.learning",
    "quotetool.store.registry",
    "quotetool.store.statements",
    "psycopg",
)


PROBE = f"""
import atexit, json, sys

def heavy():
    return [m for m in {list(HEAVY)!r} if m in sys.modules]
"""


def python(code: str, *, cwd: Path) -> str:
    """The output of ``code`` in a fresh Python process (which has PROBE's heavy()); it must succeed."""
    done = subprocess.run(
        [sys.executable, "-c", PROBE + textwrap.dedent(code)], cwd=cwd, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_importing_the_cli_and_the_review_ui_loads_nothing_heavy(tmp_path: Path) -> None:
    code = """
        import quotetool.cli, quotetool.store, quotetool.tui.app
        print(json.dumps(heavy()))
    """
    assert json.loads(python(code, cwd=tmp_path)) == []


def test_help_of_a_command_loads_nothing_heavy(tmp_path: Path) -> None:
    code = """
        atexit.register(lambda: print(json.dumps(heavy())))
        sys.argv = ["quotetool", "annotate", "--help"]
        from quotetool.cli import main
        main()
    """
    out = python(code, cwd=tmp_path)
    assert "Usage: quotetool annotate" in out
    assert json.loads(out.splitlines()[-1]) == []


def test_the_store_loads_an_orm_module_at_the_first_call_of_one_of_its_functions(tmp_path: Path) -> None:
    """The store's names for ORM functions are stand-ins: importing them costs nothing, calling one loads it."""
    code = """
        from quotetool.store import Database, accept, history, set_speaker
        db = Database.open("quotes.db")
        print(json.dumps(heavy()))
        assert history(db, 1) == []  # the real function, through the ORM
        print(json.dumps(heavy()))
    """
    before, after = map(json.loads, python(code, cwd=tmp_path).splitlines())
    assert before == []
    assert {"sqlalchemy", "sqlmodel", "quotetool.store.review"} <= set(after)


def test_annotate_shows_its_first_quote_without_the_orm_and_loads_it_afterwards(tmp_path: Path) -> None:
    db = tmp_path / "quotes.db"
    done = run_cli("import", str(FIRST_SEED), "--db", str(db), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    code = f"""
        import asyncio
        from quotetool.store import Database
        from quotetool.tui.app import QuotetoolApp

        import quotetool.tui.app
        from pathlib import Path

        class Probe(QuotetoolApp):
            CSS_PATH = str(Path(quotetool.tui.app.__file__).with_name(QuotetoolApp.CSS_PATH))  # (not beside -c)

            def on_ready(self) -> None:  # the first frame is on screen; QuotetoolApp.on_ready runs next
                self.at_first_screen = heavy()

        async def review() -> None:
            db = Database.open({str(db)!r})
            app = Probe(db, annotator="tester", keymap={{}})
            async with app.run_test(size=(120, 40)):
                await app.workers.wait_for_complete()
                assert app.current is not None and app.doc is not None and app.current.text in app.doc.text
                print(json.dumps(app.at_first_screen))
                print(json.dumps(heavy()))
                app.exit()
            db.close()

        asyncio.run(review())
    """
    at_first_screen, afterwards = map(json.loads, python(code, cwd=ROOT).splitlines()[-2:])
    assert at_first_screen == []
    assert {"sqlmodel", "quotetool.store.review", "quotetool.store.registry"} <= set(afterwards)  # in the background
