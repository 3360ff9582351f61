"""Ctrl-C is an interruption wherever it lands, also inside an SQL function that SQLite calls back (qt_fold runs
for every quote an import indexes and every queue search): never a database error, never a traceback."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from conftest import ROOT

from quotetool.store import Database

# A child that folds numbers with qt_fold until it is interrupted (hours, else): while SQLite works, the only
# Python code that runs is qt_fold, so that is where Python raises the KeyboardInterrupt.
_CHILD = textwrap.dedent(
    """
    import sys
    from quotetool.errors import DatabaseError
    from quotetool.store import Database

    db = Database.open({db!r})
    try:
        with db.raw() as conn:
            print("folding", flush=True)
            conn.execute(
                "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n LIMIT 1000000000) "
                "SELECT count(qt_fold('Ä' || x)) FROM n"
            ).fetchone()
        print("finished", flush=True)
    except KeyboardInterrupt:
        print("interrupted", flush=True)
        sys.exit(130)
    except DatabaseError as exc:
        print("database error:", exc, flush=True)
        sys.exit(1)
    finally:
        db.close()
    """
)


def test_ctrl_c_inside_an_sql_function_is_an_interruption(tmp_path: Path) -> None:
    db_file = tmp_path / "q.db"
    Database.open(str(db_file)).close()
    proc = subprocess.Popen([sys.executable, "-c", _CHILD.format(db=str(db_file))], cwd=ROOT, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip
    try:
        assert proc.stdout is not None and proc.stdout.readline() == "folding\n", proc.communicate(timeout=60)
        time.sleep(0.5)  # well inside the statement
        os.kill(proc.pid, signal.SIGINT)
        out, err = proc.communicate(timeout=60)
    finally:
        proc.kill()
    assert (proc.returncode, out) == (130, "interrupted\n"), err
    assert err == ""  # the interruption noted inside qt_fold is not printed as an exception "ignored"


def test_sql_functions_fold_any_value_sqlite_hands_them(db_path: Path) -> None:
    db = Database.open(str(db_path))
    try:
        with db.raw() as conn:
            row = conn.execute(
                "SELECT qt_fold('Ärger'), qt_fold(NULL), qt_fold(42), qt_fold(0), qt_fold(1.5)"
            ).fetchone()
    finally:
        db.close()
    assert tuple(row) == ("arger", "", "42", "0", "1.5")
