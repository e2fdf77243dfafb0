"""The web app's API over a real server on 127.0.0.1: the JSON of the commands, hostile uploads, load."""

from __future__ import annotations

import json
import shutil
from concurrent.futures import ThreadPoolExecutor
from io import BytesIO
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import main
from tests import webserver
from tests.conftest import CORPUS, SEED, corpus_files, needs_corpus
from tests.webserver import Server

server = webserver.server  # the fixture


def cli_json(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *args: str) -> str:
    """`indicheck ARGS` run in tmp_path, where the reports are copied under their own names."""
    monkeypatch.chdir(tmp_path)
    return CliRunner().invoke(main, list(args)).stdout


def test_lint_answers_exactly_the_json_of_lint(server: Server, tmp_path: Path, monkeypatch) -> None:
    shutil.copy(SEED, tmp_path / SEED.name)
    expected = cli_json(tmp_path, monkeypatch, "lint", "--format", "json", SEED.name)
    status, body = server.post("/api/lint", {"report": [(SEED.name, SEED.read_bytes())]})
    assert status == 200
    assert body.decode() == expected
    assert len(json.loads(body)["findings"]) > 0


@needs_corpus
def test_targets_and_history_answer_the_json_of_the_commands(server: Server, tmp_path, monkeypatch) -> None:
    before, after = CORPUS / "guangdong_2025_zfgzbg.txt", CORPUS / "guangdong_2026_zfgzbg.txt"
    for path in (before, after):
        shutil.copy(path, tmp_path / path.name)
    files = {"previous": [(before.name, before.read_bytes())], "report": [(after.name, after.read_bytes())]}
    status, body = server.post("/api/targets", files)
    assert status == 200
    assert body.decode() == cli_json(tmp_path, monkeypatch, "targets", "--format", "json", before.name, after.name)
    status, body = server.post("/api/history", {"reports": [(p.name, p.read_bytes()) for p in (after, before)]})
    assert status == 200
    expected = cli_json(tmp_path, monkeypatch, "history", "--format", "json", after.name, before.name)
    assert body.decode() == expected
    assert json.loads(body)["years"] == [2025, 2026]


def test_run_gives_every_download_of_one_run(server: Server) -> None:
    status, body = server.post("/api/run", {"report": [(SEED.name, SEED.read_bytes())]})
    assert status == 200
    run = json.loads(body)
    findings = json.loads(run["lint"])["findings"]
    assert run["comments"] == len(findings)
    assert json.loads(run["sarif"])["version"] == "2.1.0"
    assert run["html"].startswith("<!doctype html>") and "/tmp/" not in run["html"]
    import base64

    import docx

    word = docx.Document(BytesIO(base64.b64decode(run["docx"])))
    assert len(list(word.comments)) == len(findings)


def test_run_gives_the_csv_of_lint(server: Server, tmp_path: Path, monkeypatch) -> None:
    shutil.copy(SEED, tmp_path / SEED.name)
    expected = cli_json(tmp_path, monkeypatch, "lint", "--format", "csv", SEED.name)
    status, body = server.post("/api/run", {"report": [(SEED.name, SEED.read_bytes())]})
    assert status == 200
    run = json.loads(body)
    assert run["csv"] == expected
    assert len(run["csv"].splitlines()) == len(json.loads(run["lint"])["findings"]) + 1  # a header, a row each


def test_work_past_the_time_limit_is_stopped_and_answered(tmp_path: Path) -> None:
    # --timeout 0.001: no report is checked in a millisecond, so every request meets the limit.
    with webserver.running_server(tmp_path, "--timeout", "0.001") as limited:
        for _ in range(3):  # more requests than workers: none of them is held by the one before
            status, error = limited.error("/api/lint", {"report": [(SEED.name, SEED.read_bytes())]})
            assert status == 422
            assert "took longer than 0.001 s" in error and "--timeout" in error
        assert limited.post("/api/lint", {"report": [("empty.txt", b"")]})[0] == 400  # refused before any work


def test_a_worker_past_the_limit_is_killed_and_the_next_job_gets_a_fresh_one() -> None:
    import threading

    from checker.web.uploads import UploadError
    from checker.web.worker import WorkError, Workers

    # The child holds a threading.Event: wait(60) is a job that hangs, is_set() one that answers.
    workers = Workers(threading.Event, 1, timeout=0.5)
    assert workers.run("is_set") is False
    first = workers.idle.queue[0]
    assert first is not None and first.process.is_alive()
    with pytest.raises(UploadError, match=r"took longer than 0\.5 s") as stopped:
        workers.run("wait", 60)
    assert stopped.value.status == 422
    assert not first.process.is_alive()  # killed, not left running
    assert workers.run("is_set") is False  # a fresh child answers
    with pytest.raises(WorkError, match="wait") as failed:
        workers.run("wait", 1, 2, 3)  # an error in the child comes back named
    assert failed.value.kind == "TypeError"
    assert workers.run("is_set") is False


HOSTILE = [
    ("empty", {"report": [("empty.txt", b"")]}, 400, "empty.txt: is empty"),
    ("binary", {"report": [("data.txt", bytes(range(256)) * 40)]}, 422, "data.txt: is a binary file"),
    ("broken docx", {"report": [("broken.docx", b"PK\x03\x04 not a zip at all")]}, 422, "broken.docx"),
    ("path in the name", {"report": [("../../etc/passwd.txt", b"x")]}, 400, "is not a plain file name"),
    ("backslash path", {"report": [("..\\\\secret.txt", b"x")]}, 400, "is not a plain file name"),
    ("hidden name", {"report": [(".bashrc.txt", b"x")]}, 400, "is not a plain file name"),
    ("unknown format", {"report": [("report.exe", b"MZ")]}, 415, "is not a report format"),
    ("no report field", {"other": [("a.txt", b"x")]}, 400, "no file in field 'report'"),
]


@pytest.mark.parametrize(("name", "files", "status", "message"), HOSTILE, ids=[h[0] for h in HOSTILE])
def test_hostile_uploads_get_a_4xx_with_a_message(server: Server, name, files, status, message) -> None:
    got, error = server.error("/api/lint", files)
    assert got == status
    assert message in error and "Traceback" not in error and "/tmp/" not in error
    assert server.post("/api/lint", {"report": [(SEED.name, SEED.read_bytes())]})[0] == 200  # still answering


def test_an_upload_above_max_size_is_refused_before_it_is_read(server: Server) -> None:
    import http.client

    connection = http.client.HTTPConnection(server.url.removeprefix("http://"), timeout=10)
    # 300 MB announced: refused from the header, the body is never read (the server runs with --max-size 20).
    connection.putrequest("POST", "/api/lint")
    connection.putheader("Content-Type", "multipart/form-data; boundary=x")
    connection.putheader("Content-Length", str(300_000_000))
    connection.endheaders()
    response = connection.getresponse()
    assert response.status == 413
    assert "larger than 20 MB" in json.loads(response.read())["error"]
    connection.close()


def test_a_file_above_max_size_inside_the_limit_of_the_body_is_refused(server: Server) -> None:
    status, error = server.error("/api/history", {"reports": [("big.txt", b"a" * 21_000_000), ("small.txt", b"b")]})
    assert status == 413 and "big.txt: is larger than 20 MB" in error


def test_uploads_leave_nothing_behind(server: Server) -> None:
    import tempfile

    before = set(Path(tempfile.gettempdir()).glob("indicheck-web-*"))
    server.post("/api/run", {"report": [(SEED.name, SEED.read_bytes())]})
    server.post("/api/lint", {"report": [("empty.txt", b"")]})
    assert set(Path(tempfile.gettempdir()).glob("indicheck-web-*")) <= before


def test_the_page_loads_nothing_from_elsewhere(server: Server) -> None:
    import urllib.request

    with urllib.request.urlopen(server.url + "/") as response:
        page = response.read().decode()
        policy = response.headers["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "http://" not in page and "https://" not in page
    assert '<html lang="zh">' in page and "English" in page


def test_serve_lang_sets_the_language_of_the_page_and_of_the_api(tmp_path: Path, monkeypatch) -> None:
    """serve --lang en: the page and the answers are English unless a request asks (?lang=zh)."""
    import urllib.request

    shutil.copy(SEED, tmp_path / SEED.name)
    expected = {
        lang: cli_json(tmp_path, monkeypatch, "lint", "--format", "json", "--lang", lang, SEED.name)
        for lang in ("en", "zh")
    }
    with webserver.running_server(tmp_path, "--lang", "en") as english:
        with urllib.request.urlopen(english.url + "/") as response:
            page = response.read().decode()
        asked = {"report": [(SEED.name, SEED.read_bytes())]}
        default, chinese = english.post("/api/lint", asked)[1], english.post("/api/lint?lang=zh", asked)[1]
        english.process.terminate()
        status_line = english.process.stderr.read().decode()
    assert '<html lang="en">' in page and "|| 'en'" in page
    assert default.decode() == expected["en"] and chinese.decode() == expected["zh"] != expected["en"]
    assert "serving on http://127.0.0.1:" in status_line


LOAD = 20


@needs_corpus
def test_twenty_concurrent_uploads_match_lint_and_give_back_memory(server: Server, tmp_path, monkeypatch) -> None:
    reports = corpus_files()[:10]
    for path in reports:
        shutil.copy(path, tmp_path / path.name)
    expected = {p.name: cli_json(tmp_path, monkeypatch, "lint", "--format", "json", p.name) for p in reports}
    server.post("/api/lint", {"report": [(reports[0].name, reports[0].read_bytes())]})  # warm: rules, caches
    before = server.rss_mb()
    uploads = [reports[i % len(reports)] for i in range(LOAD)]
    with ThreadPoolExecutor(LOAD) as pool:
        answers = list(
            pool.map(lambda p: server.post("/api/lint", {"report": [(p.name, p.read_bytes())]}, 120), uploads)
        )
    for path, (status, body) in zip(uploads, answers, strict=True):
        assert status == 200
        assert body.decode() == expected[path.name], path.name
    assert server.rss_mb() - before < 50
    assert server.post("/api/lint", {"report": [("empty.txt", b"")]})[0] == 400


@pytest.mark.parametrize(
    ("options", "host", "warned"), [((), "127.0.0.1", False), (("--host", "0.0.0.0"), "0.0.0.0", True)]
)
def test_serve_binds_loopback_unless_told(monkeypatch, options, host, warned) -> None:
    import uvicorn

    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kwargs: calls.append(kwargs))
    english = CliRunner().invoke(main, ["serve", *options, "--lang", "en"])
    chinese = CliRunner().invoke(main, ["serve", *options])
    assert english.exit_code == chinese.exit_code == 0
    assert calls == [{"host": host, "port": 8765, "log_level": "warning"}] * 2
    assert ("indicheck: warning: listening on 0.0.0.0" in english.stderr) is warned
    assert ("indicheck: warning: 正在 0.0.0.0 上监听" in chinese.stderr) is warned
