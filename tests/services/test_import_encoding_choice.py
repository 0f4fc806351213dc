"""A CSV mixing GBK and UTF-8 lines: the preview refuses until the user chooses how to read it, and stores
nothing before; with a choice the plan holds the names as the chosen reading gives them."""

from __future__ import annotations

from pathlib import Path

import pytest
from roster_files import resident_id

from unionbook.exchange.reader import MixedEncodingError
from unionbook.services.imports import flow as imports
from unionbook.services.members.roster import count_members
from unionbook.store import Database

HEADER = "姓名,身份证号码\r\n"


def mixed_csv(path: Path) -> Path:
    path.write_bytes((HEADER + f"张三,{resident_id('19900307', 1)}\r\n").encode("gbk")
                     + f"欧阳娜,{resident_id('19850211', 2)}\r\n".encode()
                     + f"李四,{resident_id('19800101', 3)}\r\n".encode("gbk"))
    return path


def test_without_a_choice_nothing_is_read_and_nothing_stored(union_db: Database, tmp_path: Path) -> None:
    before = count_members(union_db)
    with pytest.raises(MixedEncodingError) as err:
        imports.preview(union_db, mixed_csv(tmp_path / "名单.csv"))
    assert err.value.details["lines"] == [3]
    assert count_members(union_db) == before


def test_read_line_by_line_the_plan_holds_the_real_names(union_db: Database, tmp_path: Path) -> None:
    path = mixed_csv(tmp_path / "名单.csv")
    inspection = imports.inspect(path, encoding="auto-lines")
    assert inspection.encoding == "auto-lines"
    plan = imports.preview(union_db, path, encoding="auto-lines")
    assert plan.encoding == "auto-lines"
    assert [n.values["name"] for n in plan.new] == ["张三", "欧阳娜", "李四"]
    before = count_members(union_db)
    assert imports.commit(union_db, plan).inserted == 3
    assert count_members(union_db) == before + 3


def test_a_choice_that_cannot_read_a_line_names_it_and_stores_nothing(union_db: Database, tmp_path: Path) -> None:
    from unionbook.exchange.reader import ImportFileError

    before = count_members(union_db)
    with pytest.raises(ImportFileError, match="第3行"):
        imports.preview(union_db, mixed_csv(tmp_path / "名单.csv"), encoding="gb18030")
    assert count_members(union_db) == before


def test_the_questionable_rows_are_among_the_samples(union_db: Database, tmp_path: Path) -> None:
    """Review item 8: after 逐行自动 the 示例 column showed the first three names, not the one in doubt."""
    path = tmp_path / "名单.csv"
    path.write_bytes((HEADER + "".join(f"{n},{resident_id('19900307', i)}\r\n"
                                       for i, n in enumerate(["王建国", "李秀兰", "赵刚"], 1))).encode("gbk")
                     + f"欧阳娜,{resident_id('19850211', 4)}\r\n".encode())
    names = next(c for c in imports.inspect(path, encoding="auto-lines").columns if c.label == "姓名")
    assert names.samples == ["王建国", "李秀兰", "欧阳娜"]
    from unionbook.services.library import imports as delivery

    path.write_bytes("书名,数量\r\n甲,1\r\n乙,1\r\n丙,1\r\n丁,1\r\n".encode("gbk") + "欧阳书,1\r\n".encode())
    titles = next(c for c in delivery.inspect(path, encoding="auto-lines").columns if c.label == "书名")
    assert titles.samples == ["甲", "乙", "欧阳书"]
