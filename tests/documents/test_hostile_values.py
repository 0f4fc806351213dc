"""A form survives any stored value: one member with a 30,000-character employer name, job and notes (stored by
an older release, or straight into the file) no longer makes the whole union's forms fail."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from unionbook.documents import FormData, load_template, render
from unionbook.documents.fields import MAX_FIELD
from unionbook.paths import forms_dir


@pytest.mark.parametrize("name", ["roster", "signin", "registration", "application"])
def test_a_huge_stored_value_is_clipped_not_fatal(name, tmp_path, union, make) -> None:  # type: ignore[no-untyped-def]
    members = make(5, seed=2)
    members[1] = {**members[1], "employer": "某" * 30000, "job": "岗" * 30000, "notes": "注" * 30000}
    out = tmp_path / f"{name}.pdf"
    render(load_template(forms_dir() / "members" / f"{name}.toml"), FormData(union=union, members=members), out)
    pages = PdfReader(out).pages
    text = "".join(p.extract_text() for p in pages).replace(" ", "").replace("\n", "")
    assert "某" * 50 in text and "某" * (MAX_FIELD + 1) not in text and "…" in text
    assert len(pages) <= 12  # bounded: not one page per few hundred characters
