"""Runs every benchmark and writes one table: `python -m benchmarks` (or `python benchmarks/run.py`).

Sizes 1,000 / 10,000 / 100,000 members (and 500,000 with --big). Every figure is measured beside a baseline doing
the same work the simplest way, in the same run, alternating A/B; whole-process figures carry that process's
own peak RSS. See benchmarks/README.md for what each line means.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import sys
import time
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._common import (
    CACHE,
    ROOT,
    alternate,
    demo_database,
    median,
    run_process,
    spread,
    working_copy,
)

PY = sys.executable
HOME_ENV = {"QT_QPA_PLATFORM": "offscreen", "UNIONBOOK_HOME": str(CACHE / "home")}

# The same work done the simplest way: the calamine reader the app uses, the columns found by their headers, and
# every row written into a copy of the same empty union with sqlite3 in one transaction (search index
# included, through the schema's own triggers) — no checking of IDs, vocabularies or duplicates, no pinyin.
IMPORT_BASE = """
import datetime as dt, sqlite3, sys
from python_calamine import CalamineWorkbook
rows = CalamineWorkbook.from_path(sys.argv[1]).get_sheet_by_index(0).to_python()
head = next(i for i, r in enumerate(rows) if "姓名" in r and "身份证号" in r)
col = {h: j for j, h in enumerate(rows[head])}
text = lambda r, h: str(r[col[h]]) if h in col and r[col[h]] != "" else ""
now = dt.datetime.now().isoformat(sep=" ")
data = []
for r in rows[head + 1:]:
    number = text(r, "身份证号")
    if len(number) != 18:
        continue
    name = text(r, "姓名")
    gender = "男" if int(number[16]) % 2 else "女"
    birth = f"{number[6:10]}-{number[10:12]}-{number[12:14]}"
    data.append((name, gender, text(r, "民族") or "汉族", number, birth, text(r, "联系电话"), text(r, "职务/工种"),
                 text(r, "学历"), text(r, "政治面貌"), text(r, "户籍类型"), text(r, "用工形式"), 0,
                 text(r, "所属群体"), 0, 0, 0, text(r, "会员证号"), text(r, "入会时间")[:10] or None, "active",
                 text(r, "备注"), "", "", "|".join((name, number, text(r, "联系电话"))), now, now))
conn = sqlite3.connect(sys.argv[2])
with conn:
    conn.executemany(
        "INSERT INTO member (name, gender, ethnicity, id_number, birth_date, phone, job, education, "
        "political_status, household_type, employment_form, migrant_worker, group_name, frontline, model_worker, "
        "hardship, card_number, join_date, status, notes, name_initials, name_pinyin, search_key, created_at, "
        "updated_at) VALUES (" + ",".join("?" * 25) + ")", data)
print(len(data))
"""

# The same rows in the same order, sqlite3 straight into the app's own xlsx writer (no title, widths or labels);
# argv[3], if given, is the WHERE clause of the window's filter
EXPORT_BASE = """
import sqlite3, sys
from unionbook.exchange.xlsx_writer import XlsxWriter
conn = sqlite3.connect(sys.argv[1])
where = sys.argv[3] if len(sys.argv) > 3 else "1"
sql = ('select m.name, m.gender, m.ethnicity, m.id_number, m.birth_date, m.phone, e.name, m.job, m.education, '
       'm.political_status, m.household_type, m.employment_form, m.migrant_worker, m.group_name, m.frontline, '
       'm.model_worker, m.hardship, m.card_number, m.join_date, m.status, m.status_date, m.notes '
       f'from member m left join employer e on e.id = m.employer_id where {where} order by m.name_pinyin, m.id')
with XlsxWriter(sys.argv[2]) as w:
    for row in conn.execute(sql):
        w.append(list(row))
"""

REPLAY_JSON = """
import json, sqlite3, sys
sql = json.load(open(sys.argv[2], encoding="utf-8"))[sys.argv[3]]
conn = sqlite3.connect(sys.argv[1])
print(json.dumps([conn.execute(s).fetchall() for s in sql], default=str)[:200])
"""

BARE_FORM = """
import sys
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
pdfmetrics.registerFont(TTFont("wqy", sys.argv[2], subfontIndex=0))
c = canvas.Canvas(sys.argv[1])
c.setFont("wqy", 14)
c.drawString(72, 720, "工会会员登记表 张三 110105194912310021")
c.save()
"""


def _process(argv: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    wall, rss, _ = run_process(argv, env={**HOME_ENV, **(env or {})})
    return wall, rss


_FRESH = [0]


def _fresh_home() -> dict[str, str]:
    """A UNIONBOOK_HOME of its own: no remembered quick_check verdict, so the whole file is checked."""
    _FRESH[0] += 1
    home = CACHE / "work" / f"home-{_FRESH[0]}"
    home.mkdir(parents=True, exist_ok=True)
    return {"UNIONBOOK_HOME": str(home)}


def _start(mode: str, db: Path, sql_file: Path) -> tuple[float, float, float]:
    t0 = time.time()
    _, _, out = run_process([PY, "-m", "benchmarks.bench_start", mode, str(db), f"{t0}", str(sql_file)], env=HOME_ENV,
                             timeout=120)
    data = json.loads(out.strip().splitlines()[-1])
    return data["home_s"], data["roster_s"], data["rss_mb"]


def pair(name: str, size: int, a: list[tuple[float, float]], b: list[tuple[float, float]], unit: str = "s",
         target: str = "") -> dict[str, Any]:
    times_a, times_b = [x for x, _ in a], [x for x, _ in b]
    return {"figure": name, "size": size, "ours": median(times_a), "ours_spread": spread(times_a),
            "base": median(times_b), "base_spread": spread(times_b), "rss": max(r for _, r in a),
            "base_rss": max(r for _, r in b), "unit": unit, "target": target}


def one_size(size: int, runs: int, queries: int, rows: list[dict[str, Any]], export: bool = True) -> None:
    big = size >= 500_000
    print(f"== {size:,} members", file=sys.stderr, flush=True)
    db = demo_database(size)
    sql_file = CACHE / f"sql-{size}.json"

    # in-process figures (one child: its peak RSS is the browsing memory)
    _, rss, out = run_process([PY, "-m", "benchmarks.bench_roster", str(db), str(queries), str(sql_file)],
                              env=HOME_ENV)
    r = json.loads(out.strip().splitlines()[-1])
    s = "≤ 30 ms, ≤ 1.5× raw" if big else "≤ 15 ms, ≤ 1.5× raw"
    rows.append({"figure": f"search p95 ({r['queries']} seeded queries), first screen", "size": size,
                 "ours": r["search_p95_ms"],
                 "ours_spread": f"p50 {r['search_p50_ms']:.1f}", "base": r["search_raw_p95_ms"],
                 "base_spread": f"p50 {r['search_raw_p50_ms']:.1f}", "unit": "ms", "target": s})
    rows.append({"figure": "keystroke, worst broad term, first screen", "size": size, "ours": r["keystroke_max_ms"],
                 "base": r["keystroke_raw_max_ms"], "unit": "ms", "target": "≤ 80 ms" if big else "≤ 50 ms"})
    if r["counted_later"]:
        rows.append({"figure": f"search: count on the worker thread, p95 ({r['counted_later']} broad searches)",
                     "size": size, "ours": r["count_p95_ms"], "base": r["count_raw_p95_ms"], "unit": "ms",
                     "ours_spread": f"worst broad term {r['count_max_ms']:.1f}",
                     "base_spread": f"worst broad term {r['count_raw_max_ms']:.1f}", "target": ""})
    rows.append({"figure": "jump to a row: Ctrl+End (one page read)", "size": size, "ours": r["jump_end_ms"],
                 "unit": "ms", "base": r["jump_raw_end_ms"], "target": "≤ 20 ms per page"})
    rows.append({"figure": f"jump to a row: {r['jump_pages']} page reads, p50", "size": size, "ours": r["jump_p50_ms"],
                 "ours_spread": f"max {r['jump_max_ms']:.1f}", "base": r["jump_raw_p50_ms"], "unit": "ms",
                 "base_spread": f"max {r['jump_raw_max_ms']:.1f}", "target": "≤ 20 ms per page"})
    if r.get("marks_ms") is not None:
        rows.append({"figure": "jump marks (worker thread, once per roster load)", "size": size,
                     "ours": r["marks_ms"], "base": r["marks_raw_ms"], "unit": "ms", "target": ""})
    rows.append({"figure": "home-page figures", "size": size, "ours": r["figures_ms"], "base": r["figures_raw_ms"],
                 "ours_spread": "{:.0f}–{:.0f}".format(*r["figures_spread_ms"]), "unit": "ms",
                 "target": "≤ 300 ms" if big else "≤ 100 ms"})
    rows.append({"figure": "peak RSS browsing (search+jump)", "size": size, "ours": rss, "unit": "MB",
                 "target": "≤ 250 MB" if big else ""})

    # whole processes, alternating A/B
    start_figure(size, db, runs, rows)

    cli = [PY, "-m", "unionbook", "--db", str(db), "--json"]
    a, b = alternate(lambda: _process([PY, "-m", "unionbook", "--help"]), lambda: _process([PY, "-c", "pass"]), runs)
    rows.append(pair("cold CLI: --help (baseline: python -c pass)", size, a, b))
    a, b = alternate(lambda: _process([*cli, "members", "list", "--limit", "50"]),
                     lambda: _process([PY, "-c", REPLAY_JSON, str(db), str(sql_file), "roster"]), runs)
    rows.append(pair("cold CLI: members list --limit 50", size, a, b, target="≤ 0.3 s"))
    a, b = alternate(lambda: _process([*cli, "members", "list", "--search", "zw", "--limit", "50"]),
                     lambda: _process([PY, "-c", REPLAY_JSON, str(db), str(sql_file), "roster"]), runs)
    rows.append(pair("cold CLI: members list --search zw --limit 50", size, a, b, target="≤ 0.3 s"))
    a, b = alternate(lambda: _process([*cli, "stats"]),
                     lambda: _process([PY, "-c", REPLAY_JSON, str(db), str(sql_file), "figures"]), runs)
    rows.append(pair("cold CLI: stats", size, a, b, target="≤ 0.3 s"))
    # the first opening after the file changed: the quick_check reads every page (the verdict is then kept)
    a, b = alternate(lambda: _process([*cli, "stats"], env=_fresh_home()),
                     lambda: _process([PY, "-c", REPLAY_JSON, str(db), str(sql_file), "figures"]), runs)
    rows.append(pair("cold CLI: stats, file not yet checked (quick_check)", size, a, b))
    form_figures(size, db, runs, rows)

    if size >= 10_000 and export:
        export_figures(size, db, runs, rows)


def export_figures(size: int, db: Path, runs: int, rows: list[dict[str, Any]]) -> None:
    """`members export` as a whole process, and the window's export job (benchmarks/bench_export.py: the service
    call the export dialog makes, on a worker thread, after opening the database as the window does) in a
    process of its own, each against sqlite3 feeding the same rows into the app's own xlsx writer."""
    cli = [PY, "-m", "unionbook", "--db", str(db), "--json"]
    xlsx, base_xlsx = CACHE / "work" / f"export-{size}.xlsx", CACHE / "work" / f"export-base-{size}.xlsx"
    target = "≤ 5 s, ≤ 150 MB" if size == 100_000 else "≤ 150 MB" if size > 100_000 else ""
    a, b = alternate(lambda: _process([*cli, "members", "export", str(xlsx)]),
                     lambda: _process([PY, "-c", EXPORT_BASE, str(db), str(base_xlsx)]), max(1, runs - 1))
    rows.append(pair(f"export {size:,} (CLI, whole process)", size, a, b, target=target))
    # the window holds the writer lock: its job runs on a copy of the database, made once per size
    copy = CACHE / "work" / f"export-window-{size}-{db.stat().st_mtime_ns}.sqlite"
    if not copy.exists():
        for old in (CACHE / "work").glob(f"export-window-{size}-*"):
            old.unlink()
        working_copy(db, copy.name)
    calls: list[float] = []

    def window() -> tuple[float, float]:
        wall, rss, out = run_process([PY, "-m", "benchmarks.bench_export", str(copy), str(xlsx)], env=HOME_ENV)
        calls.append(json.loads(out.strip().splitlines()[-1])["s"])
        return wall, rss

    a, b = alternate(window, lambda: _process([PY, "-c", EXPORT_BASE, str(copy), str(base_xlsx),
                                                "m.status in ('active', 'kept')"]), max(1, runs - 1))
    row = pair(f"export {size:,} (window's job: 现有会员, whole process)", size, a, b, target=target)
    row["ours_spread"] += f"; the service call {median(calls[1:]):.2f} s"
    rows.append(row)


def start_figure(size: int, db: Path, runs: int, rows: list[dict[str, Any]]) -> None:
    """Process start → home page with its figures → a click on 会员名册 → the roster's rows painted, against the
    minimal QTableView program replaying the app's own SQL (captured by bench_roster.py into sql-<size>.json)."""
    sql_file = CACHE / f"sql-{size}.json"
    if not sql_file.exists():
        raise SystemExit(f"{sql_file} is missing: run the full benchmark for {size:,} members once first")
    starts_a, starts_b = alternate(lambda: _start("app", db, sql_file), lambda: _start("base", db, sql_file), runs)
    target = "≤ 1.2 s" if size >= 500_000 else ("≤ 0.8 s" if size >= 100_000 else "")
    rows.append(pair("start → home figures → roster shown", size, [(x[1], x[2]) for x in starts_a],
                     [(x[1], x[2]) for x in starts_b], target=target))
    rows.append(pair("  of which home page with figures", size, [(x[0], x[2]) for x in starts_a],
                     [(x[0], x[2]) for x in starts_b]))


def form_figures(size: int, db: Path, runs: int, rows: list[dict[str, Any]]) -> None:
    """One form from a fresh process, against a bare reportlab canvas drawing one line with the bundled face."""
    cli = [PY, "-m", "unionbook", "--db", str(db), "--json"]
    pdf = CACHE / "work" / "form.pdf"
    font = str(ROOT / "resources" / "fonts" / "wqy-microhei.ttc")
    form = [*cli, "form", "render", "registration", "--member", "1", "--out", str(pdf)]
    a, b = alternate(lambda: _process(form), lambda: _process([PY, "-c", BARE_FORM, str(pdf), font]), runs)
    rows.append(pair("cold CLI: one form (registration)", size, a, b, target="≤ 0.3 s"))
    # the very first form on a machine: the parsed faces are not yet in the font cache (documents/facecache.py);
    # a home of its own (the shared one's cache stays), holding the shared home's quick_check verdicts
    home = CACHE / "work" / "home-first-form"

    def first_form() -> tuple[float, float]:
        shutil.rmtree(home, ignore_errors=True)
        home.mkdir(parents=True)
        verdicts = Path(HOME_ENV["UNIONBOOK_HOME"]) / "checked.json"
        if verdicts.exists():
            shutil.copyfile(verdicts, home / "checked.json")
        return _process(form, env={"UNIONBOOK_HOME": str(home)})

    a, b = alternate(first_form, lambda: _process([PY, "-c", BARE_FORM, str(pdf), font]), runs)
    rows.append(pair("  the same, font cache empty (first form after installing)", size, a, b))


def import_50k(runs: int, rows: list[dict[str, Any]]) -> None:
    # files made by other code (other vocabularies) are not reused
    from unionbook.store.migrations import HEAD

    print("== import 50,000 rows", file=sys.stderr, flush=True)
    source = CACHE / f"import-50000-{HEAD}.xlsx"
    if not source.exists():
        db = demo_database(50_000, seed=2)
        run_process([PY, "-m", "unionbook", "--db", str(working_copy(db, "export-src.sqlite")), "members", "export",
                     str(source)])
    empty = CACHE / f"empty-{HEAD}.sqlite"
    if not empty.exists():
        run_process([PY, "-m", "unionbook", "--db", str(empty), "init", "--name", "测试联合工会", "--kind", "joint"])

    def ours() -> tuple[float, float]:
        target = working_copy(empty, "import.sqlite")
        return _process([PY, "-m", "unionbook", "--db", str(target), "--json", "members", "import", str(source)])

    def base() -> tuple[float, float]:
        return _process([PY, "-c", IMPORT_BASE, str(source), str(working_copy(empty, "import-base.sqlite"))])

    a, b = alternate(ours, base, max(1, runs - 1))
    rows.append(pair("import 50,000 rows (check + commit, CLI)", 50_000, a, b, target="≤ 5 s, ≤ 250 MB"))


def table(rows: list[dict[str, Any]]) -> str:
    lines = ["| figure | members | ours (median) | spread | baseline (median) | spread | ratio | peak RSS ours / base | target |",
             "|---|---:|---:|---|---:|---|---:|---|---|"]
    for r in rows:
        unit = r["unit"]

        def fmt(v: float, unit: str = unit) -> str:
            return f"{v:.2f} s" if unit == "s" else f"{v:.1f} {unit}"

        base = r.get("base")
        ratio = f"{r['ours'] / base:.2f}×" if base else ""
        rss = f"{r['rss']:.0f} / {r['base_rss']:.0f} MB" if "rss" in r else ""
        lines.append(f"| {r['figure']} | {r['size']:,} | {fmt(r['ours'])} | {r.get('ours_spread', '')} | "
                     f"{fmt(base) if base is not None else ''} | {r.get('base_spread', '')} | {ratio} | {rss} | "
                     f"{r.get('target', '')} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--big", action="store_true", help="add 500,000 members (building it once takes minutes)")
    parser.add_argument("--sizes", type=lambda s: [int(x) for x in s.split(",")], help="e.g. 1000,100000")
    parser.add_argument("--runs", type=int, default=3, help="A/B pairs per whole-process figure")
    parser.add_argument("--queries", type=int, default=200, help="seeded typed queries (broad terms are added)")
    parser.add_argument("--no-import", action="store_true")
    parser.add_argument("--no-export", action="store_true", help="skip the whole-roster export figure")
    parser.add_argument("--forms-only", action="store_true", help="only the one-form figures (and no import)")
    parser.add_argument("--export-only", action="store_true", help="only the export figures (and no import)")
    parser.add_argument("--start-only", action="store_true",
                        help="only the start figure (start → home figures → roster shown; and no import)")
    parser.add_argument("--db", type=Path, help="with --forms-only or --start-only and one size: this database file "
                        "of that size (e.g. a migrated copy of an older cached file) instead of the cached demo")
    args = parser.parse_args(argv)
    sizes = args.sizes or [1_000, 10_000, 100_000, *([500_000] if args.big else [])]
    rows: list[dict[str, Any]] = []
    for size in sizes:
        chosen = args.db if args.db and len(sizes) == 1 else None
        if args.forms_only:
            form_figures(size, chosen or demo_database(size), args.runs, rows)
        elif args.export_only:
            export_figures(size, demo_database(size), args.runs, rows)
        elif args.start_only:
            start_figure(size, chosen or demo_database(size), args.runs, rows)
        else:
            one_size(size, args.runs, args.queries, rows, export=not args.no_export)
    if not args.no_import and not args.forms_only and not args.export_only and not args.start_only:
        try:
            import_50k(args.runs, rows)
        except RuntimeError as exc:  # the table of what was measured is still written
            print(f"import failed: {exc}", file=sys.stderr)
    text = f"Measured {dt.datetime.now():%Y-%m-%d %H:%M}, sizes {sizes}, {args.runs} A/B runs\n\n" + table(rows)
    out = ROOT / "benchmarks" / "out"
    out.mkdir(exist_ok=True)
    path = out / f"results-{dt.datetime.now():%Y%m%d-%H%M%S}.md"
    path.write_text(text + "\n", encoding="utf-8")
    (out / "results.json").write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    print(text)
    print(f"\nwritten to {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
