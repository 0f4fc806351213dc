"""PDF forms: one registration form, and the roster of 10,000 members.

Each figure is printed beside a baseline measured in the same run on the same machine:
- roster: the same rows (same strings, same font, same column widths) as plain reportlab Tables of 500 rows,
  the fastest platypus way measured before (one LongTable of 10,000 rows: ~7 s; run with --longtable to see it);
- one form: a bare reportlab canvas drawing one line of Chinese text to a file (the floor of writing a PDF).
Targets (issue 4): one form ≤ 0.3 s; roster of 10,000 ≤ 3 s.

Run: python benchmarks/bench_documents.py [--members 10000] [--repeat 3] [--longtable] [--from-db]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "documents"))

from conftest import UNION, make_members  # demo-like plain member values, no database needed

from unionbook.documents import FormData, load_template, render
from unionbook.paths import forms_dir

COLD_FORM = r"""
import sys, time
t = time.perf_counter()
from pathlib import Path
from unionbook.documents import FormData, load_template, render
from unionbook.paths import forms_dir
sys.path.insert(0, sys.argv[2])
from conftest import UNION, make_members
render(load_template(forms_dir() / "members" / "registration.toml"), FormData(union=UNION, members=make_members(1)),
       Path(sys.argv[1]))
print(time.perf_counter() - t)
"""


def timed(fn, repeat: int) -> float:  # type: ignore[no-untyped-def]
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - t)
    return statistics.median(runs)


def baseline_tables(rows: list[list[str]], widths: list[float], out: Path, *, chunk: int | None) -> None:
    """Plain platypus: the same strings in Tables of `chunk` rows (None: one LongTable), header repeated."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import LongTable, SimpleDocTemplate, Table, TableStyle

    from unionbook.documents.fonts import chain

    font = chain("song").primary
    header, body = rows[0], rows[1:]
    style = TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), 9),
                        ("GRID", (0, 0), (-1, -1), 0.5, "black"), ("BOX", (0, 0), (-1, -1), 1, "black")])
    doc = SimpleDocTemplate(str(out), pagesize=landscape(A4), leftMargin=12 * mm, rightMargin=12 * mm,
                            topMargin=14 * mm, bottomMargin=14 * mm)
    if chunk is None:
        story = [LongTable([header, *body], colWidths=widths, repeatRows=1, style=style)]
    else:
        story = [Table([header, *body[i:i + chunk]], colWidths=widths, repeatRows=1, style=style)
                 for i in range(0, len(body), chunk)]
    doc.build(story)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--members", type=int, default=10_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--longtable", action="store_true", help="also time one LongTable of all rows (slow)")
    ap.add_argument("--from-db", action="store_true", help="also time the roster read from a demo database")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="ub-bench-docs-"))
    members = make_members(args.members, seed=1)

    # ---- one form ----
    reg = load_template(forms_dir() / "members" / "registration.toml")
    one = FormData(union=UNION, members=members[:1])
    render(reg, one, work / "warm.pdf")  # fonts registered once per process
    form_time = timed(lambda: render(reg, one, work / "reg.pdf"), max(args.repeat, 5))
    tpl_time = timed(lambda: load_template(forms_dir() / "members" / "registration.toml"), 5)
    cold = subprocess.run([sys.executable, "-c", COLD_FORM, str(work / "cold.pdf"),
                           str(Path(__file__).resolve().parent.parent / "tests" / "documents")],
                          capture_output=True, text=True, check=True)

    def floor() -> None:
        from reportlab.pdfgen.canvas import Canvas

        from unionbook.documents.fonts import chain
        c = Canvas(str(work / "floor.pdf"))
        c.setFont(chain("song").primary, 12)
        c.drawString(72, 720, "工会会员登记表 张伟 110105194912310021")
        c.save()

    floor_time = timed(floor, 5)

    # ---- the roster ----
    roster = load_template(forms_dir() / "members" / "roster.toml")
    data = FormData(union=UNION, members=members)
    roster_runs = []
    pages = 0
    for _ in range(args.repeat):
        t = time.perf_counter()
        pages = render(roster, data, work / "roster.pdf").pages
        roster_runs.append(time.perf_counter() - t)
    roster_time = statistics.median(roster_runs)

    from reportlab.lib.units import mm

    from unionbook.documents.fields import compile_text, fill_parts, member_scope
    cols = roster.blocks[2]["columns"]
    total_w = sum(c["width"] for c in cols)
    widths = [(297 - 24) * mm * c["width"] / total_w for c in cols]
    parts = [compile_text(c["value"]) for c in cols]
    rows = [[c["header"] for c in cols]]
    for n, m in enumerate(members, 1):
        scope = {"member": member_scope(m, whole_id=False, today=data.today), "row": {"no": n}}
        rows.append([fill_parts(p, scope) for p in parts])
    chunked = timed(lambda: baseline_tables(rows, widths, work / "chunked.pdf", chunk=500), 1)

    print(f"\nPDF forms ({args.members:,} members; medians; rl_accel: {_accel()})")
    print(f"{'what':<52}{'time':>10}  baseline in the same run")
    print(f"{'one registration form (warm process)':<52}{form_time:>9.3f}s  bare canvas, one line: {floor_time:.3f} s")
    print(f"{'  of which loading and checking the template':<52}{tpl_time:>9.3f}s")
    print(f"{'one registration form, new process (imports, fonts)':<52}{float(cold.stdout):>9.3f}s")
    print(f"{f'roster of {args.members:,} ({pages} pages)':<52}{roster_time:>9.3f}s  "
          f"platypus Tables of 500 rows: {chunked:.3f} s ({chunked / roster_time:.1f}× slower)")
    if args.longtable:
        lt = timed(lambda: baseline_tables(rows, widths, work / "longtable.pdf", chunk=None), 1)
        print(f"{'  baseline: one LongTable of all rows':<52}{lt:>9.3f}s")
    if args.from_db:
        from _common import demo_database

        from unionbook.services.forms.catalog import render_form
        from unionbook.store import Database
        db = Database.open(demo_database(args.members))
        try:
            t = time.perf_counter()
            r = render_form(db, "roster", work / "db-roster.pdf")
            print(f"{f'roster from a demo database ({r.members:,} on the books)':<52}"
                  f"{time.perf_counter() - t:>9.3f}s  (reading the members included)")
        finally:
            db.close()
    print(f"targets: one form ≤ 0.3 s, roster of 10,000 ≤ 3 s   (files in {work})")


def _accel() -> str:
    try:
        import _rl_accel  # noqa: F401
    except ImportError:
        return "no (pip install rl_accel: about 1.5× faster)"
    return "yes"


if __name__ == "__main__":
    main()
