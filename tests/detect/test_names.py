"""The folded speaker key groups spellings of one person across outlets."""

from __future__ import annotations

import pytest

from quotetool.detect import fold, name_key


@pytest.mark.parametrize(
    "variants",
    [
        ("Andrej Belousow", "Andrei Beloussow", "Andrey Belousov", "ANDREJ BELOUSOFF"),
        ("Sergej Schoigu", "Sergei Shoigu"),
        ("Jurij Gagarin", "Yuri Gagarin", "Juri Gagarin"),
        ("Jelena Petrowa", "Yelena Petrova"),
        ("Müller-Lüdenscheidt", "müller lüdenscheidt"),
        ("Straße", "STRASSE"),
    ],
)
def test_variants_share_a_key(variants: tuple[str, ...]) -> None:
    keys = {name_key(v) for v in variants}
    assert len(keys) == 1, keys


def test_different_people_keep_different_keys() -> None:
    assert name_key("Anna Roth") != name_key("Anna Rott")
    assert name_key("Peter Koch") != name_key("Peter Kocher")


def test_fold_is_case_and_accent_insensitive() -> None:
    assert fold("Çelik Öztürk") == fold("celik ozturk")
    assert fold("Maß") == "mass"
