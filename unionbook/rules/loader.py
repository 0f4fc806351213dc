"""Load a versioned rule set: every regulated number with its source and confidence.

A rule-set file is TOML. `[meta]` names it; every other table holds entries, each a table with `value`,
`label` (Chinese), `source` and `confidence` ("C" confirmed in a primary text, "S" secondary, "R" recalled,
unconfirmed). A provincial variant sets `meta.extends` to its base and lists only what differs. A union's own
overrides (recorded in the database with who and when) are applied on top with `with_overrides`.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, replace
from fractions import Fraction
from functools import cache
from importlib import resources
from typing import Any

from unionbook.errors import UnionBookError

CONFIDENCE_LABELS = {"C": "已核实（原文）", "S": "次级来源", "R": "待核实"}
DEFAULT_RULE_SET = "national-2021"


class RuleSetError(UnionBookError):
    code = "rule_set"


@dataclass(frozen=True)
class RuleEntry:
    key: str  # "election.quorum_ratio"
    value: Any
    label: str
    source: str
    confidence: str  # C / S / R
    origin: str = ""  # the rule-set id the value came from, or "override"
    note: str = ""

    @property
    def confidence_label(self) -> str:
        return CONFIDENCE_LABELS.get(self.confidence, self.confidence)

    @property
    def unconfirmed(self) -> bool:
        return self.confidence == "R"


@dataclass(frozen=True)
class RuleSet:
    id: str
    title: str
    version: str
    entries: dict[str, RuleEntry]

    def __getitem__(self, key: str) -> Any:
        try:
            return self.entries[key].value
        except KeyError:
            raise RuleSetError(f"规则集“{self.title}”中没有规则项“{key}”") from None

    def get(self, key: str, default: Any = None) -> Any:
        entry = self.entries.get(key)
        return default if entry is None else entry.value

    def ratio(self, key: str) -> Fraction:
        """A ratio written as "2/3", 0.5 or "60%" in the file, as an exact fraction."""
        return parse_ratio(self[key], f"{self.id}:{key}")

    def section(self, prefix: str) -> list[RuleEntry]:
        return [e for k, e in self.entries.items() if k.startswith(prefix + ".")]

    def with_overrides(self, overrides: dict[str, tuple[Any, str]]) -> RuleSet:
        """Apply a union's overrides: key → (value, note). Unknown keys are refused."""
        entries = dict(self.entries)
        for key, (value, note) in overrides.items():
            if key not in entries:
                raise RuleSetError(f"规则项“{key}”不存在，无法覆盖")
            entries[key] = replace(entries[key], value=value, origin="override", note=note)
        return replace(self, entries=entries)


def parse_ratio(value: Any, where: str = "") -> Fraction:
    try:
        if isinstance(value, str) and value.endswith("%"):
            return Fraction(value[:-1].strip()) / 100
        return Fraction(str(value)) if not isinstance(value, str) else Fraction(value.strip())
    except (ValueError, ZeroDivisionError):
        raise RuleSetError(f"规则值“{value}”不是比例（{where}）") from None


def available_rule_sets() -> list[str]:
    """The rule sets a union may choose (old names kept as aliases are not listed)."""
    folder = resources.files("unionbook.rules")
    names = sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".toml"))
    return [n for n in names if not _alias_target(n)]


def _alias_target(rule_set_id: str) -> str:
    """The id a renamed set now has ("" when the id is not an old name). Old databases store old names."""
    try:
        target = _read(rule_set_id).get("meta", {}).get("alias_of", "")
    except RuleSetError:
        return ""
    return str(target)


def canonical_id(rule_set_id: str) -> str:
    """The current id for a rule-set id, following renames (national-2016 → national-2021)."""
    seen = {rule_set_id}
    target = _alias_target(rule_set_id)
    while target:
        if target in seen:
            raise RuleSetError(f"规则集“{rule_set_id}”的 alias_of 形成循环")
        seen.add(target)
        rule_set_id, target = target, _alias_target(target)
    return rule_set_id


@cache
def _read(rule_set_id: str) -> dict[str, Any]:
    """The parsed file, read once per process (resolving a name and loading a set read it up to three times);
    callers only read it."""
    path = resources.files("unionbook.rules") / f"{rule_set_id}.toml"
    if not path.is_file():
        raise RuleSetError(f"找不到规则集“{rule_set_id}”（可用：{'、'.join(available_rule_sets())}）")
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise RuleSetError(f"规则集文件 {rule_set_id}.toml 格式错误：{exc}") from None


def _flatten(data: dict[str, Any], origin: str, prefix: str = "") -> dict[str, RuleEntry]:
    out: dict[str, RuleEntry] = {}
    for name, item in data.items():
        key = f"{prefix}{name}"
        if not isinstance(item, dict):
            raise RuleSetError(f"规则集 {origin}.toml 中“{key}”应为表（含 value、label、source、confidence）")
        if "value" in item:
            missing = [f for f in ("label", "source", "confidence") if f not in item]
            if missing:
                raise RuleSetError(f"规则集 {origin}.toml 中“{key}”缺少：{'、'.join(missing)}")
            if item["confidence"] not in CONFIDENCE_LABELS:
                raise RuleSetError(f"规则集 {origin}.toml 中“{key}”的 confidence 应为 C、S 或 R")
            out[key] = RuleEntry(key, item["value"], item["label"], item["source"], item["confidence"], origin,
                                 item.get("note", ""))
        else:
            out.update(_flatten(item, origin, key + "."))
    return out


def load_rule_set(rule_set_id: str = DEFAULT_RULE_SET) -> RuleSet:
    """Load a shipped rule set, following `extends` to its base; an old (renamed) id loads the set it became."""
    rule_set_id = canonical_id(rule_set_id)
    chain: list[tuple[str, dict[str, Any]]] = []
    current: str | None = rule_set_id
    while current:
        if any(current == c for c, _ in chain):
            raise RuleSetError(f"规则集“{rule_set_id}”的 extends 形成循环")
        data = _read(current)
        chain.append((current, data))
        current = data.get("meta", {}).get("extends")
    entries: dict[str, RuleEntry] = {}
    for origin, data in reversed(chain):
        body = {k: v for k, v in data.items() if k != "meta"}
        entries.update(_flatten(body, origin))
    meta = chain[0][1].get("meta", {})
    return RuleSet(rule_set_id, meta.get("title", rule_set_id), str(meta.get("version", "")), entries)
