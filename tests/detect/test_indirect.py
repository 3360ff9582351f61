"""Indirect speech: dass/ob-clauses, subjunctive clauses, continuations, laut/zufolge/nach Angaben."""

from __future__ import annotations

from quotetool.detect import Kind, detect

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


def test_agreement_with_its_content() -> None:
    text = "Die Tarifparteien haben sich geeinigt, die Löhne im Frühjahr um drei Prozent zu erhöhen."
    p = find(text, "die Löhne")
    assert p.quote == "die Löhne im Frühjahr um drei Prozent zu erhöhen"
    assert p.rule == "infinitive-clause"
    assert p.speaker == "Tarifparteien"
    text = "Die Stadt und der Verein einigten sich darauf, dass das Stadion bis 2028 saniert wird."
    assert find(text, "das Stadion").rule == "dass-clause"


def test_agreement_without_content_is_no_speaker_for_the_next_sentence() -> None:
    text = (
        "Inzwischen haben sich die zwei Vereine auf einen gemeinsamen Vorstand geeinigt. "
        "Bei einer Kampfabstimmung hätten die Jüngeren mit einer klaren Mehrheit rechnen können."
    )
    assert detect(text) == []


def test_einige_is_a_quantifier_not_a_konjunktiv() -> None:
    assert detect("Im Verlauf des Abends mussten einige Gäste den Saal verlassen.") == []


def test_conclusion_after_zu() -> None:
    text = "Die Gutachter kamen zu dem Schluss, dass die Brücke nicht mehr sicher ist."
    p = find(text, "die Brücke")
    assert p.quote == "die Brücke nicht mehr sicher ist"
    assert p.cue == "Schluss"
    assert p.speaker == "Gutachter"
    assert find("Das Labor gelangte zum Ergebnis, dass die Probe verunreinigt war.", "die Probe").cue == "Ergebnis"


def test_result_as_a_consequence_is_no_statement() -> None:
    assert detect("Die Verhandlung endete mit dem Ergebnis, dass niemand zufrieden war.") == []


def test_pretending_hoping_and_saying_of_someone() -> None:
    p = find("Die Frau gab vor, nur eine Aussprache zu wollen.", "eine Aussprache")
    assert p.quote == "nur eine Aussprache zu wollen"
    assert p.speaker == "Frau"
    q = find("Die Gemeinde hatte sich erhofft, dass der Wald an sie zurückgeht.", "der Wald")
    assert q.speaker == "Gemeinde"
    r = find("Dem Orden wird nachgesagt, rechten Gruppen nahe zu stehen.", "rechten Gruppen")
    assert r.quote == "rechten Gruppen nahe zu stehen"


def test_permission_with_its_holder() -> None:
    p = find("Am Abend hatte der Landrat die Erlaubnis gegeben, den Wolf zu fangen.", "den Wolf")
    assert p.quote == "den Wolf zu fangen"
    assert p.cue == "Erlaubnis"
    assert p.speaker == "Landrat"


def test_participle_put_first_is_a_cue() -> None:
    text = "Kritisiert wird vor allem, dass die Stadt die Gebühren erhöht hat."
    p = find(text, "die Gebühren")
    assert p.quote == "die Stadt die Gebühren erhöht hat"
    assert p.cue == "Kritisiert"
    assert p.speaker is None
    assert p.rule == "impersonal-clause"  # a claim without a source: it never takes the speaker before it
    text = "Die Stadt einigte sich mit dem Verein. Bestätigt wurde am Abend, dass das Bad schließt."
    assert find(text, "das Bad").speaker is None
    q = find("Gefordert wurde außerdem, die Hundesteuer abzuschaffen.", "die Hundesteuer")
    assert q.quote == "die Hundesteuer abzuschaffen"


def test_capitalised_verb_form_without_auxiliary_is_no_cue() -> None:
    assert detect("Berichten zufolge ist die Brücke gesperrt.")[0].rule == "zufolge"
    assert all(p.cue != "Erklärt" for p in detect("Erklärt ist damit, dass die Brücke gesperrt bleibt."))
