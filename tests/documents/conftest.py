"""Demo-like plain data for the PDF engine (it takes values, not database rows) and readers for its output."""

from __future__ import annotations

import datetime as dt
import random
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from stdnum.cn import ric

from unionbook.domain.member import Status

UNION = {
    "name": "银川市兴庆区掌政镇联合工会委员会", "uscc": "81640104MC1234567X", "kind": "乡镇（街道）工会",
    "parent_union": "银川市兴庆区总工会", "founding_date": dt.date(2010, 5, 1), "employees": 1200,
    "address": "宁夏银川市兴庆区掌政镇", "contact_person": "马丽", "contact_phone": "0951-1234567",
}
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟强军磊勇杰涛斌芳娜敏静丽艳娟霞秀英玲堃喆赟"
EMPLOYERS = ("宁夏恒达物流有限公司", "顺通快递", "宁夏回族自治区银川市金凤区塞上家政服务有限公司第二分公司",
             "银川市兴庆区鑫源建材有限公司")
LONG_NAME = "阿卜杜热合曼·买买提艾力·托合提"


def make_members(n: int, seed: int = 1) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    out = []
    used: set[str] = set()
    for i in range(n):
        while True:
            birth = dt.date(1965, 1, 1) + dt.timedelta(days=rng.randrange(14000))
            first17 = f"640104{birth:%Y%m%d}{rng.randrange(1000):03d}"
            number = first17 + ric.calc_check_digit(first17 + "0")
            if number not in used:
                used.add(number)
                break
        name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))
        if i % 97 == 5:
            name = LONG_NAME
        out.append({
            "id": i + 1, "name": name, "gender": "男" if int(number[16]) % 2 else "女",
            "ethnicity": rng.choice(("汉族", "回族", "维吾尔族")), "id_number": number, "birth_date": birth,
            "phone": f"139{rng.randrange(10**8):08d}", "employer": rng.choice(EMPLOYERS),
            "job": rng.choice(("操作工", "快递员", "车间主任")), "education": "高中", "political_status": "群众",
            "household_type": "农业户口", "employment_form": "劳动合同", "migrant_worker": i % 3 == 0, "group": "",
            "frontline": True, "model_worker": False, "hardship": False, "card_number": f"NX{i + 1:08d}",
            "join_date": dt.date(2020, 3, 5), "status": Status.ACTIVE, "status_date": None, "notes": "",
        })
    return out


VALUES = {
    "transfer": {"to_union": "银川市金凤区良田镇联合工会委员会", "date": dt.date(2026, 3, 5), "reason": "工作调动",
                 "dues_paid_until": "2026年2月", "handler": "马丽"},
    "meeting": {"participants": "全体会员", "title": "2026年度会员大会", "date": dt.date(2026, 4, 8), "time": "上午9时",
                "place": "掌政镇政府三楼会议室", "agenda": "（一）听取和审议工会委员会工作报告。\n（二）审查经费收支情况。"},
}


def pdf_pages_text(path: Path) -> list[str]:
    """The text of each page in drawing order, as a reader would copy it (pdftotext -raw when installed,
    else pypdf)."""
    if shutil.which("pdftotext"):
        out = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True)
        pages = out.stdout.decode("utf-8").split("\f")
        return pages[:-1] if pages and not pages[-1].strip() else pages
    from pypdf import PdfReader

    return [p.extract_text() or "" for p in PdfReader(str(path)).pages]


def squash(text: str) -> str:
    return "".join(text.split())


def fonts_of(path: Path) -> list[dict[str, Any]]:
    """Every font the pages use, with whether its outlines are embedded (read with pypdf)."""
    from pypdf import PdfReader

    found: dict[int, dict[str, Any]] = {}
    for page in PdfReader(str(path)).pages:
        res = page.get("/Resources") or {}
        for ref in (res.get("/Font") or {}).values():
            font = ref.get_object()
            desc = font.get("/FontDescriptor")
            desc = desc.get_object() if desc is not None else {}
            embedded = any(k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            found[id(font)] = {"name": str(font.get("/BaseFont")), "embedded": embedded}
    return list(found.values())


@pytest.fixture
def union() -> dict[str, Any]:
    return dict(UNION)


@pytest.fixture
def make() -> Any:
    return make_members


@pytest.fixture
def values() -> dict[str, dict[str, Any]]:
    return {ns: dict(v) for ns, v in VALUES.items()}


@pytest.fixture
def pdf_text() -> Any:
    return pdf_pages_text


@pytest.fixture
def pdf_fonts() -> Any:
    return fonts_of


@pytest.fixture
def forms_dir() -> Path:
    from unionbook.paths import forms_dir

    return forms_dir()
