"""Across articles: which speaker records are one person, which quotes carry one statement.

Pure functions over plain records (no I/O, no storage, no UI), for the store, commands and UI to call:

- speakers.py: ``speaker_record`` builds a ``SpeakerRecord`` from a name and its mentions;
  ``propose_merges`` proposes merges (``MergeProposal``: keep, merge, rule, score);
  ``merge_groups`` turns proposals into groups.
- statements.py: ``link_statements`` proposes links (``StatementLink``) between quotes
  (``QuoteRecord``) of one speaker in different documents; ``cluster_statements`` joins them into
  clusters; ``statement_ids`` gives each quote its statement id and size for export; ``compare`` tests
  two wordings.
- diff.py: ``word_diff`` gives the word-level difference of two wordings.
- normalize.py (the light German normaliser) and names.py (name parsing and keys) serve them.
"""

from quotetool.crossref.diff import word_diff
from quotetool.crossref.speakers import (
    MergeProposal,
    MergeReason,
    SpeakerRecord,
    merge_groups,
    propose_merges,
    speaker_record,
)
from quotetool.crossref.statements import (
    LinkReason,
    QuoteRecord,
    StatementCluster,
    StatementLink,
    Thresholds,
    cluster_statements,
    compare,
    link_statements,
    statement_ids,
)

__all__ = [
    "LinkReason",
    "MergeProposal",
    "MergeReason",
    "QuoteRecord",
    "SpeakerRecord",
    "StatementCluster",
    "StatementLink",
    "Thresholds",
    "cluster_statements",
    "compare",
    "link_statements",
    "merge_groups",
    "propose_merges",
    "speaker_record",
    "statement_ids",
    "word_diff",
]
