"""Rendering a checked template with its data to a PDF file: page geometry, page numbers, progress, cancel.

The file appears only when it is complete: pages are written to "<name>.part" and renamed at the end, so a
cancelled or failed run leaves nothing half written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from unionbook.documents.blocks import Builder, Layout
from unionbook.documents.fields import Ref, format_value, lookup, member_scope, parse_ref, totals
from unionbook.documents.flowables import Tick
from unionbook.documents.fonts import chain
from unionbook.documents.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    LayoutError,
    PageBreak,
    PageTemplate,
)
from unionbook.documents.template import PAGE_SIZES_MM, Template, TemplateError
from unionbook.errors import UnionBookError, os_reason
from unionbook.jobs import Progress
from unionbook.partfiles import commit_part, drop_part, new_part

# GB/T 9704-2012: A4, margins top 37 mm, right 26, bottom 35, left 28; 28 characters × 22 lines.
GBT9704_MARGINS = (37.0, 26.0, 35.0, 28.0)
GBT9704_CHARS, GBT9704_LINES = 28, 22
FORM_MARGINS = (18.0, 18.0, 18.0, 18.0)


class MissingValueError(TemplateError):
    code = "missing_value"


@dataclass
class FormData:
    """Everything a form can bind: plain values, no database objects (the services layer builds this)."""

    union: Mapping[str, Any]
    members: Sequence[Mapping[str, Any]] = ()
    values: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)  # meeting, election, transfer, doc
    today: dt.date = field(default_factory=dt.date.today)
    serials: Sequence[str] = ()  # one per copy, for forms with a number sequence
    per_copy: Sequence[Mapping[str, Mapping[str, Any]]] = ()  # values that differ by copy (a member's transfer)


@dataclass
class RenderResult:
    path: Path
    pages: int
    copies: int


def copies_of(tpl: Template, data: FormData) -> list[Mapping[str, Any] | None]:
    """One entry per copy: a member for per-member forms (None: a blank copy), else a single None."""
    if tpl.source == "member":
        if data.members:
            return list(data.members)
        if tpl.form["allow_blank"]:
            return [None]
        raise UnionBookError(f"表单“{tpl.title}”需要选择至少一名会员（模板 {tpl.path.name}）。")
    return [None]


def base_scope(tpl: Template, data: FormData, copy: int = 0) -> dict[str, Any]:
    scope: dict[str, Any] = {ns: dict(v) for ns, v in data.values.items()}
    if copy < len(data.per_copy):
        for ns, values in data.per_copy[copy].items():
            scope[ns] = {**scope.get(ns, {}), **{k: v for k, v in values.items() if v not in (None, "")}}
    for ns in ("meeting", "election", "transfer", "doc"):
        scope.setdefault(ns, {})
    scope["union"] = data.union
    scope["today"] = data.today
    if tpl.source == "members":
        scope["total"] = totals(list(data.members))
    return scope


def check_data(tpl: Template, data: FormData) -> None:
    """Required values present in every copy — refused before a page is drawn."""
    copies = copies_of(tpl, data)
    if tpl.form["serial"] and len(data.serials) < len(copies):
        raise UnionBookError(f"表单“{tpl.title}”需要编号，但只提供了 {len(data.serials)} 个编号（共 {len(copies)} 份）。")
    for req in tpl.form["required"]:
        ref: Ref = parse_ref(req)
        line = tpl.lines.get(f"required:{req}") or None
        for n, member in enumerate(copies):
            if ref.ns == "member":
                if member is None:
                    continue  # a blank copy is filled in by hand
                value = lookup({"member": member}, ref)
            else:
                value = lookup(base_scope(tpl, data, n), ref)
            if not format_value(value).strip():
                who = f"会员“{member.get('name', '')}”的" if member else ""
                raise MissingValueError(
                    tpl.path.name, line,
                    f"表单“{tpl.title}”缺少必填内容：{who}{ref.label()}（{ref.path}）。"
                    + ("可用 --set " + ref.path + "=… 提供。" if ref.ns not in ("member", "union") else ""),
                    field_name=ref.path,
                )


def layout_for(tpl: Template) -> Layout:
    f = tpl.form
    w, h = PAGE_SIZES_MM[f["page"]]
    if f["orientation"] == "landscape":
        w, h = h, w
    document = f["layout"] == "document"
    margins = tuple(f["margins"] or (GBT9704_MARGINS if document else FORM_MARGINS))
    body = chain(f["font"] or ("fangsong" if document else "song"))
    size = f["font_size"] or (16.0 if document else 10.5)
    lay = Layout((w * mm, h * mm), tuple(m * mm for m in margins), document, body, size)
    if document:
        lay.pitch = lay.frame_width / GBT9704_CHARS * (size / 16.0)
        lay.leading = lay.frame_height / GBT9704_LINES * (size / 16.0)
    return lay


def _page_number_painter(tpl: Template, lay: Layout) -> Callable[[Canvas, int, int], None] | None:
    fmt = tpl.form["page_numbers"]
    if fmt is None:
        fmt = "gbt9704" if lay.document else ""
    if not fmt:
        return None
    song = chain("song")

    def paint(c: Canvas, page: int, pages: int) -> None:
        if fmt == "gbt9704":
            # "— 1 —" in 4号 (14 pt), 7 mm under the text block; odd pages right, even pages left, one char in
            text, size = f"— {page} —", 14.0
            width = song.width(text, size)
            y = lay.margins[2] - 7 * mm - 0.36 * size
            if page % 2:
                x = lay.page[0] - lay.margins[1] - size - width
            else:
                x = lay.margins[3] + size
        else:
            text, size = fmt.replace("{page}", str(page)).replace("{pages}", str(pages)), 9.0
            width = song.width(text, size)
            x = (lay.page[0] - width) / 2
            y = lay.margins[2] / 2 - 0.36 * size
        tx = c.beginText()
        tx.setTextOrigin(x, y)
        for name, seg in song.runs(text):
            tx.setFont(name, size)
            tx.textOut(seg)
        c.drawText(tx)

    return paint


def _canvas_maker(paint: Callable[[Canvas, int, int], None] | None, written: list[int], font: str) -> type[Canvas]:
    class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type stubs: Canvas is Any
        """Holds pages back until the end, when the total ("共 m 页") is known (ReportLab's own recipe)."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["initialFontName"] = font  # else every page names Helvetica, a font that is not embedded
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held)
            for state in self._held:
                self.__dict__.update(state)
                if paint:
                    paint(self, self._pageNumber, total)
                Canvas.showPage(self)
            written.append(total)
            Canvas.save(self)

    return NumberedCanvas


class _Hooks:
    def __init__(self, total: int, progress: Progress | None) -> None:
        self.total = max(total, 1)
        self.done = 0
        self.progress = progress

    def units(self, n: int) -> None:
        self.done += n
        self.check()

    def check(self) -> None:
        """Report how far the job got; raises `Cancelled` when it should stop."""
        if self.progress:
            self.progress(min(self.done, self.total), self.total)


def build_story(tpl: Template, data: FormData, lay: Layout, hooks: _Hooks) -> tuple[list[Flowable], int]:
    copies = copies_of(tpl, data)
    builder = Builder(tpl, lay, tpl.whole_id, hooks.units)
    story: list[Flowable] = []
    for i, member in enumerate(copies):
        if i:
            story.append(PageBreak())
        local = base_scope(tpl, data, i)
        if tpl.form["serial"]:
            local["serial"] = data.serials[i]
        if tpl.source == "member":
            local["member"] = member_scope(member, whole_id=tpl.whole_id, today=data.today)
        story.extend(builder.blocks(local, data.members if tpl.source == "members" else ()))
        if tpl.source != "members":
            story.append(Tick(hooks.units))
            hooks.check()  # building a thousand letters takes a while too: a chance to cancel per copy
    return story, len(copies)


def render(tpl: Template, data: FormData, out: Path, *, progress: Progress | None = None) -> RenderResult:
    """Check the data, lay out and write the PDF. Raises before drawing if anything required is missing."""
    check_data(tpl, data)
    lay = layout_for(tpl)
    total = len(data.members) if tpl.source == "members" else len(copies_of(tpl, data))
    hooks = _Hooks(total, progress)
    story, copies = build_story(tpl, data, lay, hooks)
    out = Path(out)
    tmp = _new_part(out)
    top, right, bottom, left = lay.margins
    frame = Frame(left, bottom, lay.frame_width, lay.frame_height, leftPadding=0, rightPadding=0, topPadding=0,
                  bottomPadding=0, id="body")
    doc = BaseDocTemplate(
        str(tmp), pagesize=lay.page, title=tpl.title, author=str(data.union.get("name", "")),
        creator="UnionBook 工会台账", subject=tpl.form["description"] or tpl.title,
        leftMargin=left, rightMargin=right, topMargin=top, bottomMargin=bottom,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    written: list[int] = []
    maker = _canvas_maker(_page_number_painter(tpl, lay), written, lay.body.primary)
    try:
        doc.build(story, canvasmaker=maker)
        commit_part(tmp, out)
    except LayoutError as exc:
        _discard(tmp)
        raise UnionBookError(
            f"表单“{tpl.title}”（{tpl.path.name}）有一部分比一页还高，无法排版。常见原因：某格文字太多（如很长的备注），"
            f"或模板中的高度设得太大。（{exc}）"[:400]) from None
    except PermissionError as exc:
        _discard(tmp)
        raise UnionBookError(f"无法写入“{out}”：{os_reason(exc)}。文件可能正被其他程序（如PDF阅读器）打开，请关闭后重试。") from exc
    except OSError as exc:
        _discard(tmp)
        raise UnionBookError(f"无法写入“{out}”：{os_reason(exc)}") from exc
    except BaseException:
        _discard(tmp)
        raise
    return RenderResult(out, written[-1] if written else 0, copies)


def _new_part(out: Path) -> Path:
    """The recorded part file the PDF is drawn into (swept after a crash, see unionbook/partfiles.py)."""
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        return new_part(out)
    except OSError as exc:
        raise UnionBookError(f"无法写入“{out}”：{os_reason(exc)}") from exc


def _discard(path: Path) -> None:
    drop_part(path)
