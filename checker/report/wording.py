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
        (r"(\d+) named, (\d+)–(\d+) listed", r"称\1项，列出\2至\3项"),
        (r"(\d+) named, (\d+) listed", r"称\1项，列出\2项"),
        (r"a count in (\S+) has a fractional part", r"以“\1”计的个数带有小数"),
        (r": (\S+) written; ", r"：文中计为\1；"),
        (r"; (\S+) in the same context: ", r"；同一语境中另写作\1："),
        (r"a fall of (.+?); a positive level falls by at most (\S+)", r"降幅\1；正数的降幅至多\2"),
        (r"an increase of (.+?) against the level it rose to, ", r"增加\1，增加后达到"),
        (r" \(the highest of the (\d+) levels it may be of\)", r"（可能对应的\1个水平中最高者）"),
        (r": a level that cannot be negative rises by at most itself", "：不可能为负的水平，其增量至多等于自身"),
        (r"; one year has at most (\d+) days", r"；一年至多\1天"),
        (r" \(one target, set as written\)", "（同一目标，按原文设定）"),
        (r" \(last year's, ±(\S+)\)", r"（上年数，±\1）"),
        (
            r" \((national|province|city|county) government\)",
            lambda m: (
                "（" + {"national": "全国", "province": "省级", "city": "市级", "county": "县级"}[m.group(1)] + "政府）"
            ),
        ),
        (r"(\d+) announced, (\d+) numbered headings", r"称\1项，编号标题\2个"),
        (r"(\d+) announced, (\d+) numbered", r"称\1项，编号列出\2项"),
        (r" \(([^()]* … [^()]*)\)$", r"（\1）"),  # the numbering shown: (一是 … 三是)
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
        (r"; or ", "；或 "),
        (r" or ", " 或 "),
        (r"\] against \[", "]，对比 ["),
        (r"(?<=\S): \[", "：["),
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


def serving(url: str, lang: str) -> str:
    """The status line of `indicheck serve`."""
    if lang == "zh":
        return f"indicheck: 服务已在 {url} 启动（按 Ctrl+C 停止）"
    return f"indicheck: serving on {url} (Ctrl+C to stop)"


def serving_openly(host: str, lang: str) -> str:
    """`serve`'s warning when it listens beyond this machine."""
    if lang == "zh":
        return f"indicheck: warning: 正在 {host} 上监听：凡能访问此地址者均可上传报告"
    return f"indicheck: warning: listening on {host}: anyone who can reach this address can upload reports"


# `explain`: the labels of the message and the rule file, and what stands for the documentation of a
# user's rule that gives none in this language (doc_zh is optional in a rule file).
EXPLAIN = {
    "zh": ("信息", "来源", "此规则的规则文件没有中文说明（doc_zh）；英文说明：indicheck explain {code} --lang en"),
    "en": ("message", "source", ""),
}


def unknown_name(what: str, name: str, valid: list[str], lang: str) -> str:
    """`explain` of no rule, `kinds` of no kind: what was asked, and where the valid names are (joined
    as each language joins a list: 、 in Chinese, a comma in English)."""
    if what == "rule":
        return (
            f"没有规则 {name}；indicheck rules 列出全部规则"
            if lang == "zh"
            else f"no rule {name}; `indicheck rules` lists them"
        )
    if lang == "zh":
        return f"没有名为 {name} 的规则类型；可用的类型：{'、'.join(valid)}"
    return f"no rule kind {name}; valid kinds: {', '.join(valid)}"


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


def localise(text: str, lang: str) -> str:
    """A computation or a targets note in `lang` (they are written in English)."""
    if lang != "zh":
        return text
    for pattern, words in _ZH:
        text = pattern.sub(words, text)
    return text
