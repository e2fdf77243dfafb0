"""glossary: the glossary (名词解释) and the body use the same terms.

Two relations, one per rule (`relation`):

- `wording`: a term the glossary defines that the body writes differently.
  Found two ways: the quoted core of a term (行政审批事项“四减”) appears in
  the body with other words around it (政务服务审批事项“四减”); or one part of
  a listed term is replaced in the body's same list (glossary 一湖、一街区、
  两河、五单元, body 一湖、一街区、两河、五片区).
- `unused`: a glossary entry the body never uses.

Terms are compared without quotes, spaces and separators (▪ • ·), so that
蒙速办▪四办 and 蒙速办•四办, or 碳达峰、碳中和 and 碳达峰碳中和, are one term.
A term made of numbered parts (六稳六保) is used when each part is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal

from checker.context import DocumentContext
from checker.kinds.enumeration import SEGMENT
from checker.model import Check, GlossaryEntry, Rule, Span
from checker.model import Params as BaseParams

NAME = "glossary"


@dataclass(frozen=True)
class Params(BaseParams):
    """The parameters of a rule of kind glossary (see `indicheck kinds glossary`)."""

    relation: Literal["wording", "unused"] = field(
        default="wording",
        metadata={
            "doc": "wording: a glossary term the body writes differently; unused: a glossary entry the body never uses"
        },
    )


PLACEHOLDERS = ("term", "body", "glossary")
DEFAULT_SCOPE = "document"

IGNORED = re.compile(r"[“”‘’\"'《》「」\s▪•·・.．、]")
KEPT = re.compile(r"[^“”‘’\"'《》「」\s▪•·・.．、]+")
CORE = re.compile(r"“([^“”]{1,12})”")


class NormalisedText:
    """A text without quotes, spaces and separators, mapped back to its offsets."""

    def __init__(self, text: str, start: int = 0) -> None:
        runs = list(KEPT.finditer(text))
        self.text = "".join(run.group() for run in runs)
        self.offsets = [start + i for run in runs for i in range(run.start(), run.end())]

    def find(self, needle: str) -> Span | None:
        at = self.text.find(needle)
        if at == -1 or not needle:
            return None
        return Span(self.offsets[at], self.offsets[at + len(needle) - 1] + 1, needle)


def normalise(term: str) -> str:
    return IGNORED.sub("", term)


def check(rule: Rule[Params], ctx: DocumentContext) -> Iterator[Check]:
    if not ctx.glossary:
        return  # most reports have none: do not normalise the whole body for nothing
    body = NormalisedText(ctx.text[: ctx.body_end])
    for entry in ctx.glossary:
        missing = _missing_parts(entry, body)
        if not missing:
            continue
        if rule.params.relation == "unused":
            unused = [part for part in missing if not _abbreviated(ctx, part)]
            if len(unused) == len(_parts(entry.term.text)) and not _variants(ctx, entry, missing, body):
                yield Check(
                    entry.term,
                    (),
                    False,
                    f"{entry.term.text}: not found in the body",
                    {"term": entry.term.text, "glossary": entry.term.text, "body": ""},
                )
            continue
        for glossary_part, variant in _variants(ctx, entry, missing, body):
            yield Check(
                variant,
                (entry.term,),
                False,
                f"glossary {glossary_part}; body {variant.text}",
                {"term": glossary_part, "glossary": glossary_part, "body": variant.text},
            )


def _parts(term: str) -> list[str]:
    """A term's parts: split at 、, and a term of numbered parts (六稳六保) into them."""
    parts = [p for p in term.split("、") if normalise(p)]
    if len(parts) == 1:
        numbered = [m.group() for m in SEGMENT.finditer(normalise(term))]
        if len(numbered) > 1 and "".join(numbered) == normalise(term):
            return numbered
    return parts


def _missing_parts(entry: GlossaryEntry, body: NormalisedText) -> list[str]:
    """Parts of the entry's term the body does not use. A term with a quoted core
    (稳增长“16条”) is used where the body writes the core alone (“16条”)."""
    if body.find(normalise(entry.term.text)):
        return []
    return [part for part in _parts(entry.term.text) if not body.find(normalise(part))]


def _abbreviated(ctx: DocumentContext, part: str) -> bool:
    """Whether the body writes the quoted core alone: “16条” for 稳增长“16条” (or 稳增长“16”条)."""
    core = CORE.search(part)
    if core is None:
        return False
    quoted = (core.group(), f"“{normalise(part[core.start() :])}”")
    return any(ctx.text.find(q, 0, ctx.body_end) != -1 for q in quoted)


def _variants(
    ctx: DocumentContext, entry: GlossaryEntry, missing: list[str], body: NormalisedText
) -> list[tuple[str, Span]]:
    """(glossary wording, the body's span) for each missing part the body words differently."""
    found = []
    parts = _parts(entry.term.text)
    for part in missing:
        core = CORE.search(part)
        if core and core.group(1) != normalise(part):
            variant = _core_variant(ctx, part, core)
            if variant is not None:
                found.append((part, variant))
            continue
        index = parts.index(part) if part in parts else -1
        if index > 0:
            siblings = "、".join(parts[:index])
            at = ctx.text.find(siblings + "、", 0, ctx.body_end)
            if at != -1:
                start = at + len(siblings) + 1
                item = re.match(r"[^、，。；“”\s]{1,12}", ctx.text[start:])
                if item and normalise(item.group()) != normalise(part):
                    found.append((part, Span(start, start + len(item.group()), item.group())))
    return found


def _core_variant(ctx: DocumentContext, part: str, core: re.Match[str]) -> Span | None:
    """The body's wording around a term's quoted core, when it differs from the glossary's.

    Only a different word in the same place counts (政务服务审批事项“四减” for
    行政审批事项“四减”: they share 审批事项 but not the whole): a body that
    uses the core alone (“16条”) abbreviates the term, it does not reword it.
    """
    quoted = f"“{core.group(1)}”"
    before, after = normalise(part[: core.start()]), normalise(part[core.end() :])
    at = ctx.text.find(quoted, 0, ctx.body_end)
    while at != -1:
        end = at + len(quoted)
        if before:
            line = ctx.text.rfind("\n", 0, at)  # a line break is a mark too: look no further back
            clause = max(ctx.text.rfind(mark, max(line, 0), at) for mark in "，。；、：\n”") + 1
            body_before = normalise(ctx.text[clause:at])
            shared = _shared_suffix(body_before, before)
            if 2 <= shared < len(before) and not body_before.endswith(before):
                start = max(clause, at - len(before) - 2)
                return Span(start, end, ctx.text[start:end])
        if after:
            body_after = normalise(ctx.text[end : end + len(after) + 2])
            shared = _shared_prefix(body_after, after)
            if 2 <= shared < len(after):
                window = ctx.text[end : end + len(after) + 3]
                tail = window.find(after[-2:])
                stop = end + (tail + 2 if tail != -1 else len(after))
                return Span(at, stop, ctx.text[at:stop])
        at = ctx.text.find(quoted, end, ctx.body_end)
    return None


def _shared_suffix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def _shared_prefix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n
