"""Three short articles with hand-written proposals of chosen confidences, for the queue's orders.

Stored through the real import with a detector that returns these proposals, so the confidences (and their
ties) are known; tests of the store (tests/) and of the UI (tests/tui/) import this module.
"""

from __future__ import annotations

from quotetool.detect import Kind, Proposal
from quotetool.ingest import Article
from quotetool.store import Database, import_article

RATED_ARTICLES = (
    "Der Landrat sagte, die Straße werde im Mai fertig. „Wir halten den Zeitplan“, sagte Landrat Otto Beispiel. "
    "Die Kämmerin erklärte, das Geld reiche.",
    "Ein Sprecher der Polizei sagte, der Unfall sei noch ungeklärt. „Wir suchen Zeugen“, sagte Sprecherin Eva "
    "Muster. Nach Angaben der Feuerwehr brannte das Dach.",
    "Die Ministerin betonte, die Reform komme. „Das ist ein guter Tag“, sagte Ministerin Anna Probe.",
)
# (article index, quoted words, kind, confidence, speaker, mention)
RATED_PROPOSALS = (
    (0, "die Straße werde im Mai fertig", "indirect", 0.62, None, None),
    (0, "Wir halten den Zeitplan", "direct", 0.91, "Otto Beispiel", "Landrat Otto Beispiel"),
    (0, "das Geld reiche", "indirect", 0.45, None, None),
    (1, "der Unfall sei noch ungeklärt", "indirect", 0.45, None, None),
    (1, "Wir suchen Zeugen", "direct", 0.91, "Eva Muster", "Sprecherin Eva Muster"),
    (1, "brannte das Dach", "indirect", 0.30, None, None),
    (2, "die Reform komme", "indirect", 0.62, None, None),
    (2, "Das ist ein guter Tag", "direct", 0.62, "Anna Probe", "Ministerin Anna Probe"),
)
# The quoted words least confident first; equal confidences by article, then position in the text.
UNCERTAIN_WORDS = (
    "brannte das Dach",
    "das Geld reiche",
    "der Unfall sei noch ungeklärt",
    "die Straße werde im Mai fertig",
    "die Reform komme",
    "Das ist ein guter Tag",
    "Wir halten den Zeitplan",
    "Wir suchen Zeugen",
)


def proposal(text: str, words: str, kind: str, confidence: float, speaker: str | None, mention: str | None):
    start = text.index(words)
    m_start = text.index(mention) if mention else None
    return Proposal(
        start=start,
        end=start + len(words),
        quote=words,
        kind=Kind(kind),
        rule=f"hand.{kind}",
        confidence=confidence,
        speaker=speaker,
        speaker_mention=mention,
        mention_start=m_start,
        mention_end=m_start + len(mention) if m_start is not None and mention else None,
    )


def import_rated(db: Database, scale: float = 1.0) -> dict[str, int]:
    """Store the three articles (in this order: document ids ascend) with their proposals, each confidence
    times ``scale``; returns {quoted words: quote id}."""
    for index, text in enumerate(RATED_ARTICLES):
        found = [
            proposal(text, words, kind, round(confidence * scale, 3), speaker, mention)
            for article, words, kind, confidence, speaker, mention in RATED_PROPOSALS
            if article == index
        ]
        import_article(db, Article(text=text, origin=f"rated/{index + 1}.txt"), detector=lambda _t, f=found: f)
    return quote_ids(db)


def quote_ids(db: Database) -> dict[str, int]:
    """{quoted words: id} of the live quotes."""
    with db.raw() as conn:
        return dict(conn.execute("SELECT text, id FROM quote WHERE status != 'deleted'").fetchall())
