"""Missed quotes found in the recall round 14 (read on SpkAtt train, fixed as classes): each class with sentences
of our own."""

from __future__ import annotations

from quotetool.detect.marks import pair_quotes
from quotetool.detect.speakers import parse_np
from quotetool.detect.tokens import tokenize

from .detect_helpers import find, quotes


def _phrase(text: str) -> tuple[str, str]:
    toks = tokenize(text, 0, len(text), pair_quotes(text, [(0, len(text))]))
    m, _ = parse_np(text, toks, 0, len(toks))
    assert m is not None
    return m.kind, m.name


# -- an organisation's class noun, then its name ------------------------------------------------------------------


def test_a_class_noun_with_a_name_after_it_is_an_organisation() -> None:
    assert _phrase("der Nachrichtenagentur Tassinform") == ("org", "Nachrichtenagentur Tassinform")
    assert _phrase("die Gewerkschaft „Kolibri“")[0] == "org"
    assert _phrase("die Hilfsorganisation Brot für Dörfer")[0] in ("org", "other")
    assert _phrase("der Verband Peter Roth")[0] != "org"  # (a given name makes a person)
    assert _phrase("die Grüne Jugend")[0] != "org"  # (an adjective opens the name)


def test_a_report_of_a_named_agency_gives_its_wonach_clause() -> None:
    text = "Ein Bericht der Nachrichtenagentur Tassinform, wonach der Gouverneur zurücktreten wolle, wurde dementiert."
    p = find(text, "der Gouverneur zurücktreten wolle")
    assert p.speaker is not None and "Tassinform" in p.speaker
    text = "Eine Meldung der Gewerkschaft „Kolibri“, wonach die Baustellen bestreikt würden, sorgte für Unruhe."
    assert "Kolibri" in (find(text, "die Baustellen bestreikt würden").speaker or "")


# -- what something calls itself is a name, not someone's words ---------------------------------------------------


def test_a_self_given_name_is_no_quote_and_the_sentence_is_attributed_after_it() -> None:
    text = (
        "Die Übergangsregierung Sorvaniens, die sich selbst „Komitee für Einheit und Aufbau (KEA)“ nennt und "
        "seit März das Land führt, will auch nach dem Referendum im Amt bleiben. Das erklärte General "
        "Sami Torno am Freitag."
    )
    p = find(text, "im Amt bleiben")
    assert p.quote.startswith("Die Übergangsregierung")
    assert p.speaker == "Sami Torno"
    assert quotes("Die Gruppe nennt sich „Bürger gegen den Ausbau der Autobahn“ und sammelt Unterschriften.") == []
    assert (
        quotes("Im Herbst beginnt die nächste Runde: Dann nennt sie sich „lichtspiel 3“ und gastiert in Kassel.") == []
    )


# -- an ordinal of three or four digits after its article ends no sentence -----------------------------------------


def test_an_ordinal_after_its_article_does_not_split_the_sentence() -> None:
    from quotetool.detect.marks import pair_quotes as pq
    from quotetool.detect.sentences import split_sentences

    text = "In einem Aufsatz, der zu seinem 100. Geburtstag erschien, kritisierte er den Senat scharf."
    assert len(split_sentences(text, [(0, len(text))], pq(text, [(0, len(text))]))) == 1
    text = "Die Zahl der Toten stieg auf 120. Die Regierung sagte, die Lage sei ernst."
    assert len(split_sentences(text, [(0, len(text))], pq(text, [(0, len(text))]))) == 2


# -- the plural modals' Konjunktiv II right after a statement goes on with it -------------------------------------


def test_a_plural_modal_in_konjunktiv_ii_continues_the_statement() -> None:
    text = (
        "Wie ein Sprecher des Hilfswerks mitteilte, hat die Armee nur vier Hubschrauber im Einsatz. "
        "Diese könnten täglich nur zwölf Tonnen Hilfsgüter in das Gebiet bringen."
    )
    assert find(text, "zwölf Tonnen").quote.startswith("Diese könnten")
    text = "Der Bischof sagte, die Pfarrer sollten mutiger werden. Sie dürften nicht zu bloßen Verwaltern werden."
    assert find(text, "bloßen Verwaltern").speaker == "Bischof"


def test_a_singular_modal_in_konjunktiv_ii_still_narrates() -> None:
    text = "Der Bischof sagte, die Pfarrer sollten mutiger werden. Das könnte die Gemeinden verändern."
    assert not any("Gemeinden verändern" in q for q in quotes(text))


# -- "Für X ist Y „…“": a quoted judgement in a clause that states X's view -----------------------------------------


def test_a_quoted_judgement_after_fuer_and_a_holder_is_the_holders_wording() -> None:
    text = "Für den Gesundheitsminister Jens Albers ist die Lage in der Stadt „alarmierend“."
    p = find(text, "alarmierend")
    assert p.speaker == "Jens Albers"
    assert find("Für die Opposition ist das Gesetz „ein Angriff auf die Pressefreiheit“.", "Angriff").speaker == (
        "Opposition"
    )
    assert quotes("Für die Besucher war der Auftritt der Band „Nordlicht“ der Höhepunkt.") == []


# -- a statement noun's holder with the party in brackets ----------------------------------------------------------


def test_a_holder_with_a_bracketed_party_still_holds_the_statement() -> None:
    text = "Der Vorwurf des Abgeordneten Tim Roth (SPD), die Regierung habe gelogen, wurde zurückgewiesen."
    assert find(text, "die Regierung habe gelogen").speaker == "Tim Roth"
    text = (
        "Die Sichtweise von Innenminister Klaus Rech (CDU), wonach es ein faires Gesetz geben werde, teilt Gall nicht."
    )
    assert find(text, "ein faires Gesetz").speaker == "Klaus Rech"
    text = "Die Forderung des Ministers Klaus Rech (CDU), die Steuern zu senken, stieß auf Kritik."
    assert find(text, "die Steuern zu senken").speaker == "Klaus Rech"


# -- "anführen" (to give as a reason) and "vorbringen" are verbs of saying ------------------------------------------


def test_anfuehren_and_vorbringen_introduce_reported_speech() -> None:
    assert find("Als Grund führte der Kämmerer an, die Kasse sei leer.", "die Kasse sei leer").speaker == "Kämmerer"
    text = "Die Verteidigung brachte vor, der Angeklagte sei zur Tatzeit in Hamburg gewesen."
    assert find(text, "zur Tatzeit").speaker == "Verteidigung"
    assert quotes("Freiburg führt das Feld mit 12 Siegen vor den Mainzer Füchsen an.") == []


# -- a holder's name in commas with a given name the lexicon does not list -----------------------------------------


def test_a_holders_name_in_commas_may_have_an_unlisted_given_name() -> None:
    text = (
        "Trotz der Ankündigung ihres Trainers, Brett Kolvan, den Verein nach der Saison zu verlassen, gewinnt das Team."
    )
    p = find(text, "den Verein nach der Saison zu verlassen")
    assert p.speaker == "Brett Kolvan"


# -- a one-letter unit after a number ends the sentence before a capitalised function word --------------------------


def test_a_unit_after_a_number_ends_the_sentence_before_an_article() -> None:
    from quotetool.detect.marks import pair_quotes as pq
    from quotetool.detect.sentences import split_sentences

    def count(text: str) -> int:
        return len(split_sentences(text, [(0, len(text))], pq(text, [(0, len(text))])))

    assert count("Laut Hersteller wiegt das Gerät 140 g. Das Display ist 5 Zoll groß.") == 2
    assert count("Präsident George W. Bush kam nach Berlin.") == 1


# -- a quoted name that ends in a legal form is a company's or association's name ---------------------------------


def test_a_quoted_name_with_a_legal_form_is_no_quote() -> None:
    assert quotes("Zu sehen ist nur eine Nachricht des „Vereins der Freunde des Stadtmuseums e.V.“ im Netz.") == []
    text = "Ein Vertreter der „nordwind ag“ bezeichnet die Investition als „strategisch“."
    assert quotes(text) == ["strategisch"]
    text = "Er sagte: „Das ist ein guter Tag für die Hansa Bau AG“."
    assert quotes(text) == ["Das ist ein guter Tag für die Hansa Bau AG"]


# -- "…, nach anderen Angaben 110 Kilometer": another figure, no one's statement ------------------------------------


def test_nach_anderen_angaben_before_a_short_phrase_gives_another_figure() -> None:
    assert quotes("Im Batteriebetrieb hat der Wagen eine Reichweite von 90, nach anderen Angaben 120 Kilometern.") == []
    text = "Die Polizei sprach von 20 Verletzten, nach anderen Angaben sollen es mehr als 30 gewesen sein."
    assert any("mehr als 30" in q for q in quotes(text))
