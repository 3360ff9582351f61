"""Indirect speech: dass/ob-clauses, subjunctive clauses, continuations, laut/zufolge/nach Angaben."""

from __future__ import annotations

from quotetool.detect import Kind

from .detect_helpers import find


def test_dass_clause() -> None:
    text = "Der Landrat Kai Seifert erklärte am Montag, dass die Schule im Sommer saniert werde."
    p = find(text, "die Schule im Sommer")
    assert p.quote == "die Schule im Sommer saniert werde"
    assert p.kind is Kind.INDIRECT
    assert p.speaker == "Kai Seifert"
    assert p.speaker_mention == "Der Landrat Kai Seifert"
    assert p.cue == "erklärte"


def test_ob_clause() -> None:
    text = "Die Abgeordnete Rita Baum fragte, ob die Förderung auch für kleine Betriebe gelte."
    p = find(text, "die Förderung")
    assert p.quote == "die Förderung auch für kleine Betriebe gelte"
    assert p.speaker == "Rita Baum"


def test_separable_verb_cue() -> None:
    text = "Die Stadtverwaltung teilte am Mittwoch mit, dass der Wochenmarkt umziehen müsse."
    p = find(text, "der Wochenmarkt")
    assert p.quote == "der Wochenmarkt umziehen müsse"
    assert p.speaker == "Stadtverwaltung"
    assert p.speaker_mention == "Die Stadtverwaltung"


def test_subjunctive_clause_before_the_cue() -> None:
    text = "Die Lage am Deich sei ernst, aber beherrschbar, sagte Einsatzleiter Jonas Pfeil."
    p = find(text, "Die Lage am Deich")
    assert p.quote == "Die Lage am Deich sei ernst, aber beherrschbar"
    assert p.rule == "cue-after"
    assert p.speaker == "Jonas Pfeil"


def test_subjunctive_clause_after_the_cue() -> None:
    text = "Die Sprecherin der Klinik, Maren Holt, sagte, man habe genug Betten für den Winter."
    p = find(text, "man habe genug")
    assert p.quote == "man habe genug Betten für den Winter"
    assert p.speaker == "Maren Holt"
    assert p.speaker_mention == "Die Sprecherin der Klinik, Maren Holt"


def test_subjunctive_continuation_without_new_cue() -> None:
    text = (
        "Der Bauunternehmer Lars Eckert sagte, die Arbeiten lägen im Zeitplan. "
        "Probleme gebe es nur bei der Lieferung der Fenster. "
        "Diese kämen aus Polen und seien verspätet."
    )
    p = find(text, "Probleme gebe es")
    assert p.quote == "Probleme gebe es nur bei der Lieferung der Fenster"
    assert p.rule == "subjunctive-continuation"
    assert p.speaker == "Lars Eckert"
    q = find(text, "Diese kämen aus Polen")
    assert q.speaker == "Lars Eckert"


def test_laut() -> None:
    text = "Laut Feuerwehr brach das Feuer kurz nach Mitternacht im Keller aus."
    p = find(text, "brach das Feuer")
    assert p.quote == "brach das Feuer kurz nach Mitternacht im Keller aus"
    assert p.rule == "laut"
    assert p.speaker == "Feuerwehr"


def test_zufolge() -> None:
    text = "Dem Gutachten der Hochschule zufolge ist das Dach der Turnhalle einsturzgefährdet."
    p = find(text, "ist das Dach")
    assert p.quote == "ist das Dach der Turnhalle einsturzgefährdet"
    assert p.rule == "zufolge"
    assert p.speaker == "Gutachten der Hochschule"


def test_nach_angaben_von() -> None:
    text = "Nach Angaben der Polizei wurden bei dem Unfall zwei Radfahrer leicht verletzt."
    p = find(text, "wurden bei dem Unfall")
    assert p.quote == "wurden bei dem Unfall zwei Radfahrer leicht verletzt"
    assert p.speaker == "Polizei"
    assert p.speaker_mention == "Angaben der Polizei"


def test_wie_x_mitteilte() -> None:
    text = "Wie das Ordnungsamt mitteilte, bleibt der Parkplatz am Wochenende geschlossen."
    p = find(text, "bleibt der Parkplatz")
    assert p.quote == "bleibt der Parkplatz am Wochenende geschlossen"
    assert p.rule == "wie-frame"
    assert p.speaker == "Ordnungsamt"


def test_demonstrative_cue_attributes_the_sentence_before() -> None:
    text = "Die Fähre fährt ab Juni wieder stündlich. Das teilte die Reederei am Freitag mit."
    p = find(text, "Die Fähre fährt")
    assert p.quote == "Die Fähre fährt ab Juni wieder stündlich"
    assert p.speaker == "Reederei"
