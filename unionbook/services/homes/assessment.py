"""The yearly self-assessment: started with a sheet (its text frozen into the database), items scored by hand
or from the records, evidence files kept in the union's private files folder, the member survey, the grade."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from unionbook.domain.text import clean
from unionbook.errors import NotFoundError, UnionBookError, ValidationError
from unionbook.services.homes.auto import evaluate
from unionbook.services.homes.grading import Grading, Survey, grade, points_text
from unionbook.services.homes.sheet import Sheet, find_sheet, parse_sheet
from unionbook.services.union import audit
from unionbook.store import Database
from unionbook.store.models import HomeAssessment, HomeEvidence, HomeScore

ENTITY = "home_assessment"


@dataclass(frozen=True)
class EvidenceView:
    id: int
    file_name: str
    path: Path
    sha256: str
    size: int


@dataclass(frozen=True)
class ItemView:
    code: str
    title: str
    section: str
    max: Decimal
    passing: Decimal
    mandatory: bool
    auto: str | None
    points: Decimal | None  # None: not scored yet
    note: str
    figure: str  # for an auto item, the figure used ("" otherwise)
    override: bool  # an auto item scored by hand
    evidence_wanted: str
    evidence: list[EvidenceView] = field(default_factory=list)


@dataclass(frozen=True)
class AssessmentView:
    id: int
    unit: str
    year: int
    sheet: Sheet
    survey: Survey | None
    items: list[ItemView]
    grading: Grading


def files_dir(db: Database) -> Path:
    """The union's private files folder, beside the database (0700)."""
    folder = db.path.parent / f"{db.path.stem}-files"
    folder.mkdir(mode=0o700, exist_ok=True)
    os.chmod(folder, 0o700)
    return folder


def _tenths(points: Decimal) -> int:
    return int(points * 10)


OWN_UNION = "本会"  # how the window names the union itself in 评估对象: not a 职工小家's name


def tidy_unit(unit: str) -> str:
    """A 职工小家's name as stored: tidied (spaces at either end, full-width forms); "" is the union itself."""
    return clean(unit)


def _find(s: Session, year: int, unit: str) -> HomeAssessment:
    unit = tidy_unit(unit)
    a = s.scalars(select(HomeAssessment).where(HomeAssessment.year == year, HomeAssessment.unit == unit)).first()
    if a is None:
        who = f"“{unit}”" if unit else "本会"
        raise NotFoundError(f"{who}还没有 {year} 年的职工之家自评（请先开始自评：home assess --year {year} --sheet …）")
    return a


def start_assessment(db: Database, year: int, sheet_ref: str | Sheet, *, unit: str = "") -> AssessmentView:
    sheet = sheet_ref if isinstance(sheet_ref, Sheet) else find_sheet(sheet_ref)
    if not 2000 <= year <= 2100:
        raise ValidationError(f"年度 {year} 不在 2000 到 2100 之间")
    unit = tidy_unit(unit)
    if unit == OWN_UNION:
        raise ValidationError(f"“{OWN_UNION}”指本工会自身（不填职工小家即可）；职工小家请用所属单位或班组的名称")
    with db.transaction() as s:
        old = s.scalars(select(HomeAssessment).where(HomeAssessment.year == year, HomeAssessment.unit == unit)).first()
        if old is not None:
            raise UnionBookError(f"{year} 年已经有自评（评分表“{old.sheet_title}”），不能重复开始", details={"id": old.id})
        a = HomeAssessment(unit=unit, year=year, sheet_name=sheet.name, sheet_title=sheet.title, sheet_text=sheet.text)
        s.add(a)
        s.flush()
        audit.record(s, db.actor, "create", ENTITY, a.id, f"开始 {year} 年职工之家自评（{sheet.title}）")
    return get_assessment(db, year, unit=unit)


def list_assessments(db: Database) -> list[tuple[int, str, str]]:
    """(year, unit, sheet title), newest first."""
    with db.read() as s:
        return [(a.year, a.unit, a.sheet_title) for a in s.scalars(
            select(HomeAssessment).order_by(HomeAssessment.year.desc(), HomeAssessment.unit))]


def score_item(db: Database, year: int, code: str, points: Decimal | int | float | str, *, note: str | None = None,
               evidence: list[Path] | None = None, unit: str = "") -> ItemView:
    """Points for one item (refused above its maximum or below 0); on an auto item this is a hand override and
    needs a note. Evidence files are copied into the files folder in the same transaction."""
    try:
        value = Decimal(str(points))
    except ArithmeticError:
        raise ValidationError(f"得分“{points}”不是数字") from None
    for path in evidence or []:
        if not Path(path).is_file():
            raise NotFoundError(f"找不到证明材料文件：{path}")
    with db.transaction() as s:
        a = _find(s, year, unit)
        item = parse_sheet(a.sheet_text, a.sheet_name).item(code)
        if value < 0 or value > item.points:
            raise ValidationError(f"项目 {code}“{item.title}”的得分 {value} 不在 0 到 {points_text(item.points)} 之间")
        if value * 10 != int(value * 10):
            raise ValidationError(f"项目 {code} 的得分 {value} 最多保留一位小数")
        row = s.scalars(select(HomeScore).where(HomeScore.assessment_id == a.id, HomeScore.code == code)).first()
        text = note if note is not None else (row.note if row else "")
        if item.auto and not text.strip():
            raise ValidationError(f"项目 {code} 按记录自动评分；改为手工评分时须写明理由（备注）")
        if row is None:
            row = HomeScore(assessment_id=a.id, code=code, tenths=0)
            s.add(row)
        row.tenths, row.note, row.override = _tenths(value), text.strip(), bool(item.auto)
        names = _copy_evidence(db, s, a.id, code, evidence or [])
        audit.record(s, db.actor, "update", ENTITY, a.id,
                     f"{year} 年自评 {code} 得 {points_text(value)} 分" + (f"，附证明材料 {'、'.join(names)}" if names else ""))
    return _item_of(get_assessment(db, year, unit=unit), code)


def attach_evidence(db: Database, year: int, code: str, files: list[Path], *, unit: str = "") -> ItemView:
    for path in files:
        if not Path(path).is_file():
            raise NotFoundError(f"找不到证明材料文件：{path}")
    with db.transaction() as s:
        a = _find(s, year, unit)
        parse_sheet(a.sheet_text, a.sheet_name).item(code)
        names = _copy_evidence(db, s, a.id, code, files)
        audit.record(s, db.actor, "update", ENTITY, a.id, f"{year} 年自评 {code} 附证明材料 {'、'.join(names)}")
    return _item_of(get_assessment(db, year, unit=unit), code)


def reset_auto(db: Database, year: int, code: str, *, unit: str = "") -> ItemView:
    """An overridden auto item goes back to being scored from the records."""
    with db.transaction() as s:
        a = _find(s, year, unit)
        item = parse_sheet(a.sheet_text, a.sheet_name).item(code)
        if not item.auto:
            raise ValidationError(f"项目 {code} 不是自动评分项")
        row = s.scalars(select(HomeScore).where(HomeScore.assessment_id == a.id, HomeScore.code == code)).first()
        if row is not None:
            s.delete(row)
        audit.record(s, db.actor, "update", ENTITY, a.id, f"{year} 年自评 {code} 恢复按记录自动评分")
    return _item_of(get_assessment(db, year, unit=unit), code)


def _copy_evidence(db: Database, s: Session, assessment_id: int, code: str, files: list[Path]) -> list[str]:
    names = []
    for path in files:
        path = Path(path)
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        folder = files_dir(db)
        for name in ("homes", str(assessment_id)):
            folder = folder / name
            folder.mkdir(mode=0o700, exist_ok=True)
        stored = folder / f"{code}-{digest[:12]}{path.suffix.lower()}"
        if not stored.exists():
            partial = stored.with_name(stored.name + ".part")
            shutil.copyfile(path, partial)
            partial.replace(stored)
        s.add(HomeEvidence(assessment_id=assessment_id, code=code, file_name=path.name,
                           stored=str(stored.relative_to(files_dir(db))), sha256=digest, size=path.stat().st_size))
        names.append(path.name)
    return names


def record_survey(db: Database, year: int, satisfied: int, basic: int, unsatisfied: int, *,
                  unit: str = "") -> AssessmentView:
    counts = {"满意": satisfied, "基本满意": basic, "不满意": unsatisfied}
    bad = [k for k, v in counts.items() if v < 0]
    if bad:
        raise ValidationError(f"会员评家：{'、'.join(bad)}的份数不能是负数")
    if satisfied + basic + unsatisfied == 0:
        raise ValidationError("会员评家：收回的问卷份数为 0，无法计算满意率")
    with db.transaction() as s:
        a = _find(s, year, unit)
        a.survey_satisfied, a.survey_basic, a.survey_unsatisfied = satisfied, basic, unsatisfied
        audit.record(s, db.actor, "update", ENTITY, a.id,
                     f"{year} 年会员评家：满意 {satisfied}，基本满意 {basic}，不满意 {unsatisfied}")
    return get_assessment(db, year, unit=unit)


def get_assessment(db: Database, year: int, *, unit: str = "", today: dt.date | None = None) -> AssessmentView:
    with db.read() as s:
        a = _find(s, year, unit)
        scores = {r.code: (r.tenths, r.note, r.override)
                  for r in s.scalars(select(HomeScore).where(HomeScore.assessment_id == a.id))}
        evidence: dict[str, list[EvidenceView]] = {}
        base = db.path.parent / f"{db.path.stem}-files"
        for e in s.scalars(select(HomeEvidence).where(HomeEvidence.assessment_id == a.id).order_by(HomeEvidence.id)):
            evidence.setdefault(e.code, []).append(EvidenceView(e.id, e.file_name, base / e.stored, e.sha256, e.size))
        sheet = parse_sheet(a.sheet_text, a.sheet_name)
        survey = (Survey(a.survey_satisfied, a.survey_basic or 0, a.survey_unsatisfied or 0)
                  if a.survey_satisfied is not None else None)
        ident, unit_name = a.id, a.unit
    items = []
    for item in sheet.items:
        row = scores.get(item.code)
        figure = ""
        points = Decimal(row[0]) / 10 if row else None
        if item.auto:
            result = evaluate(db, item, year, survey, today)
            figure = result.figure
            if row is None:
                points = item.points if result.met else Decimal(0)
        items.append(ItemView(item.code, item.title, item.section, item.points, item.passing, item.mandatory,
                              item.auto, points, row[1] if row else "", figure, bool(row and row[2]),
                              item.evidence, evidence.get(item.code, [])))
    grading = grade(sheet, {i.code: i.points for i in items}, survey)
    return AssessmentView(ident, unit_name, year, sheet, survey, items, grading)


def _item_of(view: AssessmentView, code: str) -> ItemView:
    return next(i for i in view.items if i.code == code)
