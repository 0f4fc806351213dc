"""Golden JSON: every documented `--json` output, recorded from a fixed, seeded demo union and compared key by key.

The script below runs in order on one database (later steps see what earlier ones wrote). Volatile values are
normalised before comparing: the temporary folder, the repository folder, UNIONBOOK_HOME, timestamps
("2026-11-25 20:31:07"), backup stamps ("20261125-203107") and today's date. The database user is set to
"golden" through LOGNAME.

A changed output fails the test with the difference. When the change is intended (a key added), regenerate:

    UNIONBOOK_REGEN_GOLDEN=1 .venv/bin/python -m pytest tests/cli/test_golden.py

and review `git diff tests/cli/golden/` before committing: a renamed or removed key breaks the README's
promise ("the ones documented here are not renamed or removed").
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from unionbook.cli import main

pytestmark = pytest.mark.slow  # the script runs ~35 commands and renders three PDFs (about 15 s)

GOLDEN = Path(__file__).parent / "golden"
REPO = Path(__file__).resolve().parents[2]
REGEN = bool(os.environ.get("UNIONBOOK_REGEN_GOLDEN"))
DEMO_TODAY = dt.date(2026, 11, 1)
MEMBERS, SEED = 60, 7

SCENARIO = {"seats": 3, "entitled": 50, "present": 40, "ballots_issued": 40, "ballots_returned": 40,
            "candidates": ["甲", "乙", "丙", "丁"], "counts": {"甲": 35, "乙": 30, "丙": 26, "丁": 20},
            "invalid_ballots": 1}

# (golden name, argv after `--db DB --json`, expected exit status); "{tmp}" is the test's folder.
# Member ids refer to the seeded demo (60 members, seed 7); 61 is the member `members add` registers.
SCRIPT: list[tuple[str, list[str], int]] = [
    ("stats", ["stats"], 0),
    ("members-list", ["members", "list", "--limit", "3", "--sort", "id"], 0),
    ("members-list-former", ["members", "list", "--status", "left", "--status", "withdrawn",
                             "--status", "transferred_out", "--status", "expelled", "--limit", "2", "--sort", "id"], 0),
    ("members-show", ["members", "show", "1"], 0),
    ("members-history", ["members", "history", "1"], 0),
    ("members-add", ["members", "add", "--name", "张晓明", "--id-number", "11010519491231002X",
                     "--employer", "测试单位", "--date", "2026-11-02"], 0),
    ("members-edit", ["members", "edit", "61", "--phone", "13800000000"], 0),
    ("members-set-status", ["members", "set-status", "61", "keep", "--date", "2026-11-03", "--reason", "退休"], 0),
    ("members-show-not-found", ["members", "show", "9999"], 1),
    ("members-export", ["members", "export", "{tmp}/roster.xlsx"], 0),
    ("members-import", ["members", "import", "{tmp}/roster.xlsx"], 0),
    ("members-import-history", ["members", "import-history"], 0),
    ("election-count", ["election", "count", "{tmp}/scenario.json"], 0),
    ("election-setup", ["election", "setup", "--title", "第五届委员会选举", "--date", "2026-11-10", "--seats", "3",
                        "--term-years", "5", "--note", "经区总工会同意"], 0),
    ("election-candidates", ["election", "candidates", "1", "2", "3", "4", "5"], 0),
    ("election-list", ["election", "list"], 0),
    ("election-count-round", ["election", "count-round", "1", "--present", "50", "--issued", "50",
                              "--returned", "50", "--votes", "{c1}=45", "{c2}=44", "{c3}=40", "{c4}=10"], 0),
    ("election-result", ["election", "result", "1"], 0),
    ("election-papers", ["election", "papers", "1", "report", "--out", "{tmp}/report.pdf"], 0),
    ("meeting-add", ["meeting", "add", "--title", "2026年会员大会", "--date", "2026-11-10", "--place", "职工之家",
                     "--host", "马晓燕", "--recorder", "李明"], 0),
    ("meeting-list", ["meeting", "list"], 0),
    ("meeting-check-in", ["meeting", "check-in", "1", "{attendees}"], 0),  # the first 40 expected
    ("meeting-agenda", ["meeting", "agenda", "1", "选举工会委员会", "审议经费收支情况"], 0),
    ("meeting-resolve", ["meeting", "resolve", "1", "通过经费收支报告", "--for", "36", "--against", "2",
                         "--abstain", "1"], 0),
    ("meeting-show", ["meeting", "show", "1"], 0),
    ("meeting-signin", ["meeting", "signin", "1", "--out", "{tmp}/signin.pdf"], 0),
    ("rules-show", ["rules", "show", "--section", "meeting"], 0),
    ("rules-override", ["rules", "override", "election.threshold_base", "cast", "--note", "依据某省实施办法第十条"], 0),
    ("rules-clear", ["rules", "clear", "election.threshold_base"], 0),
    ("rules-use", ["rules", "use"], 0),
    ("rules-terms", ["rules", "terms"], 0),
    ("form-list", ["form", "list"], 0),
    ("form-render", ["form", "render", "registration", "--member", "1", "--out", "{tmp}/reg.pdf",
                     "--date", "2026-11-20"], 0),
    ("backup", ["backup"], 0),
    # the writes the window can do, with their commands (CLI parity)
    ("term-from-election", ["term", "from-election", "1"], 0),
    ("term-start", ["term", "start", "--body", "women", "--start", "2026-11-12", "--years", "5", "--number", "2",
                    "--holders", "director={m2}", "{m3}"], 0),
    ("term-list", ["term", "list", "--all"], 0),
    ("rules-terms-old-name", ["rules", "terms"], 0),
    ("election-setup-2", ["election", "setup", "--title", "女职委委员选举", "--body", "women", "--date", "2026-11-10",
                          "--seats", "3"], 0),
    ("election-candidates-2", ["election", "candidates", "2", "{m1}", "{m2}", "{m3}", "{m4}"], 0),
    ("election-count-round-2", ["election", "count-round", "2", "--present", "50", "--issued", "50",
                                "--returned", "50", "--votes", "{d1}=45", "{d2}=10", "{d3}=10", "{d4}=9"], 0),
    ("election-undo-round", ["election", "undo-round", "2"], 0),
    ("election-count-round-2-again", ["election", "count-round", "2", "--present", "50", "--issued", "50",
                                      "--returned", "50", "--votes", "{d1}=45", "{d2}=10", "{d3}=10", "{d4}=9"], 0),
    ("election-finish-fewer", ["election", "finish-fewer", "2", "--note", "经大会表决同意减少名额"], 0),
    ("election-delete", ["election", "delete", "2"], 0),
    ("meeting-edit", ["meeting", "edit", "1", "--time", "上午9时", "--place", "二楼会议室"], 0),
    ("meeting-expect", ["meeting", "expect", "1", "61", "--sitting-in"], 0),
    ("meeting-guest", ["meeting", "guest", "1", "王振华"], 0),
    ("meeting-check-in-leave", ["meeting", "check-in", "1", "{a41}", "--leave"], 0),
    ("meeting-check-in-absent", ["meeting", "check-in", "1", "{a1}", "--absent"], 0),
    ("meeting-check-in-all", ["meeting", "check-in", "1", "--all"], 0),
    ("meeting-link-election", ["meeting", "link-election", "1", "1"], 0),
    ("meeting-delete-resolution", ["meeting", "delete-resolution", "1", "1"], 0),
    ("meeting-add-other", ["meeting", "add", "--kind", "other", "--title", "工会小组长会", "--date", "2026-11-15"], 0),
    ("meeting-delete", ["meeting", "delete", "2"], 0),
    ("union-show", ["union", "show"], 0),
    ("union-edit", ["union", "edit", "--employees", "80", "--contact-person", "李明"], 0),
    # the delivery list (配送书目) through the import machinery: the `members import` shape, plus `copies`
    ("library-import-refused", ["library", "import", "{tmp}/delivery.xlsx", "--map", "本数=copies"], 1),
    ("library-import-dry-run", ["library", "import", "{tmp}/delivery.xlsx", "--map", "本数=copies", "--map", "书号=",
                                "--dry-run"], 0),
    ("library-import", ["library", "import", "{tmp}/delivery.xlsx", "--map", "本数=copies", "--skip-errors"], 0),
    ("restore-missing-file", ["restore", "{tmp}/no-such-backup.sqlite"], 1),
    ("init-again", ["init", "--name", "另一个工会"], 1),
]


def _normalise(text: str, tmp: Path, home: Path) -> str:
    for folder, mark in ((tmp, "<tmp>"), (home, "<home>"), (REPO, "<repo>")):
        for spelling in {str(folder), str(folder.resolve())}:
            text = text.replace(json.dumps(spelling)[1:-1], mark)
    text = re.sub(r"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d+)?", "<timestamp>", text)
    text = re.sub(r"\d{8}-\d{6}", "<stamp>", text)
    return text.replace(dt.date.today().isoformat(), "<today>")


def _delivery_list(path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "题名", "书号", "责任者", "出版者", "本数"])
    ws.append([1, "金色测试读本", "7-5302-1022-X", "路遥", "北京十月文艺出版社", 3])
    ws.append([2, "错书号", "9787020002208", "", "", 1])
    wb.save(path)


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory, empty_template: Path, unionbook_home: Path
            ) -> dict[str, tuple[int, Any]]:
    from unionbook.services.union.demo import build_demo
    from unionbook.store import Database

    tmp = tmp_path_factory.mktemp("golden")
    db_path = tmp / "golden.sqlite"
    shutil.copyfile(empty_template, db_path)
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("LOGNAME", "golden")
        db = Database.open(db_path, create=True, purpose="cli")
        try:
            build_demo(db, members=MEMBERS, seed=SEED, today=DEMO_TODAY)
        finally:
            db.close()
        (tmp / "scenario.json").write_text(json.dumps(SCENARIO, ensure_ascii=False), encoding="utf-8")
        _delivery_list(tmp / "delivery.xlsx")
        names: dict[str, str] = {}
        attendees: list[str] = []
        results: dict[str, tuple[int, Any]] = {}
        capsys_out = _Capture()
        for name, argv, _ in SCRIPT:
            args = [x for a in argv for x in (attendees if a == "{attendees}" else [a.format(tmp=tmp, **names)])]
            code, out, err = capsys_out.run(["--db", str(db_path), "--json", *args])
            raw = out if code == 0 else err
            results[name] = (code, json.loads(_normalise(raw, tmp, unionbook_home)) if raw.strip() else None)
            if name == "election-candidates" and code == 0:
                cands = json.loads(out)["candidates"]
                names.update({f"c{i}": c["name"] for i, c in enumerate(cands, 1)})
                names.update({f"m{i}": str(c["member_id"]) for i, c in enumerate(cands, 1)})
            if name == "election-candidates-2" and code == 0:
                names.update({f"d{i}": c["name"] for i, c in enumerate(json.loads(out)["candidates"], 1)})
            if name == "meeting-add" and code == 0:
                ids = [str(a["member_id"]) for a in json.loads(out)["attendees"]]
                attendees = ids[:40]
                names.update({f"a{i}": key for i, key in enumerate(ids, 1)})
    return results


class _Capture:
    """Runs `main` with stdout/stderr captured (capsys is function-scoped; the script is run once per module)."""

    def run(self, argv: list[str]) -> tuple[int, str, str]:
        import contextlib
        import io

        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(argv)
            except SystemExit as exc:
                code = int(exc.code or 0)
        return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize(("name", "argv", "code"), SCRIPT, ids=[s[0] for s in SCRIPT])
def test_output_matches_golden(outputs: dict[str, tuple[int, Any]], name: str, argv: list[str], code: int) -> None:
    got_code, got = outputs[name]
    assert got_code == code, (name, got)
    path = GOLDEN / f"{name}.json"
    if REGEN:
        GOLDEN.mkdir(exist_ok=True)
        path.write_text(json.dumps(got, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    assert path.exists(), f"no golden file {path.name}: run with UNIONBOOK_REGEN_GOLDEN=1 and review it"
    expected = json.loads(path.read_text(encoding="utf-8"))
    assert got == expected


def test_every_golden_file_belongs_to_a_step() -> None:
    """A golden file left behind by a removed step would give false comfort."""
    names = {s[0] for s in SCRIPT}
    assert {p.stem for p in GOLDEN.glob("*.json")} <= names


def test_the_comparison_can_fail(outputs: dict[str, tuple[int, Any]]) -> None:
    """A renamed key is caught: the golden comparison is a full equality, not a subset check."""
    _, got = outputs["stats"]
    expected = json.loads((GOLDEN / "stats.json").read_text(encoding="utf-8"))
    renamed = {("member_count" if k == "members" else k): v for k, v in got.items()}
    assert renamed != expected
