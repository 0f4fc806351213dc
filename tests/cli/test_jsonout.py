"""The CLI's one JSON encoder (unionbook/cli/jsonout.py): the rule for plain data, the shapes, and that services
carry no JSON of their own."""

from __future__ import annotations

import ast
import dataclasses
import datetime as dt
import enum
import importlib
import json
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest

import unionbook
from unionbook.cli.jsonout import SHAPES, dumps, to_data
from unionbook.domain.member import Event, Status
from unionbook.errors import FieldProblem, NotFoundError, ValidationError

PACKAGE = Path(unionbook.__file__).parent


class Colour(enum.Enum):
    RED = "red"


@dataclasses.dataclass(frozen=True)
class Inner:
    when: dt.date
    at: dt.datetime | None


@dataclasses.dataclass(frozen=True)
class Outer:
    name: str
    amount: Decimal
    ratio: Fraction
    path: Path
    colour: Colour
    inner: Inner
    items: tuple[Inner, ...]
    counts: dict[str, int]


def test_plain_dataclasses_become_objects_of_their_fields() -> None:
    inner = Inner(dt.date(2026, 3, 1), dt.datetime(2026, 3, 1, 9, 5, 7))
    data = to_data(Outer("甲", Decimal("12.5"), Fraction(2, 3), Path("/a/b.pdf"), Colour.RED, inner,
                         (Inner(dt.date(2026, 1, 2), None),), {"x": 1}))
    assert data == {
        "name": "甲", "amount": "12.50", "ratio": "2/3", "path": "/a/b.pdf", "colour": "red",
        "inner": {"when": "2026-03-01", "at": "2026-03-01 09:05:07"},
        "items": [{"when": "2026-01-02", "at": None}], "counts": {"x": 1},
    }
    assert json.loads(dumps(data)) == data
    assert "甲" in dumps(data)  # Chinese as is, not \\u-escaped


def test_money_is_a_string_with_two_decimals() -> None:
    from unionbook.domain.money import Money

    assert to_data(Decimal("3")) == "3.00" and to_data(Decimal("0.005")) == "0.01"
    assert to_data({"paid": Money(1540), "owed": [Money(5)]}) == {"paid": "15.40", "owed": ["0.05"]}


def test_str_enums_give_their_value() -> None:
    assert to_data([Status.ACTIVE, Event.JOIN]) == ["active", "join"]


def test_an_unknown_type_is_refused_rather_than_written_as_its_repr() -> None:
    with pytest.raises(TypeError, match="object"):
        to_data(object())


def test_errors_follow_the_documented_contract() -> None:
    assert to_data(NotFoundError("找不到会员 9")) == {"error": "not_found", "message": "找不到会员 9"}
    err = ValidationError([FieldProblem("name", "姓名", "不能为空")], details={"row": 3})
    assert to_data(err) == {"error": "invalid", "message": "姓名：不能为空", "details": {"row": 3},
                            "problems": [{"field": "name", "label": "姓名", "message": "不能为空", "severity": "error"}]}


@pytest.mark.parametrize("dotted", sorted(SHAPES))
def test_every_shape_names_a_dataclass_that_exists(dotted: str) -> None:
    """A shape keyed by a class that was renamed or moved would silently stop applying."""
    module, _, name = dotted.rpartition(".")
    cls = getattr(importlib.import_module(module), name)
    assert dataclasses.is_dataclass(cls)


def test_a_member_in_a_list_is_masked_with_its_status_in_words() -> None:
    from unionbook.services.members.records import MemberView

    m = MemberView(id=1, name="张三", gender="女", ethnicity="汉族", id_number="11010519491231002X",
                   birth_date=dt.date(1949, 12, 31), phone="", employer="", employer_id=None, job="", education="",
                   political_status="", household_type="", employment_form="", migrant_worker=False, group="",
                   frontline=False, model_worker=False, hardship=False, card_number="", join_date=None,
                   status=Status.ACTIVE, status_date=None, notes="")
    data = to_data(m)
    assert data["id_number"] == "110105********002X"
    assert (data["status"], data["status_label"], data["birth_date"]) == ("active", "在册", "1949-12-31")


def _to_json_methods(folder: Path, base: Path = PACKAGE) -> list[tuple[str, str]]:
    """(file, class) of every class with a to_json-like method."""
    found = []
    for path in sorted(folder.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and any(
                    isinstance(f, ast.FunctionDef) and f.name in {"to_json", "as_json", "json"} for f in node.body):
                found.append((path.relative_to(base).as_posix(), node.name))
    return found


# Added by the statistics work (issue 12) while the encoder was being built: KeyFigures keeps these objects as
# JSON-ready dicts. Moving them to the encoder (KeyFigures holding the dataclasses, SHAPES adding the rates)
# is left to that area; the list may only shrink.
NOT_YET_MOVED = {
    "services/members/employer_stats.py:EmployerFigures", "services/members/employer_stats.py:DataProblem",
    "services/members/employer_stats.py:SizeBand", "services/members/movement.py:Movement",
    "services/members/details.py:MemberDetails",
    "services/union/backup_list.py:BackupInfo",  # the restore list (issue 9), added the same day
}


@pytest.mark.parametrize("layer", ["services", "domain", "store", "exchange", "documents", "rules"])
def test_no_layer_below_the_cli_writes_json_for_it(layer: str) -> None:
    found = {f"{path}:{cls}" for path, cls in _to_json_methods(PACKAGE / layer, PACKAGE)}
    assert found - NOT_YET_MOVED == set()


def test_the_to_json_check_can_fail(tmp_path: Path) -> None:
    (tmp_path / "m.py").write_text("class A:\n    def to_json(self):\n        return {}\n", encoding="utf-8")
    assert _to_json_methods(tmp_path, tmp_path) == [("m.py", "A")]


def test_a_term_warning_keeps_its_documented_keys() -> None:
    from unionbook.services.elections.terms import TermWarning

    w = TermWarning("committee", "工会委员会", dt.date(2026, 12, 31), 36, "soon", "工会委员会任期将于…届满")
    assert to_data(w) == {"body": "committee", "level": "soon", "days_left": 36, "message": "工会委员会任期将于…届满"}
