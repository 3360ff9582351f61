"""The values of the tables' text columns (status, origin, action, flag, ...): plain enums, without the ORM.

models.py re-exports them beside the tables; modules that need only the values (the review UI's first screen,
the queue's filter terms) import them from here, so that they do not load SQLModel (tests/test_startup.py).
"""

from __future__ import annotations

from enum import StrEnum


class Status(StrEnum):
    PROPOSED = "proposed"  # from the detector, nobody has decided yet
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    DELETED = "deleted"  # a manual quote taken back; kept so the log and undo can still reach it


class Origin(StrEnum):
    DETECTOR = "detector"
    MANUAL = "manual"


class Action(StrEnum):
    ACCEPT = "accept"
    REJECT = "reject"
    SPEAKER = "speaker"
    KIND = "kind"
    SPAN = "span"
    ADD = "add"
    DELETE = "delete"
    COMMENT = "comment"
    FLAG = "flag"
    REVIEWED = "reviewed"  # a document action: the article was read to its end and checked for misses
    UNREVIEWED = "unreviewed"
    UNDO = "undo"
    # the speaker registry and statement clusters (issue 12): decisions that name a registry row (target)
    MERGE = "merge"  # a merge proposal accepted: the merged speaker's quotes move to the kept one
    KEEP_APART = "keep-apart"  # a merge proposal rejected
    RENAME = "rename"
    SPLIT = "split"  # an alias split off to a speaker of its own, with the quotes that name it
    DELETE_SPEAKER = "delete-speaker"
    EXTERNAL_ID = "external-id"
    SPEAKER_KIND = "speaker-kind"  # person or organisation
    LINK = "link"  # statement links confirmed
    UNLINK = "unlink"  # statement links rejected: a quote split off its statement


class SpeakerStatus(StrEnum):
    ACTIVE = "active"
    MERGED = "merged"  # merged into another speaker (merged_into): its names resolve to that one
    DELETED = "deleted"  # no quote used it and an editor took it away


class SpeakerKind(StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"


class ProposalStatus(StrEnum):
    PROPOSED = "proposed"
    ACCEPTED = "accepted"
    REJECTED = "rejected"


class LinkStatus(StrEnum):
    PROPOSED = "proposed"
    CONFIRMED = "confirmed"
    REJECTED = "rejected"


class Flag(StrEnum):
    """What a quote may be flagged for; kept small on purpose (the filter and the export name it)."""

    SECOND_OPINION = "second-opinion"  # another editor should look at it before it counts
    CHECK_SOURCE = "check-source"  # the wording or the speaker must be checked against the original source
