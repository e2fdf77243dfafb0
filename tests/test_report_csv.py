"""`indicheck lint --format csv`: one row per finding, the JSON's records flat (a golden file, and the
rows read back against the JSON)."""

from __future__ import annotations

import csv
import io
import json
import os

from tests.test_report_formats import GOLDEN, render


def test_golden() -> None:
    golden = GOLDEN / "csv.csv"
    output = render("csv")
    if os.environ.get("INDICHECK_UPDATE_GOLDEN"):
        golden.write_text(output, encoding="utf-8")
    assert output == golden.read_text(encoding="utf-8")


def test_each_row_is_a_finding_of_the_json() -> None:
    rows = list(csv.DictReader(io.StringIO(render("csv"))))
    findings = json.loads(render("json"))["findings"]
    assert len(rows) == len(findings) > 0
    for row, finding in zip(rows, findings, strict=True):
        assert (row["code"], row["severity"], row["message"], row["computation"], row["fingerprint"]) == (
            finding["code"],
            finding["severity"],
            finding["message"],
            finding["computation"],
            finding["fingerprint"],
        )
        assert (int(row["line"]), int(row["start"]), row["text"]) == (
            finding["line"],
            finding["start"],
            finding["text"],
        )
        related = [f"{r['text']}@{r['path']}:{r['start']}-{r['end']}" for r in finding["related"]]
        assert row["related"] == "; ".join(related)


def test_coverage_is_refused_with_csv() -> None:
    from click.testing import CliRunner

    from checker.cli import main
    from tests.test_report_formats import REPORT

    result = CliRunner().invoke(main, ["lint", REPORT, "--format", "csv", "--coverage", "--lang", "en"])
    assert result.exit_code == 2
    assert "--coverage is text and would break the csv output" in result.stderr
