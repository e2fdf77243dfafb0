"""The README's example outputs are what the tool prints (bench/readme_examples.py writes them)."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

from tests.conftest import ROOT


def _examples():
    spec = importlib.util.spec_from_file_location("readme_examples", ROOT / "bench" / "readme_examples.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_example_of_the_readme_is_what_its_command_prints() -> None:
    examples = _examples()
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert len(examples.BLOCK.findall(readme)) >= 3  # the seed's lint, figures and targets
    _, stale = examples.regenerate(readme)
    assert stale == [], "run `python bench/readme_examples.py` to write them again"


def test_a_changed_example_is_found(tmp_path: Path) -> None:
    examples = _examples()
    # The seed summary's count of checks made one more than the tool prints (whatever it is today).
    readme = re.sub(
        r"(\d+) checks \(",
        lambda m: f"{int(m.group(1)) + 1} checks (",
        (ROOT / "README.md").read_text(encoding="utf-8"),
        count=1,
    )
    assert any("indicheck lint seeds/donghe_2022_plan.txt" in c for c in examples.regenerate(readme)[1])
