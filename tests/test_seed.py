"""The seed report against our hand-checked annotation of its figures."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

from checker.extract import extract
from checker.readers import read_document
from tests.conftest import SEED

ANNOTATION = Path(__file__).parent / "data" / "seed_figures.tsv"


def annotated() -> set[tuple[int, int, Decimal]]:
    with ANNOTATION.open(encoding="utf-8") as handle:
        rows = csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t")
        return {(int(row["start"]), int(row["end"]), Decimal(row["value"])) for row in rows}


def f1(expected: set, found: set) -> float:
    true_positives = len(expected & found)
    if not true_positives:
        return 0.0
    precision = true_positives / len(found)
    recall = true_positives / len(expected)
    return 2 * precision * recall / (precision + recall)


def test_seed_extraction_matches_annotation() -> None:
    document = read_document(SEED)
    found = {(f.start, f.end, f.value) for f in extract(document).figures}
    expected = annotated()
    score = f1(expected, found)
    missing = sorted(expected - found)[:10]
    spurious = sorted(found - expected)[:10]
    assert score >= 0.99, f"F1 {score:.3f}; missing {missing}; spurious {spurious}"


def test_annotation_offsets_point_at_the_text() -> None:
    text = SEED.read_text(encoding="utf-8")
    with ANNOTATION.open(encoding="utf-8") as handle:
        rows = csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t")
        for row in rows:
            assert text[int(row["start"]) : int(row["end"])] == row["text"]
