"""Classes of wrong speakers, one test each: whose role a genitive name marks, plural roles that introduce
no one, genitive phrases named in the nominative, and the other classes the evaluation showed."""

from __future__ import annotations

import pytest

from quotetool.detect.inflect import nominative
from quotetool.detect.lexicon import base_form
from quotetool.detect.names import genitive_of_named

from .detect_helpers import find


def test_a_role_before_a_genitive_name_is_the_owners_role() -> None:
    # "die Anwältin Tabrizis" is Tabrizi's lawyer, not a lawyer called Tabrizis
    text = (
        "Das Gericht verurteilte den Journalisten Karim Tabrizi zu zwei Jahren Haft. "
        "Die Anwältin Tabrizis erklärte, ihr Mandant sei unschuldig. "
        "Nach Angaben der Anwältin Tabrizis sei das Urteil bereits vollstreckt worden."
    )
    p = find(text, "ihr Mandant sei")
    assert p.speaker == "Anwältin Tabrizis"
    q = find(text, "sei das Urteil")
    assert q.speaker == "Anwältin Tabrizis"


def test_a_surname_ending_in_s_is_no_genitive() -> None:
    text = "Die Ministerin Carla Reimanns besuchte die Schule. Die Ministerin Reimanns sagte, die Schule brauche Geld."
    assert find(text, "die Schule brauche").speaker == "Carla Reimanns"


def test_genitive_of_named_needs_the_bare_name_in_the_text() -> None:
    text = "Karim Tabrizi wurde verurteilt. Die Anwältin Tabrizis widersprach."
    assert genitive_of_named(text, "Tabrizis")
    assert not genitive_of_named(text, "Tabriz")
    assert not genitive_of_named("Die Anwältin Klaus widersprach.", "Klaus")


def test_a_plural_role_before_a_name_introduces_no_one() -> None:
    # "von den Ermittlern Hollmann zugeordnet": Hollmann is the object, the investigators are several and unnamed
    text = (
        "Als Indiz gilt ein Schlüssel, der von den Ermittlern Hollmann zugeordnet wurde. "
        "Der Ermittler, der den Fall seit Jahren betreut, sagte: „So etwas habe ich nie erlebt.“"
    )
    assert find(text, "So etwas habe").speaker == "Ermittler"


@pytest.mark.parametrize(
    ("phrase", "det", "named"),
    [
        ("Kraftfahrt-Bundesamtes in Flensburg", "des", "Kraftfahrt-Bundesamt in Flensburg"),
        ("ehemaligen Richters", "des", "ehemalige Richter"),
        ("Präsidenten des Verbands", "des", "Präsident des Verbands"),
        ("Bayerischen Rundfunks", "des", "Bayerische Rundfunk"),
        ("Hauses", "eines", "Haus"),
        ("Komitees", "des", "Komitee"),
        ("argentinischen Zentralbank", "der", "argentinische Zentralbank"),
        ("beiden großen Parteien", "der", "beide große Parteien"),
        ("Vereinten Nationen", "der", "Vereinte Nationen"),
        ("Grünen", "der", "Grünen"),
        ("Polizei", "die", "Polizei"),
        ("BKA", "des", "BKA"),
        ("Deutsche Wetterdienst", "der", "Deutsche Wetterdienst"),
    ],
)
def test_nominative_of_a_genitive_phrase(phrase: str, det: str, named: str) -> None:
    assert nominative(phrase, det, base_form) == named


def test_base_form_keeps_the_feminine() -> None:
    assert base_form("Sprecherin") == "Sprecherin"
    assert base_form("Bundesamtes") == "Bundesamt"
    assert base_form("Abgeordneten") == "Abgeordnete"
    assert base_form("Donnerstag") is None


def test_a_source_in_the_genitive_is_named_in_the_nominative() -> None:
    text = (
        "Nach Angaben des Statistischen Landesamtes sind die Mieten gestiegen. "
        "Das Landesamt teilte mit, die Preise für Bauland seien ebenfalls höher. "
        "Nach Auskunft der städtischen Wohnungsgesellschaft fehlen 300 Wohnungen."
    )
    assert find(text, "sind die Mieten").speaker == "Statistische Landesamt"
    assert find(text, "die Preise für Bauland").speaker == "Statistische Landesamt"
    assert find(text, "fehlen 300").speaker == "städtische Wohnungsgesellschaft"


def test_a_relative_clause_after_the_verb_speaks_for_the_person_before_it() -> None:
    # the relative clause follows the verb that ends its clause: its antecedent is the person before that verb
    text = (
        "Wenn weitere Abgeordnete dem Beispiel der Stadträtin Petra Lorenz folgen, die erklärt hat, gegen den "
        "Haushalt stimmen zu wollen, wird es eng."
    )
    p = find(text, "gegen den Haushalt")
    assert p.speaker == "Petra Lorenz"


def test_a_time_of_day_is_no_name() -> None:
    text = "Am späten Freitagabend bemerkte eine Polizeistreife, dass das Tor des Lagers aufgebrochen war."
    p = find(text, "Tor des Lagers")
    assert p.speaker == "Polizeistreife"


def test_a_surname_with_its_particle_opens_the_sentence() -> None:
    text = (
        "Die Bürgermeisterin Anna von der Heide hat ihren Rücktritt angekündigt. "
        "Von der Heide hatte zuvor eingeräumt, sie habe die Kosten unterschätzt. "
        "Von Berlin aus erklärte die Partei, man bedauere den Schritt."
    )
    assert find(text, "sie habe die Kosten").speaker == "Anna von der Heide"
    assert find(text, "man bedauere").speaker == "Partei"


def test_nach_eigenen_angaben_is_the_account_of_the_clauses_subject() -> None:
    text = (
        "Nach eigenen Angaben erhielt das Landesamt für Umwelt im vergangenen Jahr 300 Beschwerden. "
        "Die Mieterin und ihr Nachbar haben nach eigenen Angaben die ganze Nacht gewartet."
    )
    p = find(text, "300 Beschwerden")
    assert p.speaker == "Landesamt für Umwelt"
    assert p.speaker_mention == "eigenen Angaben"  # the phrase that names the source, as "Angaben der Polizei"
    assert find(text, "die ganze Nacht").speaker == "Mieterin und ihr Nachbar"


def test_a_role_with_a_genitive_then_a_foreign_name_is_that_person() -> None:
    text = (
        "Der Parteichef Zoltán Berecz forderte mehr Polizei. "
        "Der Vorsitzende des Ältestenrats Istvan Farkasdi erklärte hingegen, Härte helfe nicht weiter."
    )
    assert find(text, "Härte helfe nicht").speaker == "Istvan Farkasdi"


def test_an_adverb_between_subject_and_verb() -> None:
    text = "Die Kampagne der Gegenkandidatin selber dagegen warf dem Senator vor, er habe die Wähler getäuscht."
    assert find(text, "er habe die Wähler").speaker == "Kampagne der Gegenkandidatin"


def test_the_relative_pronoun_speaks_when_the_phrase_after_it_is_an_object() -> None:
    # "die dem Bürgermeister vorwerfen": the dative is the accused, the relative pronoun's antecedent speaks
    text = "Es gibt jedoch auch Kritiker, die dem früheren Bürgermeister vorwerfen, jahrelang geschwiegen zu haben."
    assert find(text, "jahrelang geschwiegen").speaker == "Kritiker"


def test_a_statement_noun_that_comes_from_someone() -> None:
    text = "Von der Polizei kam die Information, bei dem Fund handele es sich um alte Munition."
    assert find(text, "bei dem Fund").speaker == "Polizei"


def test_a_document_named_before_in_der_es_heisst() -> None:
    text = (
        "Der Verband veröffentlichte eine Erklärung der Landesbehörde für Verkehr, in der es heißt, dass die Brücke "
        "gesperrt bleibe."
    )
    assert find(text, "die Brücke gesperrt").speaker == "Erklärung der Landesbehörde für Verkehr"


def test_who_quotes_from_a_source_is_not_its_speaker() -> None:
    text = "Der Sender zitiert aus der Zeitung „El Diario“, wonach der Präsident den Industrieländern die Schuld gebe."
    assert find(text, "der Präsident den").speaker == "El Diario"


def test_a_fronted_abstract_noun_names_no_speaker_for_what_follows() -> None:
    text = (
        "Die Ministerin Karla Jensen kündigte Hilfe an. Unterstützung haben auch die Nachbarländer angeboten. "
        "„Wir stehen an eurer Seite.“"
    )
    assert find(text, "Wir stehen").speaker == "Karla Jensen"


def test_a_shortened_organisation_is_a_compound_that_ends_in_it() -> None:
    # "das Gericht" shortens "Landgericht", not "Gerichtssaal"; "die Polizei" is not "Polizeikontrollen"
    text = (
        "Vor dem Landgericht Bonn begann der Prozess. Im Gerichtssaal war es voll. "
        "Das Gericht teilte mit, das Urteil werde im Mai erwartet. "
        "Es soll mehr Polizeikontrollen geben. Die Polizei erklärte, man wolle die Sicherheit erhöhen."
    )
    assert find(text, "das Urteil werde").speaker == "Landgericht Bonn"  # (with the name after it)
    assert find(text, "man wolle die Sicherheit").speaker == "Polizei"


def test_two_roles_of_one_person_named_after_the_second() -> None:
    text = (
        "Der frühere Landrat und Kultusminister, Bernd Kolbeck (SPD), sagte, die Schulen bräuchten mehr Personal. "
        "Die Stadträtin und Kämmerin Iris Rieger erklärte, die Reform komme. "
        "Die Politiker Ole Sandvoß und Gerd Hallmann betonten, man sei einig."
    )
    assert find(text, "die Schulen bräuchten").speaker == "Bernd Kolbeck"
    assert find(text, "die Reform komme").speaker == "Iris Rieger"
    assert find(text, "man sei einig").speaker == "Politiker Ole Sandvoß und Gerd Hallmann"  # two people


def test_part_of_a_group_is_named_by_the_whole_phrase() -> None:
    text = "Einige der einflussreichsten Ärzte im Land forderten, die Klinik müsse bleiben."
    assert find(text, "die Klinik müsse").speaker == "Einige der einflussreichsten Ärzte im Land"


def test_a_relative_clause_after_a_preposition_has_its_own_subject() -> None:
    text = (
        "Am Montag gab es eine Pressekonferenz, auf der die Ministerin Karla Jensen erklärte, die Schulen blieben "
        "offen. Es folgte ein Streit, in dessen Folge das Landgericht festgestellt hatte, die Behörde sei "
        "berechtigt gewesen. Der Kommissar reiste an, um die Regierung aufzufordern, die Grenze zu öffnen."
    )
    assert find(text, "die Schulen blieben").speaker == "Karla Jensen"
    assert find(text, "die Behörde sei").speaker == "Landgericht"
    assert find(text, "die Grenze zu öffnen").speaker == "Kommissar"  # "um die Regierung": no relative clause


def test_an_um_zu_clause_speaks_for_the_subject_it_depends_on() -> None:
    text = (
        "Der Kommissar Louis Brandt, der seit Dienstag in der Hauptstadt weilt, um die Regierung aufzufordern, die "
        "Häfen zu öffnen, durfte nicht in die Flutregion fahren."
    )
    assert find(text, "Häfen zu öffnen").speaker == "Louis Brandt"


def test_a_continuation_skips_the_subject_of_an_unattributed_statement() -> None:
    text = (
        "Wie die Polizei bekannt gab, wird es am Bahnhof mehr Kontrollen geben. "
        "Dort versammeln sich dem Vernehmen nach immer öfter laute Jugendliche, die Reisende belästigen. "
        "Es sei wiederholt zu Diebstählen gekommen."
    )
    assert find(text, "Es sei wiederholt").speaker == "Polizei"


def test_a_continuation_skips_the_subject_of_a_passive() -> None:
    # the man to whom something was done does not go on speaking
    text = (
        "Die Sprecherin Anna Roth sagte, der Fall werde geprüft. "
        "Der frühere Minister Karl Brenner soll im Juni erschossen worden sein. "
        "Bereits im Mai seien Drohungen eingegangen."
    )
    assert find(text, "Bereits im Mai").speaker == "Anna Roth"


def test_a_frame_of_a_process_without_an_owner_names_no_speaker() -> None:
    # "nach ersten Schätzungen", "nach der Auszählung": no one is named (the frame stays the mention), and a
    # sentence after it that names the source fills it in
    text = (
        "Nach ersten Schätzungen sind 300 Häuser beschädigt. "
        "Nach der Auszählung fast aller Stimmen liegt die Amtsinhaberin vorn. "
        "Dies teilte der Vorsitzende der Wahlkommission, Jonas Seidel, mit. "
        "Nach Polizeiangaben gab es keine Verletzten."
    )
    p = find(text, "300 Häuser")
    assert p.speaker is None
    assert p.speaker_mention == "ersten Schätzungen"
    assert find(text, "liegt die Amtsinhaberin").speaker == "Jonas Seidel"
    assert find(text, "keine Verletzten").speaker == "Polizeiangaben"  # a compound that names its source stays


def test_a_report_continues_a_document_named_in_the_sentence_before() -> None:
    # no speaker before, and the sentence before names a document of someone's outside its subject
    text = (
        "Weiter unten in der Pressemitteilung der Stadtwerke wird klar, dass es noch andere Ursachen gab. "
        "Auch ein Defekt an einer Pumpe sei verantwortlich gewesen."
    )
    p = find(text, "Auch ein Defekt")
    assert p.speaker == "Pressemitteilung der Stadtwerke"
