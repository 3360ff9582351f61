"""Wrong or empty speakers found in the quality round 15 (read on SpkAtt train, fixed as classes): each class
with sentences of our own."""

from __future__ import annotations

from quotetool.detect import detect

from .detect_helpers import find

# -- "Die Alliierten hatten Widerspruch eingelegt, weil …": a capitalised noun after the verb is no subject -----


def test_a_nominalised_group_before_its_verb_stays_the_subject() -> None:
    text = "Die Alliierten hatten Widerspruch eingelegt, weil die Grenze nicht gesichert sei."
    p = find(text, "nicht gesichert")
    assert (p.speaker, p.speaker_mention) == ("Alliierten", "Die Alliierten")
    text = "Die Verbündeten hatten Protest eingelegt, weil der Vertrag gebrochen worden sei."
    assert find(text, "Vertrag gebrochen").speaker == "Verbündeten"


# -- "In dem Gesetzentwurf gibt es einen Absatz: „…“": the document or sign a quotation stands in is its source --


def test_a_quotation_standing_in_a_document_is_not_the_last_speakers() -> None:
    intro = "Die Ministerin Eva Lind sprach von einem Erfolg. "
    text = intro + "In dem Gesetzentwurf gibt es dazu einen Absatz: „Die Daten sind nach einem Jahr zu löschen.“"
    p = find(text, "nach einem Jahr")
    assert (p.speaker, p.speaker_mention) == ("Gesetzentwurf", "dem Gesetzentwurf")
    text = intro + "Das Bürgerliche Gesetzbuch regelt den Fall eindeutig: „Wer lügt, haftet für den Schaden.“"
    assert find(text, "Wer lügt").speaker == "Bürgerliche Gesetzbuch"


def test_words_on_a_sign_have_the_sign_as_source_and_are_not_carried_on() -> None:
    intro = "Vor dem Rathaus demonstrierten am Samstag rund 300 Menschen. "
    text = intro + "Auf dem Transparent an der Spitze stand: „Mieten runter, Löhne rauf, sonst bleiben wir hier!“"
    assert find(text, "Mieten runter").speaker == "Transparent"
    text = intro + "Im Treppenhaus hing ein Zettel, auf dem zu lesen war: „Wer hier raucht, zahlt 50 Euro Strafe.“"
    assert find(text, "Wer hier raucht").speaker == "Zettel"
    text += " Bis zum Sommer sollen 40 Raucher erwischt worden sein."
    assert all(p.speaker != "Zettel" for p in detect(text) if "Raucher" in p.quote)


# -- "hieß es auf einer Pressekonferenz": the occasion is where words were said, not who said them --------------


def test_an_occasion_is_no_speaker_but_its_owner_is() -> None:
    intro = "Die Reederei Nordlicht steht vor der Pleite. "
    text = intro + "Wie es auf einer Pressekonferenz in Kiel hieß, sollen 40 Stellen wegfallen."
    assert find(text, "40 Stellen").speaker is None
    text = "Auf dem Landesparteitag in Halle hieß es, die Partei werde geschlossen auftreten."
    assert find(text, "geschlossen auftreten").speaker is None
    text = "Auf dem Parteitag der SPD hieß es, die Partei werde geschlossen auftreten."
    assert find(text, "geschlossen auftreten").speaker == "SPD"
    text = "Wie es auf einer Pressekonferenz des Innenministeriums hieß, seien drei Verdächtige festgenommen worden."
    assert find(text, "drei Verdächtige").speaker == "Innenministerium"


# -- "nach Angaben der in Springfield, Illinois, ansässigen Firma": a place's region in commas inside an attribute --


def test_a_region_in_commas_stays_inside_the_attribute_of_the_source() -> None:
    text = "Nach Angaben der in Springfield, Illinois, ansässigen Firma soll das neue Auto im Mai fertig werden."
    p = find(text, "das neue Auto")
    assert p.quote.startswith("soll das neue Auto")
    assert (p.speaker, p.speaker_mention) == ("Firma", "Angaben der in Springfield, Illinois, ansässigen Firma")
    text = "Der Autohersteller Hansa Motors kündigte den Bau eines Elektroautos an. " + text
    assert find(text, "das neue Auto").speaker == "Hansa Motors"


# -- "…, und einige Fotografen hätten …": a clause joined with "und" is no complement of the verb before --------


def test_a_clause_joined_with_und_is_no_complement_of_the_verb_before() -> None:
    text = (
        "Nach Angaben eines Mitarbeiters hätten die Redakteure im Keller einen Platz gefunden, und einige "
        "Fotografen hätten dort sogar geschlafen."
    )
    p = find(text, "sogar geschlafen")
    assert p.quote.startswith("hätten die Redakteure")
    assert (p.speaker, p.speaker_mention) == ("Mitarbeiter", "Angaben eines Mitarbeiters")
    text = "Die Feuerwehr erklärte, und die Polizei bestätigte, der Brand sei gelegt worden."
    p = find(text, "Brand sei gelegt")
    assert (p.quote, p.speaker) == ("der Brand sei gelegt worden", "Polizei")


# -- "wies am Mittwoch Berichte zurück, wonach …": a rejected report's content is not the rejecter's -------------


def test_a_rejected_report_after_a_time_word_or_with_its_topic_is_not_the_rejecters() -> None:
    text = "Das Ministerium wies am Mittwoch Berichte der Zeitung „Die Welt“ zurück, wonach der Minister gehen wolle."
    p = find(text, "Minister gehen wolle")
    assert (p.speaker, p.speaker_mention) == ("Die Welt", "Berichte der Zeitung „Die Welt“")
    text = (
        "Der Verein hat Berichte über einen Verkauf des Stadions zurückgewiesen, wonach der Vertrag schon fertig sei."
    )
    p = find(text, "Vertrag schon fertig")
    assert (p.speaker, p.speaker_mention) == (None, "Berichte")
    text = "Die Stadt wies Spekulationen um die Zukunft des Hallenbads zurück, wonach es im Herbst schließe."
    assert find(text, "im Herbst schließe").speaker is None


# -- "Greenpeace, aber auch andere Verbände riefen auf, …": the subject named first speaks ------------------------


def test_a_subject_joined_by_aber_auch_is_named_by_its_first_part() -> None:
    text = (
        "Die Gewerkschaft Verdi, aber auch andere Verbände hatten dazu aufgerufen, am Montag die Arbeit niederzulegen."
    )
    p = find(text, "Arbeit niederzulegen")
    assert (p.speaker, p.speaker_mention) == ("Gewerkschaft Verdi", "Die Gewerkschaft Verdi")
    text = "Der Bürgermeister Tim Haas, aber auch viele Stadträte kritisierten, der Plan sei zu teuer."
    assert find(text, "zu teuer").speaker == "Tim Haas"


# -- "die französische „Allianz für das Klima“": adjectives before a quoted name are none of the name ------------


def test_adjectives_before_a_quoted_name_are_not_part_of_the_speaker() -> None:
    text = "Die französische „Allianz für das Klima“ hatte dazu aufgerufen, am Montag die Arbeit niederzulegen."
    assert find(text, "Arbeit niederzulegen").speaker == "Allianz für das Klima"
    text = "Die britische „Times“ berichtete, der Premier wolle zurücktreten."
    assert find(text, "zurücktreten").speaker == "Times"


# -- "unter Berufung auf nicht näher bezeichnete Kreise": a participle before its noun is no verb -----------------


def test_a_participle_before_its_noun_neither_cues_nor_negates_the_sentence() -> None:
    text = "Unter Berufung auf nicht näher bezeichnete Kreise meldete die Zeitung, der Minister sei entlassen worden."
    p = find(text, "entlassen worden")
    assert (p.quote, p.speaker) == ("der Minister sei entlassen worden", "Zeitung")
    text = "Gestützt auf nicht weiter bezeichnete Dokumente teilte die Agentur mit, der Vertrag sei unterschrieben."
    assert find(text, "unterschrieben").speaker == "Agentur"
    text = "Der Minister sei entlassen worden. Das berichteten Medien am Montag."
    assert [p.speaker for p in detect(text)] == ["Medien"]
    text = "Weiter sagte Brenner: „Wir prüfen alle Daten.“"
    assert find(text, "alle Daten").rule == "direct-cue-before"
    text = "Der Zeitung gegenüber sagte Karl Vogt, die Lage sei ernst."
    assert find(text, "Lage sei ernst").speaker == "Karl Vogt"


# -- "Uta Sommer … Die Schauspielerin klagte": an occupation names the person named last ---------------------------


def test_an_occupation_names_the_person_named_last_without_another_role() -> None:
    intro = "Eine Creme, die von Uta Sommer vertrieben wird, fiel im Test durch. "
    text = intro + "Die Schauspielerin sagte, der Test sei unfair."
    p = find(text, "Test sei unfair")
    assert (p.speaker, p.speaker_mention) == ("Uta Sommer", "Die Schauspielerin")
    text = "Bürgermeister Tim Haas eröffnete das Fest. Der Sänger sagte, er freue sich auf den Abend."
    assert find(text, "auf den Abend").speaker == "Sänger"


# -- "ein Brief der Behörde, in dem sie informiert wird, dass …": the document tells, not the one told ------------


def test_a_passive_in_a_documents_relative_clause_is_the_documents_statement() -> None:
    intro = "Die Anwältin Eva Brand zeigte einen Brief der Behörde, "
    text = intro + "in dem sie informiert wird, dass ihr Antrag abgelehnt wurde."
    p = find(text, "Antrag abgelehnt")
    assert (p.speaker, p.speaker_mention) == ("Brief der Behörde", "einen Brief der Behörde")
    text = intro + "in dem ihr mitgeteilt wird, dass ihr Antrag abgelehnt wurde."
    assert find(text, "Antrag abgelehnt").speaker == "Brief der Behörde"
    text = "In der Sitzung, in der lange gestritten wurde, wurde beschlossen, dass das Bad schließt."
    assert find(text, "Bad schließt").speaker is None
