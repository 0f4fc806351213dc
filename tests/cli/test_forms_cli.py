"""`unionbook form list|render|check` run as a user would: a subprocess on a demo database."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

pytestmark = pytest.mark.slow  # every test here runs the CLI in a subprocess and renders PDFs (~45 s in all)


def run(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "UNIONBOOK_HOME": str(home / "home"), "PYTHONIOENCODING": "utf-8"}
    env.pop("UNIONBOOK_DB", None)
    return subprocess.run([sys.executable, "-m", "unionbook", *args], capture_output=True, text=True,
                          encoding="utf-8", env=env, cwd=home, timeout=120)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    where = tmp_path_factory.mktemp("forms-cli")
    done = run(where, "--db", str(where / "demo.sqlite"), "demo", "--members", "60", "--seed", "2")
    assert done.returncode == 0, done.stderr
    return where / "demo.sqlite"


@pytest.fixture
def db(demo_file: Path, tmp_path: Path) -> str:
    target = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_file, target)
    return str(target)


def text_of(path: Path) -> str:
    return "".join("".join((p.extract_text() or "").split()) for p in PdfReader(str(path)).pages)


def test_form_list_json(tmp_path: Path) -> None:
    done = run(tmp_path, "--json", "form", "list")
    assert done.returncode == 0, done.stderr
    forms = {f["name"]: f for f in json.loads(done.stdout)["forms"]}
    assert forms["registration"]["title"] == "工会会员登记表"
    assert {"application", "roster", "transfer_letter", "signin", "cards"} <= set(forms)
    done = run(tmp_path, "form", "list")
    assert "会员花名册" in done.stdout and "自制或修改的模板" in done.stdout


def test_render_roster_all(db: str, tmp_path: Path) -> None:
    out = tmp_path / "roster.pdf"
    done = run(tmp_path, "--db", db, "--json", "form", "render", "roster", "--all", "--out", str(out))
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["form"] == "roster" and result["pages"] == len(PdfReader(str(out)).pages)
    assert f"合计：会员{result['members']}人" in text_of(out)


def test_render_registration_by_id_and_card_number(db: str, tmp_path: Path) -> None:
    listed = json.loads(run(tmp_path, "--db", db, "--json", "members", "list", "--limit", "2").stdout)["members"]
    first, second = listed
    out = tmp_path / "reg.pdf"
    done = run(tmp_path, "--db", db, "form", "render", "registration", "--member", str(first["id"]),
               "--member", second["card_number"], "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "已生成“工会会员登记表”" in done.stdout and "2 页" in done.stdout
    text = text_of(out)
    assert first["name"].split("·")[0] in text and second["card_number"] in text
    assert "*" not in text.split("证件号码")[1][:18]  # the registration form prints the whole number


def test_transfer_letter_needs_the_receiving_union(db: str, tmp_path: Path) -> None:
    member = json.loads(run(tmp_path, "--db", db, "--json", "members", "list", "--limit", "1").stdout)["members"][0]
    out = tmp_path / "t.pdf"
    done = run(tmp_path, "--db", db, "form", "render", "transfer_letter", "--member", str(member["id"]),
               "--out", str(out))
    assert done.returncode == 1 and not out.exists()
    assert "transfer_letter.toml" in done.stderr and "转入工会" in done.stderr and "--set" in done.stderr
    done = run(tmp_path, "--db", db, "--json", "form", "render", "transfer_letter", "--member", str(member["id"]),
               "--set", "transfer.to_union=某某镇联合工会", "--date", "2026-03-05", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["serials"] == ["〔2026〕1号"]
    assert "某某镇联合工会" in text_of(out)


def test_refusals_exit_1_in_chinese(db: str, tmp_path: Path) -> None:
    done = run(tmp_path, "--db", db, "form", "render", "nosuch", "--out", str(tmp_path / "x.pdf"))
    assert done.returncode == 1 and "没有名为“nosuch”的表单" in done.stderr
    done = run(tmp_path, "--db", db, "form", "render", "roster", "--out", str(tmp_path / "x.txt"))
    assert done.returncode == 1 and ".pdf" in done.stderr
    done = run(tmp_path, "--db", db, "--json", "form", "render", "registration", "--member", "NO-SUCH",
               "--out", str(tmp_path / "x.pdf"))
    assert done.returncode == 1 and json.loads(done.stderr)["error"] == "not_found"
    done = run(tmp_path, "--db", db, "form", "render", "signin", "--set", "member.name=x",
               "--out", str(tmp_path / "x.pdf"))
    assert done.returncode == 1 and "不能用 --set 设置" in done.stderr


def test_check_a_template_file(tmp_path: Path) -> None:
    bad = tmp_path / "my_form.toml"
    bad.write_text('[form]\ntitle = "我的表"\n\n[[block]]\ntype = "text"\ntext = "{member.nmae}"\n', encoding="utf-8")
    done = run(tmp_path, "form", "check", str(bad))
    assert done.returncode == 1
    assert "表单模板“my_form.toml”第 6 行" in done.stderr and "member.nmae" in done.stderr
    good = tmp_path / "ok.toml"
    good.write_text('[form]\ntitle = "我的表"\n\n[[block]]\ntype = "text"\ntext = "{union.name}"\n', encoding="utf-8")
    done = run(tmp_path, "--json", "form", "check", str(good))
    assert done.returncode == 0 and json.loads(done.stdout)["ok"] is True
