"""Speakers: one row per person or organisation, found again by exact name, alias or folded key."""

from __future__ import annotations

from collections.abc import Iterable

from sqlmodel import Session, col, or_, select

from quotetool.detect import name_key
from quotetool.errors import InvalidEdit
from quotetool.safe_text import clean_name
from quotetool.store.database import Database, now
from quotetool.store.models import Quote, Speaker, SpeakerAlias, Status


def speaker_for_name(session: Session, name: str, *, merge_by_key: bool) -> Speaker:
    """The speaker called ``name``, created if new.

    ``merge_by_key`` lets a detector's spelling (Beloussow) join the person already stored under
    another spelling (Belousow) with the same folded key; the new spelling is kept as an alias.
    Editors' typed names only match exactly (name or alias): they choose merges themselves.
    The name is stored clean: control and format characters dropped, whitespace runs as one space
    (``clean_name``); a name with nothing left is refused, as an empty one is.
    """
    name = clean_name(name)
    if not name:
        raise InvalidEdit("A speaker name needs at least one visible character.")
    found = session.exec(select(Speaker).where(Speaker.name == name)).first()
    if found:
        return found
    found = session.exec(
        select(Speaker)
        .join(SpeakerAlias, col(SpeakerAlias.speaker_id) == col(Speaker.id))
        .where(SpeakerAlias.alias == name)
    ).first()
    if found:
        return found
    key = name_key(name)
    if merge_by_key and key:
        found = session.exec(
            select(Speaker)
            .outerjoin(SpeakerAlias, col(SpeakerAlias.speaker_id) == col(Speaker.id))
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


def speaker_ids(session: Session, names: Iterable[str | None]) -> dict[str, int]:
    """{detector name: speaker id} for many names at once, as ``speaker_for_name(merge_by_key=True)``.

    Each distinct name is resolved once: names already stored (as a name or an alias) in two queries
    per 500, the rest one by one. Names with nothing left after ``clean_name`` are left out.
    """
    cleaned = {raw: clean for raw in dict.fromkeys(n for n in names if n) if (clean := clean_name(raw))}
    wanted = list(dict.fromkeys(cleaned.values()))
    known: dict[str, int] = {}
    for i in range(0, len(wanted), 500):
        chunk = wanted[i : i + 500]
        for name, speaker_id in session.exec(select(Speaker.name, Speaker.id).where(col(Speaker.name).in_(chunk))):
            if speaker_id is not None:
                known[name] = speaker_id
        aliases = session.exec(
            select(SpeakerAlias.alias, SpeakerAlias.speaker_id)
            .where(col(SpeakerAlias.alias).in_(chunk))
            .order_by(col(SpeakerAlias.id))
        ).all()
        for alias, speaker_id in aliases:
            known.setdefault(alias, speaker_id)  # a name before an alias, the first alias row before later ones
    for name in wanted:
        if name not in known:
            speaker = speaker_for_name(session, name, merge_by_key=True)
            assert speaker.id is not None
            known[name] = speaker.id
    return {raw: known[clean] for raw, clean in cleaned.items()}


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
