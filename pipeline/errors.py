"""The one exception the CLI turns into a one-line error message."""


class InputError(Exception):
    """Bad input: the message names the file and the problem."""
