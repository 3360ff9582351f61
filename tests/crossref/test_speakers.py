"""Speaker merge proposals on our own German names and mentions."""

from __future__ import annotations

from quotetool.crossref import MergeReason, SpeakerRecord, merge_groups, propose_merges, speaker_record
from quotetool.crossref.names import deletions, edit_distance, person_name, phonetic_key


def _pairs(records: list[SpeakerRecord], **kw) -> dict[frozenset[int], MergeReason]:
    return {frozenset((p.keep, p.merge)): p.reason for p in propose_merges(records, **kw)}


def test_person_name_drops_articles_titles_roles_and_lower_case_words() -> None:
    assert person_name("der russische Verteidigungsminister Andrej Belousow").words == ("Andrej", "Belousow")
    assert person_name("CDU-Chef Merz").words == ("Merz",)
    assert person_name("Herr Dr. Anna Roth").words == ("Anna", "Roth")
    assert person_name("Der Minister") is None
    assert person_name("das Landratsamt") is None


def test_transliteration_variants_are_one_key() -> None:
    assert phonetic_key("Wolodymyr Selenskyj") == phonetic_key("Volodymyr Zelenskyy")
    assert phonetic_key("Annalena Baerbock") == phonetic_key("Annalena Bärbock")
    assert phonetic_key("Michail Chodorkowski") == phonetic_key("Mikhail Khodorkovsky")
    assert phonetic_key("Jurij Beloussow") == phonetic_key("Yuri Belousoff")
    assert phonetic_key("Olena Selenska") != phonetic_key("Wolodymyr Selenskyj")


def test_same_key_spelling_variants_merge_with_reason_and_score() -> None:
    records = [
        SpeakerRecord(1, "Andrej Belousow"),
        SpeakerRecord(2, "Andrei Beloussow"),
        SpeakerRecord(3, "Andrey Belousoff"),
    ]
    proposals = propose_merges(records)
    assert {(p.keep, p.merge) for p in proposals} == {(1, 2), (1, 3)}
    assert all(p.reason is MergeReason.SAME_KEY and p.score == 1.0 for p in proposals)
    assert merge_groups(proposals) == [(1, 2, 3)]


def test_transliteration_and_umlaut_spellings_merge() -> None:
    records = [
        SpeakerRecord(1, "Wolodymyr Selenskyj"),
        SpeakerRecord(2, "Volodymyr Zelenskyy"),
        SpeakerRecord(3, "Annalena Bärbock"),
        SpeakerRecord(4, "Annalena Baerbock"),
    ]
    pairs = _pairs(records)
    assert pairs == {frozenset((1, 2)): MergeReason.TRANSLITERATION, frozenset((3, 4)): MergeReason.TRANSLITERATION}


def test_hyphenation_and_spacing() -> None:
    records = [SpeakerRecord(1, "No Kwang Chol"), SpeakerRecord(2, "No Kwang-chol"), SpeakerRecord(3, "No Kwangchol")]
    pairs = _pairs(records)
    assert pairs[frozenset((1, 2))] is MergeReason.SAME_KEY
    assert MergeReason.SPACING in pairs.values()
    assert merge_groups(propose_merges(records)) == [(1, 2, 3)]


def test_different_people_with_similar_names_stay_apart() -> None:
    records = [
        SpeakerRecord(1, "Wolodymyr Selenskyj"),
        SpeakerRecord(2, "Olena Selenska"),
        SpeakerRecord(3, "Friedrich Merz"),
        SpeakerRecord(4, "Gabriele Merz"),
        SpeakerRecord(5, "Klaus Schmidt"),
        SpeakerRecord(6, "Helmut Schmidtke"),
    ]
    assert propose_merges(records) == []


def test_small_edit_distance_needs_the_same_first_name() -> None:
    records = [
        SpeakerRecord(1, "Sahra Wagenknecht"),
        SpeakerRecord(2, "Sahra Wagenknech"),
        SpeakerRecord(3, "Thomas Wagenknecht"),
    ]
    proposals = propose_merges(records)
    assert [(p.keep, p.merge, p.reason) for p in proposals] == [(1, 2, MergeReason.EDIT_DISTANCE)]
    assert 0.5 < proposals[0].score < 1.0


def test_edit_distance_without_first_names_needs_a_shared_role() -> None:
    same_role = [
        speaker_record(1, "Pistorius", ["Verteidigungsminister Pistorius"]),
        speaker_record(2, "Pistorious", ["der Verteidigungsminister Pistorious"]),
    ]
    assert _pairs(same_role) == {frozenset((1, 2)): MergeReason.EDIT_DISTANCE}
    other_role = [
        speaker_record(1, "Pistorius", ["Verteidigungsminister Pistorius"]),
        speaker_record(2, "Pistorious", ["Bürgermeister Pistorious"]),
    ]
    assert propose_merges(other_role) == []


def test_surname_alone_joins_the_one_full_name_it_matches() -> None:
    records = [
        speaker_record(1, "Friedrich Merz", ["Friedrich Merz"]),
        speaker_record(2, "Merz", ["CDU-Chef Merz"]),
        speaker_record(3, "Olaf Scholz"),
    ]
    proposals = propose_merges(records)
    assert [(p.keep, p.merge, p.reason) for p in proposals] == [(1, 2, MergeReason.SURNAME)]
    assert proposals[0].names == ("Friedrich Merz", "Merz")


def test_surname_alone_with_two_full_names_stays_apart_unless_context_decides() -> None:
    ambiguous = [
        SpeakerRecord(1, "Friedrich Merz"),
        SpeakerRecord(2, "Gabriele Merz"),
        speaker_record(3, "Merz", ["Herr Merz"]),
    ]
    assert propose_merges(ambiguous) == []
    decided = [
        speaker_record(1, "Friedrich Merz", ["CDU-Vorsitzender Friedrich Merz"]),
        speaker_record(2, "Gabriele Merz", ["die Schulleiterin Gabriele Merz"]),
        speaker_record(3, "Merz", ["CDU-Chef Merz"]),
    ]
    assert [(p.keep, p.merge, p.reason) for p in propose_merges(decided)] == [(1, 3, MergeReason.SURNAME)]


def test_surname_alone_does_not_join_a_name_that_only_starts_like_it() -> None:
    records = [
        SpeakerRecord(1, "Klaus Schmidt"),
        SpeakerRecord(2, "Helmut Schmidtke"),
        speaker_record(3, "Schmidtke", ["Landrat Schmidtke"]),
    ]
    assert [(p.keep, p.merge) for p in propose_merges(records)] == [(2, 3)]


def test_surname_alone_joins_one_person_spelt_two_ways() -> None:
    records = [
        SpeakerRecord(1, "Andrej Belousow"),
        SpeakerRecord(2, "Andrei Beloussow"),
        speaker_record(3, "Belousov", ["Herr Belousov"]),
    ]
    assert merge_groups(propose_merges(records)) == [(1, 2, 3)]


def test_korean_family_name_alone_joins_the_full_name() -> None:
    records = [SpeakerRecord(1, "No Kwang-chol"), speaker_record(2, "No", ["Minister No"])]
    assert _pairs(records) == {frozenset((1, 2)): MergeReason.SURNAME}


def test_rejected_pairs_are_not_proposed_again() -> None:
    records = [SpeakerRecord(1, "Andrej Belousow"), SpeakerRecord(2, "Andrei Beloussow")]
    assert propose_merges(records, rejected=[(2, 1)]) == []


def test_mentions_give_roles_and_organisations() -> None:
    r = speaker_record(7, "Merz", ["CDU-Chef Merz", "der Oppositionsführer"], outlets=["Tagesblatt"])
    assert r.aliases == ("CDU-Chef Merz", "der Oppositionsführer")
    assert "cdu" in r.organisations and "chef" in r.roles
    assert r.outlets == frozenset({"Tagesblatt"})


def test_edit_distance_and_deletion_blocking_agree() -> None:
    a, b = phonetic_key("Wagenknecht"), phonetic_key("Wagenknech")
    assert edit_distance(a, b, 2) == 1
    assert deletions(a, 1) & deletions(b, 1)
    assert edit_distance("abcdef", "uvwxyz", 2) == 3


def test_many_distinct_speakers_give_no_proposals() -> None:
    firsts = ["Anna", "Jonas", "Petra", "Lukas", "Miriam", "Stefan", "Ingrid", "Tobias"]
    lasts = ["Keller", "Brandt", "Vogel", "Hartmann", "Lorenz", "Seidel", "Winkler", "Busch", "Kraus", "Rieger"]
    records = [SpeakerRecord(i, f"{f} {last}") for i, (f, last) in enumerate((f, la) for f in firsts for la in lasts)]
    assert propose_merges(records) == []
