"""Loading and checking a form template (TOML, see forms/README.md) before any page is drawn.

Every refusal is a `TemplateError` whose Chinese message names the template file, the line and the field,
so that a township worker who copied a template and mistyped a key can find the mistake without Python.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from unionbook.documents.fields import FIELDS, Ref, problem, refs_in
from unionbook.errors import UnionBookError, os_reason


class TemplateError(UnionBookError):
    code = "template"

    def __init__(self, template: str, line: int | None, message: str, *, field_name: str = "") -> None:
        where = f"表单模板“{template}”" + (f"第 {line} 行" if line else "")
        super().__init__(f"{where}：{message}", details={"template": template, "line": line, "field": field_name})


# ---- the schema: key → (kind, default); a default of REQUIRED means the key must be given ----

REQUIRED = object()
PAGE_SIZES_MM = {"A4": (210.0, 297.0), "A3": (297.0, 420.0), "A5": (148.0, 210.0), "B5": (176.0, 250.0)}
FONT_ROLES = ("song", "fangsong", "kai", "hei")

FORM_KEYS: dict[str, tuple[str, Any]] = {
    "title": ("str", REQUIRED),
    "description": ("str", ""),
    "source": ("choice:none|member|members", "none"),
    "allow_blank": ("bool", False),
    "layout": ("choice:form|document", "form"),
    "page": ("choice:" + "|".join(PAGE_SIZES_MM), "A4"),
    "orientation": ("choice:portrait|landscape", "portrait"),
    "margins": ("nums4", None),
    "font": ("choice:" + "|".join(FONT_ROLES), None),
    "font_size": ("num", None),
    "page_numbers": ("str", None),
    "whole_id_number": ("bool", False),
    "required": ("strs", []),
    "serial": ("serial", None),
    # a field the form's own date may not come after (a notice dated after its meeting is refused)
    "dated_before": ("str", ""),
}
COMMON = {"type": ("str", REQUIRED), "space_before": ("num", 0), "space_after": ("num", 0)}
BLOCK_KEYS: dict[str, dict[str, tuple[str, Any]]] = {
    "title": {"text": ("str", REQUIRED), "size": ("num", None), "font": ("font", None)},  # None: song (公文), hei (表格)
    "text": {
        "text": ("str", REQUIRED), "align": ("choice:left|center|right|justify", "left"), "indent": ("num", None),
        "size": ("num", None), "font": ("font", None), "style": ("choice:body|heading|plain|signature", "body"),
    },
    "grid": {
        "widths": ("nums", REQUIRED), "rows": ("cells", REQUIRED), "row_height": ("num", 8), "size": ("num", None),
        "font": ("font", None), "align": ("choice:left|center|right", "center"), "border": ("bool", True),
    },
    "table": {
        "rows": ("choice:members|blank", REQUIRED), "columns": ("columns", REQUIRED), "row_height": ("num", 7),
        "size": ("num", None), "header_size": ("num", None), "font": ("font", None), "blank_rows": ("int", 0),
        "fill_page": ("bool", False),
    },
    "signature": {"areas": ("areas", REQUIRED), "height": ("num", 18), "size": ("num", None)},
    "spacer": {"height": ("num", REQUIRED)},
    "cut": {"text": ("str", "")},
    "page_break": {},
    "cards": {
        "columns": ("int", 2), "rows": ("int", 5), "width": ("num", 85.6), "height": ("num", 54),
        "title": ("str", "工会会员证"), "subtitle": ("str", ""), "fields": ("pairs", REQUIRED), "footer": ("str", ""),
        "photo": ("bool", True), "mirror": ("bool", False),
    },
}
CELL_KEYS = {"text": "str", "colspan": "int", "rowspan": "int", "align": "choice:left|center|right",
             "valign": "choice:top|middle|bottom", "height": "num", "sign": "str", "date": "str|bool", "size": "num",
             "font": "font"}
COLUMN_KEYS = {"header": "str", "value": "str", "width": "num", "align": "choice:left|center|right"}
AREA_KEYS = {"text": "str", "date": "str|bool", "align": "choice:left|center|right"}
SERIAL_KEYS = {"name": "str", "format": "str"}

TYPE_NAMES = {"str": "文字（用英文双引号括起）", "num": "数字", "int": "整数", "bool": "true 或 false",
              "nums": "数字列表，如 [20, 30]", "nums4": "四个数字 [上, 右, 下, 左]（毫米）", "strs": "文字列表"}


@dataclass
class Block:
    type: str
    opts: dict[str, Any]
    line: int

    def __getitem__(self, key: str) -> Any:
        return self.opts[key]


@dataclass
class Template:
    name: str  # file stem: what `unionbook form render NAME` takes
    path: Path
    form: dict[str, Any]
    blocks: list[Block]
    lines: dict[str, int] = field(default_factory=dict)  # "required:transfer.to_union" → line
    namespaces: set[str] = field(default_factory=set)  # what it binds: {"union", "member", …}

    @property
    def title(self) -> str:
        return str(self.form["title"])

    @property
    def source(self) -> str:
        return str(self.form["source"])

    @property
    def whole_id(self) -> bool:
        return bool(self.form["whole_id_number"])


class _Locator:
    """Finds the line of a key or placeholder in the TOML text (tomllib keeps no positions)."""

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()
        self.block_lines = [i + 1 for i, ln in enumerate(self.lines) if re.match(r"\s*\[\[\s*block\s*\]\]", ln)]
        form = [i + 1 for i, ln in enumerate(self.lines) if re.match(r"\s*\[\s*form\s*\]", ln)]
        self.form_line = form[0] if form else None

    def block(self, index: int) -> int | None:
        return self.block_lines[index] if index < len(self.block_lines) else None

    def _end(self, start: int) -> int:
        later = [b for b in self.block_lines if b > start]
        return later[0] if later else len(self.lines) + 1

    def key(self, key: str, start: int | None) -> int | None:
        pat = re.compile(rf"(^|[\s{{,])\"?{re.escape(key)}\"?\s*=")
        begin = start or 1
        for n in range(begin, self._end(begin)):
            if pat.search(self.lines[n - 1]):
                return n
        return start

    def text(self, needle: str, start: int | None) -> int | None:
        begin = start or 1
        for n in range(begin, len(self.lines) + 1):
            if needle in self.lines[n - 1]:
                return n
        return start


class _Checker:
    def __init__(self, path: Path, text: str, fields: Mapping[str, Mapping[str, str]]) -> None:
        self.file = path.name
        self.loc = _Locator(text)
        self.fields = fields
        self.seen: set[str] = set()

    def fail(self, line: int | None, message: str, field_name: str = "") -> TemplateError:
        return TemplateError(self.file, line, message, field_name=field_name)

    def value(self, kind: str, value: Any, key: str, line: int | None, where: str) -> Any:
        ok = {
            "str": isinstance(value, str),
            "num": isinstance(value, int | float) and not isinstance(value, bool) and value >= 0,
            "int": isinstance(value, int) and not isinstance(value, bool) and value >= 0,
            "bool": isinstance(value, bool),
            "font": value in FONT_ROLES,
            "str|bool": isinstance(value, str | bool),
            "strs": isinstance(value, list) and all(isinstance(v, str) for v in value),
            "nums": isinstance(value, list) and bool(value)
            and all(isinstance(v, int | float) and not isinstance(v, bool) and v > 0 for v in value),
            "nums4": isinstance(value, list) and len(value) == 4
            and all(isinstance(v, int | float) and not isinstance(v, bool) and v >= 0 for v in value),
        }.get(kind)
        if kind.startswith("choice:"):
            choices = kind[7:].split("|")
            if value not in choices:
                raise self.fail(line, f"{where}“{key}”的值“{value}”无效，可选：{'、'.join(choices)}", key)
            return value
        if kind == "font" and not ok:
            raise self.fail(line, f"{where}“{key}”的字体“{value}”无效，可选：{'、'.join(FONT_ROLES)}", key)
        if ok is False:
            raise self.fail(line, f"{where}“{key}”应为{TYPE_NAMES.get(kind, kind)}，实际为“{value}”", key)
        return value

    def table(self, raw: Any, spec: Mapping[str, str], line: int | None, where: str) -> dict[str, Any]:
        if not isinstance(raw, dict):
            raise self.fail(line, f"{where}应写成 {{ 键 = 值, … }} 的形式，实际为“{raw}”")
        for key, value in raw.items():
            if key not in spec:
                raise self.fail(self.loc.key(key, line), f"{where}中有未知的键“{key}”，可用的键：{'、'.join(spec)}", key)
            self.value(spec[key], value, key, self.loc.key(key, line), where)
        return dict(raw)

    def section(self, raw: Mapping[str, Any], spec: Mapping[str, tuple[str, Any]], line: int | None,
                where: str) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key in raw:
            if key not in spec:
                raise self.fail(self.loc.key(key, line), f"{where}中有未知的键“{key}”，可用的键：{'、'.join(spec)}", key)
        for key, (kind, default) in spec.items():
            if key not in raw:
                if default is REQUIRED:
                    raise self.fail(line, f"{where}缺少必填的键“{key}”", key)
                out[key] = default
                continue
            kline = self.loc.key(key, line)
            value = raw[key]
            if kind == "serial":
                value = self.table(value, SERIAL_KEYS, kline, "编号设置 serial")
                if "name" not in value:
                    raise self.fail(kline, "编号设置 serial 缺少“name”（编号序列的名称）", "serial.name")
            elif kind == "cells":
                value = self.cells(value, kline)
            elif kind == "columns":
                value = self.list_of(value, COLUMN_KEYS, kline, "表格列", ("header", "value", "width"))
            elif kind == "areas":
                value = self.list_of(value, AREA_KEYS, kline, "签名盖章区", ("text",))
            elif kind == "pairs":
                if not (isinstance(value, list) and all(
                        isinstance(p, list) and len(p) == 2 and all(isinstance(s, str) for s in p) for p in value)):
                    raise self.fail(kline, f"“{key}”应为 [\"名称\", \"{{字段}}\"] 这样的成对列表", key)
            else:
                self.value(kind, value, key, kline, where)
            out[key] = value
        return out

    def list_of(self, raw: Any, spec: Mapping[str, str], line: int | None, where: str,
                required: tuple[str, ...]) -> list[dict[str, Any]]:
        if not isinstance(raw, list) or not raw:
            raise self.fail(line, f"{where}应为至少一项的列表")
        out = []
        for n, item in enumerate(raw, 1):
            entry = self.table(item, spec, line, f"第 {n} 个{where}")
            for key in required:
                if key not in entry:
                    raise self.fail(line, f"第 {n} 个{where}缺少必填的键“{key}”", key)
            out.append(entry)
        return out

    def cells(self, raw: Any, line: int | None) -> list[list[dict[str, Any]]]:
        if not isinstance(raw, list) or not raw or not all(isinstance(r, list) for r in raw):
            raise self.fail(line, "表格 rows 应为若干行，每行是一个列表，如 [[\"姓名\", \"{member.name}\"]]", "rows")
        rows = []
        for r, row in enumerate(raw, 1):
            cells = []
            for c, cell in enumerate(row, 1):
                where = f"表格第 {r} 行第 {c} 格"
                cells.append({"text": cell} if isinstance(cell, str) else self.table(cell, CELL_KEYS, line, where))
            rows.append(cells)
        return rows

    def refs(self, text: str, line: int | None, allowed: set[str], what: str) -> None:
        for ref in refs_in(text):
            self.seen.add(ref.ns)
            why = problem(ref, self.fields)
            at = self.loc.text("{" + ref_text(ref), line)
            if why:
                raise self.fail(at, why, ref.path)
            if ref.ns not in allowed:
                raise self.fail(at, f"{what}不能使用字段“{ref.path}”（{ref.label()}）：{_scope_hint(ref.ns)}",
                                ref.path)


def ref_text(ref: Ref) -> str:
    return ref.path


def _scope_hint(ns: str) -> str:
    return {
        "member": "会员字段只能用于 source = \"member\" 的表单，或 source = \"members\" 表单的表格列和会员证中",
        "row": "序号字段只能用于表格列",
        "total": "合计字段只能用于 source = \"members\" 的表单",
        "serial": "编号只能用于设置了 serial 的表单",
    }.get(ns, "此处不可用")


def load_template(path: Path, *, extra_fields: Mapping[str, Mapping[str, str]] | None = None) -> Template:
    """Parse and check a template; raises TemplateError naming the file, line and field."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise TemplateError(path.name, None, f"无法读取：{os_reason(exc)}") from exc
    except UnicodeDecodeError:
        raise TemplateError(path.name, None, "文件不是 UTF-8 编码，请用记事本“另存为 UTF-8”后重试") from None
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"\s*\(at line (\d+), column (\d+)\)", str(exc))
        line = int(m.group(1)) if m else None
        why = str(exc).replace(m.group(0), "") if m else str(exc)
        col = f"第 {m.group(2)} 列，" if m else ""
        raise TemplateError(
            path.name, line,
            f"TOML 格式错误（{col}{why}）。常见原因：文字两边缺少英文双引号，用了中文引号“”，或括号不成对",
        ) from None
    fields = {**FIELDS, **(extra_fields or {})}
    ck = _Checker(path, text, fields)
    for key in raw:
        if key not in ("form", "block"):
            raise ck.fail(ck.loc.key(key, None), f"未知的段落“{key}”，模板只能包含 [form] 和 [[block]]", key)
    if not isinstance(raw.get("form"), dict):
        raise ck.fail(None, "缺少 [form] 段落（表单的标题、纸张等设置）", "form")
    form = ck.section(raw["form"], FORM_KEYS, ck.loc.form_line, "[form] 段落")
    blocks_raw = raw.get("block", [])
    if not isinstance(blocks_raw, list) or not blocks_raw:
        raise ck.fail(None, "没有任何内容：至少需要一个 [[block]]", "block")
    blocks = []
    for i, b in enumerate(blocks_raw):
        line = ck.loc.block(i)
        btype = b.get("type")
        if btype not in BLOCK_KEYS:
            raise ck.fail(ck.loc.key("type", line) if btype else line,
                          f"第 {i + 1} 个 [[block]] 的类型“{btype or '（未写）'}”无效，可选：{'、'.join(BLOCK_KEYS)}", "type")
        opts = ck.section(b, {**COMMON, **BLOCK_KEYS[btype]}, line, f"第 {i + 1} 个 [[block]]（{btype}）")
        blocks.append(Block(btype, opts, line or 0))
    tpl = Template(path.stem, path, form, blocks)
    _check_semantics(ck, tpl)
    tpl.namespaces = ck.seen
    return tpl


PER_ROW = frozenset({"member", "row", "total"})  # bound per member, per table row, or to a member list


def _check_semantics(ck: _Checker, tpl: Template) -> None:
    form = tpl.form
    # every namespace of plain values (the house's and each area's, unionbook/areas.py) may be used anywhere
    base = {ns for ns in ck.fields if ns not in PER_ROW} | {"today"}
    if form["serial"]:
        base.add("serial")
    top = set(base)
    if tpl.source == "member":
        top.add("member")
    if tpl.source == "members":
        top.add("total")
    ck.refs(form["title"], ck.loc.form_line, top, "标题")
    for req in form["required"]:
        at = ck.loc.text(f'"{req}"', ck.loc.form_line)
        ck.refs("{" + req + "}", at, top, "required 中")
        tpl.lines[f"required:{req}"] = at or 0
    pn = form["page_numbers"]
    if pn and pn != "gbt9704":
        bad = [m for m in re.findall(r"\{([^{}]*)\}", pn) if m not in ("page", "pages")]
        if bad:
            raise ck.fail(ck.loc.key("page_numbers", ck.loc.form_line),
                          f"页码格式中只能使用 {{page}} 和 {{pages}}，不能使用“{{{bad[0]}}}”", "page_numbers")
    if form["serial"]:
        fmt = form["serial"].setdefault("format", "{n}")
        try:
            fmt.format(year=2026, n=1)
        except (KeyError, ValueError, IndexError) as exc:
            raise ck.fail(ck.loc.key("format", ck.loc.form_line),
                          f"编号格式“{fmt}”无效（{exc}）：只能使用 {{year}} 和 {{n}}，如“〔{{year}}〕{{n}}号”",
                          "serial.format") from None
    for i, b in enumerate(tpl.blocks, 1):
        where = f"第 {i} 个 [[block]]（{b.type}）"
        if b.type in ("title", "text", "cut"):
            ck.refs(b["text"], b.line, top, where)
        elif b.type == "grid":
            ncols = len(b["widths"])
            for r, row in enumerate(b["rows"], 1):
                span = sum(int(c.get("colspan", 1)) for c in row)
                if span > ncols:
                    raise ck.fail(ck.loc.key("rows", b.line), f"{where}第 {r} 行占 {span} 列，超过 widths 给出的 {ncols} 列", "rows")
                for c in row:
                    for key in ("text", "sign"):
                        ck.refs(str(c.get(key, "")), b.line, top, where)
                    if isinstance(c.get("date"), str):
                        ck.refs(c["date"], b.line, top, where)
        elif b.type == "table":
            if b["rows"] == "members" and tpl.source != "members":
                raise ck.fail(ck.loc.key("rows", b.line),
                              f"{where}的 rows = \"members\" 需要在 [form] 中设置 source = \"members\"", "rows")
            scope = top | {"row"} | ({"member"} if b["rows"] == "members" else set())
            for col in b["columns"]:
                ck.refs(col["header"], b.line, top, f"{where}的表头")
                ck.refs(col["value"], b.line, scope, f"{where}的列")
        elif b.type == "signature":
            for a in b["areas"]:
                ck.refs(a["text"], b.line, top, where)
                if isinstance(a.get("date"), str):
                    ck.refs(a["date"], b.line, top, where)
        elif b.type == "cards":
            if tpl.source != "members":
                raise ck.fail(b.line, f"{where}需要在 [form] 中设置 source = \"members\"", "source")
            for text in (b["title"], b["subtitle"], b["footer"], *(s for p in b["fields"] for s in p)):
                ck.refs(text, b.line, top | {"member"}, where)
