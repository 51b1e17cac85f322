"""Toasts from the server: handlers add a note here and the frame's relay shows it.

The app's content security policy forbids evaluating script text, and Reflex sends `rx.toast.*` from a
handler as script text; so handlers call `PageState.notify` (or `toast_ok` / `toast_error`) instead, and
the relay in the page frame (spa_ai/components/layout.py `toast_relay`) calls the toaster from compiled
code each time `seq` changes.
"""

from __future__ import annotations

from typing import Any

import reflex as rx

KINDS = ("success", "error", "warning", "info")
KEEP = 5  # notes kept; the relay shows those newer than the last one it showed


class ToastState(rx.State):
    """The last few notes for this browser tab."""

    notes: list[dict[str, Any]] = []  # {"id": int, "kind": success|error|warning|info, "text": str}
    seq: int = 0

    def add(self, kind: str, text: str) -> None:
        """Queue a toast (kind: success, error, warning or info)."""
        self.seq += 1
        note = {"id": self.seq, "kind": kind if kind in KINDS else "info", "text": text}
        self.notes = [*self.notes[-(KEEP - 1) :], note]

    def texts(self) -> list[str]:
        """The queued texts, oldest first (for tests and logs)."""
        return [str(note["text"]) for note in self.notes]
