"""Speakers: one row per person or organisation, found again by exact name, alias or folded key."""

from __future__ import annotations

from sqlmodel import Session, col, or_, select

from quotetool.detect import name_key
from quotetool.store.database import Database, now
from quotetool.store.models import Quote, Speaker, SpeakerAlias, SpeakerStatus, Status


def speaker_for_name(session: Session, name: str, *, merge_by_key: bool) -> Speaker:
    """The speaker called ``name``, created if new.

    ``merge_by_key`` lets a detector's spelling (Beloussow) join the person already stored under
    another spelling (Belousow) with the same folded key; the new spelling is kept as an alias.
    Editors' typed names only match exactly (name or alias): they choose merges themselves.
    """
    name = " ".join(name.split())
    named = session.exec(select(Speaker).where(Speaker.name == name)).first()
    if named and named.status != SpeakerStatus.DELETED:
        return resolve_speaker(session, named)
    found = session.exec(
        select(Speaker).join(SpeakerAlias, col(SpeakerAlias.speaker_id) == col(Speaker.id))
        .where(SpeakerAlias.alias == name, Speaker.status != SpeakerStatus.DELETED)
    ).first()
    if found:
        return resolve_speaker(session, found)
    key = name_key(name)
    if merge_by_key and key and named is None:
        found = session.exec(
            select(Speaker).outerjoin(SpeakerAlias, col(SpeakerAlias.speaker_id) == col(Speaker.id))
            .where(or_(Speaker.name_key == key, SpeakerAlias.alias_key == key), Speaker.status != SpeakerStatus.DELETED)
            .order_by(col(Speaker.id))
        ).first()
        if found:
            found = resolve_speaker(session, found)
            session.add(SpeakerAlias(speaker_id=found.id, alias=name, alias_key=key))
            return found
    if named:  # a speaker an editor deleted when no quote used it: back in use
        named.status = SpeakerStatus.ACTIVE
        session.add(named)
        return named
    speaker = Speaker(name=name, name_key=key, created_at=now())
    session.add(speaker)
    session.flush()
    return speaker


def resolve_speaker(session: Session, speaker: Speaker) -> Speaker:
    """The speaker that ``speaker`` was merged into (itself when it was not): a merged spelling found again by a
    later import resolves to the kept speaker."""
    seen = {speaker.id}
    while speaker.merged_into is not None and speaker.status == SpeakerStatus.MERGED:
        kept = session.get(Speaker, speaker.merged_into)
        if kept is None or kept.id in seen:
            break
        seen.add(kept.id)
        speaker = kept
    return speaker


def speaker_names(db: Database) -> list[tuple[str, str]]:
    """(shown text, canonical name) for every name and alias, for completion in the speaker dialog.

    Only speakers that a proposed or accepted quote uses: a wrong speaker corrected away leaves the suggestions.
    """
    with db.read() as session:
        return _names(session)


def _names(session: Session) -> list[tuple[str, str]]:
    used = (
        select(1)
        .where(col(Quote.speaker_id) == col(Speaker.id), col(Quote.status).in_((Status.PROPOSED, Status.ACCEPTED)))
        .exists()
    )
    rows: list[tuple[str, str]] = [(s.name, s.name) for s in session.exec(select(Speaker).where(used))]
    aliases = session.exec(
        select(SpeakerAlias.alias, Speaker.name)
        .join(Speaker, col(Speaker.id) == col(SpeakerAlias.speaker_id))
        .where(used)
    )
    rows.extend((alias, name) for alias, name in aliases)
    return sorted(rows, key=lambda r: r[0].casefold())
