"""Names behind academic and professional titles: the title belongs to the mention, never is the speaker."""

from __future__ import annotations

import pytest

from quotetool.detect import detect

CASES = [
    ("„Die Zahlen sind alarmierend“, sagte Dr. med. Tobias Brenner.", "Tobias Brenner", "Dr. med. Tobias Brenner"),
    ("Dr. med. Tobias Brenner sagte, die Zahlen seien alarmierend.", "Tobias Brenner", "Dr. med. Tobias Brenner"),
    ("„Wir liegen im Zeitplan“, sagte Dipl.-Ing. Martin Ostermann.", "Martin Ostermann", "Dipl.-Ing. Martin Ostermann"),
    ("Dipl.-Ing. Martin Ostermann sagte: „Wir liegen im Zeitplan.“", "Martin Ostermann", "Dipl.-Ing. Martin Ostermann"),
    ("Prof. Dr.-Ing. Karl Frey erklärte, das Material sei zu spröde.", "Karl Frey", "Prof. Dr.-Ing. Karl Frey"),
    ("Die Werte seien bedenklich, sagte Prof. em. Dr. Ute Lamm.", "Ute Lamm", "Prof. em. Dr. Ute Lamm"),
    (
        "„Das muss geprüft werden“, sagte der Chefarzt Dr. med. dent. Timo Haas.",
        "Timo Haas",
        "der Chefarzt Dr. med. dent. Timo Haas",
    ),
    ("Dr. rer. nat. Eva Kessler sagte, die Probe sei verunreinigt.", "Eva Kessler", "Dr. rer. nat. Eva Kessler"),
    ("Prof. Dr. Dr. h.c. Hans Ebert sagte, die Probe sei verunreinigt.", "Hans Ebert", "Prof. Dr. Dr. h.c. Hans Ebert"),
]


@pytest.mark.parametrize(("text", "speaker", "mention"), CASES)
def test_title_before_a_name(text: str, speaker: str, mention: str) -> None:
    (p,) = detect(text)
    assert (p.speaker, p.speaker_mention) == (speaker, mention)


def test_the_short_form_after_a_titled_name_is_the_same_person() -> None:
    text = (
        "Dr. med. Tobias Brenner leitet die Klinik seit 2019. „Wir brauchen mehr Pflegekräfte“, sagte Brenner. "
        "Die Lage sei angespannt, sagte Dr. Brenner."
    )
    assert [p.speaker for p in detect(text)] == ["Tobias Brenner", "Tobias Brenner"]


def test_a_lower_case_degree_word_ends_no_sentence() -> None:
    text = "Die Leitung übernimmt Dr. med. Jana Wolff. Sie sagte, die Station öffne im Mai."
    (p,) = detect(text)
    assert p.speaker == "Jana Wolff" and p.quote == "die Station öffne im Mai"


def test_honoris_causa_written_with_a_space_is_part_of_the_title() -> None:
    (p,) = detect("„Wir sind vorbereitet“, so Prof. em. Dr. Dr. h. c. Ingrid Lorenz.")
    assert p.speaker == "Ingrid Lorenz"
    assert p.speaker_mention == "Prof. em. Dr. Dr. h. c. Ingrid Lorenz"


def test_university_professor_title() -> None:
    (p,) = detect("„Die Lage ist ernst“, sagte Univ.-Prof. Petra Seidel.")
    assert p.speaker == "Petra Seidel"
    assert p.speaker_mention == "Univ.-Prof. Petra Seidel"
