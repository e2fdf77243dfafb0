"""The data files of rules/ (rule files, the indicator lexicon, the vocabulary): where they are,
how they are read, and the one error a file indicheck cannot use raises.

Kept apart from checker.rules so that reading the vocabulary (which extraction needs) does not
load the rule kinds.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any


class RuleError(Exception):
    """A rule file indicheck cannot use; printed as one line, exit 2."""


def shipped_rules_dir() -> Path:
    """The rules/ shipped with indicheck: checker/rules_data when installed, else the checkout's rules/."""
    package = Path(__file__).resolve().parent
    installed = package / "rules_data"
    return installed if installed.is_dir() else package.parent / "rules"


def read_toml(path: Path) -> dict[str, Any]:
    """A data file of rules/ as a table; a file that cannot be read or parsed is one line naming it."""
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise RuleError(f"{path}: not valid TOML ({error}); fix the syntax") from error
    except (OSError, UnicodeDecodeError) as error:
        raise RuleError(f"{path}: cannot be read ({error}); check the file") from error
