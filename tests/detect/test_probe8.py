"""Classes of errors found by reading the detector's output on German news written for the purpose (international
politics, Swiss and Austrian copy, police reports, live tickers, multi-speaker pieces, Konjunktiv chains, letters,
social media, role before name, same surnames, organisations, denials): one test (at least) per class, each with
sentences of our own."""

from __future__ import annotations

from quotetool.detect import detect

from .detect_helpers import find

# -- a live ticker: "+++" opens a new entry, and the entry's time stamp is no part of the statement ------------------


def test_a_ticker_separator_opens_a_new_sentence() -> None:
    text = (
        "+++ 10.15 Uhr: „Wir räumen die Straße bis zum Abend“, sagte Einsatzleiter Rolf Hain vor Ort. "
        "+++ 9.50 Uhr: Die Sperrung dauert an, teilte die Stadt mit. +++"
    )
    assert find(text, "räumen").speaker == "Rolf Hain"
    p = find(text, "Sperrung")
    assert p.speaker == "Stadt"
    assert p.quote.startswith("Die Sperrung"), p.quote


def test_a_time_stamp_before_a_speakers_colon_is_skipped() -> None:
    for text in (
        "Gleich geht es los.\n\n20:05 Uhr – Trainerin Maren Voss vor dem Anpfiff: „Wir sind bereit für dieses Spiel.“",
        "Gleich geht es los.\n\n20.05 Uhr: Trainerin Maren Voss vor dem Anpfiff: „Wir sind bereit für dieses Spiel.“",
    ):
        assert find(text, "bereit").speaker == "Maren Voss", text


def test_a_bullet_opens_a_new_sentence() -> None:
    text = "Die wichtigsten Punkte. • Die Gebühr steigt, teilte die Stadt mit. • Kämmerer Tim Rau sagte, das sei fair."
    assert find(text, "Gebühr").speaker == "Stadt"
    assert find(text, "fair").speaker == "Tim Rau"


def test_a_plus_sign_inside_a_sentence_splits_nothing() -> None:
    text = "Die Temperatur stieg auf +5 Grad, sagte ein Meteorologe des Wetterdienstes."
    assert find(text, "Temperatur").quote.startswith("Die Temperatur")


# -- "Kurz gemeldet: …": a bare participle before the colon labels a news item, nobody's statement -----------------


def test_a_participle_label_before_a_colon_is_no_speaker() -> None:
    for text in (
        "Kurz gemeldet: Die Bäckerei Sommerfeld schließt ihre Filiale am Markt.",
        "Neu gemeldet: Die Autobahn bleibt bis Montag gesperrt.",
        "Soeben bekannt gegeben: Das Freibad öffnet schon im Mai.",
    ):
        assert detect(text) == [], text


def test_a_holder_with_a_finite_verb_before_the_colon_still_speaks() -> None:
    text = "Die Polizei hat gemeldet: Die Autobahn bleibt bis Montag gesperrt."
    assert find(text, "Autobahn").speaker == "Polizei"


# -- „…“, ließ sich X zitieren: the one who lets himself be quoted said it --------------------------------------------


def test_let_oneself_be_quoted_names_the_speaker() -> None:
    for text, name in (
        ("„Der Umbau ist schmerzhaft, aber nötig“, ließ sich Firmenchef Lukas Amrein zitieren.", "Lukas Amrein"),
        ("„Der Umbau ist schmerzhaft, aber nötig“, liess sich Firmenchef Lukas Amrein zitieren.", "Lukas Amrein"),
        ("„Wir bleiben bei unserem Kurs“, lässt sich die Ministerin in der Mitteilung zitieren.", "Ministerin"),
    ):
        assert find(text, "nötig" if "nötig" in text else "Kurs").speaker == name, text


def test_let_without_quoting_names_no_speaker() -> None:
    text = "„Der Umbau ist schmerzhaft, aber nötig.“ Ließ sich das vermeiden? Die Firma schweigt."
    assert find(text, "Umbau").speaker is None


# -- "so ihr Name": a parenthesis that says what someone is called is no "so X" attribution --------------------------


def test_so_before_a_naming_noun_is_no_frame() -> None:
    for text in (
        "Dr. Eva Lindner, so ihr Name, leitet das Amt seit vier Jahren.",
        "Das Buch, so der Titel, erzählt von einer Flucht über die Alpen.",
        "Gemeinsam stark, so das Motto der Woche, feiern die Vereine ihr Jubiläum.",
    ):
        assert detect(text) == [], text


def test_so_before_a_speaker_is_still_a_frame() -> None:
    assert find("Die Lage sei ernst, so die Ministerin.", "Lage").speaker == "Ministerin"


# -- a definite role noun that opens the cast is named in one of the next sentences ----------------------------------


def test_a_role_named_in_the_next_sentence_is_that_person() -> None:
    for text, phrase, name in (
        (
            "Der Schulleiter ist ratlos. „Wir finden keine Lehrer für Chemie“, sagt er. "
            "Jonas Wendlandt leitet das Gymnasium seit 2016.",
            "Chemie",
            "Jonas Wendlandt",
        ),
        (
            "Die Trainerin ist zufrieden. „Wir haben mutig gespielt“, sagte sie. Petra Oldach trainiert das Team.",
            "mutig",
            "Petra Oldach",
        ),
        (
            "Die Chefin des Tierheims schlägt Alarm. Das Heim sei überfüllt, sagt sie. "
            "Tierheimleiterin Ramona Kessl bittet nun um Spenden.",
            "überfüllt",
            "Ramona Kessl",
        ),
    ):
        assert find(text, phrase).speaker == name, text


def test_a_role_is_not_given_the_name_of_someone_else_named_next() -> None:
    for text in (
        "Der Polizeisprecher sagte, der Täter sei geflohen. Hans Brückl, ein Anwohner, hatte ihn gesehen.",
        "Der Polizeisprecher sagte, der Täter sei geflohen. Bürgermeister Hans Brückl zeigte sich erschüttert.",
    ):
        assert find(text, "Täter").speaker == "Polizeisprecher", text
    text = "Ministerin Eva Sand reiste ab. Der Sprecher sagte, sie sei zufrieden. Jonas Brandt übernimmt das Amt."
    assert find(text, "zufrieden").speaker != "Jonas Brandt"


# -- a verb in -e after a whole singular noun phrase is the Konjunktiv, also before a noun and after "-er" ----------


def test_a_verb_in_e_after_a_singular_noun_phrase_reports() -> None:
    for text, phrase, name in (
        ("Fraktionschef Ole Wendt sagte, eine solche Abgabe vertreibe Betriebe aus dem Land.", "Abgabe", "Ole Wendt"),
        ("Verbandschefin Ina Roos sagte, jeder Bürger verliere dadurch Geld.", "Bürger", "Ina Roos"),
        ("Die Rektorin Eva Lohse erklärte, ein neuer Lehrer bringe frischen Wind.", "Lehrer", "Eva Lohse"),
    ):
        assert find(text, phrase).speaker == name, text


def test_an_adjective_after_a_plural_or_dative_phrase_is_no_verb() -> None:
    assert detect("Nach dem Fest gab der Verein einer Schule kleine Geschenke.") == []


# -- "heißt es darin/dort": the document the sentence before names ----------------------------------------------------


def test_heisst_es_darin_points_at_the_document_before() -> None:
    for text, phrase, name in (
        (
            "In einem offenen Brief wenden sich 30 Ärztinnen an die Ministerin. "
            "„Die Versorgung auf dem Land bricht zusammen“, heißt es darin.",
            "Versorgung",
            "Brief",
        ),
        (
            "Die Rektoren haben ein gemeinsames Schreiben verfasst. Die Kürzungen gefährdeten die Forschung, heißt es "
            "darin.",
            "Kürzungen",
            "Schreiben",
        ),
        (
            "Das Amt veröffentlichte am Montag eine Erklärung. „Wir prüfen alle Hinweise sorgfältig“, hieß es dort.",
            "Hinweise",
            "Erklärung",
        ),
    ):
        assert find(text, phrase).speaker == name, text


def test_heisst_es_dort_after_a_place_names_no_document() -> None:
    text = "Die Gäste kamen im Hotel Adler unter. „Es war wunderbar ruhig und erholsam“, hieß es dort."
    assert find(text, "erholsam").speaker is None
