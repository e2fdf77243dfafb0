"""Reading text reports in every encoding they reach us in, and refusing what is not text."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from checker.extract import extract
from checker.readers import ReaderError, read_document
from tests.conftest import SEED


def figures_of(path: Path) -> list[tuple[int, int, str, str, str]]:
    return [(f.start, f.end, f.text, str(f.value), f.unit) for f in extract(read_document(path)).figures]


@pytest.mark.parametrize(
    "encode",
    [
        pytest.param(lambda text: text.encode("gb18030"), id="gb18030"),
        pytest.param(lambda text: text.encode("utf-16"), id="utf-16"),
        pytest.param(lambda text: codecs.BOM_UTF8 + text.replace("\n", "\r\n").encode("utf-8"), id="utf-8-bom-crlf"),
    ],
)
def test_seed_in_any_encoding_gives_the_same_figures(tmp_path: Path, encode) -> None:
    copy = tmp_path / "seed.txt"
    copy.write_bytes(encode(SEED.read_text(encoding="utf-8")))
    assert figures_of(copy) == figures_of(SEED)


def test_input_is_never_modified(tmp_path: Path) -> None:
    copy = tmp_path / "seed.txt"
    raw = codecs.BOM_UTF8 + SEED.read_bytes().replace(b"\n", b"\r\n")
    copy.write_bytes(raw)
    read_document(copy)
    assert copy.read_bytes() == raw


def test_empty_file_has_no_figures(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert figures_of(empty) == []


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d / "missing.txt", "no such file"),
        (lambda d: d, "is a directory"),
        (lambda d: (d / "x.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00") and d / "x.png", "binary file"),
        (lambda d: (d / "x.txt").write_bytes(b"\xff\xfe\x00\xd8") and d / "x.txt", "UTF-16"),
    ],
)
def test_unreadable_input_names_file_problem_and_remedy(tmp_path: Path, make, message: str) -> None:
    path = make(tmp_path)
    with pytest.raises(ReaderError) as caught:
        read_document(path)
    assert str(path) in str(caught.value)
    assert message in str(caught.value)
    assert "; " in str(caught.value)  # the remedy follows the problem
