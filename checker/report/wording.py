"""The words of the output, in Chinese and English: severities, target statuses, bounds, qualifiers,
and the few English words that rule kinds and the targets table put between figures in a
computation or a note (stated, allowed, target, actual …).

The kinds write a computation once, in English words around the figures as the report writes
them (129.9亿元 / 108.4亿元 ∈ [119.73%, 119.94%]; stated 121.8%); the Chinese output replaces those
words here, so that `--lang zh` is Chinese throughout and `--lang en` English throughout. Machine
fields (JSON keys, severity and status values, rule names) stay as they are in both.
"""

from __future__ import annotations

import re
from collections.abc import Callable

SEVERITY = {
    "zh": {"error": "错误", "warning": "警告", "info": "提示"},
    "en": {"error": "error", "warning": "warning", "info": "info"},
}
STATUS = {
    "zh": {"met": "达到", "missed": "未达到", "not reported": "未报告", "not comparable": "口径不同"},
    "en": {"met": "met", "missed": "missed", "not reported": "not reported", "not comparable": "not comparable"},
}
# Why a number is set aside (`figures --all`): the reasons checker/extract/set_aside.py gives.
REASON = {
    "zh": {
        "year": "年份",
        "date": "日期",
        "ordinal": "序数",
        "slogan": "口号",
        "title": "标题",
        "name": "名称",
        "period": "时段",
        "numbering": "编号",
        "structure": "提纲",
        "grade": "等级",
        "anniversary": "周年",
        "term": "术语",
        "no unit": "无单位",
        "indefinite": "不定量",
        "unreadable numeral": "无法读出的数字",
        "broken numeral": "被打断的数字",
        "compound quantity": "复合数量",
        "too many digits": "位数过多",
        "temperature or angle": "温度或角度",
        "link": "网址或邮箱",
        "exponent": "指数写法",
    }
}
QUALIFIER = {
    "zh": {"approx": "约", "at_least": "至少", "at_most": "至多"},
    "en": {"approx": "approx", "at_least": "at_least", "at_most": "at_most"},
}

# English words of computations and notes → Chinese, applied in this order (longer phrases first).
_ZH: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = tuple(
    (re.compile(pattern), words)
    for pattern, words in (
        (r"no actual in the current report", "本报告没有实际数"),
        (r"the current report gives it for another scope \(", "本报告只给出其他口径的数字（"),
        (
            r"the current report's year cannot be read \(no date line, title, congress session, dated heading or "
            r"dated review\), so the year it reviews is not told from earlier ones",
            "读不出本报告的年份（没有日期行、标题、会议届次、带年份的标题或回顾段落），无法分辨其回顾的年份",
        ),
        (r"(年末 …)\)", r"\1）"),
        (r"counted in (\S+) instead of (\S+)", r"计量单位为\1而非\2"),
        (r"actual (\S+) against target ([^\s:]+)", r"实际\1，目标\2"),
        (r": (above|below) by ", lambda m: "：" + ("高出" if m.group(1) == "above" else "低于目标")),
        (r" beyond the ([+−]?\S+) tolerance", r"，超出\1的容差"),
        (r"last year's report (\S+), this report (\S+)", r"上年报告\1，本报告\2"),
        (r"not found in the body", "正文中未出现"),
        (r"^glossary (.*); body ", r"名词解释\1；正文"),
        (r"(\d+) named, (\S+) listed before an open list's end", r"称\1项，“等”前已列出\2项"),
        (r"(\d+) named, (\d+) listed", r"称\1项，列出\2项"),
        (r"; % written for 个百分点\? \(", "；“个百分点”误写为“%”？（"),
        (r"(?<=\d) pp\b", "个百分点"),
        (r"; holds only within the rounding of its figures", "；仅在各数字的舍入范围内成立"),
        (r" \(plausible (\S+) – (\S+)\)", r"（常见比例\1至\2）"),
        (
            r"; 10\^(-?\d+) apart: a slip of scale \(万/亿, a decimal point\)\?",
            r"；相差10^\1倍：单位（万/亿）或小数点是否有误？",
        ),
        (r"; stated ", "；文中为"),
        (r"; allowed ", "；允许"),
        (r" and ", "，"),
        (r"actual ([+−]?\S+?), target ", r"实际\1，目标"),
        (r"target (\S+) ([≥<]) ", r"目标\1 \2 "),
        (r"target (\S+) \(floor\); ", r"目标\1（下限）；"),
        (r"target (\S+) \(ceiling\); ", r"目标\1（上限）；"),
        (r"target (\S+) \(approx\); ", r"目标\1（左右）；"),
        (r"target (\S+) \(range\); ", r"目标\1（区间）；"),
        (r"^([^:\s]+): ", r"\1："),  # the indicator that opens a computation
    )
)


# Where a reader's block is (its label, in Chinese as the readers write it) → English.
_PLACES_EN = (
    (re.compile(r"段落 (\d+)"), r"paragraph \1"),
    (re.compile(r"第 (\d+) 页"), r"page \1"),
    (re.compile(r"表(\d+) 第(\d+)行第(\d+)列"), r"table \1 row \2 column \3"),
    (re.compile(r"表(\d+) 第(\d+)行"), r"table \1 row \2"),
)


def place(label: str, lang: str) -> str:
    """A location (12:5, 段落 76, 第 2 页, 表1 第3行第5列) in `lang`."""
    if lang == "zh":
        return label
    for pattern, words in _PLACES_EN:
        label = pattern.sub(words, label)
    return label


def annotated(count: int, target: object, lang: str) -> str:
    """The status line of --annotate."""
    return f"已在 {target} 写入 {count} 条批注" if lang == "zh" else f"{count} comment(s) written to {target}"


def recorded(count: int, target: object, lang: str) -> str:
    """The status line of `indicheck baseline`."""
    return f"已将 {count} 条结果记入基线 {target}" if lang == "zh" else f"{count} finding(s) recorded in {target}"


# `explain`: the labels of the message and the rule file, and what stands for the documentation of a
# user's rule that gives none in this language (doc_zh is optional in a rule file).
EXPLAIN = {
    "zh": ("信息", "来源", "此规则的规则文件没有中文说明（doc_zh）；英文说明：indicheck explain {code} --lang en"),
    "en": ("message", "source", ""),
}


def unknown_name(what: str, name: str, valid: str, lang: str) -> str:
    """`explain` of no rule, `kinds` of no kind: what was asked, and where the valid names are."""
    if what == "rule":
        return (
            f"没有规则 {name}；indicheck rules 列出全部规则"
            if lang == "zh"
            else f"no rule {name}; `indicheck rules` lists them"
        )
    if lang == "zh":
        return f"没有名为 {name} 的规则类型；可用的类型：{valid}"
    return f"no rule kind {name}; valid kinds: {valid}"


def reason(word: str, lang: str) -> str:
    return REASON.get(lang, {}).get(word, word)


FIGURE_HEADER = {
    "zh": ("位置", "数字", "值", "单位", "限定", "语句"),
    "en": ("at", "figure", "value", "unit", "qualifier", "sentence"),
}
TARGET_HEADER = {
    "zh": ("指标", "目标", "位置", "实际", "位置", "状态", "说明"),
    "en": ("indicator", "target", "at", "actual", "at", "status", "note"),
}


def figures_summary(total: int, files: int, aside: int, shown: bool, lang: str) -> str:
    if lang == "zh":
        return f"{files} 个文件共 {total} 个数字；{aside} 个数不是指标数字{'' if shown else '（--all 列出它们及原因）'}"
    return f"{total} figures in {files} file(s); {aside} numbers set aside{'' if shown else ' (--all shows them)'}"


def targets_summary(counts: dict[str, int], total: int, lang: str) -> tuple[list[str], str]:
    """The count of each status (each in its language), and the tail of the line."""
    parts = [f"{STATUS[lang][status]} {count}" for status, count in counts.items()]
    return parts, (f"（共 {total} 个目标；★ 主要预期目标）" if lang == "zh" else f"  ({total} targets; ★ headline)")


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


def stderr_line(text: str, lang: str) -> str:
    """A notice, a --previous refusal or a reader's error (written in English) in `lang`; any other line
    as it is."""
    if lang != "zh":
        return text
    for pattern, words in _STDERR_ZH:
        if pattern.match(text):
            return pattern.sub(words, text)
    return _reader_line_zh(text) or text


def localise(text: str, lang: str) -> str:
    """A computation or a targets note in `lang` (they are written in English)."""
    if lang != "zh":
        return text
    for pattern, words in _ZH:
        text = pattern.sub(words, text)
    return text
