"""indicheck benchmarks: throughput and cold start. Prints figures; asserts nothing.

    python bench/bench.py            # seed, and ../shared/corpus when present

Targets (issue 2): extraction ≥ 2 MB/s beyond start-up; a cold
`indicheck figures` on the seed ≤ 1.6× a bare `python -c "import click, rich, pint"`.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "donghe_2022_plan.txt"
CORPUS = ROOT.parent / "shared" / "corpus"
sys.path.insert(0, str(ROOT))

from checker.extract import extract  # noqa: E402
from checker.readers import read_document  # noqa: E402


def best_of(runs: int, action) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)


def throughput(label: str, paths: list[Path]) -> None:
    documents = [read_document(path) for path in paths]
    megabytes = sum(len(d.text.encode("utf-8")) for d in documents) / 1e6
    extract(documents[0])  # build the registry and patterns once: start-up is measured below
    seconds = best_of(5, lambda: [extract(d) for d in documents])
    figures = sum(len(extract(d).figures) for d in documents)
    print(f"extract  {label:<28} {megabytes:6.2f} MB  {figures:6d} figures  {seconds * 1000:7.1f} ms  "
          f"{megabytes / seconds:6.1f} MB/s")  # fmt: skip


def cold(label: str, command: list[str], runs: int = 15) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - start)
    median = statistics.median(times)
    print(f"cold     {label:<28} {median * 1000:7.1f} ms (median of {runs})")
    return median


def main() -> None:
    throughput("seed", [SEED])
    corpus = sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else []
    if corpus:
        throughput(f"corpus ({len(corpus)} reports)", corpus)
    else:
        print("extract  corpus: skipped, ../shared/corpus is absent")

    indicheck = shutil.which("indicheck")
    tool = [indicheck] if indicheck else [sys.executable, "-m", "checker"]
    floor = cold("python -c 'import click, rich, pint'", [sys.executable, "-c", "import click, rich, pint"])
    figures = cold("indicheck figures seed", [*tool, "figures", str(SEED)])
    json_out = cold("indicheck figures seed --format json", [*tool, "figures", str(SEED), "--format", "json"])
    helped = cold("indicheck --help", [*tool, "--help"])
    print(f"ratio    figures / import floor       {figures / floor:5.2f}x  (target ≤ 1.6x)")
    print(f"ratio    figures json / import floor  {json_out / floor:5.2f}x")
    print(f"ratio    --help / import floor        {helped / floor:5.2f}x")


if __name__ == "__main__":
    main()
