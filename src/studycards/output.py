"""Write an output file all at once: to a temporary file beside it, then renamed into place.

An interrupted run leaves the previous file untouched and no partial file behind.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from studycards.errors import OutputError


def check_output(path: str, sources: list[str] | tuple[str, ...] = (), example: str = "deck.apkg") -> None:
    """Fail before any work if `path` cannot be written or would overwrite a source. A folder given as
    `path` gets a message that suggests `example` in it."""
    if path == "-":
        return
    target = Path(path)
    if target.is_dir():
        raise OutputError(f"{path}: is a folder; give a file name such as {Path(path) / example}")
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(f"{path}: the folder {folder} does not exist; create it or choose another -o")
    if not _writable(folder) or (target.exists() and not _writable(target)):
        raise OutputError(f"{path}: not writable (read-only); choose another -o")
    for source in sources:
        if source != "-" and Path(source).exists() and target.exists() and target.resolve() == Path(source).resolve():
            raise OutputError(f"{path}: is also an input; choose another -o so the source is never overwritten")


def _writable(path: Path) -> bool:
    """Allowed to write, and not marked read-only: root may write anywhere, but a read-only deck or
    folder was made so on purpose."""
    return os.access(path, os.W_OK) and bool(path.stat().st_mode & 0o222)


def write_output(path: str, data: bytes | str) -> None:
    """Write `data` to `path` atomically ('-' writes to standard output)."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    if path == "-":
        sys.stdout.buffer.write(payload)
        sys.stdout.flush()
        return
    check_output(path)
    try:
        replace_file(Path(path), payload)
    except OSError as error:
        raise _cannot_write(path, error) from None


def replace_file(target: Path, payload: bytes) -> None:
    """Write `payload` beside `target`, then rename it into place: `target` is always whole or untouched.
    Raises OSError (disk full, read-only folder); the temporary file never stays behind."""
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent or ".")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(payload)
            file.flush()
            os.fsync(file.fileno())  # on disk before it takes the name: a power cut leaves one or the other
        os.chmod(temporary, _file_mode(target))
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _cannot_write(path: str, error: OSError) -> OutputError:
    """Disk full, quota, a folder that vanished: one line; the previous file is still there."""
    return OutputError(
        f"{path}: cannot write ({error.strerror or 'an error'}); "
        "free some space or choose another -o (any previous file is unchanged)"
    )


def _file_mode(target: Path) -> int:
    """Keep the mode of the file we replace; a new file gets the usual 0666 less the umask."""
    if target.exists():
        return target.stat().st_mode & 0o777
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask
