"""A 职工之家 scoring sheet: a TOML file (docs/home-sheet-format.md) read, checked and explained in Chinese.

Every mistake names its line: tomllib gives the line of a syntax error; for a key that is wrong in meaning the
line is found by scanning the text (the item's `code = "A1"` line, then the key below it).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from pathlib import Path
from typing import Any

from unionbook import paths
from unionbook.errors import NotFoundError, UnionBookError

# auto item → Chinese label, and whether it needs a `target`
AUTO: dict[str, tuple[str, bool]] = {
    "membership_rate": ("职工入会率", True),
    "migrant_membership_rate": ("农民工入会率", True),
    "election_on_time": ("工会委员会依法选举、按期换届", False),
    "assembly_held": ("本年召开会员（代表）大会", False),
    "women_committee": ("建立女职工委员会", False),
    "funds_retained": ("工会经费留成比例", True),
    "reading_room_volumes": ("职工书屋藏书（册）", True),
    "survey_satisfaction": ("会员评家满意率", True),
}
SHARE_TARGETS = {"membership_rate", "migrant_membership_rate", "funds_retained", "survey_satisfaction"}
SHEET_KEYS = {"name", "title", "source", "grades", "survey_floors", "confidence", "note", "level", "year"}
SECTION_KEYS = {"title", "item", "points", "note"}
ITEM_KEYS = {"code", "title", "points", "mandatory", "pass", "auto", "target", "evidence", "criteria",
             "confidence", "source"}
CONFIDENCE = ("已核实", "待核实")


@dataclass(frozen=True)
class SheetProblem:
    line: int | None
    message: str

    def text(self) -> str:
        return f"第 {self.line} 行：{self.message}" if self.line else self.message


class SheetError(UnionBookError):
    code = "invalid_sheet"

    def __init__(self, origin: str, problems: list[SheetProblem]) -> None:
        self.problems = problems
        super().__init__(f"评分表“{origin}”有 {len(problems)} 处错误：\n" + "\n".join(p.text() for p in problems),
                         details={"problems": [{"line": p.line, "message": p.message} for p in problems]})


@dataclass(frozen=True)
class Grade:
    name: str
    min: Decimal
    survey_floor: Fraction


@dataclass(frozen=True)
class Item:
    code: str
    title: str
    points: Decimal
    section: str
    mandatory: bool = False
    pass_points: Decimal | None = None
    auto: str | None = None
    target: Decimal | None = None
    evidence: str = ""
    criteria: str = ""
    confidence: str = ""

    @property
    def passing(self) -> Decimal:
        return self.points if self.pass_points is None else self.pass_points


@dataclass(frozen=True)
class Sheet:
    name: str
    title: str
    source: str
    grades: tuple[Grade, ...]  # highest first
    sections: tuple[str, ...]
    items: tuple[Item, ...]
    text: str  # the file as read: frozen into an assessment
    confidence: str = ""
    note: str = ""
    origin: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def max_points(self) -> Decimal:
        return sum((i.points for i in self.items), Decimal(0))

    def item(self, code: str) -> Item:
        for i in self.items:
            if i.code == code:
                return i
        raise NotFoundError(f"评分表“{self.title}”中没有编号为“{code}”的项目（有：{'、'.join(i.code for i in self.items)}）")


def _number(value: Any) -> Decimal | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


class _Lines:
    """Finds the line of a key in the text: after a given line, before the next table header."""

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()

    def find(self, pattern: str, start: int = 0, *, stop_at_table: bool = True) -> int | None:
        rx = re.compile(pattern)
        for n in range(start, len(self.lines)):
            line = self.lines[n].strip()
            if n > start and stop_at_table and line.startswith("["):
                return None
            if rx.search(line):
                return n + 1
        return None

    def nth(self, pattern: str, nth: int) -> int | None:
        """The line of the nth (1-based) line matching `pattern`."""
        rx = re.compile(pattern)
        hits = [n + 1 for n, line in enumerate(self.lines) if rx.search(line.strip())]
        return hits[nth - 1] if len(hits) >= nth else None

    def table(self, header: str, index: int = 0) -> int | None:
        """The line of the index-th `[header]` or `[[header]]`."""
        seen = -1
        rx = re.compile(r"^\[\[?\s*" + re.escape(header) + r"\s*\]\]?")
        for n, line in enumerate(self.lines):
            if rx.match(line.strip()):
                seen += 1
                if seen == index:
                    return n + 1
        return None

    def key(self, key: str, after: int | None) -> int | None:
        start = (after - 1) if after else 0
        return self.find(r"^" + re.escape(key) + r"\s*=", start) or after


def parse_sheet(text: str, origin: str = "") -> Sheet:
    """The sheet in `text`; SheetError listing every mistake with its line."""
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"\s*\(at line (\d+), column (\d+)\)", str(exc))
        why = str(exc).replace(m.group(0), "") if m else str(exc)
        raise SheetError(origin, [SheetProblem(
            int(m.group(1)) if m else None,
            f"TOML 格式错误（{f'第 {m.group(2)} 列，' if m else ''}{why}）。常见原因：文字两边缺少英文双引号，"
            "用了中文引号“”或中文逗号，括号不成对")]) from None
    return _Checker(text, origin).check(raw)


class _Checker:
    def __init__(self, text: str, origin: str) -> None:
        self.text, self.origin, self.loc = text, origin, _Lines(text)
        self.problems: list[SheetProblem] = []
        self.code_seen: dict[str, int] = {}

    def bad(self, line: int | None, message: str) -> None:
        self.problems.append(SheetProblem(line, message))

    def check(self, raw: dict[str, Any]) -> Sheet:
        for key in raw:
            if key not in ("sheet", "section"):
                self.bad(self.loc.table(key) or self.loc.key(key, None),
                         f"未知的段落“{key}”：评分表只能有 [sheet] 和 [[section]]（[[section.item]]）")
        head = raw.get("sheet")
        sheet_line = self.loc.table("sheet")
        if not isinstance(head, dict):
            self.bad(None, "缺少 [sheet] 段落（评分表的名称、标题、来源、等级）")
            head = {}
        for key in head:
            if key not in SHEET_KEYS:
                self.bad(self.loc.key(key, sheet_line), f"[sheet] 中未知的键“{key}”（可用：{'、'.join(sorted(SHEET_KEYS))}）")
        name = self.text_key(head, "name", sheet_line, "[sheet]")
        title = self.text_key(head, "title", sheet_line, "[sheet]")
        source = self.text_key(head, "source", sheet_line, "[sheet]")
        confidence = self.confidence(head, sheet_line, "[sheet]")
        grades = self.grades(head, sheet_line)
        sections, items = self.sections(raw.get("section"))
        max_points = sum((i.points for i in items), Decimal(0))
        for g in grades:
            if g.min > max_points and items and not self.problems:
                self.bad(self.loc.key("grades", sheet_line),
                         f"等级“{g.name}”要求 {g.min} 分，超过评分表总分 {max_points} 分")
        if self.problems:
            raise SheetError(self.origin, self.problems)
        return Sheet(name=name, title=title, source=source, grades=tuple(grades), sections=tuple(sections),
                     items=tuple(items), text=self.text, confidence=confidence, note=str(head.get("note", "")),
                     origin=self.origin)

    def text_key(self, table: dict[str, Any], key: str, line: int | None, where: str, *,
                 required: bool = True) -> str:
        value = table.get(key)
        if value is None:
            if required:
                self.bad(line, f"{where} 缺少“{key}”")
            return ""
        if not isinstance(value, str) or not value.strip():
            self.bad(self.loc.key(key, line), f"{where} 的“{key}”应是非空的文字（两边加英文双引号）")
            return ""
        return value.strip()

    def confidence(self, table: dict[str, Any], line: int | None, where: str) -> str:
        value = table.get("confidence", "")
        if value and value not in CONFIDENCE:
            self.bad(self.loc.key("confidence", line), f"{where} 的“confidence”只能是 {' 或 '.join(CONFIDENCE)}")
        return str(value)

    def grades(self, head: dict[str, Any], line: int | None) -> list[Grade]:
        raw, floors = head.get("grades"), head.get("survey_floors")
        at, floors_at = self.loc.key("grades", line), self.loc.key("survey_floors", line)
        if not isinstance(raw, list) or not raw:
            self.bad(at if "grades" in head else line,
                     "[sheet] 缺少“grades”：等级列表，如 grades = [ { name = \"模范\", min = 90 } ]")
            return []
        if not isinstance(floors, dict):
            self.bad(floors_at if "survey_floors" in head else line,
                     "[sheet] 缺少“survey_floors”：各等级要求的会员满意率，如 survey_floors = { \"模范\" = 0.85 }")
            floors = {}
        out: list[Grade] = []
        for n, g in enumerate(raw, 1):
            if not isinstance(g, dict) or not isinstance(g.get("name"), str) or not g["name"].strip():
                self.bad(at, f"grades 的第 {n} 个等级缺少名称（name = \"…\"）")
                continue
            gname = g["name"].strip()
            low = _number(g.get("min"))
            if low is None or low < 0:
                self.bad(at, f"等级“{gname}”的最低分“min”应是不小于 0 的数")
                continue
            if any(o.name == gname for o in out):
                self.bad(at, f"等级“{gname}”重复")
                continue
            floor = floors.get(gname)
            share = _number(floor)
            if share is None or not 0 <= share <= 1:
                self.bad(floors_at, f"survey_floors 缺少等级“{gname}”的满意率，或不是 0 到 1 之间的数（如 0.85 表示 85%）"
                         if share is None else f"等级“{gname}”的满意率 {floor} 不在 0 到 1 之间（0.85 表示 85%）")
                continue
            out.append(Grade(gname, low, Fraction(str(share))))
        for key in floors:
            if not any(g.get("name") == key for g in raw if isinstance(g, dict)):
                self.bad(floors_at, f"survey_floors 中的“{key}”不是 grades 里的等级")
        return sorted(out, key=lambda g: g.min, reverse=True)

    def sections(self, raw: Any) -> tuple[list[str], list[Item]]:
        if not isinstance(raw, list) or not raw:
            self.bad(None, "缺少评分项目：至少要有一个 [[section]]，其下有 [[section.item]]")
            return [], []
        titles: list[str] = []
        items: list[Item] = []
        codes: set[str] = set()
        for n, sec in enumerate(raw):
            line = self.loc.table("section", n)
            for key in sec:
                if key not in SECTION_KEYS:
                    self.bad(self.loc.key(key, line), f"[[section]] 中未知的键“{key}”（可用：{'、'.join(sorted(SECTION_KEYS))}）")
            title = self.text_key(sec, "title", line, f"第 {n + 1} 个 [[section]]")
            titles.append(title)
            sec_items = sec.get("item")
            if not isinstance(sec_items, list) or not sec_items:
                self.bad(line, f"部分“{title}”没有评分项目（[[section.item]]）")
                continue
            first = len(items)
            for it in sec_items:
                item = self.item(it, title, codes)
                if item is not None:
                    items.append(item)
                    codes.add(item.code)
            total = _number(sec.get("points"))
            if "points" in sec and total is not None:
                got = sum((i.points for i in items[first:]), Decimal(0))
                if got != total:
                    self.bad(self.loc.key("points", line),
                             f"部分“{title}”写明 {total} 分，但其下各项合计 {got} 分")
        return titles, items

    def item(self, it: dict[str, Any], section: str, codes: set[str]) -> Item | None:
        code = it.get("code")
        if not isinstance(code, str) or not code.strip():
            line = None
            if isinstance(it.get("title"), str):
                line = self.loc.find(r"^title\s*=\s*" + re.escape(f'"{it["title"]}"'), 0, stop_at_table=False)
            self.bad(line, f"部分“{section}”中有一项缺少编号“code”")
            return None
        code = code.strip()
        nth = self.code_seen[code] = self.code_seen.get(code, 0) + 1
        line = self.loc.nth(r"^code\s*=\s*[\"']" + re.escape(code) + r"[\"']", nth)
        where = f"项目 {code}"
        if code in codes:
            self.bad(line, f"项目编号“{code}”重复")
            return None
        for key in it:
            if key not in ITEM_KEYS:
                self.bad(self.loc.key(key, line), f"{where} 中未知的键“{key}”（可用：{'、'.join(sorted(ITEM_KEYS))}）")
        title = self.text_key(it, "title", line, where)
        points = _number(it.get("points"))
        if points is None or points <= 0:
            self.bad(self.loc.key("points", line), f"{where} 的分值“points”应是大于 0 的数")
            return None
        if points * 10 != int(points * 10):
            self.bad(self.loc.key("points", line), f"{where} 的分值 {points} 最多保留一位小数")
        mandatory = it.get("mandatory", False)
        if not isinstance(mandatory, bool):
            self.bad(self.loc.key("mandatory", line), f"{where} 的“mandatory”只能是 true 或 false（不加引号）")
            mandatory = False
        passing = None
        if "pass" in it:
            passing = _number(it["pass"])
            if passing is None or not 0 <= passing <= points:
                self.bad(self.loc.key("pass", line), f"{where} 的及格分“pass”应在 0 到 {points} 之间")
                passing = None
        auto = it.get("auto")
        target = None
        if auto is not None:
            if auto not in AUTO:
                self.bad(self.loc.key("auto", line),
                         f"{where} 的“auto”值“{auto}”未知（可用：{'、'.join(AUTO)}）")
                auto = None
            else:
                target = _number(it.get("target"))
                if AUTO[auto][1] and target is None:
                    self.bad(self.loc.key("auto", line), f"{where} 按“{AUTO[auto][0]}”自动评分，需要写“target”（达标值）")
                elif target is not None and auto in SHARE_TARGETS and not 0 <= target <= 1:
                    self.bad(self.loc.key("target", line),
                             f"{where} 的“target”是比例，应在 0 到 1 之间（0.95 表示 95%）")
        elif "target" in it:
            self.bad(self.loc.key("target", line), f"{where} 写了“target”，但没有“auto”（target 只用于自动评分项）")
        for key in ("evidence", "criteria"):
            if key in it and not isinstance(it[key], str):
                self.bad(self.loc.key(key, line), f"{where} 的“{key}”应是文字")
        return Item(code=code, title=title, points=points, section=section, mandatory=mandatory,
                    pass_points=passing, auto=auto, target=target, evidence=str(it.get("evidence", "")),
                    criteria=str(it.get("criteria", "")), confidence=self.confidence(it, line, where))


# ---- finding sheets ----

def sheets_dir() -> Path:
    return paths.resources_dir() / "home_sheets"


def user_sheets_dir() -> Path:
    return paths.data_dir() / "home_sheets"


def read_sheet_file(path: Path) -> Sheet:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise NotFoundError(f"找不到评分表文件：{path}") from None
    except OSError as exc:
        raise UnionBookError(f"无法读取评分表文件“{path}”：{exc.strerror}") from exc
    except UnicodeDecodeError:
        raise SheetError(path.name, [SheetProblem(None, "文件不是 UTF-8 编码，请用记事本“另存为 UTF-8”后重试")]) from None
    return parse_sheet(text, path.name)


def check_file(path: Path) -> list[SheetProblem]:
    """Every mistake in the file (empty when it is a good sheet)."""
    try:
        read_sheet_file(path)
    except SheetError as exc:
        return exc.problems
    return []


def available_sheets() -> list[Sheet]:
    """The shipped sheets and the user's own (in the data folder's home_sheets/), by name; a user's sheet of the
    same name replaces the shipped one."""
    found: dict[str, Sheet] = {}
    for folder in (sheets_dir(), user_sheets_dir()):
        if folder.is_dir():
            for path in sorted(folder.glob("*.toml")):
                sheet = read_sheet_file(path)
                found[sheet.name] = sheet
    return sorted(found.values(), key=lambda s: s.name)


def find_sheet(name_or_file: str) -> Sheet:
    """A sheet by its name, or read from a file path."""
    path = Path(name_or_file)
    if path.suffix.lower() == ".toml" or path.exists():
        return read_sheet_file(path)
    for sheet in available_sheets():
        if sheet.name == name_or_file:
            return sheet
    names = "、".join(s.name for s in available_sheets())
    raise NotFoundError(f"没有名为“{name_or_file}”的评分表（可用：{names}；也可以给出 .toml 文件的路径）")
