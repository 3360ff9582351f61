"""Missed quotes found in the recall round 13 (read on SpkAtt train, fixed as classes): each class with sentences
of our own."""

from __future__ import annotations

from .detect_helpers import find, quotes

# -- Konjunktiv I forms in -te/-de the guess from verbs in -e leaves alone ---------------------------------------


def test_a_konjunktiv_in_te_continues_the_statement_before() -> None:
    text = "Der Landrat sagte am Montag, die Kasse sei leer. Das bedeute einen harten Winter für die Vereine."
    p = find(text, "harten Winter")
    assert p.speaker == "Landrat"
    assert p.quote.startswith("Das bedeute")
    text = "Die Kritiker sagten, das Verfahren sei unfair. Das Gesetz enthalte zu viele Ausnahmen für Konzerne."
    assert find(text, "zu viele Ausnahmen").speaker == "Kritiker"


def test_a_konjunktiv_in_te_makes_a_relative_clause_reported() -> None:
    text = (
        "Die Stadträtin Mara Quist protestierte in ihrem Brief gegen eine Klausel der Schulordnung, die es verbiete, "
        "dass Kinder Handys mitbringen."
    )
    assert find(text, "die es verbiete").speaker == "Mara Quist"


def test_the_preterite_in_te_is_still_no_konjunktiv() -> None:
    text = "Der Minister sagte, die Lage sei ernst. Die Feuerwehr leitete den Verkehr um."
    assert not any("leitete" in q for q in quotes(text))


# -- the verb second after a fronted adverb, a reflexive after it --------------------------------------------------


def test_a_reflexive_verb_in_e_after_a_fronted_adverb_continues_the_statement() -> None:
    text = "Die Ministerin sagte, die Gespräche seien schwierig. So vertrage sich der Präsident nicht mit dem Kanzler."
    p = find(text, "vertrage sich")
    assert p.speaker == "Ministerin"


# -- a temporal clause in the indicative after a zu-infinitive is the narrator's -----------------------------------


def test_the_infinitive_ends_before_a_narrated_temporal_clause_with_a_statement_of_its_own() -> None:
    text = (
        "Die Leitung der Klinik hatte am 3. März beschlossen, den Arzt zu entlassen, nachdem bekannt geworden war, "
        "dass er Rezepte gefälscht hatte."
    )
    p = find(text, "den Arzt zu entlassen")
    assert p.quote == "den Arzt zu entlassen"
    assert p.speaker == "Leitung der Klinik"


def test_a_temporal_clause_in_the_konjunktiv_stays_part_of_the_infinitive() -> None:
    text = "Der Minister versprach, die Steuern zu senken, bevor das Jahr zu Ende sei."
    assert find(text, "die Steuern zu senken").quote.endswith("zu Ende sei")


# -- role nouns whose plural takes an umlaut, and guards, hold a statement noun's infinitive -------------------------


def test_a_warning_of_guards_is_theirs() -> None:
    text = "Der Ausbruch glückte trotz einer Warnung der Wärter, bei Fluchtversuchen sofort Hunde einzusetzen."
    p = find(text, "sofort Hunde")
    assert p.speaker == "Wärter"


def test_plural_roles_with_an_umlaut_hold_a_decision() -> None:
    text = "Die Ärzte des Kreiskrankenhauses fassten am Montag den Beschluss, die Notaufnahme zu schließen."
    assert find(text, "die Notaufnahme zu schließen").speaker == "Ärzte des Kreiskrankenhauses"
    text = "Die Rechtsanwälte fassten den Beschluss, das Mandat niederzulegen."
    assert find(text, "das Mandat niederzulegen").speaker == "Rechtsanwälte"


def test_an_organisation_named_role_without_borders_keeps_its_whole_name() -> None:
    text = "Ärzte ohne Grenzen teilte am Dienstag mit, zwei Kliniken seien geschlossen worden."
    assert find(text, "zwei Kliniken").speaker == "Ärzte ohne Grenzen"
    text = "Reporter ohne Grenzen teilte mit, drei Journalisten seien verhaftet worden."
    assert find(text, "drei Journalisten").speaker == "Reporter ohne Grenzen"


# -- a clause in the Konjunktiv I before a colon and the quotation it introduces -----------------------------------


def test_a_reported_clause_before_a_colon_goes_on_with_the_statement_before() -> None:
    text = (
        "Die Landrätin sagte, sie habe den Katastrophenschutz alarmiert. "
        "Der Kreis sei den Nachbarn zu Dank verpflichtet: „Sie haben uns damals auch geholfen.“"
    )
    p = find(text, "zu Dank verpflichtet")
    assert p.quote == "Der Kreis sei den Nachbarn zu Dank verpflichtet"
    assert p.speaker == "Landrätin"
    assert find(text, "Sie haben uns damals").quote.startswith("Sie haben uns")


def test_an_indicative_clause_before_a_colon_stays_narration() -> None:
    text = "Die Lage im Kreis ist ernst: „Wir haben keine Reserven mehr“, sagte der Landrat."
    assert quotes(text) == ["Wir haben keine Reserven mehr"]


def test_a_cue_before_the_colon_keeps_the_quotation_its_own() -> None:
    text = "Der Trainer sagte am Montag: „Wir sind bereit.“"
    assert quotes(text) == ["Wir sind bereit."]


# -- a condition that opens a cue's complement is part of it ---------------------------------------------------------


def test_a_condition_before_the_infinitive_belongs_to_the_announcement() -> None:
    text = (
        "Die Geberländer haben angekündigt, sollte der General die Macht übernehmen, ihre Hilfe für das Land "
        "auszusetzen."
    )
    p = find(text, "ihre Hilfe für das Land")
    assert p.quote.startswith("sollte der General")
    assert p.speaker == "Geberländer"
    text = "Der Mieterverein hat angekündigt, falls die Stadt nicht einlenkt, vor Gericht zu ziehen."
    assert find(text, "vor Gericht zu ziehen").quote.startswith("falls die Stadt")


def test_a_condition_before_a_reported_main_clause_belongs_to_the_announcement() -> None:
    text = "Der Mieterverein kündigte an, wenn die Stadt nicht einlenke, werde er klagen."
    p = find(text, "werde er klagen")
    assert p.quote == "wenn die Stadt nicht einlenke, werde er klagen"
    assert p.speaker == "Mieterverein"


def test_a_temporal_clause_after_a_cue_is_still_no_complement() -> None:
    text = "Der Mieterverein protestierte, als die Stadt die Mieten erhöhte, und zog vor Gericht."
    assert quotes(text) == []


# -- statement nouns with an addressee, a quantifier, or answered ------------------------------------------------


def test_a_statement_nouns_holder_ends_before_its_addressee() -> None:
    text = "Bislang gibt es nur den Vorwurf der Behörde an den Verlag, Falschmeldungen zu verbreiten."
    p = find(text, "Falschmeldungen zu verbreiten")
    assert p.quote == "Falschmeldungen zu verbreiten"
    assert p.speaker == "Behörde"


def test_requests_with_a_quantifier_and_an_addressee_are_acts_of_speech() -> None:
    text = "Mehrere Anfragen an den Betreiber, das Forum zu schließen, blieben ohne Antwort."
    p = find(text, "das Forum zu schließen")
    assert p.quote == "das Forum zu schließen"
    assert p.speaker_mention == "Mehrere Anfragen"


def test_a_request_that_was_answered_is_an_act_of_speech() -> None:
    text = "Auf die Bitte, ihr die Kosten zu erstatten, reagierte die Versicherung nicht."
    p = find(text, "die Kosten zu erstatten")
    assert p.quote == "ihr die Kosten zu erstatten"
    assert p.speaker_mention == "die Bitte"


def test_a_plan_opposed_is_no_act_of_speech_with_the_preposition_as_its_mention() -> None:
    assert quotes("Gegen den Plan, die Brücke abzureißen, gibt es Widerstand.") == []


# -- an organisation's initials hold a statement noun's complement -----------------------------------------------


def test_a_claim_answered_is_the_claim_of_the_initials_that_made_it() -> None:
    text = (
        "Auf den Vorwurf der FDP, es handele sich um einen teuren Irrweg, entgegnete der Bürgermeister, "
        "die Kosten seien gedeckt."
    )
    p = find(text, "teuren Irrweg")
    assert p.quote == "es handele sich um einen teuren Irrweg"
    assert p.speaker == "FDP"
    assert find(text, "Kosten seien gedeckt").speaker == "Bürgermeister"


def test_the_demand_of_an_alliance_by_its_initials_is_its_own() -> None:
    text = "Die Forderung der NATO, mehr Geld für die Verteidigung auszugeben, stößt in Berlin auf Widerstand."
    assert find(text, "mehr Geld für die Verteidigung").speaker == "NATO"


# -- parties named by an adjective are organisations ------------------------------------------------------------


def test_a_party_named_by_an_adjective_holds_its_decision() -> None:
    text = "Die Kasseler Grünen fassten am Donnerstag den Beschluss, Gespräche mit der CDU aufzunehmen."
    assert find(text, "Gespräche mit der CDU").speaker == "Kasseler Grünen"
    text = "Die Linke fasste den Beschluss, gegen den Haushalt zu klagen."
    assert find(text, "gegen den Haushalt").speaker == "Linke"


# -- names written in lower case: brands with an inner capital, ver.di ---------------------------------------------


def test_a_brand_with_an_inner_capital_opens_a_sentence_and_speaks() -> None:
    text = "Das Gemälde wird seit Freitag versteigert. eVendo hält es für möglich, dass sich der Preis verdoppelt."
    p = find(text, "sich der Preis verdoppelt")
    assert p.speaker == "eVendo"
    assert p.quote == "sich der Preis verdoppelt"


def test_the_union_written_in_lower_case_is_a_name() -> None:
    text = "Die Gewerkschaft ver.di rechnet fest damit, dass viele Kitas im Kreis geschlossen bleiben."
    assert find(text, "Kitas im Kreis").speaker == "Gewerkschaft ver.di"
    text = "Die Müllabfuhr ruht. Das beschloss der Vorstand der Gewerkschaft ver.di am Freitag."
    assert find(text, "Müllabfuhr ruht").speaker == "Vorstand der Gewerkschaft ver.di"


# -- what a demand with its holder asks for ("die Forderung der Opposition nach …") ----------------------------------


def test_what_a_demand_asks_for_is_its_holders_statement() -> None:
    text = "Eine Forderung der Anwohner nach einer sofortigen und dauerhaften Sperrung der Brücke lehnte die Stadt ab."
    p = find(text, "dauerhaften Sperrung")
    assert p.quote == "einer sofortigen und dauerhaften Sperrung der Brücke"
    assert p.speaker == "Anwohner"
    text = "Die Forderung Dänemarks nach einer Sondersitzung des Rates wurde abgelehnt."
    assert find(text, "Sondersitzung des Rates").quote == "einer Sondersitzung des Rates"


def test_a_demand_without_a_holder_is_no_statement() -> None:
    assert quotes("Die Forderungen nach einer neuen Brücke wurden zuletzt immer lauter.") == []


# -- "wissen wollen": a question asked, a knowledge claimed ------------------------------------------------------


def test_a_question_someone_wants_answered_is_theirs() -> None:
    text = "„Wann wird die Brücke endlich repariert?“, wollten die Anwohner am Abend im Rathaus wissen."
    p = find(text, "Wann wird die Brücke")
    assert p.speaker == "Anwohner"
    text = "Der Sender will aber wissen, dass der Trainer vor dem Spiel gedroht habe."
    assert find(text, "vor dem Spiel gedroht").speaker == "Sender"


def test_wanting_without_knowing_is_no_cue() -> None:
    assert quotes("Der Bürgermeister wollte am Montag nach Berlin fahren, um dort zu verhandeln.") == []


# -- slogans with an attribute before "wie" ------------------------------------------------------------------------


def test_slogans_in_a_language_before_wie_are_quoted_words() -> None:
    text = "Unbekannte sprühten Parolen auf Englisch wie „Go home now“ und „This is our land“ an die Mauer."
    assert quotes(text) == ["Go home now", "This is our land"]


# -- a straight closing mark after a space ends a German quotation -------------------------------------------------


def test_a_straight_mark_after_a_space_closes_the_german_quotation() -> None:
    text = 'Ein Anwohner begründete seinen Umzug wie folgt: „Der Lärm ist unerträglich. Hier schläft niemand. "'
    p = find(text, "Der Lärm ist unerträglich")
    assert p.quote.strip() == "Der Lärm ist unerträglich. Hier schläft niemand."
    assert p.speaker == "Anwohner"


# -- hearsay after a comma goes on with a statement noun's complement ----------------------------------------------


def test_hearsay_after_the_comma_belongs_to_the_suspicion() -> None:
    text = (
        "Die Staatsanwaltschaft hegt den Verdacht, der Landrat könnte Spesen falsch abgerechnet haben, "
        "dabei soll ihm seine Sekretärin geholfen haben."
    )
    p = find(text, "Spesen falsch abgerechnet")
    assert p.quote.endswith("dabei soll ihm seine Sekretärin geholfen haben")
    assert p.speaker == "Staatsanwaltschaft"


def test_the_sentences_own_clause_after_the_complement_is_still_no_part_of_it() -> None:
    text = "Der Vorwurf der Opposition, der Landrat habe gelogen, wiegt schwer."
    assert find(text, "habe gelogen").quote == "der Landrat habe gelogen"


# -- a zu-infinitive with a short phrase put after it --------------------------------------------------------------


def test_an_infinitive_with_a_phrase_after_it_is_still_the_complement() -> None:
    text = "Die Bürgermeisterin hat am Samstag in Kassel angekündigt, im Herbst zurückzutreten als Chefin der Partei."
    p = find(text, "zurückzutreten")
    assert p.quote == "im Herbst zurückzutreten als Chefin der Partei"
    assert p.speaker == "Bürgermeisterin"
    text = "Der Opposition war vorgeworfen worden, die Akten vernichtet zu haben und zwar genau im Wahlkampf."
    assert find(text, "Akten vernichtet").quote.endswith("und zwar genau im Wahlkampf")


def test_a_verb_after_als_ends_no_infinitive() -> None:
    text = "Er versprach, die Schulden zu senken, als die Krise begann."
    assert find(text, "Schulden zu senken").quote == "die Schulden zu senken"


# -- a statement noun after "zur"/"zum" ------------------------------------------------------------------------------


def test_a_statement_noun_after_zur_or_zum_opens_its_complement() -> None:
    text = "Der Bürgermeister machte zur Bedingung, dass die Besetzer das Rathaus räumen."
    p = find(text, "das Rathaus räumen")
    assert p.speaker == "Bürgermeister"
    text = "Das Schiedsgericht gelangte zur Überzeugung, dass der Verein die Regeln gebrochen habe."
    assert find(text, "die Regeln gebrochen").speaker == "Schiedsgericht"


# -- the correlate "es" after the verb, the subject after it -------------------------------------------------------


def test_the_subject_after_the_correlate_es_holds_the_view() -> None:
    text = "Nach der Anhörung sah es das Gericht als erwiesen an, dass der Wirt die Gäste getäuscht hatte."
    p = find(text, "die Gäste getäuscht")
    assert p.speaker == "Gericht"
    text = "Am Montag hielt es der Verband für möglich, dass die Preise weiter steigen."
    assert find(text, "Preise weiter steigen").speaker == "Verband"


def test_the_subject_after_the_correlate_es_holds_an_infinitive_too() -> None:
    text = "Als wichtigste Aufgabe sieht es der 61-jährige Moser an, Frieden mit den Rebellen zu schließen."
    p = find(text, "Frieden mit den Rebellen")
    assert p.speaker_mention == "der 61-jährige Moser"


def test_es_before_a_dative_is_still_nobodys_view() -> None:
    assert quotes("Damit ist es den Behörden möglich, dass sie früher eingreifen.") == []


# -- "Wie sich aus X ergab, …" --------------------------------------------------------------------------------------


def test_a_finding_of_a_source_with_a_reflexive_verb_frames_the_main_clause() -> None:
    text = (
        "Ein weiterer Umstand kam hinzu: Wie sich aus dem Gutachten der Ermittler ergab, hatte der Fahrer "
        "versucht, den Bus noch zu wenden."
    )
    p = find(text, "den Bus noch zu wenden")
    assert p.quote.startswith("hatte der Fahrer versucht")
    assert p.speaker_mention is not None and "Gutachten" in p.speaker_mention


def test_a_finding_without_a_source_is_no_frame() -> None:
    assert quotes("Wie sich später zeigte, hatte der Fahrer versucht, den Bus noch zu wenden.") == []


def test_a_cue_after_the_comma_does_not_close_a_wie_clause_of_finding() -> None:
    text = (
        "Wie am Abend bekannt wurde, zählt zu den Geretteten auch die Bürgermeisterin Heike Dornbach, "
        "die seit Jahren die Gemeinde im Kreistag vertreten hat."
    )
    p = find(text, "zu den Geretteten")
    assert p.quote.startswith("zählt zu den Geretteten")
    assert p.speaker is None
