"""Verified annotations from a gold file (``quotetool import --verified``): an article's gold quotes become its
accepted quotes, as if an editor had reviewed the detector's proposals, and the article is marked reviewed.

The article is first stored as any import stores it (with the detector's proposals). ``apply_gold`` then
decides on those proposals the way an editor would, each decision logged under the annotator
``import:<file name>``:

- the proposal that covers most of a gold quote (of those with at least half of their letters lying in it,
  as ``quotetool eval`` judges) is accepted; where it differs, its speaker (when the gold names one and the
  proposal's speaker does not hold a gold key), span (the gold segments; several become a split quote's
  parts) and kind are corrected first, each as its own decision, so ``learn`` sees what was corrected. A
  proposal that found a quote but cut it short is corrected to its span, as an editor would, not rejected
  for a quote added by hand: its rule found the quote, and a rejection would say the words are no quote;
- other proposals are rejected, except those lying on a gold quote marked not required (left proposed);
- a required gold quote no proposal found is added (origin ``manual``: a person's verdict, as an added
  quote; the annotator says where it came from), with the gold's first speaker key as its speaker.

Gold kinds the store does not know (``reported``, ``free-indirect``, …) are stored as ``indirect``. An
article already marked reviewed (by this import before, or by an editor) is left as it is, so a rerun
changes nothing.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, col, select

from quotetool.evaluate import GoldArticle, GoldEvent, Prediction, letters, speaker_right
from quotetool.store.database import Database, now
from quotetool.store.models import Action, Decision, Document, Origin, Quote, Speaker, Status
from quotetool.store.review import apply_changes, apply_to_document
from quotetool.store.speakers import speaker_for_name

KINDS = ("direct", "indirect", "mixed")


@dataclass(frozen=True, slots=True)
class Verified:
    """What ``apply_gold`` did to one article."""

    document_id: int
    done: bool  # False: the article was marked reviewed already, nothing was changed
    accepted: int = 0
    corrected: int = 0
    rejected: int = 0
    added: int = 0


def store_kind(kind: str) -> str:
    return kind if kind in KINDS else "indirect"


def document_for(db: Database, digest: str) -> int | None:
    with db.read() as session:
        return session.exec(select(Document.id).where(Document.content_hash == digest)).first()


def apply_gold(db: Database, document_id: int, gold: GoldArticle, *, annotator: str) -> Verified:
    """Decide the stored article's proposals by its gold quotes and mark it reviewed (one transaction)."""
    with db.write() as session:
        doc = session.get(Document, document_id)
        assert doc is not None
        if doc.reviewed_at is not None:
            return Verified(document_id, done=False)
        proposals = list(
            session.exec(
                select(Quote)
                .where(
                    Quote.document_id == document_id,
                    Quote.status == Status.PROPOSED,
                    Quote.origin == Origin.DETECTOR,
                )
                .order_by(col(Quote.start), col(Quote.id))
            )
        )
        mains, rejects = _match(gold, proposals)
        counts = {"accepted": 0, "corrected": 0, "rejected": 0, "added": 0}
        for index, event in enumerate(gold.events):
            if not event.required:
                continue
            quote = mains.get(index)
            if quote is None:
                _add(session, document_id, gold.text, event, annotator)
                counts["added"] += 1
            else:
                corrected = _accept(session, quote, gold.text, event, annotator)
                counts["corrected" if corrected else "accepted"] += 1
        for quote in rejects:
            apply_changes(session, quote, {"status": Status.REJECTED}, Action.REJECT, annotator)
            counts["rejected"] += 1
        apply_to_document(session, doc, {"reviewed_by": annotator, "reviewed_at": now()}, Action.REVIEWED, annotator)
        return Verified(document_id, True, **counts)


def _match(gold: GoldArticle, proposals: Sequence[Quote]) -> tuple[dict[int, Quote], list[Quote]]:
    """{event index: the proposal covering most of it} and the proposals to reject."""
    text = gold.text
    event_chars = [letters(text, e.spans) for e in gold.events]
    best_for: dict[int, tuple[int, Quote]] = {}
    rejects: list[Quote] = []
    for quote in proposals:
        parts = [tuple(p) for p in json.loads(quote.parts)] if quote.parts else [(quote.start, quote.end)]
        chars = letters(text, parts)  # type: ignore[arg-type]
        overlaps = [len(chars & ev) for ev in event_chars]
        best = max(range(len(overlaps)), key=lambda i: (overlaps[i], -i), default=-1)
        if best < 0 or not chars or overlaps[best] * 2 < len(chars):
            rejects.append(quote)
            continue
        if not gold.events[best].required:
            continue
        cover = overlaps[best]
        held = best_for.get(best)
        if held is None or cover > held[0]:
            if held is not None:
                rejects.append(held[1])
            best_for[best] = (cover, quote)
        else:
            rejects.append(quote)
    found = {i: q for i, (_cover, q) in best_for.items()}
    return found, sorted(rejects, key=lambda q: (q.start, q.id or 0))


def _accept(session: Session, quote: Quote, text: str, event: GoldEvent, annotator: str) -> bool:
    """Correct the proposal to the gold quote where it differs, then accept it; True when corrected."""
    corrected = False
    if event.speakers:
        prediction = Prediction(quote.start, quote.end, quote.kind, quote.rule or "", _speaker_name(session, quote))
        if not speaker_right(prediction, event.speakers):
            new = speaker_for_name(session, event.speakers[0], merge_by_key=False).id
            changes: dict[str, Any] = {
                "speaker_id": new,
                "speaker_mention": None,
                "mention_start": None,
                "mention_end": None,
            }
            corrected |= apply_changes(session, quote, changes, Action.SPEAKER, annotator)
    start, end = min(s for s, _ in event.spans), max(e for _, e in event.spans)
    parts = json.dumps([list(s) for s in event.spans]) if len(event.spans) > 1 else None
    if (quote.start, quote.end, quote.parts) != (start, end, parts):
        span = {"start": start, "end": end, "text": text[start:end], "parts": parts}
        corrected |= apply_changes(session, quote, span, Action.SPAN, annotator)
    kind = store_kind(event.kind)
    if quote.kind != kind:
        corrected |= apply_changes(session, quote, {"kind": kind}, Action.KIND, annotator)
    apply_changes(session, quote, {"status": Status.ACCEPTED}, Action.ACCEPT, annotator)
    return corrected


def _speaker_name(session: Session, quote: Quote) -> str | None:
    speaker = session.get(Speaker, quote.speaker_id) if quote.speaker_id is not None else None
    return speaker.name if speaker is not None else None


def _add(session: Session, document_id: int, text: str, event: GoldEvent, annotator: str) -> None:
    start, end = min(s for s, _ in event.spans), max(e for _, e in event.spans)
    speaker_id = speaker_for_name(session, event.speakers[0], merge_by_key=False).id if event.speakers else None
    stamp = now()
    quote = Quote(
        document_id=document_id,
        start=start,
        end=end,
        text=text[start:end],
        kind=store_kind(event.kind),
        speaker_id=speaker_id,
        parts=json.dumps([list(s) for s in event.spans]) if len(event.spans) > 1 else None,
        status=Status.ACCEPTED,
        origin=Origin.MANUAL,
        annotator=annotator,
        decided_at=stamp,
        created_at=stamp,
    )
    session.add(quote)
    session.flush()
    assert quote.id is not None
    session.add(
        Decision(
            quote_id=quote.id,
            action=Action.ADD.value,
            annotator=annotator,
            at=stamp,
            before=json.dumps({"status": "deleted"}),
            after=json.dumps({"status": "accepted"}),
        )
    )
