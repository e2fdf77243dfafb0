"""Output formats: one module per format, each with the same signatures.

The terminal format imports rich inside its functions, so choosing JSON or
CSV never loads it.
"""

from __future__ import annotations

import os
import sys

from checker.report import concise, csv, github, history, html, json, sarif, terminal

# `indicheck figures --format NAME` → the function that writes it.
FIGURE_FORMATS = {
    "table": terminal.figures,
    "json": json.figures,
    "csv": csv.figures,
}

# `indicheck lint --format NAME` → the function that writes it.
FINDING_FORMATS = {
    "full": terminal.findings,
    "concise": concise.findings,
    "json": json.findings,
    "sarif": sarif.findings,
    "github": github.findings,
    "html": html.findings,
    "csv": csv.findings,
}

# `indicheck lint --statistics --format NAME`: counts are text or JSON; the other formats carry findings.
STATISTICS_FORMATS = {
    "auto": terminal.statistics,
    "full": terminal.statistics,
    "concise": terminal.statistics,
    "json": json.statistics,
}

# `indicheck targets --format NAME` → the function that writes it.
TARGET_FORMATS = {
    "table": terminal.targets,
    "json": json.targets,
    "csv": csv.targets,
}

# `indicheck history --format NAME` → the function that writes it.
HISTORY_FORMATS = {
    "table": history.table,
    "json": history.json,
    "csv": history.csv,
    "html": history.html,
}


def auto_format() -> str:
    """github under GitHub Actions, full on a terminal, concise otherwise (yamllint's auto)."""
    if os.environ.get("GITHUB_ACTIONS") == "true":
        return "github"
    return "full" if sys.stdout.isatty() else "concise"
