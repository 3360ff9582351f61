"""Outlet and date read at import, and the sentences around a quote: pure functions, and import end to end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quotetool.ingest import Article, read_articles
from quotetool.metadata import describe, outlet_from_url, parse_date, text_date
from quotetool.store import Database, get_document, import_article
from quotetool.store.context import Sentences, context, same_sentence


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2024-03-05", "2024-03-05"),
        ("2024-03-05T10:15:00+01:00", "2024-03-05"),
        ("05.03.2024", "2024-03-05"),
        ("5. 3. 2024", "2024-03-05"),
        ("Dienstag, 5. März 2024, 10:15 Uhr", "2024-03-05"),
        ("5. Jan. 2024", "2024-01-05"),
        ("March 5, 2024", "2024-03-05"),
        ("31.02.2024", None),
        ("gestern", None),
        ("Nummer 12345", None),
    ],
)
def test_dates_are_read_as_iso(value: str, iso: str | None) -> None:
    assert parse_date(value) == iso


def test_the_outlet_is_the_urls_host_without_www() -> None:
    assert outlet_from_url("https://www.tagesschau.de/inland/x.html") == "tagesschau.de"
    assert outlet_from_url("www.zeit.de/politik") == "zeit.de"
    assert outlet_from_url("HTTP://Spiegel.DE/a") == "spiegel.de"
    assert outlet_from_url("kein link") is None and outlet_from_url(None) is None


def test_a_date_line_or_a_header_line_that_is_a_date_but_not_a_headline_with_a_date() -> None:
    assert text_date("Titel\nDatum: 05.03.2024\n\nText.") == "2024-03-05"
    assert text_date("Titel\n\nText.\nDate: 2023-12-24\n") == "2023-12-24"
    assert text_date("Brücke gesperrt\nMontag, 4. März 2024, 10:15 Uhr\nDer Text beginnt.") == "2024-03-04"
    assert text_date("Stand: 05.03.2024 14:00 Uhr\nText.") == "2024-03-05"
    assert text_date("Bundestag stimmt am 5. März 2024 über den Haushalt ab\nText.") is None
    assert text_date("Zeile 1\nZeile 2\nZeile 3\nZeile 4\nZeile 5\n05.03.2024\n") is None  # not in the header


def test_a_records_fields_come_first_and_an_unreadable_date_is_kept_as_given() -> None:
    text = "Datum: 01.01.2020\nText."
    assert describe(text, url="https://www.faz.net/x", record={"outlet": "FAZ", "date": "2024-03-05"}) == (
        "FAZ",
        "2024-03-05",
    )
    assert describe(text, url="https://www.faz.net/x", record={"date": "Frühjahr 2024"}) == ("faz.net", "Frühjahr 2024")
    assert describe(text, url=None, record={"id": 3}) == (None, "2020-01-01")


def test_import_stores_outlet_and_date(any_db: Database, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Neue Brücke\nDatum: 05.03.2024\n\nDer Bau beginnt.\nQuelle: https://www.ndr.de/a.html\n", encoding="utf-8"
    )
    records = [
        {"text": "Ein Text.", "outlet": "Tagesspiegel", "date": "7.10.2023"},
        {"text": "Noch ein Text.", "url": "https://www.br.de/x"},
    ]
    (tmp_path / "b.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    (tmp_path / "c.csv").write_text("text;Date;outlet\nDritter Text.;2022-01-02;Kurier\n", encoding="utf-8")
    articles = [a for a in read_articles([tmp_path]) if isinstance(a, Article)]
    assert [(a.outlet, a.published) for a in articles] == [
        ("ndr.de", "2024-03-05"),
        ("Tagesspiegel", "2023-10-07"),
        ("br.de", None),
        ("Kurier", "2022-01-02"),
    ]
    doc = import_article(any_db, articles[0], detector=lambda _t: []).document_id  # (on SQLite and on PostgreSQL)
    stored = get_document(any_db, doc)
    assert stored is not None and (stored.outlet, stored.published) == ("ndr.de", "2024-03-05")


TEXT = (
    "Dr. Meier sprach z. B. über Brücken in der 3. Etage. Er sagte, die Lage sei ernst. "
    "„Wir kommen. Morgen.“, sagte sie.\nEine neue Zeile. Noch ein Satz."
)


def test_the_context_is_the_sentence_or_sentences_holding_the_quote() -> None:
    def around(needle: str, length: int | None = None) -> str:
        i = TEXT.index(needle)
        return context(TEXT, i, i + (length or len(needle)))

    assert around("über Brücken") == "Dr. Meier sprach z. B. über Brücken in der 3. Etage."  # abbreviations
    assert around("die Lage sei ernst") == "Er sagte, die Lage sei ernst."
    assert around("Morgen") == "„Wir kommen. Morgen.“, sagte sie."  # a quotation is not split
    assert around("ernst. „Wir") == "Er sagte, die Lage sei ernst. „Wir kommen. Morgen.“, sagte sie."
    assert around("Zeile. Noch") == "Eine neue Zeile. Noch ein Satz."
    whole = Sentences(TEXT)
    for needle in ("über Brücken", "Morgen", "Noch ein"):
        i = TEXT.index(needle)
        assert whole.context(i, i + len(needle)) == context(TEXT, i, i + len(needle))


def test_same_sentence() -> None:
    assert same_sentence(TEXT, TEXT.index("Er sagte"), TEXT.index("ernst"))
    assert not same_sentence(TEXT, TEXT.index("Meier"), TEXT.index("ernst"))
    assert not same_sentence(TEXT, TEXT.index("Satz"), TEXT.index("sagte sie"))  # another line
