"""rules/relation_classes.toml → the classes of relation a check tests (ratio, parts that sum …), by name.

A rule names the class of its checks (`relation_class = "parts_sum"`), so that `lint --coverage`
and the JSON checks can say which classes of relation ran on a report, and which found nothing to
check. The classes are data, with their names in both languages; a --rules folder may add classes
of its own in a relation_classes.toml beside its rules.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from checker.datafiles import RuleError, read_toml, shipped_rules_dir
from checker.model import RelationClass

FILENAME = "relation_classes.toml"


def load_relation_classes(extra_dirs: Sequence[str | Path] = ()) -> dict[str, RelationClass]:
    """The shipped classes and those of the relation_classes.toml of each folder of `extra_dirs`, by name."""
    classes: dict[str, RelationClass] = {}
    for directory in [shipped_rules_dir(), *map(Path, extra_dirs)]:
        path = directory / FILENAME
        if path.is_file():
            classes.update(_load(path))
    return classes


def _load(path: Path) -> dict[str, RelationClass]:
    data = read_toml(path)
    unknown = set(data) - {"class"}
    if unknown:
        raise RuleError(f"{path}: unknown top-level key {sorted(unknown)[0]!r}; the file holds [class.NAME] tables")
    tables = data.get("class", {})
    if not isinstance(tables, dict):
        raise RuleError(f"{path}: 'class' must be tables [class.NAME]")
    classes = {}
    for name, table in tables.items():
        fields = [table.get(key) if isinstance(table, dict) else None for key in ("zh", "en", "doc")]
        for key, value in zip(("zh", "en", "doc"), fields, strict=True):
            if not isinstance(value, str) or not value.strip():
                raise RuleError(f"{path}: class {name}: {key} must be a non-empty string")
        zh, en, doc = (str(value) for value in fields)
        classes[name] = RelationClass(name, zh, en, doc)
    return classes
