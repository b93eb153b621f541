"""Opening inputs safely and naming them in a form every output can hold.

Only regular files are read: a FIFO, socket or device named as input would block forever or never end. The check
is made on the open descriptor (opened non-blocking, so opening a FIFO does not wait for a writer), so a file
swapped for a FIFO between listing and reading is caught too.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import BinaryIO

from newsledger.ingest.decode import UnreadableInput

_SPECIAL = ((stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a character device"),
            (stat.S_ISBLK, "a block device"), (stat.S_ISDIR, "a directory"))


def shown(path: str | os.PathLike[str]) -> str:
    """The path as it is written in the ledger, problems and every output (all UTF-8): a file name that is not
    valid UTF-8 (Python holds its bytes as surrogate escapes) has each such byte written as `\\xNN`, as in
    `caf\\xe9.txt` for the Latin-1 name b"caf\\xe9.txt". The file itself is read by its exact bytes."""
    text = os.fsdecode(path)
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        pass
    try:
        raw = text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a surrogate that is no escaped byte (a str made by hand): its UTF-8-like bytes
        raw = text.encode("utf-8", "surrogatepass")
    return raw.decode("utf-8", "backslashreplace")


def special_kind(mode: int) -> str | None:
    """What a non-regular file is ("a FIFO (named pipe)", ...); None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    return next((name for test, name in _SPECIAL if test(mode)), "not a regular file")


def os_reason(path: Path, exc: OSError) -> str:
    """Why `path` could not be used, in words: a symlink loop and a dangling link are told apart from absence."""
    if exc.errno == errno.ELOOP:
        return "symlink loop"
    if exc.errno == errno.ENOENT:
        return "broken symlink (its target does not exist)" if path.is_symlink() else "no such file or directory"
    return exc.strerror or str(exc)


def open_regular(path: Path) -> BinaryIO:
    """`path` opened for binary reading; UnreadableInput when it is not a regular file or cannot be opened."""
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise UnreadableInput(os_reason(path, exc)) from None
    try:
        kind = special_kind(os.fstat(fd).st_mode)
        if kind is not None:
            raise UnreadableInput(f"{kind}, not a regular file; skipped")
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise
