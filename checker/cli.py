"""The command line: the click commands (lint, figures, rules, explain, baseline, targets, history,
serve, kinds), the options they share and how their errors end (one line on stderr, exit 2).

The commands only gather their inputs and call the pipeline: which files a path names is
readers.expand (so that checker.lint reads the same ones), what is printed is checker.report.

Heavy modules (pint, rich) are imported inside commands, so `indicheck --help`
starts in the time Python and click take.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import click

from checker import __version__

if TYPE_CHECKING:
    from checker.model import LintReport

EXIT_USAGE = 2
LANGS = ("zh", "en")
DEFAULT_LANG = "zh"
# The reader of standard output stopped reading (`indicheck lint … | head -1`). That is no error of
# ours, so not 2; nor 0, which would claim a clean report whose findings nobody saw. Unix tools killed
# by SIGPIPE (cat, grep, git) end with 128 + 13 as the shell reports it, and so do we, quietly.
EXIT_PIPE_CLOSED = 128 + 13


def fail(message: str) -> NoReturn:
    """One line on stderr and exit 2: how every input error ends, in the language the command runs in
    (the errors are raised in English; checker.report.errors_zh words them in Chinese)."""
    from checker.report.errors_zh import stderr_line

    click.echo(f"indicheck: error: {stderr_line(message, current_lang())}", err=True)
    sys.exit(EXIT_USAGE)


def current_lang() -> str:
    """The command's language: its --lang or the configuration's once they are read; before that (an
    option click cannot parse, a configuration that cannot be read) the --lang the command line gives;
    else the default."""
    context = click.get_current_context(silent=True)
    meta = context.meta if context is not None else {}
    return meta.get("lang") or meta.get("lang_given") or DEFAULT_LANG


def lang_given(args: Iterable[str]) -> str | None:
    """The value of --lang on a command line not parsed yet (`--lang en` or `--lang=en`), if it is one."""
    args = list(args)
    for index, arg in enumerate(args):
        value = arg.partition("=")[2] if arg.startswith("--lang=") else None
        if arg == "--lang" and index + 1 < len(args):
            value = args[index + 1]
        if value in LANGS:
            return value
    return None


class OutputError(Exception):
    """Standard output cannot be written (a full disk, a closed pipe): one line, exit 2."""


class GuardedOutput(io.TextIOBase):
    """sys.stdout, with a failed write raised as OutputError so that it ends in one line, not a traceback."""

    def __init__(self, stream: Any) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        try:
            return self.stream.write(text)
        except OSError as error:
            raise OutputError(error.strerror or str(error)) from error

    def flush(self) -> None:
        try:
            self.stream.flush()
        except OSError as error:
            raise OutputError(error.strerror or str(error)) from error

    def isatty(self) -> bool:
        return self.stream.isatty()

    def fileno(self) -> int:
        return self.stream.fileno()

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self.stream, "encoding", None) or "utf-8"

    @property
    def errors(self) -> str | None:  # type: ignore[override]
        return getattr(self.stream, "errors", None)


class Main(click.Group):
    """The command group; whatever a command raises ends in one line on stderr and exit 2, never a traceback."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        ctx.meta["lang_given"] = lang_given(args)  # for an error found before --lang is read
        try:
            return super().parse_args(ctx, args)
        except click.UsageError as error:  # indicheck --bogus: one line too, not click's usage block
            fail_usage(error)

    def invoke(self, ctx: click.Context) -> Any:
        stdout = sys.stdout
        sys.stdout = GuardedOutput(stdout)
        try:
            return super().invoke(ctx)
        except OutputError as error:
            _silence(stdout)
            if isinstance(error.__cause__, BrokenPipeError):
                sys.exit(EXIT_PIPE_CLOSED)  # the reader stopped reading (| head): nothing to explain
            fail(f"standard output cannot be written ({error}); check the disk or the pipe it goes to")
        except click.UsageError as error:  # a wrong option or value: one line too, with where to look
            fail_usage(error)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.exceptions.Abort, SystemExit):
            raise
        except Exception as error:  # a bug of indicheck's: one line that can be reported, not a traceback
            fail(
                f"internal error ({type(error).__name__}: {error}); please report it with the command line "
                "and the report attached"
            )
        finally:
            sys.stdout = stdout


def fail_usage(error: click.UsageError) -> NoReturn:
    """A command line click cannot parse: its reason and where the options are listed, in one line."""
    command = f"{error.ctx.command_path} --help" if error.ctx else "indicheck --help"
    fail(f"{error.format_message().rstrip('.')}; `{command}` lists the options")


def _silence(stream: Any) -> None:
    """Point a broken stdout at /dev/null, so that Python's flush at exit does not fail again."""
    try:
        descriptor = stream.fileno()
    except (OSError, ValueError, io.UnsupportedOperation):
        return
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, descriptor)
    os.close(null)


def refuse_overwrite(output: Path, inputs: Iterable[str | Path | None]) -> None:
    """Exit 2 when `output` is one of the input files: an input is never overwritten."""
    if not output.exists():
        return
    for given in inputs:
        if given is None or not Path(given).exists():
            continue
        if os.path.samefile(output, given):
            fail(f"{output}: is the input {given}; give another output path, inputs are never modified")


def configure(ctx: click.Context, params: dict[str, Any]) -> dict[str, Any]:
    """Fill the options the user did not give from the configuration file (flags win)."""
    from click.core import ParameterSource

    from checker.config import ConfigError, find

    try:
        config = find()
    except ConfigError as error:
        fail(str(error))
    choices = {p.name: p.type.choices for p in ctx.command.params if isinstance(p.type, click.Choice)}
    for key, value in config.values.items():
        name = {"fail-on": "fail_on", "format": "output_format", "rules": "rule_dirs"}.get(key, key)
        if name not in params or ctx.get_parameter_source(name) not in (ParameterSource.DEFAULT, None):
            continue
        if name in choices and value not in choices[name]:
            continue  # format = "full" is lint's; figures and targets keep their own default (table)
        params[name] = tuple(value) if isinstance(value, list) else value
    if "lang" in params:
        ctx.meta["lang"] = params["lang"]  # the configuration's language is the errors' too
    return params


def split_codes(values: tuple[str, ...], option: str = "--select") -> list[str]:
    """--select IC1,IC2 --select IC3 → [IC1, IC2, IC3]; a value that names nothing (--select '') is an
    error, as a value that matches no rule is: a selection left empty by a script must not run every rule."""
    codes = []
    for value in values:
        given = [code.strip() for code in value.split(",") if code.strip()]
        if not given:
            fail(f"{option} {value!r} names no rule; give codes, code prefixes or names, or drop {option}")
        codes.extend(given)
    return codes


def rule_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """--rules, --select, --ignore: shared by every command that loads rules."""
    command = click.option(
        "--ignore",
        multiple=True,
        metavar="CODES",
        help="Switch off rules by code or code prefix (IC1) or name; comma-separated.",
    )(command)
    command = click.option(
        "--select",
        multiple=True,
        metavar="CODES",
        help="Run only these rules (code, code prefix or name); comma-separated.",
    )(command)
    command = click.option(
        "--rules",
        "rule_dirs",
        multiple=True,
        metavar="DIR",
        help="Also load the *.toml rule files of DIR (repeatable).",
    )(command)
    return command


def load_selected_rules(rule_dirs: tuple[str, ...], select: tuple[str, ...], ignore: tuple[str, ...]) -> list:
    from checker.rules import RuleError, load_rules
    from checker.rules import select as select_rules

    try:
        rules = load_rules(rule_dirs)
    except RuleError as error:
        fail(str(error))
    try:
        chosen = select_rules(rules, split_codes(select, "--select"), split_codes(ignore, "--ignore"))
    except RuleError as error:
        fail(str(error))
    if not chosen:
        fail("--select and --ignore leave no rule to run; `indicheck rules` lists them")
    return chosen


def report_paths(files: Iterable[str], lang: str = "en") -> list[str]:
    """The files as given and the reports inside each folder, each once (readers.expand), or one error
    line (in `lang`) and exit 2."""
    from checker.readers import ReaderError, expand
    from checker.report.errors_zh import stderr_line

    try:
        return expand(list(files))
    except ReaderError as error:
        fail(stderr_line(str(error), lang))


def each_report(files: tuple[str, ...], work: Callable[[str], Any], jobs: int, lang: str) -> tuple[list, bool]:
    """work(path) for every report of FILES, on `jobs` processes: the values of the reports that could be
    read, in order, and whether any could not (each said in one line on stderr; the command exits 2 at
    the end, after the output of the others)."""
    from checker.batch import each_report as run_each
    from checker.report.errors_zh import stderr_line

    values, failed = [], False
    for outcome in run_each(report_paths(files, lang), work, jobs):
        if outcome.error is None:
            values.append(outcome.value)
        else:
            click.echo(f"indicheck: error: {stderr_line(outcome.error, lang)}", err=True)
            failed = True
    return values, failed


def read_one(given: str, role: str, lang: str):
    """The one report `given` names (a file, or a folder holding exactly one report), or exit 2 with one
    line in `lang`."""
    from checker.readers import ReaderError, read_document
    from checker.report.errors_zh import stderr_line

    paths = report_paths((given,), lang)
    if len(paths) != 1:
        fail(
            stderr_line(
                f"{given}: is a folder of {len(paths)} reports, but {role} is one report; give the file itself", lang
            )
        )
    try:
        return read_document(paths[0])
    except ReaderError as error:
        fail(stderr_line(str(error), lang))


def run_rules(
    files: tuple[str, ...],
    rule_dirs: tuple[str, ...],
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    previous: str | None = None,
    jobs: int = 1,
    lang: str = "en",
):
    """Read the files and run the selected rules over each, on `jobs` processes: what lint and baseline
    share. Returns the report of the readable files, and whether any file failed (said on stderr, in
    `lang` where the pipeline's words are known: a --previous refused as no pair).

    With `previous` (last year's report), the cross-report rules run too.
    """
    from checker.batch import lint_reports
    from checker.report.errors_zh import stderr_line

    rules = load_selected_rules(rule_dirs, select, ignore)
    lexicon = load_lexicon_or_fail(rule_dirs)
    earlier = read_one(previous, "--previous", lang) if previous else None
    report, failures = lint_reports(report_paths(files, lang), rules, lexicon, earlier, jobs)
    for failure in failures:
        click.echo(f"indicheck: error: {stderr_line(str(failure.error), lang)}", err=True)
    return report, bool(failures)


def load_lexicon_or_fail(rule_dirs: tuple[str, ...]):
    from checker.indicators import load_lexicon
    from checker.rules import RuleError

    try:
        return load_lexicon(rule_dirs)
    except RuleError as error:
        fail(str(error))


def _set_max_size(ctx: click.Context, param: click.Parameter, megabytes: int) -> int:
    from checker.readers import limits

    limits.set_max_megabytes(megabytes)
    return megabytes


def max_size_option(command: Callable[..., Any]) -> Callable[..., Any]:
    """--max-size MB: the cap on each input file, so that a huge or endless one (/dev/zero) is an error."""
    return click.option(
        "--max-size",
        type=click.IntRange(min=1),
        default=200,
        show_default=True,
        metavar="MB",
        expose_value=False,
        callback=_set_max_size,
        is_eager=True,
        help="Refuse input files larger than this many megabytes.",
    )(command)


def jobs_option(command: Callable[..., Any]) -> Callable[..., Any]:
    """--jobs N: reports checked side by side on N processes; the output is that of one."""
    return click.option(
        "--jobs",
        "-j",
        type=click.IntRange(min=1),
        default=lambda: len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1,
        show_default="the number of cores",
        metavar="N",
        help="Check N reports at a time (the output does not change).",
    )(command)


def lang_option(command: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--lang",
        type=click.Choice(LANGS),
        default=DEFAULT_LANG,
        show_default=True,
        help="Language of the output.",
        callback=_remember_lang,
    )(command)


def _remember_lang(ctx: click.Context, param: click.Parameter, value: str) -> str:
    """--lang as read, for the errors the command ends with (fail)."""
    ctx.meta["lang"] = value
    return value


def format_option(choices: tuple[str, ...], default: str) -> Callable[[Any], Any]:
    return click.option(
        "--format",
        "output_format",
        type=click.Choice(choices),
        default=default,
        show_default=True,
        help="How to print the result.",
    )


@click.group(cls=Main, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="indicheck")
def main() -> None:
    """indicheck: check the figures of Chinese government reports."""


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=True, path_type=str))
@max_size_option
@jobs_option
@click.option("--all", "show_all", is_flag=True, help="Also show numbers set aside (years, ordinals …) and why.")
@click.option(
    "--rules",
    "rule_dirs",
    multiple=True,
    metavar="DIR",
    help="Also read the vocabulary.toml of DIR: words added to the cue words extraction reads.",
)
@format_option(("table", "json", "csv"), "table")
@lang_option
def figures(
    files: tuple[str, ...], show_all: bool, rule_dirs: tuple[str, ...], output_format: str, jobs: int, lang: str
) -> None:
    """List every figure of FILES with its value, unit and qualifier."""
    from checker.batch import FigureReader
    from checker.datafiles import RuleError
    from checker.report import FIGURE_FORMATS
    from checker.vocabulary import load_vocabulary

    settings = configure(click.get_current_context(), dict(lang=lang, output_format=output_format))
    lang, output_format = settings["lang"], settings["output_format"]
    try:
        vocabulary = load_vocabulary(rule_dirs)
    except RuleError as error:
        fail(str(error))
    results, failed = each_report(files, FigureReader(vocabulary), jobs, lang)
    FIGURE_FORMATS[output_format](results, sys.stdout, show_set_aside=show_all, lang=lang)
    if failed:
        sys.exit(EXIT_USAGE)


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=True, path_type=str))
@rule_options
@max_size_option
@lang_option
@format_option(("auto", "full", "concise", "json", "sarif", "github", "html", "csv"), "auto")
@click.option(
    "--fail-on",
    type=click.Choice(("error", "warning", "info")),
    default="error",
    show_default=True,
    help="Exit 1 when a finding is at or above this severity.",
)
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings.")
@click.option("--statistics", is_flag=True, help="Print the number of findings per rule instead of the findings.")
@click.option(
    "--annotate",
    type=click.Path(dir_okay=False, path_type=Path),
    metavar="OUT.docx",
    help="Also write a copy of the report with one Word comment per finding.",
)
@click.option(
    "--baseline",
    type=click.Path(dir_okay=False, path_type=Path),
    metavar="FILE",
    help="Hide the findings this baseline accepts (see `indicheck baseline`).",
)
@click.option(
    "--previous",
    type=click.Path(dir_okay=True, path_type=str),
    metavar="PREVIOUS",
    help="Last year's report: also check its targets and figures against FILES.",
)
@click.option(
    "--coverage", is_flag=True, help="Also list each figure as verified, checked against a target only, or unchecked."
)
@jobs_option
def lint(
    files: tuple[str, ...],
    rule_dirs: tuple[str, ...],
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    lang: str,
    output_format: str,
    fail_on: str,
    exit_zero: bool,
    statistics: bool,
    annotate: Path | None,
    baseline: Path | None,
    previous: str | None,
    coverage: bool,
    jobs: int,
) -> None:
    """Check that the figures of FILES agree with each other.

    Settings not given here come from [tool.indicheck] in pyproject.toml or an
    indicheck.toml, looked for upward from the working directory.

    Exit codes: 0 nothing at or above --fail-on, 1 findings, 2 usage or input error (a report that
    cannot be read is said on stderr, and the others are still checked).
    """
    settings = configure(
        click.get_current_context(),
        dict(
            rule_dirs=rule_dirs,
            select=select,
            ignore=ignore,
            lang=lang,
            output_format=output_format,
            fail_on=fail_on,
            baseline=baseline,
            previous=previous,
        ),
    )
    rule_dirs, select, ignore = settings["rule_dirs"], settings["select"], settings["ignore"]
    lang, output_format, fail_on = settings["lang"], settings["output_format"], settings["fail_on"]
    baseline = Path(settings["baseline"]) if settings["baseline"] else None
    from checker.model import Severity

    refuse_output_options(output_format, statistics, coverage)
    if annotate is not None:
        refuse_annotate(annotate, files, [settings["previous"], baseline])
    accepted = load_baseline(baseline) if baseline is not None else None
    report, failed = run_rules(files, rule_dirs, select, ignore, settings["previous"], jobs, lang)
    from checker.report.errors_zh import stderr_line

    for notice in (notice for _, result in report.files for notice in result.notices):
        click.echo(f"indicheck: {stderr_line(notice, lang)}", err=True)
    if accepted is not None:
        from checker import baseline as baselines

        report = baselines.apply(report, accepted)
    write_findings(report, output_format, lang, statistics=statistics, coverage=coverage)
    if annotate is not None:
        write_annotated_copy(report, annotate, lang)
    if failed:
        sys.exit(EXIT_USAGE)
    threshold = Severity(fail_on).rank
    failing = any(f.severity.rank >= threshold for f in report.findings)
    sys.exit(1 if failing and not exit_zero else 0)


def refuse_output_options(output_format: str, statistics: bool, coverage: bool) -> None:
    """Exit 2 before any work when --statistics or --coverage cannot go with the output format."""
    from checker.report import STATISTICS_FORMATS

    if statistics and output_format not in STATISTICS_FORMATS:
        fail(
            f"--statistics prints counts as text or JSON, not {output_format}; "
            f"give --format {', '.join(STATISTICS_FORMATS)} with it, or drop --statistics"
        )
    if coverage and output_format in MACHINE_FORMATS:
        fail(
            f"--coverage is text and would break the {output_format} output; "
            + (
                'with --format json every check is in the output\'s "checks" already'
                if output_format == "json"
                else "give --format full or concise with it"
            )
        )


def write_findings(report: LintReport, output_format: str, lang: str, *, statistics: bool, coverage: bool) -> None:
    """The report on stdout: its findings in the format chosen (or their counts), then the coverage."""
    from checker.report import FINDING_FORMATS, STATISTICS_FORMATS, auto_format

    if statistics:
        STATISTICS_FORMATS[output_format](report, sys.stdout, lang=lang)
    else:
        chosen = auto_format() if output_format == "auto" else output_format
        FINDING_FORMATS[chosen](report, sys.stdout, lang=lang)
    if coverage:
        from checker.report import coverage as coverage_report

        coverage_report.write(report, sys.stdout, lang=lang)


def write_annotated_copy(report: LintReport, target: Path, lang: str) -> None:
    """--annotate: the report as a .docx with a comment per finding, and a line on stderr saying so."""
    from checker.report.word import AnnotateError
    from checker.report.word import annotate as write_annotated
    from checker.report.wording import annotated

    try:
        written = write_annotated(report, target, lang)
    except AnnotateError as error:
        fail(str(error))
    click.echo(f"indicheck: {annotated(written, target, lang)}", err=True)


# Formats other programs read: text appended to them (--coverage) would break them.
MACHINE_FORMATS = ("json", "sarif", "github", "html", "csv")


def refuse_annotate(target: Path, files: tuple[str, ...], others: Iterable[str | Path | None]) -> None:
    """Exit 2 before any work when --annotate cannot be honoured: not a .docx path, not one report, or
    the path of an input."""
    if target.suffix.lower() != ".docx":
        fail(f"{target}: the annotated copy is a Word file; give --annotate a path ending in .docx")
    paths = report_paths(files)
    if len(paths) != 1:
        fail(f"--annotate takes exactly one FILE, not {len(paths)}; lint the others without it")
    refuse_overwrite(target, [*paths, *others])


def load_baseline(path: Path) -> list:
    """The baseline's entries, or one error line and exit 2, before any report is read."""
    from checker import baseline as baselines

    try:
        return baselines.load(path)
    except baselines.BaselineError as error:
        fail(str(error))


@main.command("rules")
@rule_options
@lang_option
def list_rules(rule_dirs: tuple[str, ...], select: tuple[str, ...], ignore: tuple[str, ...], lang: str) -> None:
    """List the rules: code, severity, kind and name."""
    from checker.report.wording import SEVERITY

    lang = configure(click.get_current_context(), dict(lang=lang))["lang"]
    for rule in load_selected_rules(rule_dirs, select, ignore):
        severity = SEVERITY[lang][rule.severity.value]
        click.echo(
            f"{rule.code:<7} {severity:<{8 - (len(severity) if lang == 'zh' else 0)}} {rule.kind:<12} {rule.name}"
        )


@main.command()
@click.argument("code")
@click.option("--rules", "rule_dirs", multiple=True, metavar="DIR", help="Also load the rule files of DIR.")
@lang_option
def explain(code: str, rule_dirs: tuple[str, ...], lang: str) -> None:
    """Print the documentation of one rule (by code or name)."""
    from checker.report.wording import EXPLAIN, SEVERITY, unknown_name

    lang = configure(click.get_current_context(), dict(lang=lang))["lang"]
    rules = [r for r in load_selected_rules(rule_dirs, (), ()) if code.upper() == r.code or code == r.name]
    if not rules:
        fail(unknown_name("rule", repr(code), [], lang))
    rule = rules[0]
    message_label, source_label, no_doc = EXPLAIN[lang]
    severity = SEVERITY[lang][rule.severity.value]
    doc = rule.doc_zh if lang == "zh" else rule.doc
    if lang == "zh":
        click.echo(f"{rule.code} {rule.name}（{rule.kind}，{severity}）\n")
    else:
        click.echo(f"{rule.code} {rule.name} ({rule.kind}, {severity})\n")
    click.echo(doc or no_doc.format(code=rule.code))
    colon = "：" if lang == "zh" else ": "
    click.echo(f"\n{message_label}{colon}{rule.message(lang)}\n{source_label}{colon}{rule.source}")


@main.command("baseline")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=True, path_type=str))
@rule_options
@max_size_option
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("indicheck-baseline.json"),
    show_default=True,
    help="Where to write the baseline.",
)
@click.option("--reason", default="", help="Why these findings are accepted (kept with each entry).")
@lang_option
@click.option(
    "--previous",
    type=click.Path(dir_okay=True, path_type=str),
    metavar="PREVIOUS",
    help="Last year's report: also record the findings of the cross-report rules (IC9xx).",
)
@jobs_option
def write_baseline(
    files: tuple[str, ...],
    rule_dirs: tuple[str, ...],
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    output: Path,
    reason: str,
    previous: str | None,
    jobs: int,
    lang: str,
) -> None:
    """Record the current findings of FILES, so that `lint --baseline` shows only new ones."""
    from checker import baseline as baselines

    settings = configure(
        click.get_current_context(),
        dict(rule_dirs=rule_dirs, select=select, ignore=ignore, previous=previous, lang=lang),
    )
    rule_dirs, select, ignore, lang = settings["rule_dirs"], settings["select"], settings["ignore"], settings["lang"]
    refuse_overwrite(output, [*report_paths(files, lang), settings["previous"]])
    report, failed = run_rules(files, rule_dirs, select, ignore, settings["previous"], jobs, lang)
    if failed:
        fail(
            f"no baseline written to {output}: a report could not be checked (see above); a baseline without "
            "it would show its findings as new"
        )
    try:
        count = baselines.write(report, output, reason)
    except baselines.BaselineError as error:
        fail(str(error))
    from checker.report.wording import recorded

    click.echo(f"indicheck: {recorded(count, output, lang)}", err=True)


@main.command("targets")
@click.argument("previous", type=click.Path(dir_okay=True, path_type=str))
@click.argument("current", type=click.Path(dir_okay=True, path_type=str))
@click.option("--rules", "rule_dirs", multiple=True, metavar="DIR", help="Also load the indicators.toml of DIR.")
@max_size_option
@click.option("--headline", is_flag=True, help="Only the headline targets (主要预期目标).")
@format_option(("table", "json", "csv"), "table")
@lang_option
def target_table(
    previous: str, current: str, rule_dirs: tuple[str, ...], headline: bool, output_format: str, lang: str
) -> None:
    """Every target of PREVIOUS (last year's report) with its actual in CURRENT and a status:
    met, missed, not reported or not comparable."""
    from checker.engine import context_of
    from checker.pairing import pair_targets, pairing_problem, year_problem
    from checker.report import TARGET_FORMATS
    from checker.report.errors_zh import stderr_line

    settings = configure(click.get_current_context(), dict(lang=lang, output_format=output_format))
    lang, output_format = settings["lang"], settings["output_format"]
    lexicon = load_lexicon_or_fail(rule_dirs)
    earlier, later = read_one(previous, "PREVIOUS", lang), read_one(current, "CURRENT", lang)
    try:
        after = context_of(later, lexicon, earlier)  # a report of no stated year is of the year after the previous
        before = after.previous
        assert before is not None  # context_of reads the previous report when given one
        problem = pairing_problem(before, after, lang)
        rows = pair_targets(before, after, target_tolerances(rule_dirs)) if problem is None else []
    except Exception as error:  # a bug of indicheck's: name the reports, so that it can be reported
        fail(
            f"{previous} → {current}: internal error ({type(error).__name__}: {error}); please report it with "
            "the two reports attached"
        )
    if problem is not None:
        fail(problem)
    unknown_year = year_problem(before, after)
    if unknown_year is not None:
        click.echo(f"indicheck: {stderr_line(unknown_year, lang)}", err=True)
    if headline:
        rows = [row for row in rows if row.headline]
    rows = [  # the figures' offsets in the reports as read (the pairing read them without invisible characters)
        replace(
            row, target=earlier.figure_in_source(row.target), actual=row.actual and later.figure_in_source(row.actual)
        )
        for row in rows
    ]
    TARGET_FORMATS[output_format](rows, earlier, later, sys.stdout, lang=lang)


def target_tolerances(rule_dirs: tuple[str, ...]):
    """The 左右 tolerances of the rule that flags missed targets (IC901, or a --rules folder's own rule of
    kind targets), so that the table and `lint --previous` judge a target alike."""
    from checker.pairing import Tolerances
    from checker.rules import shipped_rules_dir

    missed = [
        r for r in load_selected_rules(rule_dirs, (), ()) if r.kind == "targets" and r.params.relation == "missed"
    ]
    shipped = str(shipped_rules_dir())
    missed.sort(key=lambda rule: rule.source.startswith(shipped))  # a user's own rule first
    if not missed:
        return Tolerances()
    return Tolerances.of(missed[0].params)


@main.command("history")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=True, path_type=str))
@click.option("--rules", "rule_dirs", multiple=True, metavar="DIR", help="Also load the indicators.toml of DIR.")
@max_size_option
@format_option(("table", "json", "csv", "html"), "table")
@lang_option
def history_table(files: tuple[str, ...], rule_dirs: tuple[str, ...], output_format: str, lang: str) -> None:
    """Each headline target of FILES (reports of one government, any order; the year read from each)
    with the actual the next year's report gives: met, missed, not reported or not comparable.

    --format html writes one self-contained page with a chart per indicator.
    """
    from checker.history import build_history
    from checker.readers import read_document
    from checker.report import HISTORY_FORMATS
    from checker.report.errors_zh import stderr_line

    settings = configure(click.get_current_context(), dict(lang=lang, output_format=output_format))
    lang, output_format = settings["lang"], settings["output_format"]
    lexicon = load_lexicon_or_fail(rule_dirs)
    documents, failed = each_report(files, read_document, 1, lang)
    try:
        history = build_history(documents, lexicon, target_tolerances(rule_dirs))
    except Exception as error:  # a bug of indicheck's: name the reports, so that it can be reported
        fail(f"history: internal error ({type(error).__name__}: {error}); please report it with the reports attached")
    HISTORY_FORMATS[output_format](history, sys.stdout, lang=lang)
    for problem in history.problems:
        click.echo(f"indicheck: error: {stderr_line(problem, lang)}", err=True)
    if failed or history.problems:
        sys.exit(EXIT_USAGE)


@main.command("serve")
@click.option(
    "--host", default="127.0.0.1", show_default=True, help="Address to listen on (loopback: this machine only)."
)
@click.option("--port", type=click.IntRange(0, 65535), default=8765, show_default=True, help="Port to listen on.")
@click.option("--open", "open_browser", is_flag=True, help="Open the page in the default browser.")
@click.option("--rules", "rule_dirs", multiple=True, metavar="DIR", help="Also load the rule files of DIR.")
@click.option(
    "--timeout",
    type=click.FloatRange(0, min_open=True),
    default=60,
    show_default=True,
    help="Seconds one request's checking may take; a longer one is stopped and answered with a 422.",
)
@max_size_option
@lang_option
def serve(host: str, port: int, open_browser: bool, rule_dirs: tuple[str, ...], timeout: float, lang: str) -> None:
    """A local web app: upload a report (and last year's), see its figures marked and the findings
    beside them, download the annotated .docx, JSON, SARIF, CSV and HTML; an HTTP API under /api.
    Needs the web extra: pip install 'indicheck[web]'. --lang is the page's and the API's language
    when a request does not ask for one (?lang=)."""
    from checker.report.wording import serving, serving_openly

    lang = configure(click.get_current_context(), dict(lang=lang))["lang"]
    try:
        import uvicorn

        from checker.web.app import create_app
    except ImportError as error:
        fail(f"serve needs the web extra ({error.name} is missing); install it with pip install 'indicheck[web]'")
    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(serving_openly(host, lang), err=True)
    try:
        app = create_app(rule_dirs, timeout, lang)
    except Exception as error:  # a broken rule file: its own one line
        fail(str(error))
    url = f"http://{'[' + host + ']' if ':' in host else host}:{port}/"
    click.echo(serving(url, lang), err=True)
    if open_browser:
        import threading
        import webbrowser

        threading.Timer(1.0, webbrowser.open, (url,)).start()
    uvicorn.run(app, host=host, port=port, log_level="warning")


@main.command("kinds")
@click.argument("kind", required=False)
@click.option(
    "--markdown", is_flag=True, help="Print every kind's parameters as a Markdown table (the README's, in English)."
)
@lang_option
def list_kinds(kind: str | None, markdown: bool, lang: str) -> None:
    """List the rule kinds, or document one: what it checks, its options with their defaults,
    and the placeholders its messages may use. For writing rule files."""
    from checker.kinds import KINDS
    from checker.report.kind_docs import kind_list, kind_page, markdown_table
    from checker.report.wording import unknown_name

    lang = configure(click.get_current_context(), dict(lang=lang))["lang"]
    if markdown:
        click.echo(markdown_table(lang), nl=False)
    elif kind is None:
        click.echo(kind_list(lang))
    elif kind not in KINDS:
        fail(unknown_name("kind", repr(kind), sorted(KINDS), lang))
    else:
        click.echo(kind_page(kind, lang))
