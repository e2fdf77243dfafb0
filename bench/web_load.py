"""Load on `indicheck serve` over loopback: N concurrent uploads of corpus reports to /api/lint.

Prints the wall time of the burst, the slowest answer, and the server's resident memory before the
burst (after one warm-up request), at its end and after a second burst; checks each answer against
`indicheck lint --format json` on the same file. Talks only to 127.0.0.1.

    python bench/web_load.py [--uploads 20]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.conftest import corpus_files  # noqa: E402
from tests.webserver import running_server  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--uploads", type=int, default=20)
    uploads = parser.parse_args().uploads
    reports = corpus_files()[:10]
    if not reports:
        sys.exit("../shared/corpus is absent")
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        for path in reports:
            shutil.copy(path, work / path.name)
        expected = {
            p.name: subprocess.run(
                [sys.executable, "-m", "checker", "lint", "--format", "json", p.name],
                cwd=work, capture_output=True, text=True, env={"PYTHONPATH": str(ROOT), "PATH": ""},
            ).stdout
            for p in reports
        }  # fmt: skip
        with running_server(work) as server:
            server.post("/api/lint", {"report": [(reports[0].name, reports[0].read_bytes())]})
            before = server.rss_mb()
            for burst in (1, 2):
                chosen = [reports[i % len(reports)] for i in range(uploads)]

                def one(path: Path) -> tuple[float, bool]:
                    start = time.perf_counter()
                    status, body = server.post("/api/lint", {"report": [(path.name, path.read_bytes())]}, 300)
                    return time.perf_counter() - start, status == 200 and body.decode() == expected[path.name]

                start = time.perf_counter()
                with ThreadPoolExecutor(uploads) as pool:
                    results = list(pool.map(one, chosen))
                wall = time.perf_counter() - start
                size = sum(p.stat().st_size for p in chosen) / 1e6
                print(
                    f"burst {burst}: {uploads} uploads ({size:.2f} MB) in {wall:.1f} s, slowest {max(r[0] for r in results):.1f} s, "
                    f"{sum(r[1] for r in results)}/{uploads} equal to lint --format json; "
                    f"memory {before:.0f} MB before, {server.rss_mb():.0f} MB after ({server.rss_mb() - before:+.0f} MB)"
                )


if __name__ == "__main__":
    main()
