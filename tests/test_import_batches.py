"""A large article is written in bounded transactions and an interrupted one is completed, never doubled
(issue 15, item 6)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from quotetool.detect import detect
from quotetool.ingest import Article
from quotetool.store import Database, Limits, accept, import_article, redetect, store_articles, stored_hashes
from quotetool.store.documents import Prepared, content_hash

NAMES = ["Anna Berg", "Otto Wendt", "Eva Kern", "Paul Ober", "Jana Lind"]
SMALL = Limits(rows=50, text_chars=10_000, articles=5)


def large_article(n: int = 300) -> Article:
    text = "".join(f"„Wir brauchen {i} neue Brücken“, sagte {NAMES[i % len(NAMES)]} am Montag.\n" for i in range(n))
    return Article(text, "gross.txt")


def quotes(db_file: Path) -> list[tuple]:
    with sqlite3.connect(db_file) as conn:
        return conn.execute(
            'SELECT q.start, q."end", q.kind, s.name FROM quote q LEFT JOIN speaker s ON s.id = q.speaker_id '
            "ORDER BY q.start"
        ).fetchall()


def interrupted_after(proposals: list, count: int) -> Iterator:
    """Proposals as they come from the detector, and Ctrl-C after ``count`` of them."""
    yield from proposals[:count]
    raise KeyboardInterrupt


@pytest.fixture
def reference(tmp_path: Path) -> list[tuple]:
    db = Database.open(str(tmp_path / "reference.db"))
    try:
        import_article(db, large_article())
    finally:
        db.close()
    return quotes(tmp_path / "reference.db")


def test_a_large_article_in_parts_equals_one_transaction(tmp_path: Path, reference: list[tuple]) -> None:
    assert len(reference) == 300
    db_file = tmp_path / "q.db"
    db = Database.open(str(db_file))
    try:
        article = large_article()
        item = Prepared(article, content_hash(article.text), detect(article.text))
        results = [r for batch in store_articles(db, [item], limits=SMALL) for r in batch]
        assert [(r.created, r.proposals) for r in results] == [(True, 300)]
    finally:
        db.close()
    assert quotes(db_file) == reference


def test_an_interrupted_large_article_is_completed_by_the_next_import(tmp_path: Path, reference: list[tuple]) -> None:
    db_file = tmp_path / "q.db"
    db = Database.open(str(db_file))
    try:
        article = large_article()
        digest = content_hash(article.text)
        item = Prepared(article, digest, interrupted_after(detect(article.text), 120))
        with pytest.raises(KeyboardInterrupt):
            list(store_articles(db, [item], limits=SMALL))
        assert len(quotes(db_file)) == 100  # two committed parts of 50; the third was under way
        assert stored_hashes(db, [digest]) == set()  # not complete: a rerun takes it up again

        again = import_article(db, article)  # the ordinary import, one transaction for the rest
        assert again.created and again.proposals == 200
        assert stored_hashes(db, [digest]) == {digest}
        assert not import_article(db, article).created
        assert db.integrity_check() == "ok"
    finally:
        db.close()
    assert quotes(db_file) == reference  # every proposal once, the same as an uninterrupted import
    with sqlite3.connect(db_file) as conn:
        assert conn.execute("SELECT count(*) FROM document").fetchone()[0] == 1


def test_redetect_in_parts_keeps_decisions_and_equals_one_transaction(tmp_path: Path, reference: list[tuple]) -> None:
    db_file = tmp_path / "q.db"
    db = Database.open(str(db_file))
    try:
        doc = import_article(db, large_article()).document_id
        with sqlite3.connect(db_file) as conn:
            first_id, version = conn.execute("SELECT id, version FROM quote ORDER BY start LIMIT 1").fetchone()
        accept(db, first_id, annotator="t", version=version)
        assert redetect(db, [doc], limits=SMALL) == {doc: 299}  # the accepted one stays, its stretch is ruled on
        with sqlite3.connect(db_file) as conn:
            assert conn.execute("SELECT status FROM quote WHERE id = ?", (first_id,)).fetchone() == ("accepted",)
    finally:
        db.close()
    assert quotes(db_file) == reference
