"""The member fields added for the registration forms and the eligibility checks (migration 0005_domain):
证件类型, 户籍所在地, 籍贯, 技能等级, 就业状况, 劳模级别, 原会籍, 新就业形态, the declaration that the member is a close
relative of the employer's principal head (工会法 第十条) and whether the member handles the union's money.
Kept apart from the main member record so that the roster's editor and importer need not change."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any

from unionbook.domain.text import clean
from unionbook.errors import FieldProblem, NotFoundError, ValidationError
from unionbook.services.union import audit
from unionbook.store import Database
from unionbook.store.models import Member

ID_TYPES = ("居民身份证", "港澳居民来往内地通行证", "台湾居民来往大陆通行证", "外国人永久居留身份证", "护照", "其他")
EMPLOYMENT_STATUSES = ("在岗", "灵活就业", "失业", "退休", "其他")
MODEL_WORKER_LEVELS = ("", "全国", "省部级", "地市级", "县区级", "企业级")


@dataclass
class MemberDetails:
    id_type: str = "居民身份证"
    household_place: str = ""
    native_place: str = ""
    skill_level: str = ""
    employment_status: str = ""
    model_worker_level: str = ""
    previous_union: str = ""
    new_forms: bool = False
    employer_head_relative: bool = False
    finance_staff: bool = False

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


LABELS = {"id_type": "证件类型", "household_place": "户籍所在地", "native_place": "籍贯", "skill_level": "技能等级",
          "employment_status": "就业状况", "model_worker_level": "劳模级别", "previous_union": "原会籍（曾入会的工会）",
          "new_forms": "新就业形态", "employer_head_relative": "单位主要负责人的近亲属", "finance_staff": "工会经费（财务）人员"}
CHOICES = {"id_type": ID_TYPES, "employment_status": ("", *EMPLOYMENT_STATUSES),
           "model_worker_level": MODEL_WORKER_LEVELS}


def details_of(m: Member) -> MemberDetails:
    return MemberDetails(**{f.name: getattr(m, f.name) for f in fields(MemberDetails)})


def get_details(db: Database, member_id: int) -> MemberDetails:
    with db.read() as s:
        m = s.get(Member, member_id)
        if m is None:
            raise NotFoundError(f"找不到会员编号 {member_id}")
        return details_of(m)


def set_details(db: Database, member_id: int, changes: dict[str, Any]) -> list[str]:
    """Change some of the details; returns the labels of what changed."""
    problems = []
    values: dict[str, Any] = {}
    for key, value in changes.items():
        if key not in LABELS:
            problems.append(FieldProblem(key, key, "不是可修改的字段"))
            continue
        if isinstance(getattr(MemberDetails, key, None), bool) or key in ("new_forms", "employer_head_relative",
                                                                          "finance_staff"):
            values[key] = bool(value)
            continue
        text = clean(str(value))
        if key in CHOICES and text not in CHOICES[key]:
            problems.append(FieldProblem(key, LABELS[key], f"“{text}”无效，可选：{'、'.join(c for c in CHOICES[key] if c)}"))
        values[key] = text
    if problems:
        raise ValidationError(problems)
    with db.transaction() as s:
        m = s.get(Member, member_id)
        if m is None:
            raise NotFoundError(f"找不到会员编号 {member_id}")
        changed = {k: (getattr(m, k), v) for k, v in values.items() if getattr(m, k) != v}
        for k, (_, v) in changed.items():
            setattr(m, k, v)
        if changed:
            audit.record(s, db.actor, "update", "member", member_id,
                         f"修改会员“{m.name}”：{'、'.join(LABELS[k] for k in changed)}",
                         {k: {"before": b, "after": a} for k, (b, a) in changed.items()})
    return [LABELS[k] for k in changed]
