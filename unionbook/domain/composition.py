"""Who the candidates are: women, frontline workers and model workers against the membership and the rule
set's shares, checked before the ballots are printed (warnings, not refusals: the assembly decides).

Pure: the rule set is passed in (anything with `rs[key]` and `rs.ratio(key)`).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, replace
from fractions import Fraction
from typing import Protocol

from unionbook.domain.election_rules import RuleLookup
from unionbook.errors import UnionBookError


class Person(Protocol):
    # read-only members, so that frozen dataclasses (the candidate views) match too
    @property
    def gender(self) -> str: ...
    @property
    def frontline(self) -> bool: ...
    @property
    def model_worker(self) -> bool: ...


@dataclass(frozen=True)
class Counts:
    """How many of a group are women, frontline workers and model workers."""

    total: int = 0
    women: int = 0
    frontline: int = 0
    model_workers: int = 0

    @classmethod
    def of(cls, people: Iterable[Person]) -> Counts:
        total = women = frontline = model = 0
        for p in people:
            total += 1
            women += p.gender == "女"
            frontline += bool(p.frontline)
            model += bool(p.model_worker)
        return cls(total, women, frontline, model)


@dataclass(frozen=True)
class CompositionLine:
    key: str  # women | frontline | model_workers
    label: str
    candidates: int  # how many of the candidates are in the group
    total_candidates: int
    members: int  # how many of the membership are in the group
    total_members: int
    required: int  # fewest candidates from the group the rule asks for
    rule: str  # the rule, in words
    rule_key: str
    ok: bool
    message: str

    @property
    def candidate_share(self) -> Fraction | None:
        return Fraction(self.candidates, self.total_candidates) if self.total_candidates else None

    @property
    def member_share(self) -> Fraction | None:
        return Fraction(self.members, self.total_members) if self.total_members else None


def _pct(part: int, whole: int) -> str:
    # display only: a float is fine for one decimal of a percentage
    return f"{part * 100 / whole:.1f}%".replace(".0%", "%") if whole else "—"


def _share_text(value: Fraction) -> str:
    pct = value * 100
    return f"{pct.numerator // pct.denominator}%" if pct.denominator == 1 else f"{float(pct):.1f}%"


# which rule-set entries apply to which body elected. A fixed share (…_min) is a provincial or industry rule
# (the Ningxia industry-union variant); the national set only asks for "适当比例" on a committee (warn when
# none) and "以一线职工为主" (more than half) among representatives. See docs/domain.md.
_FRONTLINE_KEYS = {"representatives": "assembly.composition.frontline_min"}
_FRONTLINE_DEFAULT = "election.composition.frontline_committee_min"
_FRONTLINE_INCLUDED = "election.composition.frontline_included"
_FRONTLINE_MAJORITY = "assembly.composition.frontline_majority"
_WOMEN_KEYS = {"representatives": "assembly.composition.women_proportional"}
_WOMEN_DEFAULT = "election.composition.women_proportional"
_MODEL_KEY = "election.composition.model_workers_included"


def _has(rs: RuleLookup, key: str) -> bool:
    try:
        rs[key]
    except (KeyError, UnionBookError):
        return False
    return True


def _frontline_line(candidates: Counts, members: Counts, rs: RuleLookup, body: str) -> CompositionLine | None:
    n = candidates.total
    share_key = _FRONTLINE_KEYS.get(body, _FRONTLINE_DEFAULT)
    if _has(rs, share_key):
        ratio = rs.ratio(share_key)
        need, rule, key = math.ceil(n * ratio), f"不少于 {_share_text(ratio)}", share_key
        short = f"应不少于 {_share_text(ratio)}，即至少 {need} 名"
    elif body == "representatives" and _has(rs, _FRONTLINE_MAJORITY) and rs[_FRONTLINE_MAJORITY]:
        need, rule, key = n // 2 + 1 if n else 0, "以一线职工为主（超过半数）", _FRONTLINE_MAJORITY
        short = f"应以一线职工为主（超过半数），即至少 {need} 名"
    elif body != "representatives" and _has(rs, _FRONTLINE_INCLUDED) and rs[_FRONTLINE_INCLUDED]:
        need = 1 if members.frontline and n else 0
        rule, key = "应有适当比例的一线职工", _FRONTLINE_INCLUDED
        short = "一名也没有，应有适当比例的一线职工"
    else:
        return None
    ok = candidates.frontline >= need
    msg = (f"候选人中一线职工 {candidates.frontline} 名（{_pct(candidates.frontline, n)}），"
           + ("符合要求" if ok else short))
    return CompositionLine("frontline", "一线职工", candidates.frontline, n, members.frontline, members.total,
                           need, rule, key, ok, msg)


def check_composition(candidates: Counts, members: Counts, rs: RuleLookup, body: str = "committee") -> list[CompositionLine]:
    """Women, frontline and model workers among the candidates, each against its rule. The checks speak of
    the candidates: who is elected is the assembly's choice, but a list without them cannot elect them."""
    n = candidates.total
    out: list[CompositionLine] = []

    key = _WOMEN_KEYS.get(body, _WOMEN_DEFAULT)
    if rs[key]:
        # "in proportion to the membership": at least the membership's share of the candidates, rounded down
        need = members.women * n // members.total if members.total else 0
        rule = f"与会员中女职工比例相当（会员中占 {_pct(members.women, members.total)}）"
        ok = candidates.women >= need
        msg = (f"候选人 {n} 名中女职工 {candidates.women} 名（{_pct(candidates.women, n)}），"
               + ("符合要求" if ok else f"按会员构成应至少 {need} 名，请考虑增加女职工候选人"))
        out.append(CompositionLine("women", "女职工", candidates.women, n, members.women, members.total, need,
                                   rule, key, ok, msg))

    line = _frontline_line(candidates, members, rs, body)
    if line is not None:
        out.append(line)

    if rs[_MODEL_KEY]:
        need = 1 if members.model_workers and n else 0
        ok = candidates.model_workers >= need
        if not members.model_workers:
            msg = "会员中没有登记劳模（先进工作者），此项不作要求"
        elif ok:
            msg = f"候选人中有劳模（先进工作者）{candidates.model_workers} 名，符合要求"
        else:
            msg = f"会员中有劳模 {members.model_workers} 名，候选人中一名也没有，应有劳模（先进工作者）"
        out.append(CompositionLine("model_workers", "劳模（先进工作者）", candidates.model_workers, n,
                                   members.model_workers, members.total, need, "候选人中应有劳模", _MODEL_KEY, ok, msg))
    if n == 0:
        # nothing to judge yet: "符合要求" over an empty list reads as a green light
        return [replace(line, ok=False, message=f"{line.label}：尚无候选人，确定候选人后再检查") for line in out]
    return out
