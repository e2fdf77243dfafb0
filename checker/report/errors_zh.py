"""Every line indicheck says on stderr in English, worded in Chinese for `--lang zh`.

Errors are raised where they are found (a reader, the configuration, a rule file, a baseline, an
option), in English, as one line: `PLACE: problem; remedy`. Raising them with both languages would put
Chinese into every module that checks input; instead this module holds the Chinese of each line,
beside the English it words, so that the two are read and kept together. A line no table knows is
printed as it is: English, never a half-translated mix (the golden files of tests/test_languages.py
hold every line a command prints in both languages).

Details that come from a library in English (the TOML parser's, the operating system's) are left
out in Chinese, but for a position in the file: what the user needs is the problem, where, and the
remedy.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# The lines the pipeline says on stderr in English (a notice that limited the checks, a --previous
# refused as no pair) → Chinese, whole lines. targets.pairing_problem words its refusals in Chinese
# itself for the targets table; lint's --previous gets them from the engine, which has no language.
_STDERR_ZH: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str]], ...] = (
    (
        re.compile(
            r"^(.+): the year the report was delivered cannot be read \(no date line, title, congress session, "
            r"dated heading or dated review paragraph\); its targets and actuals are paired without their years$"
        ),
        lambda m: (
            "、".join(m.group(1).split(" and "))
            + "：读不出报告的年份（没有日期行、标题、会议届次、带年份的标题或回顾段落）；目标与实际数不按年份配对"
        ),
    ),
    (
        re.compile(r"^(.+) and (.+) are the same report; give last year's report and this year's$"),
        lambda m: f"{m.group(1)} 与 {m.group(2)} 是同一份报告；请给出上年的报告和本年的报告",
    ),
    (
        re.compile(
            r"^(.+) is of (\d+) and (.+) of (\d+), but the previous report must be the earlier one; "
            r"give last year's report first$"
        ),
        lambda m: (
            f"{m.group(1)} 是 {m.group(2)} 年的报告，{m.group(3)} 是 {m.group(4)} 年的，"
            "但上年的报告应在前；请先给出上年的报告"
        ),
    ),
    (
        re.compile(r"^(.+) is a report of (.+) and (.+) of (.+); give two reports of the same government$"),
        lambda m: f"{m.group(1)} 是{m.group(2)}的报告，{m.group(3)} 是{m.group(4)}的报告；请给出同一政府的两份报告",
    ),
)


# What the readers say of a file they cannot read (ReaderError: "PATH: problem; remedy") → Chinese.
# The problem's own details that come from a library in English (a codec's reason, pypdf's message)
# are left out in Chinese: the problem and the remedy say what the user needs.
_READER_PROBLEMS_ZH: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern + "$"), words)
    for pattern, words in (
        (r"is larger than (\d+) MB unpacked", r"解压后大于 \1 兆字节"),
        (r"is larger than (\d+) MB", r"大于 \1 兆字节"),
        (r"is a folder with no report in it", "是一个不含报告的文件夹"),
        (r"no such file", "文件不存在"),
        (r"is a directory, not a report", "是文件夹，不是报告"),
        (r"is an old Word \.doc file", "是旧版 .doc 格式的文档"),
        (r"cannot be read \(Permission denied\)", "没有读取权限，无法读取"),
        (r"cannot be read \((.*)\)", r"无法读取（\1）"),
        (r"starts with a (\S+) byte-order mark but is not \1 \(.*\)", r"以 \1 的字节顺序标记开头，内容却不是 \1 文本"),
        (
            r"is UTF-16 text without a byte-order mark, which cannot be told from other bytes with certainty",
            "是不带字节顺序标记的 UTF-16 文本，无法可靠地与其他编码区分",
        ),
        (r"is a binary file, not a text report", "是二进制文件，不是文本报告"),
        (r"is not UTF-8, GB18030 or UTF-16 text", "不是 UTF-8、GB18030 或 UTF-16 编码的文本"),
        (
            r"is Big5 \(traditional Chinese\) text, not GB18030: read as GB18030 it is mojibake",
            "是 Big5 编码（繁体中文）的文本，不是 GB18030：按 GB18030 读出是乱码",
        ),
        (
            r"is not UTF-8, GB18030 or UTF-16 text \(as GB18030 it is mostly rare characters\)",
            "不是 UTF-8、GB18030 或 UTF-16 编码的文本（按 GB18030 读出多为生僻字）",
        ),
        (r"is an encrypted PDF", "是加密的 .pdf 文件"),
        (
            r"is encrypted with AES, which needs the cryptography package \(.*\)",
            "以 AES 加密，读取需要 cryptography 包",
        ),
        (r"is not a readable PDF \(.*\)", "不是可读的 .pdf 文件"),
        (r"has no text layer \(a scanned PDF\?\)", "没有文字层（是扫描件吗？）"),
        (
            r"is not a Word \.docx file \(a \.docx is a zip archive, and this is none\)",
            "不是 .docx 文件（.docx 是压缩包，此文件不是）",
        ),
        (
            r"is a zip archive but not a Word document \(it holds no readable word/document\.xml\)",
            "是压缩包，但不是 .docx 文档（其中没有可读的正文部分）",
        ),
        (
            r"is a damaged Word document \(its text, word/document\.xml, is cut or garbled\)",
            "是损坏的 .docx 文档（正文部分被截断或损坏）",
        ),
        (r"is a folder of (\d+) reports, but (\S+) is one report", r"是含有 \1 份报告的文件夹，而 \2 只能是一份报告"),
    )
)
_READER_REMEDIES_ZH = {
    "split it, or raise the limit with --max-size MB": "请拆分文件，或用 --max-size 提高上限（单位为兆字节）",
    "put .txt, .md, .docx or .pdf reports in it": "请在其中放入 .txt、.md、.docx 或 .pdf 格式的报告",
    "check the path": "请检查路径",
    "give the report files inside it": "请给出其中的报告文件",
    "save it as .docx from Word, or as .txt": "请另存为 .docx 或 .txt",
    "check its permissions": "请检查文件权限",
    "save it again as UTF-8": "请另存为 UTF-8 编码",
    "save it again as UTF-8 (in Notepad: Save as, Encoding UTF-8), or as UTF-16 with a BOM": (
        "请另存为 UTF-8 编码（记事本：另存为，编码选 UTF-8），或带字节顺序标记的 UTF-16"
    ),
    "give a .txt, .md, .docx or .pdf report": "请给出 .txt、.md、.docx 或 .pdf 格式的报告",
    "save it again as UTF-8 (in simplified Chinese)": "请转为简体中文，另存为 UTF-8 编码",
    "give a copy without a password": "请给出没有密码的副本",
    "pip install cryptography, or give a copy without encryption": "请执行 pip install cryptography，或给出未加密的副本",
    "export it again as PDF or give the .docx": "请重新导出为 .pdf，或给出 .docx",
    "run OCR on it first, or give the .docx or .txt": "请先做文字识别，或给出 .docx 或 .txt",
    "open it in Word and save it again as .docx": "请用文字处理软件打开，重新另存为 .docx",
    "give the file itself": "请给出文件本身",
}


def _reader_line_zh(text: str) -> str | None:
    """A reader's "PATH: problem; remedy" in Chinese, or None when the line is no reader's."""
    for remedy, remedy_zh in _READER_REMEDIES_ZH.items():
        if not text.endswith("; " + remedy):
            continue
        head = text[: -len(remedy) - 2]
        for pattern, words in _READER_PROBLEMS_ZH:
            found = pattern.search(head)
            if found and head[: found.start()].endswith(": "):
                return f"{head[: found.start() - 2]}：{found.expand(words)}；{remedy_zh}"
    return None


# The errors of the configuration, the rule files, the data files beside them, a baseline and the
# command line, as templates: each {name} of the English is what the line says there (a path, a key, a
# value the user gave, quoted), and the Chinese says it in its own place. Templates are tried in order,
# the first that matches the whole line wins; a line of the form `PLACE: problem` is matched whole, so
# that a PLACE that names a rule (`rules/x.toml: rule IC101`) is kept as it is.
_ERRORS: tuple[tuple[str, str], ...] = (
    # the files of settings and of rules (checker.config, checker.datafiles)
    ("{place}: not valid TOML ({toml}); fix the syntax", "{place}：不是有效的 TOML 文件{toml}；请修正语法"),
    ("{place}: cannot be read ({why}); check the file", "{place}：无法读取；请检查文件"),
    ("{place}: must be a table of settings", "{place}：应为一张设置表"),
    ("{place}: unknown key {key}; valid keys: {keys}", "{place}：未知的键 {key}；可用的键：{keys}"),
    ("{place}: {key} must be a string or a list of strings", "{place}：'{key}' 应为字符串或字符串列表"),
    ("{place}: {key} {value} must be one of {keys}", "{place}：'{key}' 的值 {value} 应为 {keys} 之一"),
    ("{place}: {key} {value} must be a string", "{place}：'{key}' 的值 {value} 应为字符串"),
    # a folder of rules, a rule file and its rules (checker.rules)
    (
        "{place}: not a directory of rule files; give a folder that holds *.toml rules",
        "{place}：不是规则文件夹；请给出存放 *.toml 规则的文件夹",
    ),
    (
        "{place}: holds no *.toml file (rules, indicators.toml or vocabulary.toml); check the --rules path",
        "{place}：其中没有 *.toml 文件（规则、indicators.toml 或 vocabulary.toml）；请检查 --rules 的路径",
    ),
    (
        "{place}: the code is already used in {other}; give the rule a code of its own",
        "{place}：此代码已用于 {other}；请给规则另起一个代码",
    ),
    (
        "{place}: unknown top-level key {key}; a rule file holds [[rule]] tables only",
        "{place}：未知的顶层键 {key}；规则文件只能含 [[rule]] 表",
    ),
    ("{place}: 'rule' must be an array of tables ([[rule]])", "{place}：'rule' 应为表数组（[[rule]]）"),
    ("{place}: missing key {key}", "{place}：缺少键 {key}"),
    (
        "{place}: severity {value} must be one of error, warning, info",
        "{place}：严重程度 {value} 应为 'error'、'warning'、'info' 之一",
    ),
    (
        "{place}: doc must be a non-empty string: what it checks, why, a flagged and a passing example",
        "{place}：'doc' 应为非空字符串：检查什么、为什么，并举一个报出的和一个通过的例子",
    ),
    (
        "{place}: doc_zh must be a string: the documentation in Chinese, for `indicheck explain --lang zh`",
        "{place}：'doc_zh' 应为字符串：供 indicheck explain --lang zh 显示的中文说明",
    ),
    (
        "{place}: low {low} is above high {high}; give low ≤ high",
        "{place}：下限 {low} 高于上限 {high}；请使下限 ≤ 上限",
    ),
    (
        "{place}: code {value} must look like IC101 (capital letters, then 3 or 4 digits)",
        "{place}：代码 {value} 应形如 IC101（大写字母，后接 3 或 4 位数字）",
    ),
    (
        "{place}: name {value} must be kebab-case, naming the problem (completion-rate-mismatch)",
        "{place}：名称 {value} 应为以连字符连接的小写词，说出问题（如 completion-rate-mismatch）",
    ),
    ("{place}: unknown kind {value}; valid kinds: {keys}", "{place}：未知的规则类型 {value}；可用的类型：{keys}"),
    ("{place}: scope {value} must be one of {keys}", "{place}：'scope' 的值 {value} 应为 {keys} 之一"),
    (
        "{place}: scope {value} is not one kind {kind} can honour (it reads its figures by {keys}); "
        "leave scope out or give one of those",
        "{place}：规则类型 {kind} 不能按 {value} 取数（它按 {keys} 取数）；请删去 'scope'，或给出其中之一",
    ),
    (
        "{place}: relation_class {value} is not one of relation_classes.toml ({keys}); give one of those, "
        "or add the class to a relation_classes.toml beside the rule",
        "{place}：'relation_class' 的值 {value} 不在 relation_classes.toml 中（{keys}）；请给出其中之一，"
        "或在规则旁的 relation_classes.toml 中加上此类",
    ),
    (
        "{place}: message must be a table with exactly the keys zh and en",
        "{place}：'message' 应为恰好含 'zh' 和 'en' 两个键的表",
    ),
    ("{place}: message.{lang} must be a string", "{place}：'message.{lang}' 应为字符串"),
    (
        "{place}: message.{lang}: unknown placeholder {value}; valid: {keys}",
        "{place}：'message.{lang}' 中有未知的占位符 {value}；可用的：{keys}",
    ),
    # a kind's parameters in a rule, an indicator's keys (checker.params)
    (
        "{place}: unknown key {key} for kind {kind}; valid keys: {keys}",
        "{place}：规则类型 {kind} 没有键 {key}；可用的键：{keys}",
    ),
    ("{place}: {key} must be a list of non-empty strings", "{place}：'{key}' 应为非空字符串的列表"),
    ("{place}: {key} must be a string", "{place}：'{key}' 应为字符串"),
    ("{place}: {key} must be true or false", "{place}：'{key}' 应为 true 或 false"),
    ("{place}: {key} must be a whole number", "{place}：'{key}' 应为整数"),
    ("{place}: {key} must be a number, not {value}", "{place}：'{key}' 应为数，而不是 {value}"),
    ("{place}: {key} must be a finite number, not {value}", "{place}：'{key}' 应为有限的数，而不是 {value}"),
    ("{place}: {key} must be a number", "{place}：'{key}' 应为数"),
    # the indicators file (checker.indicators)
    (
        "{place}: share_of {value} is not an indicator of the lexicon; define it with [[indicator]] first",
        "{place}：'share_of' 的值 {value} 不是指标表中的指标；请先用 [[indicator]] 定义它",
    ),
    (
        "{place}: {value} is not an indicator of the lexicon; define it with [[indicator]] first",
        "{place}：{value} 不是指标表中的指标；请先用 [[indicator]] 定义它",
    ),
    (
        "{place}: unknown top-level key {key}; an indicators file holds [[indicator]] and [[composition]] tables only",
        "{place}：未知的顶层键 {key}；指标文件只能含 [[indicator]] 和 [[composition]] 表",
    ),
    ("{place}: {key} must be an array of tables ({table})", "{place}：{key} 应为表数组（{table}）"),
    (
        "{place}: needs whole (a string) and parts (a list of two or more strings)",
        "{place}：需要 'whole'（一个字符串）和 'parts'（两个或更多字符串的列表）",
    ),
    ("{place}: name must be a non-empty string", "{place}：'name' 应为非空字符串"),
    (
        '{place}: {value} is no quantity; write a number and a unit, like "500元" or "15亿人"',
        '{place}：{value} 不是带单位的量；请写数和单位，如 "500元" 或 "15亿人"',
    ),
    (
        '{place}: share needs share_of and two percentages, like share_of = "地区生产总值", share = ["0.5%", "60%"]',
        '{place}：\'share\' 需要 \'share_of\' 和两个百分数，如 share_of = "地区生产总值"，share = ["0.5%", "60%"]',
    ),
    # the vocabulary and the relation classes (checker.vocabulary, checker.relation_classes)
    (
        "{place}: list {value} is not a list indicheck reads; valid lists: {keys}",
        "{place}：词表 {value} 不是 indicheck 读取的词表；可用的词表：{keys}",
    ),
    (
        '{place}: must be a table with words = [...] (and doc = "...")',
        '{place}：应为含 words = [...]（及 doc = "..."）的表',
    ),
    ("{place}: words must be a list of non-empty strings", "{place}：'words' 应为非空字符串的列表"),
    ("{place}: doc must be a string", "{place}：'doc' 应为字符串"),
    (
        "{place}: unknown top-level key {key}; the file holds [class.NAME] tables",
        "{place}：未知的顶层键 {key}；此文件只能含 [class.NAME] 表",
    ),
    ("{place}: 'class' must be tables [class.NAME]", "{place}：'class' 应为 [class.NAME] 表"),
    ("{place}: class {name}: {key} must be a non-empty string", "{place}：类 '{name}' 的 '{key}' 应为非空字符串"),
    # a baseline (checker.baseline)
    ("{place}: cannot be written ({why}); check the folder", "{place}：无法写入；请检查文件夹"),
    (
        "{place}: no such baseline; create it with `indicheck baseline FILE -o {path}`",
        "{place}：基线文件不存在；请用 indicheck baseline 报告文件 -o {path} 生成",
    ),
    (
        "{place}: not a baseline file ({why}); recreate it with `indicheck baseline`",
        "{place}：不是基线文件；请用 indicheck baseline 重新生成",
    ),
    (
        "{place}: is a baseline of format version {value}, and this indicheck reads version {version}; "
        "recreate it with `indicheck baseline`, or use the indicheck that wrote it",
        "{place}：是第 {value} 版格式的基线，本 indicheck 读取第 {version} 版；请用 indicheck baseline 重新生成，"
        "或使用写出它的 indicheck",
    ),
    (
        "{place}: not an indicheck baseline; recreate it with `indicheck baseline`",
        "{place}：不是 indicheck 的基线文件；请用 indicheck baseline 重新生成",
    ),
    (
        "no baseline written to {place}: a report could not be checked (see above); a baseline without it "
        "would show its findings as new",
        "未写出基线 {place}：有报告无法核验（见上）；缺了它的基线会把它的问题都显示为新问题",
    ),
    # the reports `history` leaves out (checker.history)
    (
        "{place}: the year the report was delivered cannot be read (no date line or dated heading); "
        "it is left out of the history",
        "{place}：读不出报告的年份（没有日期行或带年份的标题）；不列入历史",
    ),
    (
        "{place}: is of {year}, as {other} is; give one report per year (it is left out of the history)",
        "{place}：与 {other} 同为 {year} 年的报告；每年请只给一份（此份不列入历史）",
    ),
    # the command line (checker.cli)
    (
        "{option} {value} names no rule; give codes, code prefixes or names, or drop {again}",
        "{option} {value} 没有指定任何规则；请给出代码、代码前缀或名称，或去掉 {again}",
    ),
    (
        "{option} {value} matches no rule (a code such as IC101, a prefix such as IC1, or a name); "
        "`indicheck rules` lists them",
        "{option} {value} 不对应任何规则（可给代码如 IC101、前缀如 IC1 或名称）；indicheck rules 列出全部规则",
    ),
    (
        "--select and --ignore leave no rule to run; `indicheck rules` lists them",
        "--select 与 --ignore 之后没有可运行的规则；indicheck rules 列出全部规则",
    ),
    (
        "--statistics prints counts as text or JSON, not {format}; give --format {formats} with it, "
        "or drop --statistics",
        "--statistics 只能以文本或 JSON 输出计数，不能用 '{format}'；请同时给出 --format {formats}，或去掉 --statistics",
    ),
    (
        "--coverage is text and would break the {format} output; with --format json every check is in the "
        'output\'s "checks" already',
        "--coverage 输出文本，会破坏 '{format}' 格式的输出；用 --format json 时每项核验已在输出的 \"checks\" 中",
    ),
    (
        "--coverage is text and would break the {format} output; give --format full or concise with it",
        "--coverage 输出文本，会破坏 '{format}' 格式的输出；请同时给出 --format 'full' 或 'concise'",
    ),
    (
        "{place}: the annotated copy is a Word file; give --annotate a path ending in .docx",
        "{place}：批注副本是 .docx 文件；请给 --annotate 一个以 .docx 结尾的路径",
    ),
    (
        "--annotate takes exactly one FILE, not {count}; lint the others without it",
        "--annotate 只能用于一个文件，而不是 {count} 个；其他文件请不带它检查",
    ),
    (
        "{place}: is the input {given}; give another output path, inputs are never modified",
        "{place}：是输入文件 {given}；请给出另一个输出路径，输入文件从不改动",
    ),
    (
        "standard output cannot be written ({why}); check the disk or the pipe it goes to",
        "无法写入标准输出；请检查磁盘或输出所接的管道",
    ),
    (
        "serve needs the web extra ({name} is missing); install it with pip install 'indicheck[web]'",
        "serve 需要 web 附加组件（缺少 {name}）；请执行 pip install 'indicheck[web]' 安装",
    ),
    ("{usage}; `{command} --help` lists the options", "{usage}；{command} --help 列出全部选项"),
)

# The errors click finds on the command line (its own English), as the {usage} of the line above.
_USAGE: tuple[tuple[str, str], ...] = (
    ("No such option {option}. Did you mean {other}?", "没有选项 {option}（是否想用 {other}）"),
    ("No such option: {option} Did you mean {other}?", "没有选项 {option}（是否想用 {other}）"),
    ("No such option {option}", "没有选项 {option}"),
    ("No such option: {option}", "没有选项 {option}"),
    ("No such command {value}", "没有命令 {value}"),
    ("Missing argument {value}", "缺少参数 {value}"),
    ("Missing option {value}", "缺少选项 {value}"),
    ("Option {option} requires an argument", "选项 {option} 需要一个值"),
    ("Option {option} requires {count} arguments", "选项 {option} 需要 {count} 个值"),
    ("Got unexpected extra argument ({value})", "多出了参数（{value}）"),
    ("Got unexpected extra arguments ({value})", "多出了参数（{value}）"),
    ("Invalid value for {option}: {value} is not one of {keys}", "选项 {option} 的值 {value} 应为 {keys} 之一"),
    ("Invalid value for {option}: {value} is not a valid integer range", "选项 {option} 的值 {value} 不是整数"),
    ("Invalid value for {option}: {value} is not a valid integer", "选项 {option} 的值 {value} 不是整数"),
    (
        "Invalid value for {option}: {value} is not in the range {range}",
        "选项 {option} 的值 {value} 不在范围 {range} 内",
    ),
    ("Invalid value for {option}: Path {value} does not exist", "选项 {option} 的路径 {value} 不存在"),
    ("Invalid value for {option}: File {value} does not exist", "选项 {option} 的文件 {value} 不存在"),
    ("Invalid value for {option}: {why}", "选项 {option} 的值无效"),
)


def _compiled(templates: tuple[tuple[str, str], ...]) -> tuple[tuple[re.Pattern[str], str], ...]:
    """Each English template as a pattern that matches a whole line, with a group for each {name}."""
    return tuple(
        (re.compile("".join(_piece(part) for part in re.split(r"(\{[a-z]+\})", english))), chinese)
        for english, chinese in templates
    )


def _piece(part: str) -> str:
    if re.fullmatch(r"\{[a-z]+\}", part):
        name = part[1:-1]
        return f"(?P<{name}>{_GROUPS.get(name, '.+?')})"
    return re.escape(part)


# What a {name} can be where "anything" would let a PLACE end too early (`a: b: c must be a string`
# is the key c of the place a: b).
_GROUPS = {"key": r"[^\s:]+", "lang": r"[a-z]+", "count": r"\d+", "version": r"\d+", "year": r"\d{4}"}
# The English words of a PLACE: the rule, indicator, composition or word list of a file the line is of.
_PLACE_ZH = (
    (re.compile(r": rule (\S+)$"), r"：规则 \1"),
    (re.compile(r": indicator (.+)$"), r"：指标 \1"),
    (re.compile(r"^indicator (.+)$"), r"指标 \1"),
    (re.compile(r": composition (.+)$"), r"：组成 \1"),
    (re.compile(r"^composition of (.+)$"), r"组成 \1"),
    (re.compile(r": list (\[.+\])$"), r"：词表 \1"),
    (re.compile(r": (\[tool\.indicheck\])$"), r" 的 \1 表"),
)


_ERROR_PATTERNS = _compiled(_ERRORS)
_USAGE_PATTERNS = _compiled(_USAGE)
# The {name}s whose English is a list "a, b, c": in Chinese each item is quoted and joined by 、.
_LISTS = frozenset({"keys", "formats"})


def _value_zh(name: str, value: str) -> str:
    """A {name} of an English line, as the Chinese line says it."""
    if name in _LISTS:
        return "、".join(item if item.startswith(("'", "{", "-")) else f"'{item}'" for item in value.split(", "))
    if name == "toml":  # the parser's English, but for where: (at line 3, column 7)
        where = re.search(r"at line (\d+), column (\d+)", value)
        return f"（第 {where.group(1)} 行第 {where.group(2)} 列）" if where else ""
    if name == "place":
        for pattern, words in _PLACE_ZH:
            value = pattern.sub(words, value)
        return value
    if name == "range":  # click's x>=1, 0<=x<=9
        return value.replace("x>=", "≥ ").replace(">=x", "≤ ")
    if name == "usage":
        return _first_zh(value.rstrip("."), _USAGE_PATTERNS) or value
    return value


def _first_zh(line: str, patterns: tuple[tuple[re.Pattern[str], str], ...]) -> str | None:
    """The Chinese of the first template that words the whole line, or None."""
    for pattern, chinese in patterns:
        found = pattern.fullmatch(line)
        if found:
            return _filled(chinese, {name: _value_zh(name, value) for name, value in found.groupdict().items()})
    return None


def _filled(template: str, values: dict[str, str]) -> str:
    return re.sub(r"\{([a-z]+)\}", lambda m: values[m.group(1)], template)


def stderr_line(text: str, lang: str) -> str:
    """A line for stderr (an error of input, a notice, a --previous refusal; written in English) in
    `lang`: in Chinese when a table here words it, else as it is."""
    if lang != "zh":
        return text
    for pattern, words in _STDERR_ZH:
        if pattern.match(text):
            return pattern.sub(words, text)
    return _reader_line_zh(text) or _first_zh(text, _ERROR_PATTERNS) or text
