"""Statement clusters across articles: links between quotes that carry one statement, and the editor's say on them.

Links are proposed by ``quotetool.crossref.link_statements`` among the live (proposed, accepted) quotes of one
speaker in different articles and stored in ``statement_link``; a statement is a cluster of quotes joined by links
that are not rejected, between quotes that are live. Its id is the smallest quote id in it (a quote in no cluster
is a statement of its own). Confirming and splitting are steps in the decision log, undone by the ordinary undo.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from sqlalchemy import text as sql_text
from sqlmodel import Session, col, select

from quotetool.crossref import LinkReason, QuoteRecord, StatementLink, cluster_statements, link_statements
from quotetool.errors import InvalidEdit
from quotetool.store.database import Database, now
from quotetool.store.models import Action, LinkStatus, Quote, StatementLinkRow, Status
from quotetool.store.queries import get_quote
from quotetool.store.registry import LIVE, Step
from quotetool.store.views import QuoteView

_BATCH = 500  # ids per IN (...) list
_ANY = LinkReason.SAME_WORDING  # a link's reason does not matter for clustering

# The links that count: not rejected, between live quotes.
_LINKS_SQL = """
SELECT l.quote_a, l.quote_b FROM statement_link l
JOIN quote a ON a.id = l.quote_a JOIN quote b ON b.id = l.quote_b
WHERE l.status != 'rejected' AND a.status IN ('proposed', 'accepted') AND b.status IN ('proposed', 'accepted')
"""

# The quotes of one quote's statement: one indexed walk over the links (UNION: each quote once, so it ends).
_MEMBERS_SQL = """
WITH RECURSIVE member(id) AS (
    SELECT CAST(:quote_id AS BIGINT)
    UNION
    SELECT CASE WHEN l.quote_a = m.id THEN l.quote_b ELSE l.quote_a END
    FROM member m JOIN statement_link l ON (l.quote_a = m.id OR l.quote_b = m.id)
    JOIN quote a ON a.id = l.quote_a JOIN quote b ON b.id = l.quote_b
    WHERE l.status != 'rejected' AND a.status IN ('proposed', 'accepted') AND b.status IN ('proposed', 'accepted')
)
SELECT q.id, q.document_id, d.outlet, d.title, d.published, q.text, q.kind, q.status, s.name
FROM quote q JOIN document d ON d.id = q.document_id
LEFT JOIN speaker s ON s.id = q.speaker_id
WHERE q.id IN (SELECT id FROM member)
ORDER BY q.id
"""
# (The members pick their quotes by id: joined as a table, the CTE of unknown size made SQLite scan every quote and
# look each up in it, 0.3 s of CPU at 2,000,000 quotes for every quote the review screen shows.)


@dataclass(frozen=True, slots=True)
class StatementMember:
    quote_id: int
    document_id: int
    outlet: str | None
    title: str | None
    published: str | None
    text: str
    kind: str
    status: str
    speaker: str | None

    @property
    def source(self) -> str:
        """Who reported it: the outlet, else the article's title, else its number."""
        return self.outlet or self.title or f"article {self.document_id}"


@dataclass(frozen=True, slots=True)
class StatementEntry:
    id: int  # the smallest quote id in it
    members: tuple[StatementMember, ...]
    confirmed: int  # links the editor confirmed
    proposed: int


@dataclass(frozen=True, slots=True)
class LinkResult:
    added: int  # new proposed links
    removed: int  # proposed links no longer found
    proposed: int  # proposed links now


# -- computing links ----------------------------------------------------------------------------------


def link_all(db: Database) -> LinkResult:
    """Propose statement links among all live quotes with a speaker; undecided links no longer found go."""
    with db.write() as session:
        return _relink(session, _records(session, None), everything=True)


def relink(session: Session, speaker_ids: Iterable[int]) -> LinkResult:
    """Propose the links among the quotes of these speakers anew (after a merge, a split or their undo)."""
    ids = sorted(set(speaker_ids))
    return _relink(session, _records(session, ids), everything=False) if ids else LinkResult(0, 0, 0)


def _records(session: Session, speaker_ids: list[int] | None) -> list[QuoteRecord]:
    # (SQLModel types select() for up to four columns; five are fine at run time)
    query = select(Quote.id, Quote.speaker_id, Quote.document_id, Quote.text, Quote.kind).where(  # type: ignore[call-overload]
        col(Quote.status).in_(LIVE), col(Quote.speaker_id).is_not(None)
    )
    if speaker_ids is None:
        rows: Iterable = session.exec(query)
    else:
        rows = [
            r for chunk in _chunks(speaker_ids) for r in session.exec(query.where(col(Quote.speaker_id).in_(chunk)))
        ]
    return [QuoteRecord(qid, sid, doc, text, kind) for qid, sid, doc, text, kind in rows]


def _chunks(ids: list[int]) -> Iterator[list[int]]:
    for i in range(0, len(ids), _BATCH):
        yield ids[i : i + _BATCH]


def _relink(session: Session, records: list[QuoteRecord], *, everything: bool) -> LinkResult:
    found = {(link.a, link.b): link for link in link_statements(records)}
    quote_ids = [r.id for r in records]
    existing: dict[tuple[int, int], StatementLinkRow] = {}
    if everything:
        existing = {(r.quote_a, r.quote_b): r for r in session.exec(select(StatementLinkRow))}
    else:
        for chunk in _chunks(quote_ids):
            for r in session.exec(
                select(StatementLinkRow).where(
                    col(StatementLinkRow.quote_a).in_(chunk) | col(StatementLinkRow.quote_b).in_(chunk)
                )
            ):
                existing[(r.quote_a, r.quote_b)] = r
    removed = 0
    for pair, row in existing.items():
        if row.status == LinkStatus.PROPOSED and pair not in found:
            session.delete(row)
            removed += 1
    stamp = now()
    added = 0
    for pair, link in found.items():
        if pair not in existing:
            session.add(
                StatementLinkRow(
                    quote_a=link.a, quote_b=link.b, reason=link.reason.value, score=link.score, created_at=stamp
                )
            )
            added += 1
    session.flush()
    proposed = sum(1 for p, r in existing.items() if r.status == LinkStatus.PROPOSED and p in found) + added
    return LinkResult(added, removed, proposed)


# -- reading ------------------------------------------------------------------------------------------


def statement_map(conn) -> dict[int, tuple[int, int]]:
    """quote id -> (statement_id, statement_size) for every quote in a cluster of two or more (one query; the
    export looks quotes up here and gives the others their own id and size 1)."""
    links = [StatementLink(a, b, _ANY, 0.0) for a, b in conn.execute(_LINKS_SQL)]
    out: dict[int, tuple[int, int]] = {}
    for cluster in cluster_statements(links):
        for q in cluster.quote_ids:
            out[q] = (cluster.id, len(cluster.quote_ids))
    return out


def statement_of(db: Database, quote_id: int) -> list[StatementMember]:
    """The quotes of ``quote_id``'s statement, the quote itself among them, by id (one query)."""
    with db.read() as session:
        return _members(session, quote_id)


def _members(session: Session, quote_id: int) -> list[StatementMember]:
    rows = session.connection().execute(sql_text(_MEMBERS_SQL), {"quote_id": quote_id})
    return [StatementMember(*row) for row in rows]


def list_statements(db: Database, *, min_size: int = 2) -> list[StatementEntry]:
    """Every statement of ``min_size`` quotes or more, by id, with its quotes and how many links are confirmed."""
    with db.raw() as conn:
        conn.execute("BEGIN")
        try:
            rows = list(
                conn.execute(_LINKS_SQL.replace("SELECT l.quote_a, l.quote_b", "SELECT l.quote_a, l.quote_b, l.status"))
            )
            clusters = cluster_statements(StatementLink(a, b, _ANY, 0.0) for a, b, _ in rows)
            status = {(a, b): s for a, b, s in rows}
            members = _member_rows(conn, [q for c in clusters if len(c.quote_ids) >= min_size for q in c.quote_ids])
        finally:
            conn.execute("ROLLBACK")
    out = []
    for c in clusters:
        if len(c.quote_ids) >= min_size:
            states = [status[(link.a, link.b)] for link in c.links]
            out.append(
                StatementEntry(
                    c.id,
                    tuple(members[q] for q in c.quote_ids if q in members),
                    states.count(LinkStatus.CONFIRMED.value),
                    states.count(LinkStatus.PROPOSED.value),
                )
            )
    return out


def _member_rows(conn, quote_ids: list[int]) -> dict[int, StatementMember]:
    out = {}
    for chunk in _chunks(quote_ids):
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(
            "SELECT q.id, q.document_id, d.outlet, d.title, d.published, q.text, q.kind, q.status, s.name "
            "FROM quote q JOIN document d ON d.id = q.document_id LEFT JOIN speaker s ON s.id = q.speaker_id "
            f"WHERE q.id IN ({marks})",
            chunk,
        ):
            out[row[0]] = StatementMember(*row)
    return out


# -- editor actions -----------------------------------------------------------------------------------


def _cluster_links(session: Session, quote_id: int) -> list[StatementLinkRow]:
    ids = [m.quote_id for m in _members(session, quote_id)]
    rows: list[StatementLinkRow] = []
    for chunk in _chunks(ids):
        rows.extend(
            session.exec(
                select(StatementLinkRow).where(
                    col(StatementLinkRow.quote_a).in_(chunk), StatementLinkRow.status != LinkStatus.REJECTED
                )
            )
        )
    members = set(ids)
    return [r for r in rows if r.quote_b in members]


def confirm_statement(db: Database, quote_id: int, *, annotator: str) -> int:
    """Confirm every proposed link of the quote's statement; returns how many. One step for undo."""
    with db.write() as session:
        links = [r for r in _cluster_links(session, quote_id) if r.status == LinkStatus.PROPOSED]
        if not links:
            raise InvalidEdit(f"Quote {quote_id} has no proposed link to another outlet's quote to confirm.")
        step = Step(session, annotator, Action.LINK)
        stamp = now()
        for r in links:
            step.change(
                "statement_link",
                r,
                {"status": LinkStatus.CONFIRMED.value, "decided_by": annotator, "decided_at": stamp},
            )
        return len(links)


def split_statement(db: Database, quote_id: int, *, annotator: str) -> int:
    """Split the quote off its statement: every link that touches it is rejected (and not proposed again)."""
    with db.write() as session:
        links = list(
            session.exec(
                select(StatementLinkRow).where(
                    (col(StatementLinkRow.quote_a) == quote_id) | (col(StatementLinkRow.quote_b) == quote_id),
                    StatementLinkRow.status != LinkStatus.REJECTED,
                )
            )
        )
        if not links:
            raise InvalidEdit(f"Quote {quote_id} is linked to no other quote.")
        step = Step(session, annotator, Action.UNLINK)
        stamp = now()
        for r in links:
            step.change(
                "statement_link", r, {"status": LinkStatus.REJECTED.value, "decided_by": annotator, "decided_at": stamp}
            )
        return len(links)


def apply_to_statement(db: Database, quote_id: int, what: str, *, annotator: str) -> tuple[QuoteView, ...]:
    """Apply the quote's verdict to its whole statement, one step: ``"accept"`` accepts every quote of it,
    ``"speaker"`` gives them all this quote's speaker. Returns the quotes changed."""
    if what not in ("accept", "speaker"):
        raise InvalidEdit(f"{what!r} is neither 'accept' nor 'speaker'.")
    with db.write() as session:
        quote = session.get(Quote, quote_id)
        if quote is None:
            raise InvalidEdit(f"There is no quote {quote_id}.")
        members = [m.quote_id for m in _members(session, quote_id)]
        if len(members) < 2:
            raise InvalidEdit(f"Quote {quote_id} is linked to no other outlet's quote.")
        action, changes = (
            (Action.ACCEPT, {"status": Status.ACCEPTED.value})
            if what == "accept"
            else (Action.SPEAKER, {"speaker_id": quote.speaker_id})
        )
        step = Step(session, annotator, action)
        changed = []
        for qid in sorted(members, key=lambda q: q != quote_id):  # the quote acted on first
            q = session.get(Quote, qid)
            assert q is not None
            if step.quote(q, changes, stamp_decider=True):
                changed.append(qid)
    return tuple(v for v in (get_quote(db, q) for q in changed) if v is not None)
