"""Helpers for tests that signal a batch."""
import signal


def ctrl_c_as_at_a_terminal():
    """A command started in the background of a shell inherits SIGINT ignored (and Python then
    keeps ignoring it): the test's batch gets Ctrl-C as a terminal gives it, however pytest runs."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
