"""The election workbench, meetings and rules from the command line, run as a user would (subprocesses)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

pytestmark = pytest.mark.slow  # a whole election and a meeting through subprocesses (~25 s)


def run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "UNIONBOOK_HOME": str(tmp_path / "home"), "PYTHONIOENCODING": "utf-8",
           "UNIONBOOK_DB": str(tmp_path / "union.sqlite")}
    return subprocess.run([sys.executable, "-m", "unionbook", *args], capture_output=True, text=True,
                          encoding="utf-8", env=env, cwd=tmp_path, timeout=120)


def ok(done: subprocess.CompletedProcess[str]) -> dict:
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_an_election_from_setup_to_result(tmp_path: Path) -> None:
    ok(run(tmp_path, "--json", "demo", "--members", "150", "--seed", "5"))
    refused = run(tmp_path, "election", "setup", "--title", "第五届委员会选举", "--date", "2026-05-08", "--seats", "3",
                  "--assembly", "representatives")
    assert refused.returncode == 1 and "会员代表大会选举须先选定会员代表" in refused.stderr
    e = ok(run(tmp_path, "--json", "election", "setup", "--title", "第五届委员会选举", "--date", "2026-05-08",
               "--seats", "5"))
    members = ok(run(tmp_path, "--json", "members", "list", "--status", "active", "--limit", "40"))
    rows = members["members"]  # README: `members list` → {"total", "offset", "members": [...]}
    assert len(rows) == 40 and all(m["status"] == "active" for m in rows)
    names, ids = [], []
    for m in rows:
        if m["name"] not in names:
            names.append(m["name"])
            ids.append(str(m["id"]))
    report = ok(run(tmp_path, "--json", "election", "candidates", str(e["id"]), *ids[:6]))
    assert report["margin"]["ok"] and len(report["candidates"]) == 6
    ballot = [c["name"] for c in report["candidates"]]
    votes = [f"{n}={100 - i}" for i, n in enumerate(ballot)]
    entitled = e["entitled"]
    r = ok(run(tmp_path, "--json", "election", "count-round", str(e["id"]), "--present", str(entitled),
               "--issued", str(entitled), "--returned", str(entitled), "--votes", *votes))
    assert r["result"]["next_step"] == "done" and r["result"]["elected"] == ballot[:5]
    text = run(tmp_path, "election", "result", str(e["id"]))
    assert text.returncode == 0 and "选举结束" in text.stdout and "始得当选" in text.stdout
    out = tmp_path / "report.pdf"
    ok(run(tmp_path, "--json", "election", "papers", str(e["id"]), "report", "--out", str(out)))
    assert "选举结果的报告" in PdfReader(out).pages[0].extract_text().replace(" ", "").replace("\n", "")


def test_meeting_minutes_and_rules(tmp_path: Path) -> None:
    ok(run(tmp_path, "--json", "demo", "--members", "60", "--seed", "2"))
    m = ok(run(tmp_path, "--json", "meeting", "add", "--title", "2026年会员大会", "--date", "2026-03-01",
               "--place", "职工之家", "--host", "马晓燕"))
    assert m["quorum"]["entitled"] > 0 and not m["quorum"]["met"]
    ok(run(tmp_path, "--json", "meeting", "agenda", str(m["id"]), "审议工作报告", "审议经费收支情况"))
    out = tmp_path / "minutes.pdf"
    done = run(tmp_path, "meeting", "minutes", str(m["id"]), "--out", str(out))
    assert done.returncode == 0, done.stderr
    text = "".join(p.extract_text() for p in PdfReader(out).pages).replace(" ", "").replace("\n", "")
    assert "2026年会员大会纪要" in text and "审议经费收支情况" in text
    rules = ok(run(tmp_path, "--json", "rules", "show"))
    by_key = {r["key"]: r for r in rules["rules"]}
    assert by_key["election.threshold_base"]["unconfirmed"] and by_key["election.quorum_ratio"]["value"] == "2/3"
    bad = run(tmp_path, "rules", "override", "election.threshold_base", "everyone", "--note", "x")
    assert bad.returncode == 1 and "entitled" in bad.stderr
    v = ok(run(tmp_path, "--json", "rules", "override", "election.threshold_base", "cast", "--note", "省实施办法"))
    assert v["value"] == "cast" and v["override"]["note"] == "省实施办法"
