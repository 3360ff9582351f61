"""The speaker registry across the database: merges, renames, split-off aliases, external ids.

Every speaker of a quote is a ``speaker`` row with its aliases (``speaker_alias``: the spellings seen). Merges
are proposed by ``quotetool.crossref.propose_merges`` (``propose``) and kept in ``merge_proposal`` with what
the editor decided, so a rejected pair is not proposed again. Each editor action is one short transaction and
one step in the decision log (decisions that name a registry row: ``target``/``target_id``), so the ordinary
undo (``review.undo_and_look_back``) reverses it as a whole. A merged speaker keeps its row (status merged,
``merged_into`` the kept one): its name and aliases resolve to the kept speaker on later imports
(``speakers.speaker_for_name``), and undo can bring it back.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import regex
from sqlmodel import Session, SQLModel, col, select

from quotetool.crossref import MergeProposal, propose_merges, speaker_record
from quotetool.detect import name_key
from quotetool.errors import InvalidEdit
from quotetool.store.database import Database, now
from quotetool.store.models import (
    TARGET_EDITABLE_COLUMNS,
    Action,
    Decision,
    Document,
    MergeProposalRow,
    ProposalStatus,
    Quote,
    Speaker,
    SpeakerAlias,
    SpeakerKind,
    SpeakerStatus,
    StatementLinkRow,
    Status,
)
from quotetool.store.review import apply_changes, new_step

LIVE = (Status.PROPOSED.value, Status.ACCEPTED.value)
EXTERNAL_ID_MAX = 64
_QID = regex.compile(r"[Qq][1-9][0-9]*")
_EXTERNAL_ID = regex.compile(r"[^\p{White_Space}\p{Cc}\p{Cf}]+")
_INSERTED = {"_row": "absent"}  # a decision's `before` for a row the decision inserted: undo deletes it
TARGETS: dict[str, type[SQLModel]] = {
    "speaker": Speaker,
    "speaker_alias": SpeakerAlias,
    "merge_proposal": MergeProposalRow,
    "statement_link": StatementLinkRow,
}


@dataclass(frozen=True, slots=True)
class SpeakerEntry:
    """A speaker as the registry lists it."""

    id: int
    name: str
    aliases: tuple[str, ...]  # other spellings: aliases, merged speakers' names, mentions of its quotes
    external_id: str | None
    kind: str | None
    quotes: int  # proposed and accepted
    accepted: int
    outlets: tuple[str, ...]  # the outlets (else article titles or numbers) of its quotes


@dataclass(frozen=True, slots=True)
class MergeEntry:
    id: int
    keep_id: int
    keep_name: str  # the speakers' names now
    merge_id: int
    merge_name: str
    rule: str
    score: float
    spellings: tuple[str, str]  # the two spellings that matched
    status: str


# -- reading ------------------------------------------------------------------------------------------


def list_speakers(db: Database, *, with_unused: bool = True) -> list[SpeakerEntry]:
    """Active speakers by name; ``with_unused=False`` leaves out those no proposed or accepted quote uses."""
    with db.read() as session:
        return _entries(session, with_unused=with_unused)


def _entries(session: Session, *, with_unused: bool = True, only: Iterable[int] | None = None) -> list[SpeakerEntry]:
    query = select(Speaker).where(Speaker.status == SpeakerStatus.ACTIVE)
    if only is not None:
        query = query.where(col(Speaker.id).in_(list(only)))
    speakers = {s.id: s for s in session.exec(query)}
    aliases = _aliases(session)
    counts: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for sid, status, n in session.exec(
        select(Quote.speaker_id, Quote.status, _count())
        .where(col(Quote.status).in_(LIVE))
        .group_by(col(Quote.speaker_id), col(Quote.status))
    ):
        if sid is None:  # quotes without a speaker
            continue
        counts[sid][0] += n
        counts[sid][1] += n if status == Status.ACCEPTED else 0
    outlets: dict[int, set[str]] = defaultdict(set)
    for sid, outlet, title, doc in session.exec(
        select(Quote.speaker_id, Document.outlet, Document.title, Document.id)
        .join(Document, col(Document.id) == col(Quote.document_id))
        .where(col(Quote.status).in_(LIVE))
        .distinct()
    ):
        if sid is not None:
            outlets[sid].add(outlet or title or f"article {doc}")
    out = []
    for sid, s in speakers.items():
        assert sid is not None
        if not with_unused and not counts[sid][0]:
            continue
        names = tuple(a for a in dict.fromkeys(aliases.get(sid, ())) if a != s.name)
        out.append(
            SpeakerEntry(
                sid, s.name, names, s.external_id, s.kind, counts[sid][0], counts[sid][1], tuple(sorted(outlets[sid]))
            )
        )
    out.sort(key=lambda e: (e.name.casefold(), e.id))
    return out


def _count() -> Any:
    from sqlmodel import func

    return func.count()


def _aliases(session: Session) -> dict[int, list[str]]:
    """speaker id -> its other spellings: alias rows, the names and aliases of speakers merged into it, and the
    mentions of its live quotes."""
    merged = {
        sid: into
        for sid, into in session.exec(
            select(Speaker.id, Speaker.merged_into).where(Speaker.status == SpeakerStatus.MERGED)
        )
    }

    def kept(sid: int) -> int:
        seen = set()
        while sid in merged and merged[sid] is not None and sid not in seen:
            seen.add(sid)
            sid = merged[sid]  # type: ignore[assignment]
        return sid

    out: dict[int, list[str]] = defaultdict(list)
    for sid, name in session.exec(select(Speaker.id, Speaker.name).where(col(Speaker.id).in_(list(merged)))):
        out[kept(sid)].append(name)  # type: ignore[arg-type]
    for sid, alias in session.exec(select(SpeakerAlias.speaker_id, SpeakerAlias.alias).order_by(col(SpeakerAlias.id))):
        out[kept(sid)].append(alias)
    for sid, mention in session.exec(
        select(Quote.speaker_id, Quote.speaker_mention)
        .where(col(Quote.status).in_(LIVE), col(Quote.speaker_mention).is_not(None))
        .distinct()
    ):
        if sid is not None and mention is not None:
            out[sid].append(" ".join(mention.split()))
    return out


_ALIAS_SQL = """
SELECT coalesce(m.merged_into, m.id), m.name FROM speaker m WHERE m.status = 'merged'
UNION ALL
SELECT coalesce(s.merged_into, s.id), a.alias FROM speaker_alias a JOIN speaker s ON s.id = a.speaker_id
"""


def alias_map(conn: Any) -> dict[int, list[str]]:
    """speaker id -> its other spellings (aliases, names of speakers merged into it), for the export: one query."""
    out: dict[int, list[str]] = defaultdict(list)
    for sid, name in conn.execute(_ALIAS_SQL):
        if name not in out[sid]:
            out[sid].append(name)
    return out


def list_merges(db: Database, *, status: str | None = ProposalStatus.PROPOSED) -> list[MergeEntry]:
    """Merge proposals (those of ``status``; None: all), the surest first."""
    with db.read() as session:
        return _merges(session, status)


def _merges(session: Session, status: str | None) -> list[MergeEntry]:
    query = select(MergeProposalRow)
    if status is not None:
        query = query.where(MergeProposalRow.status == status)
    rows = list(session.exec(query.order_by(col(MergeProposalRow.score).desc(), col(MergeProposalRow.id))))
    ids = {r.keep_id for r in rows} | {r.merge_id for r in rows}
    names = dict(session.exec(select(Speaker.id, Speaker.name).where(col(Speaker.id).in_(list(ids)))).all())
    return [
        MergeEntry(
            r.id or 0,
            r.keep_id,
            names.get(r.keep_id, "?"),
            r.merge_id,
            names.get(r.merge_id, "?"),
            r.rule,
            r.score,
            (r.keep_name or "", r.merge_name or ""),
            r.status,
        )
        for r in rows
    ]


# -- proposing ----------------------------------------------------------------------------------------


def propose(db: Database) -> int:
    """Recompute the merge proposals among the active speakers; returns how many are proposed now.

    Undecided proposals are replaced; accepted and rejected ones stay, and a rejected pair is not proposed again.
    """
    with db.write() as session:
        entries = _entries(session)
        records = [speaker_record(e.id, e.name, e.aliases, e.outlets) for e in entries]
        decided = {
            (r.keep_id, r.merge_id): r.status
            for r in session.exec(select(MergeProposalRow).where(MergeProposalRow.status != ProposalStatus.PROPOSED))
        }
        rejected = [pair for pair, status in decided.items() if status == ProposalStatus.REJECTED]
        found = propose_merges(records, rejected=rejected)
        for row in session.exec(select(MergeProposalRow).where(MergeProposalRow.status == ProposalStatus.PROPOSED)):
            session.delete(row)
        session.flush()
        stamp = now()
        count = 0
        for p in found:
            if (p.keep, p.merge) not in decided and (p.merge, p.keep) not in decided:
                session.add(_proposal_row(p, stamp))
                count += 1
        return count


def _proposal_row(p: MergeProposal, stamp: str) -> MergeProposalRow:
    return MergeProposalRow(
        keep_id=p.keep,
        merge_id=p.merge,
        rule=p.reason.value,
        score=p.score,
        keep_name=p.names[0],
        merge_name=p.names[1],
        created_at=stamp,
    )


# -- the log: a step of decisions on registry rows and quotes -----------------------------------------


class Step:
    """One editor action: its decisions share a step, so one undo reverses them together."""

    def __init__(self, session: Session, annotator: str, action: Action) -> None:
        self.session, self.annotator, self.action = session, annotator, action
        self.id = new_step(session)
        self.logged = False

    def _decision_id(self) -> int | None:
        first = not self.logged
        self.logged = True
        return self.id if first else None

    def change(self, target: str, row: Any, changes: dict[str, Any]) -> bool:
        """Change a registry row and log it; a change that changes nothing is not logged."""
        changes = {k: v for k, v in changes.items() if getattr(row, k) != v}
        if not changes:
            return False
        before = {k: getattr(row, k) for k in changes}
        for k, v in changes.items():
            setattr(row, k, v)
        self.session.add(row)
        self.log(target, row.id, before, changes)
        return True

    def insert(self, target: str, row: Any) -> Any:
        self.session.add(row)
        self.session.flush()
        after = {k: getattr(row, k) for k in TARGET_EDITABLE_COLUMNS[target]}
        self.log(target, row.id, _INSERTED, after)
        return row

    def log(
        self,
        target: str,
        row_id: int,
        before: dict,
        after: dict,
        *,
        undoes: int | None = None,
        action: str | None = None,
    ) -> None:
        self.session.add(
            Decision(
                id=self._decision_id(),
                target=target,
                target_id=row_id,
                action=action or self.action.value,
                annotator=self.annotator,
                at=now(),
                before=_dump(before),
                after=_dump(after),
                undoes=undoes,
                step=self.id,
            )
        )
        self.session.flush()

    def quote(self, quote: Quote, changes: dict[str, Any], *, stamp_decider: bool = False) -> bool:
        changed = apply_changes(
            self.session,
            quote,
            changes,
            self.action,
            self.annotator,
            step=self.id,
            decision_id=None if self.logged else self.id,
            stamp_decider=stamp_decider,
        )
        self.logged = self.logged or changed
        return changed


def _dump(d: dict) -> str:
    return json.dumps(d, ensure_ascii=False)


def undo_target(session: Session, decision: Decision, annotator: str, step: int | None, *, first: bool) -> None:
    """Reverse a decision on a registry row (called by ``review.undo_and_look_back``)."""
    assert decision.target is not None and decision.target_id is not None and decision.id is not None
    model = TARGETS[decision.target]
    row = session.get(model, decision.target_id)
    after = json.loads(decision.after or "{}")
    before = json.loads(decision.before or "{}")
    if row is None or any(
        getattr(row, k) != v for k, v in after.items() if k in TARGET_EDITABLE_COLUMNS[decision.target]
    ):
        raise InvalidEdit(
            f"The {decision.target.replace('_', ' ')} {decision.target_id} was changed after your {decision.action}; "
            "nothing was undone."
        )
    log = Decision(
        id=step if first else None,
        target=decision.target,
        target_id=decision.target_id,
        action=Action.UNDO.value,
        annotator=annotator,
        at=now(),
        undoes=decision.id,
        step=step,
    )
    if before == _INSERTED:
        _delete_inserted(session, decision.target, row)
        log.before, log.after = _dump(after), _dump(_INSERTED)
    else:
        restore = {k: v for k, v in before.items() if k in TARGET_EDITABLE_COLUMNS[decision.target]}
        log.before, log.after = _dump({k: getattr(row, k) for k in restore}), _dump(restore)
        for k, v in restore.items():
            setattr(row, k, v)
        session.add(row)
    session.add(log)
    session.flush()


def _delete_inserted(session: Session, target: str, row: Any) -> None:
    if target == "speaker":
        used = session.exec(select(Quote.id).where(Quote.speaker_id == row.id).limit(1)).first()
        if used is not None:
            raise InvalidEdit(f"Speaker {row.id} is used by quote {used} now; nothing was undone.")
        for p in session.exec(
            select(MergeProposalRow).where(
                (col(MergeProposalRow.keep_id) == row.id) | (col(MergeProposalRow.merge_id) == row.id)
            )
        ):
            if p.status != ProposalStatus.PROPOSED:
                raise InvalidEdit(f"Speaker {row.id} has a decided merge proposal now; nothing was undone.")
            session.delete(p)
        session.flush()
    session.delete(row)
    session.flush()


def after_undo(session: Session, decisions: Iterable[Decision]) -> None:
    """After an undo of registry decisions: statement links of the speakers concerned are proposed anew."""
    from quotetool.store.statements import relink

    speakers = set()
    for d in decisions:
        for side in (d.before, d.after):
            value = json.loads(side or "{}").get("speaker_id")
            if isinstance(value, int):
                speakers.add(value)
    if speakers:
        relink(session, speakers)


# -- editor actions -----------------------------------------------------------------------------------


def _speaker(session: Session, speaker_id: int) -> Speaker:
    s = session.get(Speaker, speaker_id)
    if s is None or s.status == SpeakerStatus.DELETED:
        raise InvalidEdit(f"There is no speaker {speaker_id}.")
    return s


def _active(session: Session, speaker_id: int) -> Speaker:
    from quotetool.store.speakers import resolve_speaker

    return resolve_speaker(session, _speaker(session, speaker_id))


def accept_merge(db: Database, proposal_id: int, *, annotator: str) -> MergeEntry:
    """Merge the proposal's speaker into the kept one: every quote of it (and of speakers merged into it) gets the
    kept speaker; its name and aliases resolve to the kept speaker from now on."""
    with db.write() as session:
        row = session.get(MergeProposalRow, proposal_id)
        if row is None:
            raise InvalidEdit(f"There is no merge proposal {proposal_id}.")
        if row.status != ProposalStatus.PROPOSED:
            raise InvalidEdit(f"Merge proposal {proposal_id} was already {row.status}.")
        step = Step(session, annotator, Action.MERGE)
        step.change(
            "merge_proposal",
            row,
            {"status": ProposalStatus.ACCEPTED.value, "decided_by": annotator, "decided_at": now()},
        )
        _merge(session, step, _active(session, row.keep_id), _active(session, row.merge_id))
        return _merges_of(session, proposal_id)


def merge_speakers(db: Database, keep_id: int, merge_id: int, *, annotator: str) -> MergeEntry:
    """Merge speaker ``merge_id`` into ``keep_id`` without a proposal (an editor's own merge): logged as an
    accepted proposal of rule ``editor``."""
    with db.write() as session:
        keep, merge = _active(session, keep_id), _active(session, merge_id)
        if keep.id == merge.id:
            raise InvalidEdit(f"Speakers {keep_id} and {merge_id} are one speaker already.")
        step = Step(session, annotator, Action.MERGE)
        row = session.exec(
            select(MergeProposalRow).where(MergeProposalRow.keep_id == keep.id, MergeProposalRow.merge_id == merge.id)
        ).first()
        stamp = now()
        if row is None:
            row = step.insert(
                "merge_proposal",
                MergeProposalRow(
                    keep_id=_sid(keep),
                    merge_id=_sid(merge),
                    rule="editor",
                    score=1.0,
                    keep_name=keep.name,
                    merge_name=merge.name,
                    created_at=stamp,
                ),
            )
        step.change(
            "merge_proposal",
            row,
            {"status": ProposalStatus.ACCEPTED.value, "decided_by": annotator, "decided_at": stamp},
        )
        _merge(session, step, keep, merge)
        return _merges_of(session, row.id or 0)


def _merge(session: Session, step: Step, keep: Speaker, merge: Speaker) -> None:
    if keep.id == merge.id:
        return  # merged already through another proposal
    for other in session.exec(select(Speaker).where(Speaker.merged_into == merge.id)):
        step.change("speaker", other, {"merged_into": keep.id})  # no chains: all point at the kept speaker
    step.change("speaker", merge, {"status": SpeakerStatus.MERGED.value, "merged_into": keep.id})
    if keep.external_id is None and merge.external_id is not None:
        step.change("speaker", keep, {"external_id": merge.external_id})
    for quote in session.exec(select(Quote).where(Quote.speaker_id == merge.id).order_by(col(Quote.id))):
        step.quote(quote, {"speaker_id": keep.id})
    from quotetool.store.statements import relink

    assert keep.id is not None
    relink(session, [keep.id])


def _merges_of(session: Session, proposal_id: int) -> MergeEntry:
    return next(m for m in _merges(session, None) if m.id == proposal_id)


def reject_merge(db: Database, proposal_id: int, *, annotator: str) -> MergeEntry:
    """Keep the two speakers apart: the pair is not proposed again."""
    with db.write() as session:
        row = session.get(MergeProposalRow, proposal_id)
        if row is None:
            raise InvalidEdit(f"There is no merge proposal {proposal_id}.")
        if row.status != ProposalStatus.PROPOSED:
            raise InvalidEdit(f"Merge proposal {proposal_id} was already {row.status}.")
        Step(session, annotator, Action.KEEP_APART).change(
            "merge_proposal",
            row,
            {"status": ProposalStatus.REJECTED.value, "decided_by": annotator, "decided_at": now()},
        )
        return _merges_of(session, proposal_id)


def rename_speaker(db: Database, speaker_id: int, name: str, *, annotator: str) -> SpeakerEntry:
    """Give the speaker a new name; the old one stays as an alias, so later imports of it still find the speaker."""
    name = " ".join(name.split())
    if not name:
        raise InvalidEdit("A speaker's name cannot be empty.")
    with db.write() as session:
        speaker = _speaker(session, speaker_id)
        if speaker.name == name:
            raise InvalidEdit(f"Speaker {speaker_id} is called {name} already.")
        taken = session.exec(select(Speaker).where(Speaker.name == name)).first()
        if taken is not None:
            raise InvalidEdit(f"{name} is the name of speaker {taken.id} ({taken.status}); merge the two instead.")
        step = Step(session, annotator, Action.RENAME)
        old = speaker.name
        step.change("speaker", speaker, {"name": name, "name_key": name_key(name)})
        _add_alias(session, step, speaker, old)
        return _entry(session, speaker.id or 0)


def _sid(speaker: Speaker) -> int:
    """The id of a stored speaker (a row read from or flushed to the database has one)."""
    assert speaker.id is not None
    return speaker.id


def _add_alias(session: Session, step: Step, speaker: Speaker, alias: str) -> None:
    exists = session.exec(
        select(SpeakerAlias).where(SpeakerAlias.speaker_id == speaker.id, SpeakerAlias.alias == alias)
    ).first()
    if exists is None:
        step.insert("speaker_alias", SpeakerAlias(speaker_id=_sid(speaker), alias=alias, alias_key=name_key(alias)))


def _entry(session: Session, speaker_id: int) -> SpeakerEntry:
    found = _entries(session, only=[speaker_id])
    if not found:
        raise InvalidEdit(f"There is no speaker {speaker_id}.")
    return found[0]


def split_alias(db: Database, speaker_id: int, alias: str, *, annotator: str) -> SpeakerEntry:
    """Split ``alias`` off the speaker: a speaker of its own (the merged speaker of that name back, else a new
    one), taking the quotes whose mention or detected name is that alias; the two are not proposed again."""
    alias = " ".join(alias.split())
    with db.write() as session:
        speaker = _active(session, speaker_id)
        if alias == speaker.name:
            raise InvalidEdit(f"{alias} is the speaker's own name; rename the speaker instead.")
        step = Step(session, annotator, Action.SPLIT)
        new = _split_target(session, step, speaker, alias)
        for row in session.exec(
            select(SpeakerAlias)
            .join(Speaker, col(Speaker.id) == col(SpeakerAlias.speaker_id))
            .where(
                SpeakerAlias.alias == alias, (col(Speaker.id) == speaker.id) | (col(Speaker.merged_into) == speaker.id)
            )
        ):
            step.change("speaker_alias", row, {"speaker_id": new.id})
        moved = session.exec(
            select(Quote)
            .where(
                Quote.speaker_id == speaker.id,
                (col(Quote.speaker_mention) == alias) | (col(Quote.detector_speaker) == alias),
            )
            .order_by(col(Quote.id))
        ).all()
        for quote in moved:
            step.quote(quote, {"speaker_id": new.id})
        stamp = now()
        apart = session.exec(
            select(MergeProposalRow).where(MergeProposalRow.keep_id == speaker.id, MergeProposalRow.merge_id == new.id)
        ).first() or step.insert(
            "merge_proposal",
            MergeProposalRow(
                keep_id=_sid(speaker),
                merge_id=_sid(new),
                rule="editor",
                score=1.0,
                keep_name=speaker.name,
                merge_name=alias,
                created_at=stamp,
            ),
        )
        step.change(
            "merge_proposal",
            apart,
            {"status": ProposalStatus.REJECTED.value, "decided_by": annotator, "decided_at": stamp},
        )
        from quotetool.store.statements import relink

        relink(session, [speaker.id or 0, new.id or 0])
        return _entry(session, new.id or 0)


def _split_target(session: Session, step: Step, speaker: Speaker, alias: str) -> Speaker:
    named = session.exec(select(Speaker).where(Speaker.name == alias)).first()
    if named is None:
        return step.insert("speaker", Speaker(name=alias, name_key=name_key(alias), created_at=now()))
    if named.status == SpeakerStatus.ACTIVE:
        raise InvalidEdit(f"{alias} is speaker {named.id} already; it is not an alias of {speaker.name}.")
    if named.status == SpeakerStatus.MERGED and named.merged_into != speaker.id:
        raise InvalidEdit(f"{alias} was merged into speaker {named.merged_into}, not into {speaker.name}.")
    step.change("speaker", named, {"status": SpeakerStatus.ACTIVE.value, "merged_into": None})
    return named


def delete_speaker(db: Database, speaker_id: int, *, annotator: str) -> None:
    """Take away a speaker that no proposed or accepted quote uses (kept in the file, so undo brings it back)."""
    with db.write() as session:
        speaker = _speaker(session, speaker_id)
        if speaker.status != SpeakerStatus.ACTIVE:
            raise InvalidEdit(f"Speaker {speaker_id} was merged into speaker {speaker.merged_into}; it is no entry.")
        used = session.exec(
            select(Quote.id).where(Quote.speaker_id == speaker_id, col(Quote.status).in_(LIVE)).limit(1)
        ).first()
        if used is not None:
            raise InvalidEdit(
                f"Speaker {speaker_id} ({speaker.name}) is the speaker of quote {used}; "
                "only a speaker no quote uses can be deleted."
            )
        step = Step(session, annotator, Action.DELETE_SPEAKER)
        step.change("speaker", speaker, {"status": SpeakerStatus.DELETED.value})
        for p in session.exec(
            select(MergeProposalRow).where(
                MergeProposalRow.status == ProposalStatus.PROPOSED,
                (col(MergeProposalRow.keep_id) == speaker_id) | (col(MergeProposalRow.merge_id) == speaker_id),
            )
        ):
            session.delete(p)  # undecided proposals are recomputed anyway


def normalise_external_id(value: str | None) -> str | None:
    """A Wikidata QID (``q42`` becomes ``Q42``) or any other identifier of up to 64 visible characters without
    spaces (``GND:118580779``); blank is None."""
    value = (value or "").strip()
    if not value:
        return None
    if _QID.fullmatch(value):
        return value.upper()
    if len(value) > EXTERNAL_ID_MAX or not _EXTERNAL_ID.fullmatch(value):
        raise InvalidEdit(
            f"An external id is a Wikidata QID such as Q42 or another identifier of at most {EXTERNAL_ID_MAX} "
            "characters without spaces."
        )
    return value


def set_external_id(db: Database, speaker_id: int, value: str | None, *, annotator: str) -> SpeakerEntry:
    external = normalise_external_id(value)
    with db.write() as session:
        speaker = _active(session, speaker_id)
        Step(session, annotator, Action.EXTERNAL_ID).change("speaker", speaker, {"external_id": external})
        return _entry(session, speaker.id or 0)


def set_speaker_kind(db: Database, speaker_id: int, kind: str | None, *, annotator: str) -> SpeakerEntry:
    kinds = {k.value for k in SpeakerKind}
    if kind is not None and kind not in kinds:
        raise InvalidEdit(f"{kind!r} is not a speaker kind; choose one of {', '.join(sorted(kinds))}.")
    with db.write() as session:
        speaker = _active(session, speaker_id)
        Step(session, annotator, Action.SPEAKER_KIND).change("speaker", speaker, {"kind": kind})
        return _entry(session, speaker.id or 0)
