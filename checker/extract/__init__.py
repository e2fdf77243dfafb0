"""Document → figures: every number the report states as a quantity.

A figure is a number with a unit (万元, 亩, 个, %, 倍 …): the unit is what
makes a number a figure in a report, and it is what tells a year (2021年),
a date (4月底), an ordinal (第十八届), a slogan (“十四五”, “三个100”) or a
model name (5G, 7×24小时) from a figure. Numbers that look like figures but
are not, or that cannot be read with certainty, come back as SetAside entries
with the reason, for `indicheck figures --all`: a wrong figure is worse than
no figure.

The data flow, one pass over the text (with full-width digits made ASCII:
same length, so offsets stay valid), left to right:

    scan       one regular expression for where numbers start (cues.py)
    read       the numeral, its unit and what changes its worth: 分之, 成, 半
               → a Candidate (reading.py, with checker.numerals for the worth)
    set aside  the first reason the number is no figure: year, date, ordinal,
               name, slogan … (set_aside.py); else its qualifier (以上, 约)
    join       ranges into one figure with two bounds, lists sharing the unit
               of their last figure (ranges_and_lists.py)
    figures    each Candidate with no reason becomes a Figure, the others
               SetAside entries

The cue words (qualifiers, separators, words that make a number a period or a
name) come from the vocabulary (rules/vocabulary.toml), never from constants
here.
"""

from __future__ import annotations

import decimal
from dataclasses import replace
from decimal import Decimal

from checker import numerals
from checker.extract.candidate import Candidate
from checker.extract.cues import Cues, compile_cues, unit_and_kind
from checker.extract.ranges_and_lists import distribute_lists, merge_ranges
from checker.extract.reading import read, read_qualifier
from checker.extract.set_aside import Positions, why_set_aside
from checker.model import Document, Extraction, Figure, Kind, SetAside
from checker.vocabulary import Vocabulary, shipped_vocabulary

__all__ = ["extract", "extract_text"]

# Enough digits for any number written with a multiplier (a 1000-digit number
# times 万亿 still fits), so reading never rounds; the checks then work with
# the default 28 digits, which a figure must not exceed (set_aside.MAX_DIGITS).
WIDE = decimal.Context(prec=2000, Emax=decimal.MAX_EMAX, Emin=decimal.MIN_EMIN)


def extract(document: Document, vocabulary: Vocabulary | None = None) -> Extraction:
    """All figures of a document, in order of their position: read in its text without invisible
    characters (Document.normal), their offsets and text those of the document as read.

    The arithmetic runs in a context wide enough for any number a text can
    write, so nothing is rounded on the way; a figure with more digits than
    the checks compute exactly (set_aside.MAX_DIGITS) is set aside, never rounded.
    """
    vocabulary = vocabulary or shipped_vocabulary()
    with decimal.localcontext(WIDE):
        found = _extract_text(document.normal.text, compile_cues(vocabulary), vocabulary)
    if document.normal is document:
        return found
    return Extraction(
        tuple(document.figure_in_source(figure) for figure in found.figures),
        tuple(document.in_source(item) for item in found.set_aside),
    )


def extract_text(text: str, vocabulary: Vocabulary | None = None) -> Extraction:
    """All figures of a text, in order of their position (a text read as a document of no blocks)."""
    return extract(Document("", text, ()), vocabulary)


def _extract_text(text: str, cues: Cues, vocabulary: Vocabulary) -> Extraction:
    """The pipeline of the module docstring on one text: scan, read and set aside, join, figures."""
    norm = numerals.normalise(text)
    positions = Positions(text, norm, vocabulary)
    candidates = _scan(norm, positions, cues)
    candidates = merge_ranges(candidates, norm, cues)
    candidates = distribute_lists(candidates, norm, cues)

    figures, set_aside = [], []
    for cand in candidates:
        surface = text[cand.start : cand.end]
        if cand.reason is not None:
            set_aside.append(SetAside(cand.start, cand.end, surface, cand.reason))
        else:
            figures.append(_figure(cand, surface, positions))
    return Extraction(tuple(figures), tuple(set_aside))


def _scan(norm: str, positions: Positions, cues: Cues) -> list[Candidate]:
    """Every number of the text, left to right, read and given its reason or qualifier."""
    candidates: list[Candidate] = []
    match = cues.number.search(norm)
    while match is not None:
        if candidates and match.start() < candidates[-1].end:
            # already read as part of the previous figure (3万4000): look again after it
            match = cues.number.search(norm, max(candidates[-1].end, match.start() + 1))
            continue
        candidate = read(match, norm, cues)
        match = cues.number.search(norm, match.end())
        if candidate is None:
            continue
        candidate = _classify(candidate, norm, positions, cues)
        if candidates and candidates[-1].reason == "compound quantity" and candidates[-1].end == candidate.start:
            candidate = replace(candidate, reason="compound quantity")  # 3斤5两's 5两, 5年3个月's 3个月
        candidates.append(candidate)
    return candidates


def _classify(cand: Candidate, norm: str, positions: Positions, cues: Cues) -> Candidate:
    """Say why the number is no figure, or else set its qualifier from the words around it."""
    if cand.reason is not None:
        return cand
    reason = why_set_aside(cand, norm, positions, cues)
    if reason is not None:
        return replace(cand, reason=reason)
    qualifier = read_qualifier(cand, norm, cues)
    return cand if qualifier is cand.qualifier else replace(cand, qualifier=qualifier)


def _figure(cand: Candidate, surface: str, positions: Positions) -> Figure:
    unit, kind = unit_and_kind(cand.unit)
    # A count written to its units (84件, 三所) is exact, and so is one in Chinese numerals below a
    # hundred (十项, 二十个: said in full, never rounded); 一百个 and 三万个 keep the precision of their place.
    units_digit = cand.arabic or (cand.upper is None and (cand.scale == 1 or cand.value < 100))
    exact = kind is Kind.COUNT and units_digit and not cand.multiplier and cand.decimals == 0
    return Figure(
        start=cand.start,
        end=cand.end,
        text=surface,
        value=_plain(cand.value) if cand.scale != 1 else cand.value,
        unit=unit,
        kind=kind,
        decimals=cand.decimals,
        scale=cand.scale,
        qualifier=cand.qualifier,
        upper=None if cand.upper is None else _plain(cand.upper),
        exact=exact,
        sentence=positions.sentence(cand.start, cand.end),
        multiplier=cand.multiplier if cand.arabic else "",
    )


def _plain(value: Decimal) -> Decimal:
    """3.6亿 is 360000000, not 360000000.0 or 3.6E+8.

    Only values computed through a multiplier are made plain; a value written
    without one keeps its digits (120.0 stays 120.0).
    """
    normal = value.normalize()
    return normal.quantize(Decimal(1)) if normal == normal.to_integral_value() else normal
