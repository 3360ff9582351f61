"""Mixed quotes: an indirect clause that carries a quoted fragment is one proposal of kind mixed."""

from __future__ import annotations

from quotetool.detect import Kind, detect

from .detect_helpers import find


def test_dass_clause_with_quoted_fragment() -> None:
    text = "Die Ministerin Eva Roth sagte, dass die Reform „längst überfällig“ sei."
    p = find(text, "die Reform")
    assert p.kind is Kind.MIXED
    assert p.quote == "die Reform „längst überfällig“ sei"
    assert p.speaker == "Eva Roth"
    assert len(detect(text)) == 1  # the fragment is not proposed again on its own


def test_subjunctive_clause_with_quoted_fragment_and_cue_after() -> None:
    text = "Der Plan sei „ein fauler Kompromiss“, sagte Gewerkschafter Timo Rausch."
    p = find(text, "Der Plan sei")
    assert p.kind is Kind.MIXED
    assert p.quote == "Der Plan sei „ein fauler Kompromiss“"
    assert p.speaker == "Timo Rausch"


def test_quoted_fragment_alone_in_the_cue_clause_is_direct() -> None:
    text = "Die Opposition sprach von einem „schwarzen Tag für die Stadt“."
    p = find(text, "schwarzen Tag")
    assert p.kind is Kind.DIRECT
    assert p.quote == "schwarzen Tag für die Stadt"
    assert p.speaker == "Opposition"
