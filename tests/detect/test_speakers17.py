"""Wrong speakers by class (round 17), each with sentences of our own: a fronted object taken for the subject, a
second predicate after a quoted phrase that shares the sentence's subject, a subject phrase cut short (fields,
foreign names, "um X"), an adverb read as a speech verb, names lost where a sentence ends in a noun."""

from __future__ import annotations

from quotetool.detect import detect
from quotetool.detect.coref import find_names

from .detect_helpers import find

# -- a thing or people in the plural before a singular verb are its object: the subject follows the verb ----------


def test_a_fronted_thing_before_a_singular_verb_is_the_object() -> None:
    text = "Die Forderungen der Gewerkschaft nannte Firmenchef Karl Brandt „unbezahlbar“."
    assert find(text, "unbezahlbar").speaker == "Karl Brandt"


def test_fronted_people_in_the_plural_before_a_singular_verb_are_the_object() -> None:
    text = "Die Kritiker, die vor dem Rathaus protestierten, nannte Bürgermeisterin Anja Lenz „schlecht informiert“."
    assert find(text, "schlecht informiert").speaker == "Anja Lenz"
    text = "Die Spieler, die am Samstag verloren hatten, kritisierte der Trainer als „zu passiv“."
    assert find(text, "zu passiv").speaker == "Trainer"


def test_people_in_the_plural_before_a_plural_verb_stay_the_subject() -> None:
    text = "Die Anwohner, die seit Wochen protestieren, beschrieben den Lärm als „unerträglich“."
    assert find(text, "unerträglich").speaker == "Anwohner"
    text = "Die Sprecherin der Stadtwerke nannte den Ausfall „bedauerlich“."
    assert find(text, "bedauerlich").speaker == "Sprecherin der Stadtwerke"


# -- "X nannte … „…“, betonte aber, dass …": a second verb after the quoted phrase shares the clause's subject ------


def test_a_verb_after_a_quoted_phrase_without_a_subject_shares_the_first_clauses_speaker() -> None:
    text = (
        "Der Verein hat den Trainer entlassen. Hans Meier, der Präsident, nannte die Trennung „unvermeidlich“, "
        "betonte aber, dass man dem Trainer dankbar sei."
    )
    assert find(text, "unvermeidlich").speaker == "Hans Meier"
    assert find(text, "dankbar sei").speaker == "Hans Meier"
    text = "Die Ministerin Jana Roth bezeichnete den Entwurf als „Zumutung“, kündigte dann an, sie werde klagen."
    assert find(text, "Zumutung").speaker == "Jana Roth"


# -- an institution's field joined by "und" or written with a capitalised adjective keeps the name apposed to it --


def test_a_field_of_joined_nouns_keeps_the_name_in_apposition() -> None:
    text = "Die Sprecherin des Bundesministeriums für Arbeit und Soziales, Anna Kolb, sagte, die Lage sei ernst."
    assert find(text, "Lage sei ernst").speaker == "Anna Kolb"
    text = (
        "Die Sprecherin des Ministeriums für Umwelt, Naturschutz und nukleare Sicherheit, Anna Kolb, sagte, "
        "die Werte seien unbedenklich."
    )
    assert find(text, "Werte seien").speaker == "Anna Kolb"


def test_a_field_with_a_capitalised_adjective_keeps_the_name_in_apposition() -> None:
    text = "Der Direktor der Klinik für Innere Medizin, Professor Jens Albrecht, sagte, die Lage sei ernst."
    assert find(text, "Lage sei ernst").speaker == "Jens Albrecht"


def test_a_name_after_und_is_someone_else_not_a_field() -> None:
    text = "Das Ministerium für Verkehr und Bahnchef Karl Roth erklärten, die Strecke werde im Mai eröffnet."
    assert find(text, "Strecke werde").speaker_mention == "Das Ministerium für Verkehr und Bahnchef Karl Roth"


# -- "wiederholt" as an adverb (repeatedly) is no speech verb and no finite verb of the clause ----------------------


def test_repeatedly_after_the_finite_verb_is_an_adverb() -> None:
    text = (
        "Der Bürgermeister Karl Roth sagte, man werde nicht nachgeben. Der frühere Bürgermeister von Lindenau, "
        "Harald Pfeil, der heute am Bodensee wohnt, meldete sich zuletzt wiederholt bei den Mitgliedern seiner "
        "Partei mit der Bitte, gegen den Nachfolger zu stimmen."
    )
    assert find(text, "gegen den Nachfolger").speaker == "Harald Pfeil"
    text = "Karl Roth sagte, man werde nicht nachgeben. Anna Kolb hat wiederholt betont, dass sie dagegen stimme."
    assert find(text, "dagegen stimme").speaker == "Anna Kolb"


def test_repeats_as_the_finite_verb_stays_a_speech_verb() -> None:
    assert find("Der Minister wiederholt in dem Interview, die Steuern müssten sinken.", "Steuern").speaker == (
        "Minister"
    )
    text = "Der Minister hat die Forderung wiederholt, dass die Steuern sinken müssten."
    assert find(text, "Steuern sinken").speaker == "Minister"


# -- a foreign name with lower-case words in a genitive keeps the person's name apposed to it ----------------------


def test_a_foreign_party_name_with_lower_case_words_keeps_the_apposed_name() -> None:
    text = "Der Vorsitzende des Parti socialiste (PS), Jean Morel, forderte im Radio, der Präsident solle gehen."
    assert find(text, "Präsident solle").speaker == "Jean Morel"
    text = "Die Chefin der Union pour le progrès (UPP), Anne Morel, erklärte, der Präsident solle zurücktreten."
    assert find(text, "Präsident solle").speaker == "Anne Morel"


def test_a_verb_after_a_genitive_is_no_foreign_name() -> None:
    text = "Der Anwalt des Angeklagten sagte, sein Mandant sei unschuldig."
    assert find(text, "Mandant sei").speaker_mention == "Der Anwalt des Angeklagten"


# -- "Die Anwälte um X", "Der Vorstand um X": people named by whom they work with, as the teams of researchers -----


def test_people_around_a_named_person_are_named_by_that_person() -> None:
    text = "Die Anwälte um Karl Roth kündigten an, in Berufung zu gehen."
    p = find(text, "Berufung")
    assert (p.speaker, p.speaker_mention) == ("Karl Roth", "Die Anwälte um Karl Roth")
    assert find("Der Vorstand um Karl Roth erklärte, man sehe keine Alternative.", "Alternative").speaker == "Karl Roth"


def test_um_with_a_time_or_a_topic_names_no_one() -> None:
    assert find("Um 10 Uhr sagte der Minister, er sei zufrieden.", "zufrieden").speaker == "Minister"


# -- "habe „…“ gehalten" without "für" is no view; a name after a sentence ending in a noun is still seen ---------


def test_halten_without_fuer_gives_no_view_of_its_subject() -> None:
    text = "Trainer Jens Hoff lobte seine Mannschaft. Besonders Torwart Max Brandt habe „überragend“ gehalten."
    assert find(text, "überragend").speaker == "Jens Hoff"
    text = "Staatsanwältin Anna Kolb hält den Angeklagten „unter allen Umständen“ für „gefährlich“."
    assert find(text, "unter allen").speaker == "Anna Kolb"


def test_a_name_right_after_a_sentence_ending_in_a_noun_is_sighted() -> None:
    names = [
        s.name for s in find_names("Er lobte den Verein. Die Ministerin Anna Kolb sprach. Er traf Prof. Dr. Eva Roth.")
    ]
    assert names == ["Anna Kolb", "Eva Roth"]


def test_an_age_noun_refers_to_the_person_named_last_not_the_speaker_touched_last() -> None:
    text = (
        "Trainer Jens Hoff lobte seine Mannschaft. Besonders Torwart Max Brandt habe „überragend“ gehalten. "
        "Der 23-Jährige selbst sagte, er sei einfach froh über den Sieg."
    )
    assert find(text, "froh über").speaker == "Max Brandt"


# -- a subject joined by "und" after a name with its apposition in commas ------------------------------------------


def test_a_name_with_its_apposition_joined_to_another_speaker_is_the_subject() -> None:
    text = "Karl Roth, der Chef der Firma, und seine Stellvertreterin Anna Kolb gaben bekannt, dass das Werk schließe."
    p = find(text, "Werk schließe")
    assert p.speaker_mention == "Karl Roth, der Chef der Firma, und seine Stellvertreterin Anna Kolb"
    text = "Der Minister sagte, er sei zufrieden, und kündigte an, dass die Reform komme."
    assert find(text, "Reform komme").speaker == "Minister"


# -- "Sie" with a plural verb: people in the plural, or a body named in the plural, not one in the singular --------


def test_a_plural_pronoun_refers_to_people_in_the_plural() -> None:
    text = "Die Ärzte des Klinikums warnen vor Engpässen. Sie sagten, es fehle an Pflegekräften."
    assert find(text, "Pflegekräften").speaker == "Ärzte des Klinikums"


def test_a_plural_pronoun_does_not_refer_to_a_body_named_in_the_singular() -> None:
    text = "Die Polizei nahm zwei Verdächtige fest. Sie gaben an, sie seien zufällig am Tatort gewesen."
    assert find(text, "zufällig").speaker is None
    text = "Die Polizei nahm zwei Verdächtige fest. Sie gab an, die beiden seien bereits bekannt."
    assert find(text, "bereits bekannt").speaker == "Polizei"
    text = "Die Grünen haben ihr Programm vorgestellt. Sie forderten, dass die Kohlekraftwerke abgeschaltet würden."
    assert find(text, "Kohlekraftwerke").speaker == "Grünen"


# -- "sagte der Zeitung der Minister": the medium is the addressee, the role after it the subject -------------------


def test_a_role_after_a_medium_in_the_dative_is_the_subject() -> None:
    assert find("„Wir sind enttäuscht“, sagte der Zeitung der Minister.", "enttäuscht").speaker == "Minister"
    text = "„Wir sind enttäuscht“, erklärte gegenüber dieser Zeitung der Vorsitzende Karl Roth."
    assert find(text, "enttäuscht").speaker == "Karl Roth"
    text = "„Wir sind enttäuscht“, sagte gegenüber der Presse der Minister."
    assert find(text, "enttäuscht").speaker == "Minister"


def test_a_medium_after_a_role_is_no_addressee_before_a_subject() -> None:
    text = "„Wir sind enttäuscht“, sagte der Chefredakteur der Zeitung."
    assert find(text, "enttäuscht").speaker == "Chefredakteur der Zeitung"


# -- a role named with a mood ("der sichtlich bewegte Bürgermeister") keeps the role's name -----------------------


def test_a_mood_before_a_role_is_no_part_of_its_name() -> None:
    text = "„Das war knapp“, sagte der sichtlich bewegte Bürgermeister. „Danke an alle“, sagte der Bürgermeister."
    assert {p.speaker for p in detect(text)} == {"Bürgermeister"}
    assert find("„Das war knapp“, sagte der ehemalige Bürgermeister.", "knapp").speaker == "ehemalige Bürgermeister"


# -- "Dem X und seiner Y zufolge": both joined sources, not the second alone (the first left in the quote) ---------


def test_sources_joined_in_the_dative_before_zufolge_are_one_group() -> None:
    text = "Dem Bürgermeister und seiner Stellvertreterin zufolge ist die Lage ruhig."
    p = find(text, "Lage ruhig")
    assert (p.quote, p.speaker_mention) == ("ist die Lage ruhig", "Dem Bürgermeister und seiner Stellvertreterin")


def test_a_group_is_named_by_its_members_in_the_nominative() -> None:
    text = "Nach Angaben des Ministeriums und des Verbands wurde niemand verletzt."
    assert find(text, "niemand").speaker == "Ministerium und Verband"
    text = "Laut dem Ministerium und dem Verband wurde niemand verletzt."
    assert find(text, "niemand").speaker == "Ministerium und Verband"


def test_ihnen_zufolge_refers_to_people_in_the_plural_only() -> None:
    text = "Die Polizei hat zwei Männer festgenommen. Ihnen zufolge seien sie nur zufällig am Tatort gewesen."
    assert find(text, "zufällig").speaker is None
    text = "Die Ärzte des Klinikums schlagen Alarm. Ihnen zufolge fehlen 40 Pflegekräfte."
    assert find(text, "Pflegekräfte").speaker == "Ärzte des Klinikums"


def test_a_second_verb_right_after_a_quotation_without_its_comma_shares_the_subject() -> None:
    text = (
        "Hans Meier, Präsident des Sportvereins, nannte die Bewerbung „sehr respektabel“ stellte aber zugleich fest, "
        "dass die anderen jetzt an der Reihe seien."
    )
    assert find(text, "an der Reihe").speaker == "Hans Meier"
