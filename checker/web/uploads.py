"""Uploads made safe: each run gets a private temporary folder, deleted when the run is done.

A client's file name is only ever a label: the upload is written under a name made here (the
client's last path component, checked), in the run's own folder, never at a path the client gives.
The size cap is the one of --max-size (checker.readers.limits), counted while the bytes arrive.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from checker.readers import READERS, limits

CHUNK = 1 << 20
# A plain file name: no folder, no control character, not hidden; CJK and most punctuation are fine.
PLAIN_NAME = re.compile(r"^[^/\\\x00-\x1f\x7f]{1,200}$")


class UploadError(Exception):
    """An upload that cannot be taken: the message the client sees, with the HTTP status."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


@dataclass
class Run:
    """One request's private folder; `public` turns the paths written inside it back into the names given."""

    root: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="indicheck-web-")))

    def __enter__(self) -> Run:
        return self

    def __exit__(self, *exc: object) -> None:
        shutil.rmtree(self.root, ignore_errors=True)

    async def save(self, upload: Any, role: str) -> str:
        """Write one UploadFile under `role/` (report, previous, 3 …) and return its path."""
        name = plain_name(getattr(upload, "filename", None) or "")
        folder = self.root / role
        folder.mkdir()
        path = folder / name
        written = 0
        with path.open("wb") as out:
            while chunk := await upload.read(CHUNK):
                written += len(chunk)
                if written > limits.max_bytes:
                    raise UploadError(
                        f"{name}: is larger than {limits.max_bytes // 1_000_000} MB; split it, or start the server "
                        "with a larger --max-size",
                        413,
                    )
                out.write(chunk)
        if written == 0:
            raise UploadError(f"{name}: is empty; choose the report's file itself", 400)
        return str(path)

    def public(self, text: str) -> str:
        """Output with the run's folder taken out of every path: the names the client gave."""
        for folder in sorted(self.root.iterdir(), reverse=True) if self.root.exists() else ():
            text = text.replace(folder.as_uri() + "/", "").replace(str(folder) + "/", "")
        return text


def plain_name(given: str) -> str:
    """The client's file name if it is a plain name of a report format, else UploadError."""
    if not given:
        raise UploadError("the upload has no file name; choose a file (.docx, .txt, .md or .pdf)")
    if not PLAIN_NAME.match(given) or given.startswith(".") or given in ("..", "."):
        raise UploadError(f"{given!r}: is not a plain file name (no folders, no hidden files); rename the file")
    if Path(given).suffix.lower() not in READERS:
        raise UploadError(
            f"{given}: is not a report format indicheck reads; give one of {', '.join(sorted(READERS))}", 415
        )
    return given
