"""Quality round 3, span finding (issue 14 item 6): classes of constructions the detector used to miss or
over-read, each with sentences of our own. A row is (text, the quote expected, its speaker or None, its rule);
the negative rows name a phrase that must not become (part of) a quote."""

from __future__ import annotations

import pytest

from quotetool.detect import detect

FOUND: list[tuple[str, str, str | None, str]] = [
    # a time phrase between the cue and its subject ("sagte am Freitag der X") is no genitive of the time noun
    (
        "„Wir haben alles versucht“, sagte am Freitag der Bürgermeister Hans Keller.",
        "Wir haben alles versucht",
        "Hans Keller",
        "direct-cue-after",
    ),
    (
        "„Die Halle bleibt bis zum Sommer zu“, teilte am Montagabend die Stadtsprecherin Lea Brandt mit.",
        "Die Halle bleibt bis zum Sommer zu",
        "Lea Brandt",
        "direct-cue-after",
    ),
    (
        "Der Deich sei sicher, sagte am gestrigen Dienstag der Landrat Olaf Behrens.",
        "Der Deich sei sicher",
        "Olaf Behrens",
        "cue-after",
    ),
    # a past-tense verb right after the subject of a reported main clause is a verb, not an adjective
    (
        "Die Gewerkschaftschefin Maren Vogt warnte, die Arbeitgeber verfolgten ganz andere Ziele.",
        "die Arbeitgeber verfolgten ganz andere Ziele",
        "Maren Vogt",
        "v2-clause",
    ),
    # the subjunctive of a continuation after a fronted adverb, its subject after the verb
    (
        "Die Kommission erklärte, sie habe keine Einwände. Jedoch ruhe die Prüfung bis zum Sommer.",
        "Jedoch ruhe die Prüfung bis zum Sommer",
        "Kommission",
        "subjunctive-continuation",
    ),
    # a claim made public without a source: "wurde bekannt, dass …" (impersonal-clause, no speaker by design)
    (
        "Im Mai wurde dann bekannt, dass die Reederei ihre Fähren verkauft.",
        "die Reederei ihre Fähren verkauft",
        None,
        "impersonal-clause",
    ),
    (
        "Nachdem bekannt geworden war, dass der Trainer geht, sanken die Zuschauerzahlen.",
        "der Trainer geht",
        None,
        "impersonal-clause",
    ),
    # agreements, pleas, instructions and plans with a zu-infinitive
    (
        "Beide Tarifparteien hatten vereinbart, die Gespräche im Mai fortzusetzen.",
        "die Gespräche im Mai fortzusetzen",
        "Tarifparteien",
        "infinitive-clause",
    ),
    (
        "Die Abgeordnete Eva Lorenz plädierte dafür, dem Konzern keine Subventionen zu zahlen.",
        "dem Konzern keine Subventionen zu zahlen",
        "Eva Lorenz",
        "infinitive-clause",
    ),
    (
        "Die Anwohner drängten den Bürgermeister, die Straße sofort zu sperren.",
        "die Straße sofort zu sperren",
        "Anwohner",
        "infinitive-clause",
    ),
    (
        "Der Stadtrat denkt darüber nach, die Gebühren zu senken.",
        "die Gebühren zu senken",
        "Stadtrat",
        "infinitive-clause",
    ),
    (
        "Die Veranstalter überlegten kurz, das Konzert abzusagen.",
        "das Konzert abzusagen",
        "Veranstalter",
        "infinitive-clause",
    ),
    # what a rule or a calculation says, and calls hung on a noun with their holder
    (
        "Die Klausel besagt, dass der Käufer das Grundstück zurückgeben muss.",
        "der Käufer das Grundstück zurückgeben muss",
        "Klausel",
        "dass-clause",
    ),
    (
        "Die Reederei hat ausgerechnet, dass jede Überfahrt 300 Euro kostet.",
        "jede Überfahrt 300 Euro kostet",
        "Reederei",
        "dass-clause",
    ),
    (
        "Der Aufruf des Verbands, am Montag zu streiken, fand viel Zustimmung.",
        "am Montag zu streiken",
        "Verband",
        "infinitive-clause",
    ),
    # a short quotation before ", sagte er" after an introduction with a colon is a quotation, not a title
    # that a reported clause would swallow with the introduction
    (
        "Paul Roth äußerte sich zu den Vorgängen im Hafen: „Wir sind in großer Sorge“, sagte er.",
        "Wir sind in großer Sorge",
        "Paul Roth",
        "direct-cue-before",
    ),
    # slogans: after "Parolen wie (zum Beispiel)", in compounds ("Hassparolen"), coordinated, in title case
    (
        "Die Demonstranten skandierten Parolen wie zum Beispiel „Wir bleiben hier“ oder „Keine Räumung“.",
        "Keine Räumung",
        "Demonstranten",
        "direct-after-noun",
    ),
    ("Unbekannte sprühten Hassparolen wie „Raus hier“ an die Wand.", "Raus hier", "Unbekannte", "direct-after-noun"),
    ("Die Demonstranten skandierten: „Wir bleiben hier!“", "Wir bleiben hier!", "Demonstranten", "direct-cue-before"),
    # a reported clause that opens with a quoted phrase, or goes on in the speaker's words in the Konjunktiv
    (
        "Die Ministerin Eva Roth sagte, „Sperrzonen“ seien in der Stadt nicht geplant.",
        "„Sperrzonen“ seien in der Stadt nicht geplant",
        "Eva Roth",
        "subjunctive-clause",
    ),
    (
        "Am Montag äußerte sich Sprecher Jan Roth dahingehend, das Gespräch „sei in guter Atmosphäre verlaufen“.",
        "das Gespräch „sei in guter Atmosphäre verlaufen“",
        "Jan Roth",
        "subjunctive-clause",
    ),
    # a demonstrative that points back at the sentence before with a passive speech verb or a document
    (
        "Der Hafen wird im Mai geschlossen. Das wurde vom Presseamt der Stadt am Montag bekannt gegeben.",
        "Der Hafen wird im Mai geschlossen",
        "Presseamt der Stadt",
        "demonstrative-cue",
    ),
    (
        "Die Reederei verkauft zwei Fähren. Dies geht aus einer Mitteilung des Konzerns hervor.",
        "Die Reederei verkauft zwei Fähren",
        "Mitteilung des Konzerns",
        "demonstrative-cue",
    ),
    # a Konjunktiv II that no indicative shares continues the statement right before
    (
        "Der Prüfer Jan Roth wies den Vorwurf zurück. Die Studie sei richtig. Die Kassen brächten viel Geld dafür auf.",
        "Die Kassen brächten viel Geld dafür auf",
        "Jan Roth",
        "conditional-continuation",
    ),
    # "Wie X ergab/zeigte, …" (a finding with its source) and "Wie gestern bekannt wurde, …" (no source)
    (
        "Wie eine Studie der Universität ergab, trinken viele Jugendliche regelmäßig Alkohol.",
        "trinken viele Jugendliche regelmäßig Alkohol",
        "Studie der Universität",
        "wie-frame",
    ),
    (
        "Der Bus verunglückte. Wie heute bekannt wurde, war unter den Insassen eine ehemalige Ministerin.",
        "war unter den Insassen eine ehemalige Ministerin",
        None,
        "wie-frame",
    ),
    # a main clause whose finite verb comes after a longer subject ("40 alte und 15 neue Busse sollen …")
    (
        "Der Sender hatte am Morgen berichtet, 40 alte und 15 neue Busse sollen verkauft werden.",
        "40 alte und 15 neue Busse sollen verkauft werden",
        "Sender",
        "v2-clause",
    ),
    # a Konjunktiv II after a statement noun, unless a relative clause opens there
    (
        "Die Staatsanwaltschaft hegt den Verdacht, der Bürgermeister könnte Spesen falsch abgerechnet haben.",
        "der Bürgermeister könnte Spesen falsch abgerechnet haben",
        "Staatsanwaltschaft",
        "subjunctive-clause",
    ),
    # an evaluative word stays someone's wording
    ("Der Stadtrat Jan Roth hat den Plan als „unsinnig“ bezeichnet.", "unsinnig", "Jan Roth", "direct-in-clause"),
    (
        "Die Ministerin Eva Roth bemerkte, dass der Plan gescheitert sei.",
        "der Plan gescheitert sei",
        "Eva Roth",
        "dass-clause",
    ),
    (
        "Die Ministerin Eva Roth lehnt den Plan ab. Er ist ihrer Meinung nach verfassungswidrig.",
        "Er ist ihrer Meinung nach verfassungswidrig",
        "Eva Roth",
        "possessive-frame",
    ),
    # "Demnach …" after a sentence that names no source is still a report (its source left to the editor)
    (
        "Inzwischen sind neue Vorwürfe bekannt geworden. Demnach steht der Kopilot in der Kritik.",
        "steht der Kopilot in der Kritik",
        None,
        "demnach-unattributed",
    ),
    # a report noun right before ", wonach" without a holder: a claim without a source
    (
        "Es gibt Gerüchte, wonach der Sänger die Band verlassen will.",
        "der Sänger die Band verlassen will",
        None,
        "impersonal-clause",
    ),
]


@pytest.mark.parametrize(("text", "quote", "speaker", "rule"), FOUND)
def test_found(text: str, quote: str, speaker: str | None, rule: str) -> None:
    hits = [p for p in detect(text) if p.quote == quote]
    assert hits, [(p.rule, p.quote) for p in detect(text)]
    assert hits[0].speaker == speaker
    assert hits[0].rule == rule


NOT_FOUND: list[tuple[str, str]] = [
    # a free relative clause ("Was X schildert, …") is the subject of the sentence, no cue of a statement
    ("Was die Zeugin schildert, lässt sich kaum überprüfen.", "lässt sich"),
    # an adjective between article and noun stays one: "der verfolgten Familien" opens no clause
    ("Sie sprach mit den Kindern der verfolgten Familien über den Winter.", "verfolgten"),
    # a reputation, no claim made public
    ("Der Sänger ist dafür bekannt, dass er gern zu spät kommt.", "spät"),
    # an adjective after a fronted adverb is no verb in -e
    ("Die Kommission erklärte, sie habe keine Einwände. Zudem große Teile des Werks stehen leer.", "Teile"),
    # a purpose clause of the narrator after a verb that can also report a plea
    ("Die Menge drängte sich vor dem Eingang, um einen Blick auf die Band zu erhaschen.", "Blick"),
    # a title stays a title
    ("Das Buch der Autorin trägt den Titel „Keine Räumung“.", "Räumung"),
    # the introduction before the colon is no part of the quotation
    ("Der Vorsitzende äußerte sich zu den Vorgängen: „Wir sind in großer Sorge“, sagte er.", "Vorgängen"),
    # a quotation after the cue followed by "und" and another verb of the narrator stays a direct quotation
    ("Die Ministerin sagte: „Wir kommen morgen wieder“ und ging.", "ging"),
    # what was criticised is no one's statement
    ("Der Hafen wird im Mai geschlossen. Dies wurde von vielen Bürgern kritisiert.", "Hafen"),
    # a modal Konjunktiv II is often the narrator's own guess: no continuation by itself
    ("Der Minister sagte, er sei zufrieden. Die Einigung könnte den Streit beenden.", "Einigung"),
    ("Die Staatsanwaltschaft hegt den Verdacht, der sich bald erhärten könnte.", "erhärten"),
    ("Wie erwartet, gewann die Partei die Wahl deutlich.", "gewann"),
    # a relative clause on the whole sentence is no reported main clause
    ("Darüber hinaus kritisierte er die Rolle der Ministerin, was eine Debatte zur Folge hat.", "Debatte"),
    # a single capitalised word given as a name or term, and names in title case with foreign particles
    ("Die Sonne erscheint im Perihel (auch „Apogäum“ genannt) etwas größer.", "Apogäum"),
    ("Der Teilchenstrom, der als „Sonnenwind“ bezeichnet wird, trifft die Erde.", "Sonnenwind"),
    ("Das Vorhaben FreeAtlas.net, kurz: „FreeAtlas“, wird zehn Jahre alt.", "FreeAtlas"),
    ("Die Entwickler zeigten die neue Version (Codename: „Maelstrom“) erstmals in Berlin.", "Maelstrom"),
    ("Hierzu schrieb der Journalist in der „Diário do Norte“, die Regierung sei schuld.", "Diário"),
    # the narrator's own judgement ("kann man sagen, dass …") and a perception in a temporal clause
    ("Unterm Strich kann man sagen, dass die Saison gelungen war.", "gelungen"),
    ("Als die Frau bemerkte, dass ihr Mann fehlte, rief sie die Polizei.", "fehlte"),
    # an interview question with the formal "Ihrer Meinung nach" reports nobody's statement
    ("Welche Regeln sind Ihrer Meinung nach veraltet?", "Regeln"),
    ("Welche Regeln sind Ihrer Meinung nach veraltet bzw. unnötig", "Regeln"),
    # a frame before a verb of publishing dates the report; "wie sehr", "wie zum Beispiel" name no source
    ("Nach den ersten Messungen gab das Labor einen vorläufigen Befund bekannt.", "Befund"),
    ("Dies gab heute – nach langen Untersuchungen der Fachleute – Professor Jan Roth bekannt.", "Dies gab"),
    ("Die Entscheidung bleibt den Nutzern, wie sehr sie die Neuerungen begrüßen.", "Entscheidung"),
    ("Kritik kam von mehreren Rednern, wie zum Beispiel von Vertretern der Opposition.", "Rednern"),
    # "Danach" in time stays narration
    ("Die Sitzung endete am Abend. Danach gingen alle Abgeordneten nach Hause.", "Abgeordneten"),
]


# A frame inside a sentence (issue 14 item 6): the statement is the clause the frame stands in, in two parts
# without the frame; the whole sentence when the frame sits in its main clause. (text, the parts)
FRAME_PARTS: list[tuple[str, list[str]]] = [
    (
        "Die Ursache des Brandes ist nach Angaben der Polizei noch unklar.",
        ["Die Ursache des Brandes ist", "noch unklar"],
    ),
    (
        "Alle kleinen Häfen bleiben gesperrt, lediglich der Haupthafen wurde nach Angaben der Polizei geöffnet.",
        ["lediglich der Haupthafen wurde", "geöffnet"],
    ),
    (
        "Die drei Festgenommenen, unter denen sich nach Einschätzung der Polizei auch der Anstifter befindet, lachten.",
        ["unter denen sich", "auch der Anstifter befindet"],
    ),
    (
        "Die Deiche wurden erneuert, zumal das Hochwasser den Prognosen zufolge nicht lange dauern wird.",
        ["zumal das Hochwasser", "nicht lange dauern wird"],
    ),
    (
        "Der Flughafen ist offen, jedoch ist laut dem Sender fraglich, ob alle Reisenden abfliegen können.",
        ["jedoch ist", "fraglich, ob alle Reisenden abfliegen können"],
    ),
    (
        "Einige der Verletzten, um die sich Helfer gekümmert hatten, seien nach Angaben der Klinik entlassen.",
        ["Einige der Verletzten, um die sich Helfer gekümmert hatten, seien", "entlassen"],
    ),
]


@pytest.mark.parametrize(("text", "parts"), FRAME_PARTS)
def test_frame_inside_a_sentence_gives_two_parts_without_it(text: str, parts: list[str]) -> None:
    hits = [p for p in detect(text) if p.parts and text[p.parts[0][0] : p.parts[0][1]] == parts[0]]
    assert hits, [(p.rule, p.quote, [text[a:b] for a, b in p.parts]) for p in detect(text)]
    assert [text[a:b] for a, b in hits[0].parts] == parts


def test_a_frame_after_a_quotation_and_its_cue_is_no_statement_of_its_own() -> None:
    text = "„Wir kommen wieder“, sagte der Moderator laut dem Sender."
    assert [(p.rule, p.quote) for p in detect(text)] == [("direct-cue-after", "Wir kommen wieder")]


def test_statement_noun_in_a_prepositional_phrase_opens_no_complement() -> None:
    """ "so schrieb X in einer Erklärung, sei …": the noun names where it was said; the statement is the
    sentence around the parenthesis, in two parts."""
    text = "Die Autorin Nele Brix ist gerührt. Für sie, so schrieb Brix in einer Erklärung, sei der Preis ein Geschenk."
    (p,) = [p for p in detect(text) if "Geschenk" in p.quote]
    assert p.rule == "so-frame"
    assert [text[a:b] for a, b in p.parts] == ["Für sie", "sei der Preis ein Geschenk"]


@pytest.mark.parametrize(("text", "phrase"), NOT_FOUND)
def test_not_found(text: str, phrase: str) -> None:
    assert not [p for p in detect(text) if phrase in p.quote]
