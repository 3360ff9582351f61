"""Direct quotes: the quotation marks, where the cue stands, split quotes, continuation paragraphs."""

from __future__ import annotations

import pytest

from quotetool.detect import Kind, detect

from .detect_helpers import find, quotes


@pytest.mark.parametrize(
    ("text", "inner"),
    [
        ("„Wir öffnen das Bad im Mai“, sagte Jana Krüger.", "Wir öffnen das Bad im Mai"),
        ("„Wir öffnen das Bad im Mai”, sagte Jana Krüger.", "Wir öffnen das Bad im Mai"),
        ("»Wir öffnen das Bad im Mai«, sagte Jana Krüger.", "Wir öffnen das Bad im Mai"),
        ("«Wir öffnen das Bad im Mai», sagte Jana Krüger.", "Wir öffnen das Bad im Mai"),
        ('"Wir öffnen das Bad im Mai", sagte Jana Krüger.', "Wir öffnen das Bad im Mai"),
        ("„Das Wort ‚pünktlich‘ kennt hier keiner“, sagte Jana Krüger.", "Das Wort ‚pünktlich‘ kennt hier keiner"),
        ("\"Das Wort 'pünktlich' kennt hier keiner\", sagte Jana Krüger.", "Das Wort 'pünktlich' kennt hier keiner"),
    ],
)
def test_quotation_mark_styles(text: str, inner: str) -> None:
    (p,) = detect(text)
    assert p.quote == inner
    assert p.kind is Kind.DIRECT
    assert p.speaker == "Jana Krüger"
    assert p.speaker_mention == "Jana Krüger"
    assert p.cue == "sagte"


def test_cue_before_with_colon() -> None:
    text = "Die Bürgermeisterin Hanna Olbrich sagte: „Die Brücke wird bis zum Herbst gesperrt.“"
    p = find(text, "Die Brücke wird")
    assert p.quote == "Die Brücke wird bis zum Herbst gesperrt."
    assert p.speaker == "Hanna Olbrich"
    assert p.speaker_mention == "Die Bürgermeisterin Hanna Olbrich"
    assert p.rule == "direct-cue-before"


def test_quote_on_the_next_line_after_the_colon() -> None:
    text = "Der Kämmerer Bernd Faust erklärte am Abend:\n„Für neue Schulden gibt es keinen Spielraum mehr.“"
    p = find(text, "Für neue Schulden")
    assert p.quote == "Für neue Schulden gibt es keinen Spielraum mehr."
    assert p.speaker == "Bernd Faust"
    assert p.speaker_mention == "Der Kämmerer Bernd Faust"
    assert p.rule == "direct-colon-nextline"


def test_cue_after_with_so() -> None:
    text = "„Die Halle ist marode und muss ersetzt werden“, so Vereinschef Ole Brandes."
    p = find(text, "Die Halle ist marode")
    assert p.quote == "Die Halle ist marode und muss ersetzt werden"
    assert p.speaker == "Ole Brandes"
    assert p.speaker_mention == "Vereinschef Ole Brandes"


def test_split_quote_is_one_event() -> None:
    text = "„Wir haben lange gewartet“, sagte Petra Lenz, „jetzt muss endlich gebaut werden.“"
    (p,) = detect(text)
    assert p.kind is Kind.DIRECT
    assert p.rule == "direct-split"
    assert p.speaker == "Petra Lenz"
    first, second = p.parts
    assert text[first[0] : first[1]] == "Wir haben lange gewartet"
    assert text[second[0] : second[1]] == "jetzt muss endlich gebaut werden."
    assert p.start == first[0] and p.end == second[1]
    assert p.quote == text[p.start : p.end]


def test_quote_paragraph_continues_the_previous_speaker() -> None:
    text = (
        "„Die Kosten sind uns davongelaufen“, sagte Stadtrat Theo Wagner.\n"
        "„Ohne Hilfe vom Land können wir das Projekt nicht beenden.“"
    )
    p = find(text, "Ohne Hilfe vom Land")
    assert p.quote == "Ohne Hilfe vom Land können wir das Projekt nicht beenden."
    assert p.rule == "direct-continuation"
    assert p.speaker == "Theo Wagner"


def test_unclosed_mark_does_not_swallow_the_document() -> None:
    body = " ".join(f"Im Jahr {1990 + i} wuchs die Stadt weiter." for i in range(40))
    text = "Der Verein nannte das „völlig unverständlich. " + body + " „Wir bleiben dran“, sagte Uwe Thal."
    found = detect(text)
    assert [p.quote for p in found] == ["Wir bleiben dran"]
    assert found[0].speaker == "Uwe Thal"


def test_stray_closing_mark_is_ignored() -> None:
    text = "Das Wetter war gut.“ Dann sagte Ida Berg: „Wir kommen wieder.“"
    assert quotes(text) == ["Wir kommen wieder."]


def test_unclosed_quote_is_capped_at_the_paragraph() -> None:
    text = "Sie sagte: „Wir kommen bald\nDer nächste Absatz handelt vom Wetter. Es regnete den ganzen Tag."
    assert all("Wetter" not in q for q in quotes(text))


def test_quote_over_a_line_break_is_one_quote_without_its_marks() -> None:
    # issue 15: the second line's closing mark ended up inside an "indirect" statement
    text = "„Wir haben das Gebäude zu spät\nfür den Winter vorbereitet“, sagte Hausmeister Kurt Ebel am Montag."
    (p,) = detect(text)
    assert p.kind is Kind.DIRECT
    assert p.speaker == "Kurt Ebel"
    assert p.quote == "Wir haben das Gebäude zu spät\nfür den Winter vorbereitet"
    assert [text[s:e] for s, e in p.parts] == ["Wir haben das Gebäude zu spät", "für den Winter vorbereitet"]
    assert not any(mark in p.quote for mark in "„“")


def test_quote_over_a_paragraph_break_without_closing_mark_is_one_quote_of_two_parts() -> None:
    text = (
        "Die Schulleiterin Rita Falk sagte: „Wir brauchen mehr Lehrkräfte. Die Klassen sind zu groß.\n\n"
        "Im Herbst fehlen uns schon wieder vier Stellen.“\n"
        "Die Elternvertretung will im Mai nachlegen."
    )
    (p,) = detect(text)
    assert p.kind is Kind.DIRECT and p.speaker == "Rita Falk"
    assert [text[s:e] for s, e in p.parts] == [
        "Wir brauchen mehr Lehrkräfte. Die Klassen sind zu groß.",
        "Im Herbst fehlen uns schon wieder vier Stellen.",
    ]


def test_second_part_with_its_own_cue_names_the_speaker() -> None:
    text = "„Der Haushalt ist auf Kante genäht,\nmehr geht in diesem Jahr nicht“, erklärte Kämmerer Otto Rinne."
    (p,) = detect(text)
    assert p.speaker == "Otto Rinne" and p.rule == "direct-cue-after" and len(p.parts) == 2


def test_an_open_quote_is_not_joined_to_a_later_paragraphs_own_quotation() -> None:
    text = "Sie sagte: „Wir kommen bald\nDer nächste Absatz hat „ein eigenes Zitat“ und endet hier."
    assert all("Wir kommen" not in q for q in quotes(text))
