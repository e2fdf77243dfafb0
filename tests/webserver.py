"""A real `indicheck serve` on 127.0.0.1 and a free port, for the web tests; stopped afterwards."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

pytest.importorskip("starlette", reason="the web extra is not installed (pip install '.[web]')")


@dataclass
class Server:
    url: str
    process: subprocess.Popen

    def rss_mb(self) -> float:
        """The memory of the server and of the processes it started (its workers), in MB (Linux /proc)."""
        return sum(_rss_mb(pid) for pid in _family(self.process.pid))

    def post(self, route: str, files: dict[str, list[tuple[str, bytes]]], timeout: float = 60) -> tuple[int, bytes]:
        """A multipart POST of (file name, bytes) per field, with the standard library only."""
        boundary = "indicheck-test-boundary-7d1f"
        body = b""
        for field, items in files.items():
            for name, data in items:
                body += (
                    (
                        f'--{boundary}\r\nContent-Disposition: form-data; name="{field}"; filename="{name}"\r\n'
                        "Content-Type: application/octet-stream\r\n\r\n"
                    ).encode()
                    + data
                    + b"\r\n"
                )
        body += f"--{boundary}--\r\n".encode()
        request = urllib.request.Request(
            self.url + route, data=body, headers={"Content-Type": f"multipart/form-data; boundary={boundary}"}
        )
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                return response.status, response.read()
        except urllib.error.HTTPError as error:
            return error.code, error.read()

    def error(self, route: str, files: dict[str, list[tuple[str, bytes]]]) -> tuple[int, str]:
        status, body = self.post(route, files)
        return status, json.loads(body)["error"]


def _family(pid: int) -> list[int]:
    """`pid` and every process below it."""
    parents: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:  # the process ended meanwhile
            continue
        parents.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    found, todo = [], [pid]
    while todo:
        found.append(current := todo.pop())
        todo += parents.get(current, [])
    return found


def _rss_mb(pid: int) -> float:
    """A process's proportional share of resident memory (Pss: pages a forked worker shares with its
    parent counted once between them), else its resident memory, in MB."""
    for name, key in (("smaps_rollup", "Pss:"), ("status", "VmRSS:")):
        try:
            lines = Path(f"/proc/{pid}/{name}").read_text().splitlines()
        except OSError:  # no such file here, or the process ended meanwhile
            continue
        return next((int(line.split()[1]) / 1024 for line in lines if line.startswith(key)), 0)
    return 0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def running_server(cwd: Path, *options: str) -> Iterator[Server]:
    """`indicheck serve` on a free port of 127.0.0.1, run from `cwd`, until the block ends."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "checker", "serve", "--port", str(port), *options],
        cwd=cwd,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)},
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            with urllib.request.urlopen(url + "/healthz", timeout=1):
                break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                raise AssertionError(f"the server did not start: {process.stderr.read().decode()}") from None
            time.sleep(0.1)
    try:
        yield Server(url, process)
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    # Run from an empty folder, so that no indicheck.toml of the repository applies; --max-size 20 for the cap tests.
    with running_server(tmp_path_factory.mktemp("serve"), "--max-size", "20") as running:
        yield running
