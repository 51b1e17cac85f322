"""Forked children of a process that holds the embedded PostgreSQL (granian's workers) stop on SIGTERM, even
one sent right after the fork, while the parent keeps its own handler."""

import subprocess
import sys
import textwrap
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]

CHILDREN = textwrap.dedent("""
    import os, signal, time
    from services.core.process_signals import exit_on_termination_signals

    signal.signal(signal.SIGTERM, lambda *_: None)  # a server's own handler (granian's main process)
    exit_on_termination_signals()
    stopped = 0
    for _ in range(100):
        pid = os.fork()
        if pid == 0:
            time.sleep(0.2)  # a child that ignored the signal exits normally
            os._exit(0)
        os.kill(pid, signal.SIGTERM)  # at once: the child may not have run a line of Python yet
        _, status = os.waitpid(pid, 0)
        stopped += os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGTERM
    kept = callable(signal.getsignal(signal.SIGTERM)) and not signal.pthread_sigmask(signal.SIG_BLOCK, [])
    print(stopped, kept)
""")


def test_a_forked_child_signalled_at_once_stops_and_the_parent_keeps_its_handler() -> None:
    done = subprocess.run(
        [sys.executable, "-c", CHILDREN], cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.stdout.split() == ["100", "True"], done.stderr
