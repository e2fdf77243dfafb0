"""The command line: `indicheck figures`, and later lint, rules, explain.

Heavy modules (pint, rich) are imported inside commands, so `indicheck --help`
starts in the time Python and click take.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any, NoReturn

import click

from checker import __version__

EXIT_USAGE = 2


def fail(message: str) -> NoReturn:
    """One line on stderr and exit 2: how every input error ends."""
    click.echo(f"indicheck: error: {message}", err=True)
    sys.exit(EXIT_USAGE)


def format_option(choices: tuple[str, ...], default: str) -> Callable[[Any], Any]:
    return click.option(
        "--format", "output_format", type=click.Choice(choices), default=default, show_default=True,
        help="How to print the result.",
    )  # fmt: skip


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="indicheck")
def main() -> None:
    """indicheck: check the figures of Chinese government reports."""


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=True, path_type=str))
@click.option("--all", "show_all", is_flag=True, help="Also show numbers set aside (years, ordinals …) and why.")
@format_option(("table", "json", "csv"), "table")
def figures(files: tuple[str, ...], show_all: bool, output_format: str) -> None:
    """List every figure of FILES with its value, unit and qualifier."""
    from checker.extract import extract
    from checker.readers import ReaderError, read_document
    from checker.report import FIGURE_FORMATS

    results = []
    for path in files:
        try:
            document = read_document(path)
        except ReaderError as error:
            fail(str(error))
        results.append((document, extract(document)))
    FIGURE_FORMATS[output_format](results, sys.stdout, show_set_aside=show_all)
