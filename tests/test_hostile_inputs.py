"""Hostile inputs, generated (issue 15, acceptance): arbitrary bytes as file names, arbitrary JSON values in
every .jsonl/.csv field, arbitrary Unicode (lone surrogates included) as text.

Whatever comes, the good items are all imported, each bad one is named once on stderr, and the exit
status is 1 (0 when nothing was bad), never 70 ("internal error").
"""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from click.testing import CliRunner
from conftest import run_cli
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotetool.cli import cli
from quotetool.ingest import normalise, path_text
from quotetool.safe_text import inert

ANY_CHAR = st.characters(exclude_categories=())  # lone surrogates included
SENTENCE = "„Wir bauen die Brücke neu“, sagte Bürgermeisterin Anna Berg."
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**30), 10**30) | st.floats() | st.text(ANY_CHAR, max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3),
    max_leaves=6,
)
FILE_NAMES = st.binary(min_size=1, max_size=24).filter(
    lambda b: b"/" not in b and b"\x00" not in b and not b.startswith(b".")
)


@dataclass
class Corpus:
    """Files to write and what importing them must give."""

    files: dict[bytes, bytes] = field(default_factory=dict)
    good: set[str] = field(default_factory=set)  # stored texts expected
    bad: list[str] = field(default_factory=list)  # origins expected in one "skipped:" line each

    def expect(self, stored: str | None, origin: str) -> None:
        if stored is None:
            self.bad.append(origin)
        else:
            self.good.add(stored)


def has_surrogate(value: object) -> bool:
    return any(0xD800 <= ord(c) <= 0xDFFF for c in json.dumps(value, ensure_ascii=False))


def good_text(text: object) -> str | None:
    """The stored form of a text field, or None when the record must be skipped."""
    if not isinstance(text, str) or has_surrogate(text) or "\x00" in text:
        return None
    stored = normalise(text)
    return stored if stored.strip() else None


def as_field(value: object) -> str | None:
    return None if value is None else value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


@st.composite
def jsonl_line(draw: st.DrawFn) -> tuple[str, str | None]:
    """(line, stored text or None for a bad record)."""
    choice = draw(st.sampled_from(["good", "any text", "any value", "not json", "deep"]))
    if choice == "not json":
        return "{kaputt", None
    if choice == "deep":
        return "[" * 50_000, None
    text: object = (
        SENTENCE + draw(st.text(ANY_CHAR, max_size=20))
        if choice == "good"
        else draw(st.text(ANY_CHAR, max_size=30) if choice == "any text" else JSON_VALUES)
    )
    record = {"text": text, **{k: draw(JSON_VALUES) for k in ("title", "url", "id") if draw(st.booleans())}}
    expected = good_text(text)
    if any(has_surrogate(v) for v in record.values()):
        expected = None
    if draw(st.booleans()) and expected is not None and isinstance(text, str):
        record = {"text": text}  # plainly good now and then
    line = json.dumps(record, ensure_ascii=has_surrogate(record))
    return line, expected


@st.composite
def corpora(draw: st.DrawFn) -> Corpus:
    corpus = Corpus()
    names = draw(st.lists(FILE_NAMES, min_size=1, max_size=5, unique=True))
    for index, stem in enumerate(names):
        name = stem + draw(st.sampled_from([b".txt", b".jsonl", b".csv"]))
        origin = f"{index}/" + path_text(os.fsdecode(name))
        kind = name.rsplit(b".", 1)[1]
        if kind == b"txt":
            text = SENTENCE + draw(st.text(ANY_CHAR.filter(lambda c: not 0xD800 <= ord(c) <= 0xDFFF), max_size=30))
            stored = good_text(text.removeprefix("\ufeff"))
            corpus.files[f"{index}/".encode() + name] = text.encode("utf-8")
            corpus.expect(stored, origin)
        elif kind == b"jsonl":
            lines = draw(st.lists(jsonl_line(), min_size=1, max_size=4))
            corpus.files[f"{index}/".encode() + name] = "\n".join(line for line, _ in lines).encode("utf-8") + b"\n"
            for number, (_, stored) in enumerate(lines, start=1):
                corpus.expect(stored, f"{origin}:{number}")
        else:
            add_csv(draw, corpus, f"{index}/".encode() + name, origin)
    return corpus


def add_csv(draw: st.DrawFn, corpus: Corpus, path: bytes, origin: str) -> None:
    no_nul = st.text(ANY_CHAR.filter(lambda c: c != "\x00" and not 0xD800 <= ord(c) <= 0xDFFF), max_size=20)
    rows = draw(
        st.lists(
            st.tuples(
                st.one_of(no_nul, JSON_VALUES.filter(lambda v: not has_surrogate(v))),
                JSON_VALUES.filter(lambda v: not has_surrogate(v)),
            ),
            min_size=1,
            max_size=4,
        )
    )
    out = io.StringIO(newline="")
    writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\n")
    writer.writerow(["text", "title"])
    line = 2
    for text, title in rows:
        # (a NUL byte anywhere makes the whole file binary, which is skipped as one item: none in any cell)
        cell = (as_field(text) or "").replace("\x00", "")
        title_cell = (as_field(title) or "").replace("\x00", "")
        writer.writerow([cell, title_cell])
        stored = good_text(cell)
        corpus.expect(stored, f"{origin}:{line}")
        line += cell.count("\n") + title_cell.count("\n") + 1
    corpus.files[path] = out.getvalue().encode("utf-8")


def write(corpus: Corpus, folder: Path) -> None:
    for relative, data in corpus.files.items():
        target = os.fsencode(folder) + b"/" + relative
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "wb") as f:
            f.write(data)


def check(corpus: Corpus, folder: Path, db_file: Path, status: int, stderr: str) -> None:
    assert status == (1 if corpus.bad else 0), stderr
    assert "internal error" not in stderr and "Traceback" not in stderr
    skipped = [line for line in stderr.splitlines() if line.startswith("skipped: ")]
    assert len(skipped) == len(corpus.bad), (corpus.bad, skipped)
    for origin in corpus.bad:
        shown = inert(f"skipped: {folder}/{origin}:")
        assert sum(line.startswith(shown) for line in skipped) >= 1, (shown, skipped)
    with sqlite3.connect(db_file) as conn:
        stored = {r[0] for r in conn.execute("SELECT text FROM document")}
    assert stored == corpus.good


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(corpora())
def test_hostile_corpora_through_the_command_line(corpus: Corpus) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        write(corpus, folder)
        db_file = Path(tmp) / "q.db"
        result = CliRunner().invoke(cli, ["--db", str(db_file), "import", str(folder)])
        assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
        check(corpus, folder, db_file, result.exit_code, result.stderr)


@settings(max_examples=3, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(corpora())
def test_hostile_corpora_through_a_real_process(corpus: Corpus) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        write(corpus, folder)
        db_file = Path(tmp) / "q.db"
        result = run_cli("--db", str(db_file), "import", str(folder), cwd=Path(tmp))
        check(corpus, folder, db_file, result.returncode, result.stderr)
