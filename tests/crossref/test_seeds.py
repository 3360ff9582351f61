"""Issue 12's acceptance on the two seed articles, with the real detector's output as input.

Each (article, detected speaker) becomes a speaker record with its mentions, as the registry will hold
them before merging; the merged speaker ids then feed the statement linker.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from quotetool.crossref import (
    QuoteRecord,
    SpeakerRecord,
    cluster_statements,
    link_statements,
    merge_groups,
    propose_merges,
    speaker_record,
)
from quotetool.detect import detect

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
FIRST_SEED = SEEDS / "000_4df69229d299b9a4.txt"
SECOND_SEED = SEEDS / "002_e0dc290022d93635.txt"


@dataclass(frozen=True)
class Corpus:
    records: list[SpeakerRecord]
    quotes: list[QuoteRecord]
    speaker_of: dict[int, int]  # record id -> merged speaker id
    names: dict[int, str]  # record id -> detected name


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    mentions: dict[tuple[int, str], list[str]] = {}
    detected: list[tuple[int, str, str, str]] = []
    texts = [FIRST_SEED.read_text(encoding="utf-8"), SECOND_SEED.read_text(encoding="utf-8")]
    for doc, text in enumerate(texts):
        for p in detect(text):
            assert p.speaker
            mentions.setdefault((doc, p.speaker), []).append(p.speaker_mention or p.speaker)
            detected.append((doc, p.speaker, p.quote, str(p.kind)))
    record_ids = {key: i for i, key in enumerate(mentions, 1)}
    records = [speaker_record(record_ids[key], key[1], ms, outlets=[f"seed{key[0]}"]) for key, ms in mentions.items()]
    # No Kwang Chol speaks only in the second article; the first names him (spelt apart) as Belousov's host,
    # and Andrey Belousov is the first article's third spelling: both join the registry as named people.
    for extra in ("No Kwang Chol", "Andrey Belousov"):
        assert extra in texts[0]
        records.append(speaker_record(len(records) + 1, extra, outlets=["seed0"]))
    speaker_of = {r.id: r.id for r in records}
    for group in merge_groups(propose_merges(records)):
        for rid in group:
            speaker_of[rid] = group[0]
    quotes = [
        QuoteRecord(i, speaker_of[record_ids[(doc, sp)]], doc, quote, kind)
        for i, (doc, sp, quote, kind) in enumerate(detected, 1)
    ]
    return Corpus(records, quotes, speaker_of, {r.id: r.name for r in records})


def _ids(c: Corpus, spelling: str) -> set[int]:
    return {rid for rid, name in c.names.items() if name == spelling}


def _speaker(c: Corpus, spelling: str) -> int:
    merged = {c.speaker_of[rid] for rid in _ids(c, spelling)}
    assert len(merged) == 1, spelling
    return merged.pop()


def test_belousow_spellings_are_one_speaker(corpus: Corpus) -> None:
    spellings = ("Andrej Belousow", "Andrei Beloussow", "Andrey Belousov")
    assert all(_ids(corpus, s) for s in spellings)
    assert len({_speaker(corpus, s) for s in spellings}) == 1
    quoted = {q.document_id for q in corpus.quotes if q.speaker_id == _speaker(corpus, "Andrej Belousow")}
    assert quoted == {0, 1}  # one speaker id over both articles


def test_no_kwang_chol_spellings_are_one_speaker_and_not_belousow(corpus: Corpus) -> None:
    assert _speaker(corpus, "No Kwang Chol") == _speaker(corpus, "No Kwang-chol")
    assert _speaker(corpus, "No Kwang Chol") != _speaker(corpus, "Andrej Belousow")


def test_statements_are_linked_across_the_two_articles(corpus: Corpus) -> None:
    clusters = cluster_statements(link_statements(corpus.quotes))
    by_id = {q.id: q for q in corpus.quotes}

    def cluster_of(phrase: str, doc: int) -> tuple[int, ...]:
        [quote] = [q for q in corpus.quotes if phrase in q.text and q.document_id == doc]
        found = [c.quote_ids for c in clusters if quote.id in c.quote_ids]
        assert found, phrase
        return found[0]

    agreements = cluster_of("auf höchster Ebene erzielten Vereinbarungen umzusetzen", 0)
    assert agreements == cluster_of("auf höchster Ebene getroffenen Vereinbarungen umzusetzen", 1)
    cooperation = cluster_of("Wir freuen uns auf eine enge und effektive Zusammenarbeit", 0)
    assert cooperation == cluster_of("enge und fruchtbare Zusammenarbeit", 1)
    assert cooperation == agreements and len(cooperation) == 3  # the longer quote joins both fragments
    assert {by_id[i].document_id for i in cooperation} == {0, 1}


def test_no_quote_of_belousow_is_linked_to_one_of_no(corpus: Corpus) -> None:
    belousow, no = _speaker(corpus, "Andrej Belousow"), _speaker(corpus, "No Kwang-chol")
    speaker = {q.id: q.speaker_id for q in corpus.quotes}
    for link in link_statements(corpus.quotes):
        assert {speaker[link.a], speaker[link.b]} != {belousow, no}
    for cluster in cluster_statements(link_statements(corpus.quotes)):
        assert len({speaker[i] for i in cluster.quote_ids}) == 1


def test_organisations_of_the_seeds_are_not_merged_with_people(corpus: Corpus) -> None:
    belousow = _speaker(corpus, "Andrej Belousow")
    for name in ("russische Verteidigungsministerium", "russische Militärressort"):
        assert _speaker(corpus, name) != belousow
