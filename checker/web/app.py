"""The web app: one page and a small HTTP API over the library, nothing re-derived.

- `POST /api/lint`: the report in field `report`, last year's optionally in `previous` → exactly the
  JSON of `indicheck lint --format json` (paths are the uploaded file names).
- `POST /api/targets`: `previous` and `report` → the JSON of `indicheck targets --format json`.
- `POST /api/history`: the reports in fields `reports` → the JSON of `indicheck history --format json`
  (`?format=html`: its page).
- `POST /api/run`: what the page shows and offers for download, from one run: the lint JSON, the HTML
  report, SARIF, the findings' CSV, the annotated .docx (base64), and with `previous` the targets table, its CSV and charts.

Each request lints in one of `workers` child processes (worker.Workers, each with the rules read
once), stopped after `timeout` seconds, in its own temporary folder (uploads.Run) that is deleted afterwards. A bad
upload, or one that takes longer than the limit, is a 4xx with one line in `error`; a bug of
indicheck's is a 500 with one line, never a traceback.
"""

from __future__ import annotations

import base64
import functools
import io
from collections.abc import Callable
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from checker.readers import ReaderError, limits
from checker.web.page import page
from checker.web.uploads import Run, UploadError
from checker.web.worker import Workers

TIMEOUT = 60  # seconds a request's checking may take (serve --timeout)

MAX_FILES = 30  # reports one history request may carry
OVERHEAD = 1_000_000  # bytes of multipart framing allowed beyond the files


class Checker:
    """The rules and the lexicon, loaded once when the server starts; each call lints one upload."""

    def __init__(self, rule_dirs: tuple[str, ...] = ()) -> None:
        from checker.indicators import load_lexicon
        from checker.rules import load_rules, select

        self.rule_dirs = rule_dirs
        self.rules = select(load_rules(rule_dirs), [], [])  # what `lint` runs with no --select
        self.lexicon = load_lexicon(rule_dirs)

    def lint(self, path: str, previous: str | None) -> Any:
        from checker.batch import lint_reports
        from checker.readers import read_document

        earlier = read_document(previous) if previous else None
        report, failures = lint_reports([path], self.rules, self.lexicon, earlier)
        if failures:
            raise UploadError(failures[0].error or "the report cannot be checked", 422)
        return report

    def tolerances(self) -> Any:
        from checker.pairing import Tolerances

        missed = [r for r in self.rules if r.kind == "targets" and r.params.relation == "missed"]
        return Tolerances.of(missed[0].params) if missed else Tolerances()

    def lint_json(self, path: str, previous: str | None, lang: str) -> str:
        """The JSON of `indicheck lint --format json REPORT [--previous PREVIOUS]`."""
        from checker.report import json as json_report

        return render(json_report.findings, self.lint(path, previous), lang=lang)

    def history_text(self, paths: list[str], lang: str, as_html: bool) -> str:
        """The JSON of `indicheck history`, or with `as_html` its HTML page."""
        from checker.report import history as history_report

        return render(history_report.html if as_html else history_report.json, self.history(paths), lang=lang)

    def history(self, paths: list[str]) -> Any:
        from checker.history import build_history
        from checker.readers import read_document

        return build_history([read_document(p) for p in paths], self.lexicon, self.tolerances())

    def targets(self, path: str, previous: str, lang: str) -> str:
        """The JSON of `indicheck targets PREVIOUS REPORT`."""
        from checker.engine import context_of
        from checker.pairing import PairingError, pair_targets, pairing_problem
        from checker.readers import read_document
        from checker.report import json as json_report

        earlier, later = read_document(previous), read_document(path)
        before, after = context_of(earlier, self.lexicon), context_of(later, self.lexicon)
        problem = pairing_problem(before, after)
        if problem is not None:
            raise PairingError(problem)
        return render(json_report.targets, pair_targets(before, after, self.tolerances()), earlier, later, lang=lang)

    def everything(self, path: str, previous: str | None, lang: str, run: Run) -> dict[str, Any]:
        """One lint, every output of it: what the page shows and offers for download."""
        from pathlib import Path

        from checker.report import csv, html, sarif
        from checker.report import history as history_report
        from checker.report import json as json_report
        from checker.report.word import annotate

        report = self.lint(path, previous)
        annotated = run.root / "out" / (Path(path).stem + ".indicheck.docx")
        annotated.parent.mkdir()
        comments = annotate(report, annotated, lang)
        result: dict[str, Any] = {
            "lint": run.public(render(json_report.findings, report, lang=lang)),
            "html": run.public(render(html.findings, report, lang=lang)),
            "sarif": run.public(render(sarif.findings, report, lang=lang)),
            "csv": run.public(render(csv.findings, report, lang=lang)),
            "docx": base64.b64encode(annotated.read_bytes()).decode("ascii"),
            "docx_name": annotated.name,
            "comments": comments,
        }
        if previous is not None:
            history = self.history([previous, path])
            result["targets_json"] = run.public(render(history_report.json, history, lang=lang))
            result["targets_csv"] = run.public(render(history_report.csv, history, lang=lang))
            result["charts"] = run.public(history_report.fragment(history, lang))
            result["problems"] = [run.public(p) for p in history.problems]
        return result


def render(write: Callable[..., None], *args: Any, **kwargs: Any) -> str:
    out = io.StringIO()
    write(*args, out, **kwargs)
    return out.getvalue()


async def read_form(request: Request, files: int) -> Any:
    """The multipart form, refused from its headers when it is too large or not multipart."""
    length = request.headers.get("content-length")
    if length is None or not length.isdigit():
        raise UploadError("send the upload as multipart/form-data with a Content-Length", 411)
    if int(length) > files * limits.max_bytes + OVERHEAD:
        raise UploadError(
            f"the upload is larger than {limits.max_bytes // 1_000_000} MB per report; split it, or start "
            "the server with a larger --max-size",
            413,
        )
    if not request.headers.get("content-type", "").startswith("multipart/form-data"):
        raise UploadError("send the reports as multipart/form-data (field report, optional previous)", 415)
    try:
        return await request.form(max_files=files, max_fields=10)
    except Exception as error:  # a malformed body: the parser's own words
        raise UploadError(f"the upload cannot be read as multipart/form-data: {error}", 400) from error


async def saved(data: Any, name: str, run: Run, required: bool = True) -> str | None:
    """The path the file of field `name` is saved at in the run's folder, or None when it is optional."""
    item = data.get(name)
    if item is None or isinstance(item, str):
        if required:
            raise UploadError(f"no file in field {name!r}; send the report as {name}=@FILE")
        return None
    return await run.save(item, name)


def lang_of(request: Request) -> str:
    """The request's ?lang=, else the language `serve --lang` set for the app."""
    asked = request.query_params.get("lang")
    return asked if asked in ("zh", "en") else request.app.state.lang


def guarded(handler: Callable[[Request, Run], Any]) -> Callable[[Request], Any]:
    """The endpoint: the handler in a fresh private folder, its errors as one line with a 4xx (5xx for a bug)."""

    async def endpoint(request: Request) -> Response:
        with Run() as run:
            try:
                return await handler(request, run)
            except (UploadError, ReaderError) as error:
                status = error.status if isinstance(error, UploadError) else 422
                return JSONResponse({"error": run.public(str(error))}, status_code=status)
            except Exception as error:
                name = getattr(error, "kind", type(error).__name__)  # a WorkError is named as the child named it
                message = f"internal error ({name}: {error}); please report it with the report attached"
                return JSONResponse({"error": run.public(message)}, status_code=500)

    return endpoint


class Api:
    """The endpoints: each reads its upload, has a Checker method run in a child process (one of
    `workers`, stopped after `timeout` seconds) that renders with report/, and answers with the text."""

    def __init__(self, rule_dirs: tuple[str, ...], workers: int = 2, timeout: float = TIMEOUT) -> None:
        import anyio

        self.workers = Workers(functools.partial(Checker, rule_dirs), workers, timeout)
        self.waiting = anyio.CapacityLimiter(workers)  # threads waiting for a child: one per child

    async def threaded(self, method: str, *args: Any) -> Any:
        """Checker.`method`(*args) in a child process, waited for in a thread."""
        import anyio

        return await anyio.to_thread.run_sync(self.workers.run, method, *args, limiter=self.waiting)

    async def lint(self, request: Request, run: Run) -> Response:
        data = await read_form(request, 2)
        path, previous = await saved(data, "report", run), await saved(data, "previous", run, required=False)
        assert path is not None  # required
        text = await self.threaded("lint_json", path, previous, lang_of(request))
        return Response(run.public(text), media_type=JSON)

    async def targets(self, request: Request, run: Run) -> Response:
        data = await read_form(request, 2)
        path, previous = await saved(data, "report", run), await saved(data, "previous", run)
        assert path is not None and previous is not None  # required
        text = await self.threaded("targets", path, previous, lang_of(request))
        return Response(run.public(text), media_type=JSON)

    async def history(self, request: Request, run: Run) -> Response:
        data = await read_form(request, MAX_FILES)
        items = [item for item in data.getlist("reports") if not isinstance(item, str)]
        if not items:
            raise UploadError("no file in field 'reports'; send each report as reports=@FILE")
        paths = [await run.save(item, str(number)) for number, item in enumerate(items, start=1)]
        as_html = request.query_params.get("format") == "html"
        text = await self.threaded("history_text", paths, lang_of(request), as_html)
        return HTMLResponse(run.public(text)) if as_html else Response(run.public(text), media_type=JSON)

    async def run(self, request: Request, run: Run) -> Response:
        data = await read_form(request, 2)
        path, previous = await saved(data, "report", run), await saved(data, "previous", run, required=False)
        assert path is not None  # required
        return JSONResponse(await self.threaded("everything", path, previous, lang_of(request), run))


def create_app(rule_dirs: tuple[str, ...] = (), timeout: float = TIMEOUT, lang: str = "zh") -> Starlette:
    Checker(rule_dirs)  # a broken rule file is said when the server starts, not at the first upload
    api = Api(rule_dirs, timeout=timeout)

    async def index(request: Request) -> Response:
        return HTMLResponse(page(lang_of(request)), headers={"Content-Security-Policy": CSP})

    async def health(request: Request) -> Response:
        return JSONResponse({"ok": True})

    app = Starlette(
        routes=[
            Route("/", index),
            Route("/healthz", health),
            Route("/api/lint", guarded(api.lint), methods=["POST"]),
            Route("/api/targets", guarded(api.targets), methods=["POST"]),
            Route("/api/history", guarded(api.history), methods=["POST"]),
            Route("/api/run", guarded(api.run), methods=["POST"]),
        ]
    )
    app.state.lang = lang
    return app


JSON = "application/json; charset=utf-8"
# The page loads nothing from elsewhere: its own script and styles, data: and blob: for downloads.
CSP = "default-src 'self'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src 'self' data:; connect-src 'self'"
