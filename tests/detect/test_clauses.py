"""What a speech verb reports: where its clause starts and ends, infinitives, noun complements, continuations."""

from __future__ import annotations

from quotetool.detect import Kind, detect

from .detect_helpers import find


def test_main_clause_after_a_verb_in_the_perfect() -> None:
    text = "Die Lokalzeitung hatte gestern berichtet, bei den Stadtwerken sollen 30 Stellen wegfallen."
    p = find(text, "bei den Stadtwerken")
    assert p.quote == "bei den Stadtwerken sollen 30 Stellen wegfallen"
    assert p.rule == "v2-clause"
    assert p.speaker == "Lokalzeitung"


def test_infinitive_after_a_verb_of_hoping() -> None:
    text = "Die Trainerin hofft, den Titel im nächsten Jahr verteidigen zu können."
    p = find(text, "den Titel")
    assert p.quote == "den Titel im nächsten Jahr verteidigen zu können"
    assert p.rule == "infinitive-clause"
    assert p.speaker_mention == "Die Trainerin"


def test_infinitive_announced_by_es() -> None:
    text = "Die Feuerwehr hielt es für richtig, die Anwohner sofort zu warnen."
    p = find(text, "die Anwohner")
    assert p.quote == "die Anwohner sofort zu warnen"
    assert p.speaker == "Feuerwehr"


def test_infinitive_keeps_its_relative_clause() -> None:
    text = "Der Mieterverband kündigte an, ein Gesetz zu fordern, das Mieter besser schützt."
    p = find(text, "ein Gesetz")
    assert p.quote == "ein Gesetz zu fordern, das Mieter besser schützt"
    assert p.speaker == "Mieterverband"


def test_infinitive_without_its_comma() -> None:
    text = "Die Firma hat am Montag angekündigt die Preise im Herbst zu erhöhen."
    p = find(text, "die Preise")
    assert p.quote == "die Preise im Herbst zu erhöhen"
    assert p.speaker == "Firma"


def test_purpose_clause_is_not_what_was_said() -> None:
    assert detect("Tausende Bürger demonstrierten am Samstag, um auf die Lage aufmerksam zu machen.") == []


def test_demand_of_a_named_holder() -> None:
    text = "Die Kritiker lehnten die Forderung des Bürgermeisters Tobias Lorenz, die Gebühren zu verdoppeln, ab."
    p = find(text, "die Gebühren")
    assert p.quote == "die Gebühren zu verdoppeln"
    assert p.speaker == "Tobias Lorenz"
    assert p.speaker_mention == "die Forderung des Bürgermeisters Tobias Lorenz"  # the noun with its holder


def test_claim_opposed_by_the_subject_is_not_theirs() -> None:
    text = "Die Ministerin wandte sich gegen die Behauptung, die Schulen seien schlecht ausgestattet."
    assert detect(text) == []


def test_statement_ends_before_a_colon_and_quotation() -> None:
    text = "Die Ärztin Renate Möller sagte, die Lage sei ernst: „Wir brauchen mehr Betten.“"
    props = detect(text)
    assert [(p.quote, p.kind, p.speaker) for p in props] == [
        ("die Lage sei ernst", Kind.INDIRECT, "Renate Möller"),
        ("Wir brauchen mehr Betten.", Kind.DIRECT, "Renate Möller"),
    ]


def test_statement_ends_where_another_report_begins() -> None:
    text = (
        "Der Landrat Markus Pohl sagte, die Straße sei sicher, doch die Polizei erklärte, es gebe dort viele Unfälle."
    )
    props = detect(text)
    assert [(p.quote, p.speaker, p.speaker_mention) for p in props] == [
        ("die Straße sei sicher", "Markus Pohl", "Der Landrat Markus Pohl"),
        ("es gebe dort viele Unfälle", "Polizei", "die Polizei"),
    ]


def test_statement_ends_before_a_second_verb_of_the_speaker() -> None:
    text = "Die Sprecherin Ingrid Jansen sagte, man müsse sparen, und verwies auf die hohen Kosten."
    p = find(text, "man müsse")
    assert p.quote == "man müsse sparen"
    assert p.speaker == "Ingrid Jansen"


def test_coordinated_verb_shares_the_first_speaker() -> None:
    text = "Die Abgeordnete Petra Vogel erklärte, der Plan sei zu teuer, und kündigte an, dagegen zu stimmen."
    p = find(text, "dagegen zu stimmen")
    assert p.quote == "dagegen zu stimmen"
    assert p.speaker == "Petra Vogel"
    assert p.speaker_mention == "Die Abgeordnete Petra Vogel"


def test_verb_final_clause_after_waehrend() -> None:
    text = "Während Bürgermeister Stefan Seidel ankündigte, die Pläne zu prüfen, lehnte die Opposition sie ab."
    p = find(text, "die Pläne")
    assert p.quote == "die Pläne zu prüfen"
    assert p.speaker == "Stefan Seidel"


def test_cue_in_the_perfect_after_the_statement() -> None:
    text = "Die Einnahmen seien gesunken, hatte die Kämmerin Petra Franke im März gesagt."
    p = find(text, "Die Einnahmen")
    assert p.quote == "Die Einnahmen seien gesunken"
    assert p.rule == "cue-after"
    assert p.speaker == "Petra Franke"


def test_one_cue_closes_a_statement_and_opens_another() -> None:
    text = "Die Ausstellung sei ein Erfolg, sagte die Kuratorin Eva Thiele, ihre „Erwartungen wurden weit übertroffen“."
    props = detect(text)
    assert [(p.quote, p.kind, p.speaker) for p in props] == [
        ("Die Ausstellung sei ein Erfolg", Kind.INDIRECT, "Eva Thiele"),
        ("ihre „Erwartungen wurden weit übertroffen“", Kind.MIXED, "Eva Thiele"),
    ]


def test_particle_written_apart_from_its_participle() -> None:
    text = "Die Stadt hat in einer Mitteilung bekannt gegeben, dass die Brücke saniert wird."
    p = find(text, "die Brücke")
    assert p.quote == "die Brücke saniert wird"
    assert p.speaker == "Stadt"
    assert p.cue == "bekannt"


def test_feelings_about_what_happened() -> None:
    text = "Die Trainerin Julia Kühn freute sich, dass die Mannschaft gewonnen hat."
    p = find(text, "die Mannschaft")
    assert p.quote == "die Mannschaft gewonnen hat"
    assert p.speaker == "Julia Kühn"


def test_what_a_study_shows() -> None:
    text = "Die Studie zeigt, dass Kinder zu wenig schlafen."
    p = find(text, "Kinder zu wenig")
    assert p.quote == "Kinder zu wenig schlafen"
    assert p.speaker == "Studie"


def test_source_of_verlauten() -> None:
    text = "Aus Regierungskreisen verlautete, der Minister werde zurücktreten."
    p = find(text, "der Minister")
    assert p.quote == "der Minister werde zurücktreten"
    assert p.speaker == "Regierungskreisen"


def test_continuation_needs_a_subjunctive_main_clause() -> None:
    text = (
        "Der Sprecher Lars Busch sagte, der Schaden sei groß. "
        "Die Firma verkaufte das Werk trotzdem, obwohl es profitabel sei."
    )
    assert [p.quote for p in detect(text)] == ["der Schaden sei groß"]


def test_conditional_of_the_narrator_continues_nothing() -> None:
    text = (
        "Die Sprecherin Eva Roth sagte, die Reparatur dauere lange. "
        "Hätte die Stadt früher gehandelt, wäre der Schaden kleiner gewesen."
    )
    assert [p.quote for p in detect(text)] == ["die Reparatur dauere lange"]


def test_reported_sentence_with_a_quotation_is_one_mixed_statement() -> None:
    text = (
        "Der Theologe Paul Seidel sagte, die Kirche müsse sich öffnen. "
        "Es sei schwierig, „dass sich in diesem Gremium etwas bewegt“."
    )
    p = find(text, "Es sei schwierig")
    assert p.quote == "Es sei schwierig, „dass sich in diesem Gremium etwas bewegt“"
    assert p.kind is Kind.MIXED
    assert p.speaker == "Paul Seidel"
