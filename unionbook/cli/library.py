"""`library add|import|import-undo|lend|return|renew|overdue|stocktake|write-off|stats|labels|settings`:
the reading room (职工书屋). JSON keys are documented in README.md."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from unionbook.cli import EXIT_REFUSED, Context, Output
from unionbook.cli.column_map import column_map
from unionbook.cli.core import _date
from unionbook.errors import UnionBookError, ValidationError


def register(sub: Any) -> None:
    lib = sub.add_parser("library", help="职工书屋：图书登记、借还、逾期、盘点、注销、统计、条码标签")
    ls = lib.add_subparsers(dest="library_command", metavar="SUBCOMMAND", required=True)

    p = ls.add_parser("add", help="登记图书（同一 ISBN 已登记时只增加复本）")
    p.add_argument("--isbn", default="", help="ISBN（10 位或 13 位；无 ISBN 的资料可不填）")
    p.add_argument("--title", required=True, help="书名")
    p.add_argument("--author", default="", help="作者")
    p.add_argument("--publisher", default="", help="出版社")
    p.add_argument("--year", type=int, help="出版年")
    p.add_argument("--class", dest="clc", default="", help="中图法基本大类 A–Z")
    p.add_argument("--copies", type=int, default=1, help="册数（默认 1）")
    p.add_argument("--source", default="自购", help="来源：配送、自购、捐赠")
    p.add_argument("--donor", default="", help="捐赠人（来源为捐赠时必填）")
    p.add_argument("--price", default="", help="定价（元），如 39.80")
    p.set_defaults(func=cmd_add)

    p = ls.add_parser("import", help="导入上级配送书目（Excel/CSV）；已登记的书增加复本")
    p.add_argument("file", type=Path)
    p.add_argument("--sheet", help="工作表名")
    p.add_argument("--map", action="append", default=[], metavar="表头=字段",
                   help="指定某列对应的字段（isbn、title、author、publisher、year、clc、price、copies）；"
                        "字段留空（或 ignore）表示不导入该列。可重复")
    p.add_argument("--dry-run", action="store_true", help="只预览，不写入")
    p.add_argument("--skip-errors", action="store_true", help="跳过有错误的行，导入其余行")
    p.add_argument("--encoding", choices=("gb18030", "utf-8", "auto-lines"),
                   help="CSV 混用两种文字编码时按哪种读取（同 members import --encoding）")
    p.set_defaults(func=cmd_import)

    p = ls.add_parser("import-undo", help="撤销一次书目导入")
    p.add_argument("batch_id")
    p.set_defaults(func=cmd_import_undo)

    p = ls.add_parser("lend", help="借书：扫条码，会员编号、会员证号或身份证号")
    p.add_argument("barcode")
    p.add_argument("member")
    p.add_argument("--date", type=_date, help="借出日期（默认今天）")
    p.set_defaults(func=cmd_lend)

    p = ls.add_parser("return", help="还书：扫条码")
    p.add_argument("barcode")
    p.add_argument("--date", type=_date, help="归还日期（默认今天）")
    p.set_defaults(func=cmd_return)

    p = ls.add_parser("renew", help="续借（按设置可续借一次）")
    p.add_argument("barcode")
    p.add_argument("--date", type=_date)
    p.set_defaults(func=cmd_renew)

    p = ls.add_parser("overdue", help="逾期未还的图书；--out 输出催还单 PDF")
    p.add_argument("--as-of", type=_date, help="截至日期（默认今天）")
    p.add_argument("--out", type=Path, help="催还单 PDF")
    p.set_defaults(func=cmd_overdue)

    p = ls.add_parser("stocktake", help="盘点：start 开始，scan 扫码（可多次、任意顺序），finish 结束并给出结果")
    p.add_argument("action", choices=["start", "scan", "finish"])
    p.add_argument("barcodes", nargs="*")
    p.set_defaults(func=cmd_stocktake)

    p = ls.add_parser("write-off", help="注销一册图书（保留历史，不再计入藏书量）")
    p.add_argument("barcode")
    p.add_argument("--reason", required=True, help="丢失、破损、剔旧（lost/damaged/withdrawn）")
    p.add_argument("--note", default="")
    p.set_defaults(func=cmd_write_off)

    p = ls.add_parser("stats", help="书屋统计：种数、册数、借阅、读者、达标情况")
    p.add_argument("--year", type=int)
    p.add_argument("--level", help="按哪一级标准衡量（national、city_example；默认按设置）")
    p.set_defaults(func=cmd_stats)

    p = ls.add_parser("labels", help="打印条码标签（A4，每页 24 张）")
    p.add_argument("--out", type=Path, required=True, help="输出的 PDF 文件")
    g = p.add_mutually_exclusive_group(required=True)
    g.add_argument("--barcode", nargs="+", help="指定条码")
    g.add_argument("--new", action="store_true", help="上次打印后新登记的图书")
    g.add_argument("--all", action="store_true", help="全部在册图书")
    p.set_defaults(func=cmd_labels)

    p = ls.add_parser("activity", help="登记读书活动（读书会、征文、讲座等）；不带参数时列出")
    p.add_argument("--date", type=_date, help="日期 YYYY-MM-DD")
    p.add_argument("--title", help="活动名称")
    p.add_argument("--kind", default="", help="类型，如 读书会、征文、讲座")
    p.add_argument("--attendance", type=int, default=0, help="参加人数")
    p.set_defaults(func=cmd_activity)

    p = ls.add_parser("settings", help="借阅设置（loan_days、max_loans、renewals、kept_may_borrow、refuse_overdue、"
                                       "standard_level）"
                                       "和书屋设置（面积、管理员、开放时间、期刊、数字阅读平台、借阅制度）")
    p.add_argument("name", nargs="?")
    p.add_argument("value", nargs="?")
    p.add_argument("--area", metavar="M2", help="面积（整数平方米）；空字符串表示清除")
    p.add_argument("--staff", metavar="NAME", help="管理员姓名，多人用顿号分隔")
    p.add_argument("--hours", metavar="TEXT", help="开放时间，如 “周一至周五 12:00–13:30”")
    p.add_argument("--periodicals", metavar="N", help="订阅期刊种数")
    p.add_argument("--platform", metavar="NAME", help="数字阅读平台名称（如 电子职工书屋）")
    g = p.add_mutually_exclusive_group()
    g.add_argument("--rules", metavar="TEXT", help="借阅制度全文")
    g.add_argument("--rules-file", type=Path, metavar="FILE", help="借阅制度全文所在的文本文件（UTF-8）")
    p.set_defaults(func=cmd_settings)


def _pdf(path: Path) -> None:
    if path.suffix.lower() != ".pdf":
        raise UnionBookError(f"输出文件应以 .pdf 结尾：{path}")


def cmd_add(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.domain.library import parse_source
    from unionbook.services.library.catalogue import TitleDraft, add_title

    draft = TitleDraft(isbn=args.isbn, title=args.title, author=args.author, publisher=args.publisher,
                       year=args.year, clc=args.clc, price=args.price, source=parse_source(args.source),
                       donor=args.donor, copies=args.copies)
    with ctx.database() as db:
        r = add_title(db, draft)
    data = {"title_id": r.title_id, "isbn": r.isbn or None, "new_title": r.new_title,
            "copies": [{"barcode": c.barcode, "accession": c.accession} for c in r.copies]}
    what = "已登记" if r.new_title else "已增加复本"
    return Output(data, f"{what}《{r.title}》{len(r.copies)} 册：{r.copies[0].barcode}–{r.copies[-1].barcode}")


def cmd_import(ctx: Context, args: argparse.Namespace) -> Output:
    """The delivery list through the import machinery; JSON as `members import` (README), plus `copies`."""
    from unionbook.cli.jsonout import to_data
    from unionbook.exchange.reader import MixedEncodingError
    from unionbook.services.library import imports

    def progress(done: int, total: int) -> None:
        if total >= 5000 and done % 5000 < 500:
            ctx.info(f"已处理 {done}/{total} 行")

    with ctx.database() as db:
        try:
            plan = imports.preview(db, args.file, args.sheet, column_map(args.map, imports.FIELD_CHOICES) or None,
                                   progress=progress, encoding=args.encoding)
        except MixedEncodingError as exc:  # the choice is the user's: say how to make it here
            raise MixedEncodingError(exc.message + "命令行：加 " + " 或 ".join(
                f"--encoding {c}" for c in exc.details["choices"]) + " 重新导入。", details=exc.details) from None
        refused = bool(plan.error_rows) and not args.skip_errors
        result = None
        if not (args.dry_run or refused):
            result = imports.commit(db, plan, skip_errors=args.skip_errors, progress=progress)
    c = plan.counts()
    data: dict[str, Any] = {"inserted": 0 if refused else c["new"], "updated": 0 if refused else c["updated"],
                            "unchanged": 0, "batch_id": result.batch_id if result else None,
                            "errors": [to_data(p) for p in plan.errors], "warnings": [to_data(p) for p in plan.warnings],
                            "copies": 0 if refused else plan.copies}
    where = f"“{plan.file_name}”" + (f"工作表“{plan.sheet}”" if plan.sheet else "")
    lines = [f"{where}：表头在第{plan.header_row}行，读到 {plan.rows_read} 行；新书目 {c['new']} 种，"
             f"已有书目增加复本 {c['updated']} 种，共 {plan.copies} 册，有错误 {c['error_rows']} 行。"]
    lines += [f"  错误  {p.text()}" for p in plan.errors[:200]]
    lines += [f"  提示  {p.text()}" for p in plan.warnings[:200]]
    if refused:
        lines.append("有错误，未导入任何数据。请修正后重新导入，或加 --skip-errors 只导入没有错误的行。")
    elif args.dry_run:
        lines.append("（试运行，未写入）")
    elif data["batch_id"]:
        lines.append(f"已导入（批次 {data['batch_id']}；可用 unionbook library import-undo {data['batch_id']} 撤销，"
                     "也在 members import-history 中）。")
    else:
        lines.append("没有需要写入的变化。")
    if refused:  # a refusal like any other (README "Errors"): stderr, with the report, as `members import`
        return Output({"error": "invalid", "message": f"{where}{lines[-1]}", **data}, "\n".join(lines),
                      EXIT_REFUSED)
    return Output(data, "\n".join(lines))


def cmd_import_undo(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.library.imports import undo

    with ctx.database() as db:
        r = undo(db, args.batch_id)
    return Output({"batch_id": r.batch_id, "titles_removed": r.titles_removed, "copies_removed": r.copies_removed},
                  f"已撤销书目导入批次 {r.batch_id}：{r.summary}")


def cmd_lend(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.library.loans import lend, overdue_warning

    with ctx.database() as db:
        loan = lend(db, args.barcode, args.member, on=args.date)
        late = overdue_warning(db, loan.member_id, loan.lent_on)  # as the desk warns: lent, but say so
    return Output({"loan_id": loan.loan_id, "barcode": loan.barcode, "member_id": loan.member_id,
                   "due": loan.due.isoformat(), "warnings": [late] if late else []},
                  f"已借出《{loan.title}》（{loan.barcode}）给{loan.name}，应还日期 {loan.due.isoformat()}"
                  + (f"\n提示：{late}，请提醒归还" if late else ""))


def cmd_return(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.library.loans import give_back

    with ctx.database() as db:
        loan = give_back(db, args.barcode, on=args.date)
    assert loan.returned_on is not None
    late = loan.days_overdue(loan.returned_on)
    return Output({"loan_id": loan.loan_id, "returned": loan.returned_on.isoformat(), "days_overdue": late},
                  f"已归还《{loan.title}》（{loan.name}）" + (f"，逾期 {late} 天" if late else ""))


def cmd_renew(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.library.loans import renew

    with ctx.database() as db:
        loan = renew(db, args.barcode, on=args.date)
    return Output({"loan_id": loan.loan_id, "barcode": loan.barcode, "due": loan.due.isoformat(),
                   "renewals": loan.renewals}, f"已续借《{loan.title}》，应还日期 {loan.due.isoformat()}")


def cmd_overdue(ctx: Context, args: argparse.Namespace) -> Output:
    import datetime as dt

    from unionbook.services.library.loans import overdue

    as_of = args.as_of or dt.date.today()
    with ctx.database() as db:
        loans = overdue(db, as_of)
        if args.out:
            _pdf(args.out)
            from unionbook.services.library.papers import write_overdue_list

            write_overdue_list(db, args.out, as_of=as_of)
    data: dict[str, Any] = {"as_of": as_of.isoformat(), "loans": [
        {"barcode": x.barcode, "title": x.title, "member_id": x.member_id, "name": x.name, "due": x.due.isoformat(),
         "days_overdue": x.days_overdue(as_of)} for x in loans]}
    if args.out:
        data["out"] = str(args.out)
    lines = [f"截至 {as_of.isoformat()} 逾期未还 {len(loans)} 册"]
    lines += [f"  {x.barcode}  《{x.title}》  {x.name}  应还 {x.due.isoformat()}  逾期 {x.days_overdue(as_of)} 天"
              for x in loans]
    return Output(data, "\n".join(lines))


def cmd_stocktake(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.library import stocktake

    with ctx.database() as db:
        if args.action == "start":
            st = stocktake.start(db)
            return Output({"stocktake_id": st.id, "started": st.started_on.isoformat(), "scanned": 0},
                          f"已开始盘点（编号 {st.id}），请逐册扫码")
        if args.action == "scan":
            if not args.barcodes:
                raise UnionBookError("请给出要登记的条码")
            st = stocktake.scan(db, args.barcodes)
            return Output({"stocktake_id": st.id, "scanned": st.scanned}, f"已扫 {st.scanned} 册")
        if args.barcodes:
            raise UnionBookError("stocktake finish 不带条码")
        r = stocktake.finish(db)
    return Output({"stocktake_id": r.id, "present": r.present, "on_loan": r.on_loan, "missing": r.missing,
                   "unknown": r.unknown},
                  f"盘点结束：应在架 {r.expected} 册，在架 {r.present}，借出 {r.on_loan}，缺失 {len(r.missing)}"
                  + (f"（{'、'.join(r.missing[:20])}）" if r.missing else "")
                  + (f"；未登记条码 {len(r.unknown)}：{'、'.join(r.unknown[:20])}" if r.unknown else ""))


def cmd_write_off(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.domain.library import parse_write_off
    from unionbook.services.library.copies import write_off

    with ctx.database() as db:
        r = write_off(db, args.barcode, parse_write_off(args.reason), args.note)
    return Output({"barcode": r.barcode, "reason": r.reason.value, "written_off": r.on.isoformat()},
                  f"已注销《{r.title}》（{r.barcode}）：{r.reason.label}")


def cmd_stats(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.library.figures import figures
    from unionbook.services.library.report import standard_json

    with ctx.database() as db:
        f = figures(db, args.year, level=args.level)
    st = f.check.standard
    data = {"year": f.year, "titles": f.titles, "volumes": f.volumes, "written_off": f.written_off,
            "on_loan": f.on_loan, "overdue": f.overdue, "loans_year": f.loans_year, "readers_year": f.readers_year,
            "members": f.members, "readers_share": f"{f.readers_share:.3f}",
            "activities_year": f.activities_year, "attendance_year": f.attendance_year,
            "by_class": dict(sorted(f.by_class.items())),
            "standard": standard_json(f.check)}
    verdict = "达到" if f.check.met else "未达到"
    text = "\n".join([
        f"{f.year} 年：藏书 {f.titles} 种 {f.volumes} 册（已注销 {f.written_off} 册），借出 {f.on_loan} 册，"
        f"逾期 {f.overdue} 册；全年借阅 {f.loans_year} 次，读者 {f.readers_year} 人（占会员 {f.readers_share:.1%}）",
        f"{st.label}：{verdict}（{st.confidence_label}）",
        *(f"  {'✓' if c.met else '✗'} {c.message}" for c in f.check.conditions)])
    return Output(data, text)


def cmd_labels(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.library.papers import labels_for, last_printed, write_labels

    _pdf(args.out)
    with ctx.database() as db:
        labels = labels_for(db, args.barcode or (), new_since=last_printed(db) if args.new else None)
        pages = write_labels(db, labels, args.out)
    return Output({"out": str(args.out), "labels": len(labels), "pages": pages,
                   "barcodes": [x.barcode for x in labels]}, f"已生成 {len(labels)} 张标签（{pages} 页）：{args.out}")


def cmd_settings(ctx: Context, args: argparse.Namespace) -> Output:
    import json

    from unionbook.services.library.copies import loan_rules, set_loan_rule
    from unionbook.services.library.figures import level_in_force, set_level
    from unionbook.services.library.room import get_room, set_room

    room_changes: dict[str, str | int | None] = {
        k: v for k, v in (("area_m2", args.area), ("staff", args.staff), ("opening_hours", args.hours),
                          ("periodicals", args.periodicals), ("digital_platform", args.platform),
                          ("lending_rules", args.rules)) if v is not None}
    if args.rules_file is not None:
        try:
            room_changes["lending_rules"] = args.rules_file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ValidationError(f"读不了借阅制度文件“{args.rules_file}”：{exc}") from None
    with ctx.database() as db:
        if room_changes:
            set_room(db, **room_changes)
        if args.name == "standard_level":
            if args.value:
                set_level(db, args.value)
        elif args.name:
            if args.value is None:
                raise UnionBookError(f"请给出 {args.name} 的值")
            try:
                value = json.loads(args.value.lower())
            except ValueError:
                raise UnionBookError(f"{args.name} 的值应为数字或 true/false：{args.value}") from None
            set_loan_rule(db, args.name, value)
        rules, level, room = loan_rules(db), level_in_force(db), get_room(db)
    data = {"loan_days": rules.loan_days, "max_loans": rules.max_loans, "renewals": rules.renewals,
            "kept_may_borrow": rules.kept_may_borrow, "refuse_overdue": rules.refuse_overdue,
            "standard_level": level, "area_m2": room.area_m2,
            "staff": room.staff, "opening_hours": room.opening_hours, "periodicals": room.periodicals,
            "digital_platform": room.digital_platform, "lending_rules": room.lending_rules}
    return Output(data, "\n".join(f"{k} = {v}" for k, v in data.items()))


def cmd_activity(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.library.copies import add_activity, list_activities

    with ctx.database() as db:
        if args.title or args.date:
            if not (args.title and args.date):
                raise UnionBookError("登记读书活动须同时给出 --date 和 --title")
            add_activity(db, args.date, args.title, kind=args.kind, attendance=args.attendance)
        found = list_activities(db)
    rows = [{"id": a.id, "date": a.date.isoformat(), "kind": a.kind, "title": a.title, "attendance": a.attendance}
            for a in found]
    return Output({"activities": rows},
                  "\n".join(f"{a.date.isoformat()}  {a.kind}  {a.title}  {a.attendance} 人" for a in found)
                  or "（尚未登记读书活动）")
