"""Speakers: one row per person or organisation, found again by exact name, alias or folded key."""

from __future__ import annotations

from sqlmodel import Session, col, or_, select

from quotetool.detect import name_key
from quotetool.store.database import Database, now
from quotetool.store.models import Quote, Speaker, SpeakerAlias, Status


def speaker_for_name(session: Session, name: str, *, merge_by_key: bool) -> Speaker:
    """The speaker called ``name``, created if new.

    ``merge_by_key`` lets a detector's spelling (Beloussow) join the person already stored under
    another spelling (Belousow) with the same folded key; the new spelling is kept as an alias.
    Editors' typed names only match exactly (name or alias): they choose merges themselves.
    """
    name = " ".join(name.split())
    found = session.exec(select(Speaker).where(Speaker.name == name)).first()
    if found:
        return found
    found = session.exec(
        select(Speaker).join(SpeakerAlias, col(SpeakerAlias.speaker_id) == col(Speaker.id))
        .where(SpeakerAlias.alias == name)
    ).first()
    if found:
        return found
    key = name_key(name)
    if merge_by_key and key:
        found = session.exec(
            select(Speaker).outerjoin(SpeakerAlias, col(SpeakerAlias.speaker_id) == col(Speaker.id))
            .where(or_(Speaker.name_key == key, SpeakerAlias.alias_key == key))
            .order_by(col(Speaker.id))
        ).first()
        if found:
            session.add(SpeakerAlias(speaker_id=found.id, alias=name, alias_key=key))
            return found
    speaker = Speaker(name=name, name_key=key, created_at=now())
    session.add(speaker)
    session.flush()
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
