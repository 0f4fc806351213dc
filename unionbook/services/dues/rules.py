"""The dues, funds and ledger rules, read from the rule set in force for this union (services/rules/in_force.py:
the chosen set, national-2021 or a provincial variant, with the union's overrides). Every number comes from
a rule-set row with its source and confidence; nothing regulated is written in code.

Rows used here: `dues.rate`, `dues.base_step_yuan`, `dues.base_components` (per employer kind), `dues.kept_exempt`,
`dues.join_month_owes`, `membership.lapse_months`, `funds.levy_rate`, `funds.preparation_levy_rate`,
`funds.grassroots_share_min`, `funds.remainder_to`, `funds.upper_level_shares` (the provincial table: empty in
the national set), `funds.refund_policies` (dated rows), `ledger.categories`, `ledger.forbidden_gifts` and
`ledger.gift_caps` (provincial).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from fractions import Fraction
from functools import cache
from typing import TYPE_CHECKING, Any

from unionbook.domain.dues_money import AmountError, parse_amount
from unionbook.errors import UnionBookError, ValidationError
from unionbook.rules.loader import CONFIDENCE_LABELS, RuleEntry, RuleSet, load_rule_set
from unionbook.store import Database

if TYPE_CHECKING:  # the roster's 会费交至 reads these rules without SQLAlchemy (paid_through.py)
    from sqlalchemy.orm import Session

# the dues area's employer kinds (stored per employer) → the keys of the rule set's `dues.base_components`
KIND_KEYS = {"enterprise": "enterprise", "organ": "government", "institution": "institution"}
UNCONFIRMED = CONFIDENCE_LABELS["R"]  # 待核实
_NOTE_WORDS = "凭记忆|领域审查|条文未见"
_NOTE_BRACKETS = re.compile(rf"（[^（）]*(?:{_NOTE_WORDS})[^（）]*）")
_NOTE_CLAUSE = re.compile(rf"[，,；;][^，,；;（）]*(?:{_NOTE_WORDS})[^，,；;（）]*")
_NOTE_PREFIX = re.compile(r"^领域审查\s*[A-Za-z0-9]*\s*[：:]\s*")


def public_source(source: str) -> str:
    """A rule row's source without the compilers' notes on it (in brackets or a clause of their own)."""
    return _NOTE_CLAUSE.sub("", _NOTE_BRACKETS.sub("", _NOTE_PREFIX.sub("", source))).strip()


class DuesRuleError(UnionBookError):
    code = "rule_set"


@dataclass(frozen=True)
class Category:
    code: str
    label: str
    kind: str  # income | expense
    subs: tuple[str, ...]
    source: str
    confidence: str


@dataclass(frozen=True)
class RefundPolicy:
    name: str
    start: dt.date
    end: dt.date
    part: str
    max_employees: int
    source: str
    confidence: str

    def applies(self, day: dt.date, employees: int) -> bool:
        return self.start <= day <= self.end and 0 < employees <= self.max_employees


@dataclass(frozen=True)
class Cap:
    sub: str
    amount_fen: int
    per: str  # person | person_year
    label: str


@dataclass(frozen=True)
class DuesRules:
    rule_set_id: str
    rule_set_title: str
    entries: dict[str, RuleEntry]
    categories: tuple[Category, ...]
    refund_policies: tuple[RefundPolicy, ...]
    upper_shares: dict[str, Fraction]  # level → share of the levy; empty when the rule set has no table
    caps: dict[str, Cap]  # sub-item → cap; empty when the rule set has none

    def __getitem__(self, key: str) -> Any:
        try:
            return self.entries[key].value
        except KeyError:
            raise DuesRuleError(f"规则集“{self.rule_set_title}”中没有会费规则项“{key}”") from None

    def entry(self, key: str) -> RuleEntry:
        self[key]
        return self.entries[key]

    def cited(self, key: str) -> str:
        """The row's source as people read it, with （待核实） when it is unconfirmed: what a message or a voucher
        cites. The rule file's working notes (凭记忆, 领域审查示例…) stay in the file and docs/domain.md."""
        e = self.entry(key)
        return public_source(e.source) + (f"（{UNCONFIRMED}）" if e.unconfirmed else "")

    def ratio(self, key: str) -> Fraction:
        from unionbook.rules.loader import parse_ratio

        return parse_ratio(self[key], f"{self.rule_set_id}:{key}")

    @property
    def dues_rate(self) -> Fraction:
        return self.ratio("dues.rate")

    @property
    def base_step_fen(self) -> int:
        return int(self["dues.base_step_yuan"]) * 100

    @property
    def levy_rate(self) -> Fraction:
        return self.ratio("funds.levy_rate")

    @property
    def preparatory_rate(self) -> Fraction:
        return self.ratio("funds.preparation_levy_rate")

    @property
    def grassroots_share(self) -> Fraction:
        return self.ratio("funds.grassroots_share_min")

    @property
    def lapse_months(self) -> int:
        return int(self["membership.lapse_months"])

    @property
    def join_month_owes(self) -> bool:
        return bool(self["dues.join_month_owes"])

    def base_components(self, kind: str) -> list[str]:
        table = self["dues.base_components"]
        key = KIND_KEYS.get(kind)
        if key is None or key not in table:
            raise ValidationError(f"单位类型应为 {'、'.join(KIND_KEYS)}，不是“{kind}”")
        return list(table[key])

    def category(self, code: str) -> Category:
        for c in self.categories:
            if c.code == code:
                return c
        codes = "、".join(f"{c.code}（{c.label}）" for c in self.categories)
        raise ValidationError(f"没有收支科目“{code}”。可用的科目：{codes}")

    def refund_for(self, day: dt.date, employees: int) -> RefundPolicy | None:
        return next((p for p in self.refund_policies if p.applies(day, employees)), None)


def _rows(rs: RuleSet, key: str) -> list[dict[str, Any]]:
    value = rs.get(key, [])
    if not isinstance(value, list) or not all(isinstance(r, dict) for r in value):
        raise DuesRuleError(f"规则集“{rs.title}”的“{key}”应为表格行的列表")
    return value


def _build(rs: RuleSet) -> DuesRules:
    try:
        policies = tuple(RefundPolicy(p["name"], dt.date.fromisoformat(p["from"]), dt.date.fromisoformat(p["to"]),
                                      p["part"], int(p["max_employees"]), p["source"], p["confidence"])
                         for p in _rows(rs, "funds.refund_policies"))
        categories = tuple(Category(c["code"], c["label"], c["kind"], tuple(c.get("subs", ())), c["source"],
                                    c["confidence"]) for c in _rows(rs, "ledger.categories"))
        shares = {r["level"]: Fraction(str(r["share"])) for r in _rows(rs, "funds.upper_level_shares")}
        caps = {r["sub"]: Cap(r["sub"], parse_amount(r["amount"]), r["per"], r["label"])
                for r in _rows(rs, "ledger.gift_caps")}
    except (KeyError, TypeError, ValueError, AmountError) as exc:
        raise DuesRuleError(f"规则集“{rs.title}”的会费、经费或收支科目表格式错误：{exc}") from None
    rules = DuesRules(rs.id, rs.title, dict(rs.entries), categories, policies, shares, caps)
    if shares and sum(shares.values(), Fraction(0)) + rules.grassroots_share != 1:
        raise DuesRuleError(f"规则集“{rs.title}”：上级分成（funds.upper_level_shares）与基层留成之和不等于100%")
    return rules


@cache
def _built(rule_set_id: str, overridden: str) -> DuesRules:
    rs = _load(rule_set_id)
    if overridden:
        found = {k: (v, "") for k, v in json.loads(overridden).items() if k in rs.entries}
        rs = rs.with_overrides(found)
    return _build(rs)


@cache
def _load(rule_set_id: str) -> RuleSet:
    return load_rule_set(rule_set_id)


def rules_of(rs: RuleSet) -> DuesRules:
    """The dues rules of a rule set (built once per rule set and set of overrides)."""
    overridden = {k: e.value for k, e in rs.entries.items() if e.origin == "override"}
    return _built(rs.id, json.dumps(overridden, sort_keys=True, ensure_ascii=False) if overridden else "")


def dues_rules(s: Session) -> DuesRules:
    """The dues rules in force for the union of this session's database (two small reads; the rule set's
    file is parsed once per process)."""
    from unionbook.services.rules.in_force import choice_s

    return built_rules(*choice_s(s))


def built_rules(chosen: str, found: dict[str, tuple[Any, str]]) -> DuesRules:
    """The dues rules of rule set `chosen` with the union's overrides `found` (key → (value, note))."""
    overridden = {k: v for k, (v, _note) in found.items()}
    return _built(chosen, json.dumps(overridden, sort_keys=True, ensure_ascii=False) if overridden else "")


def dues_rules_for(db: Database) -> DuesRules:
    with db.read() as s:
        return dues_rules(s)


def default_rules() -> DuesRules:
    """The default (national) rule set's dues rules, for a calculation with no union's database at hand."""
    return rules_of(_load(load_rule_set().id))
