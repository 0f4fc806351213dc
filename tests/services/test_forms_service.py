"""Forms from the database: every shipped template renders with the demo union; numbered letters take
their numbers from a sequence stored only when the PDF was written; local templates replace shipped ones."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from unionbook.documents import MissingValueError, TemplateError
from unionbook.domain.member import Event, Status
from unionbook.errors import NotFoundError, ValidationError
from unionbook.jobs import Cancelled, Tracker
from unionbook.paths import forms_dir
from unionbook.services.forms.catalog import (
    current_members,
    last_serial,
    list_forms,
    parse_values,
    render_form,
)
from unionbook.services.members.records import StatusChange, get_member, list_members, set_status
from unionbook.services.members.roster import CURRENT, RosterQuery, count_members
from unionbook.services.union.profile import get_profile
from unionbook.store.models import ChangeLog, Setting

VALUES = parse_values([
    "meeting.title=2026年度会员大会", "meeting.date=2026-04-08", "meeting.place=三楼会议室",
    "transfer.to_union=银川市金凤区良田镇联合工会委员会", "transfer.dues_paid_until=2026年2月",
])


def text_of(path: Path) -> str:
    return "".join("".join((p.extract_text() or "").split()) for p in PdfReader(str(path)).pages)


def test_list_forms_names_titles_and_sources() -> None:
    forms = {f.name: f for f in list_forms()}
    assert forms["registration"].title == "工会会员登记表" and forms["registration"].source == "member"
    assert forms["roster"].source == "members" and not forms["roster"].whole_id_number
    assert forms["transfer_letter"].numbered and "transfer.to_union" in forms["transfer_letter"].required
    assert forms["notice"].layout == "document"
    assert forms["cards"].description and forms["cards"].path.name == "cards.toml"


@pytest.mark.parametrize("name", sorted(p.stem for p in (forms_dir() / "members").glob("*.toml")))
def test_every_form_renders_from_the_demo_union(demo_db, tmp_path, name) -> None:
    first = list_members(demo_db, RosterQuery(statuses=CURRENT), limit=2)
    out = tmp_path / f"{name}.pdf"
    result = render_form(demo_db, name, out, members=[m.id for m in first], values=VALUES,
                         today=dt.date(2026, 3, 5))
    assert out.exists() and result.pages == len(PdfReader(str(out)).pages) >= 1
    text = text_of(out)
    assert "".join(get_profile(demo_db).name.split()) in text
    if result.members:
        assert first[0].name.split("·")[0] in text


def test_roster_lists_everyone_on_the_books(demo_db, tmp_path) -> None:
    out = tmp_path / "roster.pdf"
    result = render_form(demo_db, "roster", out)
    on_books = count_members(demo_db, RosterQuery(statuses=CURRENT))
    assert result.members == on_books == len(current_members(demo_db))
    assert f"合计：会员{on_books}人" in text_of(out)


def test_transfer_letters_are_numbered_per_year(demo_db, tmp_path) -> None:
    a, b = list_members(demo_db, RosterQuery(statuses=(Status.ACTIVE,)), limit=2)
    set_status(demo_db, a.id, StatusChange(Event.TRANSFER_OUT, dt.date(2026, 3, 1), reason="工作调动",
                                           other_union="某某街道联合工会"))
    before = last_serial(demo_db, "transfer_letter", year=2026)
    r1 = render_form(demo_db, "transfer_letter", tmp_path / "1.pdf", members=[a.id], today=dt.date(2026, 3, 5))
    r2 = render_form(demo_db, "transfer_letter", tmp_path / "2.pdf", members=[b.card_number], values=VALUES,
                     today=dt.date(2026, 3, 6))
    assert r1.serials == (f"〔2026〕{before + 1}号",) and r2.serials == (f"〔2026〕{before + 2}号",)
    assert last_serial(demo_db, "transfer_letter", year=2026) == before + 2
    t1 = text_of(tmp_path / "1.pdf")
    assert "某某街道联合工会" in t1 and "工作调动" in t1 and a.id_number in t1  # from the recorded transfer
    assert "2026年3月1日" in t1
    with demo_db.read() as s:
        assert json.loads(s.get(Setting, "forms.serial.transfer_letter").value)["last"] == before + 2
        logs = [c.summary for c in s.query(ChangeLog).filter(ChangeLog.action == "issue")]
    assert any(r2.serials[0] in line for line in logs)
    r3 = render_form(demo_db, "transfer_letter", tmp_path / "3.pdf", members=[b.id], values=VALUES,
                     today=dt.date(2027, 1, 2))
    assert r3.serials == ("〔2027〕1号",)  # a new year starts again at 1


def test_missing_receiving_union_consumes_no_number(demo_db, tmp_path) -> None:
    m = list_members(demo_db, RosterQuery(statuses=(Status.ACTIVE,)), limit=1)[0]
    before = last_serial(demo_db, "transfer_letter")
    out = tmp_path / "t.pdf"
    with pytest.raises(MissingValueError) as info:
        render_form(demo_db, "transfer_letter", out, members=[m.id])
    assert "transfer_letter.toml" in info.value.message and "transfer.to_union" in info.value.message
    assert not out.exists() and last_serial(demo_db, "transfer_letter") == before


def test_cancel_consumes_no_number_and_writes_no_file(demo_db, tmp_path) -> None:
    ids = [m.id for m in list_members(demo_db, RosterQuery(statuses=(Status.ACTIVE,)), limit=5)]
    before = last_serial(demo_db, "transfer_letter")
    out = tmp_path / "t.pdf"
    cancelled = Tracker()
    cancelled.cancel()
    with pytest.raises(Cancelled):
        render_form(demo_db, "transfer_letter", out, members=ids, values=VALUES, progress=cancelled)
    assert not out.exists() and last_serial(demo_db, "transfer_letter") == before


def test_members_by_card_number_and_unknown_keys(demo_db, tmp_path) -> None:
    m = list_members(demo_db, RosterQuery(statuses=(Status.ACTIVE,)), limit=1)[0]
    r = render_form(demo_db, "registration", tmp_path / "r.pdf", members=[m.card_number, str(m.id)])
    assert r.copies == 2 == r.pages
    with pytest.raises(NotFoundError):
        render_form(demo_db, "registration", tmp_path / "x.pdf", members=["NO-SUCH-CARD"])
    with pytest.raises(NotFoundError) as info:
        render_form(demo_db, "nosuch", tmp_path / "x.pdf")
    assert "roster" in info.value.message


def test_blank_registration_when_no_member_given(demo_db, tmp_path) -> None:
    r = render_form(demo_db, "registration", tmp_path / "blank.pdf")
    assert r.pages == 1 and r.members == 0
    assert get_member(demo_db, current_members(demo_db)[0]["id"]).name not in text_of(tmp_path / "blank.pdf")


def test_local_template_replaces_the_shipped_one(demo_db, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("UNIONBOOK_HOME", str(tmp_path / "home"))
    local = tmp_path / "home" / "forms"
    local.mkdir(parents=True)
    text = (forms_dir() / "members" / "signin.toml").read_text(encoding="utf-8")
    (local / "signin.toml").write_text(text.replace('text = "会议签到表"', 'text = "掌政镇职工代表签到册"'),
                                       encoding="utf-8")
    (local / "broken.toml").write_text('[form]\ntitle = "坏"\n\n[[block]]\ntype = "txt"\n', encoding="utf-8")
    forms = {f.name: f for f in list_forms()}
    assert forms["signin"].local and forms["broken"].error and "第 5 行" in forms["broken"].error
    assert forms["roster"].title == "会员花名册"  # the others are still there
    render_form(demo_db, "signin", tmp_path / "s.pdf", members=[current_members(demo_db)[0]["id"]])
    assert "掌政镇职工代表签到册" in text_of(tmp_path / "s.pdf")
    with pytest.raises(TemplateError):
        render_form(demo_db, "broken", tmp_path / "b.pdf")


def test_parse_values_refuses_unknown_fields() -> None:
    assert parse_values(["meeting.date=2026-04-08"])["meeting"]["date"] == dt.date(2026, 4, 8)
    with pytest.raises(ValidationError):
        parse_values(["member.name=张三"])
    with pytest.raises(ValidationError):
        parse_values(["meeting.titel=x"])
    with pytest.raises(ValidationError):
        parse_values(["meeting.title"])
