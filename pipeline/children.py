"""Child processes never outlive the command that started them.

Every worker and every program we start (pandoc, pdftohtml) asks the kernel to kill it when
its parent dies (Linux PR_SET_PDEATHSIG): a batch killed with SIGTERM or SIGKILL leaves no
worker and no pandoc behind. Elsewhere this is a no-op.
"""
import ctypes
import os
import signal

PR_SET_PDEATHSIG = 1


def die_with_parent() -> None:
    """Call in the child (a subprocess's preexec_fn, a worker's initializer)."""
    try:
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        return
    if os.getppid() == 1:          # the parent died before we asked: go now
        os._exit(1)


def worker_init() -> None:
    """A batch worker: dies with the batch, and leaves Ctrl-C to the batch (which stops it)."""
    die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
