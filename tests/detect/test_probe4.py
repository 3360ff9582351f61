"""Classes of errors found by reading the detector's output on German news texts written for the purpose (sport,
politics, police, business, court, science, local news, agency copy, interviews): one test (at least) per class,
each with sentences of our own."""

from __future__ import annotations

from .detect_helpers import find, quotes

# -- "gab … zu bedenken", "gab … zu verstehen", "gab … zu Protokoll", "schob … nach": cues read like particle verbs --


def test_geben_with_zu_and_a_particle_word_is_a_speech_cue() -> None:
    text = (
        "Der Physiker Henrik Sandvoss von der TU Nordstadt hält die Studie für vielversprechend. "
        "„Im Labor funktioniert vieles, was im großen Maßstab scheitert“, gab Sandvoss zu bedenken."
    )
    assert find(text, "Im Labor").speaker == "Henrik Sandvoss"
    text = "Die Kassiererin Jana Pohl wurde als Zeugin gehört. Sie gab zu Protokoll, der Mann habe eine Maske getragen."
    p = find(text, "Maske")
    assert p.quote == "der Mann habe eine Maske getragen"
    assert p.speaker == "Jana Pohl"
    text = "Der Trainer gab seinem Kapitän zu verstehen, dass er am Samstag in Grünstadt nicht spielen werde."
    assert find(text, "nicht spielen").speaker == "Trainer"
    text = "Die Ministerin Karla Hein hatte zu bedenken gegeben, dass die Mittel knapp seien."
    assert find(text, "Mittel knapp").speaker == "Karla Hein"


def test_schob_nach_closes_a_statement_like_fuegte_hinzu() -> None:
    text = "Trainerin Petra Holm war zufrieden. „Das war erst der Anfang“, schob die 41-Jährige nach."
    assert find(text, "erst der Anfang").speaker == "Petra Holm"


def test_zu_verstehen_in_an_infinitive_after_a_comma_is_no_cue() -> None:
    assert quotes("Der Kapitän gab den Ball ab, um das Spiel besser zu verstehen.") == []


# -- "die 52-Jährige" after a sentence whose subject is an unnamed role: that role, not a person named before -------


def test_an_age_noun_refers_to_the_unnamed_role_of_the_sentence_before() -> None:
    text = (
        "Oberstaatsanwältin Miriam Berger sprach von einer grausamen Tat. "
        "Im Prozess um den Betrug mit Corona-Tests hat die Hauptangeklagte ihre Unschuld beteuert. "
        "„Ich habe von nichts gewusst“, sagte die 52-Jährige am Mittwoch vor dem Amtsgericht."
    )
    assert find(text, "nichts gewusst").speaker == "Hauptangeklagte"
    text = (
        "Sein Verteidiger, Rechtsanwalt Dr. Klaus Wendt, kündigte Widerspruch an. "
        "Der Bauunternehmer hatte bereits ein Geständnis abgelegt. "
        "Er sei damals unter Druck gesetzt worden, hatte der 61-Jährige ausgesagt."
    )
    assert find(text, "unter Druck").speaker == "Bauunternehmer"
    text = (
        "Der Angeklagte Ole Brandt schwieg. Ein Nachbar schilderte den Abend. "
        "Es habe laut geknallt, sagte der 67-Jährige."
    )
    assert find(text, "laut geknallt").speaker == "Nachbar"


def test_an_age_noun_still_refers_to_the_person_given_that_age_or_named_last() -> None:
    text = (
        "Der 45-jährige Ole Brandt schwieg lange. Ein Nachbar schilderte den Abend. "
        "Er habe nichts gehört, sagte der 45-Jährige."
    )
    assert find(text, "nichts gehört").speaker == "Ole Brandt"
    text = (
        "Der Läufer Tim Achenbach kündigte an, seine Karriere nach der Saison zu beenden. "
        "Er wolle sich künftig um seine Familie kümmern, sagte der 34-Jährige."
    )
    assert find(text, "Familie").speaker == "Tim Achenbach"


# -- "Prof. Dr. med. Albrecht Kühne": a lower-case degree after a title is part of the title, "Dr." names no one ------


def test_a_degree_after_the_title_keeps_the_name_whole() -> None:
    text = (
        "Der neue Chefarzt der Kinderklinik Rosenau, Prof. Dr. med. Albrecht Kühne, hat seinen Dienst angetreten. "
        "„Ich freue mich auf die Aufgabe“, sagte der 49-Jährige bei seiner Vorstellung."
    )
    assert find(text, "Aufgabe").speaker == "Albrecht Kühne"
    text = (
        "Die Geologin Dr. rer. nat. Imke Sauer leitet die Bohrung. "
        "Man werde im Herbst mehr wissen, sagte die Wissenschaftlerin."
    )
    assert find(text, "mehr wissen").speaker == "Imke Sauer"


# -- "Den Vorwurf, …, wies X zurück": a claim in commas after its noun, rejected by the verb after it, is not X's ----


def test_a_claim_rejected_after_its_content_belongs_to_no_one_named() -> None:
    text = (
        "Geschäftsführer Bernd Ahrens verteidigte das Personal. "
        "Der Vorwurf, die Klinik habe Patienten schlecht versorgt, wies Oberbürgermeisterin Elke Sommer zurück."
    )
    p = find(text, "schlecht versorgt")
    assert p.quote == "die Klinik habe Patienten schlecht versorgt"
    assert p.speaker is None
    text = "Die Klinikleitung hat den Vorwurf, Patienten seien schlecht versorgt worden, entschieden zurückgewiesen."
    assert find(text, "schlecht versorgt").speaker is None


def test_a_claim_with_its_holder_before_a_rejecting_verb_keeps_the_holder() -> None:
    text = "Die Forderung der Kommunen, die Mittel vollständig zu erstatten, wies Finanzminister Georg Seidl zurück."
    assert find(text, "vollständig").speaker == "Kommunen"


# -- "Ihre Botschaft war klar: …", "Der Appell der Eltern war eindeutig: …": the statement noun's owner/holder speaks -


def test_a_possessive_statement_noun_before_a_colon_is_its_owners() -> None:
    text = (
        "Die Pflegekräfte der Uniklinik streikten am Dienstag. "
        "Ihre Botschaft war klar: Ohne mehr Personal könne die Klinik den Betrieb nicht aufrechterhalten."
    )
    p = find(text, "Ohne mehr Personal")
    assert p.quote == "Ohne mehr Personal könne die Klinik den Betrieb nicht aufrechterhalten"
    assert p.speaker == "Pflegekräfte der Uniklinik"
    text = (
        "Pflegedienstleiterin Anke Voigt trat vor die Presse. "
        "Ihre Botschaft war klar: Ohne mehr Personal gehe es nicht weiter."
    )
    assert find(text, "Ohne mehr Personal").speaker == "Anke Voigt"


def test_a_genitive_holder_of_a_statement_noun_before_a_colon_speaks() -> None:
    text = (
        "Rund 300 Eltern protestierten vor dem Rathaus in Tannhausen. "
        "Der Appell der Eltern an den Kreistag war eindeutig: Die Grundschule müsse bleiben."
    )
    assert find(text, "Grundschule").speaker == "Eltern"


def test_a_definite_botschaft_that_speaks_is_still_an_embassy() -> None:
    text = "Die Botschaft in Berlin teilte mit, man prüfe den Fall."
    assert find(text, "prüfe den Fall").speaker == "Botschaft in Berlin"


# -- "Frage: … Antwort: …": answers labelled "Antwort" are the interviewee's, when the text tells who that is -------

_TAFEL = (
    "Seit zwei Jahren leitet Katrin Adler die Tafel in Bornheim.\n\n"
    "Frage: Frau Adler, wie viele Menschen kommen inzwischen zur Tafel?\n\n"
    "Antwort: Jede Woche sind es rund 400 Familien. Vor zwei Jahren waren es noch halb so viele.\n\n"
    "Frage: Reichen die Spenden?\n\n"
    "Antwort: Leider nicht. Wir müssen immer öfter Menschen wegschicken.\n\n"
    "Das Gespräch führte Jan Mertens."
)


def test_answers_labelled_antwort_are_the_addressed_interviewees() -> None:
    p = find(_TAFEL, "400 Familien")
    assert p.quote == "Jede Woche sind es rund 400 Familien. Vor zwei Jahren waren es noch halb so viele."
    assert p.speaker == "Katrin Adler"
    assert find(_TAFEL, "wegschicken").speaker == "Katrin Adler"


def test_antwort_after_answers_under_the_interviewees_name_is_theirs() -> None:
    text = (
        "Die Schauspielerin Nora Lindqvist spielt in ihrem neuen Film eine Polizistin.\n\n"
        "Frau Lindqvist, wie haben Sie sich vorbereitet?\n\n"
        "Lindqvist: Ich habe zwei Wochen lang eine Streife in Bremen begleitet.\n\n"
        "Frage: Würden Sie die Rolle noch einmal spielen?\n\n"
        "Antwort: Sofort. Es war die schönste Arbeit meiner Karriere."
    )
    assert find(text, "schönste Arbeit").speaker == "Nora Lindqvist"


def test_an_explainers_questions_and_answers_are_no_ones_statements() -> None:
    text = (
        "Was ändert sich beim Bürgergeld? Ein Überblick von Jan Mertens.\n\n"
        "Frage: Wer bekommt mehr Geld?\n\n"
        "Antwort: Alle Empfänger erhalten ab Januar zwölf Euro mehr im Monat.\n\n"
        "Frage: Muss man einen Antrag stellen?\n\n"
        "Antwort: Nein, die Erhöhung wird automatisch ausgezahlt."
    )
    assert quotes(text) == []


# -- person nouns of everyday reports the role lexicon lacked ("ein Zuschauer", "der Geistliche", "Ortsvorsteher") -


def test_everyday_person_nouns_are_roles() -> None:
    text = (
        "Trainer Uwe Brand war mit dem Remis zufrieden. Ein Zuschauer sah das anders. "
        "Die Mannschaft habe enttäuscht, sagte er."
    )
    assert find(text, "enttäuscht").speaker == "Zuschauer"
    text = (
        "Pfarrer Johannes Eckert segnete die neuen Räume. "
        "Er wünsche allen, die hier arbeiten, Kraft und Geduld, sagte der Geistliche."
    )
    assert find(text, "Kraft und Geduld").speaker == "Johannes Eckert"
    text = "„Die Brücke muss saniert werden“, sagte Ortsvorsteher Gerd Lahm."
    assert find(text, "Brücke").speaker == "Gerd Lahm"


# -- "„…“ – mit diesen Worten eröffnete X …": a phrase after the quotation names it as someone's words ---------------


def test_a_pointing_phrase_after_a_dash_names_the_quotations_speaker() -> None:
    text = (
        "Der Vorsitzende der Bürgerinitiative, Hannes Wolf, kündigte Widerstand an. "
        "„Wir lassen uns nicht einschüchtern“ – mit diesen Worten eröffnete Wolf die Versammlung."
    )
    p = find(text, "einschüchtern")
    assert p.quote == "Wir lassen uns nicht einschüchtern"
    assert p.speaker == "Hannes Wolf"
    text = "„Das Dorf hält zusammen“, diese Botschaft hatte Ortsvorsteher Gerd Lahm im Gepäck."
    assert find(text, "Dorf hält").speaker == "Gerd Lahm"


def test_a_slogan_on_posters_is_no_ones_words() -> None:
    assert quotes("„Rettet den Stadtpark“ – diese Worte standen auf den Plakaten.") == []


# -- "Lenz ist überzeugt: Die Straße wird kommen.": a conviction before a colon holds the clause after it -----------


def test_a_conviction_before_a_colon_opens_its_holders_statement() -> None:
    text = "Bürgermeister Thomas Lenz ist überzeugt: Die Umgehungsstraße wird die Innenstadt spürbar entlasten."
    p = find(text, "Innenstadt")
    assert p.quote == "Die Umgehungsstraße wird die Innenstadt spürbar entlasten"
    assert p.speaker == "Thomas Lenz"
    text = "Elternsprecherin Tanja Ruhl ist sich sicher: Ohne den Druck der Eltern gäbe es diese Entscheidung nicht."
    assert find(text, "Druck der Eltern").speaker == "Tanja Ruhl"


def test_other_attitudes_before_a_colon_go_on_narrating() -> None:
    assert quotes("Die Mannschaft war bereit: Ab der ersten Minute drückte sie aufs Tempo.") == []
    assert quotes("Die Zuschauer waren begeistert: Das Spiel blieb spannend bis zur letzten Minute.") == []


# -- "Für Lenz ist klar: …", "Für die Polizei steht fest, dass …": the view of the one after "für" ----------------


def test_a_view_after_fuer_opens_its_holders_statement() -> None:
    text = "Für Bürgermeister Thomas Lenz ist klar: Die Umgehungsstraße muss kommen."
    p = find(text, "Umgehungsstraße")
    assert p.quote == "Die Umgehungsstraße muss kommen"
    assert p.speaker == "Thomas Lenz"
    text = "Für die Polizei in Talberg steht fest, dass der Brand gelegt wurde."
    assert find(text, "Brand gelegt").speaker == "Polizei in Talberg"
    text = "Für den Trainer ist klar: Die Mannschaft muss sich in Grünstadt steigern."
    assert find(text, "steigern").speaker == "Trainer"


def test_fuer_a_time_or_a_thing_is_no_holder_of_a_view() -> None:
    assert quotes("Für Sonntag ist klar: Es wird den ganzen Tag regnen.") == []
    assert quotes("Eines ist klar: Die Saison wird lang.") == []


# -- "der 61 Jahre alte Behördenleiter": an age written in words before the noun is part of the phrase ------------


def test_an_age_in_words_before_the_noun_stays_in_the_speaker_phrase() -> None:
    text = "„Die Lage ist unter Kontrolle“, sagte der 61 Jahre alte Behördenleiter am Abend in Talberg."
    p = find(text, "Kontrolle")
    assert p.speaker_mention == "der 61 Jahre alte Behördenleiter"
    text = (
        "Der 45 Jahre alte Jens Rothe schwieg an den ersten Verhandlungstagen. "
        "Am Mittwoch sagte der 45-Jährige, er sei unschuldig."
    )
    assert find(text, "unschuldig").speaker == "Jens Rothe"


# -- „…“ (Jürgen Pohl, Landratsamt): a name in brackets after a quotation with its body after a comma -----------


def test_a_bracketed_name_with_its_body_after_a_comma_is_the_speaker() -> None:
    text = "Die Feuerwehr war mit 80 Kräften im Einsatz. „Die Lage ist unter Kontrolle“ (Jürgen Pohl, Landratsamt)."
    assert find(text, "unter Kontrolle").speaker == "Jürgen Pohl"


def test_a_title_with_its_maker_in_brackets_is_no_quotation() -> None:
    assert quotes("Der Film „Ich bin dein Mensch“ (Maria Schrader, 2021) lief im Wettbewerb.") == []


# -- "Sein Fazit: Die Lage wird sich nicht entspannen.": a possessive statement noun labels the clause after it ------


def test_a_possessive_label_before_a_colon_gives_the_clause_to_its_owner() -> None:
    text = (
        "Finanzminister Georg Seidl legte am Dienstag den Haushalt vor. "
        "Sein Fazit: Die Lage wird sich bis zum Sommer nicht entspannen."
    )
    p = find(text, "Sommer")
    assert p.quote == "Die Lage wird sich bis zum Sommer nicht entspannen"
    assert p.speaker == "Georg Seidl"
    text = (
        "Finanzministerin Greta Holm legte am Dienstag den Haushalt vor. "
        "Ihre Prognose: Die Steuereinnahmen sinken im kommenden Jahr."
    )
    assert find(text, "Steuereinnahmen").speaker == "Greta Holm"


def test_a_possessive_label_of_a_thing_is_no_statement() -> None:
    assert quotes("Der Film läuft ab Donnerstag im Kino. Sein Thema: Eine Familie zerbricht am Krieg.") == []


# -- given names the lexicon lacked: "sie"/"er" find a person named without a role only by a known given name -------


def test_er_and_sie_find_people_named_by_regional_given_names() -> None:
    text = "Bürgermeister Peter Kolb begrüßte Roswitha Brandl. Die Gemeinde müsse sparen, sagte sie."
    assert find(text, "sparen").speaker == "Roswitha Brandl"
    text = (
        "Trainerin Anja Roth lobte Fynn Maier. Er habe großartig gespielt, sagte sie. "
        "Er wolle weiter hart arbeiten, sagte er."
    )
    assert find(text, "hart arbeiten").speaker == "Fynn Maier"


# -- an interview without labels: questions end in "?", one addresses the interviewee; the paragraphs after answer --

_SCHAEFER = (
    "Der Schäfer Hans Wagner hütet seit 30 Jahren Schafe an der Nordseeküste.\n\n"
    "Herr Wagner, wie hat sich der Beruf verändert?\n\n"
    "Früher gab es hier 20 Schäfereien, heute sind es noch drei.\n\n"
    "Die Arbeit lohnt sich kaum noch. Ich verdiene weniger als ein Lagerarbeiter.\n\n"
    "Warum machen Sie trotzdem weiter?\n\n"
    "Weil ich die Tiere liebe.\n\n"
    "Das Interview führte Lena Ott."
)


def test_the_paragraphs_after_questions_that_address_someone_are_their_answers() -> None:
    p = find(_SCHAEFER, "20 Schäfereien")
    assert p.quote == "Früher gab es hier 20 Schäfereien, heute sind es noch drei."
    assert p.speaker == "Hans Wagner"
    assert find(_SCHAEFER, "Tiere liebe").speaker == "Hans Wagner"
    assert not [q for q in quotes(_SCHAEFER) if "Lena Ott" in q]


def test_questions_that_address_no_one_make_no_interview() -> None:
    text = (
        "Was ändert sich beim Wohngeld?\n\n"
        "Ab Januar steigt das Wohngeld um durchschnittlich 15 Prozent.\n\n"
        "Wer hat Anspruch?\n\n"
        "Wir erklären die wichtigsten Regeln im Überblick."
    )
    assert quotes(text) == []


# -- "…, zitierte die Zeitung einen Manager": the one quoted said it, also after a reported statement ---------------


def test_the_object_of_zitieren_after_a_reported_statement_is_its_speaker() -> None:
    text = "Der Vorstand habe die Risiken unterschätzt, zitierte das „Handelsblatt“ einen Insider."
    assert find(text, "Risiken").speaker == "Insider"
    text = "Der Vorstand habe die Risiken unterschätzt, zitiert die Zeitung den Aufsichtsrat Jan Roth."
    assert find(text, "Risiken").speaker == "Jan Roth"


# -- "Die Preise steigen, sagte X", "Die Kosten gefährdeten Arbeitsplätze, warnte X": short indicative statements ----


def test_a_short_statement_with_a_verb_after_its_subject_is_reported() -> None:
    text = "Die Mieten in Lindau steigen, sagte der Verbandschef."
    assert find(text, "Mieten").quote == "Die Mieten in Lindau steigen"
    text = "Die Kosten gefährdeten Arbeitsplätze, warnte die Bundesvereinigung der Arbeitgeber."
    p = find(text, "Arbeitsplätze")
    assert p.quote == "Die Kosten gefährdeten Arbeitsplätze"
    assert p.speaker == "Bundesvereinigung der Arbeitgeber"
    text = "Hohe Preise schaden der Wirtschaft, sagte Verbandschef Ulf Brandt."
    assert find(text, "Wirtschaft").speaker == "Ulf Brandt"


def test_a_subject_with_a_relative_clause_before_the_cue_is_still_no_statement() -> None:
    assert quotes("Der Minister, der lange schwieg, sagte am Abend nichts mehr.") == []


# -- "Ihre Bitte an die Bürger: „…“": the owner of a possessive statement speaks, not whom it addresses -------------


def test_a_possessive_statement_to_someone_before_a_colon_is_its_owners() -> None:
    text = (
        "Heike Sommer leitet seit zwölf Jahren das Tierheim in Lindau. "
        "Ihre Bitte an die Bürger: „Überlegen Sie gut, bevor Sie sich ein Tier anschaffen.“"
    )
    assert find(text, "Überlegen Sie gut").speaker == "Heike Sommer"
    text = (
        "Landrat Jens Voigt trat am Morgen vor die Presse. "
        "Seine Warnung an die Autofahrer: „Fahren Sie bei Glätte nur, wenn es sein muss.“"
    )
    assert find(text, "Glätte").speaker == "Jens Voigt"


# -- "„…“, strahlte der 23-Jährige", "„…“, schimpfte der Trainer": verbs of the manner of saying --------------------


def test_verbs_of_the_manner_of_saying_close_a_quotation() -> None:
    text = "Der Stürmer Kai Brenner traf doppelt. „Ich bin einfach glücklich“, strahlte der 23-Jährige nach dem Spiel."
    assert find(text, "glücklich").speaker == "Kai Brenner"
    assert find("„Das war gar nichts“, schimpfte Trainer Uwe Brand.", "gar nichts").speaker == "Uwe Brand"
    assert find("„Das wird schwer“, stöhnte die Kapitänin nach dem Training.", "schwer").speaker == "Kapitänin"


def test_manner_verbs_without_a_statement_are_no_cue() -> None:
    assert quotes("Die Sonne strahlte, die Kinder spielten im Garten.") == []
    assert quotes("Die Zuschauer lachten, als der Clown stolperte.") == []


# -- "„…“ Mit diesem Satz überraschte X …": "diesem Satz", "dieses Zitat" point back at the quotation --------------


def test_mit_diesem_satz_names_the_speaker_of_the_quotation_before() -> None:
    text = "„Es war ein Fehler.“ Mit diesem Satz überraschte der Minister die Abgeordneten im Landtag."
    assert find(text, "Fehler").speaker == "Minister"
    text = "Die Lage sei ernst. Mit diesem Appell wandte sich Bürgermeisterin Karla Frey an die Bürger."
    assert find(text, "Lage sei ernst").speaker == "Karla Frey"


def test_the_sentence_as_a_topic_names_no_speaker() -> None:
    text = "„Es war ein Fehler.“ Der Satz fiel am Montag im Landtag."
    assert find(text, "Fehler").speaker is None


# -- "heißt es beim Verband": the contraction "beim" names the source of a place cue, as "bei der" does -------------


def test_beim_after_heisst_es_names_the_source() -> None:
    assert find("„Wir prüfen alle Optionen“, heißt es beim Bauernverband.", "Optionen").speaker == "Bauernverband"
    assert find("Man prüfe alle Optionen, hieß es beim ADAC in München.", "Optionen").speaker == "ADAC"


# -- "„…“, war aus dem Rathaus zu hören": the source phrase may stand between "war" and "zu hören" ------------------


def test_war_aus_x_zu_hoeren_after_a_statement_names_its_source() -> None:
    assert find("„Wir prüfen alle Optionen“, war aus dem Rathaus zu hören.", "Optionen").speaker == "Rathaus"
    text = "Man prüfe alle Optionen, war am Montag aus Regierungskreisen zu hören."
    assert find(text, "Optionen").speaker != "Montag"


# -- "Die Stadt fördere den Radverkehr, sagte X": Konjunktiv I of verbs in -ern/-eln ----------------------------------


def test_konjunktiv_i_of_verbs_in_ern_and_eln_reports_speech() -> None:
    text = "Die Stadt fördere den Radverkehr seit Jahren, sagte Bürgermeister Jens Rothe."
    assert find(text, "Radverkehr").speaker == "Jens Rothe"
    text = "„Das ist alarmierend“, sagt die Meeresbiologin Anke Schulz. Seegras speichere große Mengen Kohlendioxid."
    p = find(text, "Seegras")
    assert p.quote == "Seegras speichere große Mengen Kohlendioxid"
    assert p.speaker == "Anke Schulz"
    assert find("Es handle sich um einen Einzelfall, sagte die Sprecherin.", "Einzelfall").speaker == "Sprecherin"


def test_a_comparative_in_ere_is_no_konjunktiv() -> None:
    assert quotes("Die größere Halle bietet mehr Platz für die Besucher.") == []


# -- "Forscher um den Bonner Psychologen Tim Eckert berichten, …": the person a team works with speaks for it -------


def test_the_named_person_a_team_works_with_is_its_speaker() -> None:
    text = "Forscher um den Bonner Psychologen Tim Eckert berichten, dass Kinder mit Haustieren seltener krank sind."
    p = find(text, "Haustieren")
    assert p.speaker == "Tim Eckert"
    assert p.speaker_mention == "Forscher um den Bonner Psychologen Tim Eckert"
    text = "Die Seegraswiesen seien geschrumpft, schreiben Forscher um Anke Schulz im Fachblatt „Marine Ecology“."
    assert find(text, "Seegraswiesen").speaker == "Anke Schulz"


def test_um_with_a_time_or_a_finding_names_no_speaker() -> None:
    text = "Die Experten um 10 Uhr sagten, das Wasser sei sauber."
    assert find(text, "Wasser").speaker != "Uhr"
    text = "Das Team um Anke Schulz kam der Mitteilung zufolge zu dem Schluss, dass die Wiesen schrumpfen."
    assert find(text, "Wiesen schrumpfen").speaker != "Anke Schulz"


# -- "Niko Sahin (Trainer BVB): „…“": the voices after a match, a name with a note in brackets before the colon -----


def test_a_name_with_a_bracketed_note_before_a_colon_speaks() -> None:
    text = (
        "Die Stimmen zum Spiel:\n\n"
        "Niko Sahin (Trainer BVB): „Wir waren heute nicht bereit.“\n\n"
        "Jan Kober (Torwart): „Das muss besser werden.“"
    )
    assert find(text, "nicht bereit").speaker == "Niko Sahin"
    assert find(text, "besser werden").speaker == "Jan Kober"


# -- "Ebner und Rothe sind sich einig, dass …": agreement is an attitude that holds a statement ------------------------


def test_sich_einig_holds_what_the_holders_agree_on() -> None:
    text = "Bürgermeister Jens Rothe und Kämmerin Doris Ebner sind sich einig, dass die Schulen Vorrang haben."
    assert find(text, "Vorrang").quote == "die Schulen Vorrang haben"
    text = "Rothe und Ebner waren sich einig: Die Schulen in Talheim haben Vorrang."
    assert find(text, "Vorrang").speaker == "Rothe und Ebner"
