"""Memory in proportion to the input: what the adversarial bench measures at size, held here at a small one
(tracemalloc counts what Python allocates, so these hold on any machine and load)."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

from checker.readers import read_document


def _peak_bytes(action) -> int:
    tracemalloc.start()
    try:
        action()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_reading_a_small_file_takes_memory_of_its_size_not_the_size_cap(tmp_path: Path) -> None:
    # read(cap + 1) allocated the whole 200 MB cap for a file of any size
    path = tmp_path / "list.txt"
    path.write_text("学校3所、" * 20_000 + "\n", encoding="utf-8")  # 0.26 MB
    assert _peak_bytes(lambda: read_document(path)) < 3_000_000
