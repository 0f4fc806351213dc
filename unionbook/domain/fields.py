"""Field specs: each entity's fields declared once, with the Chinese label every layer shows.

A `FieldSpec` says what a field is called (`name`, the model attribute and the JSON key), how people read it
(`label`), what kind of value it holds, which closed vocabulary it draws from, how it is masked when shown to
someone who needs only part of it, and how long it may be. Validation messages, the Excel export's columns,
the import's canonical headers, the form placeholders (`{member.…}`, `{union.…}`), the roster's headers and
the member dialog's labels are all read from here; nothing else restates a label.

The wording follows the official 会员登记表 and the ACFTU real-name (实名制) collection fields (see
docs/architecture.md, "Field specs"): 学历, 入会时间, 职务/工种, 所属群体. Importing still accepts the other
spellings (文化程度, 入会日期, 岗位 …) through exchange/synonyms.toml.

Labels are marked for Qt's lupdate in the "core" context, where the GUI translates domain labels.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from dataclasses import dataclass

from unionbook.domain.vocab import (
    Choice,
    Education,
    EmploymentForm,
    Gender,
    Group,
    HouseholdType,
    PoliticalStatus,
    UnionKind,
)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for translation in `context` without translating it (Qt-free)."""
    return text


class Kind(enum.StrEnum):
    TEXT = "text"  # one line
    LONG_TEXT = "long_text"  # may hold line breaks (备注)
    DIGITS = "digits"  # numbers kept as text: ID, phone, card number (never an Excel number)
    DATE = "date"
    FLAG = "flag"  # yes/no: 是/否 in exports, √ on forms
    CHOICE = "choice"  # one of `vocabulary`
    COUNT = "count"  # a whole number ≥ 0
    STATUS = "status"  # a state of a state machine, changed only by events


class Mask(enum.StrEnum):
    NONE = "none"
    ID_NUMBER = "id_number"  # 110105********1234 unless the reader needs the whole number


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str
    kind: Kind = Kind.TEXT
    vocabulary: type[Choice] | None = None
    mask: Mask = Mask.NONE
    max_length: int | None = None  # the store's column width, where it has one
    derived: bool = False  # computed, not typed: age, gender and birth date from the ID

    def choices(self) -> tuple[str, ...]:
        return self.vocabulary.values() if self.vocabulary else ()


@dataclass(frozen=True)
class Entity:
    name: str
    label: str
    fields: tuple[FieldSpec, ...]

    def __post_init__(self) -> None:
        names = [f.name for f in self.fields]
        if len(names) != len(set(names)):
            raise ValueError(f"{self.name}: a field is declared twice")

    def __getitem__(self, name: str) -> FieldSpec:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(f"{self.name}.{name}")

    def __iter__(self) -> Iterator[FieldSpec]:
        return iter(self.fields)

    def __contains__(self, name: object) -> bool:
        return any(f.name == name for f in self.fields)

    def label_of(self, name: str) -> str:
        return self[name].label

    def labels(self) -> dict[str, str]:
        """name → label, in declaration order."""
        return {f.name: f.label for f in self.fields}


_T = QT_TRANSLATE_NOOP
_C = "core"

MEMBER = Entity("member", _T(_C, "会员"), (
    FieldSpec("id", _T(_C, "会员编号"), Kind.COUNT, derived=True),
    FieldSpec("name", _T(_C, "姓名"), max_length=40),
    FieldSpec("id_number", _T(_C, "身份证号"), Kind.DIGITS, mask=Mask.ID_NUMBER, max_length=18),
    FieldSpec("gender", _T(_C, "性别"), Kind.CHOICE, Gender, derived=True),
    FieldSpec("birth_date", _T(_C, "出生日期"), Kind.DATE, derived=True),
    FieldSpec("age", _T(_C, "年龄"), Kind.COUNT, derived=True),
    FieldSpec("ethnicity", _T(_C, "民族"), max_length=20),
    FieldSpec("phone", _T(_C, "联系电话"), Kind.DIGITS, max_length=20),
    FieldSpec("employer", _T(_C, "工作单位"), max_length=200),
    FieldSpec("job", _T(_C, "职务/工种"), max_length=100),
    FieldSpec("education", _T(_C, "学历"), Kind.CHOICE, Education),
    FieldSpec("political_status", _T(_C, "政治面貌"), Kind.CHOICE, PoliticalStatus),
    FieldSpec("household_type", _T(_C, "户籍类型"), Kind.CHOICE, HouseholdType),
    FieldSpec("employment_form", _T(_C, "用工形式"), Kind.CHOICE, EmploymentForm),
    FieldSpec("migrant_worker", _T(_C, "农民工"), Kind.FLAG),
    FieldSpec("group", _T(_C, "所属群体"), Kind.CHOICE, Group),
    FieldSpec("frontline", _T(_C, "一线职工"), Kind.FLAG),
    FieldSpec("model_worker", _T(_C, "劳模"), Kind.FLAG),
    FieldSpec("hardship", _T(_C, "困难职工"), Kind.FLAG),
    FieldSpec("card_number", _T(_C, "会员证号"), Kind.DIGITS, max_length=32),
    FieldSpec("join_date", _T(_C, "入会时间"), Kind.DATE),
    FieldSpec("status", _T(_C, "会籍状态"), Kind.STATUS),
    FieldSpec("status_date", _T(_C, "状态日期"), Kind.DATE, derived=True),
    FieldSpec("notes", _T(_C, "备注"), Kind.LONG_TEXT),
))

UNION = Entity("union", _T(_C, "工会"), (
    FieldSpec("name", _T(_C, "工会名称"), max_length=200),
    FieldSpec("uscc", _T(_C, "统一社会信用代码"), Kind.DIGITS, max_length=18),
    FieldSpec("kind", _T(_C, "工会类型"), Kind.CHOICE, UnionKind),
    FieldSpec("parent_union", _T(_C, "上级工会"), max_length=200),
    FieldSpec("founding_date", _T(_C, "成立日期"), Kind.DATE),
    FieldSpec("employees", _T(_C, "职工人数"), Kind.COUNT),
    FieldSpec("women_employees", _T(_C, "女职工人数"), Kind.COUNT),
    FieldSpec("migrant_employees", _T(_C, "农民工人数"), Kind.COUNT),
    FieldSpec("address", _T(_C, "地址"), max_length=300),
    FieldSpec("contact_person", _T(_C, "联系人"), max_length=50),
    FieldSpec("contact_phone", _T(_C, "联系电话"), Kind.DIGITS, max_length=30),
))
