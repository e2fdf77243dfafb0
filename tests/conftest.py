"""Shared test helpers: paths to the project's seed and the shared corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

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
