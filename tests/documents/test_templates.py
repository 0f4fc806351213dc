"""Every template shipped in forms/ is checked and rendered with demo-like data, and read back as a reader
would: the bound Chinese strings are there, the ID is masked or whole as the form says, fonts are embedded,
the paper is A4."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from unionbook.documents import FormData, load_template, render
from unionbook.domain.ids import mask_id_number
from unionbook.paths import forms_dir

TEMPLATES = sorted(p.stem for p in (forms_dir() / "members").glob("*.toml"))
A4 = (595.28, 841.89)


def test_the_six_standard_forms_and_a_document_are_shipped() -> None:
    assert {"application", "registration", "roster", "transfer_letter", "signin", "cards", "notice"} <= set(TEMPLATES)


@pytest.mark.parametrize("name", TEMPLATES)
def test_template_renders_with_demo_data(name, tmp_path, union, make, values, pdf_text, pdf_fonts) -> None:
    tpl = load_template(forms_dir() / "members" / f"{name}.toml")
    members = make(12 if tpl.source == "members" else 2, seed=3)
    out = tmp_path / f"{name}.pdf"
    data = FormData(union=union, members=members if tpl.source != "none" else [], values=values,
                    today=dt.date(2026, 3, 5), serials=["〔2026〕7号", "〔2026〕8号"])
    result = render(tpl, data, out)

    assert out.exists() and not out.with_name(out.name + ".part").exists()
    reader = PdfReader(str(out))
    assert result.pages == len(reader.pages) >= 1
    for page in reader.pages:
        size = sorted((round(float(page.mediabox.width), 2), round(float(page.mediabox.height), 2)))
        assert size == sorted(A4)
        if tpl.form["orientation"] == "landscape":
            assert page.mediabox.width > page.mediabox.height
    text = "".join("".join(p.split()) for p in pdf_text(out))
    assert "".join(union["name"].split()) in text or tpl.source == "members" and name == "signin"
    if "member" in tpl.namespaces:
        for m in members[:2]:
            assert "".join(m["name"].split()) in text
            whole, masked = m["id_number"], mask_id_number(m["id_number"])
            if "member.id_number" in tpl.path.read_text(encoding="utf-8"):
                if tpl.whole_id:
                    assert whole in text
                else:
                    assert masked in text and whole not in text
            else:
                assert whole not in text
    fonts = pdf_fonts(out)
    assert fonts, "no fonts found"
    assert all(f["embedded"] for f in fonts), fonts
    assert not any("Helvetica" in f["name"] for f in fonts)


@pytest.mark.skipif(not shutil.which("pdffonts"), reason="poppler-utils not installed")
@pytest.mark.parametrize("name", ["registration", "roster", "notice", "cards"])
def test_pdffonts_lists_only_embedded_subsets(name, tmp_path, union, make, values) -> None:
    tpl = load_template(forms_dir() / "members" / f"{name}.toml")
    out = tmp_path / "f.pdf"
    render(tpl, FormData(union=union, members=make(20), values=values), out)
    lines = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout.splitlines()
    rows = lines[2:]
    assert rows
    for row in rows:
        cols = row.split()
        emb, sub, uni = cols[-5], cols[-4], cols[-3]
        assert (emb, sub, uni) == ("yes", "yes", "yes"), row


def test_registration_prints_whole_id_and_member_fields(tmp_path: Path, union, make, pdf_text) -> None:
    tpl = load_template(forms_dir() / "members" / "registration.toml")
    members = make(3, seed=9)
    out = tmp_path / "reg.pdf"
    result = render(tpl, FormData(union=union, members=members, today=dt.date(2026, 3, 5)), out)
    pages = pdf_text(out)
    assert result.pages == 3 == len(pages)  # one member per page
    for m, page in zip(members, pages, strict=True):
        flat = "".join(page.split())
        assert m["name"] in flat and m["id_number"] in flat and m["card_number"] in flat
        assert "本人签名" in flat and "（盖" in flat  # the seal corner
        assert "2020年3月5日" in flat  # join date


def test_blank_copies_when_no_member_is_chosen(tmp_path: Path, union, pdf_text) -> None:
    for name in ("application", "registration"):
        tpl = load_template(forms_dir() / "members" / f"{name}.toml")
        out = tmp_path / f"{name}.pdf"
        result = render(tpl, FormData(union=union), out)
        assert result.pages == 1
        flat = "".join(pdf_text(out)[0].split())
        assert union["name"] in flat and "证件号码" in flat


def test_transfer_letter_has_counterfoil_and_letter_with_the_same_number(tmp_path, union, make, values,
                                                                         pdf_text) -> None:
    tpl = load_template(forms_dir() / "members" / "transfer_letter.toml")
    m = make(1, seed=4)[0]
    out = tmp_path / "t.pdf"
    render(tpl, FormData(union=union, members=[m], values=values, serials=["〔2026〕12号"]), out)
    flat = "".join(pdf_text(out)[0].split())
    assert flat.count("〔2026〕12号") >= 3  # counterfoil, cut line (for the straddling seal), letter
    assert "存根" in flat and "回执" in flat
    for s in (m["name"], m["id_number"], union["name"], values["transfer"]["to_union"], "2026年2月", "2020年3月5日"):
        assert s in flat, s


def test_cards_sheet_fits_ten_per_page_with_card_numbers(tmp_path, union, make, pdf_text) -> None:
    tpl = load_template(forms_dir() / "members" / "cards.toml")
    members = make(23)
    out = tmp_path / "cards.pdf"
    result = render(tpl, FormData(union=union, members=members), out)
    assert result.pages == 6  # three sheets of fronts, three of backs (组织关系接转)
    pages = ["".join(p.split()) for p in pdf_text(out)]
    for i, m in enumerate(members):
        assert m["card_number"] in pages[i // 10]


def test_signin_sheet_lists_members_and_blank_rows(tmp_path, union, make, values, pdf_text) -> None:
    tpl = load_template(forms_dir() / "members" / "signin.toml")
    members = make(8)
    out = tmp_path / "s.pdf"
    render(tpl, FormData(union=union, members=members, values=values), out)
    flat = "".join(pdf_text(out)[0].split())
    assert "2026年度会员大会" in flat and "本人签名" in flat and "应到8人" in flat
    assert "910111213" in flat  # five blank rows numbered after the eight members
    for m in members:
        # a long name wraps inside its cell; extraction then interleaves it with the next cells
        assert (m["name"] if len(m["name"]) <= 6 else m["name"][:4]) in flat


def test_forms_readme_documents_every_field_and_format() -> None:
    from unionbook.documents.fields import BARE, FIELDS, FORMATS

    readme = (forms_dir() / "README.md").read_text(encoding="utf-8")
    for ns, fields in FIELDS.items():
        row = next(line for line in readme.splitlines() if line.startswith(f"| `{ns}`"))
        for key, label in fields.items():
            assert f"`{key}` {label}" in row, f"{ns}.{key}"
    for name in BARE:
        assert f"{{{name}}}" in readme
    for fmt in FORMATS:
        assert f"`{fmt}`" in readme
