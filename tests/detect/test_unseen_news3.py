"""Classes of errors found by reading the detector's output on a third set of news texts written for the
purpose (local, police, sports, business and court reports, interviews, agency copy): one test (at least) per
class, each with sentences of our own."""

from __future__ import annotations

from quotetool.detect import detect

from .detect_helpers import find, quotes

# -- a surname with a lower-case particle after the verb ("sagte von der Leyen", "sagte van den Berg") -------------


def test_a_surname_with_its_particle_after_the_verb_is_the_speaker() -> None:
    text = (
        "Kommissarin Helga von der Aue besuchte das Hafengelände. "
        "„Wir verlieren sonst den Anschluss“, sagte von der Aue in Bremerhaven."
    )
    assert find(text, "Anschluss").speaker == "Helga von der Aue"
    text = (
        "Auch Expertin Marie-Agnes van den Bosch äußerte sich skeptisch. "
        "Die Truppe sei auf diese Aufgabe nicht vorbereitet, sagte van den Bosch."
    )
    p = find(text, "nicht vorbereitet")
    assert p.quote == "Die Truppe sei auf diese Aufgabe nicht vorbereitet"
    assert p.speaker == "Marie-Agnes van den Bosch"


def test_von_der_after_the_verb_without_such_a_name_stays_a_preposition() -> None:
    text = "Die Lage sei ernst, rief von der Tribüne herab der Minister."
    assert find(text, "Lage sei ernst").speaker == "Minister"
    assert quotes("Die Kosten seien gestiegen, sprach der Kämmerer von der Krise.") == ["Die Kosten seien gestiegen"]


# -- a statement that opens with a subordinate clause before its cue ("Wer …, solle …, sagte X") ------------------


def test_a_fronted_subordinate_clause_belongs_to_the_statement_before_its_cue() -> None:
    text = "Wer etwas beobachtet habe, solle sich bei der Wache in Talheim melden, sagte ein Polizeisprecher."
    p = find(text, "Wache in Talheim")
    assert p.quote == "Wer etwas beobachtet habe, solle sich bei der Wache in Talheim melden"
    assert p.speaker == "Polizeisprecher"
    text = "Ob ein Zusammenhang mit dem Brand in Kirchdorf bestehe, werde geprüft, teilte die Polizei mit."
    p = find(text, "Zusammenhang")
    assert p.quote == "Ob ein Zusammenhang mit dem Brand in Kirchdorf bestehe, werde geprüft"
    assert p.speaker == "Polizei"
    text = "Wenn das Wetter mitspiele, werde das Stadtfest wie geplant stattfinden, sagte Bürgermeister Jens Hager."
    assert find(text, "Stadtfest").quote.startswith("Wenn das Wetter")


def test_a_fronted_question_before_its_cue_is_still_no_statement() -> None:
    assert quotes("Warum die Maschine in Zellberg abbrach, erklärte der Pilot nicht.") == []


# -- "ließ … erklären": the one who has something declared through a lawyer or spokesman speaks -----------------


def test_lassen_with_erklaeren_before_the_statement_names_its_speaker() -> None:
    text = (
        "Die Anklage wirft ihm Untreue vor. "
        "Der Angeklagte ließ über seinen Anwalt erklären, er werde sich zunächst nicht äußern."
    )
    assert find(text, "nicht äußern").speaker == "Angeklagte"
    assert find("Der Konzern liess erklaeren, man pruefe den Vorfall.", "pruefe").speaker == "Konzern"


def test_reflexive_lassen_with_erklaeren_is_no_cue() -> None:
    text = "Das lässt sich leicht erklären, sagte die Forscherin aus Grünau."
    assert find(text, "leicht erklären").speaker == "Forscherin aus Grünau"


# -- "schilderte, wie …": a wie-clause after a speech verb is what was told, no parenthesis naming a source ---------


def test_a_wie_clause_after_a_speech_verb_is_its_object_not_a_frame() -> None:
    text = "Staatsanwalt Florian Wendler schilderte, wie der Mann seinen Kunden hohe Renditen versprochen habe."
    assert [(p.rule, p.speaker) for p in detect(text)] == [("subjunctive-clause", "Florian Wendler")]
    text = "Die Zeugin berichtete am Dienstag vor dem Amtsgericht, wie der Täter das Geld gefordert habe."
    assert [p.speaker for p in detect(text)] == ["Zeugin"]
    text = "Vor dem Amtsgericht schilderte die Zeugin, wie der Täter das Geld gefordert habe."
    assert [p.speaker for p in detect(text)] == ["Zeugin"]


def test_a_wie_clause_after_a_narrated_clause_still_names_the_source() -> None:
    text = "Die Entscheidung über die Klage fiel ausgerechnet am Jahrestag, wie das Landgericht Kornheim mitteilte."
    assert find(text, "Jahrestag").speaker == "Landgericht Kornheim"


# -- "X habe zwar … zugesagt, aber …": a clause after "aber" is no complement of the verb before it ----------------


def test_a_clause_after_aber_is_no_complement_of_the_verb_before_it() -> None:
    text = (
        "Landrätin Edith Kornfeld warnte vor einer Überlastung. "
        "„Wir sind am Ende unserer Kräfte“, sagte Kornfeld. "
        "Der Minister habe bei einem Treffen zwar Hilfe zugesagt, aber konkrete Zusagen seien ausgeblieben."
    )
    p = find(text, "konkrete Zusagen")
    assert p.quote.startswith("Der Minister habe")
    assert p.speaker == "Edith Kornfeld"
    text = "Die Landrätin warnte vor Überlastung. Der Minister habe zwar Hilfe versprochen, doch passiert sei nichts."
    assert find(text, "passiert sei nichts").speaker == "Landrätin"


def test_jedoch_before_the_finite_verb_still_opens_a_complement() -> None:
    assert find("Der Minister betonte, jedoch sei die Lage ernst.", "Lage ernst").speaker == "Minister"


# -- "Vor Gericht sagte die Zeugin": a fronted "vor" with a noun is a prepositional phrase, not "vor allem" --------


def test_a_fronted_vor_phrase_is_no_subject() -> None:
    text = "Vor Gericht sagte die Zeugin, der Täter habe in Brenkhausen das Geld gefordert."
    assert find(text, "Geld gefordert").speaker == "Zeugin"
    text = "Vor Ort erklärte der Bürgermeister von Lindau-Nord, die Lage sei unter Kontrolle."
    assert find(text, "unter Kontrolle").speaker == "Bürgermeister von Lindau-Nord"
    text = "Vor allem die Opposition kritisierte, der Plan sei zu teuer."
    assert find(text, "zu teuer").speaker == "Opposition"


# -- a surname that ends like an adverb ("Hartwig", "Fröhlich") after the verb is a name, not a capitalised adverb --


def test_a_surname_with_an_adverb_ending_after_the_verb_names_the_speaker() -> None:
    assert find("„Ich sehe keinen Grund zur Entwarnung“, schrieb Hartwig.", "Entwarnung").speaker == "Hartwig"
    assert find("Die Lage in Sandau sei ernst, so Fröhlich.", "Lage").speaker == "Fröhlich"


def test_an_adverb_that_opens_the_sentence_is_still_no_speaker() -> None:
    assert quotes("Persönlich rief er in Sandau nicht an.") == []
    assert find("Sinngemäß hofft Musk, dass es in Sandau klappt.", "klappt").speaker == "Musk"


# -- particles with an article ("de la Fuente") and a full name that opens with a given name and a particle --------


def test_a_particle_with_its_article_is_part_of_the_name() -> None:
    text = "Der spanische Regierungschef Pedro de la Fuente sagte, Europa müsse in der Krise zusammenstehen."
    assert find(text, "zusammenstehen").speaker == "Pedro de la Fuente"
    text = "Am Montag kam Pedro de la Fuente nach Kassel. „Wir stehen zusammen“, so de la Fuente."
    assert find(text, "stehen zusammen").speaker == "Pedro de la Fuente"


def test_a_given_name_before_a_particle_introduces_the_full_name() -> None:
    text = "Helga von der Aue war am Montag in Kiel. Das sei ein guter Tag, sagte von der Aue."
    assert find(text, "guter Tag").speaker == "Helga von der Aue"


# -- "hieß es, …" / "verlautete, …": an impersonal cue reports a main clause in any mood -----------------------------


def test_an_impersonal_cue_reports_a_main_clause_in_the_indicative() -> None:
    text = "Aus Unternehmenskreisen hieß es, bis zu zehn Maschinen sollten im Winter stillgelegt werden."
    p = find(text, "Maschinen")
    assert p.quote == "bis zu zehn Maschinen sollten im Winter stillgelegt werden"
    assert p.speaker == "Unternehmenskreisen"
    text = "Aus Parteikreisen verlautete, der Vorsitzende will im Herbst zurücktreten."
    assert find(text, "zurücktreten").speaker == "Parteikreisen"


def test_das_heisst_and_a_question_after_heisst_es_are_no_report() -> None:
    assert quotes("Das heißt, die Regierung in Kassel muss handeln.") == []
    text = "Im Newsletter heißt es zur Erklärung, warum man diesen Weg gewählt hat: Die Farben seien modern."
    assert all(not q.startswith("warum") for q in quotes(text))


# -- "Interview: „…“": the label of a headline before a colon is no speaker ---------------------------------------


def test_a_rubric_label_before_a_colon_is_no_speaker() -> None:
    for label in ("Interview", "Kommentar", "Analyse", "Porträt", "Portraet"):
        text = f"{label}: „Der Wolf gehört zu unserer Landschaft“"
        assert all(p.speaker != label for p in detect(text))


def test_a_person_before_a_colon_in_a_headline_still_speaks() -> None:
    text = "Kapitän Marco Lindner: „Wir sind in Kerpen noch nicht durch“"
    assert find(text, "noch nicht durch").speaker == "Marco Lindner"


# -- "Ihr Nachbar, der Rentner Horst Ebner, ergänzt": an apposition with an article is no relative clause ----------


def test_an_apposition_with_an_article_names_the_speaker_before_the_verb() -> None:
    text = "Ihr Nachbar, der Rentner Horst Ebner, ergänzt: „Niemand informiert uns in Kirchberg.“"
    assert find(text, "Niemand informiert").speaker == "Horst Ebner"
    text = "Sein Kollege, die 52-jährige Ärztin Anna Roth, sagte, niemand informiere die Klinik in Kirchberg."
    assert find(text, "niemand informiere").speaker == "Anna Roth"


def test_a_relative_clause_after_the_subject_still_is_one() -> None:
    text = "Der Nachbar, der in Kirchberg lebt, sagte, niemand informiere die Anwohner."
    assert find(text, "niemand informiere").speaker == "Nachbar"


# -- "sagte der Innenverteidiger": a player's position is an epithet for the player named last ---------------------


def test_a_sport_position_refers_back_to_the_player_named_last() -> None:
    text = (
        "Kapitän Jonas Brügger nahm die Mannschaft aus Talbach in die Pflicht. "
        "„Jeder muss sich jetzt hinterfragen“, sagte der Innenverteidiger."
    )
    assert find(text, "hinterfragen").speaker == "Jonas Brügger"
    text = "Kapitänin Lea Marquardt war enttäuscht. „Wir haben in Weißenbach alles gegeben“, sagte die Torhüterin."
    assert find(text, "alles gegeben").speaker == "Lea Marquardt"


def test_a_defence_lawyer_is_no_sport_position() -> None:
    text = (
        "Der Angeklagte Olaf Kramer schwieg vor dem Landgericht. "
        "„Das Urteil ist falsch“, sagte der Verteidiger nach der Verhandlung."
    )
    assert find(text, "Urteil ist falsch").speaker == "Verteidiger"


# -- a company named after its founder ("Kessler AG") introduces no person of that surname --------------------------


def test_a_company_with_a_legal_form_is_no_person_of_its_surname() -> None:
    text = (
        "Der Maschinenbauer Kessler AG aus Ravensburg will Stellen abbauen. "
        "Das Unternehmen reagiere auf die schwache Nachfrage, sagte Vorstandschef Dietmar Kessler. "
        "Man plane keine Kündigungen, sagte Kessler."
    )
    assert find(text, "schwache Nachfrage").speaker == "Dietmar Kessler"
    assert find(text, "keine Kündigungen").speaker == "Dietmar Kessler"
    text = "Der Maschinenbauer Kessler AG will Stellen in Ravensburg abbauen. Das teilte das Unternehmen mit."
    assert find(text, "Stellen").speaker == "Kessler AG"


# -- an interview whose questions address the interviewee ("Herr Brandt, …") labels the answers by the surname ------


def test_an_interviewee_addressed_in_a_question_gives_the_answers() -> None:
    text = (
        "TAGBLATT: Herr Brandner, Sie waren 20 Jahre Bürgermeister von Selbach. Was vermissen Sie?\n\n"
        "Brandner: Die Menschen. Man bekommt als Bürgermeister so viel mit.\n\n"
        "TAGBLATT: Und was vermissen Sie nicht?\n\n"
        "Brandner: Die Sitzungen, ganz ehrlich."
    )
    assert find(text, "Die Menschen").speaker == "Brandner"
    assert find(text, "Die Sitzungen").speaker == "Brandner"
    assert not any("vermissen" in q for q in quotes(text))


# -- „…“ (Trainer Uwe Kasper nach dem 0:3): a name or role in brackets after a quotation is its speaker -------------


def test_a_speaker_in_brackets_after_a_quotation_said_it() -> None:
    text = "Der Gastgeber war bedient. „Das war heute einfach zu wenig“ (Trainer Uwe Kasper nach dem 0:3)."
    assert find(text, "zu wenig").speaker == "Uwe Kasper"
    text = "Zitat des Tages: „Das war heute in Selbach einfach zu wenig.“ (Trainer Uwe Kasper)\nWeiter geht es."
    assert find(text, "zu wenig").speaker == "Uwe Kasper"


def test_a_title_with_a_bracket_note_is_no_speech() -> None:
    assert quotes("Der Film „Das Leben der anderen“ (Regie: Florian Henckel) gewann in Selbach.") == []


# -- "Waehrend X …, kritisierte Y": "während" written without its umlaut still opens a clause, no statement ----------


def test_waehrend_without_umlaut_opens_a_subordinate_clause() -> None:
    text = 'Waehrend Schroeder von einem "Glueck im Unglueck" sprach, kritisierte die Opposition die Stadt Lindau.'
    assert [(p.quote, p.speaker) for p in detect(text)] == [("Glueck im Unglueck", "Schroeder")]


# -- Konjunktiv I of verbs whose stem ends in -t ("man beobachte die Lage", "das bedeute"), like a past in -te ------


def test_konjunktiv_of_a_t_stem_verb_marks_reported_speech() -> None:
    text = "Aus Regierungskreisen in Kassel verlautete lediglich, man beobachte die Lage."
    assert find(text, "beobachte").speaker == "Regierungskreisen"
    text = "Die Ministerin sagte dazu nur, man bereite sich auf einen langen Winter vor."
    assert find(text, "bereite").speaker == "Ministerin"


def test_the_past_tense_of_a_t_stem_verb_is_no_report() -> None:
    assert quotes("Die Ministerin beobachtete die Lage in Kassel.") == []


# -- a known surname that opens a later sentence mentions that person again ("Steinmetz selbst will …. …, sagte er") -


def test_a_surname_opening_a_sentence_is_the_person_a_pronoun_then_refers_to() -> None:
    text = (
        "Der Präsident des FC Waldau, Georg Steinmetz, ist zurückgetreten. "
        "„Georg hat den Verein geprägt“, sagte Vizepräsident Lars Hoffmann. "
        "Steinmetz selbst will sich künftig um seine Familie kümmern. "
        "Er freue sich auf mehr Zeit mit seinen Enkeln, sagte der 68-Jährige."
    )
    assert find(text, "Enkeln").speaker == "Georg Steinmetz"
    text = text.replace("sagte der 68-Jährige", "sagte er")
    assert find(text, "Enkeln").speaker == "Georg Steinmetz"


# -- hearsay ("soll … haben") in a new paragraph is the reporter's, no continuation of the statement before ---------


def test_hearsay_in_a_new_paragraph_does_not_continue_the_statement_before() -> None:
    text = (
        "Aus Regierungskreisen in Kassel verlautete, man beobachte die Lage.\n\n"
        "Der Mann soll die Frau mehrfach geschlagen haben. Er sitzt in Untersuchungshaft."
    )
    assert all("geschlagen" not in q for q in quotes(text))
    text = text.replace("\n\n", " ")
    assert find(text, "geschlagen").speaker == "Regierungskreisen"


# -- "Dazu Bürgermeister Tobias Frings: „…“": a sentence adverb before the speaker phrase of a colon ----------------


def test_a_sentence_adverb_before_the_speaker_of_a_colon_is_skipped() -> None:
    text = "Dazu Bürgermeister Tobias Frings: „Wir warten die Prüfung in Selbach ab.“"
    assert find(text, "Prüfung").speaker == "Tobias Frings"
    assert find("Hierzu die Ministerin: „Wir warten die Prüfung in Selbach ab.“", "Prüfung").speaker == "Ministerin"


def test_a_time_before_a_colon_is_still_no_speaker() -> None:
    assert all(p.speaker is None for p in detect("Heute Abend: „Wir warten die Prüfung in Selbach ab.“"))


# -- "Sein Kommentar: „…“", "Ihre Devise: „…“": a possessive statement noun before a colon is its owner's ---------


def test_a_possessive_comment_before_a_colon_is_its_owners_statement() -> None:
    text = "Karl Roth sprach lange über den Umbau in Selbach. Sein Kommentar: „Es lohnt sich.“"
    assert find(text, "lohnt sich").speaker == "Karl Roth"
    text = "Die Trainerin Eva Roth war zufrieden mit dem Spiel in Selbach. Ihre Devise: „Immer weiter machen.“"
    assert find(text, "Immer weiter").speaker == "Eva Roth"


# -- "Ein 34-jähriger Mann … sagte der 34-Jährige": an age stated for an unnamed person is no named person's -------


def test_an_age_noun_refers_to_the_unnamed_person_of_that_age() -> None:
    text = (
        "Richter Hannes Wilke verlas in Fulda das Urteil. Ein 34-jähriger Mann wurde verurteilt. "
        "Er bereue die Tat, sagte der 34-Jährige."
    )
    assert find(text, "bereue").speaker == "34-Jährige"


def test_an_age_noun_still_refers_to_the_named_person_of_that_age_or_of_no_stated_age() -> None:
    text = "Die 52-jährige Anna Roth aus Fulda war da. Ein 34-jähriger Mann auch. „Gut so“, sagte die 52-Jährige."
    assert find(text, "Gut so").speaker == "Anna Roth"
    text = "Trainer Mirko Stanjek war in Fulda bedient. „Wir waren schlecht“, meinte der 47-Jährige."
    assert find(text, "schlecht").speaker == "Mirko Stanjek"


# -- "sagte Strack-Zimmermann der Deutschen Presse-Agentur": a named person speaks to the agency --------------------


def test_a_news_agency_after_a_name_is_spoken_to() -> None:
    text = "„Das ist ein Armutszeugnis“, sagte Kornfeld-Albers der Deutschen Presse-Agentur."
    assert find(text, "Armutszeugnis").speaker_mention == "Kornfeld-Albers"
    text = "„Das ist ein Armutszeugnis“, sagte Jana Kornfeld der Nachrichtenagentur dpa in Selbach."
    assert find(text, "Armutszeugnis").speaker_mention == "Jana Kornfeld"


def test_the_spokesman_of_an_agency_keeps_it() -> None:
    text = "Die Zahl der Anträge sei gesunken, sagte ein Sprecher der Bundesanstalt für Straßenwesen."
    assert find(text, "Anträge").speaker == "Sprecher der Bundesanstalt für Straßenwesen"


# -- "Scholz: ‚Wir stehen zusammen‘": single marks outside any other quotation quote as headlines write them --------


def test_single_marks_outside_any_quotation_are_a_quotation() -> None:
    text = "Kornfeld: ‚Wir stehen an der Seite der Bauern in Selbach‘"
    assert find(text, "Seite der Bauern").speaker == "Kornfeld"
    p = find("›Wir sind bereit‹, sagte der Trainer aus Selbach.", "bereit")
    assert (p.quote, p.kind) == ("Wir sind bereit", "direct")


def test_a_single_guillemet_between_menu_items_is_no_quotation() -> None:
    assert quotes("Startseite › Politik › Ausland") == []
