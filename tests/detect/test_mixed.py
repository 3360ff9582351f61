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


def test_quoted_words_inside_the_phrase_a_cue_reports() -> None:
    text = "Der Trainer begründete seinen Rücktritt mit einer „völlig neuen Lage“ nach dem Abstieg."
    p = find(text, "neuen Lage")
    assert p.quote == "einer „völlig neuen Lage“ nach dem Abstieg"
    assert p.kind is Kind.MIXED
    assert p.rule == "mixed-phrase"
    assert p.speaker == "Trainer"
    text = "Die Zeitungen hatten zuvor von der Gefahr eines „Flächenbrandes“ im Süden gesprochen."
    assert find(text, "Flächenbrandes").quote == "der Gefahr eines „Flächenbrandes“ im Süden"
    text = "Der Verband, der die Sperre als „Kapitulation“ vor den Sprayern sieht, protestiert."
    assert find(text, "Kapitulation").quote == "„Kapitulation“ vor den Sprayern"


def test_quoted_words_that_are_the_whole_phrase_stay_direct() -> None:
    p = find("Die Oberärztin sprach von einer „Katastrophe mit Ansage“.", "Katastrophe")
    assert p.quote == "Katastrophe mit Ansage"
    assert p.rule == "direct-in-clause"


def test_a_preposition_of_another_noun_opens_no_reported_phrase() -> None:
    text = "Die Jury nannte den Entwurf von Lea Sommer „äußerst gelungen“ und lobte die Farben."
    p = find(text, "äußerst gelungen")
    assert p.quote == "äußerst gelungen"
    assert p.rule == "direct-in-clause"
    text = "Das Parlament nahm die Lage mit „tiefer Besorgnis“ zur Kenntnis."
    assert all(p.rule != "mixed-phrase" for p in detect(text))
