"""The speaker registry and statement clusters in the store: real SQLite files and real PostgreSQL databases
(every test that takes ``db`` or ``db_target`` runs on each), the real detector on our own German sentences and
on the seeds, undo through the ordinary undo."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from conftest import _server_connect

from quotetool.cli import cli
from quotetool.errors import InvalidEdit
from quotetool.ingest import Article, read_articles
from quotetool.store import EXPORT_COLUMNS, Database, import_article, iter_export_rows, undo_and_look_back
from quotetool.store.migrations import CURRENT_VERSION, upgrade
from quotetool.store.registry import (
    accept_merge,
    delete_speaker,
    list_merges,
    list_speakers,
    merge_speakers,
    normalise_external_id,
    propose,
    reject_merge,
    rename_speaker,
    set_external_id,
    split_alias,
)
from quotetool.store.statements import (
    apply_to_statement,
    confirm_statement,
    link_all,
    list_statements,
    split_statement,
    statement_of,
)

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
ME = "anna"


@pytest.fixture
def db(any_db: Database) -> Database:
    return any_db


def _rows(db: Database) -> list[dict]:
    return [dict(zip(EXPORT_COLUMNS, r, strict=True)) for r in iter_export_rows(db, ["accepted", "proposed"])]


def _import(db: Database, text: str, origin: str, outlet: str) -> int:
    return import_article(db, Article(text=text, origin=origin, title=origin, outlet=outlet)).document_id


def _speaker_ids(db: Database) -> dict[str, int]:
    return {e.name: e.id for e in list_speakers(db)}


FIRST = (
    "Kiew. Der ukrainische Präsident Wolodymyr Selenskyj sagte am Montag: „Wir werden die Brücke über den "
    "Dnipro bis zum Winter wieder aufbauen.“ Die Regierung prüft die Kosten."
)
SECOND = (
    "Kyjiw. „Wir werden die Brücke über den Dnipro bis zum Winter wieder aufbauen“, sagte Wolodymyr Zelenskyy "
    "am Montag vor Journalisten."
)
THIRD = "Berlin. Wolodymyr Zelenskyy erklärte am Dienstag: „Die Hilfe aus Europa kommt an.“"


@pytest.fixture
def two_outlets(db: Database) -> Database:
    _import(db, FIRST, "a.txt", "Zeitung A")
    _import(db, SECOND, "b.txt", "Zeitung B")
    return db


def test_a_transliterated_name_is_proposed_merged_resolved_on_import_and_undone(two_outlets: Database) -> None:
    db = two_outlets
    ids = _speaker_ids(db)
    assert {"Wolodymyr Selenskyj", "Wolodymyr Zelenskyy"} <= set(ids)
    assert propose(db) >= 1
    [merge] = [
        m
        for m in list_merges(db)
        if {m.keep_id, m.merge_id} == {ids["Wolodymyr Selenskyj"], ids["Wolodymyr Zelenskyy"]}
    ]
    assert merge.rule == "transliteration"
    accept_merge(db, merge.id, annotator=ME)
    rows = _rows(db)
    assert len({r["speaker_id"] for r in rows}) == 1
    assert {r["document_id"] for r in rows} == {1, 2}
    # the merged spelling resolves to the kept speaker on a later import
    _import(db, THIRD, "c.txt", "Zeitung C")
    assert len({r["speaker_id"] for r in _rows(db)}) == 1
    # and the statement of the two outlets is linked by the merge
    statement = {r["statement_id"] for r in _rows(db) if "Brücke" in r["quote"]}
    assert len(statement) == 1 and {r["statement_size"] for r in _rows(db) if "Brücke" in r["quote"]} == {2}
    # one undo takes the merge back, everywhere
    undone = undo_and_look_back(db, annotator=ME)
    assert undone.action == "merge"
    by_doc = {r["document_id"]: r["speaker_id"] for r in _rows(db)}
    assert by_doc[1] != by_doc[2]
    assert by_doc[3] == by_doc[1]  # imported while merged: the kept speaker's
    assert [m.id for m in list_merges(db)] == [merge.id]  # proposed again, undecided
    assert {r["statement_size"] for r in _rows(db)} == {1}  # different speakers again: no statement across


def test_a_rejected_pair_is_not_proposed_again(two_outlets: Database) -> None:
    db = two_outlets
    propose(db)
    [merge] = list_merges(db)
    reject_merge(db, merge.id, annotator=ME)
    assert propose(db) == 0 and list_merges(db) == []
    assert len(list_speakers(db)) == 2


def test_rename_split_delete_and_external_id_are_logged_and_undone(two_outlets: Database) -> None:
    db = two_outlets
    ids = _speaker_ids(db)
    keep, other = ids["Wolodymyr Selenskyj"], ids["Wolodymyr Zelenskyy"]
    merge_speakers(db, keep, other, annotator=ME)
    renamed = rename_speaker(db, keep, "Wolodymyr Selenskyj (Präsident)", annotator=ME)
    assert "Wolodymyr Selenskyj" in renamed.aliases
    with pytest.raises(InvalidEdit, match="merge the two"):
        rename_speaker(db, keep, "Wolodymyr Zelenskyy", annotator=ME)
    assert set_external_id(db, keep, " q3695 ", annotator=ME).external_id == "Q3695"
    split = split_alias(db, keep, "Wolodymyr Zelenskyy", annotator=ME)
    assert split.id == other and split.quotes == 1
    assert propose(db) == 0  # split apart: not proposed again
    with pytest.raises(InvalidEdit, match="only a speaker no quote uses"):
        delete_speaker(db, other, annotator=ME)
    for action in ("split", "external-id", "rename", "merge"):
        assert undo_and_look_back(db, annotator=ME).action == action
    assert _speaker_ids(db) == ids
    assert list_speakers(db)[0].external_id is None


def test_deleting_an_unused_speaker_and_undoing_it(db: Database) -> None:
    _import(db, THIRD, "c.txt", "Zeitung C")
    [quote] = _rows(db)
    from quotetool.store import reject

    reject(db, quote["quote_id"], annotator=ME)
    delete_speaker(db, quote["speaker_id"], annotator=ME)
    assert list_speakers(db) == []
    undo_and_look_back(db, annotator=ME)
    assert [e.name for e in list_speakers(db)] == ["Wolodymyr Zelenskyy"]


def test_external_ids_are_a_qid_or_a_short_word() -> None:
    assert normalise_external_id("q42") == "Q42"
    assert normalise_external_id("GND:118580779") == "GND:118580779"
    assert normalise_external_id("  ") is None
    for bad in ("two words", "x" * 65, "Q1\x1b[31m"):
        with pytest.raises(InvalidEdit):
            normalise_external_id(bad)


def test_statements_are_confirmed_split_accepted_as_one_and_undone(two_outlets: Database) -> None:
    db = two_outlets
    ids = _speaker_ids(db)
    merge_speakers(db, ids["Wolodymyr Selenskyj"], ids["Wolodymyr Zelenskyy"], annotator=ME)
    [statement] = list_statements(db)
    first = statement.members[0].quote_id
    assert [m.source for m in statement_of(db, first)] == ["Zeitung A", "Zeitung B"]
    assert confirm_statement(db, first, annotator=ME) == 1
    assert list_statements(db)[0].confirmed == 1
    changed = apply_to_statement(db, first, "accept", annotator=ME)
    assert [q.status for q in changed] == ["accepted", "accepted"]
    assert undo_and_look_back(db, annotator=ME).action == "accept"
    assert {r["status"] for r in _rows(db)} == {"proposed"}
    split_statement(db, first, annotator=ME)
    assert list_statements(db) == [] and link_all(db).added == 0  # a rejected link is not proposed again
    undo_and_look_back(db, annotator=ME)
    assert len(list_statements(db)) == 1


def _bare_connection(target: str) -> tuple[Any, tuple[type[BaseException], ...]]:
    """A driver connection in autocommit mode, outside quotetool, and what the driver raises when the schema
    refuses a row."""
    if "://" not in target:
        return sqlite3.connect(target, isolation_level=None), (sqlite3.IntegrityError,)
    import psycopg

    return _server_connect(target), (psycopg.errors.RaiseException, psycopg.errors.IntegrityError)


def test_a_version_4_database_upgrades_to_the_registry_keeping_its_log(db_target: str) -> None:
    conn, refused = _bare_connection(db_target)
    upgrade(conn, target=4)
    conn.execute(
        "INSERT INTO document (id, origin, content_hash, text, imported_at) VALUES (1, 'a', 'h', "
        "'Er sagte: „Alles bleibt.“', '2025-01-01')"
    )
    conn.execute("INSERT INTO speaker (id, name, name_key, created_at) VALUES (1, 'Er', 'er', '2025-01-01')")
    conn.execute(
        'INSERT INTO quote (id, document_id, start, "end", text, kind, status, origin, created_at, '
        "speaker_id) VALUES (1, 1, 11, 24, 'Alles bleibt.', 'direct', 'accepted', 'manual', '2025', 1)"
    )
    conn.execute(
        "INSERT INTO decision (id, quote_id, action, annotator, at, before, after) VALUES "
        "(1, 1, 'accept', 'anna', '2025', '{\"status\": \"proposed\"}', '{\"status\": \"accepted\"}')"
    )
    conn.execute(
        "INSERT INTO decision (id, document_id, action, annotator, at) VALUES (2, 1, 'reviewed', 'anna', '2025')"
    )
    assert upgrade(conn) == (4, CURRENT_VERSION)
    assert conn.execute("SELECT id, quote_id, document_id, target FROM decision ORDER BY id").fetchall() == [
        (1, 1, None, None),
        (2, None, 1, None),
    ]
    assert conn.execute("SELECT status, merged_into, external_id FROM speaker").fetchall() == [("active", None, None)]
    with pytest.raises(refused, match="append-only"):  # the log stays append-only
        conn.execute("DELETE FROM decision")
    with pytest.raises(refused):  # a decision names one thing
        conn.execute("INSERT INTO decision (action, annotator, at) VALUES ('x', 'anna', '2025')")
    conn.close()


# -- issue 12's acceptance on the seeds -----------------------------------------------------------------


def test_seeds_one_speaker_per_person_and_one_statement_over_both_articles(db: Database) -> None:
    for article in read_articles([str(p) for p in sorted(SEEDS.glob("*.txt"))]):
        if isinstance(article, Article):
            import_article(db, article)
    propose(db)
    for merge in list_merges(db):
        accept_merge(db, merge.id, annotator=ME)
    link_all(db)
    rows = _rows(db)
    by_speaker: dict[str, set[int]] = {}
    for r in rows:
        by_speaker.setdefault(r["speaker"], set()).add(r["speaker_id"])
    belousow = {r["speaker_id"] for r in rows if r["detector_speaker"] and "Belous" in r["detector_speaker"]}
    assert len(belousow) == 1
    assert {r["document_id"] for r in rows if r["speaker_id"] in belousow} == {1, 2}
    aliases = next(r["speaker_aliases"] for r in rows if r["speaker_id"] in belousow)
    assert "Andrei Beloussow" in aliases
    no = {r["speaker_id"] for r in rows if r["detector_speaker"] and r["detector_speaker"].startswith("No Kwang")}
    assert len(no) == 1 and not no & belousow

    def statement(phrase: str, doc: int) -> tuple[int, int]:
        [row] = [r for r in rows if phrase in r["quote"] and r["document_id"] == doc]
        return row["statement_id"], row["statement_size"]

    agreements = statement("erzielten Vereinbarungen umzusetzen", 1)
    assert agreements == statement("getroffenen Vereinbarungen umzusetzen", 2)
    assert statement("Wir freuen uns auf eine enge und effektive Zusammenarbeit", 1) == agreements
    assert agreements[1] == 3
    speakers_of = {}
    for r in rows:
        speakers_of.setdefault(r["statement_id"], set()).add(r["speaker_id"])
    assert all(len(s) == 1 for s in speakers_of.values())  # no quote of Belousow linked to one of No


def test_the_commands_list_the_registry_and_statements_inertly(two_outlets: Database, db_target: str) -> None:
    db = two_outlets
    ids = _speaker_ids(db)
    rename_speaker(db, ids["Wolodymyr Selenskyj"], "Selenskyj\x1b[31m", annotator=ME)
    runner = CliRunner()
    table = runner.invoke(cli, ["speakers", "--propose", "--db", db_target])
    assert table.exit_code == 0, table.output
    assert "\x1b" not in table.output and "Selenskyj" in table.output and "1 proposed merges" in table.output
    lines = runner.invoke(cli, ["speakers", "--format", "jsonl", "--db", db_target]).output.splitlines()
    import json

    records = [json.loads(line) for line in lines]
    assert {r["type"] for r in records} == {"speaker", "merge"}
    assert any(r.get("name") == "Selenskyj\x1b[31m" for r in records)  # data stays exact
    merge_id = next(r["id"] for r in records if r["type"] == "merge")
    done = runner.invoke(cli, ["speakers", "--db", db_target, "merge", str(merge_id), "--annotator", ME])
    assert done.exit_code == 0 and "Merged" in done.output
    listed = runner.invoke(cli, ["statements", "--db", db_target, "--format", "jsonl"])
    [cluster] = [json.loads(line) for line in listed.output.splitlines()]
    assert [q["outlet"] for q in cluster["quotes"]] == ["Zeitung A", "Zeitung B"]
    bad = runner.invoke(cli, ["speakers", "--db", db_target, "set-id", str(ids["Wolodymyr Selenskyj"]), "a b"])
    assert bad.exit_code != 0 and isinstance(bad.exception, InvalidEdit | SystemExit)
