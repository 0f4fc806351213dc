"""The one JSON encoder of the command line: plain data from services in, the documented JSON out.

Services return dataclasses (views, results, reports); they know nothing of JSON. `to_data` turns any of them
into JSON-ready values by one rule:

- a dataclass becomes an object of its fields (in field order), each value encoded in turn;
- an enum becomes its value; a date `"YYYY-MM-DD"`; a datetime `"YYYY-MM-DD HH:MM:SS"`; a Path its string;
  `Money` (integer fen) and a Decimal a string with two decimals (`"12.50"`); a Fraction `"2/3"`; tuples and
  sets lists;
- an error (`UnionBookError`) becomes `{"error", "message", "details"?, "problems"?}` (README, Errors).

Where the documented JSON is not simply the fields (a Chinese label added, an internal field left out, a key
spelled differently), the difference is written once below in `SHAPES`, keyed by the class's dotted name so
that this module imports no service (the CLI imports only the command module it runs). Each shape returns
the object's JSON as a dict; its values are encoded by the same rule. README.md documents every key; the
golden files in tests/cli/golden/ hold the outputs to the letter.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import json
from collections.abc import Callable, Mapping
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from pathlib import PurePath
from typing import IO, Any

from unionbook.domain.money import Money
from unionbook.errors import UnionBookError, ValidationError

Shape = Callable[[Any], dict[str, Any]]
CENT = Decimal("0.01")


def fields_of(obj: Any, *, drop: tuple[str, ...] = (), rename: Mapping[str, str] | None = None,
              **extra: Any) -> dict[str, Any]:
    """The dataclass's fields as a dict (not yet encoded), less `drop`, keys renamed, plus `extra`."""
    rename = rename or {}
    out = {rename.get(f.name, f.name): getattr(obj, f.name) for f in dataclasses.fields(obj) if f.name not in drop}
    out.update(extra)
    return out


def error_data(exc: UnionBookError) -> dict[str, Any]:
    data: dict[str, Any] = {"error": exc.code, "message": exc.message}
    if exc.details:
        data["details"] = exc.details
    if isinstance(exc, ValidationError) and exc.problems:
        data["problems"] = exc.problems
    return data


# ---- where the JSON is not just the fields ----

def _member(m: Any) -> dict[str, Any]:
    # lists mask the ID number; `members show` puts the whole number back (cli/members.py)
    return fields_of(m, id_number=m.masked_id, status_label=m.status.label)


def _round(r: Any) -> dict[str, Any]:
    from unionbook.services.elections.count import NEXT_STEP_LABELS

    return fields_of(r, drop=("ballots", "recorded_by"), next_step_label=NEXT_STEP_LABELS[r.next_step],
                     boxes=r.boxes, ballots_keyed=len(r.ballots))


def _meeting(m: Any) -> dict[str, Any]:
    return fields_of(m, on_leave=m.on_leave, elections=[{"id": i, "title": t} for i, t in m.elections])


def _import_counts(inserted: int, updated: int, unchanged: int, batch_id: str | None,
                   problems: list[Any]) -> dict[str, Any]:
    """The import's documented counts (README, Import): `batch_id` null when nothing was written."""
    return {"inserted": inserted, "updated": updated, "unchanged": unchanged, "batch_id": batch_id,
            "errors": [p for p in problems if p.severity == "error"],
            "warnings": [p for p in problems if p.severity == "warning"]}


# ---- the dues area: amounts are integer fen inside, strings with two decimals here; months "YYYY-MM" ----

def _yuan(fen: int | None) -> str | None:
    from unionbook.domain.dues_money import format_amount

    return None if fen is None else format_amount(fen)


def _month_text(m: Any) -> str | None:
    return None if m is None else str(m)


def _day(d: dt.date | None) -> str | None:
    return None if d is None else d.isoformat()


def _arrear(a: Any) -> dict[str, Any]:
    return {"id": a.member_id, "name": a.name, "employer": a.employer, "months_unpaid": len(a.months),
            "owed": _yuan(a.owed_fen), "paid_through": _month_text(a.paid_through),
            "months": [str(m) for m in a.months], "months_without_wage": a.no_wage, "lapse": a.lapse,
            "lapse_run": a.lapse_run, "persuasions": a.persuasions, "last_persuasion": _day(a.last_persuasion)}


def _arrears_report(r: Any) -> dict[str, Any]:
    return {"as_of": str(r.as_of), "from": _month_text(r.start), "members": r.members,
            "total_owed": _yuan(r.total_owed_fen), "lapse_count": sum(1 for a in r.members if a.lapse)}


def _member_dues(r: Any) -> dict[str, Any]:
    return {"member_id": r.member_id, "name": r.name, "wage": _yuan(r.wage_fen),
            "monthly_dues": _yuan(r.monthly_dues_fen), "paid_through": _month_text(r.paid_through),
            "payments": [{"month": str(m), "dues": _yuan(a), "paid_on": d.isoformat(), "method": k, "receipt": n}
                         for m, a, d, k, n in r.payments]}


def _declaration(d: Any) -> dict[str, Any]:
    return {"id": d.id, "employer": d.employer, "period": d.period, "payroll": _yuan(d.payroll_fen),
            "levy": _yuan(d.levy_fen), "retained": _yuan(d.retained_fen), "upper": _yuan(d.upper_fen),
            "upper_parts": {k: _yuan(v) for k, v in d.upper_parts.items()}, "preparatory": d.preparatory,
            "rule_note": d.rule_note, "refund_policy": d.refund_policy}


def _funds_line(x: Any) -> dict[str, Any]:
    from unionbook.services.dues.funds import SUMS

    return {"employer": x.employer, **{k: _yuan(getattr(x, k + "_fen")) for k in SUMS}}


def _funds_summary(r: Any) -> dict[str, Any]:
    from unionbook.services.dues.funds import SUMS

    return {"year": r.year, **{k: _yuan(r.total(k)) for k in SUMS}, "by_employer": r.lines}


def _entry(e: Any) -> dict[str, Any]:
    return {"id": e.id, "date": e.date.isoformat(), "category": e.category, "category_label": e.category_label,
            "sub": e.sub, "kind": e.kind, "amount": _yuan(e.amount_fen), "counterparty": e.counterparty,
            "voucher": e.voucher, "memo": e.memo, "source": e.source, "corrects": e.corrects_id,
            "attachment": e.attachment, "warning": e.warning}


def _year_report(r: Any) -> dict[str, Any]:
    return {"year": r.year, "opening": _yuan(r.opening_fen), "income": _yuan(r.income_fen),
            "expense": _yuan(r.expense_fen), "closing": _yuan(r.closing_fen), "closed_on": _day(r.closed_on),
            "entries": r.entries, "lines": r.lines}


_DUES = "unionbook.services.dues."
DUES_SHAPES: dict[str, Shape] = {
    _DUES + "dues.DuesCalc": lambda r: {"wage": _yuan(r.wage_fen), "base": _yuan(r.base_fen), "dues": _yuan(r.dues_fen)},
    _DUES + "dues.WageResult": lambda r: {"member_id": r.member_id, "wage": _yuan(r.wage_fen),
                                          "from": str(r.from_month), "monthly_dues": _yuan(r.monthly_dues_fen)},
    _DUES + "dues.PayResult": lambda r: {"member_id": r.member_id, "months": [str(m) for m in r.months],
                                         "amount": _yuan(r.amount_fen), "paid_through": _month_text(r.paid_through)},
    _DUES + "dues.MemberDues": _member_dues,
    _DUES + "posting.PostResult": lambda r: {
        "month": str(r.month), "employers": r.employers, "members": r.members, "amount": _yuan(r.amount_fen),
        "skipped": [{"id": i, "name": n, "reason": why} for i, n, why in r.skipped],
        "already_posted": r.already_posted, "with_gaps": r.with_gaps},
    _DUES + "arrears.Arrear": _arrear,
    _DUES + "arrears.ArrearsReport": _arrears_report,
    _DUES + "arrears.PersuasionView": lambda v: {"id": v.id, "member_id": v.member_id, "date": v.date.isoformat(),
                                                 "by": v.by_whom, "note": v.note},
    # the same JSON as `members import` (README): the payroll's new wages are `inserted`, changed ones `updated`
    _DUES + "payroll.PayrollPlan": lambda p: _import_counts(
        len(p.new), len(p.changed), len(p.unchanged_rows), None, p.problems),
    _DUES + "payroll.PayrollResult": lambda r: _import_counts(
        len(r.plan.new), len(r.plan.changed), len(r.plan.unchanged_rows), r.batch_id, r.plan.problems),
    _DUES + "funds.Declaration": _declaration,
    _DUES + "funds.MovementResult": lambda r: {
        "employer": r.declaration.employer, "period": r.declaration.period, "kind": r.kind,
        "amount": _yuan(r.amount_fen), "date": r.date.isoformat(), "voucher": r.voucher},
    _DUES + "funds.FundsLine": _funds_line,
    _DUES + "funds.FundsSummary": _funds_summary,
    _DUES + "ledger.EntryView": _entry,
    _DUES + "ledger.CloseResult": lambda r: {"year": r.year, "closed_on": r.closed_on.isoformat(), "entries": r.entries,
                                             "income": _yuan(r.income_fen), "expense": _yuan(r.expense_fen)},
    _DUES + "report.ReportLine": lambda x: {"category": x.code, "label": x.label, "kind": x.kind,
                                            "actual": _yuan(x.actual_fen), "budget": _yuan(x.budget_fen),
                                            "over_budget": _yuan(x.over_budget_fen) if x.over_budget_fen else None},
    _DUES + "report.YearReport": _year_report,
}


SHAPES: dict[str, Shape] = {
    "unionbook.services.union.profile_view.UnionProfileView": lambda p: fields_of(p, kind_label=p.kind_label),
    "unionbook.services.members.views.MemberView": _member,
    "unionbook.services.members.records.EventView": lambda e: fields_of(e, event_label=e.event.label),
    "unionbook.services.members.stats.KeyFigures": lambda f: fields_of(
        f, drop=("movement",) if f.movement is None else (),  # `movement` only with --from/--to
        top_employers=[{"name": n, "members": c} for n, c in f.top_employers]),
    "unionbook.services.members.exports.ExportResult": lambda r: fields_of(r, rename={"path": "file"}),
    "unionbook.services.imports.plan.Problem": lambda p: fields_of(p, drop=("severity",)),
    "unionbook.services.imports.plan.FieldChange": lambda c: {
        "field": c.column, "label": c.label, "before": c.before_text, "after": c.after_text},
    "unionbook.services.imports.plan.PlannedUpdate": lambda u: fields_of(u, drop=("values", "employer")),
    "unionbook.services.imports.plan.ImportPlan": lambda p: _import_counts(
        len(p.new), len(p.updates), len(p.unchanged_rows), None, p.problems),
    "unionbook.services.imports.plan.ImportResult": lambda r: _import_counts(
        r.inserted, r.updated, r.unchanged, r.batch_id, r.problems),
    "unionbook.services.imports.batches.BatchView": lambda b: fields_of(b, rename={"file_name": "file"}),
    # `summary` only for another kind of import (a delivery list): a roster's undo keeps its documented keys
    "unionbook.services.imports.batches.UndoResult": lambda r: fields_of(r, drop=() if r.summary else ("summary",)),
    "unionbook.services.elections.setup.SetupReport": lambda r: fields_of(r),
    "unionbook.services.elections.setup.CandidateReport": lambda r: fields_of(r, warnings=r.warnings),
    "unionbook.services.elections.count.RoundView": _round,
    "unionbook.services.elections.count.ElectedView": lambda x: fields_of(x, rename={"round_number": "round"}),
    "unionbook.domain.election_rules.Check": lambda c: {"ok": c.ok, "message": c.message, **c.data},
    "unionbook.services.meetings.records.MeetingView": _meeting,
    "unionbook.services.meetings.records.AttendeeView": lambda a: fields_of(a, drop=("employer",)),
    "unionbook.services.meetings.records.AgendaView": lambda a: fields_of(a, drop=("id",)),
    "unionbook.services.rules.in_force.Override": lambda o: fields_of(o, drop=("key",)),
    "unionbook.services.elections.term_warnings.TermWarning": lambda w: fields_of(w, drop=("body_label", "end_date")),
    "unionbook.services.forms.catalog.FormInfo": lambda f: fields_of(f, drop=() if f.error else ("error",)),
    **DUES_SHAPES,
}


def _shape_of(obj: Any) -> Shape | None:
    cls = type(obj)
    return SHAPES.get(f"{cls.__module__}.{cls.__qualname__}")


def to_data(obj: Any) -> Any:
    """`obj` as JSON-ready values (dict, list, str, int, float, bool, None)."""
    if isinstance(obj, enum.Enum):
        return to_data(obj.value)
    if obj is None or isinstance(obj, (bool, int, float, str)):
        return obj
    if isinstance(obj, UnionBookError):
        return to_data(error_data(obj))
    if isinstance(obj, Money):  # integer fen inside; "15.40" in JSON (README: amounts are two-decimal strings)
        return str(obj)
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        shape = _shape_of(obj)
        return to_data(shape(obj) if shape else fields_of(obj))
    if isinstance(obj, Mapping):
        return {str(to_data(k)): to_data(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple, set, frozenset)):
        return [to_data(v) for v in obj]
    if isinstance(obj, dt.datetime):
        return obj.isoformat(sep=" ")
    if isinstance(obj, dt.date):
        return obj.isoformat()
    if isinstance(obj, Decimal):
        return str(obj.quantize(CENT, rounding=ROUND_HALF_UP))
    if isinstance(obj, Fraction):
        return f"{obj.numerator}/{obj.denominator}"
    if isinstance(obj, PurePath):
        return str(obj)
    raise TypeError(f"cannot write {type(obj).__name__} as JSON")


def dumps(obj: Any, *, indent: int | None = None) -> str:
    return json.dumps(to_data(obj), ensure_ascii=False, indent=indent)


def dump(obj: Any, stream: IO[str], *, indent: int | None = None) -> None:
    stream.write(dumps(obj, indent=indent))
    stream.write("\n")
