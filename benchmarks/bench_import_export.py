"""Import of 10,000- and 50,000-row rosters (preview + commit) and export of 50,000 members.

Each figure is printed beside baselines measured in the same run on the same file:
- openpyxl in read-only mode merely reading every row of the same file (what "just opening it" costs);
- python-calamine merely reading it (the floor for our reader);
- for the export, openpyxl write_only writing the same rows (what the custom writer replaces).
Targets (issue 3): 10,000 rows previewed and committed ≤ 2 s, 50,000 ≤ 8 s; export of 50,000 ≤ 10 s.

Run: python benchmarks/bench_import_export.py [--sizes 10000 50000] [--no-openpyxl-writer]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from unionbook.exchange.xlsx_writer import TEXT, XlsxWriter
from unionbook.services.imports import flow as imports
from unionbook.services.members import exports
from unionbook.services.union.profile import UnionInput, save_profile
from unionbook.store import Database

HEADERS = ["序号", "姓名", "性别", "民族", "身份证号码", "出生年月", "手机号码", "工作单位", "岗位", "学历",
           "政治面貌", "户口性质", "是否农民工", "会员证号", "入会时间", "备注"]


AREAS = ("640104", "640105", "640121", "410102", "410303", "620102", "510104", "340102", "610113", "150102")
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
GIVEN = "伟强军磊勇杰涛斌超明辉刚鹏华飞波宇浩俊峰芳娜敏静丽艳娟霞秀英玲桂兰萍红梅琳燕婷雪慧洁"
JOBS = ("操作工", "装卸工", "司机", "配送员", "保洁员", "厨师", "服务员", "仓管员", "销售员", "技术员")


def _id_number(rng: random.Random, birth: dt.date, male: bool, used: set[str]) -> str:
    from stdnum.cn import ric

    while True:
        first17 = f"{rng.choice(AREAS)}{birth:%Y%m%d}{rng.randrange(500) * 2 + (1 if male else 0):03d}"
        if first17 not in used:
            used.add(first17)
            return first17 + ric.calc_check_digit(first17 + "0")


def build_file(path: Path, rows: int, seed: int = 5) -> None:
    """A roster as HR sends it: a merged title, a note line, a 序号 column, dates in several spellings."""
    rng = random.Random(seed)
    employers = [f"某某{rng.choice('恒达鑫源顺通宏远华泰润丰金盛永辉')}{i}号有限公司" for i in range(80)]
    used: set[str] = set()
    w = XlsxWriter(path, "花名册")
    w.append(["某某镇工会联合会会员花名册"])
    w.append(["填报单位：某某镇总工会    填报日期：2024年6月"])
    w.append(HEADERS)
    w.merge(1, 1, 1, len(HEADERS))
    for i in range(rows):
        male = rng.random() < 0.55
        birth = dt.date(1965, 1, 1) + dt.timedelta(days=rng.randrange(365 * 38))
        number = _id_number(rng, birth, male, used)
        name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))
        join = dt.date(2010, 1, 1) + dt.timedelta(days=rng.randrange(365 * 13))
        join_cell: object = rng.choice((join, join.strftime("%Y.%m.%d").replace(".0", "."),
                                        f"{join.year}年{join.month}月{join.day}日", join.strftime("%Y/%m/%d")))
        w.append([i + 1, name, "男" if male else "女", rng.choice(("汉族", "汉", "回族")), number,
                  birth.strftime("%Y.%m"), f"1{rng.choice('3589')}{rng.randrange(10**9):09d}",
                  rng.choice(employers), rng.choice(JOBS), rng.choice(("高中", "大专", "本科", "初中", "中专")),
                  rng.choice(("群众", "党员", "团员")), rng.choice(("农业", "非农业", "城镇")),
                  rng.choice(("是", "否", "√", "")), f"C{i + 1:07d}", join_cell, ""],
                 [0, 0, 0, 0, TEXT, 0, TEXT, 0, 0, 0, 0, 0, 0, TEXT, 0, 0])
    w.append(["合计", f"{rows}人"])
    w.close()


def openpyxl_read(path: Path) -> float:
    import openpyxl

    t = time.perf_counter()
    wb = openpyxl.load_workbook(path, read_only=True)
    n = sum(1 for _ in wb.worksheets[0].iter_rows(values_only=True))
    wb.close()
    assert n > 0
    return time.perf_counter() - t


def calamine_read(path: Path) -> float:
    from python_calamine import CalamineWorkbook

    t = time.perf_counter()
    wb = CalamineWorkbook.from_path(str(path))
    wb.get_sheet_by_index(0).to_python()
    wb.close()
    return time.perf_counter() - t


def openpyxl_write_only(path: Path, db: Database) -> float:
    """The same roster rows written by openpyxl's write_only mode (the alternative to our writer)."""
    from openpyxl import Workbook
    from sqlalchemy import select

    from unionbook.store.models import Member

    with db.read() as s:
        rows = [list(r) for r in s.execute(select(*(c for c in Member.__table__.columns
                                                    if c.name not in ("search_key", "name_pinyin"))))]
    t = time.perf_counter()
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("会员名册")
    for r in rows:
        ws.append(r[:23])
    wb.save(path)
    return time.perf_counter() - t


def fresh_db(folder: Path, name: str) -> Database:
    db = Database.open(folder / f"{name}.sqlite", create=True)
    save_profile(db, UnionInput(name="某某镇工会联合会", kind="township", employees=60000))
    return db


def line(label: str, seconds: float, target: float | None = None, base: float | None = None) -> None:
    extra = f"   target ≤ {target:.0f} s: {'OK' if seconds <= target else 'MISSED'}" if target else ""
    ratio = f"   = {seconds / base:.2f}× openpyxl read_only" if base else ""
    print(f"  {label:<42}{seconds:7.2f} s{ratio}{extra}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 50_000])
    parser.add_argument("--no-openpyxl-writer", action="store_true", help="skip the openpyxl write_only baseline")
    args = parser.parse_args()
    targets = {10_000: 2.0, 50_000: 8.0}
    with tempfile.TemporaryDirectory(prefix="ub-bench-") as tmp:
        folder = Path(tmp)
        last_db = None
        for n in args.sizes:
            path = folder / f"roster-{n}.xlsx"
            t = time.perf_counter()
            build_file(path, n)
            print(f"\n{n:,} rows ({path.stat().st_size / 1e6:.1f} MB, built in {time.perf_counter() - t:.1f} s)")
            base = openpyxl_read(path)
            line("openpyxl read_only, read every row", base)
            line("python-calamine, read every row", calamine_read(path), base=base)
            db = fresh_db(folder, f"db-{n}")
            t = time.perf_counter()
            plan = imports.preview(db, path)
            preview_s = time.perf_counter() - t
            t = time.perf_counter()
            result = imports.commit(db, plan)
            commit_s = time.perf_counter() - t
            assert result.inserted == n, plan.counts()
            line("preview", preview_s, base=base)
            line("commit (one transaction)", commit_s)
            line("preview + commit", preview_s + commit_s, targets.get(n), base)
            t = time.perf_counter()
            again = imports.preview(db, path)
            line("preview again (all unchanged)", time.perf_counter() - t, base=base)
            assert len(again.unchanged_rows) == n
            t = time.perf_counter()
            imports.undo(db, result.batch_id or "")
            line("undo the batch", time.perf_counter() - t)
            imports.commit(db, imports.preview(db, path))
            if last_db is not None:
                last_db.close()
            last_db = db
        if last_db is not None:
            db = last_db
            out = folder / "export.xlsx"
            t = time.perf_counter()
            exported = exports.export_roster(db, out)
            export_s = time.perf_counter() - t
            print(f"\nexport of {exported.rows:,} members ({out.stat().st_size / 1e6:.1f} MB)")
            base = openpyxl_read(out)
            line("openpyxl read_only, read the export", base)
            line("export", export_s, 10.0 if exported.rows >= 50_000 else None, base)
            if not args.no_openpyxl_writer:
                line("openpyxl write_only, same rows", openpyxl_write_only(folder / "wo.xlsx", db), base=base)
            t = time.perf_counter()
            plan = imports.preview(db, out)
            line("import the export back (preview)", time.perf_counter() - t, base=base)
            assert len(plan.unchanged_rows) == exported.rows and not plan.new and not plan.updates
            db.close()


if __name__ == "__main__":
    main()
