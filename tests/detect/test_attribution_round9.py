"""Classes of wrong or missing speakers found in quality round 3 (detector version 9), one test each, on
sentences of our own: regnal numbers in names, a subject with a long apposition shared by a later verb, a
sentence-initial adverb in -isch, two quotations joined by "und", the subject after a long fronted phrase."""

from __future__ import annotations

import pytest

from quotetool.detect import detect
from quotetool.detect.speakers import parse_np
from quotetool.detect.tokens import tokenize

from .detect_helpers import find


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Papst Benedikt XVI. sagte, die Welt brauche Frieden.", "Benedikt XVI"),
        ("Die britische Königin Elisabeth II. erklärte, sie sei tief bewegt.", "Elisabeth II"),
        (
            "Das Oberhaupt der Kirche, Papst Johannes Paul II., bat die Gläubigen, für die Opfer zu beten.",
            "Johannes Paul II",
        ),
    ],
)
def test_a_regnal_number_and_its_dot_stay_in_the_name(sentence: str, speaker: str) -> None:
    text = "Die Messe wurde im Dom gefeiert. " + sentence
    p = detect(text)[-1]
    assert p.speaker == speaker
    assert p.speaker_mention is not None and p.speaker_mention.endswith(".")


def test_a_regnal_number_does_not_swallow_a_sentence_end() -> None:
    text = "Der Empfang fand bei Königin Elisabeth II. statt. Am Abend sagte Sarkozy, er sei beeindruckt."
    assert find(text, "er sei beeindruckt").speaker == "Sarkozy"


def test_a_dot_after_an_ordinary_capital_word_still_ends_the_phrase() -> None:
    text = "Die Gruppe heißt X. Sie tagt."
    toks = tokenize(text, 0, len(text), [])
    m, j = parse_np(text, toks, 3, len(toks))
    assert m is not None and m.text == "X" and toks[j].text == "."


def test_a_subject_with_a_long_apposition_is_shared_by_a_later_verb() -> None:
    text = (
        "Der Plan ist umstritten. Jan Berger, ein bekanntes, dem Wirtschaftsflügel der Partei nahestehendes Mitglied "
        "des Stadtrats aus dem Süden, wollte sich nach einer Sitzung des Vorstands noch nicht entscheiden, "
        "sagte aber, die Partei müsse neue Wege gehen."
    )
    p = find(text, "die Partei müsse")
    assert p.speaker == "Jan Berger"


@pytest.mark.parametrize("adverb", ["Spöttisch", "Kritisch", "Ironisch"])
def test_an_adverb_in_isch_opening_a_sentence_is_no_speaker(adverb: str) -> None:
    text = (
        "Die Stadt prüft den Antrag des Clubs. "
        f"{adverb} veröffentlichte der Betreiber folgenden Kommentar dazu: „Wer nicht zahlt, fliegt raus.“"
    )
    p = find(text, "Wer nicht zahlt")
    assert p.speaker == "Betreiber"


@pytest.mark.parametrize("joiner", [" und ", " oder ", ", "])
def test_a_quotation_joined_to_the_one_before_takes_its_speaker(joiner: str) -> None:
    text = (
        "Die Stadt plant seit Jahren neue Radwege. Der frühere Bürgermeister Paul Hahn hatte einst versprochen: "
        f"„Wir bauen das beste Radnetz des Landes.“{joiner}„Niemand muss mehr mit dem Auto fahren.“ "
        "Seitdem ist wenig passiert."
    )
    p = find(text, "Niemand muss mehr")
    assert (p.speaker, p.rule) == ("Paul Hahn", "direct-joined")


def test_a_quotation_after_other_words_is_not_joined() -> None:
    # "Bürgermeister Keller sagte: „…“ Danach sprach Vogt: „…“": a speaker of its own, no join
    text = (
        "Bürgermeister Thomas Keller sagte: „Wir bauen neu.“ Danach sprach die Stadträtin Eva Vogt: "
        "„Das können wir uns nicht leisten.“"
    )
    p = find(text, "Das können wir")
    assert p.speaker == "Eva Vogt" and p.rule != "direct-joined"


def test_a_continuation_after_a_long_fronted_phrase_takes_that_sentences_subject() -> None:
    text = (
        "„Wir brauchen endlich Klarheit“, erklärte der Verbandschef Manfred Kranz. Bei einem Besuch der "
        "Messe in Leipzig nahm inzwischen auch die Wirtschaftsministerin des Landes, Karin Adler (FDP), zu "
        "dem Thema Stellung. Jeder Betrieb könne die Prämie später beantragen."
    )
    p = find(text, "Jeder Betrieb könne")
    assert p.speaker == "Karin Adler"


def test_a_fronted_phrase_before_a_passive_gives_no_topic() -> None:
    # the subject after the verb must be a person or body, not what the sentence is about
    text = (
        "„Wir brauchen endlich Klarheit“, erklärte der Verbandschef Manfred Kranz. In der Sitzung des Landtages "
        "wurde die Frage vertagt. Jeder Lehrer könne das Konto später einlösen."
    )
    p = find(text, "Jeder Lehrer könne")
    assert p.speaker == "Manfred Kranz"


@pytest.mark.parametrize(
    ("phrase", "speaker"),
    [("Das Staatsoberhaupt", "Staatsoberhaupt"), ("Der Menschenrechtler Ali Demir", "Ali Demir")],
)
def test_new_role_nouns_head_a_speaker_phrase(phrase: str, speaker: str) -> None:
    text = f"Das Land trauert um die Opfer. {phrase} sagte, das Land stehe zusammen."
    assert find(text, "das Land stehe").speaker == speaker


@pytest.mark.parametrize(
    ("text", "phrase", "speaker"),
    [
        # the previous sentence's subject, not the person its object names last
        (
            "Der Minister Karl Brandt traf am Morgen den Botschafter Paul Hahn. Er erklärte danach, die Beziehungen "
            "seien gut.",
            "die Beziehungen",
            "Karl Brandt",
        ),
        (
            "Trainerin Lisa Sommer lobte ihre Spielerin Anna Berg. Sie sagte, das Team habe gekämpft.",
            "das Team habe",
            "Lisa Sommer",
        ),
        # the subject of a passive is its subject too
        (
            "Der Botschafter Paul Hahn wurde von Minister Karl Brandt empfangen. Er erklärte danach, die "
            "Beziehungen seien gut.",
            "die Beziehungen",
            "Paul Hahn",
        ),
        # whoever spoke in the sentence before, even when someone else is named after them
        (
            "„Die Mannschaft hat Charakter gezeigt“, sagte Trainer Jürgen Klopp über seinen Kapitän Marco Reus. "
            "Er fügte hinzu, man wolle jetzt den Titel.",
            "man wolle jetzt",
            "Jürgen Klopp",
        ),
        # a subject of the other gender leaves the pronoun to the person named last
        (
            "Die Ministerin Julia Klein traf den Botschafter Paul Hahn. Er erklärte danach, die Beziehungen seien gut.",
            "die Beziehungen",
            "Paul Hahn",
        ),
    ],
)
def test_a_pronoun_opening_a_statement_refers_to_the_previous_subject(text: str, phrase: str, speaker: str) -> None:
    assert find(text, phrase).speaker == speaker


def test_a_person_named_in_the_pronouns_own_sentence_comes_first() -> None:
    text = (
        "Der Minister Karl Brandt besuchte die Stadt. Nachdem der Bürgermeister Paul Hahn ihn begrüßt hatte, "
        "sagte er, die Stadt brauche Hilfe."
    )
    assert find(text, "die Stadt brauche").speaker == "Paul Hahn"


@pytest.mark.parametrize(
    "pointer",
    [
        "Mit diesen Worten reagierte der Gewerkschafter Jens Maurer auf die Schließung des Werks.",
        "So kommentierte der Gewerkschafter Jens Maurer die Schließung des Werks.",
        "Das sagte der Gewerkschafter Jens Maurer am Montag.",
    ],
)
def test_a_sentence_pointing_back_corrects_a_speaker_taken_from_the_context(pointer: str) -> None:
    # the quotation would continue the previous paragraph's speaker; the sentence after it names another
    text = (
        "Der Innenminister Karl Brandt besuchte die Feuerwache. „Wir brauchen mehr Personal“, sagte Brandt.\n\n"
        f"„Das ist ein schwarzer Tag für die ganze Region.“ {pointer}"
    )
    p = find(text, "schwarzer Tag")
    assert (p.speaker, p.rule) == ("Jens Maurer", "direct-named-after")


def test_a_pointer_naming_the_same_speaker_leaves_the_continuation_as_it_is() -> None:
    text = "Die Trainerin Lisa Sommer sagte, man habe alles versucht. Die Mannschaft sei müde. Das sagte sie am Abend."
    p = find(text, "Die Mannschaft sei")
    assert (p.speaker, p.rule) == ("Lisa Sommer", "subjunctive-continuation")


def test_a_modal_pointer_names_the_speaker_of_the_quotation_before() -> None:
    text = "„Ja, es gibt Probleme.“ Das musste Bürgermeister Thomas Keller zu Beginn der Sitzung einräumen."
    p = find(text, "es gibt Probleme")
    assert (p.speaker, p.rule) == ("Thomas Keller", "direct-named-after")


def test_a_negated_modal_pointer_names_no_one() -> None:
    # who will not confirm a statement did not make it
    text = "„Die Brücke ist marode.“ Das wollte Bürgermeister Thomas Keller nicht bestätigen."
    assert [p.speaker for p in detect(text) if "marode" in p.quote] in ([], [None])


@pytest.mark.parametrize(
    ("intro", "speaker"),
    [
        ("Kritik an dem Plan übte auch der Grünen-Politiker Tim Albers:", "Tim Albers"),
        ("Scharfe Kritik an den Plänen der Stadt übte die Bürgerinitiative:", "Bürgerinitiative"),
        (
            "Jede Verantwortung für die Verzögerung beim Bau weist der Bürgermeister Thomas Keller von sich:",
            "Thomas Keller",
        ),
        ("Den Ärger der Eltern über die Pläne brachte die Sprecherin Anna Vogt zum Ausdruck:", "Anna Vogt"),
    ],
)
def test_a_colon_intro_with_its_object_first_names_the_subject_after_the_verb(intro: str, speaker: str) -> None:
    text = f"Der Plan ist umstritten. {intro} „Das ist ein Schritt zurück für die ganze Stadt.“"
    p = find(text, "Schritt zurück")
    assert (p.speaker, p.rule) == (speaker, "direct-colon-subject")


def test_a_fronted_subject_with_an_article_stays_the_subject() -> None:
    # "Das Erscheinen dürfte der Opposition helfen": "der Opposition" is a dative, no speaker
    text = (
        "Die Fotos tauchten am Freitag auf. Das Erscheinen der Fotos kurz vor der Abstimmung dürfte der "
        "Opposition helfen. Die Bilder seien von einem Detektiv gemacht worden."
    )
    assert find(text, "Die Bilder seien").speaker != "Opposition"


def test_a_fronted_predicate_before_a_copula_names_no_topic() -> None:
    text = (
        "Das Amt meldete, der erste Hilfsflug sei gelandet. Teil der Lieferung waren sechs Anlagen des Technischen "
        "Hilfswerks (THW). Weitere Anlagen seien unterwegs."
    )
    assert find(text, "Weitere Anlagen seien").speaker != "THW"


@pytest.mark.parametrize(
    "text",
    [
        "Die Stadt zahlte, und der Verein versprach, die Halle bis zum Sommer zu renovieren.",
        "Die Stadt zahlte, und der Verein seinerseits versprach, die Halle bis zum Sommer zu renovieren.",
        # the first clause's verb stands far before "und": beyond the words looked back over
        "Die Stadt übergab bei einem Treffen im Rathaus am 16. und 17. Juni des vergangenen Jahres dem Vorstand "
        "des Vereins die von der Verwaltung zusammengestellten Unterlagen über die Schäden an den Wänden der "
        "Halle und der Verein seinerseits versprach, die Halle bis zum Sommer zu renovieren.",
    ],
)
def test_the_subject_of_a_clause_after_und_is_found(text: str) -> None:
    assert find(text, "die Halle bis zum Sommer").speaker == "Verein"


def test_a_pronoun_after_a_sentence_naming_one_person_refers_to_that_person() -> None:
    # the only man the previous sentence names, not the one named before it
    text = (
        "Der Anwalt Jürgen Rieger kaufte den Hof im März. Der frühere Bürgermeister der Gemeinde, Heiner Falldorf, "
        "hält den Kauf für einen Fehler. Gegenüber dem Sender sagte er, das sei „der Anfang vom Ende“."
    )
    assert find(text, "der Anfang vom Ende").speaker == "Heiner Falldorf"


@pytest.mark.parametrize(
    ("introduced", "later"),
    [
        ("Ex-Kanzler Gerhard Schröder", "Der Altkanzler"),
        ("Bundeskanzler Gerhard Schröder", "Der Ex-Kanzler"),
        ("Altbundespräsident Gerhard Schröder", "Der frühere Bundespräsident"),
    ],
)
def test_a_former_office_names_the_same_role(introduced: str, later: str) -> None:
    text = f"{introduced} verteidigte am Montag seine Politik. {later} sagte, er bereue nichts."
    assert find(text, "er bereue nichts").speaker == "Gerhard Schröder"


def test_a_role_beginning_with_alt_is_not_a_former_office() -> None:
    from quotetool.detect.coref import _office, roles_compatible

    assert roles_compatible("altkanzler", "kanzler", "ex-kanzler")
    assert _office("altenpfleger") == "altenpfleger"  # the care of the old, not a former "enpfleger"
    assert _office("ex-minister") == _office("altminister") == "minister"
    assert not roles_compatible("altenpfleger", "pfleger", "minister")


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Antrag wurde von der Stadt mit der Begründung abgelehnt, es fehle das Geld.",
        "Der Antrag ist von der Stadt mit dem Hinweis abgelehnt worden, es fehle das Geld.",
        "In der letzten Woche war der Antrag von der Stadt mit dem Hinweis abgelehnt worden, es fehle das Geld.",
    ],
)
def test_a_statement_noun_in_a_passive_belongs_to_its_agent(sentence: str) -> None:
    text = "Der Verein wollte eine neue Halle bauen. " + sentence
    assert find(text, "es fehle das Geld").speaker == "Stadt"


def test_the_attribute_of_a_passives_subject_is_no_agent() -> None:
    text = (
        "Die Stadt plant neue Schülerausweise. Die Erfassung von Passfotos war bislang damit begründet worden, "
        "dass jeder Schüler erkennbar sein müsse."
    )
    assert find(text, "jeder Schüler").speaker != "Passfotos"


def test_whoever_a_passive_of_zitieren_quotes_speaks() -> None:
    text = (
        "Die Koalition verlor die Wahl. Der Fraktionschef der Grünen, Volker Ratz, wird von der Zeitung mit den Worten "
        "zitiert, der Bürgermeister sei angeschlagen."
    )
    assert find(text, "der Bürgermeister sei").speaker == "Volker Ratz"


@pytest.mark.parametrize(
    "pointer",
    [
        "So schätzt jedenfalls der Landrat Peter Kühn die Situation ein.",
        "So beurteilt der Landrat Peter Kühn die Situation.",
    ],
)
def test_a_judgement_pointing_back_names_the_speaker_of_the_statement_before(pointer: str) -> None:
    text = f"Das Hochwasser steigt weiter. Die Versorgung sei gefährdet, die Lage ernst. {pointer}"
    p = find(text, "Die Versorgung sei")
    assert (p.speaker, p.rule) == ("Peter Kühn", "named-after")


def test_so_before_a_narrating_verb_names_no_one() -> None:
    text = "Das Hochwasser steigt weiter. Die Versorgung sei gefährdet. So kam es zu Engpässen bei der Feuerwehr."
    assert find(text, "Die Versorgung sei").speaker is None


def test_slogans_after_a_fronted_phrase_belong_to_the_subject() -> None:
    text = (
        "Tausende marschierten am Sonntag. Vom Stadion zogen die Demonstranten bis zum Landtag und skandierten "
        "dabei Parolen wie zum Beispiel „Rettet den Park“ oder „Keine Bagger hier“."
    )
    assert find(text, "Rettet den Park").speaker == "Demonstranten"


def test_a_bare_genitive_in_a_fronted_phrase_is_not_its_verb() -> None:
    text = (
        "Die Organisation legte ihren Jahresbericht vor. Trotz gestiegener Zahlen verletzter Radfahrer gibt die "
        "Organisation keine Entwarnung. Die Lage sei weltweit schlechter geworden."
    )
    assert find(text, "Die Lage sei").speaker == "Organisation"


@pytest.mark.parametrize(
    ("intro", "speaker"),
    [
        ("Für den Fraktionschef der Grünen, Tim Albers, ist klar:", "Tim Albers"),
        ("Für die Opposition steht fest:", "Opposition"),
        ("Für Tim Albers ist die Sache eindeutig:", "Tim Albers"),
    ],
)
def test_whose_view_a_fuer_intro_states_speaks(intro: str, speaker: str) -> None:
    text = f"Der Haushalt wurde am Montag beschlossen. {intro} „Die Regierung hat versagt.“"
    p = find(text, "Die Regierung hat versagt")
    assert (p.speaker, p.rule) == (speaker, "direct-colon-subject")


def test_a_fuer_phrase_without_a_view_names_no_speaker() -> None:
    text = "Der Bau beginnt im Mai. Für die Anwohner ist das eine Belastung: „Wir hören den Lärm Tag und Nacht.“"
    assert all(p.speaker != "Anwohner" or p.rule != "direct-colon-subject" for p in detect(text))


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Von Seiten der Polizei hieß es, die Umleitung sei ausgeschildert.", "Polizei"),
        ("Vonseiten des Ministeriums hieß es, die Umleitung sei ausgeschildert.", "Ministerium"),
        ("Es wurde von Seiten der Stadt mitgeteilt, die Umleitung sei ausgeschildert.", "Stadt"),
    ],
)
def test_von_seiten_names_the_body_not_its_side(sentence: str, speaker: str) -> None:
    text = "Die Brücke bleibt bis auf Weiteres gesperrt. " + sentence
    assert find(text, "die Umleitung sei").speaker == speaker


@pytest.mark.parametrize("frame", ["Seinen Angaben zufolge", "Nach seinen Angaben", "Seiner Ansicht nach"])
def test_the_owner_of_a_possessive_frame_is_the_previous_subject(frame: str) -> None:
    text = f"Der Trainer Jürgen Klopp lobte seinen Kapitän Marco Reus. {frame} hat das Team Charakter gezeigt."
    assert find(text, "das Team Charakter").speaker == "Jürgen Klopp"


@pytest.mark.parametrize(
    ("intro", "speaker"), [("Bürgermeister Tom Berg", "Tom Berg"), ("Bürgermeisterin Eva Lorenz", "Eva Lorenz")]
)
def test_a_possessive_statement_before_a_colon_is_its_owners(intro: str, speaker: str) -> None:
    owner = "Sein" if speaker == "Tom Berg" else "Ihr"
    text = f"{intro} sprach am Montag von einem Skandal. {owner} Fazit: „Das ist völlig inakzeptabel.“"
    assert find(text, "völlig inakzeptabel").speaker == speaker


def test_a_newspapers_possessive_report_stays_the_report() -> None:
    text = "Die Zeitung „Die Welt“ hat lange recherchiert. Ihr Bericht: „Das Ministerium wusste Bescheid.“"
    assert find(text, "wusste Bescheid").speaker == "Bericht"
