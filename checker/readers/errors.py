"""The one error a reader raises: which file, what is wrong, what to do."""

from __future__ import annotations


class ReaderError(Exception):
    """An input file indicheck cannot read; the CLI prints it as one line, exit 2."""

    def __init__(self, path: str, problem: str, remedy: str) -> None:
        super().__init__(f"{path}: {problem}; {remedy}")
        self.path = path
        self.problem = problem
        self.remedy = remedy
