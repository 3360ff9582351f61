"""Statement links across documents on our own German wordings."""

from __future__ import annotations

from quotetool.crossref import (
    LinkReason,
    QuoteRecord,
    cluster_statements,
    compare,
    link_statements,
    statement_ids,
)
from quotetool.crossref.normalize import sentences, stem, wording

MAYOR = 1
COUNCILLOR = 2


def _links(*quotes: QuoteRecord) -> dict[tuple[int, int], LinkReason]:
    return {(link.a, link.b): link.reason for link in link_statements(quotes)}


def test_normaliser_folds_case_umlauts_inflection_and_konjunktiv() -> None:
    assert stem("steht") == stem("stehe") == stem("stehen")
    assert stem("gibt") == stem("gebe")
    assert stem("Bürgern") == stem("BUERGERN".replace("UE", "Ü"))
    w = wording("Wir werden niemals Gebühren für die Bibliothek erheben")
    assert "nie" in w.negations and "gebuhr" in w.nouns
    assert wording("Die Stadt steht zu ihrem Wort").signature() == wording("die Stadt stehe zu ihrem Wort").signature()


def test_sentences_do_not_end_at_an_ellipsis() -> None:
    text = "Wir bauen die Brücke […] und wir bauen sie schnell... Das ist versprochen. Punkt."
    assert sentences(text) == ["Wir bauen die Brücke […] und wir bauen sie schnell... Das ist versprochen.", "Punkt."]


def test_near_identical_wording_links_across_documents_but_not_within_one() -> None:
    a = QuoteRecord(1, MAYOR, 10, "Die Sanierung des Hallenbads beginnt im März.")
    b = QuoteRecord(2, MAYOR, 20, "Die Sanierung des Hallenbades beginnt im März")
    c = QuoteRecord(3, MAYOR, 10, "Die Sanierung des Hallenbads beginnt im März!")
    assert _links(a, b) == {(1, 2): LinkReason.SAME_WORDING}
    assert _links(a, c) == {}  # one document
    assert _links(a, b, c) == {(1, 2): LinkReason.SAME_WORDING, (2, 3): LinkReason.SAME_WORDING}


def test_another_speaker_never_links() -> None:
    a = QuoteRecord(1, MAYOR, 10, "Die Sanierung des Hallenbads beginnt im März.")
    b = QuoteRecord(2, COUNCILLOR, 20, "Die Sanierung des Hallenbads beginnt im März.")
    assert _links(a, b) == {}


def test_translation_variants_word_order_and_nie_niemals() -> None:
    a = QuoteRecord(1, MAYOR, 10, "Wir werden niemals Gebühren für die Stadtbibliothek erheben.")
    b = QuoteRecord(2, MAYOR, 20, "Gebühren für die Stadtbibliothek werden wir nie erheben.")
    c = QuoteRecord(3, MAYOR, 30, "Für die Bibliothek der Stadt werden wir nie Gebühren verlangen.")
    links = _links(a, b, c)
    assert links[(1, 2)] is LinkReason.SAME_WORDING
    assert (1, 3) in links or (2, 3) in links


def test_translated_sentence_with_other_verbs_and_adjectives_is_a_variant() -> None:
    a = QuoteRecord(
        1, MAYOR, 10, "Wir hoffen auf eine gute und verlässliche Partnerschaft mit unseren polnischen Nachbarn."
    )
    b = QuoteRecord(
        2, MAYOR, 20, "Wir wünschen uns eine enge und verlässliche Partnerschaft mit den polnischen Nachbarn."
    )
    assert _links(a, b) == {(1, 2): LinkReason.VARIANT}


def test_elision_links_to_the_full_wording() -> None:
    full = QuoteRecord(
        1,
        MAYOR,
        10,
        "Die Stadt wird das Hallenbad sanieren, auch wenn es teuer wird, und die Kosten trägt am Ende das Land.",
    )
    elided = QuoteRecord(2, MAYOR, 20, "Die Stadt wird das Hallenbad sanieren, […] die Kosten trägt am Ende das Land.")
    dotted = QuoteRecord(3, MAYOR, 30, "Die Stadt wird das Hallenbad sanieren ... die Kosten trägt das Land")
    links = _links(full, elided, dotted)
    assert {(1, 2), (1, 3)} <= set(links)


def test_fragment_links_to_the_longer_quote() -> None:
    long = QuoteRecord(
        1,
        MAYOR,
        10,
        "Der Radweg an der Weser wird bis zum Herbst fertig, und danach bauen wir "
        "die Brücke am Hafen neu. Das Geld dafür steht bereit.",
    )
    fragment = QuoteRecord(2, MAYOR, 20, "die Brücke am Hafen neu", kind="mixed")
    longer_fragment = QuoteRecord(3, MAYOR, 30, "danach bauen wir die Brücke am Hafen neu", kind="mixed")
    links = _links(long, fragment, longer_fragment)
    assert links[(1, 2)] is links[(1, 3)] is LinkReason.FRAGMENT
    assert compare("die Brücke am Hafen", long.text) is None  # too little content to tell a statement


def test_longer_quote_joins_fragments_reported_separately() -> None:
    long = QuoteRecord(
        1,
        MAYOR,
        10,
        "Wir schließen das Klinikum in Nordstadt nicht. Die Notaufnahme bleibt "
        "rund um die Uhr geöffnet. Wir investieren zehn Millionen in die Geburtsstation.",
    )
    first = QuoteRecord(2, MAYOR, 20, "Wir schließen das Klinikum in Nordstadt nicht.")
    second = QuoteRecord(3, MAYOR, 30, "Wir investieren zehn Millionen in die Geburtsstation")
    unrelated = QuoteRecord(4, MAYOR, 30, "Die Busse fahren ab Montag wieder nach Fahrplan.")
    clusters = cluster_statements(link_statements([long, first, second, unrelated]))
    assert [c.quote_ids for c in clusters] == [(1, 2, 3)]
    assert statement_ids([1, 2, 3, 4], clusters) == {1: (1, 3), 2: (1, 3), 3: (1, 3), 4: (4, 1)}


def test_direct_quote_reported_indirectly() -> None:
    direct = QuoteRecord(
        1, MAYOR, 10, "Die Stadt steht zu ihrem Wort und gibt den Vereinen das Geld für die Sporthalle."
    )
    indirect = QuoteRecord(
        2, MAYOR, 20, "die Stadt stehe zu ihrem Wort und gebe den Vereinen das Geld für die Sporthalle", kind="indirect"
    )
    assert _links(direct, indirect) == {(1, 2): LinkReason.INDIRECT}


def test_indirect_with_pronoun_shift() -> None:
    direct = QuoteRecord(1, MAYOR, 10, "Wir haben die Ausschreibung für die neue Feuerwache gestoppt.")
    indirect = QuoteRecord(
        2, MAYOR, 20, "sie hätten die Ausschreibung für die neue Feuerwache gestoppt", kind="indirect"
    )
    assert _links(direct, indirect) == {(1, 2): LinkReason.INDIRECT}


def test_near_misses_same_speaker_same_topic_do_not_link() -> None:
    pairs = [
        ("Wir werden im Herbst die Grundsteuer senken.", "Wir werden im Herbst die Gewerbesteuer erhöhen."),
        ("Die Feuerwehr bekommt im Frühjahr neue Fahrzeuge.", "Die Feuerwehr bildet im Frühjahr neue Helfer aus."),
        ("Wir werden die Grundschule am Markt schließen.", "Wir werden die Grundschule am Markt nicht schließen."),
        ("Wir stellen in diesem Jahr 300 neue Lehrer ein.", "Wir stellen in diesem Jahr 500 neue Lehrer ein."),
        (
            "Wir freuen uns auf den Besuch unserer polnischen Nachbarn.",
            "Wir freuen uns auf eine enge Partnerschaft mit unseren polnischen Nachbarn.",
        ),
        ("Der Bahnhof wird bis 2027 barrierefrei umgebaut.", "Der Bahnhof bekommt bis 2027 ein neues Parkhaus."),
    ]
    for i, (x, y) in enumerate(pairs):
        a, b = QuoteRecord(2 * i, MAYOR, 10, x), QuoteRecord(2 * i + 1, MAYOR, 20, y)
        assert _links(a, b) == {}, (x, y)
        assert compare(x, y) is None


def test_two_people_sharing_a_surname_stem_keep_their_statements_apart() -> None:
    schmidt, schmidtke = 7, 8  # Klaus Schmidt and Helmut Schmidtke: two speakers (test_speakers)
    a = QuoteRecord(1, schmidt, 10, "Der Kreistag muss den Haushalt bis Juni beschließen.")
    b = QuoteRecord(2, schmidtke, 20, "Der Kreistag muss den Haushalt bis Juni beschließen.")
    assert _links(a, b) == {}


def test_rejected_link_splits_the_cluster() -> None:
    a = QuoteRecord(1, MAYOR, 10, "Die Sanierung des Hallenbads beginnt im März.")
    b = QuoteRecord(2, MAYOR, 20, "Die Sanierung des Hallenbads beginnt im März.")
    c = QuoteRecord(3, MAYOR, 30, "Die Sanierung des Hallenbads beginnt im März.")
    links = link_statements([a, b, c])
    assert [cl.quote_ids for cl in cluster_statements(links)] == [(1, 2, 3)]
    kept = cluster_statements(links, rejected=[(lk.b, lk.a) for lk in links if 3 in (lk.a, lk.b)])
    assert [cl.quote_ids for cl in kept] == [(1, 2)]


def test_common_words_do_not_make_candidates_beyond_the_cap() -> None:
    quotes = [
        QuoteRecord(i, MAYOR, i, f"Die Stadt baut im Jahr {2000 + i} eine neue Schule für {i} Kinder.")
        for i in range(300)
    ]
    assert link_statements(quotes) == []
