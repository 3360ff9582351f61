"""Speaker choice, round 18 (wrong or missing speakers read on SpkAtt train, fixed as classes): each class with
sentences of our own."""

from __future__ import annotations

from quotetool.detect import detect, lexicon
from quotetool.detect.speakers import parse_np
from quotetool.detect.tokens import tokenize

from .detect_helpers import find

# -- "…, hieß es in der Ansprache": the speech named a sentence or two before, its giver speaks -----------------


def test_a_speech_named_two_sentences_before_still_gives_its_speaker() -> None:
    text = (
        "In seiner Antrittsrede im Landtag sprach Ministerpräsident Tobias Lindqvist über die Schulen. "
        "Weitere Punkte waren die Straßen und die Polizei. Auch der Haushalt wurde angesprochen. "
        "„Bei den Schulen wird nicht gespart“, so hieß es am Ende in der Ansprache."
    )
    assert find(text, "nicht gespart").speaker == "Tobias Lindqvist"
    text = (
        "Die Bischöfin Maren Holtkamp hielt am Sonntag die Predigt im Dom. Der Chor sang zwei Lieder. "
        "„Niemand darf an der Tür abgewiesen werden“, hieß es in der Predigt."
    )
    assert find(text, "abgewiesen werden").speaker == "Maren Holtkamp"


def test_a_speech_named_long_before_gives_no_speaker() -> None:
    text = (
        "Tobias Lindqvist hielt eine Rede. Die Schulen waren Thema. Der Tag war lang. Es regnete am Abend. "
        "„Bei den Schulen wird nicht gespart“, so hieß es am Ende in der Ansprache."
    )
    assert find(text, "nicht gespart").speaker is None


# -- "Wie X, ein Sprecher der Y (Z) der Presse mitteilte, …": an apposition left without its closing comma ---------


def test_a_name_with_an_unclosed_apposition_after_wie_speaks() -> None:
    text = (
        "Im Norden kam es erneut zu Kämpfen. Die Regierung sprach davon, dass die Rebellen die Stadt angegriffen "
        "hätten. Wie Jonas Brenner, ein Sprecher der Bergwacht (BW) am Abend erklärte, seien auch drei Hütten "
        "zerstört worden."
    )
    assert find(text, "drei Hütten").speaker == "Jonas Brenner"
    text = (
        "Im Süden gab es Streit. Wie Jana Olsen, die Leiterin des Landesamts (LfA) am Montag erklärte, sei der Bau "
        "gestoppt."
    )
    assert find(text, "Bau gestoppt").speaker == "Jana Olsen"


def test_a_list_before_a_plural_verb_is_no_apposition() -> None:
    text = (
        "Im Norden kam es zu Kämpfen. Wie Jonas Brenner, die Polizei und die Feuerwehr der Presse mitteilten, seien "
        "auch neun Hütten zerstört worden."
    )
    assert find(text, "neun Hütten").speaker != "Jonas Brenner"


# -- "„…“ Dieser Satz stammt von X", "Diese dem X zugeschriebene Weisheit …": the words' origin names the speaker --


def test_the_origin_of_the_words_before_names_their_speaker() -> None:
    for text, speaker in (
        ("„Wer rastet, der rostet.“ Dieser Satz stammt angeblich vom Bergsteiger Anton Pfeiler.", "Anton Pfeiler"),
        ("„Ordnung ist das halbe Leben.“ Diese Worte stammen von der Lehrerin Greta Vollmer.", "Greta Vollmer"),
        (
            "„Wer zuerst kommt, der mahlt zuerst!“ Diese oft dem Müller Karl Sandner zugeschriebene Weisheit gilt "
            "auch im Rathaus.",
            "Karl Sandner",
        ),
    ):
        assert find(text, text[1:8]).speaker == speaker, text


def test_words_from_a_time_or_place_have_no_speaker() -> None:
    text = "„Ordnung ist das halbe Leben.“ Der Satz stammt aus dem Jahr 1820."
    assert find(text, "halbe Leben").speaker is None
    text = "„Ordnung ist das halbe Leben.“ Dieser Satz stammt aus einem alten Schulbuch."
    assert find(text, "halbe Leben").speaker is None


# -- "Informierten Kreisen zufolge … laut „Y“ …": the named outlet reports what unnamed sources told it ------------


def test_a_named_outlet_speaks_for_unnamed_sources_in_its_clause() -> None:
    for text, speaker in (
        ("Informierten Kreisen zufolge will der Konzern laut „Nordkurier“ 500 Stellen streichen.", "Nordkurier"),
        ("Nicht genannten Quellen zufolge will der Verein laut dem Westboten den Trainer entlassen.", "Westboten"),
    ):
        assert speaker in (find(text, "will der").speaker or ""), text


def test_unnamed_sources_alone_stay_the_source() -> None:
    text = "Informierten Kreisen zufolge will der Konzern 500 Stellen streichen."
    assert find(text, "500 Stellen").speaker_mention == "Informierten Kreisen"
    text = "Insidern zufolge will der Minister laut Plan im Mai zurücktreten."
    assert find(text, "zurücktreten").speaker_mention == "Insidern"


# -- "bat ihn, ihre „Anteilnahme … zu übermitteln“": a zu-infinitive inside the quotation is the request's content --


def test_a_quoted_zu_infinitive_after_a_request_keeps_the_requester() -> None:
    text = (
        "Hilfe kam aus vielen Ländern. Die Königin Margit bat Ministerpräsident Tom Berger, ihre „herzlichen Grüße "
        "allen Helfern zu übermitteln, die seit Tagen im Einsatz sind“. Auch der Papst meldete sich."
    )
    p = find(text, "herzlichen Grüße")
    assert (p.rule, p.speaker_mention) == ("infinitive-clause", "Die Königin Margit")
    text = "Der Verband rief die Bürger auf, ihre „Nachbarn zu unterstützen“."
    assert find(text, "Nachbarn").speaker == "Verband"


def test_a_motto_with_a_zu_infinitive_is_no_request() -> None:
    text = "Der Verband verwies auf das Motto „Zeit zu handeln“."
    assert all(p.rule != "infinitive-clause" for p in detect(text))


# -- "Der Doktorvater zu Ebersbachs, Konrad Remsting, erklärte": a noble name with "zu" in the genitive after a role --


def test_a_noble_name_in_the_genitive_keeps_the_apposition() -> None:
    text = "Die Stiftung tagte. Der Doktorvater zu Lindaus, Konrad Remsting, erklärte, er sei tief enttäuscht."
    assert find(text, "tief enttäuscht").speaker == "Konrad Remsting"
    text = "Die Stiftung tagte. Der Anwalt zu Lindaus sagte, sein Mandant sei enttäuscht."
    assert find(text, "Mandant").speaker_mention == "Der Anwalt zu Lindaus"


def test_zu_before_a_plain_noun_is_no_noble_name() -> None:
    text = "Die Stiftung tagte. Der Beauftragte zu Fragen des Datenschutzes sagte, die Lage sei ernst."
    assert "Fragen" not in (find(text, "Lage sei").speaker or "")


# -- "Die Zahlen sind laut X …. Sie zeigten, dass …": a plural "sie" that takes up things reports the last speaker --


def test_a_plural_pronoun_for_things_continues_the_speaker_before() -> None:
    text = (
        "Die Lage ist angespannt. Die neuen Zahlen sind laut Ministerin Karla Hennig kein Grund zur Freude. "
        "Sie zeigten, dass die Löhne weiter sinken."
    )
    assert find(text, "Löhne weiter").speaker == "Karla Hennig"
    text = (
        "Die Lage ist angespannt. Die neuen Zahlen wurden am Montag veröffentlicht. Sie zeigten, dass die Löhne sinken."
    )
    assert find(text, "Löhne sinken").speaker is None


def test_a_plural_pronoun_for_people_still_names_them() -> None:
    text = "Die Lage ist angespannt. Die Anwohner sind empört. Sie sagten, dass die Mieten weiter steigen."
    assert find(text, "Mieten").speaker == "Anwohner"


# -- "Am Montag hat der „Bund der Sparer“ sein Jahrbuch vorgestellt. Demnach …": a body named by a quoted title --


def test_a_body_named_by_a_quoted_title_is_the_source_after_it() -> None:
    for text in (
        "Am Montag hat der „Bund der Sparer“ sein Jahrbuch vorgestellt. Demnach wird viel Geld verschwendet.",
        "Der „Bund der Sparer“ hat sein Jahrbuch vorgestellt. Demnach wird viel Geld verschwendet.",
    ):
        assert find(text, "viel Geld").speaker == "Bund der Sparer", text
    text = "Am Montag teilte die „Initiative Klare Luft“ mit, die Werte seien zu hoch."
    assert find(text, "Werte").speaker == "Initiative Klare Luft"


def test_a_dative_medium_before_the_subject_still_gives_way_to_it() -> None:
    text = "Die Lage sei ernst, sagte der Zeitung der Bürgermeister Jens Ahlborn."
    assert find(text, "Lage").speaker == "Jens Ahlborn"
    text = "Am Montag hat der „Bund der Sparer“ sein Jahrbuch vorgestellt. Darin steht nichts Neues."
    assert all(p.speaker != "Jahrbuch" for p in detect(text))


# -- "Einige Anhänger des Trainers protestierten mit Transparenten, auf denen …": supporters are people who speak --


def test_supporters_carry_the_words_on_their_signs() -> None:
    text = (
        "Die Lage ist ernst. Einige Anhänger des Trainers protestierten vor dem Stadion mit Transparenten, auf denen "
        "Sprüche wie „Weg mit dem Vorstand“ standen."
    )
    assert find(text, "Weg mit").speaker == "Anhänger des Trainers"
    text = "Unterstützer der Bürgermeisterin sagten, sie sei die beste Wahl."
    assert find(text, "beste Wahl").speaker == "Unterstützer der Bürgermeisterin"


def test_a_trailer_says_nothing() -> None:
    text = "Der Anhänger des Lastwagens kippte um. Die Polizei sagte, niemand sei verletzt worden."
    assert find(text, "niemand").speaker == "Polizei"


def test_every_evidence_noun_is_a_plain_plural_phrase() -> None:
    # the test reads heads of kind "other"; an entry that parses as a source or frame would never match
    for word in lexicon.EVIDENCE_NOUNS:
        text = f"Die neuen {word.capitalize()} sind da."
        toks = tokenize(text, 0, len(text), [])
        m, _ = parse_np(text, toks, 0, len(toks))
        assert m is not None and (m.kind, m.head) == ("other", word), word
