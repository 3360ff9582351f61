"""Storage: SQLModel tables in SQLite, and the only code that opens sessions.

Imports without textual; the UI and the CLI use the functions re-exported here.

Nothing is loaded with the package itself (PEP 562): a name is taken from its module when it is first asked for.
The functions of the modules that work through the ORM (SQLAlchemy, SQLModel and pydantic take about half a
second to load) are stand-ins that load their module at their first call, so that importing them costs nothing:
the review UI shows its first screen through plain SQL, and `quotetool --help` starts without the ORM
(tests/test_startup.py). The app loads those modules in the background once its first screen is up.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from quotetool.store.database import load_sqlalchemy

if TYPE_CHECKING:
    from quotetool.prepared import Prepared
    from quotetool.store.articles import document_progress, mark_reviewed, review_mark, unmark_reviewed
    from quotetool.store.database import Database, resolve_target
    from quotetool.store.documents import Limits, import_article, redetect, store_articles, stored_hashes
    from quotetool.store.enums import Action, Flag, Origin, Status
    from quotetool.store.people import article_people, set_speaker_for_mention
    from quotetool.store.queries import (
        EXPORT_COLUMNS,
        corrections,
        document_quotes,
        get_document,
        get_quote,
        iter_export_rows,
        stats,
    )
    from quotetool.store.review import (
        accept,
        add_quote,
        delete_quote,
        history,
        reject,
        set_comment,
        set_flag,
        set_kind,
        set_span,
        set_speaker,
        undo,
        undo_and_look_back,
    )
    from quotetool.store.speakers import speaker_names
    from quotetool.store.views import (
        Corrections,
        DocumentProgress,
        DocumentView,
        ImportResult,
        Mention,
        Person,
        QuoteView,
        ReviewMark,
        Stats,
    )

# Modules that load the ORM: their functions are stand-ins until the first call (see above).
ORM_MODULES = ("articles", "documents", "people", "review", "speakers")
_REVIEW_ORM_MODULES = (*ORM_MODULES, "registry", "statements")  # what the review UI may call: load_orm()
# Every exported name, by the module that defines it (under quotetool.store, or a full module name).
_WHERE = {
    **dict.fromkeys(("document_progress", "mark_reviewed", "review_mark", "unmark_reviewed"), "articles"),
    **dict.fromkeys(("Database", "resolve_target"), "database"),
    **dict.fromkeys(("Limits", "import_article", "redetect", "store_articles", "stored_hashes"), "documents"),
    "Prepared": "quotetool.prepared",
    **dict.fromkeys(("Action", "Flag", "Origin", "Status"), "enums"),
    **dict.fromkeys(("article_people", "set_speaker_for_mention"), "people"),
    **dict.fromkeys(
        ("EXPORT_COLUMNS", "corrections", "document_quotes", "get_document", "get_quote", "iter_export_rows", "stats"),
        "queries",
    ),
    **dict.fromkeys(
        (
            "accept",
            "add_quote",
            "delete_quote",
            "history",
            "reject",
            "set_comment",
            "set_flag",
            "set_kind",
            "set_span",
            "set_speaker",
            "undo",
            "undo_and_look_back",
        ),
        "review",
    ),
    "speaker_names": "speakers",
    **dict.fromkeys(
        (
            "Corrections",
            "DocumentProgress",
            "DocumentView",
            "ImportResult",
            "Mention",
            "Person",
            "QuoteView",
            "ReviewMark",
            "Stats",
        ),
        "views",
    ),
}
_CLASSES = frozenset({"Limits"})  # names of ORM modules that are not functions: loaded with their module

__all__ = [
    "EXPORT_COLUMNS",
    "Action",
    "Corrections",
    "Database",
    "DocumentProgress",
    "DocumentView",
    "Flag",
    "ImportResult",
    "Limits",
    "Mention",
    "Origin",
    "Person",
    "Prepared",
    "QuoteView",
    "ReviewMark",
    "Stats",
    "Status",
    "accept",
    "add_quote",
    "article_people",
    "corrections",
    "delete_quote",
    "document_progress",
    "document_quotes",
    "get_document",
    "get_quote",
    "history",
    "import_article",
    "iter_export_rows",
    "mark_reviewed",
    "redetect",
    "reject",
    "resolve_target",
    "review_mark",
    "set_comment",
    "set_flag",
    "set_kind",
    "set_span",
    "set_speaker",
    "set_speaker_for_mention",
    "speaker_names",
    "stats",
    "store_articles",
    "stored_hashes",
    "undo",
    "undo_and_look_back",
    "unmark_reviewed",
]


def _module_name(module: str) -> str:
    return module if "." in module else f"{__name__}.{module}"


def _deferred(module: str, name: str) -> Callable[..., Any]:
    """A stand-in for the function ``name`` of ``module`` that loads the module at its first call."""

    def call(*args: Any, **kwargs: Any) -> Any:
        load_sqlalchemy()  # (first, and one thread at a time)
        return getattr(importlib.import_module(module), name)(*args, **kwargs)

    call.__name__ = call.__qualname__ = name
    call.__module__ = module
    call.__doc__ = f"{module}.{name} (the module is loaded at the first call)."
    return call


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    full = _module_name(module)
    if module in ORM_MODULES and name not in _CLASSES:
        value: Any = _deferred(full, name)
    else:
        value = getattr(importlib.import_module(full), name)
    globals()[name] = value  # asked for once
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


def load_orm() -> None:
    """Load the store's modules that work through the ORM, SQLAlchemy first and one thread at a time (the app
    does so in the background after its first screen, and before it imports one of them in a worker)."""
    load_sqlalchemy()
    for module in _REVIEW_ORM_MODULES:
        importlib.import_module(_module_name(module))
