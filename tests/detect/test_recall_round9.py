"""Classes of missed quotes found in quality round 3 (detector version 9): hearsay right after a statement,
"demnach" after the finite verb, a short lead paragraph before "Das berichtete X", complements that a
relative-looking start, a quoted phrase or a negation elsewhere used to hide, and frames after a semicolon,
with a named body after "gemäß" or a publication after "nach". The sentences are our own."""

from __future__ import annotations

from quotetool.detect import Kind, detect

from .detect_helpers import find, quotes

# -- hearsay after a statement ------------------------------------------------------------------------------


def test_hearsay_right_after_a_statement_goes_on_with_it() -> None:
    text = (
        "Die Staatsanwältin erklärte, der Bauunternehmer habe Schmiergeld gezahlt. "
        "Er soll außerdem mehrere Prüfberichte gefälscht haben."
    )
    p = find(text, "mehrere Prüfberichte")
    assert p.rule == "hearsay-continuation"
    assert p.quote == "Er soll außerdem mehrere Prüfberichte gefälscht haben"
    assert p.speaker == "Staatsanwältin"


def test_hearsay_needs_a_perfect_infinitive_and_a_statement_before() -> None:
    said = "Die Staatsanwältin erklärte, der Bauunternehmer habe Schmiergeld gezahlt. "
    assert len(detect(said + "Er soll im Sommer vor Gericht stehen.")) == 1  # a plan, no hearsay
    alone = "Der Bürgermeister eröffnete das Fest. Er soll dort eine Rede gehalten haben."
    assert detect(alone) == []  # nothing said before: the narrator's hearsay is left to the editor


# -- "demnach" after the finite verb ------------------------------------------------------------------------


def test_demnach_after_the_finite_verb_reports_a_plan_of_the_source() -> None:
    text = (
        "Der Ausschuss legte am Montag seinen Bericht vor. Die Aufsicht über die Kliniken soll demnach strenger werden."
    )
    p = find(text, "Die Aufsicht")
    assert p.rule.startswith("demnach")
    assert p.quote == "Die Aufsicht über die Kliniken soll demnach strenger werden"
    text = "Die neue Umfrage erschien gestern. Die Kandidatin wird sich demnach ein knappes Rennen liefern."
    assert find(text, "knappes Rennen").rule.startswith("demnach")


def test_demnach_inside_a_narrated_fact_or_a_later_clause_is_no_frame() -> None:
    for text in (
        "Der Täter floh mit dem Auto. Die Behörden haben demnach ein Verfahren eingeleitet.",
        "Die Agentur legte den Termin fest. Geplant ist demnach der 3. Mai, der Flug soll zehn Tage dauern.",
        "Er kam zu spät, demnach soll er die Prüfung wiederholen.",
    ):
        assert detect(text) == [], text


# -- a lead paragraph before "Das berichtete X" ----------------------------------------------------------------


def test_two_sentence_lead_before_a_pointer_is_one_statement() -> None:
    text = (
        "Die Tournee der Band brachte einen neuen Rekord. Die Konzerte spielten 300 Millionen Euro ein. "
        "Das berichtete die Fachzeitschrift „Bühne“ in ihrer jüngsten Ausgabe.\n\nDer alte Rekord war älter."
    )
    p = find(text, "einen neuen Rekord")
    assert p.quote == "Die Tournee der Band brachte einen neuen Rekord. Die Konzerte spielten 300 Millionen Euro ein"
    assert p.rule == "demonstrative-cue"


def test_a_longer_paragraph_before_a_pointer_gives_only_its_last_sentence() -> None:
    text = (
        "Im Norden brannte eine Scheune. Die Feuerwehr rückte mit zwanzig Leuten an. "
        "Im Stall standen auch zwei Pferde. Das bestätigte die Polizei in Kiel."
    )
    p = find(text, "zwei Pferde")
    assert p.quote == "Im Stall standen auch zwei Pferde"


# -- complements the surroundings used to hide --------------------------------------------------------------


def test_infinitive_that_opens_with_an_article_is_no_relative_clause() -> None:
    text = "Die Gutachterin empfahl dem Gericht, der vor zwei Jahren eingereichten Klage der Anwohner stattzugeben."
    p = find(text, "stattzugeben")
    assert p.rule == "infinitive-clause"
    assert p.quote == "der vor zwei Jahren eingereichten Klage der Anwohner stattzugeben"
    assert p.speaker == "Gutachterin"


def test_infinitive_with_a_quoted_phrase_inside() -> None:
    text = "Die Partner hatten vereinbart, aus der Altstadt ab Juli „alle privaten Autos“ fernzuhalten."
    p = find(text, "fernzuhalten")
    assert p.quote == "aus der Altstadt ab Juli „alle privaten Autos“ fernzuhalten"
    assert p.kind is Kind.MIXED


def test_negation_of_a_first_conjunct_does_not_negate_the_cue() -> None:
    text = "Das wollte die Schülerin nicht hinnehmen und gab vor, ein klärendes Gespräch führen zu wollen."
    assert find(text, "klärendes Gespräch").quote == "ein klärendes Gespräch führen zu wollen"
    text = "Das war nicht der erste Streit und die Nachbarn befürchten, dass es nicht der letzte sein wird."
    assert find(text, "der letzte").quote == "es nicht der letzte sein wird"
    text = "Nicht als Teil der Erklärung sagte die Ministerin dann, dass es Betrug gegeben habe."
    assert find(text, "Betrug").rule == "dass-clause"


def test_a_negated_cue_still_reports_nothing() -> None:
    assert quotes("Die Sprecherin wollte nicht bestätigen, dass der Minister zurücktrete.") == []
    assert quotes("Sie wollte das nicht hinnehmen und bestätigte nicht, dass der Minister zurücktrete.") == []


# -- frames --------------------------------------------------------------------------------------------------


def test_frame_after_a_semicolon_gives_its_own_clause() -> None:
    text = "Die Organisatoren zählten 8.000 Gäste; nach Polizeiangaben waren es rund 5.000."
    p = find(text, "rund 5.000")
    assert p.quote == "waren es rund 5.000"
    assert p.rule == "nach-frame"


def test_gemaess_a_body_with_its_name() -> None:
    text = "Gemäß der Organisation NetForum betrug die Zahl der Anmeldungen etwa 200.000."
    p = find(text, "die Zahl")
    assert p.rule == "gemäß"
    assert p.quote == "betrug die Zahl der Anmeldungen etwa 200.000"
    assert p.speaker is not None and "NetForum" in p.speaker


def test_nach_a_publication_frames_and_after_the_publication_is_a_time() -> None:
    text = "Nach einer Veröffentlichung im Fachmagazin „Science“ haben Forscher ein neues Ozonloch entdeckt."
    assert find(text, "neues Ozonloch").rule == "nach-frame"
    assert quotes("Nach der Veröffentlichung des Berichts stiegen die Kurse deutlich.") == []


# -- a view in the air ---------------------------------------------------------------------------------------


def test_a_view_without_holder_is_an_unsourced_claim() -> None:
    for text, phrase in (
        ("Unter den Fachleuten herrscht Einigkeit, dass der Vertrag scheitern wird.", "der Vertrag scheitern wird"),
        ("Zur Sicherheit herrschte die Meinung vor, dass die Anlage kaum gefährlich sei.", "die Anlage kaum"),
        ("Einigkeit besteht darüber, dass die Debatte ein wichtiger Schritt war.", "die Debatte ein wichtiger"),
    ):
        p = find(text, phrase)
        assert p.rule == "impersonal-clause", text
        assert p.speaker is None


def test_a_negated_or_confirmed_view_is_no_claim() -> None:
    assert quotes("Es gibt keinen Zweifel daran, dass die Brücke marode ist.") == []
    assert quotes("Damit bestätigt sich die Befürchtung, dass das Virus sich ausbreitet.") == []


# -- an act of speech whose speaker the sentence does not name -------------------------------------------------


def test_a_plan_or_request_without_its_speaker_is_an_unsourced_statement() -> None:
    text = "Ursprüngliche Pläne, den Wolf zu betäuben und wegzubringen, wurden daher verworfen."
    p = find(text, "den Wolf")
    assert p.rule == "impersonal-clause"
    assert p.quote == "den Wolf zu betäuben und wegzubringen"
    assert p.speaker is None and p.speaker_mention == "Ursprüngliche Pläne"
    text = "An die Rebellen erging die Aufforderung, sofort die Angriffe auf die Stadt einzustellen."
    assert find(text, "die Angriffe").speaker_mention == "die Aufforderung"


def test_an_act_noun_with_its_holder_or_after_a_preposition() -> None:
    text = "Die Forderung des Verbands, die Steuer abzuschaffen, blieb ohne Antwort."
    assert find(text, "die Steuer").speaker == "Verband"
    assert quotes("Nach dem Plan, die Brücke im Mai zu sperren, kam alles anders.") == []


def test_wonach_after_the_verb_that_closes_the_nouns_clause() -> None:
    text = "Später kehrten die Nachbarn zur ersten Version zurück, wonach der Hund den Brand verursacht haben soll."
    p = find(text, "der Hund")
    assert p.quote == "der Hund den Brand verursacht haben soll"
    assert p.speaker == "Nachbarn"
