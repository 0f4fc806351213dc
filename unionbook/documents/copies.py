"""Numbered copies of a list form: the same list printed once per serial number, each copy from a new page.

The engine prints a `source = "members"` form once (one list) and a `source = "member"` form once per
member. Numbered ballots need the other combination — one copy per voter, each listing every candidate and
carrying its own serial — and so do tally sheets, one per ballot box. This module builds that story from the
engine's own parts (layout, blocks, page numbers) and leaves the engine untouched.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from unionbook.documents.blocks import Builder
from unionbook.documents.platypus import BaseDocTemplate, Frame, PageBreak, PageTemplate
from unionbook.documents.renderer import (
    FormData,
    RenderResult,
    _canvas_maker,
    _discard,
    _new_part,
    _page_number_painter,
    base_scope,
    check_data,
    layout_for,
)
from unionbook.documents.template import Block, Template
from unionbook.errors import UnionBookError, os_reason
from unionbook.jobs import Progress
from unionbook.partfiles import commit_part


def with_blank_rows(tpl: Template, rows: int) -> Template:
    """The template with its member tables ending in `rows` blank lines (write-in lines on a ballot)."""
    blocks = [Block(b.type, {**b.opts, "blank_rows": rows}, b.line) if b.type == "table" and b["rows"] == "members"
              else b for b in tpl.blocks]
    return replace(tpl, blocks=blocks)


def render_copies(tpl: Template, data: FormData, out: Path, serials: Sequence[str], *,
                  per_copy: Sequence[dict[str, dict[str, object]]] = (), progress: Progress | None = None) -> RenderResult:
    """Render `tpl` (a list form) once per serial, `{serial}` filled in each copy; `per_copy[i]` adds values
    that differ by copy (a ballot box's name on its tally sheet). Written whole or not at all."""
    if tpl.source != "members":
        raise UnionBookError(f"表单“{tpl.title}”不是名单类表单（source = \"members\"），不能按编号印制多份")
    if not serials:
        raise UnionBookError(f"表单“{tpl.title}”至少要印制一份")
    data = replace(data, serials=list(serials), per_copy=list(per_copy))
    check_data(tpl, data)
    lay = layout_for(tpl)
    total = len(serials)
    done = 0
    builder = Builder(tpl, lay, tpl.whole_id, lambda _n: None)
    story = []
    for i, serial in enumerate(serials):
        if i:
            story.append(PageBreak())
        scope = base_scope(tpl, data, i)
        scope["serial"] = serial
        story.extend(builder.blocks(scope, data.members))
        done += 1
        if progress:
            progress(done, total)
    out = Path(out)
    tmp = _new_part(out)
    top, right, bottom, left = lay.margins
    frame = Frame(left, bottom, lay.frame_width, lay.frame_height, leftPadding=0, rightPadding=0, topPadding=0,
                  bottomPadding=0, id="body")
    doc = BaseDocTemplate(str(tmp), pagesize=lay.page, title=tpl.title, author=str(data.union.get("name", "")),
                          creator="UnionBook 工会台账", subject=tpl.form["description"] or tpl.title,
                          leftMargin=left, rightMargin=right, topMargin=top, bottomMargin=bottom)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    written: list[int] = []
    try:
        doc.build(story, canvasmaker=_canvas_maker(_page_number_painter(tpl, lay), written, lay.body.primary))
        commit_part(tmp, out)
    except OSError as exc:
        _discard(tmp)
        raise UnionBookError(f"无法写入“{out}”：{os_reason(exc)}。文件可能正被其他程序（如PDF阅读器）打开，请关闭后重试。") from exc
    except BaseException:
        _discard(tmp)
        raise
    return RenderResult(out, written[-1] if written else 0, len(serials))


_SCALED_OPTS = ("size", "row_height", "header_size", "space_before", "space_after")


def scaled(tpl: Template, factor: float) -> Template:
    """The template with its type sizes, row heights and spacing multiplied by `factor`."""
    blocks = []
    for b in tpl.blocks:
        opts = dict(b.opts)
        for key in _SCALED_OPTS:
            if isinstance(opts.get(key), int | float) and not isinstance(opts.get(key), bool) and opts[key]:
                opts[key] = round(opts[key] * factor, 2)
        if b.type in ("table", "text") and not opts.get("size"):
            opts["size"] = round(float(tpl.form["font_size"]) * factor, 2)
        blocks.append(Block(b.type, opts, b.line))
    return replace(tpl, blocks=blocks)


def shrink_to_fit(tpl: Template, data: FormData, serial: str, *, floor: float = 0.55) -> Template:
    """The template, shrunk in small steps until one copy fits on one page (a ballot that runs onto a
    second sheet holding only its last line doubles the paper and confuses the count). A template whose
    copy already fits comes back unchanged; below `floor` it stops shrinking (legibility wins)."""
    import tempfile

    factor = 1.0
    candidate = tpl
    with tempfile.TemporaryDirectory(prefix="unionbook-fit-") as folder:
        probe = Path(folder) / "probe.pdf"
        while True:
            if render_copies(candidate, data, probe, [serial]).pages <= 1 or factor <= floor:
                return candidate
            factor = round(factor - 0.05, 2)
            candidate = scaled(tpl, factor)
