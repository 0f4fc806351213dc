"""`members import|import-undo|import-history|export`: rosters in from Excel/CSV, out to Excel.

`members import` prints, with --json, exactly {"inserted", "updated", "unchanged", "batch_id", "errors",
"warnings"} (README). With errors and without --skip-errors nothing is written, the exit status is 1 and the
report goes to stderr as an error object (`"error": "invalid"`, `"message"`, then the same keys), as every
refusal does; --dry-run reports on stdout and writes nothing either way.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from unionbook.cli import EXIT_REFUSED, Context, Output
from unionbook.cli.column_map import column_map
from unionbook.cli.jsonout import dumps, to_data
from unionbook.domain.fields import MEMBER
from unionbook.domain.member import GROUPS, Status
from unionbook.services.members.roster_sql import FLAGS, SORT_SQL

SHOWN_PROBLEMS = 200


def register(sub: Any) -> None:
    from unionbook.cli import members

    msub = members.MEMBERS_SUBPARSERS
    if msub is None:  # pragma: no cover - the area registry lists cli.members first
        raise RuntimeError("unionbook.cli.members must be registered before unionbook.cli.imports")

    p = msub.add_parser("import", help="从 Excel/CSV 导入会员（先检查；有错误时不写入，除非 --skip-errors）")
    p.add_argument("file", type=Path, help="Excel 文件（.xlsx/.xls）或 CSV 文件")
    p.add_argument("--sheet", help="工作表名称（默认第一个）")
    p.add_argument("--dry-run", action="store_true", help="只检查并报告，不写入")
    p.add_argument("--skip-errors", action="store_true", help="跳过有错误的行，导入其余各行")
    p.add_argument("--mapping", help="使用已保存的列对应方案")
    p.add_argument("--map", action="append", default=[], metavar="表头=字段",
                   help="指定某列对应的字段，如 联系方式=phone；字段留空表示不导入该列。可重复")
    p.add_argument("--save-mapping", metavar="名称", help="把本次使用的列对应保存为方案")
    p.add_argument("--encoding", choices=("gb18030", "utf-8", "auto-lines"),
                   help="CSV 混用两种文字编码时按哪种读取：整个文件按 gb18030 或 utf-8，或 auto-lines（逐行自动，"
                        "每一行按它有效的编码读取）。不指定时自动识别，混用则拒绝并列出两种读法")
    p.set_defaults(func=cmd_import)

    p = msub.add_parser("import-undo", help="撤销一次导入（恢复导入前的状态）")
    p.add_argument("batch_id", help="导入批次号（见 import-history）")
    p.set_defaults(func=cmd_import_undo)

    p = msub.add_parser("import-history", help="导入记录")
    p.set_defaults(func=cmd_import_history)

    p = msub.add_parser("export", help="把会员名册导出为 Excel（.xlsx）")
    p.add_argument("file", type=Path, help="导出到的 .xlsx 文件")
    p.add_argument("--status", action="append", choices=[s.value for s in Status], help="状态，可重复")
    p.add_argument("--search", default="", help="与名册查找框相同：姓名、拼音首字母、身份证号、电话、会员证号")
    p.add_argument("--flag", action="append", choices=list(FLAGS), help="筛选：" + "、".join(
        f"{k}={v}" for k, v in FLAGS.items()))
    p.add_argument("--group", choices=list(GROUPS), help=MEMBER.label_of("group") + "中的一类")
    p.add_argument("--sort", choices=list(SORT_SQL), default="name")
    p.add_argument("--mask-ids", action="store_true",
                   help="身份证号只显示前6位和后4位（外传时用；这样的文件不能再导入）")
    p.set_defaults(func=cmd_export)


def _problem_lines(problems: list[Any]) -> list[str]:
    lines = [f"  {'错误' if p.severity == 'error' else '提示'}  {p.text()}" for p in problems[:SHOWN_PROBLEMS]]
    if len(problems) > SHOWN_PROBLEMS:
        lines.append(f"  ……另有 {len(problems) - SHOWN_PROBLEMS} 条（用 --json 查看全部）")
    return lines


def cmd_import(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.jobs import collector_paused

    # the whole command, not only preview and commit: between them, and while the report is made, the
    # collector would walk the plan's two million live objects again and again (0.4 s for 50,000 rows)
    with collector_paused():
        return _import(ctx, args)


def _import(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.exchange import guard_ahead

    # the sheet's check (0.7 s for 50,000 rows) runs on the other core while this process imports its modules,
    # opens the database and reads the workbook's directory; the reader then takes its verdict
    ahead = guard_ahead.start(args.file, args.sheet)
    from unionbook.services.imports import flow as imports

    if ahead:  # time to fill until the verdict comes: load the pinyin dictionaries the plan needs now
        from unionbook.domain.pinyin import preload

        preload()
    from unionbook.services.imports.flow import MixedEncodingError

    def progress(done: int, total: int) -> None:
        if total >= 5000 and done % 5000 < 1000:
            ctx.info(f"已处理 {done}/{total} 行")

    early = _EarlyReport()
    result = None
    with ctx.database() as db:
        mapping = dict(imports.load_mapping(db, args.mapping)) if args.mapping else {}
        mapping.update(column_map(args.map, imports.FIELD_CHOICES))
        try:
            plan = imports.preview(db, args.file, args.sheet, mapping or None, progress=progress,
                                   encoding=args.encoding)
        except MixedEncodingError as exc:  # the choice is the user's: say how to make it here
            raise MixedEncodingError(exc.message + "命令行：加 " + " 或 ".join(
                f"--encoding {c}" for c in exc.details["choices"]) + " 重新导入。", details=exc.details) from None
        if args.save_mapping:
            imports.save_mapping(db, args.save_mapping, plan.mapping)
        refused = bool(plan.error_rows) and not args.skip_errors
        if args.dry_run or refused:
            data = to_data(plan)
            if refused:
                data["inserted"] = data["updated"] = data["unchanged"] = 0
        else:
            result = imports.commit(db, plan, skip_errors=args.skip_errors, progress=progress,
                                    alongside=early.render if ctx.json else None)
            data = result
    where = f"“{plan.file_name}”" + (f"工作表“{plan.sheet}”" if plan.sheet else "")
    head = (f"{where}：表头在第{plan.header_row}行，读到 {plan.rows_read} 行；"
            f"新增 {len(plan.new)}，更新 {len(plan.updates)}，未变 {len(plan.unchanged_rows)}，"
            f"有错误 {len(plan.error_rows)} 行，提示 {len(plan.warnings)} 条。")
    if refused:
        tail = "有错误，未导入任何数据。请修正后重新导入，或加 --skip-errors 只导入没有错误的行。"
    elif args.dry_run:
        tail = "（试运行，未写入）"
    elif result is not None and result.batch_id:
        tail = (f"已导入：新增 {result.inserted} 名，更新 {result.updated} 名（批次 {result.batch_id}；"
                f"可用 unionbook members import-undo {result.batch_id} 撤销）。")
    else:
        tail = "没有需要写入的变化。"
    text = "\n".join([head, *_problem_lines(plan.errors + plan.warnings), tail])
    if refused:  # a refusal like any other (stderr, README "Errors"), carrying the report
        return Output({"error": "invalid", "message": f"{where}{tail}", **data}, text, EXIT_REFUSED)
    return Output(data, text, rendered=early.finish(result))


class _EarlyReport:
    """The JSON report of a commit written while SQLite indexes the new members (batches.commit's `alongside`,
    on another thread: 7,000 warnings take 0.1 s to write), its batch_id filled in once the batch is written.
    Any doubt (not written, another shape), and the report is written afterwards as usual."""

    def __init__(self) -> None:
        self.text: str | None = None

    def render(self, result: Any) -> None:
        try:
            self.text = dumps(result, indent=1)
        except Exception:  # written afterwards as usual, which says what is wrong
            self.text = None

    def finish(self, result: Any) -> str | None:
        if self.text is None or result is None or result.batch_id is None:
            return None
        # the counts come first (README): the batch id is the fourth key, written null before it was known
        head = f'{{\n "inserted": {result.inserted},\n "updated": {result.updated},\n "unchanged": {result.unchanged},\n "batch_id": '
        if not self.text.startswith(head + "null,\n"):
            return None
        return head + json.dumps(result.batch_id, ensure_ascii=False) + self.text[len(head) + 4:]


def cmd_import_undo(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.imports.flow import undo

    with ctx.database() as db:
        result = undo(db, args.batch_id)
    if result.summary:  # another kind of import (a delivery list) says what it took back
        return Output(result, f"已撤销导入批次 {result.batch_id}：{result.summary}。")
    return Output(result, f"已撤销导入批次 {result.batch_id}：删除新增的 {result.removed} 名会员，"
                                    f"恢复 {result.restored} 名会员的原有信息。")


def cmd_import_history(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.imports.flow import list_batches

    with ctx.database() as db:
        batches = list_batches(db)
    lines = [f"共 {len(batches)} 次导入" if batches else "还没有导入记录。"]
    for b in batches:
        state = f"已于 {b.undone_at:%Y-%m-%d %H:%M} 撤销" if b.undone_at else "有效"
        lines.append(f"  批次 {b.batch_id:>4}  {b.created_at:%Y-%m-%d %H:%M}  {b.file_name}  新增 {b.inserted}  "
                     f"更新 {b.updated}  未变 {b.unchanged}  跳过 {b.skipped}  {state}")
    return Output({"batches": batches}, "\n".join(lines))


def cmd_export(ctx: Context, args: argparse.Namespace) -> Output:
    # the light read path (store/reader.py): sqlite3 without SQLAlchemy, no writer lock (it runs beside an open
    # window); the file takes its place only once SQLite's quick_check found the database whole
    from unionbook.services.members.exports import export_roster
    from unionbook.services.members.roster_sql import RosterQuery

    query = RosterQuery(search=args.search, statuses=tuple(Status(s) for s in args.status or ()),
                        flags=tuple(args.flag or ()), group=args.group or "", sort=args.sort)

    def progress(done: int, total: int) -> None:
        if done % 10000 == 0 and done < total:
            ctx.info(f"已写入 {done}/{total} 行")

    with ctx.database(light=True) as db:
        result = export_roster(db, args.file, query, mask_ids=args.mask_ids, progress=progress,
                               before_commit=lambda: ctx.whole_before_writing(db))
    note = "身份证号已部分隐藏" if result.masked_ids else "含完整身份证号，请妥善保管"
    return Output(result, f"已导出 {result.rows} 名会员到：{result.path}（{note}）")
