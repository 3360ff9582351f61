"""Editor decisions. Each is one short IMMEDIATE transaction that changes a quote and appends to the log.

Every function takes the quote ``version`` the editor saw; if someone changed the quote since,
the decision is refused with ``StaleQuote`` (no lost updates between two editors on one file).
Undo replays the log backwards, so it survives restarts and works per annotator.
"""

from __future__ import annotations

import json
from typing import Any, NamedTuple

from sqlalchemy.orm import aliased
from sqlmodel import Session, col, select

from quotetool.detect import Kind
from quotetool.errors import InvalidEdit, NothingToUndo, StaleQuote
from quotetool.safe_text import clean_name
from quotetool.store.database import Database, now
from quotetool.store.models import (
    EDITABLE_COLUMNS,
    Action,
    Decision,
    Document,
    Origin,
    Quote,
    Speaker,
    Status,
)
from quotetool.store.speakers import speaker_for_name
from quotetool.store.views import QuoteView

_KINDS = {k.value for k in Kind}
_Undo = aliased(Decision)  # the log joined to itself: "has this decision been undone?"


def accept(db: Database, quote_id: int, *, annotator: str, version: int | None = None) -> QuoteView:
    return _decide(db, quote_id, Action.ACCEPT, annotator, version, lambda s, q: {"status": Status.ACCEPTED})


def reject(db: Database, quote_id: int, *, annotator: str, version: int | None = None) -> QuoteView:
    return _decide(db, quote_id, Action.REJECT, annotator, version, lambda s, q: {"status": Status.REJECTED})


def set_kind(db: Database, quote_id: int, kind: str, *, annotator: str, version: int | None = None) -> QuoteView:
    if kind not in _KINDS:
        raise InvalidEdit(f"{kind!r} is not a quote kind; choose one of {', '.join(sorted(_KINDS))}.")
    return _decide(db, quote_id, Action.KIND, annotator, version, lambda s, q: {"kind": kind})


def set_speaker(db: Database, quote_id: int, name: str | None, *, annotator: str, version: int | None = None,
                mention: tuple[int, int] | None = None) -> QuoteView:
    """Give the quote the speaker ``name`` (an existing name or alias, or a new person); None clears it.

    ``mention`` optionally marks where the text names that speaker; without it the old mention stays.
    The name is stored without control or format characters (``clean_name``): a typed or pasted
    escape sequence never reaches a terminal that prints it later.
    """
    name = clean_name(name or "") or None

    def changes(session: Session, quote: Quote) -> dict[str, Any]:
        out: dict[str, Any] = {"speaker_id": None}
        if name:
            out["speaker_id"] = speaker_for_name(session, name, merge_by_key=False).id
        if mention is not None:
            text = _document_text(session, quote.document_id)
            start, end = _checked_span(text, *mention)
            out.update(mention_start=start, mention_end=end, speaker_mention=text[start:end])
        return out

    return _decide(db, quote_id, Action.SPEAKER, annotator, version, changes)


def set_span(db: Database, quote_id: int, start: int, end: int, *, annotator: str,
             version: int | None = None) -> QuoteView:
    def changes(session: Session, quote: Quote) -> dict[str, Any]:
        text = _document_text(session, quote.document_id)
        s, e = _checked_span(text, start, end)
        return {"start": s, "end": e, "text": text[s:e], "parts": None}

    return _decide(db, quote_id, Action.SPAN, annotator, version, changes)


def add_quote(db: Database, document_id: int, start: int, end: int, *, kind: str, speaker: str | None,
              annotator: str, mention: tuple[int, int] | None = None) -> QuoteView:
    """A quote the detector missed, added by an editor: stored as accepted, origin manual."""
    if kind not in _KINDS:
        raise InvalidEdit(f"{kind!r} is not a quote kind; choose one of {', '.join(sorted(_KINDS))}.")
    with db.write() as session:
        text = _document_text(session, document_id)
        s, e = _checked_span(text, start, end)
        speaker_name = " ".join((speaker or "").split()) or None
        speaker_id = speaker_for_name(session, speaker_name, merge_by_key=False).id if speaker_name else None
        m_start = m_end = m_text = None
        if mention is not None:
            m_start, m_end = _checked_span(text, *mention)
            m_text = text[m_start:m_end]
        stamp = now()
        quote = Quote(
            document_id=document_id, start=s, end=e, text=text[s:e], kind=kind, speaker_id=speaker_id,
            speaker_mention=m_text, mention_start=m_start, mention_end=m_end, status=Status.ACCEPTED,
            origin=Origin.MANUAL, annotator=annotator, decided_at=stamp, created_at=stamp,
        )
        session.add(quote)
        session.flush()
        assert quote.id is not None
        _log(session, quote.id, Action.ADD, annotator, stamp, {"status": Status.DELETED},
             {"status": Status.ACCEPTED})
        return QuoteView.of(quote, _speaker_name(session, speaker_id))


def delete_quote(db: Database, quote_id: int, *, annotator: str, version: int | None = None) -> QuoteView:
    """Take back a manual quote (kept as 'deleted' so undo can restore it); proposals are rejected instead."""

    def changes(session: Session, quote: Quote) -> dict[str, Any]:
        if quote.origin != Origin.MANUAL:
            raise InvalidEdit("Only quotes added by hand can be deleted; reject a proposal instead.")
        return {"status": Status.DELETED}

    return _decide(db, quote_id, Action.DELETE, annotator, version, changes)


def undo(db: Database, *, annotator: str) -> QuoteView:
    """Reverse this annotator's latest decision that is not yet undone; returns the restored quote."""
    return undo_and_look_back(db, annotator=annotator).quote


class Undone(NamedTuple):
    """What ``undo_and_look_back`` did: the restored quote, the action it reversed, and whether an older
    decision of the annotator is left to undo."""

    quote: QuoteView
    action: str
    more: bool


def undo_and_look_back(db: Database, *, annotator: str) -> Undone:
    """``undo``, and what the editor is told about it, read in the same transaction."""
    with db.write() as session:
        target = session.exec(_last_undoable(annotator)).first()
        if target is None:
            raise NothingToUndo(f"Nothing left to undo for {annotator}.")
        quote = session.get(Quote, target.quote_id)
        assert quote is not None and target.id is not None
        before = json.loads(target.before or "{}")
        after = json.loads(target.after or "{}")
        if any(getattr(quote, k) != v for k, v in after.items()):
            raise StaleQuote(
                f"Quote {quote.id} was changed by {quote.annotator or 'someone'} after your "
                f"{target.action}; it is shown as it is now, change it by hand if needed.",
                quote.id or 0,
            )
        restore = {k: v for k, v in before.items() if k in EDITABLE_COLUMNS}
        _apply(session, quote, restore, Action.UNDO, annotator, undoes=target.id, stamp_decider=False)
        more = session.exec(_last_undoable(annotator)).first() is not None  # (sees the undo just logged)
        return Undone(QuoteView.of(quote, _speaker_name(session, quote.speaker_id)), target.action, more)


def _last_undoable(annotator: str):
    """This annotator's latest decision that is not an undo and not yet undone."""
    return (
        select(Decision)
        .where(Decision.annotator == annotator, Decision.action != Action.UNDO)
        .where(~select(1).where(_Undo.undoes == Decision.id).exists())
        .order_by(col(Decision.id).desc())
        .limit(1)
    )


def history(db: Database, quote_id: int) -> list[Decision]:
    """The log of one quote, oldest first (for audits and the detail panel)."""
    with db.read() as session:
        return list(session.exec(select(Decision).where(Decision.quote_id == quote_id).order_by(col(Decision.id))))


def _decide(db: Database, quote_id: int, action: Action, annotator: str, version: int | None,
            changes_for) -> QuoteView:
    with db.write() as session:
        quote = session.get(Quote, quote_id)
        if quote is None:
            raise InvalidEdit(f"There is no quote {quote_id}.")
        if version is not None and quote.version != version:
            raise StaleQuote(
                f"Quote {quote_id} was changed by {quote.annotator or 'someone'} since you saw it; "
                "nothing was saved, and its current state is shown.",
                quote_id,
            )
        if quote.status == Status.DELETED and action != Action.DELETE:
            raise InvalidEdit(f"Quote {quote_id} was deleted; undo the deletion to change it.")
        changes = changes_for(session, quote)
        _apply(session, quote, changes, action, annotator)
        return QuoteView.of(quote, _speaker_name(session, quote.speaker_id))


def _apply(session: Session, quote: Quote, changes: dict[str, Any], action: Action, annotator: str, *,
           undoes: int | None = None, stamp_decider: bool = True) -> None:
    """Change the quote, bump its version and log before/after; a decision that changes nothing is not logged."""
    changes = {k: (v.value if isinstance(v, Status) else v) for k, v in changes.items()}
    if all(getattr(quote, k) == v for k, v in changes.items()) and undoes is None:
        return
    stamp = now()
    if stamp_decider:
        changes = {**changes, "annotator": annotator, "decided_at": stamp}
    before = {k: getattr(quote, k) for k in changes}
    for k, v in changes.items():
        setattr(quote, k, v)
    quote.version += 1
    session.add(quote)
    assert quote.id is not None
    _log(session, quote.id, action, annotator, stamp, before, changes, undoes=undoes)


def _log(session: Session, quote_id: int, action: Action, annotator: str, stamp: str, before: dict,
         after: dict, *, undoes: int | None = None) -> None:
    def dump(d: dict) -> str:
        return json.dumps({k: (v.value if isinstance(v, Status) else v) for k, v in d.items()}, ensure_ascii=False)

    session.add(Decision(quote_id=quote_id, action=action.value, annotator=annotator, at=stamp,
                         before=dump(before), after=dump(after), undoes=undoes))


def _document_text(session: Session, document_id: int) -> str:
    text = session.exec(select(Document.text).where(Document.id == document_id)).first()
    if text is None:
        raise InvalidEdit(f"There is no document {document_id}.")
    return text


def _checked_span(text: str, start: int, end: int) -> tuple[int, int]:
    if not (0 <= start < end <= len(text)):
        raise InvalidEdit(f"The span {start}–{end} is not inside the article (0–{len(text)}) or is empty.")
    if not text[start:end].strip():
        raise InvalidEdit("A quote must contain text, not only spaces.")
    return start, end


def _speaker_name(session: Session, speaker_id: int | None) -> str | None:
    if speaker_id is None:
        return None
    return session.exec(select(Speaker.name).where(Speaker.id == speaker_id)).first()
