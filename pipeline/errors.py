"""The one exception the CLI turns into a one-line error message."""


class InputError(Exception):
    """Bad input: the message names the file and the problem."""


class OutputError(InputError):
    """A file or folder that cannot be written (read-only, missing, a file where a folder
    should be, a full disk): the message names it and says why, in one line."""


def cannot_write(path, exc: OSError) -> OutputError:
    return OutputError(f"{path}: cannot write ({exc.strerror or exc})")


class Terminated(KeyboardInterrupt):
    """SIGTERM, handled as Ctrl-C is: stop the batch, keep what is finished."""


def naming(source, exc: Exception) -> str:
    """The error's message, starting with the file it is about (once)."""
    message = str(exc)
    return message if message.startswith(f"{source}:") else f"{source}: {message}"
