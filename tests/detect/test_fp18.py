"""Round 18, false positives and spelling gaps: word tests that read every spelling (umlaut-free agency copy,
Swiss ss, the spelling before 1996), in word maps' values and in patterns as in word sets."""

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
from quotetool.detect import coref, cues, detect, indirect
from quotetool.detect.tokens import DASS, DASS_OB, DASS_WONACH, HEISST, umlaut_free


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(p.quote, p.speaker) for p in detect(text)]


def _map_values_missing() -> list[tuple[str, str, str, str]]:
    """(module, map, key, form) for each spelling a word set held as a value of a module-level map lacks."""
    out = []
    for info in pkgutil.iter_modules(detect_pkg.__path__):
        module = importlib.import_module(f"quotetool.detect.{info.name}")
        for name, value in vars(module).items():
            if name.startswith("__") or not isinstance(value, (dict, MappingProxyType)):
                continue
            for key, words in value.items():
                if not isinstance(words, (frozenset, tuple)) or not words or not all(isinstance(w, str) for w in words):
                    continue
                for word in words:
                    for form in (word.replace("ß", "ss"), umlaut_free(word)):
                        if form not in words:
                            out.append((info.name, name, str(key), form))
    return out


def test_word_sets_inside_maps_hold_all_spellings() -> None:
    # (in a fresh interpreter, as test_ascii17 does: module-level memos hold the words of texts already run)
    root = Path(__file__).resolve().parents[2]
    code = (
        "import json; from tests.detect.test_fp18 import _map_values_missing; print(json.dumps(_map_values_missing()))"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True)
    assert json.loads(done.stdout) == []


def test_complementizers_in_every_spelling() -> None:
    assert {"dass", "daß"} == DASS
    assert {"dass", "daß", "ob"} == DASS_OB
    assert {"dass", "daß", "wonach"} == DASS_WONACH
    assert {"heißt", "heisst", "hieß", "hiess"} == HEISST


@pytest.mark.parametrize(
    ("phrase", "role"),
    [
        ("hörbar verärgerte Schiedsrichter", "Schiedsrichter"),
        ("hoerbar veraergerte Schiedsrichter", "Schiedsrichter"),
        ("völlig erschöpfte Läuferin", "Läuferin"),
        ("voellig erschoepfte Laeuferin", "Laeuferin"),
    ],
)
def test_a_mood_before_the_role_in_either_spelling(phrase: str, role: str) -> None:
    assert coref._without_state(phrase) == role


def test_an_address_with_a_mayors_title_without_umlauts() -> None:
    text = "Frau Buergermeisterin Kranich und Herr Bürgermeister Olm"
    assert [m.group(1) for m in coref._ADDRESSED.finditer(text)] == ["Kranich", "Olm"]


@pytest.mark.parametrize(
    "text",
    [
        "Die Stadträtin Mara Lenz hält den Plan für „völlig überzogen“.",
        "Die Stadtraetin Mara Lenz haelt den Plan fuer „voellig ueberzogen“.",
    ],
)
def test_a_quoted_view_after_halten_fuer(text: str) -> None:
    # "hält … für „…“": a view in the clause's subject's words, in agency copy as in the umlaut spelling
    assert [s for _, s in _found(text)] == ["Mara Lenz"]


def test_a_quoted_word_after_halten_without_fuer_is_no_view() -> None:
    assert _found("Der Torwart Ilja Brenner hat „überragend“ gehalten.") == []


@pytest.mark.parametrize(
    ("words", "forms"),
    [
        (indirect._LASSEN, ("lässt", "laesst", "läßt", "liess")),
        (cues._CONCLUSIONS, ("schluss", "schluß")),
        (cues._CONVICTIONS, ("überzeugt", "ueberzeugt", "gewiss", "gewiß")),
        (indirect._VIEW_FILLERS, ("darüber", "darueber")),
        (indirect._ERKLAEREN, ("erklären", "erklaeren")),  # a lemma as the text spells it
        (cues._SCHLUSS, ("schluss", "schluß")),
    ],
)
def test_word_sets_once_typed_by_hand_hold_the_spelling_before_1996(
    words: frozenset[str], forms: tuple[str, ...]
) -> None:
    assert set(forms) <= words


@pytest.mark.parametrize(
    "text",
    [
        "Die Fans des FC Talheim waren enttäuscht, dass das Derby ausfiel.",
        "Die Eltern waren sichtlich erleichtert, dass ihr Sohn unverletzt blieb.",
        "Der Kleingartenverein ist stolz darauf, dass drei Beete prämiert wurden.",
        "Die Fans waren enttaeuscht, dass das Derby ausfiel.",
    ],
)
def test_a_feeling_about_a_fact_with_sein_is_narrated(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # shown, not just felt: a reported reaction
        (
            "Die Trainerin Svenja Mohr zeigte sich enttäuscht, dass das Derby ausfiel.",
            "das Derby ausfiel",
            "Svenja Mohr",
        ),
        # the reason as someone gave it
        ("Die Fans waren enttäuscht, dass das Derby abgesagt worden sei.", "das Derby abgesagt worden sei", "Fans"),
        # a belief, not a feeling
        (
            "Die Bürgermeisterin Ida Kern war überzeugt, dass die Brücke bis Mai fertig wird.",
            "die Brücke bis Mai fertig wird",
            "Ida Kern",
        ),
    ],
)
def test_a_feeling_shown_or_reported_or_a_belief_stays_a_statement(text: str, quote: str, speaker: str) -> None:
    assert (quote, speaker) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Die Prüfer zogen daraus den Schluss, dass die Anlage sicher sei.",
        "Die Prüfer zogen daraus den Schluß, daß die Anlage sicher sei.",
        "Die Pruefer zogen daraus den Schluss, dass die Anlage sicher sei.",
    ],
)
def test_a_conclusion_drawn_in_every_spelling(text: str) -> None:
    assert [p.rule for p in detect(text)] == ["dass-clause"]
