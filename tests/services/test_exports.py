"""Exporting the roster: the roster's own filter and order, whole or masked IDs, and a file that imports back
unchanged."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import openpyxl
import pytest
from roster_files import dump_members

from unionbook.domain.member import Status
from unionbook.errors import UnionBookError, ValidationError
from unionbook.jobs import Tracker
from unionbook.services.imports import flow as imports
from unionbook.services.members.exports import describe_query, export_roster
from unionbook.services.members.records import RosterQuery, count_members, list_members
from unionbook.store import Database


def _values(path: Path) -> list[list[object]]:
    return [list(r) for r in openpyxl.load_workbook(path).active.iter_rows(values_only=True)]


@pytest.mark.parametrize("shared_limit", [None, 20], ids=["shared strings", "most strings inline"])
def test_export_imports_back_unchanged(demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                       shared_limit: int | None) -> None:
    if shared_limit is not None:  # as in a big export, past the writer's shared-string table
        from unionbook.exchange import xlsx_writer

        monkeypatch.setattr(xlsx_writer, "SHARED_LIMIT", shared_limit)
    path = tmp_path / "名册.xlsx"
    result = export_roster(demo_db, path)
    assert result.rows == count_members(demo_db) and not result.masked_ids
    before = dump_members(demo_db)
    plan = imports.preview(demo_db, path)
    assert not plan.new and not plan.updates and not plan.errors
    assert len(plan.unchanged_rows) == result.rows
    assert plan.header_row == 3
    assert imports.commit(demo_db, plan).batch_id is None
    assert dump_members(demo_db) == before


def test_export_honours_the_roster_query(demo_db: Database, tmp_path: Path) -> None:
    query = RosterQuery(search="ma", statuses=(Status.ACTIVE,), sort="birth_date", descending=True)
    expected = list_members(demo_db, query)
    assert expected
    path = tmp_path / "a.xlsx"
    export_roster(demo_db, path, query, now=dt.datetime(2024, 6, 1, 9, 30))
    rows = _values(path)
    assert rows[0][0].endswith("会员名册")
    assert rows[1][0].startswith("导出时间：2024-06-01 09:30") and f"共 {len(expected)} 人" in rows[1][0]
    assert "状态：在册" in rows[1][0] and "查找“ma”" in rows[1][0] and "请妥善保管" in rows[1][0]
    data = rows[3:]
    assert [r[4] for r in data] == [m.id_number for m in expected]  # same members, same order
    assert [r[0] for r in data] == list(range(1, len(expected) + 1))
    assert all(r[20] == "在册" for r in data)


def test_masked_ids(demo_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "a.xlsx"
    export_roster(demo_db, path, RosterQuery(sort="id"), mask_ids=True)
    rows = _values(path)
    assert rows[2][4] == "身份证号（部分隐藏）" and "已部分隐藏" in rows[1][0]
    first = list_members(demo_db, RosterQuery(sort="id"), limit=1)[0]
    assert rows[3][4] == first.masked_id and "*" in rows[3][4]
    plan = imports.preview(demo_db, path)  # a masked file cannot go back in: every row says why
    assert not plan.new and not plan.updates
    assert all("部分隐藏" in p.message for p in plan.errors)


def test_bad_targets(demo_db: Database, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match=r"\.xlsx"):
        export_roster(demo_db, tmp_path / "a.csv")
    with pytest.raises(ValidationError, match="文件夹不存在"):
        export_roster(demo_db, tmp_path / "nowhere" / "a.xlsx")


def test_cancelled_export_leaves_no_file(demo_db: Database, tmp_path: Path) -> None:
    cancelled = Tracker()
    cancelled.cancel()
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(UnionBookError, match="已取消导出"):
        export_roster(demo_db, folder / "a.xlsx", progress=cancelled)
    assert list(folder.iterdir()) == []


def test_describe_query() -> None:
    assert describe_query(RosterQuery()) == "全部会员"
    text = describe_query(RosterQuery(statuses=(Status.KEPT,), flags=("migrant",), group="快递员"), "甲公司")
    assert text == "筛选：状态：保留会籍；单位：甲公司；农民工；八大群体：快递员"


def test_export_reads_the_columns_the_writer_expects() -> None:
    """The export's SQL names its columns as text (no ORM on the light path): each is a column of the schema,
    in write_roster's order."""
    from unionbook.exchange.xlsx_export import ROSTER_COLUMNS
    from unionbook.services.members import exports
    from unionbook.store.models import Employer, Member

    tables = {"member": Member.__table__, "employer": Employer.__table__}
    for name in exports._COLUMNS:
        table, column = name.split(".")
        assert column in tables[table].columns, name
    assert len(exports._COLUMNS) == len(ROSTER_COLUMNS)
    assert exports._COLUMNS[exports._ID] == "member.id_number" and exports._COLUMNS[exports._STATUS] == "member.status"
    assert [exports._COLUMNS[i] for i in exports._DATES] == ["member.birth_date", "member.join_date",
                                                           "member.status_date"]


def test_the_writer_gets_a_stream_not_a_list(demo_db: Database, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """Rows go from the cursor to the writer as they are read: when the writer takes its first row, the rest
    are still in the database."""
    from collections.abc import Iterator

    from unionbook.services.members import exports

    seen: list[object] = []
    real = exports.write_roster

    def spy(path: Path, rows: object, **kw: object) -> int:
        assert isinstance(rows, Iterator) and not isinstance(rows, list | tuple)
        first = next(rows)
        seen.append(first)
        return real(path, itertools.chain([first], rows), **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(exports, "write_roster", spy)
    result = export_roster(demo_db, tmp_path / "a.xlsx")
    assert len(seen) == 1 and result.rows == count_members(demo_db)
