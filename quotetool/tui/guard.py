"""`guarded`: any error in a handler becomes a sentence in the status line, never a traceback.

Textual ends the app on an exception that escapes a handler; the editor's session must survive
every failure (a locked database, a bug), so every action and event handler is wrapped.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable
from typing import Any

from textual.app import App


def _report(owner: Any, exc: Exception) -> None:
    app = owner if hasattr(owner, "report_error") else getattr(owner, "app", None)
    if app is not None and hasattr(app, "report_error"):
        app.report_error(exc)


def _app_of(owner: Any) -> App[Any] | None:
    if isinstance(owner, App):
        return owner
    try:
        return owner.app
    except Exception:  # a widget that is not mounted (any more) has no app
        return None


def guarded(method: Callable[..., Any]) -> Callable[..., Any]:
    if asyncio.iscoroutinefunction(method):

        @functools.wraps(method)
        async def run_async(self: Any, *args: Any, **kwargs: Any) -> Any:
            app = _app_of(self)
            if app is not None:  # handlers under way (a store call in a thread, a dialog chain): tests wait on it
                app.in_flight = getattr(app, "in_flight", 0) + 1  # type: ignore[attr-defined]
            try:
                return await method(self, *args, **kwargs)
            except Exception as exc:
                _report(self, exc)
                return None
            finally:
                if app is not None:
                    app.in_flight -= 1  # type: ignore[attr-defined]

        return run_async

    @functools.wraps(method)
    def run(self: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except Exception as exc:
            _report(self, exc)
            return None

    return run
