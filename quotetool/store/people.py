"""The people and organisations of one article, and a speaker corrected for every quote of one mention.

The detector's entities are not stored: the article's people are the speakers of its live quotes, with the
mentions those quotes carry and the places where the article names them (their name or an alias, as whole
words). A person the detector found but gave no quote is therefore not listed; storing the entities would
need the detector to return them with its proposals.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Literal

import regex
from sqlmodel import Session, col, select

from quotetool.errors import InvalidEdit
from quotetool.store.database import Database
from quotetool.store.models import Action, Document, Quote, Speaker, SpeakerAlias, Status
from quotetool.store.review import apply_changes, load_for_decision, new_step
from quotetool.store.speakers import speaker_for_name
from quotetool.store.views import Mention, Person, QuoteView

_LIVE = (Status.PROPOSED.value, Status.ACCEPTED.value)  # a rejected quote's speaker was not confirmed


def article_people(db: Database, document_id: int) -> list[Person]:
    """The speakers of the article's proposed and accepted quotes, each with its mentions in text order
    (the quotes' mentions, and every place the article names it); the first named first."""
    with db.read() as session:
        text = session.exec(select(Document.text).where(Document.id == document_id)).first()
        if text is None:
            raise InvalidEdit(f"There is no document {document_id}.")
        rows = session.exec(
            # (SQLModel types select() for up to four columns; five are fine at run time)
            select(  # type: ignore[call-overload]
                Quote.speaker_id, Speaker.name, Quote.speaker_mention, Quote.mention_start, Quote.mention_end
            )
            .join(Speaker, col(Speaker.id) == col(Quote.speaker_id))
            .where(Quote.document_id == document_id, col(Quote.status).in_(_LIVE))
        ).all()
        names: dict[int, str] = {}
        quotes: dict[int, int] = defaultdict(int)
        mentions: dict[int, set[Mention]] = defaultdict(set)
        for speaker_id, name, mention, start, end in rows:
            names[speaker_id] = name
            quotes[speaker_id] += 1
            if mention:
                mentions[speaker_id].add(Mention(start, end, mention))
        for speaker_id, spelling in _spellings(session, list(names)):
            mentions[speaker_id].update(_occurrences(text, spelling))
    people = [Person(sid, names[sid], quotes[sid], tuple(sorted(mentions[sid], key=_mention_order))) for sid in names]
    return sorted(people, key=lambda p: (_mention_order(p.mentions[0]) if p.mentions else (len(text), ""), p.name))


def set_speaker_for_mention(
    db: Database,
    quote_id: int,
    name: str | None,
    *,
    annotator: str,
    version: int | None = None,
    same: Literal["mention", "speaker"] = "mention",
) -> tuple[QuoteView, ...]:
    """Give ``name`` (None: no speaker) to the quote and to every proposed or accepted quote of its article that
    has the same mention text (``same="mention"``: "FDP-Chef" three times) or the same speaker (``"speaker"``:
    the entity the detector resolved). One step: one undo restores them all. Mentions and cues stay: they are
    still the words that name the speaker. Returns the changed quotes, the one acted on first.
    """
    name = " ".join((name or "").split()) or None
    with db.write() as session:
        quote = load_for_decision(session, quote_id, version, Action.SPEAKER)
        others = _same_mention(session, quote, same)
        speaker_id = speaker_for_name(session, name, merge_by_key=False).id if name else None
        step = new_step(session)
        logged = False
        for q in [quote, *others]:
            changed = apply_changes(
                session,
                q,
                {"speaker_id": speaker_id},
                Action.SPEAKER,
                annotator,
                step=step,
                decision_id=None if logged else step,
            )
            logged = logged or changed
        shown = _canonical(session, speaker_id)
        return tuple(QuoteView.of(q, shown) for q in [quote, *others])


def _same_mention(session: Session, quote: Quote, same: str) -> list[Quote]:
    query = select(Quote).where(
        Quote.document_id == quote.document_id, col(Quote.status).in_(_LIVE), Quote.id != quote.id
    )
    if same == "mention":
        if not quote.speaker_mention:
            raise InvalidEdit(f"Quote {quote.id} names its speaker nowhere in the text; set its speaker alone.")
        query = query.where(Quote.speaker_mention == quote.speaker_mention)
    elif same == "speaker":
        if quote.speaker_id is None:
            raise InvalidEdit(f"Quote {quote.id} has no speaker yet; set its speaker alone.")
        query = query.where(Quote.speaker_id == quote.speaker_id)
    else:
        raise InvalidEdit(f"{same!r} is neither 'mention' nor 'speaker'.")
    return list(session.exec(query.order_by(col(Quote.start), col(Quote.id))))


def _canonical(session: Session, speaker_id: int | None) -> str | None:
    return session.exec(select(Speaker.name).where(Speaker.id == speaker_id)).first() if speaker_id else None


def _spellings(session: Session, speaker_ids: list[int]) -> list[tuple[int, str]]:
    if not speaker_ids:
        return []
    found = [(s.id, s.name) for s in session.exec(select(Speaker).where(col(Speaker.id).in_(speaker_ids)))]
    aliases = session.exec(
        select(SpeakerAlias.speaker_id, SpeakerAlias.alias).where(col(SpeakerAlias.speaker_id).in_(speaker_ids))
    )
    return [(sid, spelling) for sid, spelling in [*found, *aliases.all()] if sid is not None]


def _occurrences(text: str, spelling: str) -> list[Mention]:
    """Where ``text`` names ``spelling`` as whole words (white space between its words may vary)."""
    words = spelling.split()
    if not words:
        return []
    pattern = regex.compile(r"(?<!\w)" + r"\s+".join(regex.escape(w) for w in words) + r"(?!\w)")
    return [Mention(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]


def _mention_order(m: Mention) -> tuple[int, str]:
    return (m.start if m.start is not None else -1, m.text)
