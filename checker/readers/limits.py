"""The size cap on input, so that a huge or endless file (/dev/zero) is one error line, not a machine
out of memory. 200 MB by default (the largest real report is a few MB); `--max-size MB` changes it."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

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
        raw = _read_at_most(stream, max_bytes + 1, path.stat().st_size if path.is_file() else 0)
    if len(raw) > max_bytes:
        raise too_large(path)
    return raw


# What a pipe or a device is read by: read(cap) would allocate the whole cap (200 MB) at once for any input.
CHUNK = 1 << 20


def _read_at_most(stream: BinaryIO, cap: int, size: int) -> bytes:
    """Up to `cap` bytes of a stream, in memory linear in what it holds: a regular file of `size`
    bytes in one read of that size (and one more byte, to see that it has not grown), anything else
    chunk by chunk (a 0.3 MB file took a 200 MB buffer when read with read(cap))."""
    chunks: list[bytes] = []
    total = 0
    want = min(size + 1, cap) if size else min(CHUNK, cap)
    while total < cap:
        chunk = stream.read(want)
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
        want = min(CHUNK, cap - total)
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)
