"""Classes of errors found in quality round 3, third pass (detector version 11): one test (at least) per
class, each with sentences of our own."""

from __future__ import annotations

from quotetool.detect import detect
from quotetool.detect import speakers as sp
from quotetool.detect.marks import pair_quotes, paragraphs
from quotetool.detect.tokens import Tok, tokenize

from .detect_helpers import find

# -- a zu-infinitive with a relative clause or an apposition inside -----------------------------------------


def test_zu_infinitive_runs_past_a_relative_clause_or_apposition_inside() -> None:
    p = find("Die Stifterin Helga Brand kündigte an, die Villa, die sie geerbt hatte, der Stadt zu schenken.", "Villa")
    assert p.quote == "die Villa, die sie geerbt hatte, der Stadt zu schenken"
    assert p.speaker == "Helga Brand"
    text = (
        "Der Bauherr Jonas Peil hat zugesagt, über den „Westturm“, das höchste der Häuser, nicht allein zu entscheiden."
    )
    p = find(text, "Westturm")
    assert p.quote == "über den „Westturm“, das höchste der Häuser, nicht allein zu entscheiden"
    assert p.speaker == "Jonas Peil"


def test_a_purpose_clause_after_a_relative_clause_is_no_statement() -> None:
    assert detect("Der Händler lobte die Uhr, die er gefunden hatte, um sie teurer zu verkaufen.") == []


# -- "zumal", "obschon", "wenngleich" open a subordinate clause whose subject speaks -----------------------


def test_subject_of_a_zumal_clause_speaks_the_complement() -> None:
    text = "Das Gericht blieb hart, zumal Anwältin Vera Kolb mehrfach betont hatte, ihr Mandant sei krank."
    p = find(text, "ihr Mandant")
    assert p.quote == "ihr Mandant sei krank"
    assert p.speaker == "Vera Kolb"
    text = "Die Wahl wurde verschoben, wenngleich der Landrat Udo Fink erklärt hatte, alles sei vorbereitet."
    assert find(text, "alles sei").speaker == "Udo Fink"


# -- a date after a weekday, between commas, does not hide the subject ---------------------------------------


def test_date_apposition_after_a_weekday_does_not_end_the_subjects_clause() -> None:
    text = "Die Ministerin Mira Holm hat am Dienstag, dem 4. Juni, im Ausschuss betont, der Bau sei zu teuer."
    p = find(text, "der Bau")
    assert p.quote == "der Bau sei zu teuer"
    assert p.speaker == "Mira Holm"
    text = "Der Trainer Ole Brandt hatte am Montag, den 2.9. in einer Runde mit Fans erklärt, das Team bleibe zusammen."
    assert find(text, "das Team").speaker == "Ole Brandt"


# -- a participle attribute before a statement noun names its holder ----------------------------------------


def test_von_attribute_before_a_statement_noun_names_its_holder() -> None:
    text = "Die von Malte Ries geäußerte Hoffnung, sein Betrieb werde überleben, erfüllte sich nicht."
    p = find(text, "sein Betrieb")
    assert p.quote == "sein Betrieb werde überleben"
    assert p.speaker == "Malte Ries"
    text = "Die vom Mieterbund vorgebrachte Kritik, die Mieten seien zu hoch, blieb ohne Folgen."
    assert find(text, "die Mieten").speaker == "Mieterbund"


def test_a_participle_attribute_without_von_names_no_holder() -> None:
    text = "Die oft geäußerte Hoffnung, der Betrieb werde überleben, erfüllte sich nicht."
    assert find(text, "der Betrieb").speaker is None


# -- "Beide", "Einige" before a verb in -en stand alone: a group speaks ---------------------------------------


def _np_toks(text: str) -> list[Tok]:
    return tokenize(text, 0, len(text), pair_quotes(text, paragraphs(text)))


def test_quantifier_before_a_verb_that_looks_like_an_adjective_is_a_group() -> None:
    for text in ("Beide lehnten ab", "Einige lehnten jede Hilfe ab"):
        toks = _np_toks(text)
        m, j = sp.parse_np(text, toks, 0, len(toks))
        assert m is not None and (m.kind, m.text, j) == ("group", text.split()[0], 1)
    text = (
        "Der Bürgermeister und die Landrätin trafen sich. Beide lehnten die Forderung ab, die Schule müsse schließen."
    )
    assert find(text, "die Schule müsse").speaker_mention == "Beide"


def test_quantifier_before_an_adjective_and_its_noun_is_a_determiner() -> None:
    text = "Beide neuen Trainer"
    toks = _np_toks(text)
    m, _ = sp.parse_np(text, toks, 0, len(toks))
    assert m is not None and m.kind != "group" and m.text == text


# -- "Bündnis 90/Die Grünen": a number joined to a capitalised word by a slash is two tokens --------------------


def test_number_slash_word_splits_so_the_party_is_a_speaker() -> None:
    text = "Die Ratsgruppe von Bündnis 90/Die Grünen kritisierte, die Busplanung sei lückenhaft."
    p = find(text, "die Busplanung")
    assert p.speaker_mention == "Die Ratsgruppe von Bündnis 90/Die Grünen"
    text = "Die Saison 2008/09 endete mit 80 km/h, sagte Oskar Lind."
    toks = _np_toks(text)
    assert {"2008/09", "km/h"} <= {t.text for t in toks}
    toks = _np_toks("Bündnis 90/Die Grünen")
    assert [(t.text, t.start, t.end) for t in toks] == [
        ("Bündnis", 0, 7),
        ("90", 8, 10),
        ("/", 10, 11),
        ("Die", 11, 14),
        ("Grünen", 15, 21),
    ]


# -- a party of several words in brackets after a name ---------------------------------------------------------


def test_party_of_several_words_in_brackets_belongs_to_the_name() -> None:
    for party in ("Die Linke", "Bündnis 90/Die Grünen", "Freie Wähler"):
        text = f"Die Abgeordnete Hanna Vogt ({party}) sagte, der Haushalt sei unsolide."
        p = find(text, "der Haushalt")
        assert p.speaker == "Hanna Vogt"
        assert p.speaker_mention == f"Die Abgeordnete Hanna Vogt ({party})"


def test_a_bracket_with_a_lower_case_remark_is_no_party() -> None:
    text = "Der Vorsitzende Timo Brack (seit Mai im Amt) sagte, der Haushalt sei unsolide."
    assert find(text, "der Haushalt").speaker_mention != "Der Vorsitzende Timo Brack (seit Mai im Amt)"


# -- a parenthesis between dashes does not hide the subject before it -----------------------------------------


def test_subject_before_an_insertion_between_dashes_speaks() -> None:
    text = "Die Feuerwehr – sie war mit 80 Kräften vor Ort – teilte mit, das Feuer sei gelöscht."
    p = find(text, "das Feuer")
    assert p.speaker == "Feuerwehr"
    text = "Lea Sommer – die Juristin war 2019 nach Kiel gezogen – sagte, sie bleibe im Amt."
    assert find(text, "sie bleibe").speaker == "Lea Sommer"


def test_an_insertion_between_dashes_after_no_noun_is_not_skipped() -> None:
    text = "Das Spiel dauerte lange – zu lange, sagte der Trainer Max Olm, das Team sei müde."
    assert find(text, "das Team").speaker == "Max Olm"


# -- a strong past plural before the statement noun's article is the finite verb -------------------------------


def test_plural_holders_before_a_strong_past_plural_hold_the_statement_noun() -> None:
    text = "Die Pflegekräfte erhoben die Forderung, die Dienstpläne müssten sich ändern."
    p = find(text, "die Dienstpläne")
    assert p.quote == "die Dienstpläne müssten sich ändern"
    assert p.speaker == "Pflegekräfte"
    text = "Die Fischer sprachen die Befürchtung aus, der Hafen werde geschlossen."
    assert find(text, "der Hafen").speaker == "Fischer"


# -- a statement noun and its holder before a Konjunktiv I in -e of any verb -----------------------------------


def test_statement_noun_with_holder_before_a_regular_konjunktiv_opens_its_clause() -> None:
    text = "Den Vorwurf der Anwohner, die Werft verschmutze die Bucht, wies der Betreiber zurück."
    p = find(text, "die Werft")
    assert p.quote == "die Werft verschmutze die Bucht"
    assert p.speaker == "Anwohner"
    text = "Die Kritik von Imkern, das Mittel zerstöre die Völker, blieb ohne Antwort."
    assert find(text, "das Mittel").quote == "das Mittel zerstöre die Völker"


def test_a_verb_cue_after_the_noun_keeps_its_subject() -> None:
    text = "Die Ärztin Ina Falk hatte im Interview die These vertreten, die Klinik stagniere seit Jahren."
    assert find(text, "die Klinik").speaker == "Ina Falk"


# -- a bare noun after a statement noun is no genitive holder ("der Hoffnung Ausdruck geben") --------------------


def test_bare_noun_after_a_statement_noun_is_not_its_holder() -> None:
    text = "Die Bürgermeisterin gab der Hoffnung Ausdruck, die Brücke bleibe offen."
    p = find(text, "die Brücke")
    assert p.speaker == "Bürgermeisterin"
    text = "Die Forderung vieler Ökonomen, die Steuern müssten sinken, verhallte."
    assert find(text, "die Steuern").speaker_mention == "Die Forderung vieler Ökonomen"
    text = "Die Mahnung Bischof Ottos, der Streit müsse enden, verhallte."
    assert find(text, "der Streit").speaker_mention == "Die Mahnung Bischof Ottos"


# -- a short lower-case quotation after an article is a name inside the speaker's phrase -----------------------


def test_lower_case_quoted_name_after_an_article_belongs_to_the_speaker_phrase() -> None:
    text = "Ein Sprecher der „nordwind energie“ bezeichnet den Kauf als „strategisch richtig“."
    p = find(text, "strategisch")
    assert p.speaker_mention == "Ein Sprecher der „nordwind energie“"
    toks = _np_toks("Er nannte das „unerträglich“ und lobte die „grüne welle“.")
    assert [t.title for t in toks if t.quote is not None] == [False, True]


# -- after a fronted phrase, a strong past form is the finite verb before the subject --------------------------


def test_subject_after_a_strong_past_form_chants_the_slogans() -> None:
    text = (
        "Unter dem Motto „Nie wieder Krieg“ zogen die Demonstranten durch die Stadt und riefen Parolen wie "
        "„Frieden jetzt“."
    )
    p = find(text, "Frieden jetzt")
    assert p.quote == "Frieden jetzt"
    assert p.speaker == "Demonstranten"


# -- strong past forms in -en are verbs, not adjectives -------------------------------------------------------


def test_strong_past_forms_are_no_adjectives() -> None:
    for word in ("zogen", "riefen", "gaben", "trafen"):
        assert not sp.is_adjective(_np_toks(word)[0])
    text = "Im Norden trafen die Soldaten auf heftigen Widerstand, berichtet die Agentur Nordpress."
    p = find(text, "heftigen Widerstand")
    assert p.speaker == "Agentur Nordpress"
    assert p.quote == "Im Norden trafen die Soldaten auf heftigen Widerstand"


def test_more_strong_past_forms_end_the_frame_phrase_before_them() -> None:
    text = "Bei dem Unglück starben amtlichen Angaben zufolge zwölf Menschen."
    p = find(text, "zwölf Menschen")
    assert p.speaker_mention == "amtlichen Angaben"


def test_von_attribute_may_be_long() -> None:
    text = (
        "Die von der Ärztekammer am Montag in einer langen Rede vor dem Landtag erhobene Forderung, "
        "die Praxen müssten öffnen, verhallte."
    )
    assert find(text, "die Praxen").speaker == "Ärztekammer"


# -- "zu" before a noun is no zu-infinitive --------------------------------------------------------------------


def test_zu_before_a_noun_ends_no_infinitive_complement() -> None:
    text = (
        "Die Brüder wurden in allen Punkten schuldig gesprochen, sie wurden zudem wegen Beihilfe zu Erpressung, "
        "Untreue und Nötigung belangt."
    )
    assert all(p.rule != "infinitive-clause" for p in detect(text))
    text = "Der Verband kündigte an, die Beiträge zu senken."
    assert find(text, "die Beiträge").rule == "infinitive-clause"


# -- a narrated introduction before a colon is not part of a statement whose speaker follows it ----------------


def test_narrated_intro_before_colon_is_cut_from_a_so_frame_or_cue_after() -> None:
    text = "Der Stadtrat blieb hart: Eine Ausnahme sei nicht vorgesehen, so Bürgermeisterin Pia Lenz."
    p = find(text, "Eine Ausnahme")
    assert p.quote == "Eine Ausnahme sei nicht vorgesehen"
    assert p.speaker == "Pia Lenz"
    text = "Der Stadtrat blieb hart: Eine Ausnahme sei nicht vorgesehen, sagte Bürgermeisterin Pia Lenz."
    assert find(text, "Eine Ausnahme").quote == "Eine Ausnahme sei nicht vorgesehen"


def test_an_intro_in_the_konjunktiv_stays_part_of_the_statement() -> None:
    text = "Die Lage sei ernst: Man müsse sofort handeln, so Bürgermeisterin Pia Lenz."
    assert find(text, "Man müsse").quote == "Die Lage sei ernst: Man müsse sofort handeln"


# -- "…, befürchtet aber weitere Opfer": the verb after "aber" goes on with the subject before ----------------


def test_verb_with_aber_and_an_object_after_a_main_clause_is_no_cue_after() -> None:
    text = "Die Feuerwehr beziffert den Schaden auf zwei Millionen Euro, befürchtet aber weitere Schäden."
    assert detect(text) == []
    text = "Die Lage sei ernst, sagte aber der Landrat Jens Ott."
    p = find(text, "Die Lage")
    assert (p.rule, p.speaker) == ("cue-after", "Jens Ott")


# -- feminine role nouns with an umlaut (Landrätin, Bischöfin, Bäuerin) -------------------------------------------


def test_feminine_role_nouns_with_umlaut_are_roles() -> None:
    text = (
        "Die Landrätin Vera Stolz hat betont, der Kreis sei schuldenfrei. "
        "Die Landrätin sagte außerdem, man werde sparen."
    )
    assert find(text, "der Kreis").speaker == "Vera Stolz"
    assert find(text, "man werde").speaker == "Vera Stolz"
    text = "Die Landesbischöfin Ruth Kamp erklärte, die Kirche bleibe offen."
    assert find(text, "die Kirche").speaker == "Ruth Kamp"
