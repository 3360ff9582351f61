"""Wrong speakers found in the quality round 12 (read on SpkAtt train, fixed as classes): each class with
sentences of our own."""

from __future__ import annotations

from .detect_helpers import find

# -- the finite verb after a subject is no part of the source before "zufolge" ---------------------------------


def test_the_verb_before_a_source_with_zufolge_is_not_part_of_it() -> None:
    text = "Die Aufständischen kontrollieren eigenen Angaben zufolge inzwischen den Flughafen."
    p = find(text, "den Flughafen")
    assert p.speaker_mention == "eigenen Angaben"
    text = "Sie verdienen Gewerkschaftsangaben zufolge kaum mehr als den Mindestlohn."
    assert find(text, "Mindestlohn").speaker == "Gewerkschaftsangaben"
    text = "Auch die Mieten steigen jüngsten Marktberichten zufolge im Herbst weiter."
    assert find(text, "im Herbst").speaker_mention == "jüngsten Marktberichten"


def test_a_source_before_zufolge_keeps_its_quantifier_and_its_genitive() -> None:
    text = "Im Vorstand lehnte die Chefin einigen Teilnehmern zufolge jede weitere Kandidatur ab."
    assert find(text, "weitere Kandidatur").speaker_mention == "einigen Teilnehmern"
    text = "Berichten mehrerer Lokalzeitungen zufolge soll das Werk im Frühjahr schließen."
    assert find(text, "im Frühjahr").speaker_mention == "Berichten mehrerer Lokalzeitungen"
    text = "Dem Bürgermeister nahestehenden Kreisen zufolge will er im Mai zurücktreten."
    assert find(text, "im Mai").speaker == "Kreisen"


# -- the dative after a person's name is the addressee, not part of the name --------------------------------------


def test_the_dative_after_a_persons_name_is_no_part_of_the_speaker() -> None:
    text = (
        "Umweltministerin Carla Winter besuchte das Hochwassergebiet. "
        "Am Abend sagte Winter der Regionalzeitung, die Deiche würden verstärkt."
    )
    p = find(text, "Deiche würden")
    assert (p.speaker, p.speaker_mention) == ("Carla Winter", "Winter")
    text = "„Wir bleiben hart“, sagte Bernd Falk der „Morgenpost“ am Freitag."
    p = find(text, "Wir bleiben hart")
    assert (p.speaker, p.speaker_mention) == ("Bernd Falk", "Bernd Falk")


def test_a_genitive_after_a_role_or_a_group_stays() -> None:
    text = "Angehörige der Vermissten sagten, die Suche komme zu spät."
    assert find(text, "Suche komme").speaker_mention == "Angehörige der Vermissten"
    text = "Ein Sprecher der Feuerwehr sagte, der Brand sei gelöscht."
    assert find(text, "Brand sei").speaker == "Sprecher der Feuerwehr"


# -- a name in the genitive is the owner of a frame or role, not the speaker as written -----------------------------


def test_a_frame_after_a_name_in_the_genitive_is_its_owners_account() -> None:
    intro = "Bundestrainerin Maria Kessler stellte am Dienstag ihren Kader vor. "
    p = find(intro + "Kesslers Worten zufolge ist die Abwehr das größte Problem.", "größte Problem")
    assert (p.speaker, p.speaker_mention) == ("Maria Kessler", "Kesslers Worten")
    p = find(intro + "Kesslers Einschätzung nach fehlt dem Team die Erfahrung.", "die Erfahrung")
    assert p.speaker == "Maria Kessler"
    p = find(intro + "Laut Kesslers Angaben fallen zwei Spielerinnen aus.", "zwei Spielerinnen")
    assert p.speaker == "Maria Kessler"


def test_a_role_before_a_whole_name_in_the_genitive_is_the_owners_role() -> None:
    text = (
        "Bürgermeister Tobias Lang war am Montag nicht zu erreichen. "
        "Der Sprecher Tobias Langs sagte, die Stadt prüfe den Vorfall."
    )
    assert find(text, "prüfe den Vorfall").speaker != "Tobias Langs"
    text = "Der Sprecher Tobias Lang sagte, die Stadt prüfe den Vorfall."
    assert find(text, "prüfe den Vorfall").speaker == "Tobias Lang"


# -- municipal offices are roles: the role noun refers back to the person ----------------------------------------


def test_municipal_offices_are_roles_that_refer_back_to_their_holder() -> None:
    text = (
        "Stadtkämmerin Petra Lindner legte am Dienstag den Haushaltsentwurf vor. "
        "„Wir müssen sparen, wo es nur geht“, sagte die Kämmerin."
    )
    assert find(text, "sparen, wo es").speaker == "Petra Lindner"
    text = (
        "Stadtbaurat Jonas Brenner stellte die Pläne für die Brücke vor. "
        "Der Stadtbaurat erklärte, der Neubau werde zwei Jahre dauern."
    )
    p = find(text, "zwei Jahre dauern")
    assert (p.speaker, p.speaker_mention) == ("Jonas Brenner", "Der Stadtbaurat")
    text = "„Der Etat ist ausgeglichen“, sagte Kämmerer Olaf Brandt."
    assert find(text, "Etat ist").speaker == "Olaf Brandt"


# -- a newspaper in the dative before the verb was told, the person after the verb speaks ----------------------


def test_a_newspaper_in_the_dative_before_the_verb_is_not_the_speaker() -> None:
    text = "Der „Ostsee-Zeitung“ sagte Hafenmeister Uwe Kranz: „Die Saison war die beste seit Jahren.“"
    p = find(text, "beste seit Jahren")
    assert (p.speaker, p.speaker_mention) == ("Uwe Kranz", "Hafenmeister Uwe Kranz")
    text = "Der Lokalzeitung sagte die Schulleiterin, der Unterricht falle bis Freitag aus."
    assert find(text, "Unterricht falle").speaker == "Schulleiterin"


def test_a_newspaper_as_the_subject_still_speaks() -> None:
    text = "Der „Nordkurier“ berichtete am Montag, die Fähre falle für zwei Wochen aus."
    assert find(text, "Fähre falle").speaker == "Nordkurier"


# -- a spokesperson of a named person speaks, not the person ------------------------------------------------------


def test_the_spokesperson_of_a_named_minister_is_the_speaker() -> None:
    text = "Ein Sprecher von Verkehrsminister Holger Brandt sagte, die Pläne würden geprüft."
    assert find(text, "Pläne würden").speaker != "Holger Brandt"
    text = "„Dazu äußern wir uns nicht“, sagte eine Sprecherin der Landrätin Ute Hansen."
    assert find(text, "äußern wir uns").speaker != "Ute Hansen"


def test_a_name_after_the_genitive_of_an_institution_holds_the_role() -> None:
    text = "Der Vorsitzende des Sportvereins Lukas Pohl sagte, die Halle werde saniert."
    assert find(text, "Halle werde").speaker == "Lukas Pohl"


# -- "von" with an indefinite thing is the verb's object, not whose the phrase before is --------------------------


def test_von_with_an_indefinite_thing_is_no_part_of_the_source() -> None:
    text = "Die Ermittler gehen nach Angaben einer Sprecherin von einer technischen Panne aus."
    p = find(text, "technischen Panne")
    assert "Panne" not in (p.speaker or "")
    text = "Nach Angaben eines Sprechers von der Bergwacht wurde niemand verletzt."
    assert find(text, "niemand verletzt").speaker == "Sprecher von der Bergwacht"


# -- a general role noun refers back to a feminine office written with an umlaut ----------------------------------


def test_a_general_role_noun_refers_back_to_a_feminine_form_with_an_umlaut() -> None:
    text = "Die Notärztin Svenja Lorenz war als Erste vor Ort. „Der Fahrer hatte großes Glück“, sagte die Medizinerin."
    assert find(text, "großes Glück").speaker == "Svenja Lorenz"
    text = "Rechtsanwältin Mira Sander vertritt die Anwohner. Man werde klagen, sagte die Juristin."
    assert find(text, "werde klagen").speaker == "Mira Sander"


# -- the clause after a speech verb is the verb's, not the request's before it ------------------------------------


def test_the_answer_to_a_named_members_request_is_the_answerers() -> None:
    text = (
        "Auf eine Anfrage der Abgeordneten Helga Brix antwortete Staatssekretär Olaf Menke, "
        "die Zahl der Anträge sei gestiegen."
    )
    p = find(text, "Zahl der Anträge")
    assert (p.speaker, p.speaker_mention) == ("Olaf Menke", "Staatssekretär Olaf Menke")


def test_a_demand_still_holds_its_complement() -> None:
    text = "Die Forderung der Abgeordneten Helga Brix, die Gebühren zu senken, fand keine Mehrheit."
    assert find(text, "Gebühren zu senken").speaker == "Helga Brix"
