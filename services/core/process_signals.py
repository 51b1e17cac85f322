"""Termination signals for a process that holds the embedded PostgreSQL and may fork server workers.

- SIGTERM and SIGHUP end the process like Ctrl-C, so exit handlers run and stop the server.
- A forked child starts with the default handlers. It must not run a copy of the parent's: granian's main
  handler only sets a flag on the parent's state, so a worker told to stop while it was still loading the app
  (before installing its own handlers) ignored SIGTERM, and granian waited for it forever.
"""

from __future__ import annotations

import os
import signal
import threading
from types import FrameType

HANDLED = (signal.SIGTERM, signal.SIGHUP, signal.SIGINT)
_fork_hook_registered = False


def exit_on_termination_signals() -> None:
    """Make SIGTERM and SIGHUP raise SystemExit where the default (die at once) is still in place.

    A server that installs its own handlers later (granian stops its workers and returns from `serve()`)
    keeps the normal exit path. Forked children get the default handlers back.
    """
    global _fork_hook_registered
    if threading.current_thread() is not threading.main_thread():
        return
    for signum in (signal.SIGTERM, signal.SIGHUP):
        if signal.getsignal(signum) == signal.SIG_DFL:
            signal.signal(signum, _raise_system_exit)
    if not _fork_hook_registered:
        os.register_at_fork(after_in_child=default_handlers_in_child)
        _fork_hook_registered = True


def default_handlers_in_child() -> None:
    """In a forked child: replace the parent's Python handlers of the termination signals by the defaults."""
    for signum in HANDLED:
        if callable(signal.getsignal(signum)):
            signal.signal(signum, signal.SIG_DFL)


def _raise_system_exit(signum: int, frame: FrameType | None) -> None:
    raise SystemExit(128 + signum)
