"""Regenerate the README's example outputs from the tool itself: `python bench/readme_examples.py`.

Each example block of README.md is preceded by a comment naming the command that prints it, and
optionally which lines of its output are shown:

    <!-- output: indicheck lint seeds/donghe_2022_plan.txt --lang en; lines 1-13, -1 -->
    ```
    …what the command prints…
    ```

`--check` exits 1 (listing the stale blocks) instead of rewriting; tests/test_readme.py holds the
README equal to the tool that way. Commands run from the checkout with a fixed width, so the
blocks do not depend on the terminal; a block whose command reads ../shared is left as it is when
that folder is absent.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
BLOCK = re.compile(
    r"(<!-- output: (?P<command>indicheck [^;]*?)(?:; lines (?P<lines>[-0-9, ]+))? -->\n```\n)(?P<body>.*?)(```)", re.S
)
WIDTH = "100"


def output_of(command: str) -> str:
    """What `indicheck ARGS` prints on stdout, run from the checkout as a user would."""
    env = {**os.environ, "COLUMNS": WIDTH, "GITHUB_ACTIONS": "", "NO_COLOR": "1"}
    done = subprocess.run(
        [sys.executable, "-m", "checker", *shlex.split(command)[1:]],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    if done.returncode not in (0, 1):
        raise SystemExit(f"{command}: exit {done.returncode}: {done.stderr.strip()}")
    return done.stdout


def chosen(text: str, lines: str | None) -> str:
    """The lines a block shows (`1-13, -1`: the first thirteen and the last), or all."""
    if not lines:
        return text
    every = text.splitlines()
    kept: list[str] = []
    for item in (part.strip() for part in lines.split(",")):
        if re.fullmatch(r"\d+-\d+", item):
            low, high = (int(n) for n in item.split("-"))
            kept.extend(every[low - 1 : high])
        else:
            number = int(item)
            kept.append(every[number - 1] if number > 0 else every[number])
    return "\n".join(kept) + "\n"


def regenerate(readme: str) -> tuple[str, list[str]]:
    """The README with every marked block as the tool prints it now, and the commands whose block changed."""
    stale: list[str] = []

    def fresh(match: re.Match[str]) -> str:
        command = match.group("command")
        if "../shared" in command and not (ROOT.parent / "shared").is_dir():
            return match.group(0)
        body = chosen(output_of(command), match.group("lines"))
        if body != match.group("body"):
            stale.append(command)
        return match.group(1) + body + match.group(5)

    return BLOCK.sub(fresh, readme), stale


def main() -> int:
    text = README.read_text(encoding="utf-8")
    updated, stale = regenerate(text)
    if "--check" in sys.argv[1:]:
        for command in stale:
            print(f"README.md: the example of `{command}` is not what it prints; run python bench/readme_examples.py")
        return 1 if stale else 0
    README.write_text(updated, encoding="utf-8")
    print(f"README.md: {len(stale)} example(s) regenerated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
