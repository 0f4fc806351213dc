"""`unionbook [--json] election count SCENARIO.json` run as a user would: a subprocess, exit codes 0/1/2."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

TIE = {"seats": 2, "entitled": 20, "present": 20, "ballots_issued": 20, "ballots_returned": 20,
       "candidates": ["张三", "李四", "王五", "赵六"], "counts": {"张三": 14, "李四": 11, "王五": 11, "赵六": 2}}


def run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "UNIONBOOK_HOME": str(tmp_path / "home"), "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "unionbook", *args], capture_output=True, text=True,
                          encoding="utf-8", env=env, cwd=tmp_path, timeout=60)


def write(tmp_path: Path, data: object, name: str = "f.json") -> str:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return str(path)


def test_json_result(tmp_path: Path) -> None:
    done = run(tmp_path, "--json", "election", "count", write(tmp_path, TIE))
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["elected"] == ["张三"] and sorted(out["tied"]) == ["李四", "王五"]
    assert out["next_step"] == "revote_tied" and out["unfilled_seats"] == 1 and out["threshold"] == 11


def test_human_text_in_chinese(tmp_path: Path) -> None:
    done = run(tmp_path, "election", "count", write(tmp_path, TIE))
    assert done.returncode == 0, done.stderr
    assert "张三" in done.stdout and "当选" in done.stdout
    assert "下一步：对得票相等者再次投票" in done.stdout


def test_contradiction_exits_1_with_a_chinese_message(tmp_path: Path) -> None:
    done = run(tmp_path, "--json", "election", "count", write(tmp_path, {**TIE, "present": 21}))
    assert done.returncode == 1 and done.stdout == ""
    err = json.loads(done.stderr)
    assert err["error"] == "invalid" and "多于应到会人数" in err["message"]
    done = run(tmp_path, "election", "count", str(tmp_path / "missing.json"))
    assert done.returncode == 1 and "找不到场景文件" in done.stderr


def test_unknown_rule_set_exits_1(tmp_path: Path) -> None:
    done = run(tmp_path, "election", "count", write(tmp_path, TIE), "--rule-set", "mars-2099")
    assert done.returncode == 1 and "找不到规则集" in done.stderr


@pytest.mark.parametrize("args", [("election",), ("election", "count")])
def test_usage_errors_exit_2(tmp_path: Path, args: tuple[str, ...]) -> None:
    done = run(tmp_path, *args)
    assert done.returncode == 2 and "用法错误" in done.stderr
