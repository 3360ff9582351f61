"""Statements hanging on a noun (issue 14 item 6): "der Vorwurf, er habe …", "die Forderung, … zu …"."""

from __future__ import annotations

from quotetool.detect import detect
from tests.detect.detect_helpers import find


def test_holder_named_in_an_apposition_after_the_genitive() -> None:
    text = "Trotz der Ankündigung ihres Trainers, Jonas Albers, die Mannschaft zu verlassen, gewann das Team."
    p = find(text, "die Mannschaft zu verlassen")
    assert p.quote == "die Mannschaft zu verlassen"
    assert p.speaker == "Jonas Albers" and p.cue == "Ankündigung"


def test_prepositional_attribute_between_noun_and_statement() -> None:
    text = "Auch der Verdacht gegen den Hausmeister aus Kiel, er habe das Feuer gelegt, bestätigte sich nicht."
    p = find(text, "er habe das Feuer gelegt")
    assert p.quote == "er habe das Feuer gelegt" and p.cue == "Verdacht"


def test_noun_inside_a_particle_verbs_bracket_keeps_its_holder() -> None:
    text = "Die Bürgerinitiative trat dem Vorwurf des Bürgermeisters, sie blockiere den Bau, mit Zahlen entgegen."
    p = find(text, "sie blockiere den Bau")
    assert p.quote == "sie blockiere den Bau"
    assert p.speaker_mention == "dem Vorwurf des Bürgermeisters"


def test_statement_ends_where_the_main_clause_goes_on() -> None:
    p = find("Der Vorwurf, er habe Gelder veruntreut, wiegt schwer.", "Gelder")
    assert p.quote == "er habe Gelder veruntreut"
    # a second Konjunktiv clause still belongs to the statement
    text = "Die Gewerkschaft erhob den Vorwurf, der Konzern habe gelogen, habe Zahlen geschönt."
    assert find(text, "Konzern").quote == "der Konzern habe gelogen, habe Zahlen geschönt"


def test_noun_without_article_at_the_sentence_start() -> None:
    text = "Neue Forderungen der Gewerkschaft, die Löhne um acht Prozent zu erhöhen, lehnte der Verband ab."
    p = find(text, "die Löhne")
    assert p.quote == "die Löhne um acht Prozent zu erhöhen" and p.speaker == "Gewerkschaft"


def test_a_preposition_before_the_noun_is_no_adjective() -> None:
    """ "Gegen Forderungen, …" rejects someone's demand: no holder, nothing proposed for it."""
    text = "Gegen Forderungen, die Steuern zu senken, wehrt sich der Finanzminister."
    assert all(not p.quote.startswith("die Steuern") for p in detect(text))


def test_wonach_gives_the_content_of_a_report_and_its_holder_speaks() -> None:
    text = "Ein Bericht der Zeitung „Morgenpost“, wonach der Bürgermeister zurücktreten wolle, wurde dementiert."
    p = find(text, "zurücktreten")
    assert p.quote == "der Bürgermeister zurücktreten wolle"
    assert p.speaker_mention == "Ein Bericht der Zeitung „Morgenpost“" and p.cue == "Bericht"
    # a report whose holder the sentence does not name gives no speaker of its own: its content is a claim
    # without a source (impersonal-clause)
    (q,) = detect("Es gibt Gerüchte, wonach der Bürgermeister zurücktrete.")
    assert q.speaker is None and q.rule == "impersonal-clause" and q.quote == "der Bürgermeister zurücktrete"


def test_plural_claim_without_article_or_holder_is_a_claim_without_a_source() -> None:
    text = "Gegen den Kämmerer stehen Vorwürfe im Raum, er könnte Spenden falsch verbucht haben."
    p = find(text, "Spenden")
    assert p.quote == "er könnte Spenden falsch verbucht haben"
    assert p.rule == "impersonal-clause"
    assert p.speaker is None
    text = "Nach dem Spiel wurden Vorwürfe laut, dass der Schiedsrichter bestochen worden sei."
    assert find(text, "der Schiedsrichter").rule == "impersonal-clause"


def test_plural_call_without_article_with_a_zu_infinitive() -> None:
    text = "Aus allen Fraktionen kommen Aufrufe, am Sonntag gegen die Schließung zu demonstrieren."
    p = find(text, "gegen die Schließung")
    assert p.quote == "am Sonntag gegen die Schließung zu demonstrieren"
    assert p.rule == "impersonal-clause"


def test_adjectives_between_article_and_statement_noun() -> None:
    text = "Der Elternbeirat ist der gegenteiligen Auffassung, dass die Schule zu klein ist."
    p = find(text, "die Schule")
    assert p.quote == "die Schule zu klein ist"
    assert p.rule == "dass-clause"
    assert p.speaker == "Elternbeirat"


def test_claim_noun_after_a_preposition_keeps_its_reading() -> None:
    # someone else's claim rejected: no holder, nothing proposed as the rejecter's statement
    assert all(
        p.rule != "impersonal-clause" for p in detect("Die Ministerin wandte sich gegen Vorwürfe, sie habe gelogen.")
    )


def test_reported_clause_goes_on_after_und_with_a_konjunktiv_ii() -> None:
    text = (
        "Die Forderung der Feuerwehr lautet, die Hausbesitzer müssten ihre Dächer vom Schnee räumen und dürften dies "
        "nicht aufschieben."
    )
    p = find(text, "ihre Dächer")
    assert p.quote.endswith("und dürften dies nicht aufschieben")


def test_statement_noun_after_a_verb_that_looks_like_an_adjective() -> None:
    # "fasste", "erteilte" end like adjectives; the article after them shows the verb
    p = find("Die Gemeinde fasste den Beschluss, das Freibad im Mai zu schließen.", "das Freibad")
    assert p.quote == "das Freibad im Mai zu schließen"
    assert p.cue == "Beschluss"
    assert p.speaker == "Gemeinde"
    q = find("Der Kapitän erteilte den Passagieren den Befehl, das Schiff zu verlassen.", "das Schiff")
    assert q.speaker == "Kapitän"


def test_with_the_words_and_reports_of_people() -> None:
    p = find("Die Ministerin verabschiedete sich mit den Worten, sie werde die Stadt vermissen.", "die Stadt")
    assert p.quote == "sie werde die Stadt vermissen"
    assert p.cue == "Worten"
    assert p.speaker == "Ministerin"
    text = "Wegen der Berichte von Anwohnern, es habe in der Nacht gebrannt, rückte die Feuerwehr aus."
    q = find(text, "in der Nacht")
    assert q.quote == "es habe in der Nacht gebrannt"
    assert q.cue == "Berichte"


def test_negation_inside_an_embedded_report_does_not_negate_the_cue() -> None:
    text = (
        "Der Richter trat dem Vorwurf, das Gericht sei nicht zuständig, mit den Worten entgegen, "
        "das Gericht sei sehr wohl zuständig."
    )
    p = find(text, "sehr wohl")
    assert p.quote == "das Gericht sei sehr wohl zuständig"
    assert p.speaker == "Richter"
    assert detect("Der Sprecher wollte nicht bestätigen, dass der Minister zurücktritt.") == []
