"""indicheck benchmarks: throughput and cold start. Prints figures; asserts nothing.

    python bench/bench.py                    # seed, and ../shared/corpus when present
    python bench/bench.py --sizes 1,10,50    # lint at these sizes (MB) too: linear in length?

Targets: extraction ≥ 2 MB/s beyond start-up; lint ≥ 1 MB/s on the whole
corpus as one document (no rule may be quadratic in a document's length); a
cold `indicheck figures` on the seed ≤ 1.6× and a cold `indicheck lint` ≤ 2×
a bare `python -c "import click, rich, pint"`. Findings by severity per
corpus report are printed too, to watch false alarms.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "donghe_2022_plan.txt"
CORPUS = ROOT.parent / "shared" / "corpus"
sys.path.insert(0, str(ROOT))

from checker.engine import lint_document  # noqa: E402
from checker.extract import extract  # noqa: E402
from checker.model import Block, Document  # noqa: E402
from checker.readers import read_document  # noqa: E402
from checker.readers.text import blocks  # noqa: E402
from checker.rules import load_rules  # noqa: E402


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
    print(
        f"extract  {label:<28} {megabytes:6.2f} MB  {figures:6d} figures  {seconds * 1000:7.1f} ms  "
        f"{megabytes / seconds:6.1f} MB/s"
    )


def lint_throughput(paths: list[Path]) -> None:
    """Lint the corpus as one document, and each report alone with its findings by severity."""
    rules = load_rules()
    documents = [read_document(path) for path in paths]
    text = "\n".join(d.text for d in documents)
    whole = Document("corpus", text, (Block(0, len(text)),))
    lint_document(documents[0], rules)  # warm the registry and patterns
    megabytes = len(text.encode("utf-8")) / 1e6
    seconds = best_of(3, lambda: lint_document(whole, rules))
    print(
        f"lint     corpus as one document      {megabytes:6.2f} MB  {seconds * 1000:7.1f} ms  "
        f"{megabytes / seconds:6.1f} MB/s  (target ≥ 1 MB/s)"
    )
    for path, document in zip(paths, documents, strict=True):
        result = lint_document(document, rules)
        counts = {s: sum(1 for f in result.findings if f.severity.value == s) for s in ("error", "warning", "info")}
        print(
            f"findings {path.name:<28} {result.figures:4d} figures {result.checks:4d} checks  "
            f"error {counts['error']}  warning {counts['warning']}  info {counts['info']}"
        )


def cold(label: str, command: list[str], runs: int = 15) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - start)
    median = statistics.median(times)
    print(f"cold     {label:<28} {median * 1000:7.1f} ms (median of {runs})")
    return median


def wall(command: list[str], runs: int = 3) -> float:
    """The best wall time of a whole process (output discarded)."""
    return best_of(
        runs,
        lambda: subprocess.run(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False),
    )


def whole_process(tool: list[str], corpus: list[Path]) -> None:
    """figures and lint as a user runs them on the corpus folder, one process, start-up subtracted."""
    megabytes = sum(len(read_document(p).text.encode("utf-8")) for p in corpus) / 1e6
    tiny = Path(tempfile.mkdtemp()) / "tiny.txt"
    tiny.write_text("全年地区生产总值增长5%。\n", encoding="utf-8")
    for command, target in (("figures", 2), ("lint", 1)):
        start_up = wall([*tool, command, str(tiny), "--format", "json", "--jobs", "1"])
        seconds = wall([*tool, command, str(CORPUS), "--format", "json", "--jobs", "1"])
        print(
            f"process  {command} --format json, corpus {megabytes:6.2f} MB  {seconds * 1000:7.1f} ms, start-up "
            f"{start_up * 1000:5.1f} ms  {megabytes / (seconds - start_up):6.1f} MB/s beyond start-up "
            f"({megabytes / seconds:.1f} MB/s whole; target ≥ {target} MB/s)"
        )
    for jobs in (1, 2):
        seconds = wall([*tool, "lint", str(CORPUS), "--format", "json", "--jobs", str(jobs)])
        print(f"jobs     lint corpus folder --jobs {jobs}    {seconds * 1000:7.1f} ms wall ({os.cpu_count()} cores)")


def lint_at_sizes(corpus: list[Path], sizes: list[int]) -> None:
    """Lint one document of each size (the corpus repeated): time per MB stays flat when lint is linear."""
    rules = load_rules()
    text = "\n".join(read_document(p).text for p in corpus)
    unit = len(text.encode("utf-8"))
    for size in sizes:
        copies = int(size * 1e6 // unit) + 1
        big = "\n".join([text] * copies)
        big = big[: big.rfind("\n", 0, round(len(big) * size * 1e6 / (unit * copies)))]  # cut at a line near size
        document = Document(f"{size}MB", big, blocks(big))
        start = time.perf_counter()
        lint_document(document, rules)
        seconds = time.perf_counter() - start
        megabytes = len(big.encode("utf-8")) / 1e6
        print(
            f"size     lint {megabytes:6.1f} MB as one document {seconds:8.1f} s  {seconds / megabytes:6.2f} s/MB  "
            f"{megabytes / seconds:5.2f} MB/s"
        )


def main() -> None:
    sizes = [int(s) for s in sys.argv[sys.argv.index("--sizes") + 1].split(",")] if "--sizes" in sys.argv else []
    indicheck = shutil.which("indicheck")
    tool = [indicheck] if indicheck else [sys.executable, "-m", "checker"]
    throughput("seed", [SEED])
    corpus = sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else []
    if corpus:
        throughput(f"corpus ({len(corpus)} reports)", corpus)
        lint_throughput(corpus)
        whole_process(tool, corpus)
        if sizes:
            lint_at_sizes(corpus, sizes)
    else:
        print("extract  corpus: skipped, ../shared/corpus is absent")

    floor = cold("python -c 'import click, rich, pint'", [sys.executable, "-c", "import click, rich, pint"])
    figures = cold("indicheck figures seed", [*tool, "figures", str(SEED)])
    json_out = cold("indicheck figures seed --format json", [*tool, "figures", str(SEED), "--format", "json"])
    helped = cold("indicheck --help", [*tool, "--help"])
    linted = cold("indicheck lint seed", [*tool, "lint", str(SEED), "--exit-zero"])
    print(f"ratio    figures / import floor       {figures / floor:5.2f}x  (target ≤ 1.6x)")
    print(f"ratio    figures json / import floor  {json_out / floor:5.2f}x")
    print(f"ratio    --help / import floor        {helped / floor:5.2f}x")
    print(f"ratio    lint / import floor          {linted / floor:5.2f}x  (target ≤ 2x)")


if __name__ == "__main__":
    main()
