"""Agency copy without umlauts and ß: every word list and word test in the detector reads both spellings, so a
text written "gemaess", "fuer", "Aerzte" gives the same proposals as one written "gemäß", "für", "Ärzte"."""

from __future__ import annotations

import importlib
import json
import pkgutil
import subprocess
import sys
from pathlib import Path
from types import MappingProxyType

import pytest

import quotetool.detect as detect_pkg
from quotetool.detect import detect, lexicon
from quotetool.detect.mood import may_be_verb_in_e
from quotetool.detect.tokens import both_spelled, spellings, umlaut_free

# maps keyed by rule names, not by words of the text; nouns pruned to those no other one contains
_NOT_WORD_MAPS = frozenset({"RULES", "RULE_PRECISION", "_NACH_SUBSTRINGS"})


def _word_collections() -> list[tuple[str, str, frozenset[str] | tuple[str, ...] | MappingProxyType]]:
    """Module-level collections of strings in the detector's modules: word sets, endings, word-keyed maps."""
    out: list[tuple[str, str, frozenset[str] | tuple[str, ...] | MappingProxyType]] = []
    for info in pkgutil.iter_modules(detect_pkg.__path__):
        module = importlib.import_module(f"quotetool.detect.{info.name}")
        for name, value in vars(module).items():
            if (
                name in _NOT_WORD_MAPS
                or name.startswith("__")
                or not isinstance(value, (frozenset, tuple, dict, MappingProxyType))
            ):
                continue
            if value and all(isinstance(w, str) for w in value):
                out.append((info.name, name, value))
    return out


def _missing() -> list[tuple[str, str, str]]:
    """(module, collection, form) for each spelling a word collection lacks."""
    return [
        (module, name, form)
        for module, name, words in _word_collections()
        for word in words
        for form in (word.replace("ß", "ss"), umlaut_free(word))  # (the spelling before 1996 only for lists' words)
        if form not in words
    ]


def test_every_word_collection_holds_all_spellings() -> None:
    # in a fresh interpreter: the detector's memos (module-level dicts too) hold the words of every text the tests
    # have run, which are no word lists
    root = Path(__file__).resolve().parents[2]
    code = "import json; from tests.detect.test_ascii17 import _missing; print(json.dumps(_missing()))"
    done = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True)
    assert json.loads(done.stdout) == []


@pytest.mark.parametrize(
    ("word", "forms"),
    [
        ("sagte", ("sagte",)),
        ("fügte", ("fügte", "fuegte")),
        ("schließen", ("schließen", "schliessen")),
        ("musste", ("musste", "mußte")),
        ("müssen", ("müssen", "muessen")),
        ("äußerte", ("äußerte", "äusserte", "aeusserte")),
    ],
)
def test_spellings_of_a_word(word: str, forms: tuple[str, ...]) -> None:
    assert spellings(word) == forms


def test_both_spelled_keeps_order_and_adds_plain_forms() -> None:
    assert both_spelled(("ität", "ung", "führung")) == ("ität", "ung", "führung", "itaet", "fuehrung")


@pytest.mark.parametrize(
    ("word", "entry"),
    [("aerzte", "arzt"), ("aerzten", "arzt"), ("landraete", "landrat"), ("stadtraete", "stadtrat")],
)
def test_umlaut_plurals_of_roles_without_umlauts(word: str, entry: str) -> None:
    assert lexicon.role_of(word) == entry


def test_umlaut_plural_of_organisation_without_umlauts() -> None:
    assert lexicon.org_of("verbaende") == lexicon.org_of("verbände") == "verband"


@pytest.mark.parametrize(
    ("plain", "written"),
    [("gemaesse", "gemäße"), ("weisse", "weiße"), ("aeusserste", "äußerste")],
)
def test_adjectives_in_sse_are_no_konjunktiv_in_either_spelling(plain: str, written: str) -> None:
    assert not may_be_verb_in_e(plain)
    assert not may_be_verb_in_e(written)


@pytest.mark.parametrize("word", ["zuliesse", "zuließe", "hiesse", "hieße"])
def test_konjunktiv_in_iesse_is_a_verb_in_either_spelling(word: str) -> None:
    assert may_be_verb_in_e(word)


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(p.quote, p.speaker) for p in detect(text)]


@pytest.mark.parametrize(
    ("plain", "quote", "speaker"),
    [
        (
            "Die neue Bruecke ueber den Kanal wird gemaess der Stadtverwaltung erst im Herbst fertig.",
            "Die neue Bruecke ueber den Kanal wird gemaess der Stadtverwaltung erst im Herbst fertig",
            "Stadtverwaltung",
        ),
        (
            "Fuer die Kaemmerin Petra Lindqvist ist klar: Die Gebuehren muessen steigen.",
            "Die Gebuehren muessen steigen",
            "Petra Lindqvist",
        ),
        (
            "Die Polizei sagt, sie habe keine Spur. Aus dem Rathaus war zu hoeren, man sei besorgt.",
            "man sei besorgt",
            "Rathaus",
        ),
    ],
)
def test_agency_copy_reads_like_the_umlaut_spelling(plain: str, quote: str, speaker: str) -> None:
    assert (quote, speaker) in _found(plain)


def test_same_proposals_in_both_spellings() -> None:
    text = (
        "Die Landräte im Süden warnten vor neuen Kürzungen. Die Kreise könnten ihre Aufgaben nicht mehr erfüllen. "
        "Gemäß dem Verband der Bäcker sind die Mehlpreise um ein Drittel gestiegen."
    )
    with_umlauts = [(umlaut_free(q), s and umlaut_free(s)) for q, s in _found(text)]
    assert with_umlauts and _found(umlaut_free(text)) == with_umlauts


@pytest.mark.parametrize(
    ("swiss", "quote", "speaker"),
    [
        (
            "Die Tarife seien nicht mehr zeitgemäss, äusserte die Gemeindepräsidentin Ursula Kälin.",
            "Die Tarife seien nicht mehr zeitgemäss",
            "Ursula Kälin",
        ),
        (
            "Gemäss der Kantonspolizei blieb die Lage auf der Passstrasse ruhig.",
            "blieb die Lage auf der Passstrasse ruhig",
            "Kantonspolizei",
        ),
    ],
)
def test_swiss_copy_with_umlauts_and_ss(swiss: str, quote: str, speaker: str) -> None:
    assert (quote, speaker) in _found(swiss)


@pytest.mark.parametrize(
    ("old", "quote", "speaker"),
    [
        (
            "Der Stadtrat Heiko Brandl läßt mitteilen, die Sitzung falle aus.",
            "die Sitzung falle aus",
            "Heiko Brandl",
        ),
        (
            "Die Pächterin Gisela Wendt beschloß, daß der Kiosk im Winter schließt.",
            "der Kiosk im Winter schließt",
            "Gisela Wendt",
        ),
    ],
)
def test_spelling_before_1996(old: str, quote: str, speaker: str) -> None:
    assert (quote, speaker) in _found(old)
