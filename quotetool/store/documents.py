"""Storing articles and the detector's proposals for them, without ever touching human decisions.

Articles are written in bounded batches: one transaction holds many small articles, or a part of
one large article's proposals, so no transaction holds the write lock for long (``Limits``).
An article whose proposals take several transactions is stored with ``detector_version`` NULL
first and marked with the detector's version by its last transaction: "already stored" means a
document row with this text AND a detector version. A rerun finds an unfinished document and
completes it, adding only the proposals that are not stored yet (a proposal that overlaps a
stored quote is left out, as ``redetect`` does), so nothing is stored twice.
"""

from __future__ import annotations

import bisect
import itertools
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlmodel import Session, col, delete, select

from quotetool.detect import DETECTOR_VERSION, Proposal, detect
from quotetool.ingest import Article
from quotetool.prepared import PIECE_CHARS, Prepared, Rows, content_hash, row, utf8_pieces
from quotetool.store import deferred, search
from quotetool.store.articles import live_spans, unmark_if_new_proposals
from quotetool.store.database import Database, cursor_of, now
from quotetool.store.models import Decision, Document, Origin, Quote, Status
from quotetool.store.speakers import named_ids
from quotetool.store.views import ImportResult

Detector = Callable[[str], Sequence[Proposal]]


@dataclass(frozen=True, slots=True)
class Limits:
    """How much one write transaction may carry (each bound alone ends a batch)."""

    rows: int = 4000  # quotes and documents
    text_chars: int = 8 * 1024 * 1024  # article text
    articles: int = 500
    seconds: float = 2.0  # a batch that waited this long for articles is written as it is
    # An import defers some indexes (deferred.py) once it has stored this many proposals, and as many as the
    # database held before it: building them at the end then costs less than keeping them in step. 0: never.
    defer_indexes: int = 20_000


DEFAULT_LIMITS = Limits()
_PAUSE = 0.12  # seconds: longer than SQLite's longest wait between two tries for a busy lock (100 ms)
_T = TypeVar("_T")


def prepare(article: Article, detector: Detector = detect) -> Prepared:
    return Prepared(article, content_hash(article.text), detector(article.text))


def stored_hashes(db: Database, digests: Sequence[str]) -> set[str]:
    """The digests among ``digests`` whose articles are completely stored (nothing left to add)."""
    done: set[str] = set()
    with db.raw() as conn:  # plain SQL: the import asks for every few dozen articles, and the ORM cost more than SQLite
        for i in range(0, len(digests), 500):
            chunk = digests[i : i + 500]
            sql = (
                f"SELECT content_hash FROM document WHERE content_hash IN ({', '.join('?' * len(chunk))}) "
                "AND detector_version IS NOT NULL"
            )
            done.update(r[0] for r in conn.execute(sql, chunk).fetchall())
    return done


def import_article(db: Database, article: Article, *, detector: Detector = detect) -> ImportResult:
    """Store one article and its proposals; an article already stored adds nothing."""
    digest = content_hash(article.text)
    if digest in stored_hashes(db, [digest]):
        with db.read() as session:
            doc_id = session.exec(select(Document.id).where(Document.content_hash == digest)).one()
        assert doc_id is not None
        return ImportResult(doc_id, created=False, proposals=0)
    prepared = Prepared(article, digest, detector(article.text))  # outside any transaction: detection takes a while
    results = [r for batch in store_articles(db, [prepared]) for r in batch]
    return results[0]


def store_articles(
    db: Database, items: Iterable[Prepared], *, limits: Limits = DEFAULT_LIMITS
) -> Iterator[list[ImportResult]]:
    """Store prepared articles in bounded transactions; yields the results of each committed one.

    Results come in the order of ``items``. An interruption (Ctrl-C, a lock wait that timed out) loses
    only the transaction under way; everything yielded before is stored for good. A large import defers some
    indexes and builds them before it returns, or when it is interrupted (else the next open does).
    """
    indexing = _Indexing(db, limits.defer_indexes)
    try:
        for results in _store_all(db, items, limits):
            indexing.stored(sum(r.proposals for r in results))
            yield results
    except BaseException:
        indexing.end(quietly=True)
        raise
    indexing.end(quietly=False)


class _Indexing:
    """Whether this import has deferred indexes (deferred.py): on SQLite, once it has stored ``after`` proposals
    and at least as many as the database held before it."""

    def __init__(self, db: Database, after: int) -> None:
        self.db = db
        self.after = after if db.server is None and after > 0 else 0
        self.written = 0
        self.lock = deferred.ImportLock(db.path)

    def stored(self, proposals: int) -> None:
        self.written += proposals
        if not self.after or self.written < self.after or self.lock.held:
            return
        with self.db.raw() as conn:
            before = conn.execute("SELECT coalesce(max(id), 0) FROM quote").fetchone()[0] - self.written
            if self.written < before:
                self.after = before  # (asked again once this import has stored as many)
                return
            if not self.lock.acquire():  # another import has them deferred, or builds them
                self.after = 0
                return
            try:
                deferred.drop(conn)
            except BaseException:
                self.lock.release()
                raise

    def end(self, *, quietly: bool) -> None:
        """Build the deferred indexes; ``quietly``: an error doing so is not the one to report (the next open
        builds them)."""
        if not self.lock.held:
            return
        try:
            with self.db.raw() as conn:
                deferred.build(conn)
        except Exception:
            if not quietly:
                raise
        finally:
            self.lock.release()


def _store_all(db: Database, items: Iterable[Prepared], limits: Limits) -> Iterator[list[ImportResult]]:
    batch: list[Prepared] = []
    rows = chars = 0
    started = time.monotonic()
    pace = _Pace()
    for item in items:
        large = not isinstance(item.proposals, Sequence)
        size = 1 if large else len(item.proposals) + 1  # type: ignore[arg-type]
        length = len(item.article.text)
        full = rows + size > limits.rows or chars + length > limits.text_chars or len(batch) >= limits.articles
        if batch and (large or full or time.monotonic() - started > limits.seconds):
            yield pace(_store_batch, db, batch)
            batch, rows, chars = [], 0, 0
        if large or size > limits.rows or length > limits.text_chars:
            yield [_store_large(db, item, limits, pace)]
            continue
        if not batch:
            started = time.monotonic()
        batch.append(item)
        rows, chars = rows + size, chars + length
    if batch:
        yield pace(_store_batch, db, batch)


class _Pace:
    """Write transactions with the write lock left free between two of them for a moment.

    A waiting writer (an editor's decision) polls for the lock up to every 100 ms; without a pause,
    back-to-back batches could keep it waiting for seconds although each holds the lock briefly.
    Before a transaction begins, the lock has been free as long as the one before held it, up to
    ``_PAUSE`` (so it is free at least half the time). The time the import spends gathering the next
    batch (reading, detecting) counts: only what is left of the pause is slept, usually nothing.
    """

    def __init__(self) -> None:
        self.free_until = 0.0

    def __call__(self, write: Callable[..., _T], *args: Any) -> _T:
        wait = self.free_until - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        began = time.monotonic()
        result = write(*args)
        ended = time.monotonic()
        self.free_until = ended + min(_PAUSE, ended - began)
        return result


def _store_batch(db: Database, batch: list[Prepared]) -> list[ImportResult]:
    """Several articles with all their proposals in one transaction."""
    results: list[ImportResult] = []
    with db.write() as session:
        found = _documents_by_hash(session, [item.digest for item in batch])
        rows_of = [_rows(item.proposals, item.article.text) for item in batch]
        speakers = named_ids(session, (r[0] for rows in rows_of for r in rows))
        cursor = _cursor(session)
        created = now()
        with search.bulk_insert(cursor):  # the batch's quotes go into the search index at its end
            for item, rows in zip(batch, rows_of, strict=True):
                doc_id, complete = found.get(item.digest, (None, False))
                if complete:
                    assert doc_id is not None
                    results.append(ImportResult(doc_id, created=False, proposals=0))
                    continue
                resuming = doc_id is not None
                if doc_id is None:
                    doc_id = _insert_document(cursor, item.article, item.digest, DETECTOR_VERSION)
                stored = _insert_quotes(
                    session, doc_id, item.article.text, rows, speakers, created, check_stored=resuming, cursor=cursor
                )
                if resuming:
                    _mark_complete(cursor, doc_id)
                found[item.digest] = (doc_id, True)
                results.append(ImportResult(doc_id, created=True, proposals=stored))
    return results


def _store_large(db: Database, item: Prepared, limits: Limits, pace: _Pace) -> ImportResult:
    """One article too large for one transaction: the document, then its proposals in parts, then 'complete'."""
    doc_id, stored_before, complete = pace(_large_document, db, item)
    if complete:
        return ImportResult(doc_id, created=False, proposals=0)
    stored = _add_in_parts(db, doc_id, item.article.text, item.proposals, limits, check_stored=stored_before, pace=pace)
    pace(_mark_complete_alone, db, doc_id)
    return ImportResult(doc_id, created=True, proposals=stored)


def _large_document(db: Database, item: Prepared) -> tuple[int, bool, bool]:
    """(document id, whether it was stored before, whether completely), the document stored now if it was not."""
    with db.write() as session:
        doc_id, complete = _documents_by_hash(session, [item.digest]).get(item.digest, (None, False))
        if doc_id is not None:
            return doc_id, True, complete
        return _insert_document(_cursor(session), item.article, item.digest, None), False, False


def _mark_complete_alone(db: Database, doc_id: int) -> None:
    with db.write() as session:
        _mark_complete(_cursor(session), doc_id)


def _add_in_parts(
    db: Database,
    doc_id: int,
    text: str,
    proposals: Iterable[Proposal],
    limits: Limits,
    *,
    check_stored: bool,
    pace: _Pace | None = None,
) -> int:
    """Proposals in transactions of at most ``limits.rows``; with ``check_stored``, leaving out what is stored.

    The next part is taken from ``proposals`` (perhaps detected only now) before its transaction begins.
    """
    stored = 0
    pending = iter(proposals)
    pace = pace or _Pace()  # a waiting editor gets in between two parts
    while part := list(itertools.islice(pending, limits.rows)):
        stored += pace(_add_part, db, doc_id, text, part, check_stored)
    return stored


def _add_part(db: Database, doc_id: int, text: str, part: list[Proposal], check_stored: bool) -> int:
    with db.write() as session:
        rows = _rows(part, text)
        speakers = named_ids(session, (r[0] for r in rows))
        return _insert_quotes(session, doc_id, text, rows, speakers, now(), check_stored=check_stored)


def _documents_by_hash(session: Session, digests: list[str]) -> dict[str, tuple[int | None, bool]]:
    """{digest: (document id, complete)} for the digests already stored."""
    rows = session.exec(
        select(Document.content_hash, Document.id, Document.detector_version).where(
            col(Document.content_hash).in_(list(dict.fromkeys(digests)))
        )
    ).all()
    return {digest: (doc_id, version is not None) for digest, doc_id, version in rows}


# Plain SQL through the session's own connection (inside its transaction): the ORM's per-statement
# work cost more than SQLite's for these inserts.
_INSERT_DOCUMENT = (
    "INSERT INTO document (title, source_url, origin, external_id, content_hash, text, imported_at, "
    "detector_version, outlet, published, revision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"
)
_INSERT_QUOTE = (  # a row: document, speaker id and name, time, detector version, then a ROW without its speaker
    'INSERT INTO quote (document_id, speaker_id, detector_speaker, created_at, detector_version, start, "end", '
    "text, kind, cue, cue_start, cue_end, speaker_mention, mention_start, mention_end, parts, rule, confidence, "
    "learned, detector_start, detector_end, detector_kind, status, origin, version) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
    f"'{Status.PROPOSED.value}', '{Origin.DETECTOR.value}', 1)"
)


def _cursor(session: Session) -> Any:
    return cursor_of(session)  # SQLite's cursor, or one on PostgreSQL that takes the same calls


def _insert_document(cursor: Any, article: Article, digest: str, version: str | None) -> int:
    """The document row. On SQLite a long text is written a piece at a time into a placeholder of its
    length, so that no UTF-8 copy of the whole text is made (binding a str would make two)."""
    a = article
    long = len(a.text) > PIECE_CHARS and isinstance(cursor, sqlite3.Cursor)
    text: str | int = sum(len(piece) for piece in utf8_pieces(a.text)) if long else a.text
    sql = (
        _INSERT_DOCUMENT.replace("?, ?, ?, ?, ?, 1)", "CAST(zeroblob(?) AS TEXT), ?, ?, ?, ?, 1)")
        if long
        else _INSERT_DOCUMENT
    )
    cursor.execute(sql, (a.title, a.url, a.origin, a.external_id, digest, text, now(), version, a.outlet, a.published))
    doc_id = cursor.lastrowid
    assert doc_id is not None
    if long:
        with cursor.connection.blobopen("document", "text", doc_id) as blob:
            for piece in utf8_pieces(a.text):
                blob.write(piece)
    return doc_id


def _mark_complete(cursor: Any, doc_id: int) -> None:
    """The document's proposals are all stored; its revision tells an open review screen to reload it."""
    cursor.execute(
        "UPDATE document SET detector_version = ?, revision = revision + 1 WHERE id = ?", (DETECTOR_VERSION, doc_id)
    )


def _rows(proposals: Iterable[Proposal], text: str) -> list[tuple]:
    """The proposals as rows (``ROW``): as the detector workers sent them, or made here."""
    return proposals.rows if isinstance(proposals, Rows) else [row(p, text) for p in proposals]


def _insert_quotes(
    session: Session,
    doc_id: int,
    text: str,
    rows: list[tuple],
    speakers: dict[str, tuple[int, str]],
    created: str,
    *,
    check_stored: bool,
    cursor: Any = None,
) -> int:
    """Insert the rows that fit the text; with ``check_stored``, none overlapping a stored quote. Returns how many."""
    if not rows:
        return 0
    keep = _Spans(
        _stored_spans(session, doc_id, min(r[1] for r in rows), max(r[2] for r in rows)) if check_stored else []
    )
    length = len(text)
    values = []
    nobody = (None, None)
    for r in rows:
        if 0 <= r[1] < r[2] <= length and not (keep and keep.overlap(r[1], r[2])):
            speaker = speakers.get(r[0], nobody) if r[0] else nobody
            values.append((doc_id, *speaker, created, DETECTOR_VERSION, *r[1:]))
    (cursor or _cursor(session)).executemany(_INSERT_QUOTE, values)
    return len(values)


def _stored_spans(session: Session, doc_id: int, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the document's quotes that may overlap [start, end) (detector proposals never overlap each other)."""
    return list(
        session.exec(
            select(Quote.start, Quote.end).where(
                Quote.document_id == doc_id, col(Quote.start) < end, col(Quote.end) > start
            )
        ).all()
    )


class _Spans:
    """Stored spans, asked "does any overlap [start, end)?" in O(log n): sorted starts, running maximum of ends."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans = sorted(spans)
        self.starts = [s for s, _ in spans]
        self.reach = list(itertools.accumulate((e for _, e in spans), max))

    def __bool__(self) -> bool:
        return bool(self.starts)

    def overlap(self, start: int, end: int) -> bool:
        before = bisect.bisect_left(self.starts, end)  # spans that begin before ``end``
        return before > 0 and self.reach[before - 1] > start


def redetect(
    db: Database,
    document_ids: Iterable[int] | None = None,
    *,
    detector: Detector = detect,
    limits: Limits = DEFAULT_LIMITS,
    progress: Callable[[int, int], None] | None = None,
) -> dict[int, int]:
    """Run the detector again; returns {document id: proposals added}.

    Untouched proposals (never decided or edited) are replaced by the new ones. Every quote a
    person accepted, rejected, edited or added stays as it is, and new proposals that overlap
    one of them are dropped: the editor has already ruled on that stretch of text. Each document
    is done in bounded transactions (old proposals removed in parts, new ones added in parts, then
    the document marked with the detector's version); an interrupted run is completed by the next.
    """
    with db.read() as session:
        query = select(Document.id).order_by(col(Document.id))
        if document_ids is not None:
            query = query.where(col(Document.id).in_(list(document_ids)))
        ids = list(session.exec(query))
    added: dict[int, int] = {}
    for doc_id in ids:
        assert doc_id is not None
        with db.read() as session:
            text = session.exec(select(Document.text).where(Document.id == doc_id)).one()
        added[doc_id] = _redetect_one(db, doc_id, text, detector(text), limits)
        if progress is not None:
            progress(len(added), len(ids))
    return added


def _redetect_one(db: Database, doc_id: int, text: str, proposals: Sequence[Proposal], limits: Limits) -> int:
    """Replace the untouched proposals of one document: in one transaction when it is small, else in parts."""
    with db.write() as session:
        spans_before = live_spans(session, doc_id)  # a reviewed article with new proposals is no longer reviewed
        removed = _remove_untouched(session, doc_id, limits.rows)
        if removed < limits.rows and len(proposals) <= limits.rows:
            rows = _rows(proposals, text)
            speakers = named_ids(session, (r[0] for r in rows))
            stored = _insert_quotes(session, doc_id, text, rows, speakers, now(), check_stored=True)
            _mark_complete(_cursor(session), doc_id)
            unmark_if_new_proposals(session, doc_id, spans_before)
            return stored
    while removed == limits.rows:
        with db.write() as session:
            removed = _remove_untouched(session, doc_id, limits.rows)
    stored = _add_in_parts(db, doc_id, text, proposals, limits, check_stored=True)
    with db.write() as session:
        _mark_complete(_cursor(session), doc_id)
        unmark_if_new_proposals(session, doc_id, spans_before)
    return stored


def _remove_untouched(session: Session, doc_id: int, most: int) -> int:
    """Delete up to ``most`` of the document's proposals that nobody decided or edited; returns how many."""
    touched = select(Decision.quote_id).where(col(Decision.quote_id) == col(Quote.id)).exists()
    ids = (
        select(Quote.id)
        .where(
            col(Quote.document_id) == doc_id,
            col(Quote.status) == Status.PROPOSED,
            col(Quote.origin) == Origin.DETECTOR,
            col(Quote.version) == 1,
            ~touched,
        )
        .limit(most)
    )
    result = session.exec(delete(Quote).where(col(Quote.id).in_(ids)))  # type: ignore[call-overload]
    return int(result.rowcount)
