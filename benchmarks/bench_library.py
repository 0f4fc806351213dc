"""The reading room at 20,000 copies: catalogue search as you type, a scan at the loan desk, a stock-take.

Each figure is printed beside a baseline measured in the same run on the same machine:
- search: the equivalent raw SQL (LIKE on the stored key, first 200 titles) through sqlite3;
- desk scan: a raw sqlite3 look-up of the barcode plus one committed insert;
- stock-take finish: reading the copies, loans and scans with sqlite3 and the set arithmetic in Python.
Targets (issue 14): search p95 ≤ 30 ms; a desk scan answered ≤ 50 ms; 20,000 scans finished ≤ 2 s.

Run: python benchmarks/bench_library.py [--copies N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
import sqlite3
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import OUT, demo_database, ms, percentile

TERMS = ["红", "红楼", "hlm", "路遥", "978", "97870", "中国", "zg", "工会", "手册", "史", "pfd", "xz", "法", "技术",
         "安全", "2019", "人民", "出版", "世界"]
WORDS = "红楼梦平凡的世界乡土中国工会手册劳动合同技术安全历史文化出版社人民文学法律经济管理科学"


def build(copies: int) -> Path:
    from unionbook.domain.library import barcode_for
    from unionbook.services.library.catalogue import title_search_key
    from unionbook.store import Database
    from unionbook.store.models import LibraryCopy, LibraryTitle

    path = OUT / f"library-{copies}.sqlite"
    if path.exists():
        return path
    shutil.copy(demo_database(2000), path)
    rng = random.Random(14)
    db = Database.open(path)
    with db.transaction() as s:
        titles = []
        for i in range(copies // 4):
            title = "".join(rng.choice(WORDS) for _ in range(rng.randint(3, 9)))
            isbn = f"97870{i:07d}" + "0"
            t = LibraryTitle(isbn=isbn, title=title, author="作者" + str(i % 300), publisher="人民出版社", clc="I")
            t.search_key = title_search_key(isbn, title, t.author, t.publisher)
            titles.append(t)
        s.add_all(titles)
        s.flush()
        n = 0
        for t in titles:
            for _ in range(4):
                n += 1
                s.add(LibraryCopy(title_id=t.id, accession=n, barcode=barcode_for(n), source="delivered",
                                  donor="", added_on=dt.date(2025, 1, 1)))
    db.checkpoint()
    db.close()
    return path


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--copies", type=int, default=20000)
    args = ap.parse_args()
    from unionbook.services.library import stocktake
    from unionbook.services.library.catalogue import search
    from unionbook.services.library.copies import copy_info
    from unionbook.services.library.loans import give_back, lend
    from unionbook.store import Database

    src = build(args.copies)
    path = OUT / "library-run.sqlite"
    shutil.copy(src, path)
    db = Database.open(path)
    conn = sqlite3.connect(path)
    results: dict[str, object] = {"copies": args.copies}

    # search as you type
    ours, base = [], []
    for _ in range(5):
        for term in TERMS:
            t = time.perf_counter()
            search(db, term)
            ours.append(time.perf_counter() - t)
            t = time.perf_counter()
            rows = conn.execute("SELECT id, title FROM library_title WHERE search_key LIKE ? ORDER BY id DESC LIMIT 200",
                                (f"%{term}%",)).fetchall()
            conn.execute(f"SELECT title_id, count(*) FROM library_copy WHERE title_id IN ({','.join('?' * len(rows))})"
                         " GROUP BY title_id", [r[0] for r in rows]).fetchall()
            base.append(time.perf_counter() - t)
    results["search_p95_ms"] = round(percentile(ours, 95) * 1000, 1)
    results["search_baseline_p95_ms"] = round(percentile(base, 95) * 1000, 1)

    # the desk: a scan is the copy looked up and lent (or given back), committed
    members = [r[0] for r in conn.execute("SELECT id FROM member WHERE status='active' LIMIT 200")]
    ours, base = [], []
    for i in range(200):
        code = f"SW{1 + i * 97 % args.copies:06d}"
        t = time.perf_counter()
        info = copy_info(db, code)
        if info.on_loan_to is None:
            lend(db, code, str(members[i % len(members)]))
        else:
            give_back(db, code)
        ours.append(time.perf_counter() - t)
        t = time.perf_counter()
        conn.execute("SELECT id, title_id FROM library_copy WHERE barcode = ?", (code,)).fetchone()
        conn.execute("INSERT INTO library_activity (date, kind, title, attendance, notes) VALUES ('2026-01-01', '',"
                     " 'bench', 0, '')")
        conn.commit()
        base.append(time.perf_counter() - t)
    results["scan_p95_ms"] = round(percentile(ours, 95) * 1000, 1)
    results["scan_baseline_p95_ms"] = round(percentile(base, 95) * 1000, 1)

    # stock-take: 20,000 scans over "days" of 1,000, then finish
    codes = [f"SW{n:06d}" for n in range(1, args.copies + 1)]
    random.Random(3).shuffle(codes)
    present = codes[: args.copies - 150] + ["UNKNOWN-1", "UNKNOWN-2"]
    stocktake.start(db)
    t = time.perf_counter()
    for k in range(0, len(present), 1000):
        stocktake.scan(db, present[k:k + 1000])
    results["stocktake_scans_s"] = round(time.perf_counter() - t, 2)
    t = time.perf_counter()
    r = stocktake.finish(db)
    results["stocktake_finish_s"] = round(time.perf_counter() - t, 3)
    results["stocktake"] = {"present": r.present, "on_loan": r.on_loan, "missing": len(r.missing),
                            "unknown": len(r.unknown)}
    t = time.perf_counter()
    scanned = {b for (b,) in conn.execute("SELECT barcode FROM library_stocktake_scan WHERE stocktake_id = ?", (r.id,))}
    shelf = {b for (b,) in conn.execute("SELECT barcode FROM library_copy WHERE written_off_on IS NULL")}
    out = {b for (b,) in conn.execute("SELECT c.barcode FROM library_loan l JOIN library_copy c ON c.id = l.copy_id "
                                      "WHERE l.returned_on IS NULL")}
    sorted(shelf - scanned - out)
    results["stocktake_baseline_s"] = round(time.perf_counter() - t, 3)
    db.close()
    conn.close()
    print(json.dumps(results, ensure_ascii=False, indent=1))
    print(f"search p95 {ms(results['search_p95_ms'] / 1000)} (target ≤ 30 ms); "  # type: ignore[operator]
          f"scan p95 {ms(results['scan_p95_ms'] / 1000)} (≤ 50 ms); "  # type: ignore[operator]
          f"stock-take finish {results['stocktake_finish_s']} s (≤ 2 s)")


if __name__ == "__main__":
    main()
