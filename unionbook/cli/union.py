"""`union show|edit`: the union's profile (工会信息), as the window's 工会信息 dialog shows and edits it."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from typing import Any

from unionbook.cli import Context, Output
from unionbook.cli.core import _date
from unionbook.domain.fields import UNION
from unionbook.errors import ValidationError

# the profile's fields in the order of the dialog, with their Chinese names (for `changed`): the field specs'
LABELS = UNION.labels()


def register(sub: Any) -> None:
    union = sub.add_parser("union", help="工会信息：查看、修改（职工人数等每年会变）")
    usub = union.add_subparsers(dest="union_command", metavar="SUBCOMMAND", required=True)

    p = usub.add_parser("show", help="显示工会信息")
    p.set_defaults(func=cmd_show)

    p = usub.add_parser("edit", help="修改工会信息（未给出的项保持不变）")
    p.add_argument("--name", help="工会名称")
    p.add_argument("--uscc", help="统一社会信用代码")
    p.add_argument("--uscc-note", help="代码未通过校验但确认无误时的说明（默认沿用原说明）")
    p.add_argument("--kind", choices=["enterprise", "joint", "township"],
                   help="enterprise 企业工会 / joint 联合基层工会 / township 乡镇（街道）工会")
    p.add_argument("--parent", dest="parent_union", help="上级工会")
    p.add_argument("--founded", dest="founding_date", type=_date, help="成立日期 YYYY-MM-DD")
    p.add_argument("--employees", type=int, help="职工人数")
    p.add_argument("--women-employees", type=int, help="女职工人数")
    p.add_argument("--migrant-employees", type=int, help="农民工人数")
    p.add_argument("--address", help="地址")
    p.add_argument("--contact-person", help="联系人")
    p.add_argument("--contact-phone", help="联系电话")
    p.set_defaults(func=cmd_edit)


def _text(p: Any) -> str:
    founded = p.founding_date.isoformat() if p.founding_date else "（未填）"
    return "\n".join([f"工会名称：{p.name}（{p.kind_label}）", f"统一社会信用代码：{p.uscc or '（未填）'}",
                      f"上级工会：{p.parent_union or '（未填）'}    成立日期：{founded}",
                      f"职工人数：{p.employees}（女职工 {p.women_employees}，农民工 {p.migrant_employees}）",
                      f"地址：{p.address}    联系人：{p.contact_person} {p.contact_phone}".rstrip()])


def cmd_show(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.union.profile import get_profile

    with ctx.database() as db:
        p = get_profile(db)
        path = db.path
    return Output({"db": str(path), "union": p}, _text(p))


def cmd_edit(ctx: Context, args: argparse.Namespace) -> Output:
    from unionbook.services.union.profile import UnionInput, get_profile, save_profile

    with ctx.database() as db:
        old = get_profile(db)
        values = {k: v for k, v in asdict(old).items() if k in LABELS}
        values.update({k: getattr(args, k) for k in LABELS if getattr(args, k) is not None})
        note = old.uscc_note if args.uscc_note is None else args.uscc_note
        try:
            new = save_profile(db, UnionInput(**values), uscc_note=note)
        except ValidationError as exc:
            if exc.details.get("overridable_with") == "uscc_note":  # as `init` says it
                exc.message += "。如确认代码无误，请用 --uscc-note 写明理由后重试。"
            raise
        path = db.path
    changed = [label for key, label in LABELS.items() if getattr(old, key) != getattr(new, key)]
    return Output({"db": str(path), "union": new, "changed": changed},
                  ("已修改：" + "、".join(changed) if changed else "没有变化") + "\n" + _text(new))
