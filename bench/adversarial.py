"""Lint time and peak memory per MB on adversarial shapes: one endless line of each.

    python bench/adversarial.py                 # every shape at 1, 3 and 10 MB
    python bench/adversarial.py --sizes 10,30,50 --shapes places

A real report is a few MB of short lines; a hostile or broken input is one line of anything. Each
shape is written to a temporary file and linted by `indicheck lint --format json --jobs 1` in a
process of its own, so that its peak resident memory is its own; the seconds and MB per MB at
two or three sizes show whether the cost is linear (a constant per MB) or not (growing with size).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# shape → the unit repeated along one line (no newline anywhere).
SHAPES = {
    "places": "1234567890万亿",  # issue 20: 30 KB took 12.6 s, 30 MB grew to 24 GB
    "digits": "1234567890",
    "chinese": "一二三四五六七八九十百千万亿",
    "places_run": "百万",  # the scan's look-aheads ran to the run's end from every character: 30 000 of it, 199 s
    "list": "学校3所、",  # one list of figures joined by 、
    "pairs": "3、5万元",  # short lists sharing a unit, no clause mark: each looked back to the line's start
    "commas": "、",
    "quotes": "“十四五”“",  # quotes closed and left open
    "parts": "总投资100亿元，其中",  # 其中 after 其中, never closed
    "sentence": "全市新建学校3所，医院2家，地区生产总值增长5%，完成投资1亿元，",
}


def one(path: str) -> dict[str, float]:
    """Lint one file in this process: seconds and peak resident MB."""
    from click.testing import CliRunner

    from checker.cli import main

    CliRunner().invoke(main, ["rules"])  # start-up (imports, rule files) is not the input's cost
    start = time.perf_counter()
    result = CliRunner().invoke(main, ["lint", path, "--format", "json", "--jobs", "1", "--exit-zero"])
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    if result.exit_code != 0:
        raise SystemExit(f"{path}: exit {result.exit_code}: {result.output[-300:]}")
    return {"seconds": seconds, "peak_mb": peak}


def measure(shape: str, megabytes: float, timeout: float) -> dict[str, float] | None:
    unit = SHAPES[shape]
    repeats = max(1, int(megabytes * 1_000_000 / len(unit.encode("utf-8"))))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"{shape}.txt"
        path.write_text(unit * repeats + "\n", encoding="utf-8")
        size = path.stat().st_size / 1_000_000
        try:
            done = subprocess.run(
                [sys.executable, __file__, "--one", str(path)],
                capture_output=True,
                text=True,
                timeout=timeout,
                check=False,
            )
        except subprocess.TimeoutExpired:
            return None
    if done.returncode != 0:
        raise SystemExit(f"{shape} at {megabytes} MB failed: {done.stderr[-500:] or done.stdout[-500:]}")
    return {"mb": size, **json.loads(done.stdout)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1,3,10", help="MB per file, comma-separated")
    parser.add_argument("--shapes", default=",".join(SHAPES), help="comma-separated, of: " + ", ".join(SHAPES))
    parser.add_argument("--timeout", type=float, default=600, help="seconds before a run counts as too slow")
    parser.add_argument("--one", metavar="FILE", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one(args.one)))
        return
    sizes = [float(s) for s in args.sizes.split(",")]
    print(f"{'shape':10} {'MB':>6} {'seconds':>9} {'s/MB':>7} {'peak MB':>8} {'peak/MB':>8}")
    for shape in args.shapes.split(","):
        for megabytes in sizes:
            got = measure(shape, megabytes, args.timeout)
            if got is None:
                print(f"{shape:10} {megabytes:6.2f}   over {args.timeout:.0f} s", flush=True)
                break
            print(
                f"{shape:10} {got['mb']:6.2f} {got['seconds']:9.2f} {got['seconds'] / got['mb']:7.3f} "
                f"{got['peak_mb']:8.0f} {got['peak_mb'] / got['mb']:8.1f}",
                flush=True,
            )


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
