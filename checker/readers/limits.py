"""The size cap on input, so that a huge or endless file (/dev/zero) is one error line, not a machine
out of memory. 200 MB by default (the largest real report is a few MB); `--max-size MB` changes it."""

from __future__ import annotations

from pathlib import Path

from checker.readers.errors import ReaderError

DEFAULT_MB = 200
max_bytes = DEFAULT_MB * 1_000_000


def set_max_megabytes(megabytes: int) -> None:
    global max_bytes
    max_bytes = megabytes * 1_000_000


def too_large(path: str | Path, what: str = "") -> ReaderError:
    return ReaderError(
        str(path),
        f"is larger than {max_bytes // 1_000_000} MB{what}",
        "split it, or raise the limit with --max-size MB",
    )


def check_size(path: Path) -> None:
    """A regular file above the cap is refused before it is opened."""
    if path.is_file() and path.stat().st_size > max_bytes:
        raise too_large(path)


def read_bytes(path: Path) -> bytes:
    """The bytes of a file, a pipe or a device, reading no more than the cap (and one byte to tell)."""
    check_size(path)
    with path.open("rb") as stream:
        raw = stream.read(max_bytes + 1)
    if len(raw) > max_bytes:
        raise too_large(path)
    return raw
