"""Classes of errors found by reading the detector's output on news articles written for the purpose (not from
any gold file): one test (at least) per class, each with sentences of our own."""

from __future__ import annotations

from quotetool.detect import detect, lexicon

from .detect_helpers import find

# -- a general role noun refers back to an office with an umlaut ------------------------------------------------


def test_general_role_noun_refers_back_to_an_office_written_with_an_umlaut() -> None:
    text = (
        "Ministerpräsidentin Ute Kallweit besuchte am Morgen die überflutete Altstadt. "
        '"Das Land lässt niemanden allein", sagte die SPD-Politikerin.'
    )
    assert find(text, "niemanden allein").speaker == "Ute Kallweit"
    text = (
        "Oberbürgermeister Jens Albrecht eröffnete die neue Brücke. "
        "Sie sei zwei Jahre früher fertig geworden als geplant, sagte der Politiker."
    )
    assert find(text, "zwei Jahre").speaker == "Jens Albrecht"


def test_general_role_nouns_keep_their_specific_roles_in_both_spellings() -> None:
    """The umlaut-free copy of a line of role_hypernyms.txt adds to the line, it does not replace it."""
    for general in ("politiker", "manager"):
        specific = lexicon.ROLE_HYPERNYMS[general]
        umlauted = {w for w in specific if any(c in w for c in "äöüß")}
        assert umlauted, general
        assert {lexicon.umlaut_free(w) for w in umlauted} <= specific


def test_a_compound_of_a_general_role_noun_is_a_role_of_its_own() -> None:
    """ "der Polizeichef" names no president, though "der Chef" may; "der SPD-Politiker" is still a Politiker."""
    text = "Präsident Ruben Varga eröffnete am Morgen die Messe. Die Lage sei ruhig, sagte der Polizeichef der Stadt."
    assert find(text, "Lage sei ruhig").speaker != "Ruben Varga"


# -- a company named after its trade, and named again by a generic or the same trade noun ------------------------


def test_a_company_named_after_its_trade_is_called_by_its_name() -> None:
    text = "Der Baustoffkonzern Heidelmann teilte am Montag mit, man werde zwei Werke schließen."
    p = find(text, "zwei Werke")
    assert p.speaker == "Heidelmann"
    assert p.speaker_mention == "Der Baustoffkonzern Heidelmann"
    text = "Die Fluggesellschaft Nordwind Air erklärte, alle Flüge fänden wie geplant statt."
    assert find(text, "alle Flüge").speaker == "Nordwind Air"


def test_a_generic_or_the_same_trade_noun_names_the_company_again() -> None:
    text = (
        "Der Spielwarenhersteller Kibo streicht 300 Stellen. "
        "Betriebsbedingte Kündigungen solle es nicht geben, teilte das Unternehmen mit."
    )
    assert find(text, "Kündigungen").speaker == "Kibo"
    text = (
        "Die Drogeriekette Lindhoff will 40 neue Filialen eröffnen. "
        "Die Kette erklärte, man setze auf kleine Läden in den Stadtteilen."
    )
    assert find(text, "kleine Läden").speaker == "Lindhoff"
    text = (
        "Der Chemiekonzern Arvona kündigte Investitionen an. Die Reederei Seeberg meldete Verluste. "
        "Der Konzern erklärte, die Nachfrage sei stabil."
    )
    assert find(text, "Nachfrage").speaker == "Seeberg"  # (the last company named; any fits "der Konzern")
    text = (
        "Die Drogeriekette Lindhoff will wachsen. Die Reederei Seeberg meldete Verluste. "
        "Die Kette erklärte, man setze auf kleine Läden."
    )
    assert find(text, "kleine Läden").speaker == "Lindhoff"  # (only a Kette fits "die Kette")


def test_a_person_or_a_bare_object_after_a_trade_noun_is_no_company() -> None:
    text = "Der Gebrauchtwagenhändler Peter Klein sagte, das Geschäft laufe schlecht."
    assert find(text, "Geschäft laufe").speaker == "Peter Klein"
    text = "Nach eigenen Angaben hat die Firma Gewinn gemacht. Die Firma erklärte, sie wolle weiter wachsen."
    assert find(text, "weiter wachsen").speaker != "Gewinn"


# -- "ließ … erklären": a form of "lassen" with a speech verb's infinitive, after the statement ----------------


def test_lassen_with_a_speech_verb_after_the_statement_is_its_cue() -> None:
    text = "Er habe von den Zahlungen nichts gewusst, ließ der Angeklagte über seinen Anwalt erklären."
    p = find(text, "Zahlungen")
    assert p.quote == "Er habe von den Zahlungen nichts gewusst"
    assert p.speaker_mention == "der Angeklagte"
    p = find("Sie werde alle Termine nachholen, ließ die Sängerin über ihr Management mitteilen.", "Termine")
    assert p.quote == "Sie werde alle Termine nachholen"
    assert p.speaker == "Sängerin"


def test_reflexive_lassen_is_no_cue() -> None:
    text = "Wie die Sprecherin Jana Roth mitteilte, lässt sich der Zeitplan nicht halten."
    p = find(text, "Zeitplan")
    assert p.speaker == "Jana Roth"
    assert p.quote == "lässt sich der Zeitplan nicht halten"


# -- role nouns the lexicon lacked, and feminine forms with an umlaut --------------------------------------------


def test_sport_media_and_umlaut_feminine_roles_are_roles() -> None:
    assert find('Mainz-Coach Lars Brodersen lobte seine Elf: "Das war reif."', "Das war reif").speaker == (
        "Lars Brodersen"
    )
    text = (
        "Landrätin Petra Wieland besuchte die Unglücksstelle. "
        "Die Landrätin sagte, die Rettungskräfte hätten großartige Arbeit geleistet."
    )
    assert find(text, "Rettungskräfte").speaker == "Petra Wieland"
    for word in ("Landrätin", "Stadträtin", "Bäuerin", "Influencerin", "Olympiasieger", "Coach"):
        assert lexicon.role_of(word), word


# -- a surname that is a role noun ("Richter", "Bauer", "Koch") --------------------------------------------------


def test_a_role_noun_after_a_given_name_is_the_surname() -> None:
    text = (
        "Ministerin Julia Richter teilte mit, dass die Kosten gestiegen seien. "
        "Laut Richter verzögert sich der Neubau um ein Jahr. "
        "Sie fügte hinzu: „Wir halten Wort.“"
    )
    assert find(text, "Neubau").speaker == "Julia Richter"
    assert find(text, "Wir halten Wort").speaker == "Julia Richter"
    text = (
        'Thomas Koch, Sprecher der Stadtwerke, sagte: "Die Leitung ist repariert." '
        "Koch fügte hinzu, es gebe keine Gefahr."
    )
    assert find(text, "keine Gefahr").speaker == "Thomas Koch"


def test_a_definite_role_noun_is_still_the_role() -> None:
    text = (
        "Ministerin Julia Richter teilte mit, dass die Kosten gestiegen seien. "
        "Der Richter am Landgericht sagte, das Verfahren sei eröffnet."
    )
    assert find(text, "Verfahren").speaker != "Julia Richter"


# -- an introduction before a colon, then the statement and its cue -----------------------------------------------


def test_an_introduction_before_a_colon_is_no_part_of_a_statement_with_its_cue_after() -> None:
    text = "Die Reederei reagierte noch am Abend: Man werde alle Passagiere entschädigen, sagte eine Sprecherin."
    p = find(text, "Passagiere")
    assert p.quote == "Man werde alle Passagiere entschädigen"
    assert p.speaker == "Sprecherin"


def test_an_impersonal_cue_reports_the_subject_of_the_introduction() -> None:
    text = "Das Verkehrsministerium reagierte umgehend: Man werde die Vorwürfe prüfen, hieß es in einer Mitteilung."
    p = find(text, "Vorwürfe")
    assert p.quote == "Man werde die Vorwürfe prüfen"
    assert p.speaker == "Verkehrsministerium"
    text = "Das Verkehrsministerium reagierte: Man werde prüfen, hieß es in einer Mitteilung der Bahn."
    assert "Bahn" in (find(text, "werde prüfen").speaker or "")  # (the document's holder speaks)


# -- a surname that is also a given name ("Daniel Günther", "Friederike Otto") -------------------------------------


def test_a_surname_that_is_also_a_given_name_names_the_person_again() -> None:
    text = (
        "Ministerpräsident Daniel Günther besuchte am Montag die Werft. "
        "Günther sagte, das Land stehe zu dem Standort. Er fügte hinzu: „Wir lassen niemanden allein.“"
    )
    assert find(text, "Standort").speaker == "Daniel Günther"
    assert find(text, "niemanden allein").speaker == "Daniel Günther"


# -- interviews: answers after the interviewee's name and a colon --------------------------------------------------

_INTERVIEW = (
    "Die Hydrologin Carla Werner über den Sommer\n\n"
    "Frage: Frau Werner, wie trocken sind die Böden?\n\n"
    "Werner: Sehr trocken. In manchen Regionen fehlt der Regen eines halben Jahres.\n\n"
    "Frage: Was heißt das für die Bauern?\n\n"
    "Werner: Sie müssen sich auf schlechte Ernten einstellen."
)


def test_an_interview_answer_is_the_interviewee_s_direct_speech() -> None:
    props = [p for p in detect(_INTERVIEW) if p.rule == "interview-answer"]
    assert [p.quote for p in props] == [
        "Sehr trocken. In manchen Regionen fehlt der Regen eines halben Jahres.",
        "Sie müssen sich auf schlechte Ernten einstellen.",
    ]
    assert {p.speaker for p in props} == {"Carla Werner"}
    assert {p.speaker_mention for p in props} == {"Werner"}
    assert all(p.kind == "direct" for p in props)


def test_questions_headlines_and_datelines_are_no_answers() -> None:
    assert not [p for p in detect(_INTERVIEW) if "Böden" in p.quote or "Bauern" in p.quote]
    # one labelled line alone is no interview
    assert not [p for p in detect("Werner: Sehr trocken.\n\nDie Hydrologin Carla Werner warnt.") if p.quote]
    text = "Berlin: Die Polizei räumt das Camp.\n\nHintergrund: Das Camp steht seit Mai."
    assert detect(text) == []


# -- a surname's initial ("Thomas K."), as court and police reports name people ------------------------------------


def test_a_name_with_a_surname_initial_speaks_and_keeps_its_dot() -> None:
    text = "Der Angeklagte Thomas K. sagte, er bereue die Tat."
    p = find(text, "bereue")
    assert p.speaker == "Thomas K."
    assert p.speaker_mention == "Der Angeklagte Thomas K."
    assert find('"Ich habe nichts gesehen", sagte Nachbar Jürgen B.', "nichts gesehen").speaker == "Jürgen B."
    text = (
        '"Wir hatten Glück", sagte die Bewohnerin Gisela M. der Zeitung. '
        "Der 34-jährige Marco S. erklärte, er sei unschuldig."
    )
    assert find(text, "Glück").speaker == "Gisela M."
    assert find(text, "unschuldig").speaker == "Marco S."


# -- a medium named by its quoted title is called by the title ----------------------------------------------------


def test_a_medium_named_by_its_quoted_title_is_called_by_the_title() -> None:
    assert find("Nach Informationen der „Bild“ soll der Spieler wechseln.", "Spieler").speaker == "Bild"
    assert find('Nach Informationen der "Bild" soll der Spieler wechseln.', "Spieler").speaker == "Bild"
    assert find('Die Zeitung "Die Welt" berichtete, der Minister habe gelogen.', "gelogen").speaker == "Die Welt"
    text = "Das Nachrichtenmagazin „Der Spiegel“ berichtete, der Minister habe gelogen."
    assert find(text, "gelogen").speaker == "Der Spiegel"


# -- a lone surname names the person written earlier with a given name the lexicon does not know -------------------


def test_a_lone_surname_takes_the_fuller_name_written_earlier() -> None:
    text = "Der Verein hat den Vertrag mit Jamal Okoro verlängert. Okoro sagte, er fühle sich hier zu Hause."
    assert find(text, "zu Hause").speaker == "Jamal Okoro"
    text = "Tesla-Chef Elon Varga stellte neue Pläne vor. Varga sagte, die Fabrik werde größer."
    assert find(text, "Fabrik").speaker == "Elon Varga"


def test_a_noun_before_a_name_is_no_given_name() -> None:
    text = "Das Land Berlin plant neue Radwege. Berlin erklärte, man wolle schneller bauen."
    assert find(text, "schneller bauen").speaker != "Land Berlin"
    text = "Der Energieversorger Tepko senkt die Preise. Tepko teilte mit, man gebe Kosten weiter."
    assert find(text, "Kosten weiter").speaker == "Tepko"
    text = "Der libysche Diktator Karimi ließ Panzer auffahren. Karimi sagte, das Land sei sicher."
    assert find(text, "Land sei sicher").speaker == "Karimi"


# -- an agency dateline opens the paragraph, not the statement ----------------------------------------------------


def test_an_agency_dateline_is_no_part_of_the_statement() -> None:
    text = "BERLIN (Reuters) - Die Inflation sei im November gestiegen, teilte das Statistische Bundesamt mit."
    assert find(text, "Inflation").quote == "Die Inflation sei im November gestiegen"
    text = "Kiel (dpa) – Die Polizei hat den Mann festgenommen. Das teilte ein Sprecher am Montag mit."
    assert find(text, "festgenommen").quote == "Die Polizei hat den Mann festgenommen"
    text = "STUTTGART – Die Lage sei ernst, sagte der Minister."
    assert find(text, "Lage").quote == "Die Lage sei ernst"


def test_a_name_and_a_dash_in_mid_text_is_no_dateline() -> None:
    text = "Die Ministerin sagte am Montag:\nDie Lage sei ernst - Hilfe komme bald, sagte sie."
    assert "Die Lage" in find(text, "Hilfe komme").quote


def test_a_two_word_name_of_an_organisation_is_no_reference_back() -> None:
    text = (
        "Die Europäische Zentralbank werde die Zinsen nicht senken, sagte ein Ökonom. "
        "Anders sieht das die DZ Bank: Ein Zinsschritt sei möglich."
    )
    assert find(text, "Zinsschritt").speaker == "DZ Bank"
