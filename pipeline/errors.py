"""The one exception the CLI turns into a one-line error message."""


class InputError(Exception):
    """Bad input: the message names the file and the problem."""


def naming(source, exc: Exception) -> str:
    """The error's message, starting with the file it is about (once)."""
    message = str(exc)
    return message if message.startswith(f"{source}:") else f"{source}: {message}"
