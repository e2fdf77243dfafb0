"""The one page of `indicheck serve`: a form, the HTML report of the run, filters and downloads.

Its script is ours and inline: the page loads nothing from the network. The report itself is the
lint HTML report (checker/report/html.py), so the page and `lint --format html` mark figures alike;
the charts are those of `indicheck history --format html`.
"""

from __future__ import annotations

import json

from checker import __version__

WORDS = {
    "zh": {
        "title": "indicheck 报告数字检查",
        "report": "报告（.docx .txt .md .pdf）",
        "previous": "上年报告（可选，用于核对目标）",
        "drop": "把报告文件拖到这里，或点击选择",
        "run": "检查",
        "running": "正在检查…",
        "severity": "严重程度",
        "rule": "规则",
        "all": "全部",
        "downloads": "下载",
        "docx": "批注版 Word",
        "findings_csv": "问题 CSV",
        "targets_csv": "目标 CSV",
        "targets": "上年目标与今年实际",
        "history": "多年报告（可选多个）",
        "history_run": "生成历年图表",
        "error": "错误",
        "warning": "警告",
        "info": "提示",
        "switch": "English",
    },
    "en": {
        "title": "indicheck: the figures of a report",
        "report": "Report (.docx .txt .md .pdf)",
        "previous": "Last year's report (optional, for its targets)",
        "drop": "Drop the report here, or click to choose",
        "run": "Check",
        "running": "Checking…",
        "severity": "Severity",
        "rule": "Rule",
        "all": "all",
        "downloads": "Downloads",
        "docx": "Word with comments",
        "findings_csv": "Findings CSV",
        "targets_csv": "Targets CSV",
        "targets": "Last year's targets against this year's actuals",
        "history": "Reports of several years (choose several)",
        "history_run": "Chart the years",
        "error": "errors",
        "warning": "warnings",
        "info": "info",
        "switch": "中文",
    },
}

PAGE_STYLE = """
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei",sans-serif;margin:0;color:#1f2328}
#top{padding:1rem 2rem;background:#f6f8fa;border-bottom:1px solid #d0d7de}
#top h1{font-size:1.3rem;margin:0 0 .6rem} #lang{float:right}
#top form{display:flex;flex-wrap:wrap;gap:1.5rem;align-items:flex-end;margin:.5rem 0}
label{display:block;font-size:.85rem;color:#57606a} #filters label{display:inline-block;margin-right:1.5rem}
#targets h2,#targets .legend{margin-left:2rem;margin-right:2rem}
.drop{border:2px dashed #8c959f;border-radius:.4rem;padding:.6rem 1rem;min-width:16rem}
.drop.over{background:#ddf4ff}
button{padding:.4rem 1rem;font-size:1rem}
#message{color:#cf222e;font-weight:600;margin:.5rem 0 0} #tools{padding:.5rem 2rem;display:none}
#tools a{margin-right:1rem} #filters select{margin-right:1rem}
#report-view mark{scroll-margin-top:5rem}
"""

SCRIPT = r"""
const WORDS = __WORDS__;
let lang = {zh: 'zh', en: 'en'}[new URLSearchParams(location.search).get('lang')] || '__LANG__';
let last = null;
const $ = (id) => document.getElementById(id);
function words() {
  document.documentElement.lang = lang;
  document.querySelectorAll('[data-w]').forEach(e => { e.textContent = WORDS[lang][e.dataset.w]; });
  document.title = WORDS[lang].title;
}
function say(text) { $('message').textContent = text || ''; }
function download(name, type, data) {
  const blob = data instanceof Blob ? data : new Blob([data], {type});
  const a = $('dl-' + name); a.href = URL.createObjectURL(blob); a.download = a.dataset.file; a.hidden = false;
}
function insert(target, html) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  target.replaceChildren(...doc.head.querySelectorAll('style'), ...doc.body.childNodes);
}
function filter() {
  const severity = $('f-severity').value, rule = $('f-rule').value;
  const shown = (sev, code) => (!severity || sev === severity) && (!rule || code === rule);
  document.querySelectorAll('#report-view .finding').forEach(f => {
    const sev = ['error', 'warning', 'info'].find(s => f.classList.contains(s));
    f.hidden = !shown(sev, f.dataset.code);
  });
  document.querySelectorAll('#report-view .index li').forEach(li => {
    const code = (li.childNodes[1] || {textContent: ''}).textContent.trim().split(' ')[0];
    li.hidden = !shown(li.className, code);
  });
}
async function post(url, body) {
  const response = await fetch(url + (url.includes('?') ? '&' : '?') + 'lang=' + lang, {method: 'POST', body});
  const data = response.headers.get('content-type').includes('json') ? await response.json() : await response.text();
  if (!response.ok) throw new Error(data.error || response.statusText);
  return data;
}
async function run(event) {
  event.preventDefault();
  const report = $('report').files[0];
  if (!report) { say(WORDS[lang].drop); return; }
  const body = new FormData();
  body.append('report', report);
  if ($('previous').files[0]) body.append('previous', $('previous').files[0]);
  say(WORDS[lang].running); $('run').disabled = true;
  try {
    last = await post('/api/run', body);
    say(last.problems && last.problems.length ? last.problems.join('\n') : '');
    insert($('report-view'), last.html);
    const codes = [...new Set(JSON.parse(last.lint).findings.map(f => f.code))].sort();
    $('f-rule').replaceChildren(new Option(WORDS[lang].all, ''), ...codes.map(c => new Option(c, c)));
    download('json', 'application/json', last.lint);
    download('sarif', 'application/sarif+json', last.sarif);
    download('findings-csv', 'text/csv', last.csv);
    download('html', 'text/html', last.html);
    const bytes = Uint8Array.from(atob(last.docx), c => c.charCodeAt(0));
    $('dl-docx').dataset.file = last.docx_name;
    download('docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', new Blob([bytes]));
    $('targets').hidden = !last.charts;
    if (last.charts) {
      $('charts').innerHTML = last.charts;
      download('csv', 'text/csv', last.targets_csv);
    } else { $('dl-csv').hidden = true; }
    $('tools').style.display = 'block';
    filter();
  } catch (error) { say(error.message); } finally { $('run').disabled = false; }
}
async function history(event) {
  event.preventDefault();
  const files = $('reports').files;
  if (!files.length) return;
  const body = new FormData();
  for (const f of files) body.append('reports', f);
  say(WORDS[lang].running);
  try { insert($('history-view'), await post('/api/history?format=html', body)); say(''); }
  catch (error) { say(error.message); }
}
function dropzone(zone, input) {
  zone.addEventListener('dragover', e => { e.preventDefault(); zone.classList.add('over'); });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', e => {
    e.preventDefault(); zone.classList.remove('over'); input.files = e.dataTransfer.files;
    zone.querySelector('.name').textContent = input.files[0] ? input.files[0].name : '';
  });
}
window.addEventListener('DOMContentLoaded', () => {
  words();
  $('lang').addEventListener('click', () => { lang = lang === 'zh' ? 'en' : 'zh'; words(); });
  $('lint-form').addEventListener('submit', run);
  $('history-form').addEventListener('submit', history);
  $('f-severity').addEventListener('change', filter);
  $('f-rule').addEventListener('change', filter);
  dropzone($('drop'), $('report'));
});
"""


def page(lang: str = "zh") -> str:
    """The page, in `lang` (serve --lang) until ?lang= or the switch says otherwise (its words are in
    WORDS, both languages)."""
    from checker.report.history import CHART_STYLE

    script = SCRIPT.replace("__WORDS__", json.dumps(WORDS, ensure_ascii=False)).replace("__LANG__", lang)
    words = WORDS[lang]
    severities = "".join(f'<option value="{s}" data-w="{s}">{words[s]}</option>' for s in ("error", "warning", "info"))
    return f"""<!doctype html>
<html lang="{lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>{words["title"]}</title><style>{PAGE_STYLE}{CHART_STYLE}</style><script>{script}</script></head><body>
<div id="top"><button id="lang" type="button" data-w="switch">{words["switch"]}</button>
<h1><span data-w="title">{words["title"]}</span> <small>{__version__}</small></h1>
<form id="lint-form">
<div class="drop" id="drop"><label for="report" data-w="report">{words["report"]}</label>
<input type="file" id="report" name="report" accept=".docx,.txt,.md,.markdown,.pdf">
<div><small data-w="drop">{words["drop"]}</small> <span class="name"></span></div></div>
<div><label for="previous" data-w="previous">{words["previous"]}</label>
<input type="file" id="previous" name="previous" accept=".docx,.txt,.md,.markdown,.pdf"></div>
<button id="run" type="submit" data-w="run">{words["run"]}</button></form>
<form id="history-form"><div><label for="reports" data-w="history">{words["history"]}</label>
<input type="file" id="reports" multiple accept=".docx,.txt,.md,.markdown,.pdf"></div>
<button id="history-run" type="submit" data-w="history_run">{words["history_run"]}</button></form>
<p id="message" role="alert"></p></div>
<div id="tools"><p id="filters"><label><span data-w="severity">{words["severity"]}</span>
<select id="f-severity"><option value="" data-w="all">{words["all"]}</option>{severities}</select></label>
<label><span data-w="rule">{words["rule"]}</span> <select id="f-rule"></select></label></p>
<p><b data-w="downloads">{words["downloads"]}</b>:
<a id="dl-docx" data-file="report.indicheck.docx" hidden data-w="docx">{words["docx"]}</a>
<a id="dl-json" data-file="indicheck.json" hidden>JSON</a>
<a id="dl-sarif" data-file="indicheck.sarif" hidden>SARIF</a>
<a id="dl-findings-csv" data-file="indicheck.csv" hidden data-w="findings_csv">{words["findings_csv"]}</a>
<a id="dl-csv" data-file="targets.csv" hidden data-w="targets_csv">{words["targets_csv"]}</a>
<a id="dl-html" data-file="indicheck.html" hidden>HTML</a></p></div>
<section id="targets" hidden><h2 data-w="targets">{words["targets"]}</h2><div id="charts"></div></section>
<div id="history-view"></div>
<div id="report-view"></div>
</body></html>
"""
