"""Classes of errors found by reading the detector's output on German news written for the purpose (sport with
scores, court, business, science, local politics, weather, culture, agency copy, interviews, titles and dashes):
one test (at least) per class, each with sentences of our own."""

from __future__ import annotations

from quotetool.detect import detect

from .detect_helpers import find

# -- a score or a clock time before the dot ("mit 27:28.") is no ordinal: the sentence ends there ---------------------


def test_a_number_after_a_colon_and_digits_ends_the_sentence() -> None:
    for text, name in (
        ("Die Gäste verloren in Kerbach mit 27:28. Trainerin Ute Falbe sagte: „Wir haben gekämpft.“", "Ute Falbe"),
        ("Das Derby endete 2:1. Trainer Ole Brandis sagte, der Sieg sei verdient.", "Ole Brandis"),
        ("Der letzte Zug fuhr um 23:40. Ein Sprecher der Bahn sagte, er sei pünktlich gewesen.", "Sprecher der Bahn"),
    ):
        (p,) = detect(text)
        assert p.speaker == name, (text, p.speaker)


def test_an_ordinal_before_a_month_still_continues_the_sentence() -> None:
    text = "Am 3. März sagte Trainer Ole Brandis, der Kader stehe fest."
    assert find(text, "Kader").speaker == "Ole Brandis"


# -- "van" after a given name opens a Dutch surname, also after a given name the lexicon does not know ------------


def test_van_after_an_unknown_given_name_is_part_of_the_name() -> None:
    text = "Das Team verlor erneut. Teamchef Piet van Lommel sagte, man hoffe auf das nächste Rennen."
    assert find(text, "nächste Rennen").speaker == "Piet van Lommel"
    text = "Joost van der Heiden sagte, die Saison sei gelaufen."
    assert find(text, "Saison").speaker == "Joost van der Heiden"


def test_von_after_a_surname_is_still_a_preposition() -> None:
    text = "Trainer Mertens von der Eintracht sagte, der Kader stehe."
    assert find(text, "Kader").speaker != "Mertens von der Eintracht"


# -- "&" joins the words of a firm's name ("Hellmann & Co.") ------------------------------------------------------


def test_an_ampersand_between_capitalised_words_keeps_a_firms_name_whole() -> None:
    text = "Analystin Vera Kolb von der Bank Dressler & Co. sagte, die Prognose sei enttäuschend."
    assert find(text, "Prognose").speaker == "Vera Kolb"
    text = "Das Bankhaus Dressler & Söhne teilte mit, es werde die Filiale schließen."
    assert find(text, "Filiale").speaker == "Bankhaus Dressler & Söhne"
    text = "Anna Kolb von der Wendt GmbH & Co. KG sagte, die Aufträge gingen zurück."
    assert find(text, "Aufträge").speaker == "Anna Kolb"


# -- "a.D.", "i.R." after a role: a part of the title, not the name --------------------------------------------------


def test_a_retirement_marker_after_the_role_is_no_name() -> None:
    for text in (
        "Polizeipräsident a.D. Gerd Amsel sagte, die Reform spare an der falschen Stelle.",
        "Landrat a. D. Gerd Amsel sagte, die Reform spare an der falschen Stelle.",
        "Pfarrer i.R. Gerd Amsel sagte, die Reform spare an der falschen Stelle.",
    ):
        assert find(text, "Reform").speaker == "Gerd Amsel", text


def test_a_retirement_marker_at_the_end_of_a_role_phrase_names_no_one() -> None:
    text = "Der Polizeipräsident a.D. sagte, die Reform spare an der falschen Stelle."
    assert find(text, "Reform").speaker != "a.D"


# -- a finite verb in the indicative after the cue's comma: the subject's next predicate, no complement -------------


def test_a_second_predicate_after_the_cues_comma_is_no_statement() -> None:
    for text in (
        "Ein Sprecher des Konzerns bestätigte die Berichte, wollte aber keine Einzelheiten nennen.",
        "Die Polizei bestätigte den Einsatz, nannte aber keine Zahlen.",
        "Der Vorstand teilte die Zahlen mit, war aber zu keiner Prognose bereit.",
    ):
        assert detect(text) == [], text


def test_a_cue_in_the_second_predicate_keeps_its_own_complement() -> None:
    text = "Die Ministerin lobte den Entwurf, sagte aber, er komme zu spät."
    p = find(text, "zu spät")
    assert (p.quote, p.speaker) == ("er komme zu spät", "Ministerin")


def test_a_clause_in_the_konjunktiv_after_the_comma_is_still_the_statement() -> None:
    text = "Der Sprecher bestätigte, es habe einen zweiten Unfall gegeben."
    assert find(text, "Unfall").quote == "es habe einen zweiten Unfall gegeben"
    text = "Der Kämmerer sagte, wolle die Stadt sparen, müsse sie das Bad schließen."
    assert "müsse sie das Bad schließen" in find(text, "Bad").quote


# -- an introduction before a colon: "vom …" inside its subject is no source; title dots count as no words -------------


def test_the_subject_of_an_introduction_keeps_its_vom_phrase() -> None:
    text = "Jana Pohl vom Landesbund für Vogelschutz ist besorgt: Die Zahl der Kiebitze sei stark gesunken."
    p = find(text, "Kiebitze")
    assert (p.quote, p.speaker) == ("Die Zahl der Kiebitze sei stark gesunken", "Jana Pohl")


def test_a_reaction_from_someone_before_a_colon_is_still_theirs() -> None:
    text = "Widerspruch kam am Dienstag von den Grünen: Der Plan sei unsozial."
    assert find(text, "unsozial").speaker == "Grünen"
    text = "Der Landrat erhielt Rückendeckung vom Kreistag: Die Klinik müsse erhalten bleiben."
    assert find(text, "Klinik").speaker == "Kreistag"


def test_a_long_titled_subject_still_makes_a_short_introduction() -> None:
    text = (
        "Biologin Dr. Jana Pohl-Severin vom Landesbund für Vogelschutz ist besorgt: Die Zahl der Kiebitze sei "
        "stark gesunken. Schuld sei vor allem die Trockenheit."
    )
    p = find(text, "Kiebitze")
    assert (p.quote, p.speaker) == ("Die Zahl der Kiebitze sei stark gesunken", "Jana Pohl-Severin")


# -- labelled answers ("A: …") after a lead that announces an interview with one person ------------------------------

_LEAD_INTERVIEW = (
    "{lead}\n\n"
    "F: Wird das Bauen wieder billiger?\n\n"
    "A: Kaum. Die Zinsen bleiben hoch, und Material ist knapp.\n\n"
    "F: Was raten Sie jungen Familien?\n\n"
    "A: Geduld, und genau rechnen."
)


def test_answers_after_a_lead_announcing_an_interview_are_the_interviewees() -> None:
    for lead in (
        "Der Architekt Malte Brösel über die Lage am Bau.",
        "Die Ökonomin Dr. Ines Kavaliauskas im Gespräch.",
        "Bauunternehmer Malte Brösel spricht über die Lage am Bau.",
        "Der Architekt Malte Brösel ueber die Lage am Bau.",  # (agency copy without umlauts)
        "Die Oekonomin Ines Kavaliauskas im Gespraech.",
    ):
        text = _LEAD_INTERVIEW.format(lead=lead)
        assert find(text, "Zinsen bleiben hoch").speaker in ("Malte Brösel", "Ines Kavaliauskas"), lead


def test_a_lead_that_reports_on_someone_makes_no_interview() -> None:
    for lead in (
        "Bauministerin Carla Wendt hat am Montag über die Förderung informiert.",
        "Was ändert sich bei der Förderung? Ein Überblick von Malte Brösel.",
    ):
        assert detect(_LEAD_INTERVIEW.format(lead=lead)) == [], lead


# -- an academic title alone does not describe the person: "Dr. Eva Roth … sagte die Ärztin" --------------------------


def test_a_person_named_with_a_title_only_is_still_called_by_an_occupation() -> None:
    text = "Dr. med. Jörg Brakel vom Gesundheitsamt riet zur Impfung. „Es ist noch nicht zu spät“, sagte der Amtsarzt."
    assert find(text, "nicht zu spät").speaker == "Jörg Brakel"
    text = "Prof. Dr. Eva Brakel sprach über Allergien. „Der Frühling wird hart“, sagte die Ärztin."
    assert find(text, "Frühling").speaker == "Eva Brakel"


def test_a_person_given_a_role_is_not_the_unnamed_doctor() -> None:
    text = (
        "Bürgermeisterin Dr. Eva Brakel eröffnete die Praxis. „Der Bedarf ist groß“, sagte die Ärztin, die dort "
        "arbeiten wird."
    )
    assert find(text, "Bedarf").speaker != "Eva Brakel"


# -- a short capitalised first part of a split quotation is no title: „Die Stadt“, so X, „braucht …“ ----------------


def test_a_short_first_part_of_a_split_quotation_is_speech() -> None:
    for text, speaker in (
        ("„Der Angeklagte“, so Richter Udo Kernbach, „hat seine Kunden getäuscht.“", "Udo Kernbach"),
        ("„Die Stadt“, sagte Bürgermeisterin Lea Wurm, „braucht dringend Wohnungen.“", "Lea Wurm"),
    ):
        p = find(text, "Der Angeklagte" if "Angeklagte" in text else "Die Stadt")
        assert (p.rule, p.speaker) == ("direct-split", speaker), text


def test_a_title_inside_a_clause_before_a_split_stays_a_title() -> None:
    text = "Er las „Die Blechtrommel“, sagte Lea Wurm, „und danach lange nichts mehr“."
    assert [p.quote for p in detect(text)] == ["und danach lange nichts mehr"]
    text = "Der Film „Das Boot“, der im Kino lief, gewann drei Preise."
    assert detect(text) == []


# -- a double surname whose second part is a role noun ("Fröhlich-Bauer") is the person's, also for "sie" later ------


def test_a_double_surname_ending_in_a_role_noun_stays_whole() -> None:
    for name, pronoun in (
        ("Angelika Fröhlich-Bauer", "sie"),
        ("Jan Schulze-Richter", "er"),
        ("Tanja Wendel-Koch", "sie"),
    ):
        text = f"Vereinschef Dr. {name} sieht den Plan kritisch. „Das ist zu wenig“, sagte {pronoun}."
        assert find(text, "zu wenig").speaker == name, name


def test_a_role_compound_with_a_hyphen_after_a_name_is_no_surname() -> None:
    text = "Anna Weller, Vize-Präsidentin des Verbands, sieht den Plan kritisch. „Das ist zu wenig“, sagte sie."
    assert find(text, "zu wenig").speaker == "Anna Weller"
    text = "Die SPD-Bürgermeisterin Eva Rautmann sieht den Plan kritisch. „Das ist zu wenig“, sagte sie."
    assert find(text, "zu wenig").speaker == "Eva Rautmann"


# -- a technical occupation names the person with a title only who was named just before --------------------------


def test_der_statiker_is_the_titled_person_named_before() -> None:
    text = (
        "Prof. Dr.-Ing. Holger Wendisch von der Hochschule Talburg hält die Brücke für sicher. Es gebe keinen Grund "
        "zur Sorge, sagte der Statiker."
    )
    assert find(text, "keinen Grund").speaker == "Holger Wendisch"


def test_der_statiker_with_no_one_named_before_is_a_role() -> None:
    text = "Die Brücke wurde am Montag geprüft. Es gebe keinen Grund zur Sorge, sagte der Statiker."
    assert find(text, "keinen Grund").speaker == "Statiker"


# -- "Der"/"Die" alone before a speech verb at the sentence start: a demonstrative pronoun, the person just named ----


def test_der_before_a_speech_verb_is_the_person_just_named() -> None:
    text = "Die Sprecherin übergab die Liste an Landrat Rainer Gottwald. Der versprach, die Pläne zu prüfen."
    assert find(text, "Pläne").speaker == "Rainer Gottwald"
    text = "Der Trainer rief Sabine Sommerfeld an. Die sagte, sie bleibe beim Verein."
    assert find(text, "beim Verein").speaker == "Sabine Sommerfeld"


def test_der_as_an_article_or_a_relative_pronoun_is_no_demonstrative() -> None:
    text = "Der Zeuge, der sagte, er habe nichts gesehen, ging."
    assert find(text, "nichts gesehen").speaker == "Zeuge"
    text = "Die Grünen trafen Landrat Rainer Gottwald. Die sagten, man werde die Pläne prüfen."
    assert find(text, "Pläne").speaker != "Rainer Gottwald"
    # a weak past form before a noun is the noun's adjective: "Der erklärte Gegner", "Die bekannte Sängerin"
    text = "Die Gemeinde stritt. Der erklärte Gegner der Reform sagte, sie sei falsch."
    assert find(text, "sei falsch").speaker == "Gegner der Reform"
    text = "Landrat Rainer Gottwald kam. Die bekannte Sängerin sagte, das Fest sei schön gewesen."
    assert find(text, "Fest sei").speaker == "bekannte Sängerin"


# -- "Ja, …"/"Nein, …" before the cue is the answer given, not its speaker -----------------------------------------


def test_an_answer_word_before_the_cue_is_no_speaker() -> None:
    text = "Nein, sagte Ministerin Katja Oberle, sie sehe dafür keinen Anlass."
    assert find(text, "keinen Anlass").speaker == "Katja Oberle"
    text = "Ja, sagte der Vorsitzende, man werde den Antrag prüfen."
    assert find(text, "Antrag").speaker == "Vorsitzende"


# -- "wurde X gefragt, ob …": the passive's subject is the one asked; without an agent the question has no speaker ----


def test_a_question_put_to_someone_in_the_passive_is_nobodys_statement() -> None:
    text = (
        "Richter Volker Brandis sprach lange. In der Pause wurde Verteidiger Olaf Stengel gefragt, ob sein Mandant "
        "in Revision gehen werde."
    )
    p = find(text, "Revision")
    assert (p.rule, p.speaker) == ("impersonal-clause", None)


def test_a_question_put_by_a_named_agent_or_a_future_statement_keeps_its_speaker() -> None:
    text = "Am Montag wurde die Ministerin von Journalisten gefragt, ob sie zurücktreten werde."
    assert find(text, "zurücktreten").speaker == "Journalisten"
    text = "Am Montag wird die Ministerin erklären, dass sie zurücktritt."
    assert find(text, "zurücktritt").speaker == "Ministerin"


def test_a_condition_opening_with_its_verb_after_the_cue_is_still_the_statement() -> None:
    text = "Der Betriebsrat warnte, wird das Werk geschlossen, verlieren 200 Menschen ihre Arbeit."
    p = find(text, "200 Menschen")
    assert (p.quote, p.speaker) == ("wird das Werk geschlossen, verlieren 200 Menschen ihre Arbeit", "Betriebsrat")
