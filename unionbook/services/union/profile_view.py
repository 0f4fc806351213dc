"""The union's profile as services show it, read through sqlite3 (store.reader.Readable): the light read path
(`stats`) and every other caller read it here; profile.py writes it."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from typing import Any

from unionbook.domain.vocab import UnionKind
from unionbook.errors import NotFoundError
from unionbook.store.reader import Readable

UNION_KINDS = UnionKind.labels()  # value → label (domain/vocab.py)
_COLUMNS = ("name, uscc, uscc_note, kind, parent_union, founding_date, employees, women_employees, migrant_employees, "
            "address, contact_person, contact_phone, rule_set")


@dataclass(frozen=True)
class UnionProfileView:
    name: str
    uscc: str
    uscc_note: str
    kind: str
    parent_union: str
    founding_date: dt.date | None
    employees: int
    women_employees: int
    migrant_employees: int
    address: str
    contact_person: str
    contact_phone: str
    rule_set: str

    @property
    def kind_label(self) -> str:
        return UNION_KINDS.get(self.kind, self.kind)

    def form_values(self) -> dict[str, Any]:
        """The `union.*` values a form binds: the fields, with `kind` in words."""
        return {**asdict(self), "kind_label": self.kind_label, "kind": self.kind_label}



def has_profile(db: Readable) -> bool:
    with db.read_connection() as conn:
        return conn.execute("SELECT 1 FROM union_profile WHERE id = 1").fetchone() is not None


def get_profile(db: Readable) -> UnionProfileView:
    with db.read_connection() as conn:
        row = conn.execute(f"SELECT {_COLUMNS} FROM union_profile WHERE id = 1").fetchone()
    if row is None:
        raise NotFoundError("此数据库尚未建立工会信息。请先运行“unionbook init”或在欢迎界面中新建工会。")
    values: list[Any] = list(row)
    values[5] = None if values[5] is None else dt.date.fromisoformat(values[5])
    return UnionProfileView(*values)


def employer_names(db: Readable) -> list[tuple[int, str]]:
    """(id, name) of every employer in pinyin order, as people look names up (code-point order puts 安 after
    张); cheap enough for start-up."""
    from unionbook.domain.pinyin import pinyin_keys

    with db.read_connection() as conn:
        rows = [(int(i), str(n)) for i, n in conn.execute("SELECT id, name FROM employer")]
    return sorted(rows, key=lambda row: (pinyin_keys(row[1]).full, row[1]))
