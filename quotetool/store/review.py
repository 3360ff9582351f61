"""Editor decisions. Each is one short IMMEDIATE transaction that changes a quote and appends to the log.

Every function takes the quote ``version`` the editor saw; if someone changed the quote since,
the decision is refused with ``StaleQuote`` (no lost updates between two editors on one file).
Undo replays the log backwards, so it survives restarts and works per annotator.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import aliased
from sqlmodel import Session, col, func, select

from quotetool.detect import Kind
from quotetool.errors import InvalidEdit, NothingToUndo, StaleDocument, StaleQuote
from quotetool.safe_text import clean_name
from quotetool.store.context import same_sentence
from quotetool.store.database import Database, now
from quotetool.store.models import (
    DOCUMENT_EDITABLE_COLUMNS,
    EDITABLE_COLUMNS,
    Action,
    Decision,
    Document,
    Flag,
    Origin,
    Quote,
    Speaker,
    Status,
)
from quotetool.store.speakers import speaker_for_name
from quotetool.store.views import QuoteView, ReviewMark

_KINDS = {k.value for k in Kind}
_FLAGS = {f.value for f in Flag}
COMMENT_MAX_CHARS = 4000  # a note on a quote, not an essay
_Undo = aliased(Decision)  # the log joined to itself: "has this decision been undone?"


def accept(db: Database, quote_id: int, *, annotator: str, version: int | None = None) -> QuoteView:
    return _decide(db, quote_id, Action.ACCEPT, annotator, version, lambda s, q: {"status": Status.ACCEPTED})


def reject(db: Database, quote_id: int, *, annotator: str, version: int | None = None) -> QuoteView:
    return _decide(db, quote_id, Action.REJECT, annotator, version, lambda s, q: {"status": Status.REJECTED})


def set_kind(db: Database, quote_id: int, kind: str, *, annotator: str, version: int | None = None) -> QuoteView:
    if kind not in _KINDS:
        raise InvalidEdit(f"{kind!r} is not a quote kind; choose one of {', '.join(sorted(_KINDS))}.")
    return _decide(db, quote_id, Action.KIND, annotator, version, lambda s, q: {"kind": kind})


def set_speaker(
    db: Database,
    quote_id: int,
    name: str | None,
    *,
    annotator: str,
    version: int | None = None,
    mention: tuple[int, int] | None = None,
) -> QuoteView:
    """Give the quote the speaker ``name`` (an existing name or alias, or a new person); None clears it.

    The quote's mention becomes ``mention`` (offsets of where the article names that speaker, as chosen in
    the dialog), or empty without one (a typed name, or no speaker). The cue stays only when it still belongs
    to the quote: when the new mention lies in the same sentence as the cue. Choosing the speaker the quote
    already has, without a mention, changes nothing.
    The name is stored without control or format characters (``clean_name``): a typed or pasted
    escape sequence never reaches a terminal that prints it later.
    """
    name = clean_name(name or "") or None

    def changes(session: Session, quote: Quote) -> dict[str, Any]:
        speaker_id = speaker_for_name(session, name, merge_by_key=False).id if name else None
        if mention is None and speaker_id == quote.speaker_id:
            return {}
        text = _document_text(session, quote.document_id)
        return {"speaker_id": speaker_id, **_mention_and_cue(text, quote, mention)}

    return _decide(db, quote_id, Action.SPEAKER, annotator, version, changes)


def _mention_and_cue(text: str, quote: Quote, mention: tuple[int, int] | None) -> dict[str, Any]:
    """The mention columns for a new ``mention`` (None: empty), and the cue's, emptied when the cue is not
    in the new mention's sentence."""
    out: dict[str, Any] = {"speaker_mention": None, "mention_start": None, "mention_end": None}
    if mention is not None:
        start, end = _checked_span(text, *mention)
        out.update(speaker_mention=text[start:end], mention_start=start, mention_end=end)
    cue_stays = (
        mention is not None
        and quote.cue_start is not None
        and same_sentence(text, quote.cue_start, out["mention_start"])
    )
    if quote.cue is not None and not cue_stays:
        out.update(cue=None, cue_start=None, cue_end=None)
    return out


def set_comment(
    db: Database, quote_id: int, comment: str | None, *, annotator: str, version: int | None = None
) -> QuoteView:
    """Note free text on a quote (None or blank removes the note). A note is no verdict: who verified the
    quote, and when, stay as they were."""
    comment = (comment or "").strip() or None
    if comment is not None and len(comment) > COMMENT_MAX_CHARS:
        raise InvalidEdit(f"A comment holds at most {COMMENT_MAX_CHARS} characters, this one {len(comment)}.")
    return _decide(
        db, quote_id, Action.COMMENT, annotator, version, lambda s, q: {"comment": comment}, stamp_decider=False
    )


def set_flag(db: Database, quote_id: int, flag: str | None, *, annotator: str, version: int | None = None) -> QuoteView:
    """Flag a quote (``second-opinion``, ``check-source``; see models.Flag), or take the flag off with None."""
    if flag is not None and flag not in _FLAGS:
        raise InvalidEdit(f"{flag!r} is not a flag; choose one of {', '.join(sorted(_FLAGS))}.")
    return _decide(db, quote_id, Action.FLAG, annotator, version, lambda s, q: {"flag": flag}, stamp_decider=False)


def set_span(
    db: Database, quote_id: int, start: int, end: int, *, annotator: str, version: int | None = None
) -> QuoteView:
    def changes(session: Session, quote: Quote) -> dict[str, Any]:
        text = _document_text(session, quote.document_id)
        s, e = _checked_span(text, start, end)
        return {"start": s, "end": e, "text": text[s:e], "parts": None}

    return _decide(db, quote_id, Action.SPAN, annotator, version, changes)


def add_quote(
    db: Database,
    document_id: int,
    start: int,
    end: int,
    *,
    kind: str,
    speaker: str | None,
    annotator: str,
    mention: tuple[int, int] | None = None,
) -> QuoteView:
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
            document_id=document_id,
            start=s,
            end=e,
            text=text[s:e],
            kind=kind,
            speaker_id=speaker_id,
            speaker_mention=m_text,
            mention_start=m_start,
            mention_end=m_end,
            status=Status.ACCEPTED,
            origin=Origin.MANUAL,
            annotator=annotator,
            decided_at=stamp,
            created_at=stamp,
        )
        session.add(quote)
        session.flush()
        assert quote.id is not None
        _log(session, quote.id, Action.ADD, annotator, stamp, {"status": Status.DELETED}, {"status": Status.ACCEPTED})
        return QuoteView.of(quote, _speaker_name(session, speaker_id))


def delete_quote(db: Database, quote_id: int, *, annotator: str, version: int | None = None) -> QuoteView:
    """Take back a manual quote (kept as 'deleted' so undo can restore it); proposals are rejected instead."""

    def changes(session: Session, quote: Quote) -> dict[str, Any]:
        if quote.origin != Origin.MANUAL:
            raise InvalidEdit("Only quotes added by hand can be deleted; reject a proposal instead.")
        return {"status": Status.DELETED}

    return _decide(db, quote_id, Action.DELETE, annotator, version, changes)


def undo(db: Database, *, annotator: str) -> QuoteView | None:
    """Reverse this annotator's latest step that is not yet undone; returns the restored quote (None when
    the step was a document's, e.g. marked reviewed)."""
    return undo_and_look_back(db, annotator=annotator).quote


@dataclass(frozen=True, slots=True)
class Undone:
    """What ``undo_and_look_back`` did: the restored quote (for a step of several quotes, the one the editor
    acted on; None for a document's action), the action it reversed, whether an older step of the annotator
    is left to undo, every quote restored, and the document's mark restored by undoing a document action.

    Unpacks as ``quote, action, more``, as it did before steps and document actions."""

    quote: QuoteView | None
    action: str
    more: bool
    quotes: tuple[QuoteView, ...] = ()
    document: ReviewMark | None = None

    def __iter__(self) -> Iterator[Any]:
        return iter((self.quote, self.action, self.more))


def undo_and_look_back(db: Database, *, annotator: str) -> Undone:
    """``undo``, and what the editor is told about it, read in the same transaction.

    A step of several decisions (a speaker set for every quote of one mention) is undone as a whole, or,
    when someone changed one of its quotes since, not at all.
    """
    with db.write() as session:
        target = session.exec(_last_undoable(annotator)).first()
        if target is None:
            raise NothingToUndo(f"Nothing left to undo for {annotator}.")
        group = (
            [target]
            if target.step is None
            else list(
                session.exec(
                    select(Decision)
                    .where(Decision.step == target.step, Decision.annotator == annotator)
                    .where(~select(1).where(_Undo.undoes == Decision.id).exists())
                    .order_by(col(Decision.id).desc())
                )
            )
        )
        step = new_step(session) if len(group) > 1 else None
        restored: list[QuoteView] = []
        mark = None
        for n, decision in enumerate(group):
            if decision.document_id is not None:
                mark = _undo_document(session, decision, annotator)
            elif decision.target is not None:  # a registry row (store/registry.py imports this module)
                from quotetool.store.registry import undo_target

                undo_target(session, decision, annotator, step, first=n == 0)
            else:  # (the step's first undo is the row that names it)
                restored.append(_undo_quote(session, decision, annotator, step, first=n == 0))
        if any(d.target is not None for d in group):
            from quotetool.store.registry import after_undo

            after_undo(session, group)
        more = session.exec(_last_undoable(annotator)).first() is not None  # (sees the undo just logged)
        restored.reverse()  # the step's first decision first: the quote the editor acted on
        return Undone(restored[0] if restored else None, target.action, more, tuple(restored), mark)


def _undo_quote(session: Session, target: Decision, annotator: str, step: int | None, *, first: bool) -> QuoteView:
    quote = session.get(Quote, target.quote_id)
    assert quote is not None and target.id is not None
    after = json.loads(target.after or "{}")
    if any(getattr(quote, k) != v for k, v in after.items()):
        raise StaleQuote(
            f"Quote {quote.id} was changed by {quote.annotator or 'someone'} after your "
            f"{target.action}; it is shown as it is now, change it by hand if needed.",
            quote.id or 0,
        )
    before = json.loads(target.before or "{}")
    restore = {k: v for k, v in before.items() if k in EDITABLE_COLUMNS}
    apply_changes(
        session,
        quote,
        restore,
        Action.UNDO,
        annotator,
        undoes=target.id,
        stamp_decider=False,
        step=step,
        decision_id=step if first else None,
    )
    return QuoteView.of(quote, _speaker_name(session, quote.speaker_id))


def _undo_document(session: Session, target: Decision, annotator: str) -> ReviewMark:
    doc = session.get(Document, target.document_id)
    assert doc is not None and doc.id is not None and target.id is not None
    after = json.loads(target.after or "{}")
    if any(getattr(doc, k) != v for k, v in after.items()):
        raise StaleDocument(
            f"Article {doc.id} was marked again (by {doc.reviewed_by or 'someone'}) after your "
            f"{target.action} mark; nothing was undone.",
            doc.id,
        )
    before = json.loads(target.before or "{}")
    restore = {k: v for k, v in before.items() if k in DOCUMENT_EDITABLE_COLUMNS}
    apply_to_document(session, doc, restore, Action.UNDO, annotator, undoes=target.id)
    return ReviewMark(doc.id, doc.reviewed_by, doc.reviewed_at)


def apply_to_document(
    session: Session,
    doc: Document,
    changes: dict[str, Any],
    action: Action,
    annotator: str,
    *,
    undoes: int | None = None,
) -> bool:
    """Change a document's reviewed mark and log it; a change that changes nothing is not logged (False)."""
    if all(getattr(doc, k) == v for k, v in changes.items()) and undoes is None:
        return False
    before = {k: getattr(doc, k) for k in changes}
    for k, v in changes.items():
        setattr(doc, k, v)
    session.add(doc)
    assert doc.id is not None
    session.add(
        Decision(
            document_id=doc.id,
            action=action.value,
            annotator=annotator,
            at=now(),
            before=_dump(before),
            after=_dump(changes),
            undoes=undoes,
        )
    )
    return True


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


def new_step(session: Session) -> int:
    """The id the next decision will get, which names a step of several decisions (the write lock is held).

    On PostgreSQL the id is taken from the log's identity sequence, so that the next decision inserted
    without an id cannot be given the same one."""
    if session.get_bind().dialect.name == "postgresql":
        return session.exec(select(func.nextval(func.pg_get_serial_sequence("decision", "id")))).one()
    last = session.exec(select(func.max(Decision.id))).one()
    return (last or 0) + 1


def load_for_decision(session: Session, quote_id: int, version: int | None, action: Action) -> Quote:
    """The quote to decide on, refused when it is missing, changed since the editor saw it, or deleted."""
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
    return quote


def _decide(
    db: Database,
    quote_id: int,
    action: Action,
    annotator: str,
    version: int | None,
    changes_for,
    *,
    stamp_decider: bool = True,
) -> QuoteView:
    with db.write() as session:
        quote = load_for_decision(session, quote_id, version, action)
        changes = changes_for(session, quote)
        apply_changes(session, quote, changes, action, annotator, stamp_decider=stamp_decider)
        return QuoteView.of(quote, _speaker_name(session, quote.speaker_id))


def apply_changes(
    session: Session,
    quote: Quote,
    changes: dict[str, Any],
    action: Action,
    annotator: str,
    *,
    undoes: int | None = None,
    stamp_decider: bool = True,
    step: int | None = None,
    decision_id: int | None = None,
) -> bool:
    """Change the quote, bump its version and log before/after; a decision that changes nothing is not logged
    (False). ``step`` groups decisions that one undo reverses; ``decision_id`` gives the logged row its id
    (a step's first decision is the step)."""
    changes = {k: (v.value if isinstance(v, Status) else v) for k, v in changes.items()}
    if all(getattr(quote, k) == v for k, v in changes.items()) and undoes is None:
        return False
    stamp = now()
    if stamp_decider:
        changes = {**changes, "annotator": annotator, "decided_at": stamp}
    before = {k: getattr(quote, k) for k in changes}
    for k, v in changes.items():
        setattr(quote, k, v)
    quote.version += 1
    session.add(quote)
    assert quote.id is not None
    _log(
        session, quote.id, action, annotator, stamp, before, changes, undoes=undoes, step=step, decision_id=decision_id
    )
    return True


def _log(
    session: Session,
    quote_id: int,
    action: Action,
    annotator: str,
    stamp: str,
    before: dict,
    after: dict,
    *,
    undoes: int | None = None,
    step: int | None = None,
    decision_id: int | None = None,
) -> None:
    session.add(
        Decision(
            id=decision_id,
            quote_id=quote_id,
            action=action.value,
            annotator=annotator,
            at=stamp,
            before=_dump(before),
            after=_dump(after),
            undoes=undoes,
            step=step,
        )
    )
    if decision_id is not None:
        session.flush()  # the row that names the step is written before the step's other rows


def _dump(d: dict) -> str:
    return json.dumps({k: (v.value if isinstance(v, Status) else v) for k, v in d.items()}, ensure_ascii=False)


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
