"""Who said it: speaker phrases around quotations, appositions, attributes, names, and who continues."""

from __future__ import annotations

from quotetool.detect import Kind, detect

from .detect_helpers import find


def test_cue_after_with_an_apposition_to_the_subject() -> None:
    text = "„Wir haben verdient gewonnen“, sagte der Trainer der Gäste, Lukas Jansen, nach dem Spiel."
    p = find(text, "Wir haben")
    assert p.quote == "Wir haben verdient gewonnen"
    assert p.speaker == "Lukas Jansen"
    assert p.speaker_mention == "der Trainer der Gäste, Lukas Jansen"


def test_attitude_after_the_quotation() -> None:
    text = "„Das war ein gutes Spiel“, zeigte sich Trainerin Claudia Busch nach dem Abpfiff zufrieden."
    p = find(text, "Das war")
    assert p.quote == "Das war ein gutes Spiel"
    assert p.kind is Kind.DIRECT
    assert p.speaker == "Claudia Busch"
    assert p.speaker_mention == "Trainerin Claudia Busch"


def test_passive_quoting() -> None:
    text = "„Wir prüfen alle Optionen“, wird Ministerin Hanna Pohl zitiert."
    p = find(text, "Wir prüfen")
    assert p.speaker == "Hanna Pohl"
    assert p.speaker_mention == "Ministerin Hanna Pohl"


def test_lassen_with_verlauten() -> None:
    text = "„Wir bedauern den Vorfall“, ließ ein Sprecher der Bahn verlauten."
    p = find(text, "Wir bedauern")
    assert p.speaker == "Sprecher der Bahn"
    assert p.speaker_mention == "ein Sprecher der Bahn"


def test_quotation_in_brackets_after_a_name() -> None:
    text = "Auch die Bürgermeisterin Anna Roth („Wir sind sehr erleichtert.“) äußerte sich zu dem Urteil."
    p = find(text, "Wir sind")
    assert p.quote == "Wir sind sehr erleichtert."
    assert p.rule == "direct-bracketed"
    assert p.speaker == "Anna Roth"
    assert p.speaker_mention == "die Bürgermeisterin Anna Roth"


def test_name_right_before_the_colon() -> None:
    text = "Applaus gab es von vielen Seiten, und der Verbandschef Markus Brandt: „Ein großer Tag für uns alle.“"
    p = find(text, "Ein großer Tag")
    assert p.rule == "direct-colon-speaker"
    assert p.speaker == "Markus Brandt"


def test_reported_speaker_goes_on_after_a_colon() -> None:
    text = (
        "Die Sprecherin Sabine Kraus sagte, die Stadt tue alles. Man sei für jede Hilfe dankbar: „Wir kämpfen weiter.“"
    )
    p = find(text, "Wir kämpfen")
    assert p.quote == "Wir kämpfen weiter."
    assert p.speaker == "Sabine Kraus"


def test_quoted_dass_clause_after_a_thinking_verb() -> None:
    text = "Der Kritiker Dieter Franke hofft, „dass die Stadt endlich zuhört.“"
    p = find(text, "dass die Stadt")
    assert p.quote == "dass die Stadt endlich zuhört."
    assert p.kind is Kind.DIRECT
    assert p.speaker == "Dieter Franke"


def test_subject_after_the_verb_when_an_object_comes_first() -> None:
    text = "Jede Verantwortung weist die Managerin Julia Kühn von sich: „Ich habe alles richtig gemacht.“"
    p = find(text, "Ich habe")
    assert p.speaker == "Julia Kühn"
    assert p.speaker_mention == "die Managerin Julia Kühn"


def test_subject_after_a_fronted_phrase_before_a_colon() -> None:
    text = "Im Rathaus warb die Bürgermeisterin Eva Heinze mit den Worten: „Wir brauchen diesen Park.“"
    p = find(text, "Wir brauchen")
    assert p.speaker == "Eva Heinze"


def test_quoted_evaluation_inside_a_subordinate_clause() -> None:
    text = "Der Bericht ist brisant, weil die Regierung das Land als „junge Demokratie“ bezeichnet hat."
    p = find(text, "junge Demokratie")
    assert p.quote == "junge Demokratie"
    assert p.rule == "direct-in-clause"
    assert p.speaker_mention == "die Regierung"


def test_surname_after_an_attribute_is_the_person_named_before() -> None:
    text = (
        "Der Historiker Felix Winkler hat ein Buch geschrieben. "
        "Der 71-jährige Winkler sagte, die Quellen seien lückenhaft."
    )
    p = find(text, "die Quellen")
    assert p.speaker == "Felix Winkler"
    assert p.speaker_mention == "Der 71-jährige Winkler"


def test_von_after_a_surname_is_no_part_of_the_name() -> None:
    text = "Die Forscherin Anna Roth von der Universität sagte, die Proben seien verunreinigt."
    p = find(text, "die Proben")
    assert p.speaker == "Anna Roth"


def test_nobiliary_particle_after_a_given_name() -> None:
    text = "Die Politikerin Ursula von der Heyde sagte, die Reform komme zu spät."
    p = find(text, "die Reform")
    assert p.speaker == "Ursula von der Heyde"


def test_initial_inside_a_name() -> None:
    text = "Der Verbandschef Jürgen R. Thumann sagte, die Reform sei überfällig."
    p = find(text, "die Reform")
    assert p.speaker == "Jürgen R. Thumann"
    assert p.speaker_mention == "Der Verbandschef Jürgen R. Thumann"


def test_date_with_dots_inside_a_sentence() -> None:
    text = "Die Ministerin Eva Lorenz hatte am 7.10. in einem Interview erklärt, die Reform sei nötig."
    p = find(text, "die Reform")
    assert p.speaker == "Eva Lorenz"


def test_role_genitive_and_name_without_comma() -> None:
    text = "Der Vorsitzende des Vereins Thomas Albers sagte, die Saison sei gelaufen."
    p = find(text, "die Saison")
    assert p.speaker == "Thomas Albers"
    assert p.speaker_mention == "Der Vorsitzende des Vereins Thomas Albers"


def test_extended_attribute_before_the_role_noun() -> None:
    text = "Der für die Schulen zuständige Dezernent, Tobias Rieger, sagte, die Sanierung beginne im Mai."
    p = find(text, "die Sanierung")
    assert p.speaker == "Tobias Rieger"


def test_extended_attribute_is_no_part_of_an_institution_name() -> None:
    text = "Der Umsatz sei gestiegen, teilte die zur Universität gehörende Klinik mit."
    p = find(text, "Der Umsatz")
    assert p.speaker == "Klinik"
    assert p.speaker_mention == "die zur Universität gehörende Klinik"


def test_seat_of_an_institution() -> None:
    text = "Die Regierung in Lomé kündigte an, die Grenzen zu schließen."
    p = find(text, "die Grenzen")
    assert p.speaker == "Regierung in Lomé"


def test_quoted_name_in_a_coordination() -> None:
    text = "„Ärzte ohne Grenzen“ sowie das Rote Kreuz kündigten an, mehr Helfer zu schicken."
    p = find(text, "mehr Helfer")
    assert p.speaker == "„Ärzte ohne Grenzen“ sowie das Rote Kreuz"


def test_fronted_adverb_before_the_subject() -> None:
    text = "Einzig die Stadtwerke gaben bekannt, die Preise stabil zu halten."
    p = find(text, "die Preise")
    assert p.speaker == "Stadtwerke"
    assert p.speaker_mention == "die Stadtwerke"


def test_parties_with_an_apposition_and_a_place() -> None:
    text = (
        "Die Regierungsparteien in Bayern, die CSU und die Freien Wähler, hatten erklärt, den Haushalt zu beschließen."
    )
    p = find(text, "den Haushalt")
    assert p.speaker == "Regierungsparteien in Bayern"


def test_titles_in_quotation_marks_are_no_speech() -> None:
    assert detect("Die Band nennt sich seit dem Sommer „Blue River“.") == []
    text = "„Bündnis für ein Grünes Tal“, sagte der Sprecher, sei eine Gruppe aus London."
    assert all(p.kind is not Kind.DIRECT for p in detect(text))


def test_a_bare_plural_noun_does_not_become_the_topic() -> None:
    text = "Menschen liefen in Panik auf die Straße. Die Lage sei unübersichtlich."
    # the Konjunktiv makes it a report, but nobody named speaks: proposed without a speaker
    assert [(p.rule, p.speaker) for p in detect(text)] == [("subjunctive-unattributed", None)]


def test_a_quoted_newspaper_name_after_the_cue_is_the_speaker() -> None:
    text = "Die Gespräche seien gescheitert, berichtet „Die Zeit“ unter Berufung auf Diplomaten."
    p = find(text, "Die Gespräche")
    assert p.quote == "Die Gespräche seien gescheitert"
    assert p.kind is Kind.INDIRECT
    assert p.rule == "cue-after"
    assert p.speaker == "Die Zeit"
    assert p.speaker_mention == "„Die Zeit“"


def test_role_glued_to_a_quoted_name_takes_the_name_after_it() -> None:
    text = "„Wir drucken weiter“, sagte „Morgenpost“-Chefin Eva Lorenz."
    p = find(text, "Wir drucken")
    assert p.quote == "Wir drucken weiter"
    assert p.kind is Kind.DIRECT
    assert p.speaker == "Eva Lorenz"
    assert p.speaker_mention == "„Morgenpost“-Chefin Eva Lorenz"


def test_a_name_given_after_a_comma_is_no_statement() -> None:
    assert detect("Das neue Format, genannt „Super Video“, kam im Jahr 2006 auf den Markt.") == []


def test_role_in_the_genitive_of_a_frame_is_the_person_just_quoted() -> None:
    # "des SPD-Politikers": the man quoted just before, whom the text gave no other role
    text = (
        "„Das Gesetz geht zu weit“, sagte Peter Gall. "
        "Nach Meinung des SPD-Politikers verletzt es die Grundrechte der Bürger."
    )
    p = find(text, "verletzt es die")
    assert p.speaker == "Peter Gall"
    assert p.speaker_mention == "Meinung des SPD-Politikers"


def test_role_noun_refers_to_the_person_who_spoke_last_without_a_role() -> None:
    text = "„Wir bleiben dabei“, sagte Anna Lenz. Die Sängerin kündigte an, beim Landgericht Klage einzureichen."
    p = find(text, "beim Landgericht")
    assert p.speaker == "Anna Lenz"
    assert p.speaker_mention == "Die Sängerin"


def test_role_noun_does_not_refer_to_a_person_who_was_only_named() -> None:
    # the accused is named; the investigator who speaks is someone else
    text = (
        "Gegen Udo Kamphaus wird seit Dienstag prozessiert. Der Ermittler, der als Hauptzeuge geladen ist, will danach "
        "in Rente gehen: „Einen größeren Fall gibt es für mich nicht mehr!“"
    )
    p = find(text, "Einen größeren")
    assert p.speaker != "Udo Kamphaus"


def test_role_noun_does_not_refer_to_several_people() -> None:
    text = (
        "Die Show bestreiten Jennifer Lopez und Anna Roth. Das teilten die beiden Sängerinnen mit. "
        "Sie seien sehr aufgeregt, sagten die beiden Sängerinnen am Abend."
    )
    p = find(text, "Sie seien sehr")
    assert p.speaker not in ("Jennifer Lopez", "Anna Roth")


def test_role_with_a_genitive_of_its_own_is_not_the_same_role_elsewhere() -> None:
    # the director of the airline is not the director of the authority
    text = (
        "Der Direktor der Hafenbehörde, Marek Ostrowski, teilte mit, die Bergung dauere an. "
        "Nach Angaben des Direktors der Reederei seien alle Fahrgäste Pendler gewesen."
    )
    p = find(text, "seien alle Fahrgäste")
    assert p.speaker != "Marek Ostrowski"


def test_name_in_apposition_to_a_role_makes_a_later_bare_surname_the_topic() -> None:
    # "Koruth" alone has no first name of the lexicon; the role before it introduced him as a person
    text = (
        "Der Regierungschef Nepals, Koruth Ambelani, kündigte den Rücktritt seines Kabinetts an. "
        "Die Gewerkschaften lobten den Schritt. Einen Aufschub lehnte Koruth jedoch ab. "
        "Koruth machte zudem zur Bedingung, dass die Streikenden ihre Blockaden räumen. "
        "Sonst werde er das Kabinett nicht entlassen."
    )
    p = find(text, "Sonst werde er")
    assert p.speaker == "Koruth Ambelani"
