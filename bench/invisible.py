"""Wrong numbers from invisible characters over the corpus: an invisible character put into every figure.

    python bench/invisible.py [--seed N]

For each report of ../shared/corpus, a format character (soft hyphen, zero-width space, word joiner,
BOM …) is put at a random place inside each of its figures, all at once (a fixed seed); then the
figures of the broken copy are read and each compared with the intact report's figure at the same
place. A wrong number is a figure whose value or unit differs, or one where the intact report has
none; a lost one is a figure the copy sets aside. Both must be 0: every stage reads the text without
format characters (Document.normal).
"""

from __future__ import annotations

import argparse
import bisect
import random
from dataclasses import dataclass
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
FORMAT_CHARACTERS = "\u00ad\u200b\u200c\u200d\u200e\u2060\ufeff\u202a\u180e\u2062"


@dataclass(frozen=True)
class Tally:
    figures: int
    wrong: int
    lost: int


def broken_copy(text: str, seed: int) -> tuple[Tally, str]:
    """Each figure of `text` with a format character inside it: the tally against the intact text."""
    from checker.extract import extract_text

    intact = extract_text(text).figures
    chance = random.Random(seed)
    places = sorted({chance.randrange(f.start + 1, f.end) if f.end - f.start > 1 else f.end for f in intact})
    pieces, previous = [], 0
    for at in places:
        pieces += [text[previous:at], chance.choice(FORMAT_CHARACTERS)]
        previous = at
    broken = "".join([*pieces, text[previous:]])
    inserted = [at + k for k, at in enumerate(places)]  # where each inserted character stands in `broken`
    by_place = {(f.start, f.end): (f.value, f.unit) for f in intact}
    wrong = 0
    seen = 0
    for figure in extract_text(broken).figures:
        start = figure.start - bisect.bisect_left(inserted, figure.start)
        end = figure.end - bisect.bisect_left(inserted, figure.end)
        if by_place.get((start, end)) != (figure.value, figure.unit):
            wrong += 1
        else:
            seen += 1
    return Tally(len(intact), wrong, len(intact) - seen), broken


def run(seed: int = 20) -> Tally:
    """The tally over every corpus report (nothing when the corpus is absent)."""
    total = Tally(0, 0, 0)
    for path in sorted(CORPUS.glob("*.txt")):
        tally, _ = broken_copy(path.read_text(encoding="utf-8"), seed)
        total = Tally(total.figures + tally.figures, total.wrong + tally.wrong, total.lost + tally.lost)
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seed", type=int, default=20)
    seed = parser.parse_args().seed
    reports = sorted(CORPUS.glob("*.txt"))
    if not reports:
        raise SystemExit(f"{CORPUS} is absent: nothing to measure")
    tally = run(seed)
    print(f"{len(reports)} reports, {tally.figures} figures, each with an invisible character (seed {seed})")
    print(f"wrong numbers: {tally.wrong}; figures lost (set aside): {tally.lost}")


if __name__ == "__main__":
    main()
