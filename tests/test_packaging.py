"""The distribution holds every module of the package.

pyproject.toml lists the packages by name (rules/ is mapped into the package as checker.rules_data,
which setuptools' discovery cannot do); a package added to checker/ and not listed is left out of
the wheel, and `pip install .` then gives a command that fails on import. The tests run from the
checkout, where the missing package is still found, so only this test sees it.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_package_of_checker_is_in_the_distribution() -> None:
    setuptools = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    listed = set(setuptools["packages"])
    packages = {".".join(init.parent.relative_to(ROOT).parts) for init in (ROOT / "checker").rglob("__init__.py")}
    assert packages - listed == set()
    mapped = set(setuptools.get("package-dir", {}))
    assert listed - packages - mapped == set()
