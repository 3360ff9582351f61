"""Wrong speakers found in the quality round 13 (read on SpkAtt train, fixed as classes): each class with
sentences of our own."""

from __future__ import annotations

from quotetool.detect import detect

from .detect_helpers import find

# -- "seiner Meinung nach": the phrase that names the source is the frame noun with its owner ---------------------


def test_a_possessive_frame_names_its_noun_as_the_source_phrase() -> None:
    intro = "Stadtrat Jonas Weller kritisierte den Haushaltsplan scharf. "
    p = find(intro + "Seiner Meinung nach fehlt das Geld für die Schulen.", "das Geld")
    assert (p.speaker, p.speaker_mention) == ("Jonas Weller", "Seiner Meinung")
    intro = "Die Ärztin Lena Brandt warnte vor der Grippewelle. "
    p = find(intro + "Ihrer Ansicht nach sind die Kliniken schlecht vorbereitet.", "Kliniken")
    assert (p.speaker, p.speaker_mention) == ("Lena Brandt", "Ihrer Ansicht")


# -- "die Forderung des Ministers, …": the statement noun with its holder names the source --------------------------


def test_a_statement_noun_with_its_holder_is_the_source_phrase() -> None:
    text = "Die Forderung des Verkehrsministers Paul Sander, die Bahn zu privatisieren, stieß auf Kritik."
    p = find(text, "Bahn zu privatisieren")
    assert (p.speaker, p.speaker_mention) == ("Paul Sander", "Die Forderung des Verkehrsministers Paul Sander")
    text = "Dem Appell der Feuerwehr, die Fenster geschlossen zu halten, folgten viele Anwohner."
    p = find(text, "Fenster geschlossen")
    assert (p.speaker, p.speaker_mention) == ("Feuerwehr", "Dem Appell der Feuerwehr")
    text = "Die Vermutung der Ermittler, dass der Brand gelegt wurde, bestätigte sich am Abend."
    assert find(text, "Brand gelegt").speaker_mention == "Die Vermutung der Ermittler"


# -- "Vorwürfe wurden laut, …": a claim without a holder is named by its noun, its speaker unknown -----------------


def test_a_claim_without_a_holder_names_its_noun_as_the_source_phrase() -> None:
    text = "Erneut wurden Vorwürfe laut, der Bürgermeister habe Spenden verschwiegen."
    p = find(text, "Spenden verschwiegen")
    assert (p.speaker, p.speaker_mention) == (None, "Vorwürfe")
    text = "Gegen den Trainer stehen Vorwürfe im Raum, er habe Spieler beleidigt."
    p = find(text, "Spieler beleidigt")
    assert (p.speaker, p.speaker_mention) == (None, "Vorwürfe")
    text = "Die Direktorin versuchte, die verbreiteten Ängste zu entkräften, die Schule könnte bald schließen."
    p = find(text, "Schule könnte")
    assert (p.speaker, p.speaker_mention) == (None, "die verbreiteten Ängste")


# -- "sagte im Landtag die Ministerin": a prepositional phrase after the verb ends before the subject ---------------


def test_a_prepositional_phrase_after_the_verb_does_not_swallow_the_subject() -> None:
    text = "„Die Schulen bekommen mehr Geld“, sagte im Landtag die Kultusministerin Eva Lind."
    p = find(text, "mehr Geld")
    assert (p.speaker, p.speaker_mention) == ("Eva Lind", "die Kultusministerin Eva Lind")
    text = "Die Schulen bekommen mehr Geld, teilte am Montag in Hannover das Ministerium mit."
    assert find(text, "mehr Geld").speaker == "Ministerium"
    text = "Der Etat steigt um zehn Prozent. Das kündigte in Berlin die Finanzministerin Ida Kern an."
    assert find(text, "zehn Prozent").speaker == "Ida Kern"


def test_a_thing_after_a_prepositional_phrase_is_no_subject() -> None:
    text = "Nach dem Krieg arbeitete sie als Näherin, fand dann in Kiel eine Anstellung als Köchin."
    assert all(p.rule != "cue-after" for p in detect(text))


# -- "wies Berichte zurück, wonach …": a rejected claim is not the rejecter's statement ----------------------------


def test_a_claim_rejected_by_the_verb_is_not_the_subjects_statement() -> None:
    text = "Die Landesregierung wies Berichte zurück, wonach die Grundsteuer steigen soll."
    p = find(text, "Grundsteuer")
    assert (p.speaker, p.speaker_mention) == (None, "Berichte")
    text = "Der Trainer dementierte Gerüchte, dass er den Verein im Winter verlassen wolle."
    assert find(text, "Verein im Winter").speaker is None
    text = "Der Bürgermeister widersprach der Darstellung der Bürgerinitiative, wonach die Halle zu teuer sei."
    p = find(text, "zu teuer")
    assert (p.speaker, p.speaker_mention) == ("Bürgerinitiative", "der Darstellung der Bürgerinitiative")
    text = "Der Sprecher wies den Vorwurf zurück, dass die Firma Kundendaten verkauft habe."
    assert find(text, "Kundendaten").speaker is None


def test_a_rebuttal_after_a_rejecting_verb_stays_the_subjects() -> None:
    text = "Die Partei wies die Vorwürfe zurück: Man habe keine Spenden verschwiegen."
    assert find(text, "keine Spenden").speaker == "Partei"
    text = "Die Polizei bestätigte Berichte, wonach zwei Menschen verletzt worden seien."
    assert find(text, "zwei Menschen").speaker == "Polizei"


def test_a_definite_claim_noun_after_a_statement_is_that_statement() -> None:
    intro = "Der Landrat Tobias Renner warf dem Investor vor, den Vertrag gebrochen zu haben. "
    p = find(intro + "Der Investor bestritt die Vorwürfe, er habe den Vertrag gebrochen.", "er habe den Vertrag")
    assert (p.speaker, p.speaker_mention) == ("Tobias Renner", "die Vorwürfe")
    intro = "Die Gewerkschaft erklärte, die Klinik spare am Personal. "
    p = find(intro + "Die Klinikleitung dementierte die Behauptung, die Klinik baue Stellen ab.", "baue Stellen ab")
    assert (p.speaker, p.speaker_mention) == ("Gewerkschaft", "die Behauptung")
    # an indefinite noun points nowhere, nor does one after a sentence that holds no statement
    p = find(intro + "Erneut wurden Vorwürfe laut, die Klinik baue Stellen ab.", "baue Stellen ab")
    assert p.speaker is None
    text = "Der Investor kaufte das Gelände. Er bestritt die Vorwürfe, er habe den Vertrag gebrochen."
    assert find(text, "er habe den Vertrag").speaker is None


# -- "anders als die Polizei behauptet": a clause of contrast gives no statement of its subject ------------------------


def test_a_clause_of_contrast_is_no_statement_of_its_subject() -> None:
    text = (
        "Die Anwältin des Fahrers, Mira Kühn, erhebt schwere Vorwürfe. "
        "Der Wagen sei, anders als die Polizei behauptet, langsam gefahren, es habe keine Warnung gegeben."
    )
    p = find(text, "langsam gefahren")
    assert p.speaker == "Mira Kühn"
    assert p.quote.startswith("Der Wagen sei")


# -- "Daraufhin legte die Bürgerinitiative Widerspruch ein. Die Pläne seien …": the subject after the verb ------------


def test_an_organisation_before_its_bare_object_is_the_previous_sentences_subject() -> None:
    text = (
        "Der Stadtrat billigte die Pläne. Daraufhin legte die Bürgerinitiative Widerspruch ein. Sie seien rechtswidrig."
    )
    assert find(text, "rechtswidrig").speaker == "Bürgerinitiative"
    text = "Am Montag übte die Gewerkschaft Kritik an den Plänen. Die Löhne seien zu niedrig."
    assert find(text, "zu niedrig").speaker == "Gewerkschaft"
    text = "Die Gewerkschaft Erziehung und Wissenschaft sagte, die Schulen seien überlastet."
    assert find(text, "überlastet").speaker == "Gewerkschaft Erziehung und Wissenschaft"


def test_the_legislator_is_a_body_that_can_be_the_topic() -> None:
    text = "Daraufhin änderte der Gesetzgeber die Frist. Die Ansprüche seien damit nicht verfallen."
    assert find(text, "nicht verfallen").speaker == "Gesetzgeber"


# -- "hatte der Investor für das Stadion, Rick Hollis, zugesagt": the role phrase stays with its named apposition --


def test_a_role_and_its_name_in_apposition_before_a_final_verb_stay_one_phrase() -> None:
    text = "Noch am Freitag hatte der Investor für das Stadion, Rick B. Hollis, zugesagt, die Tribüne zu erweitern."
    p = find(text, "Tribüne zu erweitern")
    assert (p.speaker, p.speaker_mention) == ("Rick B. Hollis", "der Investor für das Stadion, Rick B. Hollis")
    text = "Zuvor hatte ein Kommandeur auf Seiten der Rebellen, Abu Karim, erklärt, die Stadt sei gefallen."
    p = find(text, "Stadt sei gefallen")
    assert (p.speaker, p.speaker_mention) == ("Abu Karim", "ein Kommandeur auf Seiten der Rebellen, Abu Karim")


def test_an_object_with_a_name_before_a_final_verb_is_no_subject() -> None:
    text = "Die Stadt hatte ihren Kämmerer, Jan Roth, beauftragt, die Kosten zu prüfen."
    assert find(text, "Kosten zu prüfen").speaker == "Stadt"


# -- "Er und sein Kollege X befürchten …": the pronoun joined to a partner is the subject, not the object ------------


def test_a_pronoun_joined_to_a_partner_is_the_subject() -> None:
    intro = "Der Stadtrat Jan Perk verließ am Montag die Partei. "
    p = find(intro + "Er und sein Kollege Tim Bauer befürchten neue Koalitionen: „Das wird ein Desaster.“", "Desaster")
    assert (p.speaker, p.speaker_mention) == ("Jan Perk", "Er")
    p = find(intro + "Er sowie Bauer befürchten neue Bündnisse, die Lage sei ernst.", "Lage sei ernst")
    assert p.speaker == "Jan Perk"


# -- "Der Sender will wissen, dass …": "wissen wollen" reports a claim (or a question) --------------------------------


def test_wanting_to_know_reports_a_claim_or_a_question() -> None:
    text = "Der Sender will wissen, dass der Minister das Mädchen gefragt habe, was sie trage."
    p = find(text, "das Mädchen gefragt")
    assert (p.speaker, p.rule) == ("Sender", "dass-clause")
    text = "„Wo bleibt das Geld?“, wollen die Anwohner seit Monaten wissen."
    assert find(text, "Wo bleibt").speaker == "Anwohner"


# -- "Aus dem Rathaus ist zu hören, …": the source of what is heard is the "aus" phrase ------------------------------


def test_what_is_heard_from_a_source_is_its_statement() -> None:
    text = "Aus der Landesregierung ist zu hören, der Minister habe den Auftrag selbst erteilt."
    p = find(text, "Auftrag selbst")
    assert (p.speaker, p.speaker_mention) == ("Landesregierung", "der Landesregierung")
    text = "Aus Parteikreisen war immer wieder zu hören, der Vorsitzende wolle zurücktreten."
    assert find(text, "zurücktreten").speaker == "Parteikreisen"


def test_someone_heard_on_a_recording_is_no_impersonal_cue() -> None:
    text = "Das Konzert ist am Sonntag im Radio zu hören."
    assert detect(text) == []


# -- "wurden in einer Anweisung des Konsulats aufgefordert": an instruction is a document that speaks -----------------


def test_an_instruction_is_the_source_of_a_passive_request() -> None:
    text = (
        "Sämtliche Beschäftigten wurden am Dienstag in einer Anweisung des Konsulats aufgefordert, die Region zu "
        "meiden. Grund dafür seien die schweren Unruhen."
    )
    assert find(text, "die Region zu meiden").speaker == "Anweisung des Konsulats"
    assert find(text, "schweren Unruhen").speaker == "Anweisung des Konsulats"


def test_an_instruction_after_nach_is_followed_not_cited() -> None:
    text = "Nach einer Anweisung des Bauamts hatte die Firma die Arbeiten gestoppt."
    assert detect(text) == []


# -- "Nach Angaben aus Regierungskreisen …": the circle after "aus" is whose account the frame is ---------------------


def test_a_frame_with_aus_names_its_holder() -> None:
    text = "Nach Angaben aus Regierungskreisen soll der Minister zurücktreten."
    p = find(text, "zurücktreten")
    assert (p.speaker, p.speaker_mention) == ("Regierungskreisen", "Angaben aus Regierungskreisen")
    text = "Laut Informationen aus dem Innenministerium wurden drei Verdächtige festgenommen."
    assert find(text, "Verdächtige").speaker == "Innenministerium"


# -- "Am Abend, kurz nach der Sitzung, veröffentlichte die Partei …": the subject after a fronted insertion -----------


def test_the_subject_after_a_fronted_phrase_and_an_insertion_speaks() -> None:
    text = "Am Abend, kurz nach der Sitzung, veröffentlichte die Partei eine Erklärung: „Wir bedauern den Vorfall.“"
    assert find(text, "bedauern").speaker == "Partei"
    text = "Spöttisch, wohl auf die Kritik reagierend, schrieb der Verfasser dazu: „Wer sich beschwert, hat verloren.“"
    p = find(text, "beschwert")
    assert (p.speaker, p.speaker_mention) == ("Verfasser", "der Verfasser")


# -- "„…“, so X, wird die Firma „…“": a quotation without a cue of its own goes on with its sentence's speaker -------


def test_a_second_quotation_without_a_cue_takes_its_sentences_speaker() -> None:
    text = (
        "Der Konzern plant eine neue Fabrik. "
        "„In absehbarer Zeit“, so Finanzvorstand Jan Roth, wird die Firma „ein Modell bauen, das eigens für Indien "
        "gedacht ist“."
    )
    p = find(text, "eigens für Indien")
    assert (p.speaker, p.rule) == ("Jan Roth", "direct-joined")


# -- "Dies war nicht der erste Streit und die Anwohner befürchten, …": a main clause joined by "und" -----------------


def test_a_main_clause_joined_by_und_has_its_own_subject() -> None:
    text = "Dies war nicht der erste Streit und die Anwohner befürchten, dass es nicht der letzte sein wird."
    assert find(text, "nicht der letzte").speaker == "Anwohner"
    text = "Die Regierung hatte den Plan gebilligt und die Opposition befürchtet, dass nichts geschehe."
    assert find(text, "nichts geschehe").speaker == "Opposition"


def test_und_inside_a_verb_bracket_joins_no_clause() -> None:
    text = "Kessler hatte vor allem die Rolle der Fraktions- und Parteichefs betont: „Die Chefs entscheiden alles.“"
    assert find(text, "Chefs entscheiden").speaker == "Kessler"


# -- "„…“, zitiert die Zeitung einen Sprecher": whom "zitieren" quotes said it -------------------------------------


def test_the_object_of_zitieren_is_the_speaker() -> None:
    text = "„Die Pläne sind unsozial“, zitiert die Zeitung einen Sprecher des Ministeriums."
    p = find(text, "unsozial")
    assert (p.speaker, p.speaker_mention) == ("Sprecher des Ministeriums", "einen Sprecher des Ministeriums")
    text = "Am Montag zitierte die Zeitung den Minister mit den Worten: „Wir schaffen das.“"
    assert find(text, "schaffen das").speaker == "Minister"
    text = "Die „Abendpost“ zitiert den Bürgermeister, die Brücke sei marode."
    assert find(text, "Brücke sei marode").speaker == "Bürgermeister"
    assert all(p.quote != "Abendpost" for p in detect(text))


def test_zitieren_from_a_report_keeps_the_report() -> None:
    text = "Der Sender zitiert aus einem Bericht der Zeitung, wonach der Minister zurücktrete."
    assert find(text, "zurücktrete").speaker == "Bericht der Zeitung"


# -- "So sieht es auch der Verband: …": "es" after the verb and before a speaker is the object --------------------


def test_es_before_a_speaker_after_the_verb_is_the_object() -> None:
    text = "So sieht es auch der Mieterverband: Die Reform sei ein Fehler."
    assert find(text, "Reform sei").speaker == "Mieterverband"
    text = "Nach der Anhörung sah es das Gericht als erwiesen an, dass der Mann gelogen hatte."
    assert find(text, "gelogen hatte").speaker == "Gericht"


# -- "Die Umweltorganisation Greenpeace … Der Verband sagte": an association named again by any association noun ----


def test_an_association_is_named_again_by_its_noun_or_another_association_noun() -> None:
    text = "Die Umweltorganisation Grünwacht hat geklagt. Die Organisation sagte, die Werte seien zu hoch."
    assert find(text, "Werte seien").speaker == "Umweltorganisation Grünwacht"
    text = "Die Umweltorganisation Grünwacht hat geklagt. Der Verband sagte, die Werte seien zu hoch."
    assert find(text, "Werte seien").speaker == "Umweltorganisation Grünwacht"
    text = "Der Bauernverband Nordmark sagte, die Preise seien zu niedrig. Der Verband forderte, die Hilfen zu erhöhen."
    assert find(text, "Hilfen zu erhöhen").speaker == "Bauernverband Nordmark"


def test_a_ministry_named_again_keeps_its_fuller_name() -> None:
    text = "Das Verkehrsministerium hat die Straße gesperrt. Das Ministerium sagte, die Brücke sei marode."
    assert find(text, "Brücke sei").speaker == "Verkehrsministerium"


# -- "Kritik kam dagegen von Kapitän X. Die Mannschaft habe …": whom the reaction came from goes on -----------------


def test_the_source_of_a_reaction_in_the_sentence_before_is_the_topic() -> None:
    text = (
        "„Wir sind zufrieden“, sagte Trainer Jan Roth. Kritik kam dagegen von Kapitän Tim Kaiser. "
        "Die Mannschaft habe schwach gespielt."
    )
    assert find(text, "schwach gespielt").speaker == "Tim Kaiser"
    text = "Der Senat beschloss den Plan. Widerspruch kam von der Opposition. Der Plan sei zu teuer."
    assert find(text, "zu teuer").speaker == "Opposition"
