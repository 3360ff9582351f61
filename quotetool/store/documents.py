"""Storing articles and the detector's proposals for them, without ever touching human decisions."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Sequence

from sqlmodel import Session, col, delete, select, update

from quotetool.detect import DETECTOR_VERSION, Proposal, detect
from quotetool.ingest import Article
from quotetool.store.articles import live_spans, unmark_if_new_proposals
from quotetool.store.database import Database, now
from quotetool.store.models import Decision, Document, Origin, Quote, Status
from quotetool.store.speakers import speaker_for_name
from quotetool.store.views import DocumentView, ImportResult

Detector = Callable[[str], Sequence[Proposal]]


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def import_article(db: Database, article: Article, *, detector: Detector = detect) -> ImportResult:
    """Store one article and its proposals in one transaction; an article already stored adds nothing."""
    digest = content_hash(article.text)
    with db.read() as session:
        existing = session.exec(select(Document.id).where(Document.content_hash == digest)).first()
    if existing is not None:
        return ImportResult(existing, created=False, proposals=0)
    proposals = detector(article.text)  # outside the transaction: detection may take a while
    with db.write() as session:
        existing = session.exec(select(Document.id).where(Document.content_hash == digest)).first()
        if existing is not None:  # another process stored it meanwhile
            return ImportResult(existing, created=False, proposals=0)
        doc = Document(
            title=article.title, source_url=article.url, origin=article.origin,
            external_id=article.external_id, content_hash=digest, text=article.text,
            imported_at=now(), detector_version=DETECTOR_VERSION, outlet=article.outlet, published=article.published,
        )
        session.add(doc)
        session.flush()
        assert doc.id is not None
        stored = _add_proposals(session, doc.id, article.text, proposals, keep=[])
        bump_revision(session, doc.id)
        return ImportResult(doc.id, created=True, proposals=stored)


def redetect(db: Database, document_ids: Iterable[int] | None = None, *,
             detector: Detector = detect) -> dict[int, int]:
    """Run the detector again; returns {document id: proposals added}.

    Untouched proposals (never decided or edited) are replaced by the new ones. Every quote a
    person accepted, rejected, edited or added stays as it is, and new proposals that overlap
    one of them are dropped: the editor has already ruled on that stretch of text.
    """
    with db.read() as session:
        query = select(Document.id).order_by(col(Document.id))
        if document_ids is not None:
            query = query.where(col(Document.id).in_(list(document_ids)))
        ids = list(session.exec(query))
    added: dict[int, int] = {}
    for doc_id in ids:
        with db.read() as session:
            text = session.exec(select(Document.text).where(Document.id == doc_id)).one()
        proposals = detector(text)
        with db.write() as session:
            spans_before = live_spans(session, doc_id)
            touched = select(Decision.quote_id).where(col(Decision.quote_id) == col(Quote.id)).exists()
            session.exec(  # type: ignore[call-overload]
                delete(Quote).where(
                    col(Quote.document_id) == doc_id, col(Quote.status) == Status.PROPOSED,
                    col(Quote.origin) == Origin.DETECTOR, col(Quote.version) == 1, ~touched,
                )
            )
            keep = [(q.start, q.end) for q in session.exec(select(Quote).where(Quote.document_id == doc_id))]
            added[doc_id] = _add_proposals(session, doc_id, text, proposals, keep=keep)
            bump_revision(session, doc_id)
            unmark_if_new_proposals(session, doc_id, spans_before)
            doc = session.get(Document, doc_id)
            assert doc is not None
            doc.detector_version = DETECTOR_VERSION
            session.add(doc)
    return added


def bump_revision(session: Session, doc_id: int) -> None:
    """The article's proposals were replaced: an open review screen reloads it (call in the same transaction)."""
    session.exec(update(Document).where(col(Document.id) == doc_id).values(revision=Document.revision + 1))  # type: ignore[call-overload]


def _add_proposals(session: Session, doc_id: int, text: str, proposals: Sequence[Proposal],
                   keep: list[tuple[int, int]]) -> int:
    created = now()
    stored = 0
    for p in proposals:
        if not (0 <= p.start < p.end <= len(text)) or any(p.start < e and s < p.end for s, e in keep):
            continue
        speaker = speaker_for_name(session, p.speaker, merge_by_key=True) if p.speaker else None
        speaker_id = speaker.id if speaker else None
        session.add(Quote(
            document_id=doc_id, start=p.start, end=p.end, text=text[p.start:p.end], kind=str(p.kind),
            cue=p.cue, cue_start=p.cue_start, cue_end=p.cue_end, speaker_mention=p.speaker_mention,
            mention_start=p.mention_start, mention_end=p.mention_end, speaker_id=speaker_id,
            parts=json.dumps([list(x) for x in p.parts]) if p.parts else None,
            status=Status.PROPOSED, origin=Origin.DETECTOR, rule=p.rule, confidence=p.confidence,
            detector_version=DETECTOR_VERSION, created_at=created, detector_speaker=speaker.name if speaker else None,
            detector_start=p.start, detector_end=p.end, detector_kind=str(p.kind),
        ))
        stored += 1
    return stored


def get_document(db: Database, document_id: int) -> DocumentView | None:
    with db.read() as session:
        doc = session.get(Document, document_id)
        if doc is None:
            return None
        assert doc.id is not None
        return DocumentView(doc.id, doc.title, doc.source_url, doc.origin, doc.text, doc.imported_at, doc.outlet,
                            doc.published, doc.reviewed_by, doc.reviewed_at)
