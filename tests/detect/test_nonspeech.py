"""Quoted strings that are not speech: titles, names, scare quotes, boilerplate lines."""

from __future__ import annotations

from quotetool.detect import detect

from .detect_helpers import quotes


def test_newspaper_title_after_the_cue() -> None:
    text = "Das sagte er der „Nordseezeitung“ am Telefon."
    assert quotes(text) == []


def test_film_and_book_titles() -> None:
    text = "Im Film „Die stille Bucht“ spielt sie eine Lehrerin. Ihr Roman „Salz und Asche“ erscheint im Mai."
    assert quotes(text) == []


def test_scare_quotes() -> None:
    text = "Die sogenannte „Verkehrswende“ lässt auf sich warten. Die so genannte „Reform“ kam nie."
    assert quotes(text) == []


def test_name_in_quotes_is_not_speech() -> None:
    text = "Das Schiff „Möwe“ lief am Morgen aus. Die Initiative „Grünes Tal“ sammelt Unterschriften."
    assert quotes(text) == []


def test_boilerplate_lines() -> None:
    text = (
        "Der Markt öffnet wieder. „Wir freuen uns auf die Gäste“, sagte Lea Vogt.\n"
        "Mehr zum Thema – „Neuer Markt“: Was sich ändert\n"
        "Quelle: https://example.org/markt\n"
        "[Anzeige] „Jetzt kaufen“ sagt die Werbung"
    )
    found = detect(text)
    assert [p.quote for p in found] == ["Wir freuen uns auf die Gäste"]


def test_short_quote_without_cue_is_not_proposed() -> None:
    text = "Die Band spielte „Morgenrot“ als Zugabe. Der Abend war ein „Erfolg“ für alle."
    assert quotes(text) == []
