"""The requests' work in child processes, stopped at the time limit: a hostile upload (a report made
to be slow to read) gets an answer and frees its worker, instead of holding it for ever.

A thread cannot be stopped from outside; a process can. Each worker is a child process that builds
the checker once (rules and lexicon read, patterns compiled and cached) and then runs one job at a
time; a job that runs past the limit has its process killed, and the next job starts a fresh one.
Children are forked from a forkserver that imported the checker once, so the server's own threads
are never forked. A job's answer travels back as what the method returns (rendered text, never a
live report) or its error as (kind, status, message).
"""

from __future__ import annotations

import multiprocessing
import queue
from collections.abc import Callable
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any

from checker.readers import limits
from checker.web.uploads import UploadError

# What the forkserver imports once, before it forks any child: the reading, checking and rendering.
PRELOAD = ["checker.web.app", "checker.batch", "checker.engine", "checker.report.html", "checker.report.word"]


class WorkError(Exception):
    """An error of indicheck's own in a child, named as the child named it (for the 500's message)."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


class Workers:
    """`count` child processes, each holding what `make()` builds and running its methods one job at a
    time; `run` blocks until one is idle. A child is started on its first job, not with the server."""

    def __init__(self, make: Callable[[], Any], count: int, timeout: float) -> None:
        self.make = make
        self.timeout = timeout
        self.idle: queue.Queue[_Worker | None] = queue.Queue()
        for _ in range(count):
            self.idle.put(None)

    def run(self, method: str, *args: Any) -> Any:
        """`method(*args)` of the made object in an idle child: its answer, or its error raised here
        (UploadError 422 when it ran past the time limit and was stopped)."""
        worker = self.idle.get() or _Worker.start(self.make)
        try:
            outcome, value = worker.call(method, args, self.timeout)
        except BaseException:
            worker.stop()
            self.idle.put(None)  # the next job starts a fresh child
            raise
        self.idle.put(worker)
        if outcome == "ok":
            return value
        kind, status, message = value
        if kind == "UploadError":
            raise UploadError(message, status)
        raise WorkError(kind, message)


@dataclass
class _Worker:
    """One child process and the server's end of its pipe."""

    process: BaseProcess
    connection: Connection
    ready: bool = field(default=False)

    @classmethod
    def start(cls, make: Callable[[], Any]) -> _Worker:
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(PRELOAD)
        ours, theirs = context.Pipe()
        process = context.Process(target=_serve, args=(theirs, make, limits.max_bytes), daemon=True)
        process.start()
        theirs.close()
        return cls(process, ours)

    def call(self, method: str, args: tuple[Any, ...], timeout: float) -> tuple[str, Any]:
        """One job: the limit counts the job only, not the child's start (that is ours, not the upload's)."""
        try:
            if not self.ready:
                self.connection.recv()  # ("ready", None): the checker is built
                self.ready = True
            self.connection.send((method, args))
            if not self.connection.poll(timeout):
                raise UploadError(
                    f"checking the report took longer than {timeout:g} s, the server's limit, and was stopped; "
                    "check a smaller part of it, or start the server with a larger --timeout",
                    422,
                )
            return self.connection.recv()
        except (EOFError, OSError):  # the child died without a word (killed, out of memory)
            raise WorkError("ChildExit", f"the worker stopped with exit code {self.process.exitcode}") from None

    def stop(self) -> None:
        self.connection.close()
        if self.process.is_alive():
            self.process.kill()
        self.process.join()


def _serve(connection: Connection, make: Callable[[], Any], max_bytes: int) -> None:
    """The child: the server's --max-size, the object made once, then one answer per job until the pipe closes."""
    limits.set_max_megabytes(max_bytes // 1_000_000)
    made = make()
    connection.send(("ready", None))
    while True:
        try:
            method, args = connection.recv()
        except EOFError:
            return
        connection.send(_answer(made, method, args))


def _answer(made: Any, method: str, args: tuple[Any, ...]) -> tuple[str, Any]:
    """("ok", what the method returns), or ("error", (kind, status, message)): a bad upload's error is
    the user's to mend (4xx), any other is indicheck's (500)."""
    from checker.readers import ReaderError
    from checker.targets import PairingError

    try:
        return "ok", getattr(made, method)(*args)
    except UploadError as error:
        return "error", ("UploadError", error.status, str(error))
    except (ReaderError, PairingError) as error:  # not a readable report; two reports that are not a pair
        return "error", ("UploadError", 422, str(error))
    except Exception as error:
        return "error", (type(error).__name__, 500, str(error))
