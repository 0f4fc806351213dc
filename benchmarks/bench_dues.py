"""Dues at 50,000 members: posting one month of dues for everyone, the arrears list for a year, a year's ledger
report — each beside a baseline measured in the same run on the same machine:

- posting: the same rows inserted with raw sqlite3 executemany (the floor for writing them);
- arrears: the one grouped SQL query over a year of payments that any arrears list must read;
- report: the year's entries summed by category in raw SQL (the figures), and reportlab's floor for the pages.

Targets (issue 13): posting ≤ 2 s; arrears ≤ 1 s; a year's ledger report ≤ 3 s.

Run: python benchmarks/bench_dues.py [--members N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import demo_database, median

from unionbook.domain.dues import Month
from unionbook.services.dues import arrears, dues
from unionbook.services.dues.common import START_SETTING, put_setting
from unionbook.services.dues.papers import ledger_report
from unionbook.store import Database


def timed(fn, repeat: int = 3) -> tuple[float, object]:  # type: ignore[no-untyped-def]
    times, result = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return median(times), result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=50_000)
    args = parser.parse_args()
    source = demo_database(args.members)
    today = dt.date.today()
    month = Month.of(today)  # the demo has dues up to last month: this month is not posted yet
    year = today.year - 1
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / "bench.sqlite"

        # ---- posting one month ----
        post_times, base_times, posted = [], [], 0
        for _ in range(3):
            shutil.copyfile(source, work)
            db = Database.open(work)
            t = time.perf_counter()
            r = dues.post_month(db, month, day=today)
            post_times.append(time.perf_counter() - t)
            posted = r.members
            db.close()
            shutil.copyfile(source, work)
            con = sqlite3.connect(work)
            rows = [(i, str(month), 300000, 1500, today.isoformat(), "payroll", "", None, None, "2026-01-01 00:00:00", "bench")
                    for (i,) in con.execute("SELECT id FROM member WHERE status = 'active'")]
            t = time.perf_counter()
            con.executemany("INSERT OR IGNORE INTO dues_payment (member_id, month, base_fen, dues_fen, paid_on, method, "
                            "receipt, employer_id, entry_id, recorded_at, recorded_by) VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows)
            con.commit()
            base_times.append(time.perf_counter() - t)
            con.close()
        print(f"post one month for {posted:,} members: {median(post_times):.2f} s "
              f"(baseline raw executemany {median(base_times):.2f} s; target ≤ 2 s)")

        # ---- arrears for a year ----
        shutil.copyfile(source, work)
        db = Database.open(work)
        last = month + -1
        with db.transaction() as s:
            put_setting(s, START_SETTING, str(last + -11), "bench")
        t_arrears, report = timed(lambda: arrears.arrears(db, as_of=last))
        con = sqlite3.connect(work)
        t_base, _ = timed(lambda: con.execute(
            "SELECT member_id, COUNT(*), MAX(month) FROM dues_payment WHERE month BETWEEN ? AND ? GROUP BY member_id",
            (str(last + -11), str(last))).fetchall())
        print(f"arrears {last + -11}…{last}: {len(report.members):,} members in arrears, {t_arrears:.2f} s "  # type: ignore[attr-defined]
              f"(baseline grouped SQL {t_base:.2f} s; target ≤ 1 s)")

        # ---- a year's ledger report ----
        out = Path(tmp)
        entries = con.execute("SELECT COUNT(*) FROM ledger_entry WHERE year = ?", (year,)).fetchone()[0]
        t_sum, _ = timed(lambda: ledger_report(db, year, out / "summary.pdf"))
        t_detail, _ = timed(lambda: ledger_report(db, year, out / "detail.pdf", kind="detail"), repeat=1)
        t_xlsx, _ = timed(lambda: ledger_report(db, year, out / "books.xlsx"), repeat=1)
        t_sql, _ = timed(lambda: con.execute("SELECT category, SUM(amount_fen) FROM ledger_entry WHERE year = ? "
                                             "GROUP BY category", (year,)).fetchall())
        print(f"ledger {year} ({entries:,} entries): 收支情况表 PDF {t_sum:.2f} s, 收支明细账 PDF {t_detail:.2f} s, "
              f".xlsx {t_xlsx:.2f} s (baseline grouped SQL {t_sql:.3f} s; target ≤ 3 s)")
        con.close()
        db.close()


if __name__ == "__main__":
    main()
