"""The export's `context` column: the sentence or sentences around each quote, as the detector's splitter
cuts the whole article, although the export looks only near each quote (quotetool/store/context.py)."""

from __future__ import annotations

import csv
import json
from bisect import bisect_right
from pathlib import Path

from conftest import run_cli
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotetool.detect.marks import pair_quotes, paragraphs
from quotetool.detect.sentences import MAX_SENTENCE_CHARS, split_sentences
from quotetool.ingest import read_articles
from quotetool.store import Database, add_quote, import_article
from quotetool.store import context as context_module
from quotetool.store.context import Sentences

ARTICLE = (
    "„Wir fangen an“, sagte Dr. Anna Berg am Montag.\n"
    "Die Stadt plane z. B. neue Radwege, erklärte Otto Wendt. Am 3. Mai folge der Rest.\n"
    "„Das ist der erste Teil“, sagte Lea Stein, „und das ist der zweite Teil.“ Danach ging sie.\n"
    "„Wir bleiben. Wir kämpfen. Wir gewinnen“, rief Paul Ober.\n"
    "Ein letzter Satz folgt hier, sagte Karl Huber.\n"
)


def _whole_split(text: str, start: int, end: int) -> tuple[int, int]:
    """What the export gave before it looked only near each quote: the whole text split, then the
    sentences from the first that ends after ``start`` to the last that starts before ``end``."""
    paras = paragraphs(text)
    spans = [(s.start, s.end) for s in split_sentences(text, paras, pair_quotes(text, paras))]
    first = bisect_right([e for _, e in spans], start)
    last = first
    while last + 1 < len(spans) and spans[last + 1][0] < end:
        last += 1
    if first >= len(spans) or spans[first][0] >= end:
        return start, end
    return min(start, spans[first][0]), max(end, spans[last][1])


def test_export_context_of_awkward_quotes(db_target: str, tmp_path: Path) -> None:
    src = tmp_path / "artikel.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    db = Database.open(db_target)
    (article,) = list(read_articles([src]))
    doc = import_article(db, article).document_id  # with the detector's proposals
    text = article.text
    over_break = (text.index("erklärte Otto"), text.index("Das ist der erste") + 3)  # over a line break
    add_quote(db, doc, *over_break, kind="direct", speaker="Otto Wendt", annotator="anna")
    out = tmp_path / "q.jsonl"
    assert run_cli("--db", db_target, "export", "--status", "all", "--out", str(out), cwd=tmp_path).returncode == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    context = {r["quote"]: r["context"] for r in rows}

    assert context["Wir fangen an"] == "„Wir fangen an“, sagte Dr. Anna Berg am Montag."  # the article's start
    assert context["Die Stadt plane z. B. neue Radwege"] == "Die Stadt plane z. B. neue Radwege, erklärte Otto Wendt."
    assert context["Am 3. Mai folge der Rest"] == "Am 3. Mai folge der Rest."  # an ordinal is no sentence end
    assert (
        context["Wir bleiben. Wir kämpfen. Wir gewinnen"] == "„Wir bleiben. Wir kämpfen. Wir gewinnen“, rief Paul Ober."
    )
    assert context["Ein letzter Satz folgt hier"] == "Ein letzter Satz folgt hier, sagte Karl Huber."  # the end
    (split,) = [r for r in rows if len(r["parts"]) == 2]  # a split quote: its cue between two parts
    assert [p["text"] for p in split["parts"]] == ["Das ist der erste Teil", "und das ist der zweite Teil."]
    assert split["context"] == "„Das ist der erste Teil“, sagte Lea Stein, „und das ist der zweite Teil.“"
    (manual,) = [r for r in rows if r["origin"] == "manual"]
    assert manual["context"] == (
        "Die Stadt plane z. B. neue Radwege, erklärte Otto Wendt. Am 3. Mai folge der Rest.\n"
        "„Das ist der erste Teil“, sagte Lea Stein, „und das ist der zweite Teil.“"
    )
    for r in rows:  # each as the whole article's split gives it
        s, e = _whole_split(text, r["start"], r["end"])
        assert r["context"] == text[s:e]

    csv_out = tmp_path / "q.csv"
    assert run_cli("--db", db_target, "export", "--status", "all", "--out", str(csv_out), cwd=tmp_path).returncode == 0
    with csv_out.open(encoding="utf-8", newline="") as f:
        assert [r["context"] for r in csv.DictReader(f)] == [r["context"] for r in rows]


# Pieces of German news text that make sentence splitting hard: abbreviations, initials, ordinals and
# dates, quotation marks of every kind (also unpaired, nested and over a line break), runs of punctuation,
# brackets, dashes, line breaks and blank lines.
_PIECES = [
    "Er sagte",
    " ",
    " ",
    " ",
    "Die Lage sei ernst",
    ".",
    ". ",
    "! ",
    "? ",
    "?! ",
    "… ",
    "...",
    "\n",
    "\n\n",
    " \n ",
    "„",
    "“",
    "”",
    '"',
    "»",
    "«",
    "‚",
    "‘",
    "’",
    "'",
    "›",
    "‹",
    "(",
    ")",
    "[",
    "]",
    " – ",
    "-",
    "Dr. Meier",
    "z. B.",
    "z.B.",
    "u. a.",
    "Prof. Dr. med.",
    "George W. Bush",
    "am 3. Mai",
    "am 7.10. in Halle",
    "des Modells 3. Ein",
    "Nr. 5",
    "St. Pauli",
    "usw. Dann",
    "Wir kommen",
    "Morgen",
    "sagte sie",
    "Anna",
    ", ",
    ": ",
    "2025",
    "Ärger",
    "ÜBER",
    "\u00a0",
    "\t",
]
_texts = st.lists(st.sampled_from(_PIECES), max_size=60).map("".join)


def _long_texts() -> st.SearchStrategy[str]:
    """Texts with a "sentence" longer than the splitter's limit, which it cuts at white space."""
    run = st.integers(MAX_SENTENCE_CHARS // 10, MAX_SENTENCE_CHARS // 3).map(lambda n: "und noch ein Wort " * n)
    return st.tuples(_texts, run, _texts, st.sampled_from(["", "„", "„Zitat. "]), _texts).map("".join)


def _spans(text: str, data: st.DataObject) -> list[tuple[int, int]]:
    n = len(text)
    out = []
    for _ in range(data.draw(st.integers(1, 12))):
        start = data.draw(st.integers(0, n))
        out.append((start, data.draw(st.integers(start, min(n, start + data.draw(st.sampled_from([1, 8, 60, 3000])))))))
    return out


def _check(text: str, data: st.DataObject) -> None:
    spans = _spans(text, data)
    shared = Sentences(text)  # many look-ups of one text: the first few near each span, then the whole split
    step = context_module._FIRST_STEP
    context_module._FIRST_STEP = data.draw(st.sampled_from([1, 2, 5, step]))  # short texts search back in steps
    try:
        for start, end in spans:
            expected = _whole_split(text, start, end)
            assert Sentences(text).around(start, end) == expected  # (a first look-up: only near the span)
            assert shared.around(start, end) == expected
    finally:
        context_module._FIRST_STEP = step


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_texts, st.data())
def test_sentences_near_a_span_are_those_of_the_whole_split(text: str, data: st.DataObject) -> None:
    _check(text, data)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_long_texts(), st.data())
def test_long_sentences_are_cut_as_the_splitter_cuts_them(text: str, data: st.DataObject) -> None:
    _check(text, data)


def test_a_span_at_the_edges_and_between_paragraphs() -> None:
    text = "„Erster Satz.“ Zweiter Satz, sagte er.\n\n  Dritter Satz. Vierter z. B. Satz.  \n"
    cases = [(0, 1), (len(text) - 1, len(text)), (text.index("\n"), text.index("\n") + 2),
             (text.index("Zweiter"), text.index("Dritter") + 3), (text.index("z. B."), text.index("z. B.") + 2),
             (len(text), len(text)), (0, len(text))]  # fmt: skip
    for start, end in cases:
        assert Sentences(text).around(start, end) == _whole_split(text, start, end), (start, end)
    one = Sentences(text)
    i = text.index("Vierter")
    assert one.context(i, i + 7) == "Vierter z. B. Satz."
    assert one.context(3, 5) == "„Erster Satz.“"  # the sentence ends with its closing mark


def test_a_quote_after_a_run_on_sentence_the_splitter_cuts() -> None:
    text = "Sie sagte, " + "das sei ein Satz ohne Ende und " * 60 + "Ende. „Kurz“, sagte er."
    i = text.index("Kurz")
    assert Sentences(text).context(i, i + 4) == "„Kurz“, sagte er."
    for j in (text.index("Ende und", 1000), 5, len(text) - 30):  # within the cut run-on sentence, and across
        assert Sentences(text).around(j, j + 40) == _whole_split(text, j, j + 40)


def test_single_guillemets_in_a_run_of_closing_marks() -> None:
    # a sentence that ends inside a nested quotation in ›…‹: ".‹“" is one run of boundary characters, which a
    # search back must not start in the middle of (it would miss the sentence end)
    text = "Die Wirtin erzählte: „Der Koch rief ›Schluss.‹“ Dann ging das Licht aus. (Er rief ›Fort!‹) Aus."
    step = context_module._FIRST_STEP
    try:
        for context_module._FIRST_STEP in (1, 2, 5, step):
            for start in range(len(text)):
                for end in (start + 1, min(len(text), start + 6)):
                    assert Sentences(text).around(start, end) == _whole_split(text, start, end), (start, end)
    finally:
        context_module._FIRST_STEP = step
    i = text.index("Dann")
    assert Sentences(text).context(i, i + 4) == "Dann ging das Licht aus."
