"""Classes of errors found in quality round 3, second pass (detector version 10): one test (at least) per
class, each with sentences of our own."""

from __future__ import annotations

from quotetool.detect import detect

from .detect_helpers import find

# -- Konjunktiv forms that are also adjectives or pronouns ("reiche", "weise") ------------------------------


def test_ambiguous_konjunktiv_after_a_singular_subject_marks_reported_speech() -> None:
    p = find("Der Kämmerer sagte, das Budget reiche nicht bis zum Herbst.", "das Budget")
    assert p.quote == "das Budget reiche nicht bis zum Herbst"
    assert p.speaker == "Kämmerer"
    p = find("Die Reederei erklärte, sie weise jede Verantwortung zurück.", "jede Verantwortung")
    assert p.quote == "sie weise jede Verantwortung zurück"


def test_ambiguous_konjunktiv_forms_before_a_noun_or_after_polite_sie_stay_adjectives() -> None:
    assert detect("Der Fonds fördert reiche und arme Gemeinden gleichermaßen.") == []
    assert detect("Die Bank verteilt auf diese Weise mehr Kredite an kleine Firmen.") == []
    assert detect("Nennen Sie bitte Ihren Namen und Ihre Anschrift.") == []


# -- a frame whose source role is named in an apposition ----------------------------------------------------


def test_frame_source_named_in_an_apposition_is_the_person() -> None:
    text = "Nach Angaben der Leiterin des Tierheims, Carla Wendt, seien alle Hunde vermittelt worden."
    p = find(text, "alle Hunde")
    assert p.speaker == "Carla Wendt"
    assert p.quote == "seien alle Hunde vermittelt worden"
    text = (
        "Die Umgehungsstraße ist nach Ansicht des Vorsitzenden des Bauausschusses, Tobias Renner, zu teuer. "
        "Er sagte, die Stadt könne sich das nicht leisten."
    )
    assert find(text, "zu teuer").speaker == "Tobias Renner"
    assert find(text, "nicht leisten").speaker == "Tobias Renner"


def test_frame_source_role_before_a_relative_clause_stays_the_role() -> None:
    text = "Nach Angaben des Sprechers, der den Einsatz leitete, seien drei Menschen verletzt worden."
    p = find(text, "drei Menschen")
    assert p.speaker == "Sprecher"
    assert p.quote == "seien drei Menschen verletzt worden"


# -- "erklärte er Reportern": the pronoun is the subject, the noun after it the addressee ---------------------


def test_pronoun_after_the_verb_is_the_speaker_not_the_addressee() -> None:
    text = (
        "Die Trainerin Lena Vogt verließ das Stadion früh. "
        "Am Ausgang erklärte sie Journalisten, die Mannschaft habe zu wenig gekämpft."
    )
    p = find(text, "zu wenig gekämpft")
    assert p.speaker == "Lena Vogt"
    assert p.speaker_mention == "sie"
    text = "Der Bürgermeister Ralf Moser kam zu spät. Danach sagte er Anwohnern, die Straße werde bald gesperrt."
    assert find(text, "bald gesperrt").speaker == "Ralf Moser"


# -- a coordinated subject that ran over the object's name ---------------------------------------------------


def test_coordinated_subject_stops_before_the_objects_name() -> None:
    text = "Am Freitag warfen die Niederlande und Belgien Luxemburg vor, die Grenzkontrollen zu verschärfen."
    p = find(text, "Grenzkontrollen")
    assert p.speaker == "Niederlande und Belgien"
    assert p.speaker_mention == "die Niederlande und Belgien"


def test_coordination_with_a_full_personal_name_stays_whole() -> None:
    text = "Die Grünen und Renate Albers forderten, den Park zu erhalten."
    assert find(text, "den Park").speaker == "Grünen und Renate Albers"


# -- outlets and agencies written in lower case ------------------------------------------------------------


def test_lower_case_outlet_or_agency_is_a_speaker() -> None:
    text = "Die taz berichtet, dass der Verkehrsminister seinen Rücktritt vorbereite."
    p = find(text, "seinen Rücktritt")
    assert p.speaker == "taz"
    text = "Der Streit dauert an. Die Nachrichtenagentur dpa meldete, die Gespräche seien abgebrochen worden."
    assert find(text, "abgebrochen").speaker_mention == "Die Nachrichtenagentur dpa"


# -- two sources joined by "und" inside a frame ----------------------------------------------------------------


def test_frame_with_two_sources_keeps_both_out_of_the_statement() -> None:
    text = "Nach Angaben von Polizei und Bergwacht wurden zwei Wanderer verletzt."
    p = find(text, "zwei Wanderer")
    assert p.quote == "wurden zwei Wanderer verletzt"
    assert p.speaker == "Polizei und Bergwacht"
    text = "Laut Stadtwerken und Feuerwehr ist die Leitung wieder dicht."
    assert find(text, "wieder dicht").quote == "ist die Leitung wieder dicht"


def test_frame_before_a_coordinated_clause_keeps_one_source() -> None:
    text = "Nach Angaben der Polizei wurden zwei Wanderer verletzt und drei Hütten beschädigt."
    p = find(text, "zwei Wanderer")
    assert p.speaker == "Polizei"
    assert p.quote == "wurden zwei Wanderer verletzt und drei Hütten beschädigt"


# -- an agency dateline before the first sentence's subject --------------------------------------------------


def test_subject_after_a_dateline_is_the_antecedent_of_er() -> None:
    for opening in ("Hamburg (dpa) – ", "HANNOVER – ", "Frankfurt am Main (AFP) - "):
        text = opening + "Die Senatorin hat den Haushalt verteidigt. Er sei solide, sagte sie."
        p = find(text, "Er sei solide")
        assert p.speaker == "Senatorin", opening


def test_statement_in_the_dateline_sentence_keeps_its_speaker_and_span() -> None:
    text = "Hamburg (dpa) – Die Senatorin sagte am Montag, der Haushalt sei solide."
    p = find(text, "der Haushalt")
    assert p.speaker == "Senatorin"
    assert p.quote == "der Haushalt sei solide"


# -- "Verband" is no medium (media_nouns.txt has "band") ----------------------------------------------------


def test_an_association_before_an_object_is_the_speaker_not_an_addressee() -> None:
    text = "Die Ernte sei schlecht, beschrieb der Bauernverband die Lage."
    p = find(text, "Die Ernte")
    assert p.speaker == "Bauernverband"


def test_a_newspaper_before_the_speaker_is_still_the_addressee() -> None:
    text = "Die Ernte sei schlecht, sagte der Zeitung die Landwirtin Eva Kühn."
    assert find(text, "Die Ernte").speaker == "Eva Kühn"


# -- a narrated main clause after "und" / ", doch" ends the report ----------------------------------------------


def test_report_ends_where_the_narrator_goes_on_in_the_past_indicative() -> None:
    text = "Die Verteidigerin betonte, ihr Mandant sei unschuldig, doch das Gericht ließ sich nicht überzeugen."
    assert find(text, "unschuldig").quote == "ihr Mandant sei unschuldig"
    text = "Der Stadtrat kritisierte, die Verwaltung habe Fristen versäumt und die Fraktion im Landtag verlangte Akten."
    assert find(text, "Fristen").quote == "die Verwaltung habe Fristen versäumt"
    text = "Der Konzern kündigte an, das Werk werde geschlossen, allerdings nannte er keinen Termin."
    assert find(text, "das Werk").quote == "das Werk werde geschlossen"


def test_report_goes_on_through_a_coordinated_konjunktiv_or_an_ambiguous_plural() -> None:
    text = "Die Verteidigerin sagte, ihr Mandant sei unschuldig und die Zeugen hätten gelogen."
    assert find(text, "unschuldig").quote == "ihr Mandant sei unschuldig und die Zeugen hätten gelogen"
    text = "Kritiker sagten, die Regierung habe versagt und die Bürger zahlten die Rechnung."
    assert find(text, "versagt").quote == "die Regierung habe versagt und die Bürger zahlten die Rechnung"


# -- reflexive uses of speech verbs ("sich befinden", "sich herausstellen") ------------------------------------


def test_reflexive_befinden_and_herausstellen_are_no_cues() -> None:
    assert detect("Am Abend hatte sich herausgestellt, dass niemand verletzt worden war.") == []
    text = "Die Zeitung meldet, der Kapitän, der sich tagelang an Bord befunden hatte, sei wohlauf."
    p = find(text, "wohlauf")
    assert p.speaker == "Zeitung"
    assert p.quote == "der Kapitän, der sich tagelang an Bord befunden hatte, sei wohlauf"
    text = "Eine Reporterin der Agentur (dpa) befand sich am Hafen und berichtet, dass zwei Boote gesunken seien."
    assert find(text, "zwei Boote").speaker == "Reporterin der Agentur (dpa)"


def test_non_reflexive_befinden_and_herausstellen_still_report() -> None:
    assert find("Das Schiedsgericht hat befunden, der Vertrag sei nichtig.", "nichtig").speaker == "Schiedsgericht"
    assert find("Die Ministerin stellte heraus, dass die Reform wirke.", "Reform").speaker == "Ministerin"


# -- a long relative clause on the reported clause's subject ---------------------------------------------------


def test_konjunktiv_after_a_long_relative_clause_on_the_subject_is_found() -> None:
    text = (
        "Das Magazin meldet, die Sängerin, die sich nach einem schweren Unfall auf einer Tournee durch mehrere "
        "Länder Südamerikas lange erholen musste, habe ihr Comeback abgesagt."
    )
    p = find(text, "Comeback")
    assert p.speaker == "Magazin"
    assert p.quote.startswith("die Sängerin, die sich")
    assert p.quote.endswith("habe ihr Comeback abgesagt")


# -- participles of speech verbs as set adverbials ("wie erwartet", "offen gesagt") ---------------------------


def test_participle_adverbials_are_no_cues() -> None:
    assert detect("Wie erwartet siegte die Titelverteidigerin, die Gegnerinnen hätten keine Chance gehabt.") == []
    for p in detect("Ehrlich gesagt war der Abend lang, die Gäste seien müde gewesen."):
        assert p.cue != "gesagt"


def test_the_same_participle_with_a_complement_still_reports() -> None:
    text = "Die Aufsicht hatte offen gesagt, dass die Bank zu wenig Kapital habe."
    assert find(text, "zu wenig Kapital").speaker == "Aufsicht"
    text = "Die Ökonomen hatten erwartet, dass die Zinsen sinken."
    assert find(text, "die Zinsen").speaker == "Ökonomen"


# -- "er"/"sie" after a sentence whose subject is a role: the role, not a person named long before -------------


def test_pronoun_after_a_role_subject_is_that_role() -> None:
    text = (
        "Der Angeklagte Jonas Falk schwieg den ganzen Vormittag.\n\n"
        "Die Verhandlung wurde am Nachmittag fortgesetzt. Der Staatsanwalt befragte eine Nachbarin. "
        "Er sagte danach, die Aussage sei glaubwürdig."
    )
    p = find(text, "glaubwürdig")
    assert p.speaker == "Staatsanwalt"


def test_pronoun_after_a_sentence_that_names_the_person_keeps_the_person() -> None:
    text = "Der Staatsanwalt Carl Berger befragte eine Nachbarin. Er sagte danach, die Aussage sei glaubwürdig."
    assert find(text, "glaubwürdig").speaker == "Carl Berger"


# -- company names with a legal form ----------------------------------------------------------------------------


def test_company_with_a_legal_form_is_an_organisation_and_the_antecedent_of_sie() -> None:
    text = "Die Nordwerft Logistik GmbH hat Kurzarbeit angemeldet. Sie teilte mit, die Löhne würden weiter gezahlt."
    p = find(text, "die Löhne")
    assert p.speaker == "Nordwerft Logistik GmbH"
    text = "Die Seeberg AG erklärte am Montag, der Gewinn sei gestiegen."
    assert find(text, "der Gewinn").speaker == "Seeberg AG"


# -- an abstract noun after a role is its object, no name ------------------------------------------------------


def test_abstract_noun_after_a_role_is_no_person() -> None:
    text = (
        "Die Gründerin Lea Sommer kam spät zur Sitzung. Am Ende beantragte der Vorstand Insolvenz. "
        "Sie sagte, die Gläubiger seien informiert."
    )
    assert find(text, "Gläubiger").speaker == "Lea Sommer"


# -- "In dem Bericht steht, dass …": the document is the source ------------------------------------------------


def test_steht_after_a_document_reports_it() -> None:
    text = "In einem Gutachten der Landesbank steht, dass die Rücklagen nicht reichen."
    p = find(text, "Rücklagen")
    assert p.quote == "die Rücklagen nicht reichen"
    assert p.speaker is not None and "Gutachten" in p.speaker
    text = "Auf der Internetseite des Vereins stand, der Trainer sei entlassen worden."
    assert "Internetseite" in (find(text, "entlassen").speaker or "")


def test_steht_without_a_document_is_no_cue() -> None:
    assert detect("Im Flur steht, dass hier niemand parken darf.") == []
    assert detect("Der Termin steht, die Halle ist gebucht.") == []


# -- "sagte der Sprecher der dpa": the agency after the subject is the addressee ------------------------------


def test_agency_after_the_inverted_subject_is_the_addressee() -> None:
    text = "Die Brücke bleibe gesperrt, sagte ein Sprecher der Stadtwerke der dpa."
    assert find(text, "Brücke").speaker == "Sprecher der Stadtwerke"
    text = "Die Brücke bleibe gesperrt, sagte die Bürgermeisterin der Deutschen Presse-Agentur."
    assert find(text, "Brücke").speaker == "Bürgermeisterin"


def test_agency_in_a_subject_before_the_verb_is_its_employer() -> None:
    text = "Eine Reporterin der dpa berichtete, die Brücke sei gesperrt."
    assert find(text, "Brücke").speaker == "Reporterin der dpa"


# -- "um … zu erklären" written apart: the actor of the main clause speaks --------------------------------------


def test_purpose_clause_with_zu_apart_takes_the_main_subject() -> None:
    text = "Die Senatorin lud zur Pressekonferenz, um dort zu erklären, dass die Schulen öffnen."
    assert find(text, "Schulen").speaker == "Senatorin"


def test_das_unternehmen_refers_to_the_company_named_with_its_legal_form() -> None:
    text = (
        "Der Vorstand der Lindner Stahl AG, Ole Hansen, legte die Bilanz vor. "
        "Das Unternehmen erklärte, der Gewinn habe sich verdoppelt."
    )
    assert find(text, "verdoppelt").speaker == "Lindner Stahl AG"
    assert find("Das Unternehmen erklärte, der Gewinn habe sich verdoppelt.", "verdoppelt").speaker == "Unternehmen"


# -- a club's or party's number inside its name -----------------------------------------------------------------


def test_number_in_a_club_or_party_name_is_part_of_the_speaker() -> None:
    assert find("Hannover 96 teilte mit, der Trainer sei entlassen.", "Trainer").speaker == "Hannover 96"
    text = "Die Linke und Bündnis 90 erklärten, das Gesetz sei gescheitert."
    assert find(text, "Gesetz").speaker == "Linke und Bündnis 90"


def test_number_after_an_article_of_law_or_a_rank_is_no_name() -> None:
    text = "Nach Artikel 20 sei das verboten, sagte die Richterin."
    assert find(text, "verboten").speaker == "Richterin"
    text = "Der Verein belegt Platz 12 und teilte mit, der Trainer sei entlassen."
    assert find(text, "Trainer").speaker == "Verein"


# -- "X legte seine Bilanz vor. Demnach …": the publisher is the source ---------------------------------------


def test_demnach_after_a_company_publishing_figures_is_the_companys_report() -> None:
    text = "Bosch legte am Dienstag seine Jahresbilanz vor. Demnach stieg der Umsatz um vier Prozent."
    p = find(text, "Umsatz")
    assert p.speaker == "Bosch"


def test_demnach_after_a_sentence_that_publishes_nothing_has_no_named_source() -> None:
    text = "Bosch baute am Dienstag ein neues Werk. Demnach stieg der Umsatz um vier Prozent."
    assert find(text, "Umsatz").speaker is None


def test_named_body_with_its_article_opening_the_sentence_is_its_subject() -> None:
    text = "Die Hamburger Reederei Nordlicht veröffentlichte neue Zahlen. Danach sank die Fracht um ein Drittel."
    assert find(text, "Fracht").speaker == "Hamburger Reederei Nordlicht"
