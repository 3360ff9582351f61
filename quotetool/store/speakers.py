"""Speakers: one row per person or organisation, found again by exact name, alias or folded key."""

from __future__ import annotations

from collections.abc import Iterable

from sqlmodel import Session, col, or_, select

from quotetool.detect import name_key
from quotetool.errors import InvalidEdit
from quotetool.safe_text import clean_name
from quotetool.store.database import Database, cursor_of, now
from quotetool.store.models import Quote, Speaker, SpeakerAlias, SpeakerStatus, Status


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
    named = session.exec(select(Speaker).where(Speaker.name == name)).first()
    if named and named.status != SpeakerStatus.DELETED:
        return resolve_speaker(session, named)
    found = session.exec(
        select(Speaker)
        .join(SpeakerAlias, col(SpeakerAlias.speaker_id) == col(Speaker.id))
        .where(SpeakerAlias.alias == name, Speaker.status != SpeakerStatus.DELETED)
    ).first()
    if found:
        return resolve_speaker(session, found)
    key = name_key(name)
    if merge_by_key and key and named is None:
        found = session.exec(
            select(Speaker)
            .outerjoin(SpeakerAlias, col(SpeakerAlias.speaker_id) == col(Speaker.id))
            .where(or_(Speaker.name_key == key, SpeakerAlias.alias_key == key), Speaker.status != SpeakerStatus.DELETED)
            .order_by(col(Speaker.id))
        ).first()
        if found:
            found = resolve_speaker(session, found)
            assert found.id is not None  # a stored row
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


def speaker_ids(session: Session, names: Iterable[str | None]) -> dict[str, int]:
    """{detector name: speaker id} for many names at once, as ``speaker_for_name(merge_by_key=True)``.

    Each distinct name is resolved once: names of active speakers (as a name or an alias) in two queries
    per 500, the rest one by one (a merged or deleted speaker's name goes through ``speaker_for_name``, which
    resolves a merge). Names with nothing left after ``clean_name`` are left out.
    """
    cleaned = {raw: clean for raw in dict.fromkeys(n for n in names if n) if (clean := clean_name(raw))}
    wanted = list(dict.fromkeys(cleaned.values()))
    known: dict[str, int] = {}
    for i in range(0, len(wanted), 500):
        chunk = wanted[i : i + 500]
        for name, speaker_id in session.exec(
            select(Speaker.name, Speaker.id).where(col(Speaker.name).in_(chunk), Speaker.status == SpeakerStatus.ACTIVE)
        ):
            if speaker_id is not None:
                known[name] = speaker_id
        aliases = session.exec(
            select(SpeakerAlias.alias, SpeakerAlias.speaker_id)
            .join(Speaker, col(Speaker.id) == col(SpeakerAlias.speaker_id))
            .where(col(SpeakerAlias.alias).in_(chunk), Speaker.status == SpeakerStatus.ACTIVE)
            .order_by(col(SpeakerAlias.id))
        ).all()
        for alias, speaker_id in aliases:
            known.setdefault(alias, speaker_id)  # a name before an alias, the first alias row before later ones
    _resolve_unknown(session, [name for name in wanted if name not in known], known)
    return {raw: known[clean] for raw, clean in cleaned.items()}


def _resolve_unknown(session: Session, names: list[str], known: dict[str, int]) -> None:
    """Add to ``known`` the speakers of names that are no active speaker's name or alias, as
    ``speaker_for_name(merge_by_key=True)`` would, in a few queries for all of them.

    A name stored before (a merged or deleted speaker's, an alias of one) takes the one-by-one path,
    first. Each other name joins the first speaker (by id) whose name or alias has its folded key, else
    the speaker an earlier name of this call created with that key (as an alias), else is a new speaker.
    The new speakers are inserted together: a large import brings new names by the thousand.
    """
    seen: set[str] = set()
    for i in range(0, len(names), 500):
        chunk = names[i : i + 500]
        seen.update(session.exec(select(Speaker.name).where(col(Speaker.name).in_(chunk))))
        seen.update(session.exec(select(SpeakerAlias.alias).where(col(SpeakerAlias.alias).in_(chunk))))
    for name in names:
        if name in seen:
            speaker = speaker_for_name(session, name, merge_by_key=True)
            assert speaker.id is not None
            known[name] = speaker.id
    fresh = [name for name in names if name not in seen]
    keys = {name: name_key(name) for name in fresh}
    by_key = _first_by_key(session, [k for k in dict.fromkeys(keys.values()) if k])
    new_by_key: dict[str, str] = {}  # key: the name of the new speaker with it
    owner: dict[str, str] = {}  # new name: the name of the new speaker it names or joins
    aliases: list[tuple[int, str, str]] = []
    for name in fresh:
        key = keys[name]
        if key in by_key:
            known[name] = by_key[key]
            aliases.append((by_key[key], name, key))
        elif key and key in new_by_key:
            owner[name] = new_by_key[key]
        else:
            owner[name] = new_by_key.setdefault(key, name) if key else name
    cursor = cursor_of(session)
    stamp = now()
    ids: dict[str, int] = {}
    for name in owner:
        if owner[name] == name:  # plain SQL: the ORM's statement building cost more than SQLite's insert
            cursor.execute(_INSERT_SPEAKER, (name, keys[name], stamp, SpeakerStatus.ACTIVE.value))
            ids[name] = cursor.lastrowid
    for name, first in owner.items():
        known[name] = ids[first]
        if name != first:
            aliases.append((ids[first], name, keys[name]))
    cursor.executemany(_INSERT_ALIAS, aliases)


def named_ids(session: Session, names: Iterable[str | None]) -> dict[str, tuple[int, str]]:
    """{detector name: (speaker id, the speaker's stored name)}, as ``speaker_ids``, with the name a quote keeps as its
    detector speaker (one query per 500 speakers instead of a lookup per quote)."""
    ids = speaker_ids(session, names)
    wanted = list(set(ids.values()))
    stored: dict[int, str] = {}
    cursor = cursor_of(session)
    for i in range(0, len(wanted), 500):
        chunk = wanted[i : i + 500]
        sql = f"SELECT id, name FROM speaker WHERE id IN ({', '.join('?' * len(chunk))})"
        stored.update(cursor.execute(sql, chunk).fetchall())
    return {raw: (speaker_id, stored[speaker_id]) for raw, speaker_id in ids.items()}


_INSERT_SPEAKER = "INSERT INTO speaker (name, name_key, created_at, status) VALUES (?, ?, ?, ?)"
_INSERT_ALIAS = "INSERT INTO speaker_alias (speaker_id, alias, alias_key) VALUES (?, ?, ?)"


def _first_by_key(session: Session, keys: list[str]) -> dict[str, int]:
    """{key: the id of the speaker (resolved through merges) that ``speaker_for_name`` would join by key}: the
    lowest-id speaker, not deleted, whose name or one of whose aliases has that key."""
    found: dict[str, Speaker] = {}
    for i in range(0, len(keys), 500):
        chunk = keys[i : i + 500]
        named = select(Speaker.name_key, Speaker).where(
            col(Speaker.name_key).in_(chunk), Speaker.status != SpeakerStatus.DELETED
        )
        aliased = (
            select(SpeakerAlias.alias_key, Speaker)
            .join(Speaker, col(SpeakerAlias.speaker_id) == col(Speaker.id))
            .where(col(SpeakerAlias.alias_key).in_(chunk), Speaker.status != SpeakerStatus.DELETED)
        )
        for key, speaker in [*session.exec(named), *session.exec(aliased)]:
            if key not in found or (speaker.id or 0) < (found[key].id or 0):
                found[key] = speaker
    out: dict[str, int] = {}
    for key, speaker in found.items():
        resolved = resolve_speaker(session, speaker)
        assert resolved.id is not None
        out[key] = resolved.id
    return out


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
