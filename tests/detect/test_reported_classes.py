"""Classes of reported speech added after studying the detector's misses: unsourced claims, statements
after a colon without quotation marks, frames with intention nouns, "als" phrases, and speaker phrases
that the chunker used to lose or take from the wrong words. The sentences are our own."""

from __future__ import annotations

from quotetool.detect import Kind, detect

from .detect_helpers import find

# -- claims without a holder ------------------------------------------------------------------------------


def test_passive_expectation_is_an_unsourced_claim() -> None:
    text = "Es wird befürchtet, dass der Damm dem Hochwasser nicht mehr lange standhält."
    p = find(text, "der Damm")
    assert p.quote == "der Damm dem Hochwasser nicht mehr lange standhält"
    assert p.rule == "impersonal-clause"
    assert p.speaker is None
    assert p.confidence < 0.7  # the editor sees that nobody is named


def test_man_geht_davon_aus_is_an_unsourced_claim() -> None:
    text = "Man geht davon aus, dass die Brücke frühestens im Sommer wieder befahrbar ist."
    p = find(text, "die Brücke")
    assert p.rule == "impersonal-clause"
    assert p.speaker is None
    assert p.speaker_mention == "Man"


def test_unsourced_claim_does_not_inherit_the_previous_speaker() -> None:
    text = (
        "Die Bürgermeisterin Jana Petersen sagte, die Stadt werde helfen. "
        "Es wird erwartet, dass die Kosten weiter steigen."
    )
    p = find(text, "die Kosten")
    assert p.rule == "impersonal-clause"
    assert p.speaker is None


def test_knowing_is_no_claim() -> None:
    assert detect("Man weiß, dass der Winter in diesem Tal früh beginnt.") == []


# -- a statement after a colon, without quotation marks -----------------------------------------------


def test_statement_after_colon_without_quotation_marks() -> None:
    text = "Das Verwaltungsgericht hat entschieden: Die Gemeinde muss den Spielplatz wieder öffnen."
    p = find(text, "Die Gemeinde")
    assert p.quote == "Die Gemeinde muss den Spielplatz wieder öffnen"
    assert p.kind is Kind.INDIRECT
    assert p.rule == "colon-clause"
    assert p.speaker == "Verwaltungsgericht"
    assert p.cue == "entschieden"


def test_narrators_colon_is_no_statement() -> None:
    assert detect("Auch Erfreuliches ist zu berichten: Die Bibliothek öffnet wieder sonntags.") == []


def test_colon_before_narration_with_its_own_verb_is_no_statement() -> None:
    text = "Die Ministerin hat sich zu dem Streit geäußert: Sie erklärte ihre Unterstützung für die Lehrer."
    assert all(p.rule != "colon-clause" for p in detect(text))


# -- frames --------------------------------------------------------------------------------------------


def test_wie_clause_with_participle_and_auxiliary() -> None:
    text = "Wie der Fußballverband am Abend bekanntgegeben hat, wird das Finale um eine Woche verschoben."
    p = find(text, "wird das Finale")
    assert p.quote == "wird das Finale um eine Woche verschoben"
    assert p.rule == "wie-frame"
    assert p.speaker == "Fußballverband"


def test_intention_noun_with_its_holder_frames_a_statement() -> None:
    text = "Nach dem Willen der Landesregierung sollen die Kitagebühren im nächsten Jahr sinken."
    p = find(text, "sollen die Kitagebühren")
    assert p.rule == "nach-frame"
    assert p.speaker == "Landesregierung"


def test_intention_noun_without_a_holder_is_no_frame() -> None:
    assert detect("Der Bus fährt nach Plan um sieben Uhr ab.") == []
    assert detect("Nach der Ankündigung stiegen die Aktienkurse deutlich.") == []


def test_document_noun_with_a_demonstrative() -> None:
    text = "Nach dieser Auswertung stiegen die Mieten in der Innenstadt um zwölf Prozent."
    p = find(text, "stiegen die Mieten")
    assert p.rule == "nach-frame"


def test_frame_after_an_apposition_takes_the_whole_statement() -> None:
    text = "Ein Blitzeinschlag, vermutlich während des Gewitters, hat nach Angaben der Feuerwehr den Brand ausgelöst."
    p = find(text, "Ein Blitzeinschlag")
    assert p.quote.endswith("den Brand ausgelöst")


# -- "als" before a phrase opens no subordinate clause --------------------------------------------------


def test_als_phrase_before_the_verb_is_no_subordinate_clause() -> None:
    text = "Als Grund gaben die Veranstalter an, vermutlich reichen die Parkplätze nicht aus."
    p = find(text, "vermutlich reichen")
    assert p.speaker == "Veranstalter"


def test_als_clause_is_still_subordinate() -> None:
    text = "Als die Feuerwehr eintraf, sagte der Einsatzleiter, das Haus sei nicht mehr zu retten."
    p = find(text, "das Haus")
    assert p.speaker == "Einsatzleiter"


# -- speaker phrases ------------------------------------------------------------------------------------


def test_negation_inside_the_speakers_attribute_does_not_negate_the_cue() -> None:
    text = "Ein namentlich nicht genannter Mitarbeiter sagte, die Maschinen seien seit Wochen defekt."
    p = find(text, "die Maschinen")
    assert p.speaker_mention == "Ein namentlich nicht genannter Mitarbeiter"


def test_negated_cue_still_reports_nothing() -> None:
    assert detect("Der Landrat wollte nicht bestätigen, dass die Schule geschlossen werde.") == []


def test_apposition_after_a_bracketed_abbreviation() -> None:
    text = (
        "Die Leiterin der Abteilung im Amt für Umwelt (AfU), Sabine Krämer, hat gefordert, dass die "
        "Grenzwerte gesenkt werden."
    )
    p = find(text, "die Grenzwerte")
    assert p.speaker == "Sabine Krämer"


def test_abstract_noun_in_subject_position_is_no_speaker() -> None:
    text = (
        "Die Gewerkschaft Verdi erklärte, die Verhandlungen seien gescheitert. "
        "Die wichtigste Forderung lautet, die Löhne müssten um acht Prozent steigen."
    )
    p = find(text, "die Löhne")
    assert p.speaker == "Gewerkschaft Verdi"  # the statement goes on; "Forderung" never speaks


def test_unresolved_pronoun_takes_the_previous_subject() -> None:
    text = (
        "Die Verteidigung bezweifelt das Gutachten. "
        "Sie argumentiert, die Verletzungen könnten auch später entstanden sein."
    )
    p = find(text, "die Verletzungen")
    assert p.speaker == "Verteidigung"
    assert p.speaker_mention == "Sie"


def test_role_of_an_apposition_is_its_head_not_its_genitive() -> None:
    text = (
        "Der Neffe des Bürgermeisters, Lukas Brandt, sagte, er habe von nichts gewusst. "
        "„Ich bin enttäuscht“, sagte der Bürgermeister am Abend."
    )
    p = find(text, "Ich bin enttäuscht")
    assert p.speaker != "Lukas Brandt"  # "der Bürgermeister" is not the Neffe des Bürgermeisters


def test_statement_before_heisst_es_with_a_plural_verb() -> None:
    text = "Zwei Drittel der Anträge entfallen auf kleine Betriebe, heißt es."
    p = find(text, "Zwei Drittel")
    assert p.quote == "Zwei Drittel der Anträge entfallen auf kleine Betriebe"
    assert p.rule == "cue-after"


def test_a_short_reported_clause_is_still_a_statement() -> None:
    text = "Die Trainerin sagte, dass es weitergehe."
    p = find(text, "es weitergehe")
    assert p.quote == "es weitergehe"
    assert p.speaker == "Trainerin"


def test_konjunktiv_in_a_reason_clause_is_the_subjects_reason() -> None:
    text = "Die Anwohner legten Widerspruch gegen den Bau ein, weil der Lärm die Grenzwerte verletze."
    p = find(text, "weil der Lärm")
    assert p.quote == "weil der Lärm die Grenzwerte verletze"
    assert p.rule == "subjunctive-subordinate"
    assert p.speaker == "Anwohner"


def test_indicative_reason_clause_is_the_narrators() -> None:
    assert detect("Die Anwohner legten Widerspruch ein, weil der Lärm die Grenzwerte überschreitet.") == []


def test_statement_with_a_relative_clause_before_a_cue_after_it() -> None:
    text = "Ein Sturmtief, das tagelang über der Nordsee lag, habe nun die Küste erreicht, meldet der Wetterdienst."
    p = find(text, "habe nun die Küste")
    assert p.rule == "cue-after"
    assert p.speaker == "Wetterdienst"


def test_confidence_says_how_often_a_guessed_speaker_is_right() -> None:
    text = (
        "Die Ministerin Clara Winter erklärte, das Gesetz komme im Herbst. Die Opposition tagte am Abend. "
        "Der Zeitplan stehe fest."
    )
    named = find(text, "das Gesetz komme")
    resumed = find(text, "Der Zeitplan")
    assert named.confidence > resumed.confidence  # a speaker taken from sentences back is a weaker guess


def test_age_noun_without_a_known_age_is_the_last_person_of_that_gender() -> None:
    text = (
        "Die Schulleiterin Petra Lorenz verteidigte den Plan. "
        "„Wir haben keine andere Wahl“, sagte die 58-Jährige am Abend."
    )
    p = find(text, "Wir haben keine andere Wahl")
    assert p.speaker == "Petra Lorenz"
    assert p.speaker_mention == "die 58-Jährige"


def test_age_noun_does_not_take_a_person_of_another_age() -> None:
    text = (
        "Die Schulleiterin Petra Lorenz (44) verteidigte den Plan. "
        "„Wir haben keine andere Wahl“, sagte die 58-Jährige am Abend."
    )
    assert find(text, "Wir haben keine andere Wahl").speaker != "Petra Lorenz"


def test_hearsay_names_no_speaker() -> None:
    p = find("Dem Vernehmen nach soll die Fusion der Kliniken im Herbst kommen.", "soll die Fusion")
    assert p.speaker is None


# -- a dass-clause in Konjunktiv I without a speech verb ------------------------------------------------------


def test_konjunktiv_dass_after_a_noun_phrase_verb_is_reported() -> None:
    text = "Die Gutachter beriefen sich darauf, dass die alte Schleuse nicht mehr zu retten sei."
    p = find(text, "die alte Schleuse")
    assert p.quote == "die alte Schleuse nicht mehr zu retten sei"
    assert p.rule == "konjunktiv-dass"
    assert p.speaker == "Gutachter"


def test_konjunktiv_dass_with_a_fronted_phrase_finds_the_subject() -> None:
    text = "Vor Gericht berief sich die Reederei darauf, dass der Kapitän allein entschieden habe."
    p = find(text, "der Kapitän")
    assert p.quote == "der Kapitän allein entschieden habe"
    assert p.speaker == "Reederei"


def test_indicative_dass_without_a_cue_is_no_report() -> None:
    assert detect("Die Fähre legte erst ab, nachdem klar war, dass der Sturm nachgelassen hatte.") == []


def test_a_consequence_in_konjunktiv_is_no_report() -> None:
    # "so …, dass" and "ohne dass" give a consequence or a circumstance, whatever the mood
    assert detect("Der Regen fiel so heftig, dass die Keller vollgelaufen seien.") == []
    assert detect("Die Wahl verlief, ohne dass es Beschwerden gegeben habe.") == []


def test_negated_main_clause_asserts_nothing() -> None:
    assert detect("Der Hersteller hielt es nicht für ausgemacht, dass das Gerät defekt sei.") == []


def test_a_reported_main_clause_keeps_the_whole_sentence() -> None:
    text = (
        "Der Sprecher der Feuerwehr, Jonas Albers, äußerte sich am Abend. "
        "Wichtig sei, dass niemand die Brandstelle betrete."
    )
    p = find(text, "Wichtig sei")
    assert p.quote.startswith("Wichtig sei, dass niemand")
    assert p.speaker == "Jonas Albers"


# -- where a reported clause ends --------------------------------------------------------------------------


def test_report_ends_before_a_past_verb_that_opens_the_main_clause() -> None:
    text = "Die Behauptung der Kämmerin, die Rücklagen seien aufgebraucht, sorgte im Rat für Unruhe."
    p = find(text, "die Rücklagen")
    assert p.quote == "die Rücklagen seien aufgebraucht"


def test_an_adjective_after_a_comma_does_not_end_the_report() -> None:
    text = "Die Ärztin sagte, die Flure, verschmutzte Betten und Geräte seien ein Risiko."
    p = find(text, "die Flure")
    assert p.quote == "die Flure, verschmutzte Betten und Geräte seien ein Risiko"


# -- holders of statement nouns --------------------------------------------------------------------------


def test_statement_noun_after_a_strong_past_verb_belongs_to_the_subject() -> None:
    text = "Die Anklage erhob den Vorwurf, der Kassierer habe die Bücher gefälscht."
    p = find(text, "der Kassierer")
    assert p.quote == "der Kassierer habe die Bücher gefälscht"
    assert p.speaker == "Anklage"


def test_process_noun_before_its_attribute_never_speaks() -> None:
    text = (
        "Die Erhebung der Gebühren sei rechtswidrig, teilte der Verband mit. "
        "Die Prüfung der Unterlagen, so heißt es, dauere noch an."
    )
    for p in detect(text):
        assert p.speaker is None or not p.speaker.startswith(("Erhebung", "Prüfung"))


def test_apposition_between_subject_and_dass_clause_is_skipped() -> None:
    text = "Am Morgen erklärte der Vermieter, eine Genossenschaft aus Kiel, dass die Wohnungen saniert würden."
    p = find(text, "die Wohnungen")
    assert p.quote == "die Wohnungen saniert würden"
    assert p.rule == "dass-clause"


def test_indefinite_article_before_capitalised_words_marks_a_wording() -> None:
    # German nouns are capitalised: after "einer" such a phrase is someone's wording, not a title
    text = "Die Stadträtin Petra Seidel sprach von einer „Zumutung für Anwohner und Gäste“."
    p = find(text, "Zumutung")
    assert p.quote == "Zumutung für Anwohner und Gäste"
    assert p.speaker == "Petra Seidel"
    assert detect("Sie las am Abend in einem „Handbuch für Gärtner“.") == []


def test_statement_noun_with_its_own_predicate_before_the_comma() -> None:
    text = "Der Verband hat den Vorwurf erhoben, die Behörde habe die Fristen verschleppt."
    p = find(text, "die Behörde")
    assert p.quote == "die Behörde habe die Fristen verschleppt"
    assert p.speaker == "Verband"


def test_statement_noun_takes_a_konjunktiv_ii_clause() -> None:
    text = "Die Mieter äußerten die Sorge, die Nebenkosten könnten sich verdoppeln."
    p = find(text, "die Nebenkosten")
    assert p.quote == "die Nebenkosten könnten sich verdoppeln"
    assert p.speaker == "Mieter"


def test_rumours_with_wonach_are_reported_content() -> None:
    text = "Der Trainer bestätigte die Gerüchte, wonach der Verein einen neuen Torwart holen wolle."
    p = find(text, "der Verein")
    assert p.quote == "der Verein einen neuen Torwart holen wolle"


def test_statement_noun_inside_a_reported_sentence_is_no_cue_of_its_own() -> None:
    text = (
        "Die Anwältin Clara Heinze sagte, sie habe einen Besuchstermin beantragt. "
        "Dieser sei ihr mit dem Hinweis abgeschlagen worden, die Zellen würden renoviert."
    )
    p = find(text, "Dieser sei")
    assert p.quote == "Dieser sei ihr mit dem Hinweis abgeschlagen worden, die Zellen würden renoviert"
    assert p.speaker == "Clara Heinze"


# -- continuations: the mood of the main clause decides ----------------------------------------------------


def test_a_statement_inside_a_narrated_sentence_is_no_continuation() -> None:
    text = (
        "Die Sprecherin Hanna Vogel sagte, der Zeitplan sei eingehalten worden. "
        "Sie trat dem Vorwurf der Anwohner, die Stadt sei untätig, mit Zahlen entgegen."
    )
    assert all(not p.quote.startswith("Sie trat") for p in detect(text))


def test_relative_clause_in_the_konjunktiv_is_no_continuation() -> None:
    text = (
        "Der Richter Tobias Lorenz sagte, das Verfahren sei eröffnet. "
        "Neben dem Gutachten, das die Kammer als wichtig ansehe, lagen weitere Unterlagen vor."
    )
    assert all(not p.quote.startswith("Neben dem Gutachten") for p in detect(text))


def test_only_the_reported_conjunct_continues() -> None:
    text = (
        "Der Trainer Felix Busch sagte, die Saison sei gelaufen. "
        "Seine Mannschaft ist seit Wochen verletzt, und er wolle nun junge Spieler einsetzen."
    )
    p = find(text, "er wolle")
    assert p.quote == "und er wolle nun junge Spieler einsetzen"
    assert p.speaker == "Felix Busch"


def test_relative_clause_inside_a_reported_main_clause_still_continues() -> None:
    text = (
        "Die Amtsärztin Ingrid Thiele sagte, die Lage sei ernst. "
        "Personen, die Fieber hätten, seien sofort zu isolieren."
    )
    p = find(text, "Personen")
    assert p.quote == "Personen, die Fieber hätten, seien sofort zu isolieren"
    assert p.speaker == "Ingrid Thiele"


def test_a_condition_and_its_consequence_are_no_report() -> None:
    # the verb that ends the condition ("angenommen") is no speech verb here
    assert detect("Sollte der Einspruch angenommen werden, könnte die Fähre wieder fahren.") == []


def test_a_zu_infinitive_complement_ends_before_the_main_clause() -> None:
    text = (
        "Wenn weitere Abgeordnete dem Stadtrat Jonas Pohl folgen, der angekündigt hat, gegen den Haushalt "
        "stimmen zu wollen, könnte es knapp werden."
    )
    p = find(text, "gegen den Haushalt")
    assert p.quote == "gegen den Haushalt stimmen zu wollen"


def test_a_modal_zu_infinitive_in_the_konjunktiv_stays_reported() -> None:
    text = "Die Behörde Landesamt teilte mit, es sei ein deutlicher Anstieg der Fälle zu verzeichnen."
    p = find(text, "ein deutlicher Anstieg")
    assert p.quote == "es sei ein deutlicher Anstieg der Fälle zu verzeichnen"


def test_nach_with_a_process_noun_is_a_time_unless_someone_holds_it() -> None:
    assert detect("Nach der Nachricht vom Verkauf der Sparte fiel die Aktie um drei Prozent.") == []
    assert detect("Weitere Schlüsse sollen nach der Auswertung des Fahrtenschreibers gezogen werden.") == []
    p = find("Nach der Auswertung der Polizei war der Fahrer deutlich zu schnell unterwegs.", "der Fahrer")
    assert p.speaker == "Polizei"


# -- a report by its grammar alone ------------------------------------------------------------------------


def test_konjunktiv_main_clause_without_any_speaker_is_proposed_unattributed() -> None:
    text = "Der Regen hielt drei Tage an. Die Deiche seien an mehreren Stellen durchweicht."
    p = find(text, "Die Deiche")
    assert p.quote == "Die Deiche seien an mehreren Stellen durchweicht"
    assert p.rule == "subjunctive-unattributed"
    assert p.speaker is None
    assert p.confidence < 0.7


def test_first_person_and_questions_are_no_report_by_grammar() -> None:
    assert detect("Der Abend war lang. Ich war dort und habe alles gesehen.") == []
    assert detect("Der Abend war lang. Habe die Stadt wirklich genug getan?") == []


def test_a_capitalised_noun_taken_for_a_surname_never_speaks() -> None:
    text = "Einspruch erhob der Verband nicht. Vorwürfe sagte, die Zahlen seien falsch."
    for p in detect(text):
        assert p.speaker not in ("Einspruch", "Vorwürfe")


def test_reason_in_an_unambiguous_konjunktiv_ii_is_the_subjects_claim() -> None:
    text = "Vertreter der Mieter erwarten keine Einigung, weil der Vermieter kein Angebot vorgelegt hätte."
    p = find(text, "kein Angebot")
    assert p.quote == "weil der Vermieter kein Angebot vorgelegt hätte"
    assert p.rule == "subjunctive-subordinate"
    assert p.speaker == "Vertreter der Mieter"
    # the indicative is the narrator's own reason
    assert (
        detect("Vertreter der Mieter erwarten keine Einigung, weil der Vermieter kein Angebot vorgelegt hatte.") == []
    )
