"""Files written as the user's umask would make them.

Temporary files and folders (``tempfile.mkstemp``, ``mkdtemp``) are created private, 0600 and
0700, whatever the umask; what is written through them gets the usual mode before it replaces
its target, so a build or an export is as readable as any file the user makes.
"""
from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def current_umask() -> int:
    """The process's umask (read by setting it and putting it back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def give_umask_mode(path: str | Path) -> None:
    """Give a file 0666, a folder 0777, less the umask.

    Examples
    --------
    >>> import tempfile
    >>> folder = tempfile.mkdtemp()
    >>> give_umask_mode(folder)
    >>> oct(os.stat(folder).st_mode & 0o777) == oct(0o777 & ~current_umask())
    True
    >>> os.rmdir(folder)
    """
    full = 0o777 if os.path.isdir(path) else 0o666
    os.chmod(path, full & ~current_umask())


@contextmanager
def replacing(target: Path) -> Iterator[Path]:
    """A private temporary file beside ``target`` to write: when the block ends it gets the umask's
    mode and replaces ``target`` (no reader sees it half-written); when the block fails it is removed."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(handle)
    try:
        yield Path(temporary)
        give_umask_mode(temporary)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
