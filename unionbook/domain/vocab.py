"""Closed vocabularies: the values the register stores, each with the Chinese label people read.

Every vocabulary is a `Choice` (a StrEnum): the member's stored value is the enum's value, unchanged from
0.1 (Chinese words for the register's own vocabularies, English words where the value was English already,
like the union kind), and `label` is what forms, exports, the GUI and messages show. Derive choice lists from
these classes (`Education.values()`) rather than restating them.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from typing import TypeVar


class Choice(enum.StrEnum):
    """A closed vocabulary. The value is what is stored; `label` is what people read."""

    @property
    def label(self) -> str:
        return _LABELS.get(type(self), {}).get(self.value, self.value)

    @classmethod
    def values(cls) -> tuple[str, ...]:
        return tuple(m.value for m in cls)

    @classmethod
    def labels(cls) -> dict[str, str]:
        """value → label, in declaration order."""
        return {m.value: m.label for m in cls}


# labels of vocabularies whose stored values are not the Chinese word itself
_LABELS: dict[type[Choice], dict[str, str]] = {}
C = TypeVar("C", bound=type[Choice])


def with_labels(labels: Mapping[str, str]) -> Callable[[C], C]:
    """Class decorator: the Chinese label of every value of a vocabulary stored in English."""

    def attach(cls: C) -> C:
        missing = [m.value for m in cls if m.value not in labels]
        if missing or len(labels) != len(cls):
            raise ValueError(f"{cls.__name__}: labels do not match the values (missing {missing})")
        _LABELS[cls] = dict(labels)
        return cls

    return attach


class Gender(Choice):
    MALE = "男"
    FEMALE = "女"


class Education(Choice):
    POSTGRADUATE = "研究生"
    BACHELOR = "大学本科"
    COLLEGE = "大学专科"
    SECONDARY_VOCATIONAL = "中专"
    TECHNICAL_SCHOOL = "技校"
    HIGH_SCHOOL = "高中"
    JUNIOR_HIGH = "初中"
    PRIMARY = "小学"
    OTHER = "其他"


class PoliticalStatus(Choice):
    CPC_MEMBER = "中共党员"
    CPC_PROBATIONARY = "中共预备党员"
    YOUTH_LEAGUE = "共青团员"
    DEMOCRATIC_PARTY = "民主党派"
    NON_PARTY = "无党派人士"
    MASSES = "群众"


class HouseholdType(Choice):
    AGRICULTURAL = "农业户口"
    NON_AGRICULTURAL = "非农业户口"
    RESIDENT = "居民户口"


class EmploymentForm(Choice):
    CONTRACT = "劳动合同"
    DISPATCHED = "劳务派遣"
    PART_TIME = "非全日制"
    NEW_FORMS = "新就业形态"
    RETIREE_REHIRED = "退休返聘"
    OTHER = "其他"


class Group(Choice):
    """The 八大群体 the ACFTU campaigns to enrol: eight groups (docs/domain.md). 网约车司机 is not one of them:
    ride-hailing drivers are 新就业形态 workers, kept on the member's new_forms flag (migration 0005_domain)."""

    TRUCK_DRIVER = "货车司机"
    COURIER = "快递员"
    FOOD_DELIVERY = "网约送餐员"
    CARER = "护工护理员"
    HOUSEKEEPER = "家政服务员"
    MALL_INFORMANT = "商场信息员"
    ESTATE_AGENT = "房产中介员"
    SECURITY_GUARD = "保安员"


@with_labels({"enterprise": "企业工会", "joint": "联合基层工会", "township": "乡镇（街道）工会"})
class UnionKind(Choice):
    ENTERPRISE = "enterprise"
    JOINT = "joint"
    TOWNSHIP = "township"
