"""`home`: 职工之家 — scoring sheets, the yearly self-assessment, the member survey, the grade, the PDFs, titles."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from unionbook.cli import EXIT_REFUSED, Context, Output


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}”不是日期（写成 2026-03-05）") from None


def register(sub: Any) -> None:
    home = sub.add_parser("home", help="职工之家：评分表、自评、会员评家、等级、称号")
    hsub = home.add_subparsers(dest="home_command", metavar="ACTION", required=True)
    p = hsub.add_parser("sheets", help="可用的评分表（程序自带的和数据文件夹 home_sheets/ 中的）")
    p.set_defaults(func=cmd_sheets)
    sheet = hsub.add_parser("sheet", help="评分表文件")
    ssub = sheet.add_subparsers(dest="sheet_command", metavar="ACTION", required=True)
    p = ssub.add_parser("check", help="检查评分表文件，逐条说明错误及所在行")
    p.add_argument("file", type=Path)
    p.set_defaults(func=cmd_sheet_check)

    def year_unit(p: argparse.ArgumentParser) -> None:
        p.add_argument("--year", type=int, required=True, help="自评年度")
        p.add_argument("--unit", default="", help="职工小家（所属单位或班组）；不填为本会")

    p = hsub.add_parser("assess", help="开始某年的自评（评分表的副本随自评保存）")
    year_unit(p)
    p.add_argument("--sheet", required=True, help="评分表名称或 .toml 文件")
    p.set_defaults(func=cmd_assess)
    p = hsub.add_parser("score", help="为一个项目打分（自动评分项须写备注，作为手工评分）")
    year_unit(p)
    p.add_argument("code", help="项目编号，如 A1")
    p.add_argument("--points", help="得分（0 到该项分值）")
    p.add_argument("--note", help="说明")
    p.add_argument("--evidence", type=Path, action="append", default=[], help="证明材料文件（可多次）")
    p.add_argument("--auto", action="store_true", help="自动评分项：撤销手工评分，恢复按记录评分")
    p.set_defaults(func=cmd_score)
    p = hsub.add_parser("survey", help="录入会员评家结果（问卷份数）")
    year_unit(p)
    p.add_argument("--satisfied", type=int, help="满意")
    p.add_argument("--basic", type=int, help="基本满意")
    p.add_argument("--unsatisfied", type=int, help="不满意")
    p.add_argument("--from", dest="source", type=Path, help="从问卷汇总 Excel 统计（每行一份问卷，评价列写满意/基本满意/不满意）")
    p.set_defaults(func=cmd_survey)
    p = hsub.add_parser("report", help="自评结果：总分、等级、未达到上一等级的原因；可存为 PDF")
    year_unit(p)
    p.add_argument("--out", type=Path, help="自评报告 PDF")
    p.set_defaults(func=cmd_report)
    p = hsub.add_parser("application", help="职工之家申报表 PDF")
    year_unit(p)
    p.add_argument("--out", type=Path, required=True, help="申报表 PDF")
    p.set_defaults(func=cmd_application)

    titles = hsub.add_parser("titles", help="已获称号：登记、列出、摘牌")
    tsub = titles.add_subparsers(dest="titles_command", metavar="ACTION", required=True)
    p = tsub.add_parser("add", help="登记称号")
    p.add_argument("--title", required=True, help="称号，如 模范职工之家")
    p.add_argument("--level", required=True, help="级别：全国、省、市、县(区)、企业")
    p.add_argument("--year", type=int, required=True, help="授予年度")
    p.add_argument("--by", default="", help="授予机关")
    p.add_argument("--doc", default="", help="文件号")
    p.add_argument("--review-due", type=_date, help="下次复查日期")
    p.add_argument("--unit", default="", help="职工小家（所属单位或班组）；不填为本会")
    p.set_defaults(func=cmd_titles_add)
    p = tsub.add_parser("list", help="列出称号（含已摘牌）")
    p.add_argument("--due-within", type=int, help="只列出该天数内到期复查的称号")
    p.set_defaults(func=cmd_titles_list)
    p = tsub.add_parser("withdraw", help="摘牌")
    p.add_argument("id", type=int, help="称号编号")
    p.add_argument("--date", type=_date, required=True, help="摘牌日期")
    p.add_argument("--reason", required=True, help="原因")
    p.set_defaults(func=cmd_titles_withdraw)


def cmd_sheets(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.homes.report import as_number
    from unionbook.services.homes.sheet import available_sheets

    sheets = available_sheets()
    data = [{"name": s.name, "title": s.title, "source": s.source, "confidence": s.confidence,
             "max_points": as_number(s.max_points), "items": len(s.items)} for s in sheets]
    text = "\n".join(f"{s.name}\t{s.title}\t满分 {as_number(s.max_points)}，{len(s.items)} 项"
                     + (f"（{s.confidence}）" if s.confidence else "") for s in sheets)
    return Output({"sheets": data}, text)


def cmd_sheet_check(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.homes.sheet import check_file, read_sheet_file

    problems = check_file(args.file)
    if problems:  # README "Errors": exit 1 → one error object on stderr, here with the problems
        text = f"评分表“{args.file.name}”有 {len(problems)} 处错误：\n" + "\n".join(p.text() for p in problems)
        return Output({"error": "invalid_sheet", "message": text, "file": str(args.file), "ok": False,
                       "problems": [{"line": p.line, "message": p.message} for p in problems]},
                      text, exit_code=EXIT_REFUSED)
    sheet = read_sheet_file(args.file)
    return Output({"file": str(args.file), "ok": True, "problems": [], "name": sheet.name, "items": len(sheet.items)},
                  f"评分表“{sheet.title}”无误：{len(sheet.sections)} 个部分，{len(sheet.items)} 项，满分 {sheet.max_points}")


def _items(view: Any) -> list[dict[str, Any]]:
    from unionbook.services.homes.report import report_json

    return list(report_json(view)["items"])


def cmd_assess(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.homes.assessment import start_assessment

    with ctx.database() as db:
        view = start_assessment(db, args.year, args.sheet, unit=args.unit)
    return Output({"year": view.year, "unit": view.unit, "sheet": view.sheet.name, "items": _items(view)},
                  f"已开始 {view.year} 年职工之家自评：{view.sheet.title}，{len(view.items)} 项")


def cmd_score(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.errors import ValidationError
    from unionbook.services.homes import assessment as a
    from unionbook.services.homes.report import as_number

    with ctx.database() as db:
        if args.auto:
            item = a.reset_auto(db, args.year, args.code, unit=args.unit)
        elif args.points is None:
            if not args.evidence:
                raise ValidationError("请给出 --points（得分），或 --evidence（证明材料），或 --auto")
            item = a.attach_evidence(db, args.year, args.code, args.evidence, unit=args.unit)
        else:
            item = a.score_item(db, args.year, args.code, args.points, note=args.note, evidence=args.evidence,
                                unit=args.unit)
    data = {"year": args.year, "code": item.code, "points": as_number(item.points), "max": as_number(item.max),
            "override": item.override, "note": item.note, "figure": item.figure or None,
            "evidence": [{"file": e.file_name, "sha256": e.sha256, "path": str(e.path)} for e in item.evidence]}
    return Output(data, f"{item.code} {item.title}：{as_number(item.points)} / {as_number(item.max)} 分")


def cmd_survey(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.errors import ValidationError
    from unionbook.services.homes.assessment import record_survey
    from unionbook.services.homes.report import report_json
    from unionbook.services.homes.survey import survey_from_excel

    counts = (args.satisfied, args.basic, args.unsatisfied)
    if args.source is not None:
        if any(n is not None for n in counts):
            raise ValidationError("--from 与 --satisfied/--basic/--unsatisfied 只能用一种")
        s = survey_from_excel(args.source)
        counts = (s.satisfied, s.basic, s.unsatisfied)
    elif any(n is None for n in counts):
        raise ValidationError("请给出 --satisfied、--basic、--unsatisfied 三个份数，或 --from 问卷汇总 Excel")
    with ctx.database() as db:
        view = record_survey(db, args.year, *counts, unit=args.unit)
    data = report_json(view)
    return Output({"year": view.year, "survey": data["survey"], "grade": data["grade"]}, view.grading.line())


def cmd_report(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.homes.assessment import get_assessment
    from unionbook.services.homes.report import report_json, write_pdf

    with ctx.database() as db:
        view = get_assessment(db, args.year, unit=args.unit)
        if args.out:
            write_pdf(db, view, "self_assessment", args.out)
    data = report_json(view)
    if args.out:
        data["file"] = str(args.out)
    lines = [view.grading.line()]
    for i in data["items"]:
        lines.append(f"  {i['code']} {i['title']}：{'未评' if i['points'] is None else i['points']} / {i['max']}"
                     + (f"（{i['figure']}）" if i["figure"] else ""))
    if args.out:
        lines.append(f"已保存：{args.out}")
    return Output(data, "\n".join(lines))


def cmd_application(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.homes.assessment import get_assessment
    from unionbook.services.homes.report import write_pdf

    with ctx.database() as db:
        view = get_assessment(db, args.year, unit=args.unit)
        write_pdf(db, view, "application", args.out)
    return Output({"year": view.year, "file": str(args.out)}, f"已保存申报表：{args.out}")


def _title(t: Any) -> dict[str, Any]:
    return {"id": t.id, "unit": t.unit, "title": t.title, "level": t.level, "awarded_by": t.awarded_by,
            "doc_number": t.doc_number, "year": t.year,
            "review_due": t.review_due.isoformat() if t.review_due else None,
            "withdrawn_on": t.withdrawn_on.isoformat() if t.withdrawn_on else None,
            "withdrawn_reason": t.withdrawn_reason}


def cmd_titles_add(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.homes.titles import add_title

    with ctx.database() as db:
        t = add_title(db, title=args.title, level=args.level, year=args.year, awarded_by=args.by,
                      doc_number=args.doc, review_due=args.review_due, unit=args.unit)
    return Output(_title(t), f"已登记称号 {t.id}：{t.title}（{t.level}，{t.year} 年）")


def cmd_titles_list(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.homes.titles import list_titles, reviews_due

    with ctx.database() as db:
        titles = reviews_due(db, args.due_within) if args.due_within is not None else list_titles(db)
    lines = [f"{t.id}\t{t.year}\t{t.title}\t{t.level}\t{t.awarded_by}{t.doc_number}\t"
             + (f"摘牌 {t.withdrawn_on.isoformat()}：{t.withdrawn_reason}" if t.withdrawn_on else
                f"复查 {t.review_due.isoformat()}" if t.review_due else "") for t in titles]
    return Output({"titles": [_title(t) for t in titles]}, "\n".join(lines) or "没有称号")


def cmd_titles_withdraw(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.homes.titles import withdraw_title

    with ctx.database() as db:
        t = withdraw_title(db, args.id, on=args.date, reason=args.reason)
    return Output(_title(t), f"称号“{t.title}”已摘牌（{t.withdrawn_on}）")
