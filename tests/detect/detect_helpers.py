"""Small helpers for the detector tests: find the proposal that covers a phrase; pieces of news text."""

from __future__ import annotations

from quotetool.detect import Proposal, detect


def find(text: str, phrase: str) -> Proposal:
    """The one proposal whose span contains ``phrase`` (fails when none or several do)."""
    start = text.index(phrase)
    end = start + len(phrase)
    hits = [p for p in detect(text) if p.start <= start and end <= p.end]
    assert len(hits) == 1, f"expected one proposal covering {phrase!r}, got {[(p.rule, p.quote) for p in detect(text)]}"
    return hits[0]


def quotes(text: str) -> list[str]:
    return [p.quote for p in detect(text)]


# Pieces that hit the interesting paths: quotation marks, colons, line breaks, cue words, names.
PIECES = [
    "„",
    "“",
    "”",
    '"',
    "»",
    "«",
    "‚",
    "‘",
    "’",
    "'",
    ":",
    ", ",
    ". ",
    "\n",
    "\n\n",
    " ",
    "(",
    ")",
    "–",
    "sagte",
    "sagte er",
    "so",
    "laut",
    "zufolge",
    "nach Angaben der",
    "teilte",
    "mit",
    "dass",
    "ob",
    "sei",
    "habe",
    "werde",
    "wie",
    "erklärte",
    "Demnach",
    "Das bestätigte",
    "der Minister",
    "die Polizei",
    "Anna Roth",
    "Herr Vogel",
    "Prof. Dr.",
    "der 52-Jährige",
    "sie",
    "Er",
    "Die Lage",
    "Wir kommen",
    "Zeitung",
    "sogenannte",
    "Mehr zum Thema –",
    "Quelle:",
    "[Anzeige]",
    "Wie",
    "52.",
    "z. B.",
    "al-Said",
    "von",
    "Sollte",
    "könnte",
    "den Vorwurf",
    "erhoben",
    "nach der Auswertung",
    "wonach",
    "zu dem Schluss",
    "und er wolle",
]
