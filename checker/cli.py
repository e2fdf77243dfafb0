"""The command line: `indicheck figures`, and later lint, rules, explain.

Heavy modules (pint, rich) are imported inside commands, so `indicheck --help`
starts in the time Python and click take.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

import click

from checker import __version__

EXIT_USAGE = 2


def fail(message: str) -> NoReturn:
    """One line on stderr and exit 2: how every input error ends."""
    click.echo(f"indicheck: error: {message}", err=True)
    sys.exit(EXIT_USAGE)


def configure(ctx: click.Context, params: dict[str, Any]) -> dict[str, Any]:
    """Fill the options the user did not give from the configuration file (flags win)."""
    from click.core import ParameterSource

    from checker.config import ConfigError, find

    try:
        config = find()
    except ConfigError as error:
        fail(str(error))
    for key, value in config.values.items():
        name = {"fail-on": "fail_on", "format": "output_format", "rules": "rule_dirs"}.get(key, key)
        if name in params and ctx.get_parameter_source(name) in (ParameterSource.DEFAULT, None):
            params[name] = tuple(value) if isinstance(value, list) else value
    return params


def split_codes(values: tuple[str, ...]) -> list[str]:
    """--select IC1,IC2 --select IC3 → [IC1, IC2, IC3]."""
    return [code.strip() for value in values for code in value.split(",") if code.strip()]


def rule_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """--rules, --select, --ignore: shared by every command that loads rules."""
    command = click.option("--ignore", multiple=True, metavar="CODES",
                           help="Switch off rules by code or code prefix (IC1) or name; comma-separated.")(command)  # fmt: skip
    command = click.option("--select", multiple=True, metavar="CODES",
                           help="Run only these rules (code, code prefix or name); comma-separated.")(command)  # fmt: skip
    command = click.option("--rules", "rule_dirs", multiple=True, metavar="DIR",
                           help="Also load the *.toml rule files of DIR (repeatable).")(command)  # fmt: skip
    return command


def load_selected_rules(rule_dirs: tuple[str, ...], select: tuple[str, ...], ignore: tuple[str, ...]) -> list:
    from checker.rules import RuleError, load_rules
    from checker.rules import select as select_rules

    try:
        rules = load_rules(rule_dirs)
    except RuleError as error:
        fail(str(error))
    return select_rules(rules, split_codes(select), split_codes(ignore))


def read_all(files: tuple[str, ...]) -> list:
    """Every file (and every report inside a folder) as a Document, or one error line and exit 2
    at the first unreadable one."""
    from checker.readers import ReaderError, expand, read_document

    try:
        files = tuple(expand(list(files)))
    except ReaderError as error:
        fail(str(error))
    documents = []
    for path in files:
        try:
            documents.append(read_document(path))
        except ReaderError as error:
            fail(str(error))
    return documents


def run_rules(files: tuple[str, ...], rule_dirs: tuple[str, ...], select: tuple[str, ...],
              ignore: tuple[str, ...], previous: str | None = None):  # fmt: skip
    """Read the files and run the selected rules over each: what lint and baseline share.

    With `previous` (last year's report), the cross-report rules run too.
    """
    from checker.engine import LintReport, RuleCrash, lint_document

    rules = load_selected_rules(rule_dirs, select, ignore)
    lexicon = load_lexicon_or_fail(rule_dirs)
    earlier = read_all((previous,))[0] if previous else None
    try:
        results = tuple((document, lint_document(document, rules, lexicon, earlier)) for document in read_all(files))
    except RuleCrash as error:
        fail(str(error))
    return LintReport(results, tuple(rules), others=(earlier,) if earlier else ())


def load_lexicon_or_fail(rule_dirs: tuple[str, ...]):
    from checker.indicators import load_lexicon
    from checker.rules import RuleError

    try:
        return load_lexicon(rule_dirs)
    except RuleError as error:
        fail(str(error))


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
@click.option("--rules", "rule_dirs", multiple=True, metavar="DIR",
              help="Also read the vocabulary.toml of DIR: words added to the cue words extraction reads.")
@format_option(("table", "json", "csv"), "table")
def figures(files: tuple[str, ...], show_all: bool, rule_dirs: tuple[str, ...], output_format: str) -> None:
    """List every figure of FILES with its value, unit and qualifier."""
    from checker.extract import extract
    from checker.report import FIGURE_FORMATS
    from checker.rules import RuleError
    from checker.vocabulary import load_vocabulary

    try:
        vocabulary = load_vocabulary(rule_dirs)
    except RuleError as error:
        fail(str(error))
    results = [(document, extract(document, vocabulary)) for document in read_all(files)]
    FIGURE_FORMATS[output_format](results, sys.stdout, show_set_aside=show_all)


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=True, path_type=str))
@rule_options
@click.option("--lang", type=click.Choice(("zh", "en")), default="zh", show_default=True, help="Language of messages.")
@format_option(("auto", "full", "concise", "json", "sarif", "github", "html"), "auto")
@click.option("--fail-on", type=click.Choice(("error", "warning", "info")), default="error", show_default=True,
              help="Exit 1 when a finding is at or above this severity.")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings.")
@click.option("--statistics", is_flag=True, help="Print the number of findings per rule instead of the findings.")
@click.option("--annotate", type=click.Path(dir_okay=False, path_type=Path), metavar="OUT.docx",
              help="Also write a copy of the report with one Word comment per finding.")
@click.option("--baseline", type=click.Path(dir_okay=False, path_type=Path), metavar="FILE",
              help="Hide the findings this baseline accepts (see `indicheck baseline`).")
@click.option("--previous", type=click.Path(dir_okay=False, path_type=str), metavar="PREVIOUS",
              help="Last year's report: also check its targets and figures against FILES.")
def lint(files: tuple[str, ...], rule_dirs: tuple[str, ...], select: tuple[str, ...], ignore: tuple[str, ...],
         lang: str, output_format: str, fail_on: str, exit_zero: bool, statistics: bool,
         annotate: Path | None, baseline: Path | None, previous: str | None) -> None:
    """Check that the figures of FILES agree with each other.

    Settings not given here come from [tool.indicheck] in pyproject.toml or an
    indicheck.toml, looked for upward from the working directory.

    Exit codes: 0 nothing at or above --fail-on, 1 findings, 2 usage or input error.
    """
    settings = configure(click.get_current_context(), dict(
        rule_dirs=rule_dirs, select=select, ignore=ignore, lang=lang, output_format=output_format,
        fail_on=fail_on, baseline=baseline, previous=previous))  # fmt: skip
    rule_dirs, select, ignore = settings["rule_dirs"], settings["select"], settings["ignore"]
    lang, output_format, fail_on = settings["lang"], settings["output_format"], settings["fail_on"]
    baseline = Path(settings["baseline"]) if settings["baseline"] else None
    from checker.model import Severity
    from checker.report import FINDING_FORMATS, auto_format, terminal

    report = run_rules(files, rule_dirs, select, ignore, settings["previous"])
    if baseline is not None:
        from checker import baseline as baselines

        try:
            report = baselines.apply(report, baselines.load(baseline))
        except baselines.BaselineError as error:
            fail(str(error))
    if statistics:
        terminal.statistics(report, sys.stdout)
    else:
        chosen = auto_format() if output_format == "auto" else output_format
        FINDING_FORMATS[chosen](report, sys.stdout, lang=lang)
    if annotate is not None:
        from checker.report.word import AnnotateError
        from checker.report.word import annotate as write_annotated

        try:
            written = write_annotated(report, annotate, lang)
        except AnnotateError as error:
            fail(str(error))
        click.echo(f"indicheck: {written} comment(s) written to {annotate}", err=True)
    threshold = Severity(fail_on).rank
    failing = any(f.severity.rank >= threshold for f in report.findings)
    sys.exit(1 if failing and not exit_zero else 0)


@main.command("rules")
@rule_options
def list_rules(rule_dirs: tuple[str, ...], select: tuple[str, ...], ignore: tuple[str, ...]) -> None:
    """List the rules: code, severity, kind and name."""
    for rule in load_selected_rules(rule_dirs, select, ignore):
        click.echo(f"{rule.code:<7} {rule.severity.value:<8} {rule.kind:<12} {rule.name}")


@main.command()
@click.argument("code")
@click.option("--rules", "rule_dirs", multiple=True, metavar="DIR", help="Also load the rule files of DIR.")
def explain(code: str, rule_dirs: tuple[str, ...]) -> None:
    """Print the documentation of one rule (by code or name)."""
    rules = [r for r in load_selected_rules(rule_dirs, (), ()) if code in (r.code, r.name)]
    if not rules:
        fail(f"no rule {code!r}; `indicheck rules` lists them")
    rule = rules[0]
    click.echo(f"{rule.code} {rule.name} ({rule.kind}, {rule.severity.value})\n")
    click.echo(rule.doc)
    click.echo(f"\nmessage (zh): {rule.message_zh}\nmessage (en): {rule.message_en}\nsource: {rule.source}")


@main.command("baseline")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=True, path_type=str))
@rule_options
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=Path("indicheck-baseline.json"),
              show_default=True, help="Where to write the baseline.")
@click.option("--reason", default="", help="Why these findings are accepted (kept with each entry).")
def write_baseline(files: tuple[str, ...], rule_dirs: tuple[str, ...], select: tuple[str, ...],
                   ignore: tuple[str, ...], output: Path, reason: str) -> None:  # fmt: skip
    """Record the current findings of FILES, so that `lint --baseline` shows only new ones."""
    from checker import baseline as baselines

    settings = configure(click.get_current_context(), dict(rule_dirs=rule_dirs, select=select, ignore=ignore))
    rule_dirs, select, ignore = settings["rule_dirs"], settings["select"], settings["ignore"]
    report = run_rules(files, rule_dirs, select, ignore)
    try:
        count = baselines.write(report, output, reason)
    except baselines.BaselineError as error:
        fail(str(error))
    click.echo(f"indicheck: {count} finding(s) recorded in {output}", err=True)


@main.command("targets")
@click.argument("previous", type=click.Path(dir_okay=True, path_type=str))
@click.argument("current", type=click.Path(dir_okay=True, path_type=str))
@click.option("--rules", "rule_dirs", multiple=True, metavar="DIR", help="Also load the indicators.toml of DIR.")
@click.option("--headline", is_flag=True, help="Only the headline targets (主要预期目标).")
@format_option(("table", "json", "csv"), "table")
def target_table(previous: str, current: str, rule_dirs: tuple[str, ...], headline: bool, output_format: str) -> None:
    """Every target of PREVIOUS (last year's report) with its actual in CURRENT and a status:
    met, missed, not reported or not comparable."""
    from checker.engine import context_of
    from checker.report import TARGET_FORMATS
    from checker.targets import pair_targets

    lexicon = load_lexicon_or_fail(rule_dirs)
    earlier, later = read_all((previous, current))
    rows = pair_targets(context_of(earlier, lexicon), context_of(later, lexicon))
    if headline:
        rows = [row for row in rows if row.headline]
    TARGET_FORMATS[output_format](rows, earlier, later, sys.stdout)


@main.command("kinds")
@click.argument("kind", required=False)
def list_kinds(kind: str | None) -> None:
    """List the rule kinds, or document one: what it checks, its options with their defaults,
    and the placeholders its messages may use. For writing rule files."""
    from checker.kinds import KINDS
    from checker.rules import COMMON_PLACEHOLDERS

    if kind is None:
        for name, module in KINDS.items():
            click.echo(f"{name:<12} {(module.__doc__ or '').strip().splitlines()[0]}")
        return
    if kind not in KINDS:
        fail(f"no rule kind {kind!r}; valid kinds: {', '.join(sorted(KINDS))}")
    module = KINDS[kind]
    click.echo((module.__doc__ or "").strip() + "\n")
    click.echo("Options (key = default):")
    for key, option in module.OPTIONS.items():
        default = list(option.default) if isinstance(option.default, tuple | list) else option.default
        choices = f"  (one of: {', '.join(option.choices)})" if option.choices else ""
        click.echo(f"  {key} = {default!r}  [{option.type}]{choices}")
    placeholders = (*COMMON_PLACEHOLDERS, *getattr(module, "PLACEHOLDERS", ()))
    click.echo(f"\nMessage placeholders: {', '.join('{' + p + '}' for p in placeholders)}")
    click.echo(f"Default scope: {getattr(module, 'DEFAULT_SCOPE', 'sentence')}")
