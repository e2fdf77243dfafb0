"""Shared test helpers: paths to the project's seed and the shared corpus."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import settings

# No per-example deadline: speed is the benchmarks' business (bench/), never a test's. Hypothesis's
# default 200 ms deadline failed test_written_figure_extracts_back on a machine busy with other work.
settings.register_profile("indicheck", deadline=None)
settings.load_profile("indicheck")

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "donghe_2022_plan.txt"
CORPUS = ROOT.parent / "shared" / "corpus"


@pytest.fixture
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


def corpus_files() -> list[Path]:
    """The real reports of ../shared/corpus, or [] when the folder is absent."""
    return sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else []


# Headless Chromium that stays on this machine: no GPU, no update, sync or background network.
HEADLESS_CHROMIUM = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)

needs_corpus = pytest.mark.skipif(not corpus_files(), reason="../shared/corpus is absent")
