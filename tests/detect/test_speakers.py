"""Speakers: names with titles and appositions, role nouns, pronouns, organisations, canonical names."""

from __future__ import annotations

from .detect_helpers import find


def test_title_before_name() -> None:
    text = "„Die Ergebnisse sind eindeutig“, sagte Prof. Dr. Anke Sommer von der Universität."
    p = find(text, "Die Ergebnisse")
    assert p.speaker == "Anke Sommer"
    assert p.speaker_mention.startswith("Prof. Dr. Anke Sommer")


def test_herr_and_minister_resolve_to_the_full_name() -> None:
    text = (
        "Der Minister Carsten Vogel besuchte am Montag die Werft. "
        "Herr Vogel sagte dort: „Wir brauchen diese Arbeitsplätze.“ "
        "Minister Vogel betonte, die Werft habe eine Zukunft."
    )
    p = find(text, "Wir brauchen")
    assert p.speaker == "Carsten Vogel"
    assert p.speaker_mention == "Herr Vogel"
    q = find(text, "die Werft habe")
    assert q.speaker == "Carsten Vogel"
    assert q.speaker_mention == "Minister Vogel"


def test_apposition_before_the_verb() -> None:
    text = "Der Präsident des Sportbunds, Erik Halm, sagte, die Hallen seien überfüllt."
    p = find(text, "die Hallen seien")
    assert p.speaker == "Erik Halm"
    assert p.speaker_mention == "Der Präsident des Sportbunds, Erik Halm"


def test_role_noun_refers_back_to_the_named_person() -> None:
    text = (
        "Die Umweltministerin Karla Jensen eröffnete am Morgen den Windpark. "
        "Die Ministerin sagte: „Das ist ein guter Tag für die Küste.“"
    )
    p = find(text, "Das ist ein guter Tag")
    assert p.speaker == "Karla Jensen"
    assert p.speaker_mention == "Die Ministerin"


def test_compound_role_noun() -> None:
    text = (
        "Die Grünen-Politikerin Svenja Adler stellte den Antrag vor. "
        "„Wir wollen mehr Busse auf dem Land“, sagte die Grünen-Politikerin."
    )
    p = find(text, "Wir wollen mehr Busse")
    assert p.speaker == "Svenja Adler"
    assert p.speaker_mention == "die Grünen-Politikerin"


def test_age_noun_refers_to_the_person_of_that_age() -> None:
    text = (
        "Der 52-jährige Holger Mertens leitet den Hof seit zwanzig Jahren. "
        "„Ohne Regen wird die Ernte schlecht“, sagte der 52-Jährige."
    )
    p = find(text, "Ohne Regen")
    assert p.speaker == "Holger Mertens"
    assert p.speaker_mention == "der 52-Jährige"


def test_generic_role_noun_refers_to_the_officer() -> None:
    text = (
        "Oberst Falk Reimers führte die Übung an. Er sagte: „Die Truppe ist bereit.“ "
        "Der Offizier betonte: „Wir üben jede Woche.“"
    )
    p = find(text, "Wir üben")
    assert p.speaker == "Falk Reimers"
    assert p.speaker_mention == "Der Offizier"


def test_pronouns_by_gender() -> None:
    text = (
        "Die Schulleiterin Nina Kraft und der Elternsprecher Paul Dorn trafen sich am Dienstag. "
        "Sie sagte, die Räume seien zu klein. Er sagte, die Eltern wollten helfen."
    )
    assert find(text, "die Räume seien").speaker == "Nina Kraft"
    assert find(text, "die Eltern wollten").speaker == "Paul Dorn"


def test_organisation_short_form() -> None:
    text = (
        "Das Landesministerium für Verkehr hat die Pläne geprüft. "
        "Das Ministerium teilte mit, dass die Umgehungsstraße gebaut werde."
    )
    p = find(text, "die Umgehungsstraße")
    assert p.speaker == "Landesministerium für Verkehr"
    assert p.speaker_mention == "Das Ministerium"


def test_verein_as_speaker() -> None:
    text = "Der Verein erklärte, die Beiträge würden nicht erhöht."
    p = find(text, "die Beiträge")
    assert p.speaker == "Verein"
    assert p.speaker_mention == "Der Verein"


def test_spokesperson_of_an_organisation() -> None:
    text = "Ein Sprecher der Bahn sagte, der Zug sei wegen eines Signalfehlers ausgefallen."
    p = find(text, "der Zug sei")
    assert p.speaker == "Sprecher der Bahn"
    assert p.speaker_mention == "Ein Sprecher der Bahn"


def test_name_after_a_relative_pronoun_is_the_subject_before_a_colon() -> None:
    # the relative pronoun is the object ("die Marke"), the name between it and the verb the speaker
    text = (
        "Die Zahl der Arbeitslosen liegt nun unter der Marke, die Thomas Vogel in seiner ersten Amtszeit "
        "zum Ziel erklärt hatte: „Wir schaffen das bis zum Jahr 2030.“"
    )
    p = find(text, "Wir schaffen das")
    assert p.speaker == "Thomas Vogel"
    assert p.speaker_mention == "Thomas Vogel"


def test_sentence_opening_with_its_verb_has_no_name_there() -> None:
    text = "Hieß es anfangs noch, dass die Mieter für den Schaden allein verantwortlich seien, wird nun doch gezahlt."
    p = find(text, "die Mieter")
    assert p.speaker is None  # not "Hieß"
    assert p.speaker_mention is None


def test_noun_that_is_also_a_verb_form_still_opens_a_frame() -> None:
    text = "Angaben der Feuerwehr zufolge war der Brand gegen Mitternacht gelöscht."
    p = find(text, "war der Brand")
    assert p.speaker == "Feuerwehr"


def test_statement_noun_after_a_role_is_the_object_not_a_name() -> None:
    # "Klage" after "die Sängerin" is what she filed, not her surname
    text = (
        "Im Streit um die Creme hat die Sängerin Klage beim Landgericht eingereicht. "
        "Durch den Bericht seien ihr hohe Verluste entstanden."
    )
    p = find(text, "Durch den Bericht")
    assert p.speaker != "Klage"
    assert p.speaker_mention == "die Sängerin"


def test_verb_after_und_shares_the_subject_across_a_reported_clause() -> None:
    # the auxiliary "sei" of the reported clause is not the finite verb of "kündigte an"
    text = (
        "Die Abgeordnete Carola Weiß erklärte, Krause sei „das Aushängeschild der Lobby“ und kündigte an, "
        "im Herbst gegen Krause anzutreten."
    )
    p = find(text, "im Herbst gegen")
    assert p.speaker == "Carola Weiß"


def test_bare_role_after_a_name_and_comma_before_the_colon_is_its_apposition() -> None:
    text = (
        "Zwei Stimmen aus Brüssel. Olli Rehn, EU-Erweiterungskommissar: „Das kann man so nicht machen.“ "
        "Lasse Korhonen, Präsident des Beirats: „Das ist falsch.“"
    )
    assert find(text, "Das kann man").speaker == "Olli Rehn"
    p = find(text, "Das ist falsch")
    assert p.speaker == "Lasse Korhonen"
    assert p.speaker_mention == "Präsident des Beirats"


def test_article_and_noun_before_a_comma_are_no_name_for_a_bare_role() -> None:
    text = "Die Behörde, Präsident des Beirats: „Wir lehnen ab.“"
    assert find(text, "Wir lehnen ab").speaker != "Die Behörde"


def test_name_in_the_genitive_before_an_adjective_owns_the_role() -> None:
    text = (
        "Roths wissenschaftlicher Mitarbeiter Jan Pelz hat weniger Bedenken, das offen zu sagen: "
        "„Wir halten den Kampf für legitim.“"
    )
    p = find(text, "Wir halten")
    assert p.speaker == "Jan Pelz"
    assert p.speaker_mention == "Roths wissenschaftlicher Mitarbeiter Jan Pelz"


def test_adverb_in_s_before_an_adjective_owns_nothing() -> None:
    text = "Anfangs skeptische Anwohner sagten, der Park sei eine Bereicherung."
    p = find(text, "der Park sei")
    assert not (p.speaker or "").startswith("Anfangs")


def test_adverb_in_lang_opening_the_sentence_is_no_name() -> None:
    text = "Monatelang haben die Verkehrsbetriebe bestritten, dass die Türen unsicher seien."
    p = find(text, "die Türen unsicher")
    assert p.speaker == "Verkehrsbetriebe"


def test_quantifier_capitalised_first_is_no_name() -> None:
    text = "Jegliche Mitverantwortung für die Affäre weist Hanna Pohl von sich: „Ich habe davon nichts gewusst.“"
    p = find(text, "Ich habe davon")
    assert p.speaker != "Jegliche Mitverantwortung"


def test_object_in_the_dative_is_no_topic_for_a_continuation() -> None:
    text = (
        "Der Name des Generals wurde als möglichem Kandidaten für das Amt genannt. "
        "Dem Minister sei das Amt angeboten worden."
    )
    p = find(text, "Dem Minister sei")
    assert p.speaker != "möglichem Kandidaten"


def test_newspaper_in_the_dative_before_the_verb_is_not_the_speaker() -> None:
    text = "Der „Rheinischen Post“ sagte Innenminister Max Muster, die Lage sei ruhig."
    p = find(text, "die Lage sei")
    assert p.speaker == "Max Muster"
    assert p.speaker_mention == "Innenminister Max Muster"


def test_adjective_in_e_after_der_still_opens_a_subject() -> None:
    text = "Der neue Trainer sagte, die Mannschaft sei bereit."
    assert find(text, "die Mannschaft sei").speaker_mention == "Der neue Trainer"


def test_unknown_given_name_after_an_age_is_a_name_without_the_age() -> None:
    text = "„Ich höre auf“, sagte der 33-jährige Loris Fabbiani."
    p = find(text, "Ich höre auf")
    assert p.speaker == "Loris Fabbiani"
    assert p.speaker_mention == "der 33-jährige Loris Fabbiani"


def test_goalkeeper_is_a_role_before_the_name() -> None:
    text = "„Ich höre auf“, sagte Torwart Luca Brenner nach dem Spiel."
    assert find(text, "Ich höre auf").speaker == "Luca Brenner"


def test_abstract_noun_after_a_full_name_is_not_part_of_the_name() -> None:
    text = (
        "Die Verbände werfen Bundestagspräsident Norbert Lammert Verzögerung der Pflicht vor. "
        "„Wir prüfen das“, sagte Norbert Lammert."
    )
    assert find(text, "Wir prüfen das").speaker == "Norbert Lammert"


def test_foundation_after_a_name_stays_one_organisation() -> None:
    text = "Die Konrad Adenauer Stiftung erklärte, die Studie sei repräsentativ."
    assert find(text, "die Studie sei").speaker == "Konrad Adenauer Stiftung"
