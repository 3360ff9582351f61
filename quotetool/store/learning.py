"""Learning from the decision log: ``learn`` stores what ``derive`` finds, with its evidence; ``detector_setup``
hands the learned entries to the detector; ``reviewed_gold`` turns the articles marked reviewed into gold for
``quotetool eval``.

Learned entries live in ``learned_entry`` (one row per kind and value). ``learn`` is deterministic: the same
log gives the same entries. It adds what the log now supports, updates the evidence of what it supported
before, and retires (``removed_by`` "learn") what it no longer supports (decisions undone), bringing it
back when the evidence returns. An entry a person removed (``lexicon remove``) stays removed: ``learn``
never learns it again. Nothing is ever deleted.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import Any

from quotetool.detect import Proposal, detect, name_key
from quotetool.detect.learned import LearnedLexicon
from quotetool.errors import InvalidEdit
from quotetool.evaluate import NO_OUTLET, GoldArticle, GoldEvent
from quotetool.store.database import Database, cursor_of, now
from quotetool.store.derive import LEXICAL, MAX_CHECKED, Candidate, Check, Decided, check, derive, probe

LEARN = "learn"  # who retires an entry whose evidence is gone

_QUOTES = """
SELECT q.id, q.document_id, q.start, q."end", q.kind, q.status, q.origin, q.rule, s.name, q.speaker_mention,
       q.mention_start, q.detector_start, q.detector_end, q.detector_kind, q.detector_speaker
FROM quote q LEFT JOIN speaker s ON s.id = q.speaker_id
WHERE q.status != 'deleted'
ORDER BY q.document_id, q.id
"""
_LIVE_DECISIONS = """
SELECT d.id, d.quote_id, d.action, d.before, d.after FROM decision d
WHERE d.quote_id IS NOT NULL AND d.action NOT IN ('undo', 'comment', 'flag')
  AND NOT EXISTS (SELECT 1 FROM decision u WHERE u.undoes = d.id)
ORDER BY d.id
"""


@dataclass(frozen=True, slots=True)
class EntryView:
    id: int
    kind: str
    value: str
    target: str | None
    confidence: float | None
    evidence: tuple[int, ...]
    count: int
    created_at: str
    updated_at: str | None
    removed_at: str | None
    removed_by: str | None
    check: Check | None = None  # what the word did on the reviewed articles when ``learn`` checked it

    def to_dict(self) -> dict:
        checked = {"check": self.check.to_dict()} if self.check is not None else {}
        return checked | {
            "id": self.id,
            "kind": self.kind,
            "value": self.value,
            "target": self.target,
            "confidence": self.confidence,
            "count": self.count,
            "evidence": list(self.evidence),
            "created_at": self.created_at,
            "updated_at": self.updated_at,
            "removed_at": self.removed_at,
            "removed_by": self.removed_by,
        }


@dataclass(frozen=True, slots=True)
class LearnReport:
    added: int
    updated: int
    retired: int
    unchanged: int
    entries: tuple[EntryView, ...]  # the live entries after learning
    declined: tuple[tuple[Candidate, Check], ...] = ()  # words the decisions support that failed their check


# --- reading the log -----------------------------------------------------------------------------------


def decided_quotes(conn: Any) -> Iterator[Decided]:
    """Every live quote with a live decision behind it (accepted, rejected, or still proposed with a correction),
    a document at a time."""
    names = dict(conn.execute("SELECT id, name FROM speaker"))
    live: dict[int, list[tuple[int, str, dict, dict]]] = defaultdict(list)
    for dec_id, quote_id, action, before, after in conn.execute(_LIVE_DECISIONS):
        live[quote_id].append((dec_id, action, json.loads(before or "{}"), json.loads(after or "{}")))
    doc_id, text = None, ""
    for row in conn.execute(_QUOTES).fetchall():
        qid, document, start, end, kind, status, origin, rule, speaker, mention, m_start = row[:11]
        decisions = live.get(qid)
        if not decisions:
            continue
        if document != doc_id:
            doc_id, text = document, conn.execute("SELECT text FROM document WHERE id = ?", (document,)).fetchone()[0]
        detector = row[11:]
        corrections = tuple(
            (dec_id, before.get("speaker_mention") or names.get(before["speaker_id"], ""), names[after["speaker_id"]])
            for dec_id, action, before, after in decisions
            if action == "speaker"
            and before.get("speaker_id")
            and after.get("speaker_id") in names
            and before["speaker_id"] != after["speaker_id"]
        )
        chosen = (origin == "manual" and m_start is not None) or any(
            a == "speaker" and after.get("mention_start") is not None for _, a, _, after in decisions
        )
        yield Decided(
            qid,
            text,
            start,
            end,
            kind,
            status,
            origin,
            rule,
            corrected=origin == "detector" and (start, end, kind, speaker) != tuple(detector),
            speaker_corrected=origin == "detector" and speaker != detector[3],
            speaker=speaker,
            mention=mention,
            mention_chosen=chosen,
            settling=decisions[-1][0],
            corrections=corrections,
            document=document,
        )


# --- learning --------------------------------------------------------------------------------------------


def learn(db: Database) -> LearnReport:
    """Derive entries from the decision log, check each word on the reviewed articles, and store what holds
    with its evidence (one transaction)."""
    with db.raw() as conn:
        candidates = derive(decided_quotes(conn))
        removed = {
            (k, v)
            for k, v in conn.execute(
                "SELECT kind, value FROM learned_entry WHERE removed_at IS NOT NULL AND removed_by != ?", (LEARN,)
            )
        }
    candidates = [c for c in candidates if (c.kind, c.value) not in removed]  # a person removed it: never again
    checks = _checks(db, [c for c in candidates if c.kind in LEXICAL])
    declined = tuple((c, checks[(c.kind, c.value)]) for c in candidates if not _holds(c, checks))
    candidates = [c for c in candidates if _holds(c, checks)]
    added = updated = retired = unchanged = 0
    stamp = now()
    with db.write() as session:
        conn = cursor_of(session)
        stored = {
            (r[1], r[2]): r
            for r in conn.execute(
                "SELECT id, kind, value, target, confidence, evidence, removed_at, removed_by FROM learned_entry"
            )
        }
        wanted = {(c.kind, c.value) for c in candidates}
        for c in candidates:
            row = stored.get((c.kind, c.value))
            evidence = json.dumps(c.evidence)
            if row is None:
                conn.execute(
                    "INSERT INTO learned_entry (kind, value, target, confidence, evidence, count, created_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (c.kind, c.value, c.target, c.confidence, evidence, c.count, stamp),
                )
                added += 1
            elif row[6] is not None and row[7] != LEARN:
                continue  # a person removed it: never learned again
            elif (row[3], row[4], row[5], row[6]) == (c.target, c.confidence, evidence, None):
                unchanged += 1
            else:
                conn.execute(
                    "UPDATE learned_entry SET target = ?, confidence = ?, evidence = ?, count = ?, updated_at = ?, "
                    "removed_at = NULL, removed_by = NULL WHERE id = ?",
                    (c.target, c.confidence, evidence, c.count, stamp, row[0]),
                )
                updated += 1
        for key, row in stored.items():
            if key not in wanted and row[6] is None:
                conn.execute(
                    "UPDATE learned_entry SET removed_at = ?, removed_by = ? WHERE id = ?", (stamp, LEARN, row[0])
                )
                retired += 1
    live = [replace(e, check=checks.get((e.kind, e.value))) for e in entries(db)]
    return LearnReport(added, updated, retired, unchanged, tuple(live), declined)


def _holds(c: Candidate, checks: dict[tuple[str, str], Check]) -> bool:
    found = checks.get((c.kind, c.value))
    return found is None or found.passed


def _checks(db: Database, words: list[Candidate]) -> dict[tuple[str, str], Check]:
    """Each word's check on the reviewed articles (see ``derive.check``); the detector without learned
    entries runs once per article, with each word only on the articles that contain it."""
    if not words:
        return {}
    probes = {(c.kind, c.value): probe(c) for c in words}
    held: Counter[tuple[str, str]] = Counter()
    articles = []  # only those some word is checked on: at most MAX_CHECKED for each
    for article in reviewed_gold(db):
        low = article.text.lower()
        hits = [k for k, pieces in probes.items() if held[k] < MAX_CHECKED and any(p in low for p in pieces)]
        if hits:
            articles.append(article)
            held.update(hits)
    plain: dict[str, list[Proposal]] = {}

    def before(article: GoldArticle) -> list[Proposal]:
        if article.id not in plain:
            plain[article.id] = detect(article.text)
        return plain[article.id]

    return {(c.kind, c.value): check(c, articles, detect, before) for c in words}


def entries(db: Database, *, removed: bool = False) -> list[EntryView]:
    """The learned entries (with ``removed``, the removed ones too), by kind and value."""
    where = "" if removed else "WHERE removed_at IS NULL"
    sql = (
        "SELECT id, kind, value, target, confidence, evidence, count, created_at, updated_at, removed_at, "
        f"removed_by FROM learned_entry {where} ORDER BY kind, value"
    )
    with db.raw() as conn:
        return [EntryView(r[0], r[1], r[2], r[3], r[4], tuple(json.loads(r[5])), *r[6:]) for r in conn.execute(sql)]


def remove_entry(db: Database, entry_id: int, *, annotator: str) -> EntryView:
    """Retire an entry for good (kept, with who removed it and when); removing it twice changes nothing."""
    with db.write() as session:
        conn = cursor_of(session)
        row = conn.execute("SELECT removed_at, removed_by FROM learned_entry WHERE id = ?", (entry_id,)).fetchone()
        if row is None:
            raise InvalidEdit(f"There is no learned entry {entry_id}; `quotetool lexicon list` shows them.")
        if row[0] is None or row[1] == LEARN:
            conn.execute(
                "UPDATE learned_entry SET removed_at = ?, removed_by = ? WHERE id = ?", (now(), annotator, entry_id)
            )
    return next(e for e in entries(db, removed=True) if e.id == entry_id)


def detector_setup(db: Database) -> tuple[LearnedLexicon | None, tuple[tuple[str, float], ...]]:
    """The live learned entries as the detector takes them: a lexicon (None when empty) and the learned
    confidence of each rule. Only reads (works on a database opened read-only)."""
    lists: dict[str, list[str]] = defaultdict(list)
    aliases: list[tuple[str, str]] = []
    confidences: list[tuple[str, float]] = []
    for e in entries(db):
        if e.kind == "confidence" and e.confidence is not None:
            confidences.append((e.value, e.confidence))
        elif e.kind == "alias" and e.target:
            aliases.append((e.value, e.target))
        else:
            lists[e.kind].append(e.value)
    lexicon = LearnedLexicon.of(
        speech_verbs=lists["speech-verb"],
        frame_words=lists["frame-word"],
        role_nouns=lists["role-noun"],
        rejected_quotes=lists["rejected-quote"],
        aliases=aliases,
    )
    return (lexicon if lexicon.entries() else None), tuple(sorted(confidences))


# --- gold from reviewed articles -------------------------------------------------------------------------


def speaker_keys(name: str | None) -> tuple[str, ...]:
    """The keys a right speaker's name must contain: the verified canonical name, and its last word (the
    surname), so that "Huber" for "Anton Huber" counts as right; a one-word name is its own key."""
    if not name:
        return ()
    words = name.split()
    return tuple(dict.fromkeys((name, words[-1]))) if len(words) > 1 else (name,)


def reviewed_gold(db: Database) -> Iterator[GoldArticle]:
    """Each article marked reviewed as gold: its accepted quotes (proposals accepted as they were or
    corrected, quotes added by hand or imported as verified) are the events, its rejected proposals the
    negatives; a quote still proposed got no verdict, so predictions on it are neither rewarded nor penalised
    (an event not required). The outlet is the document's."""
    with db.raw() as conn:
        docs = conn.execute(
            "SELECT id, text, outlet FROM document WHERE reviewed_at IS NOT NULL ORDER BY id"
        ).fetchall()
        for doc_id, text, outlet in docs:
            rows = conn.execute(
                'SELECT q.start, q."end", q.parts, q.kind, q.status, s.name FROM quote q '
                "LEFT JOIN speaker s ON s.id = q.speaker_id "
                "WHERE q.document_id = ? AND q.status != 'deleted' ORDER BY q.start, q.id",
                (doc_id,),
            ).fetchall()
            events, negatives = [], []
            for start, end, parts, kind, status, name in rows:
                spans = tuple(tuple(p) for p in json.loads(parts)) if parts else ((start, end),)
                if status == "accepted":
                    events.append(GoldEvent(spans, kind, speaker_keys(name)))  # type: ignore[arg-type]
                elif status == "proposed":
                    events.append(GoldEvent(spans, kind, required=False))  # type: ignore[arg-type]
                else:
                    negatives.append((start, end))
            yield GoldArticle(str(doc_id), text, tuple(events), tuple(negatives), outlet or NO_OUTLET)


def canonical_names(db: Database, names: Iterable[str]) -> dict[str, str]:
    """{name: the stored speaker it would be filed under} for detector names the database knows (by name,
    alias, or folded key, as an import files them); names it does not know are left out. Only reads."""
    out: dict[str, str] = {}
    with db.raw() as conn:
        for name in dict.fromkeys(names):
            row = conn.execute(
                "SELECT s.name FROM speaker s WHERE s.name = ? UNION ALL "
                "SELECT s.name FROM speaker_alias a JOIN speaker s ON s.id = a.speaker_id WHERE a.alias = ? "
                "UNION ALL SELECT * FROM (SELECT s.name FROM speaker s LEFT JOIN speaker_alias a "
                "ON a.speaker_id = s.id WHERE s.name_key = ? OR a.alias_key = ? ORDER BY s.id) AS by_key LIMIT 1",
                (name, name, name_key(name), name_key(name)),
            ).fetchone()
            if row is not None:
                out[name] = row[0]
    return out


__all__ = [
    "Candidate",
    "EntryView",
    "LearnReport",
    "detector_setup",
    "entries",
    "learn",
    "remove_entry",
    "reviewed_gold",
    "speaker_keys",
]
