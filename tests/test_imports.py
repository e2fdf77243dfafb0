"""The package's imports run one way, down the pipeline's layers, even at type level.

A cycle between modules, even one that only a `TYPE_CHECKING` block closes, means
two layers know of each other: the data flow (read → extract → claims → context →
kinds → engine → report → cli) is then no longer what the import graph shows.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

PACKAGE = ROOT / "checker"


def _modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(ROOT).with_suffix("").parts
        found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


def import_graph() -> dict[str, set[str]]:
    """Each module of checker → the modules of checker it imports anywhere in its source
    (inside functions and `if TYPE_CHECKING:` too). Importing a submodule from outside its
    package runs the package's __init__ first, so that is an edge as well."""
    modules = _modules()
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        targets: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join([*anchor, base] if base else anchor)
                targets.update(
                    f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base for alias in node.names
                )
        edges = set()
        for target in targets:
            parts = target.split(".")
            for depth in range(2, len(parts) + 1):  # the packages on the way in, then the module
                prefix = ".".join(parts[:depth])
                inside = name == prefix or name.startswith(prefix + ".")
                if prefix in modules and not inside:
                    edges.add(prefix)
        graph[name] = edges
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for successor in sorted(graph[node]):
            if successor not in index:
                visit(successor)
                low[node] = min(low[node], low[successor])
            elif successor in stack:
                low[node] = min(low[node], index[successor])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_import_cycle_even_at_type_level() -> None:
    assert cycles(import_graph()) == []


def test_the_graph_walker_finds_a_cycle_closed_at_type_level() -> None:
    """The walker itself, on the shape of the cycle this test was written against: a kind that
    reaches context under TYPE_CHECKING while context reaches the kinds through the rules."""
    graph = {
        "context": {"indicators"},
        "indicators": {"rules"},
        "rules": {"kinds"},
        "kinds": {"context"},
        "model": set(),
    }
    assert cycles(graph) == [["context", "indicators", "kinds", "rules"]]
    graph = import_graph()
    assert "checker.layout" in graph["checker.claims"] and "checker.claims" in graph["checker.engine"]


def test_the_context_loads_no_rule_kind() -> None:
    """What the kinds read is below them: importing it must not import a single kind."""
    code = "import sys, checker.context; print(sorted(m for m in sys.modules if m.startswith('checker.kinds')))"
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
