"""Bundles: export and import of an annual package, and the consolidated report, as whole processes.

Each figure is the real command (`unionbook bundle export|import`, `report consolidated`) in a fresh process,
beside a baseline in the same run that does the same work the simplest way: read the same columns with
sqlite3, write JSON, deflate, encrypt with age (export); decrypt, parse, insert with executemany (import); one
GROUP BY over the received register (consolidated). Runs alternate A/B; median and spread of `--runs`.

    python benchmarks/bench_bundles.py [--members 100000] [--runs 3] [--unions 0]

`--unions 50` also builds a county: 50 unions of members/50 each, all reported to one receiver (slow to build).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import demo_database

UB = [sys.executable, "-m", "unionbook"]

EXPORT_BASELINE = r"""
import json, sqlite3, sys, zlib, pyrage
from pyrage import x25519
db, out, recipient = sys.argv[1:4]
con = sqlite3.connect(db)
cols = ("id_number name gender ethnicity birth_date phone job education political_status household_type "
        "employment_form migrant_worker group_name frontline model_worker card_number join_date status status_date").split()
rows = con.execute("SELECT " + ",".join("m." + c for c in cols) + ", e.name FROM member m LEFT JOIN employer e "
                   "ON e.id = m.employer_id WHERE m.status IN ('active','kept') ORDER BY m.id").fetchall()
data = zlib.compress(json.dumps({"columns": cols + ["employer"], "rows": rows}, ensure_ascii=False).encode(), 1)
open(out, "wb").write(pyrage.encrypt(data, [x25519.Recipient.from_str(recipient)]))
"""

IMPORT_BASELINE = r"""
import json, sqlite3, sys, zlib, pyrage
from pyrage import x25519
src, identity, db = sys.argv[1:4]
part = json.loads(zlib.decompress(pyrage.decrypt(open(src, "rb").read(), [x25519.Identity.from_str(identity)])))
con = sqlite3.connect(db)
con.execute("CREATE TABLE IF NOT EXISTS r (id_number, name, gender, employer, status)")
ix = [part["columns"].index(c) for c in ("id_number", "name", "gender", "employer", "status")]
with con:
    con.executemany("INSERT INTO r VALUES (?,?,?,?,?)", ([row[i] for i in ix] for row in part["rows"]))
"""


def run(cmd: list[str], env_home: Path) -> float:
    import os

    env = {**os.environ, "UNIONBOOK_HOME": str(env_home)}
    t = time.perf_counter()
    subprocess.run(cmd, check=True, env=env, stdout=subprocess.DEVNULL)
    return time.perf_counter() - t


def summary(values: list[float]) -> str:
    spread = (max(values) - min(values)) / 2 if len(values) > 1 else 0.0
    return f"{statistics.median(values):6.2f} s ± {spread:.2f}"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--members", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--unions", type=int, default=0)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-bundles-"))
    home = work / "home"
    sender = work / "sender.sqlite"
    shutil.copyfile(demo_database(args.members, 3), sender)
    receiver0 = work / "receiver0.sqlite"
    run([*UB, "--db", str(receiver0), "init", "--name", "县总工会"], home)
    run([*UB, "--db", str(receiver0), "keys", "export", "--out", str(work / "up.key")], home)
    run([*UB, "--db", str(sender), "keys", "export", "--out", str(work / "s.key")], home)
    run([*UB, "--db", str(sender), "upper", "set", "--name", "县总工会", "--key", str(work / "up.key")], home)
    run([*UB, "--db", str(receiver0), "subunits", "add", "--name", "甲", "--key", str(work / "s.key")], home)
    import json
    import sqlite3

    recipient = json.loads((work / "up.key").read_text())["age_recipient"]
    identity = json.loads(sqlite3.connect(receiver0).execute("SELECT secret FROM union_key").fetchone()[0])[
        "age_identity"]

    export_a, export_b, import_a, import_b = [], [], [], []
    for i in range(args.runs):
        out = work / f"a{i}.ubx"
        export_a.append(run([*UB, "--db", str(sender), "bundle", "export", "--kind", "annual", "--year", "2026",
                             "--recipient", str(work / "up.key"), "--out", str(out)], home))
        export_b.append(run([sys.executable, "-c", EXPORT_BASELINE, str(sender), str(work / f"b{i}.age"), recipient],
                            home))
        receiver = work / f"receiver{i + 1}.sqlite"
        shutil.copyfile(receiver0, receiver)
        import_a.append(run([*UB, "--db", str(receiver), "bundle", "import", str(out), "--receipts", str(work)],
                            home))
        import_b.append(run([sys.executable, "-c", IMPORT_BASELINE, str(work / f"b{i}.age"), identity,
                             str(work / f"base{i}.sqlite")], home))
    print(f"annual package, {args.members:,} members (whole process, {args.runs} runs, median ± half-range)")
    print(f"  export  unionbook {summary(export_a)}   baseline (sqlite3 + json + age) {summary(export_b)}")
    print(f"  import  unionbook {summary(import_a)}   baseline (age + json + executemany) {summary(import_b)}")
    print(f"  file    {(work / 'a0.ubx').stat().st_size / 1e6:.1f} MB")
    if args.unions:
        county(work, home, args.members // args.unions, args.unions)
    shutil.rmtree(work, ignore_errors=True)


def county(work: Path, home: Path, size: int, unions: int) -> None:
    up = work / "county.sqlite"
    run([*UB, "--db", str(up), "init", "--name", "县总工会"], home)
    run([*UB, "--db", str(up), "keys", "export", "--out", str(work / "county.key")], home)
    base = demo_database(size, 5)
    files = []
    for n in range(unions):
        db = work / f"u{n}.sqlite"
        shutil.copyfile(base, db)
        run([*UB, "--db", str(db), "keys", "export", "--out", str(work / f"u{n}.key")], home)
        run([*UB, "--db", str(up), "subunits", "add", "--name", f"第{n + 1}工会", "--key", str(work / f"u{n}.key")],
            home)
        out = work / f"u{n}.ubx"
        run([*UB, "--db", str(db), "bundle", "export", "--kind", "annual", "--year", "2026", "--recipient",
             str(work / "county.key"), "--out", str(out)], home)
        files.append(str(out))
    t_import = run([*UB, "--db", str(up), "bundle", "import", *files, "--receipts", str(work)], home)
    a = run([*UB, "--db", str(up), "report", "consolidated", "--year", "2026", "--out", str(work / "c.xlsx")], home)
    t = time.perf_counter()
    import sqlite3

    sqlite3.connect(up).execute("SELECT correspondent_id, count(*), sum(gender='女') FROM subunit_member "
                                "GROUP BY correspondent_id").fetchall()
    b = time.perf_counter() - t
    print(f"county: {unions} unions × {size:,} members = {unions * size:,}")
    print(f"  import of {unions} packages {t_import:.1f} s; consolidated report (with .xlsx) {a:.2f} s; "
          f"baseline GROUP BY over the register {b:.2f} s")


if __name__ == "__main__":
    main()
