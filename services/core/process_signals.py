"""Termination signals for a process that holds the embedded PostgreSQL and may fork server workers.

- SIGTERM and SIGHUP end the process like Ctrl-C, so exit handlers run and stop the server.
- A forked child starts with the default handlers. It must not run a copy of the parent's: granian's main
  handler only sets a flag on the parent's state, so a worker told to stop while it was still loading the app
  (before installing its own handlers) ignored SIGTERM, and granian waited for it forever. The signals are
  blocked across the fork, so one sent right after it (granian stops a worker it has just started) waits
  for the default handler instead of reaching the copy.
"""

from __future__ import annotations

import os
import signal
import threading
from types import FrameType

HANDLED = (signal.SIGTERM, signal.SIGHUP, signal.SIGINT)
_fork_hook_registered = False
_mask_before_fork: set[int | signal.Signals] = set()


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
        os.register_at_fork(
            before=_block_before_fork,
            after_in_parent=_unblock_after_fork,
            after_in_child=default_handlers_in_child,
        )
        _fork_hook_registered = True


def _block_before_fork() -> None:
    global _mask_before_fork
    _mask_before_fork = signal.pthread_sigmask(signal.SIG_BLOCK, HANDLED)


def _unblock_after_fork() -> None:
    signal.pthread_sigmask(signal.SIG_SETMASK, _mask_before_fork)


def default_handlers_in_child() -> None:
    """In a forked child: replace the parent's Python handlers of the termination signals by the defaults,
    then let the signals blocked across the fork in."""
    for signum in HANDLED:
        if callable(signal.getsignal(signum)):
            signal.signal(signum, signal.SIG_DFL)
    _unblock_after_fork()


def _raise_system_exit(signum: int, frame: FrameType | None) -> None:
    raise SystemExit(128 + signum)
