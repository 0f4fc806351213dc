"""`keys`, `upper`, `subunits`, `bundle`, `transfer` and `report consolidated`: bundles that leave the office
signed and encrypted, and the receiving side of the upper union."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from unionbook.cli import EXIT_REFUSED, Context, Output


def register(sub: Any) -> None:
    keys = sub.add_parser("keys", help="本会密钥：指纹与公钥（交给上级工会或对方工会）")
    ksub = keys.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    p = ksub.add_parser("show", help="显示本会公钥指纹（首次使用时生成密钥）")
    p.set_defaults(func=cmd_keys_show)
    p = ksub.add_parser("export", help="把本会公钥保存为文件")
    p.add_argument("--out", type=Path, required=True, help="公钥文件")
    p.set_defaults(func=cmd_keys_export)

    upper = sub.add_parser("upper", help="上级工会")
    usub = upper.add_subparsers(dest="upper_command", metavar="ACTION", required=True)
    p = usub.add_parser("set", help="登记上级工会的公钥（核对指纹后）")
    p.add_argument("--name", required=True, help="上级工会名称")
    p.add_argument("--key", type=Path, required=True, help="上级工会的公钥文件")
    p.set_defaults(func=cmd_upper_set)

    subunits = sub.add_parser("subunits", help="下级工会（接收其年度报告和同步包）")
    ssub = subunits.add_subparsers(dest="subunits_command", metavar="ACTION", required=True)
    p = ssub.add_parser("add", help="登记下级工会的公钥（核对指纹后）")
    p.add_argument("--name", required=True, help="下级工会名称")
    p.add_argument("--uscc", default="", help="统一社会信用代码")
    p.add_argument("--key", type=Path, required=True, help="下级工会的公钥文件")
    p.set_defaults(func=cmd_subunits_add)
    p = ssub.add_parser("list", help="已登记的下级工会，及某年是否已上报")
    p.add_argument("--year", type=int, help="查看该年的上报情况")
    p.set_defaults(func=cmd_subunits_list)

    bundle = sub.add_parser("bundle", help="数据包：年度报告包、同步包的生成、查看、导入和回执")
    bsub = bundle.add_subparsers(dest="bundle_command", metavar="ACTION", required=True)
    p = bsub.add_parser("export", help="生成年度报告包（annual）或同步包（sync），签名并加密给收件方")
    p.add_argument("--kind", choices=["annual", "sync"], required=True)
    p.add_argument("--year", type=int, help="年度报告的年份（annual 必填）")
    p.add_argument("--recipient", type=Path, help="收件方公钥文件（默认：已登记的上级工会）")
    p.add_argument("--submit", action="store_true", help="作为正式上报：锁定该年的会籍记录")
    p.add_argument("--amends", default="", help="补报：所更正的原数据包编号")
    p.add_argument("--out", type=Path, required=True, help="数据包文件（.ubx）")
    p.set_defaults(func=cmd_bundle_export)
    p = bsub.add_parser("inspect", help="验证并查看数据包（不写入任何数据）")
    p.add_argument("file", type=Path)
    p.set_defaults(func=cmd_bundle_inspect)
    p = bsub.add_parser("import", help="导入下级工会的数据包（可一次多个），并为每个写回执")
    p.add_argument("files", type=Path, nargs="+")
    p.add_argument("--receipts", type=Path, help="回执保存的文件夹（默认：与数据包同一文件夹）")
    p.set_defaults(func=cmd_bundle_import)
    p = bsub.add_parser("receipt-import", help="导入对方的回执，标记所发数据包已接收")
    p.add_argument("file", type=Path)
    p.set_defaults(func=cmd_receipt_import)
    p = bsub.add_parser("list", help="本会发出的数据包")
    p.set_defaults(func=cmd_bundle_list)

    transfer = sub.add_parser("transfer", help="会籍接转单：转出、转入、回执")
    tsub = transfer.add_subparsers(dest="transfer_command", metavar="ACTION", required=True)
    p = tsub.add_parser("out", help="为会员开具会籍接转单（未办理转出的同时办理转出）")
    p.add_argument("key", help="会员编号、会员证号或身份证号")
    p.add_argument("--to-union", required=True, help="转往的工会")
    p.add_argument("--recipient", type=Path, help="对方工会的公钥文件")
    p.add_argument("--reason", default="", help="转出原因")
    p.add_argument("--out", type=Path, required=True, help="接转单文件（.ubx）")
    p.set_defaults(func=cmd_transfer_out)
    p = tsub.add_parser("in", help="导入接转单：会员连同会籍记录转入本会，并生成回执")
    p.add_argument("file", type=Path)
    p.add_argument("--receipt-out", type=Path, help="回执文件（默认：接转单旁边）")
    p.set_defaults(func=cmd_transfer_in)
    p = tsub.add_parser("receipt", help="导入对方的接收回执，完成转出")
    p.add_argument("file", type=Path)
    p.set_defaults(func=cmd_receipt_import)

    report = sub.add_parser("report", help="汇总报表")
    rsub = report.add_subparsers(dest="report_command", metavar="ACTION", required=True)
    p = rsub.add_parser("consolidated", help="下级工会年度报告汇总（分单位明细与合计）")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--out", type=Path, help="保存为 .xlsx 或 .pdf")
    p.set_defaults(func=cmd_consolidated)


def cmd_keys_show(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.bundles.keys import show_keys

    with ctx.database() as db:
        card = show_keys(db)
    return Output({"fingerprint": card.fingerprint, "public_key": card.to_dict()},
                  f"本会公钥指纹：{card.fingerprint}\n（对方核对此指纹后登记本会）")


def cmd_keys_export(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.bundles.keys import export_card

    with ctx.database() as db:
        card = export_card(db, args.out)
    return Output({"file": str(args.out), "fingerprint": card.fingerprint},
                  f"已保存本会公钥：{args.out}\n指纹：{card.fingerprint}")


def _correspondent(c: Any) -> dict[str, Any]:
    return {"id": c.id, "role": c.role, "name": c.name, "uscc": c.uscc, "fingerprint": c.fingerprint}


def cmd_upper_set(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.bundles.keys import set_upper

    with ctx.database() as db:
        c = set_upper(db, args.name, args.key)
    return Output(_correspondent(c), f"已登记上级工会“{c.name}”，指纹 {c.fingerprint}")


def cmd_subunits_add(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.bundles.keys import add_subunit

    with ctx.database() as db:
        c = add_subunit(db, args.name, args.uscc, args.key)
    return Output(_correspondent(c), f"已登记下级工会“{c.name}”，指纹 {c.fingerprint}")


def cmd_subunits_list(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.bundles.incoming import missing_reports
    from unionbook.services.bundles.keys import list_correspondents

    with ctx.database() as db:
        found = list_correspondents(db, "subunit")
        missing = set(missing_reports(db, args.year)) if args.year else set()
    rows = [{**_correspondent(c), **({"reported": c.name not in missing} if args.year else {})} for c in found]
    lines = [f"{c.name}  {c.fingerprint}" + ((" 未上报" if c.name in missing else " 已上报") if args.year else "")
             for c in found]
    return Output({"subunits": rows}, "\n".join(lines) or "还没有登记下级工会")


def _sent(sent: Any) -> dict[str, Any]:
    from unionbook.services.bundles.outgoing import AnnualSent

    return {"file": str(sent.file), "bundle_id": sent.bundle_id, "kind": sent.kind, "year": sent.year,
            "sequence": sent.sequence, "sha256": sent.sha256, "members": sent.members, "signed_by": sent.signed_by,
            "recipient": sent.recipient, "missing": list(sent.missing),
            **({"cover": str(sent.cover) if sent.cover else None, "on_books": sent.on_books}
               if isinstance(sent, AnnualSent) else {})}


def cmd_bundle_export(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.errors import ValidationError
    from unionbook.services.bundles.outgoing import AnnualSent, export_annual, export_sync

    with ctx.database() as db:
        if args.kind == "annual":
            if args.year is None:
                raise ValidationError("年度报告包须指定 --year")
            sent = export_annual(db, args.year, args.out, recipient_file=args.recipient, submit=args.submit,
                                 amends=args.amends)
        else:
            sent = export_sync(db, args.out, recipient_file=args.recipient)
    text = f"已生成数据包：{sent.file}\n编号 {sent.bundle_id}，第 {sent.sequence} 号，含 {sent.members} 名会员的记录"
    if isinstance(sent, AnnualSent) and sent.on_books != sent.members:
        text += f"（年末在册 {sent.on_books} 人，另含年内转出、退会等 {sent.members - sent.on_books} 人）"
    if getattr(sent, "cover", None):
        text += f"\n封面（打印后由单位负责人、填表人签名并盖章，随数据包报送）：{sent.cover}"
    if sent.missing:
        text += "\n尚不完整：" + "；".join(sent.missing)
    return Output(_sent(sent), text)


def cmd_bundle_inspect(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.bundles.reading import open_file

    with ctx.database() as db:
        opened = open_file(db, args.file)
    m = opened.manifest
    data = {"from": {"name": opened.sender.name, "uscc": opened.sender.uscc, "fingerprint": opened.sender.fingerprint},
            "kind": opened.header.kind, "bundle_id": opened.header.bundle_id, "year": m.get("year"),
            "sequence": m.get("sequence"), "counts": m.get("counts", {}), "created_at": m.get("created_at"),
            "app_version": m.get("app_version"), "amends": m.get("amends"), "parts": sorted(opened.parts)}
    return Output(data, f"数据包验证通过：来自“{opened.sender.name}”（指纹 {opened.sender.fingerprint}），"
                        f"{opened.header.kind}，第 {m.get('sequence')} 号，{m.get('counts', {})}")


def cmd_bundle_import(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.bundles.incoming import import_files

    with ctx.database() as db:
        r = import_files(db, list(args.files), receipts_dir=args.receipts)
    data = {"imported": r.imported, "unchanged": r.unchanged, "refused": r.refused, "duplicates": r.duplicates,
            "receipts": r.receipts}
    lines = [f"已导入 {len(r.imported)} 个，未变化 {len(r.unchanged)} 个，拒绝 {len(r.refused)} 个"]
    lines += [f"拒绝 {x['file']}：{x['message']}" for x in r.refused]
    lines += [f"重复入会 {d['id_number']}：{'、'.join(d['unions'])}" for d in r.duplicates]
    if r.refused:  # README "Errors": exit 1 → one error object on stderr, here carrying the whole report
        first = r.refused[0]
        return Output({"error": first["error"], "message": f"拒绝 {len(r.refused)} 个数据包：{first['message']}", **data},
                      "\n".join(lines), exit_code=EXIT_REFUSED)
    return Output(data, "\n".join(lines))


def cmd_receipt_import(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.bundles.receipts import import_receipt

    with ctx.database() as db:
        r = import_receipt(db, args.file)
    return Output({"bundle_id": r.bundle_id, "kind": r.kind, "accepted": r.accepted, "reasons": r.reasons,
                   "member_id": r.member_id, "status": r.status}, f"回执：{r.status}")


def cmd_bundle_list(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.bundles.outgoing import sent_records

    with ctx.database() as db:
        rows = sent_records(db)
    return Output({"sent": rows}, "\n".join(f"{r['created_at']} {r['kind']} {r['file']} {r['status']}" for r in rows)
                  or "还没有发出数据包")


def cmd_transfer_out(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.bundles.transfer import transfer_out

    with ctx.database() as db:
        sent = transfer_out(db, args.key, args.to_union, args.out, recipient_file=args.recipient, reason=args.reason)
    return Output(_sent(sent), f"已开具会籍接转单：{sent.file}")


def cmd_transfer_in(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.bundles.transfer import transfer_in

    with ctx.database() as db:
        r = transfer_in(db, args.file, receipt_out=args.receipt_out)
    return Output({"member_id": r.member_id, "name": r.name, "from": {"name": r.from_union,
                   "fingerprint": r.from_fingerprint}, "receipt": str(r.receipt) if r.receipt else None,
                   "unchanged": r.unchanged},
                  f"已转入会员“{r.name}”（编号 {r.member_id}），来自“{r.from_union}”" + (
                      f"\n回执：{r.receipt}（请交回对方工会）" if r.receipt else "（此前已导入，未变化）"))


def cmd_consolidated(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.bundles.consolidated import consolidated, write

    with ctx.database() as db:
        report = consolidated(db, args.year)
        if args.out:
            write(db, report, args.out)
    data = {"year": report.year, "unions": report.unions, "totals": report.totals, "missing": report.missing,
            **({"file": str(args.out)} if args.out else {})}
    lines = [f"{u['name']}：会员 {u['members']}，女 {u['women_members']}，农民工 {u['migrant_members']}，"
             f"职工 {u['employees']}" for u in report.unions]
    lines.append(f"合计：会员 {report.totals['members']}，职工 {report.totals['employees']}")
    if report.missing:
        lines.append("未上报：" + "、".join(report.missing))
    return Output(data, "\n".join(lines))
