"""The dues, funds and ledger rules as data: unionbook/rules/dues/national.toml (national rows) and
provinces.toml (an example provincial table, 待核实). Nothing regulated is written in code; tests pin the values.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass
from fractions import Fraction
from functools import cache
from importlib import resources
from typing import Any

from unionbook.domain.dues_money import parse_amount
from unionbook.errors import UnionBookError, ValidationError
from unionbook.rules.loader import CONFIDENCE_LABELS, RuleEntry

DEFAULT_PROVINCE = "ningxia"
PROVINCE_SETTING = "dues.province"


def _read(name: str) -> dict[str, Any]:
    path = resources.files("unionbook.rules") / "dues" / name
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise UnionBookError(f"会费规则文件 rules/dues/{name} 无法读取：{exc}") from None


def _entries(data: dict[str, Any], prefix: str = "") -> dict[str, RuleEntry]:
    out: dict[str, RuleEntry] = {}
    for name, item in data.items():
        key = f"{prefix}{name}"
        if isinstance(item, dict) and "value" in item:
            if item.get("confidence") not in CONFIDENCE_LABELS or not item.get("source") or not item.get("label"):
                raise UnionBookError(f"会费规则“{key}”缺少 label、source 或 confidence（C/S/R）")
            out[key] = RuleEntry(key, item["value"], item["label"], item["source"], item["confidence"], "dues")
        elif isinstance(item, dict):
            out.update(_entries(item, key + "."))
    return out


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
class Province:
    key: str
    name: str
    upper_shares: dict[str, Fraction]  # of the levy
    caps: dict[str, Cap]
    source: str
    confidence: str


@dataclass(frozen=True)
class DuesRules:
    entries: dict[str, RuleEntry]
    categories: tuple[Category, ...]
    refund_policies: tuple[RefundPolicy, ...]
    provinces: dict[str, Province]

    def __getitem__(self, key: str) -> Any:
        return self.entries[key].value

    def fraction(self, key: str) -> Fraction:
        return Fraction(str(self[key]))

    @property
    def dues_rate(self) -> Fraction:
        return self.fraction("dues.rate")

    @property
    def base_step_fen(self) -> int:
        return int(self["dues.base_step_fen"])

    @property
    def levy_rate(self) -> Fraction:
        return self.fraction("funds.levy_rate")

    @property
    def grassroots_share(self) -> Fraction:
        return self.fraction("funds.grassroots_share")

    def category(self, code: str) -> Category:
        for c in self.categories:
            if c.code == code:
                return c
        codes = "、".join(f"{c.code}（{c.label}）" for c in self.categories)
        raise ValidationError(f"没有收支科目“{code}”。可用的科目：{codes}")

    def province(self, key: str) -> Province:
        try:
            return self.provinces[key]
        except KeyError:
            raise ValidationError(f"没有省级规则“{key}”（可用：{'、'.join(self.provinces)}）") from None

    def refund_for(self, day: dt.date, employees: int) -> RefundPolicy | None:
        return next((p for p in self.refund_policies if p.applies(day, employees)), None)


@cache
def dues_rules() -> DuesRules:
    national = _read("national.toml")
    body = {k: v for k, v in national.items() if k != "meta"}
    funds = dict(body.get("funds", {}))
    ledger = dict(body.get("ledger", {}))
    policies = tuple(RefundPolicy(p["name"], dt.date.fromisoformat(p["from"]), dt.date.fromisoformat(p["to"]),
                                  p["part"], int(p["max_employees"]), p["source"], p["confidence"])
                     for p in funds.pop("refund_policies", []))
    categories = tuple(Category(c["code"], c["label"], c["kind"], tuple(c.get("subs", ())), c["source"],
                                c["confidence"]) for c in ledger.pop("categories", []))
    entries = _entries({**body, "funds": funds, "ledger": ledger})
    provinces: dict[str, Province] = {}
    for key, p in _read("provinces.toml").items():
        if key == "meta":
            continue
        caps = {sub: Cap(sub, parse_amount(c["amount"]), c["per"], c["label"]) for sub, c in p.get("caps", {}).items()}
        shares = {k: Fraction(v) for k, v in p["upper_shares"].items()}
        provinces[key] = Province(key, p["name"], shares, caps, p["source"], p["confidence"])
    rules = DuesRules(entries, categories, policies, provinces)
    grassroots = rules.grassroots_share
    for prov in provinces.values():
        if sum(prov.upper_shares.values(), Fraction(0)) + grassroots != 1:
            raise UnionBookError(f"省级规则“{prov.name}”：上级分成与基层留成之和不等于100%")
    return rules
