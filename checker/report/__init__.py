"""Output formats: one module per format, each with the same signatures.

The terminal format imports rich inside its functions, so choosing JSON or
CSV never loads it.
"""

from __future__ import annotations

from checker.report import concise, csv, json, terminal

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
}
