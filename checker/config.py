"""Project configuration: `[tool.indicheck]` in pyproject.toml, or an indicheck.toml.

Found upward from the working directory, like ruff's: the nearest directory
with an indicheck.toml (its top-level keys) or a pyproject.toml with a
[tool.indicheck] table wins. Paths in it are relative to the file's folder.
Command-line flags always win over the file.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# key in the file → (type, choices); the CLI option of the same meaning has the key's name with _.
KEYS: dict[str, tuple[type, tuple[str, ...]]] = {
    "rules": (list, ()),
    "select": (list, ()),
    "ignore": (list, ()),
    "fail-on": (str, ("error", "warning", "info")),
    "lang": (str, ("zh", "en")),
    "format": (str, ("auto", "full", "concise", "json", "sarif", "github", "html")),
    "previous": (str, ()),
    "baseline": (str, ()),
}
PATH_KEYS = ("rules", "previous", "baseline")


class ConfigError(Exception):
    """A configuration file with a mistake; one line, exit 2."""


@dataclass(frozen=True)
class Config:
    path: Path | None = None
    values: dict[str, Any] = field(default_factory=dict)


def find(start: Path | None = None) -> Config:
    """The nearest configuration above `start` (the working directory), or an empty one."""
    directory = (start or Path.cwd()).resolve()
    for folder in (directory, *directory.parents):
        own = folder / "indicheck.toml"
        if own.is_file():
            return _load(own, _read(own))
        project = folder / "pyproject.toml"
        if project.is_file():
            table = _read(project).get("tool", {}).get("indicheck")
            if table is not None:
                return _load(project, table, "[tool.indicheck]")
    return Config()


def _read(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: not valid TOML ({error}); fix the syntax") from error


def _load(path: Path, table: Any, where: str = "") -> Config:
    name = f"{path}{': ' + where if where else ''}"
    if not isinstance(table, dict):
        raise ConfigError(f"{name}: must be a table of settings")
    values: dict[str, Any] = {}
    for key, value in table.items():
        if key not in KEYS:
            raise ConfigError(f"{name}: unknown key {key!r}; valid keys: {', '.join(sorted(KEYS))}")
        kind, choices = KEYS[key]
        if kind is list:
            value = [value] if isinstance(value, str) else value
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ConfigError(f"{name}: {key} must be a string or a list of strings")
        elif not isinstance(value, str) or (choices and value not in choices):
            allowed = f"one of {', '.join(choices)}" if choices else "a string"
            raise ConfigError(f"{name}: {key} {value!r} must be {allowed}")
        if key in PATH_KEYS:
            value = [str(path.parent / v) for v in value] if isinstance(value, list) else str(path.parent / value)
        values[key] = value
    return Config(path, values)
