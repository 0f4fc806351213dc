"""Bundles end to end: three unions send annual packages to a fourth; every refusal writes nothing; a person on
two unions' books is flagged; a transfer slip goes A → B and its receipt closes A's record."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import func, select

from unionbook.domain.member import MemberDraft, Status
from unionbook.errors import ConflictError
from unionbook.exchange.bundle.container import NotForUs
from unionbook.services.bundles import keys as keyring
from unionbook.services.bundles.consolidated import consolidated, write
from unionbook.services.bundles.incoming import duplicates, import_files
from unionbook.services.bundles.outgoing import export_annual, export_sync
from unionbook.services.bundles.receipts import import_receipt, transfer_state
from unionbook.services.bundles.transfer import transfer_in, transfer_out
from unionbook.services.members import records
from unionbook.services.union.profile import UnionInput, save_profile
from unionbook.store import Database
from unionbook.store.models import BundleRecord, SubunitMember, SubunitReport

YEAR = dt.date.today().year
SHARED_ID = "11010519491231002X"


@pytest.fixture
def unions(tmp_path: Path, empty_template: Path) -> Iterator[dict[str, Database]]:
    """Three enterprise unions (a, b, c) and their township union (up), each with a few members; a and b both
    have SHARED_ID on their books. a and b are registered with up; c is not."""
    opened: dict[str, Database] = {}
    for key, name, people in (("a", "甲公司工会", 3), ("b", "乙公司工会", 2), ("c", "丙公司工会", 1),
                              ("up", "某镇总工会", 0)):
        path = tmp_path / f"{key}.sqlite"
        shutil.copyfile(empty_template, path)
        db = Database.open(path)
        save_profile(db, UnionInput(name=name, employees=10 * (people + 1)))
        numbers = {"a": [SHARED_ID, "110105198001010016", "110105198202020026"],
                   "b": [SHARED_ID, "110105198503030033"], "c": ["110105198604040046"], "up": []}[key]
        for i, number in enumerate(numbers):
            records.add_member(db, MemberDraft(name=f"{name[0]}会员{i}", id_number=number, employer=name[:3]),
                               event_date=dt.date(YEAR, 1, 2))
        opened[key] = db
    up_key = tmp_path / "up.key"
    keyring.export_card(opened["up"], up_key)
    for key in ("a", "b", "c"):
        keyring.export_card(opened[key], tmp_path / f"{key}.key")
        keyring.set_upper(opened[key], "某镇总工会", up_key)
    for key in ("a", "b"):
        keyring.add_subunit(opened["up"], f"{key}工会", "", tmp_path / f"{key}.key")
    yield opened
    for db in opened.values():
        db.close()


def received(up: Database) -> tuple[int, int, int]:
    """What the receiving side holds: reports, register rows, and bundles imported."""
    with up.read() as s:
        return (int(s.scalar(select(func.count()).select_from(SubunitReport))),
                int(s.scalar(select(func.count()).select_from(SubunitMember))),
                int(s.scalar(select(func.count()).select_from(BundleRecord).where(BundleRecord.direction == "in"))))


def test_three_unions_report_to_a_fourth(unions, tmp_path) -> None:
    files = [export_annual(unions[k], YEAR, tmp_path / f"{k}.ubx").file for k in ("a", "b", "c")]
    result = import_files(unions["up"], files)
    assert [x["union"] for x in result.imported] == ["a工会", "b工会"]
    assert [x["error"] for x in result.refused] == ["bundle_unknown_sender"]  # c is not registered yet
    c_card = keyring.read_card(tmp_path / "c.key")
    assert "丙公司工会" in result.refused[0]["message"] and c_card.fingerprint in result.refused[0]["message"]
    assert result.duplicates == [{"id_number": "110105********002X", "unions": ["a工会", "b工会"]}]
    keyring.add_subunit(unions["up"], "c工会", "", tmp_path / "c.key")
    assert [x["union"] for x in import_files(unions["up"], [files[2]]).imported] == ["c工会"]
    report = consolidated(unions["up"], YEAR)
    assert [(u["name"], u["members"], u["employees"]) for u in report.unions] == [
        ("a工会", 3, 40), ("b工会", 2, 30), ("c工会", 1, 20)]
    assert report.totals["members"] == 6 and report.missing == []
    write(unions["up"], report, tmp_path / "sum.xlsx")
    write(unions["up"], report, tmp_path / "sum.pdf")
    from openpyxl import load_workbook
    from pypdf import PdfReader

    pdf_text = PdfReader(tmp_path / "sum.pdf").pages[0].extract_text().replace(" ", "")
    assert "b工会" in pdf_text and "会员6人" in pdf_text and "未上报单位：无" in pdf_text

    rows = list(load_workbook(tmp_path / "sum.xlsx").active.values)
    assert rows[-1][0] == "合计" and rows[-1][2] == 6


def test_the_same_bundle_twice_changes_nothing(unions, tmp_path) -> None:
    file = export_annual(unions["a"], YEAR, tmp_path / "a.ubx").file
    import_files(unions["up"], [file])
    before = received(unions["up"])
    again = import_files(unions["up"], [file])
    assert again.imported == [] and again.unchanged[0]["file"] == str(file) and again.refused == []
    assert received(unions["up"]) == before


@pytest.mark.parametrize("damage", ["flip", "truncate", "append"])
def test_a_damaged_file_is_refused_and_nothing_is_written(unions, tmp_path, damage) -> None:
    file = export_annual(unions["a"], YEAR, tmp_path / "a.ubx").file
    data = bytearray(file.read_bytes())
    if damage == "flip":
        data[len(data) // 2] ^= 0x20
    elif damage == "truncate":
        del data[-100:]
    else:
        data += b"x"
    file.write_bytes(bytes(data))
    before = received(unions["up"])
    result = import_files(unions["up"], [file])
    assert [x["error"] for x in result.refused] == ["bundle_damaged"]
    assert "损坏" in result.refused[0]["message"] or "改动" in result.refused[0]["message"]
    assert received(unions["up"]) == before and result.receipts == []


def test_a_file_for_another_union_is_refused(unions, tmp_path) -> None:
    file = export_annual(unions["a"], YEAR, tmp_path / "a.ubx", recipient_file=tmp_path / "b.key").file
    result = import_files(unions["up"], [file])
    assert [x["error"] for x in result.refused] == ["bundle_not_for_us"]
    assert received(unions["up"]) == (0, 0, 0)


def test_an_older_sync_after_a_newer_one_is_a_replay(unions, tmp_path) -> None:
    first = export_sync(unions["a"], tmp_path / "s1.ubx").file
    records.add_member(unions["a"], MemberDraft(name="新会员", id_number="110105199001010010"))
    second = export_sync(unions["a"], tmp_path / "s2.ubx").file
    assert [x["kind"] for x in import_files(unions["up"], [second]).imported] == ["sync"]
    before = received(unions["up"])
    result = import_files(unions["up"], [first])
    assert [x["error"] for x in result.refused] == ["bundle_replay"]
    assert received(unions["up"]) == before
    # the refusal is answered: a's side learns it was refused, and why
    answer = import_receipt(unions["a"], Path(result.receipts[0]))
    assert not answer.accepted and "旧数据包" in answer.reasons[0]


def test_sync_carries_only_the_changes_since_the_acknowledged_one(unions, tmp_path) -> None:
    first = export_sync(unions["a"], tmp_path / "s1.ubx")
    assert first.members == 3
    receipt = import_files(unions["up"], [first.file]).receipts[0]
    assert import_receipt(unions["a"], Path(receipt)).status == "已接收"
    records.add_member(unions["a"], MemberDraft(name="新会员", id_number="110105199001010010"))
    second = export_sync(unions["a"], tmp_path / "s2.ubx")
    assert (second.sequence, second.members) == (2, 1)
    import_files(unions["up"], [second.file])
    with unions["up"].read() as s:
        assert s.scalar(select(func.count()).select_from(SubunitMember)) == 4


def test_a_second_annual_package_must_be_a_correction(unions, tmp_path) -> None:
    last = YEAR
    first = export_annual(unions["a"], last, tmp_path / "a1.ubx", submit=True)
    import_files(unions["up"], [first.file])
    with pytest.raises(ConflictError, match="已上报"):
        export_annual(unions["a"], last, tmp_path / "a2.ubx")
    assert not (tmp_path / "a2.ubx").exists()
    # a package for a year the receiver already has, that does not name what it corrects, is refused there too
    plain = export_annual(unions["b"], last, tmp_path / "b1.ubx")
    import_files(unions["up"], [plain.file])
    again = export_annual(unions["b"], last, tmp_path / "b2.ubx")
    assert [x["error"] for x in import_files(unions["up"], [again.file]).refused] == ["bundle_period_locked"]
    # a correction: a misspelt name, sent as a 补报 naming the first package
    member = records.get_member(unions["a"], "110105198001010016")
    records.update_member(unions["a"], member.id, replace(records.draft_of(member), name="甲会员改"))
    fix = export_annual(unions["a"], last, tmp_path / "a3.ubx", amends=first.bundle_id)
    assert import_files(unions["up"], [fix.file]).imported
    with unions["up"].read() as s:
        names = set(s.scalars(select(SubunitMember.name)))
    assert "甲会员改" in names and "甲会员1" not in names


def test_a_transfer_slip_moves_a_member_with_history_and_its_receipt_closes_the_sender(unions, tmp_path) -> None:
    a, c = unions["a"], unions["c"]
    member = records.get_member(a, "110105198202020026")
    slip = transfer_out(a, member.id, "丙公司工会", tmp_path / "slip.ubx", recipient_file=tmp_path / "c.key",
                        reason="调动")
    assert records.get_member(a, member.id).status == Status.TRANSFERRED_OUT
    assert transfer_state(a, member.id) == "已转出（待对方接收）"
    arrived = transfer_in(c, slip.file)  # c has never registered a: the slip carries a's card
    assert arrived.from_union == "甲公司工会" and arrived.receipt is not None
    moved = records.get_member(c, arrived.member_id)
    assert (moved.name, moved.status, moved.join_date) == (member.name, Status.ACTIVE, member.join_date)
    history = records.member_history(c, arrived.member_id)
    assert history[-1].event.value == "transfer_in" and "甲公司工会" in history[-1].other_union
    assert transfer_in(c, slip.file).unchanged  # twice: nothing more
    assert import_receipt(a, arrived.receipt).status == "已转出（对方已接收）"
    assert transfer_state(a, member.id) == "已转出（对方已接收）"


def test_a_receipt_from_someone_else_is_refused(unions, tmp_path) -> None:
    sent = export_annual(unions["a"], YEAR, tmp_path / "a.ubx")
    receipt = Path(import_files(unions["up"], [sent.file]).receipts[0])
    with pytest.raises(NotForUs, match="不是发给本会的"):  # a's receipt is encrypted to a, not to b
        import_receipt(unions["b"], receipt)


def test_duplicates_include_this_unions_own_register(unions, tmp_path) -> None:
    import_files(unions["up"], [export_annual(unions["a"], YEAR, tmp_path / "a.ubx").file])
    assert duplicates(unions["up"]) == []
    records.add_member(unions["up"], MemberDraft(name="甲会员0", id_number=SHARED_ID))
    assert duplicates(unions["up"]) == [{"id_number": "110105********002X", "unions": ["a工会", "某镇总工会"]}]


def test_the_cover_sheet_is_one_page_with_the_fingerprint_and_hash(unions, tmp_path) -> None:
    from pypdf import PdfReader

    sent = export_annual(unions["a"], YEAR, tmp_path / "a.ubx", submit=True)
    assert sent.cover == tmp_path / "a.封面.pdf"
    pages = PdfReader(sent.cover).pages
    text = pages[0].extract_text().replace(" ", "")
    assert len(pages) == 1
    assert sent.signed_by in text and sent.sha256 in text and "正式上报" in text and "单位负责人" in text


def test_the_cover_says_why_the_register_holds_more_people_than_the_member_count(unions, tmp_path, capsys) -> None:
    """Review 2 item 5: 会员人数 counts those on the books on 31 December; the register also holds the year's
    leavers. The cover and the package's message say how many and why."""
    from pypdf import PdfReader

    a = unions["a"]
    member = records.get_member(a, "110105198001010016")
    records.set_status(a, member.id, records.StatusChange(records.Event.TRANSFER_OUT, dt.date(YEAR, 1, 3),
                                                          other_union="乙公司工会", reason="调动"))
    sent = export_annual(a, YEAR, tmp_path / "a.ubx")
    assert (sent.members, sent.on_books) == (3, 2)
    assert sent.cover is not None
    text = PdfReader(sent.cover).pages[0].extract_text().replace(" ", "").replace("\n", "")
    assert "2人（其中女性" in text
    assert "实名制会员名册3人（年末在册2人，另含年内已转出1人）" in text
    from cli_support import Cli

    a.close()  # the command line opens the file itself
    said = Cli(a.path, capsys).ok("bundle", "export", "--kind", "annual", "--year", str(YEAR),
                                  "--out", str(tmp_path / "again.ubx"))
    assert (said["members"], said["on_books"]) == (3, 2)


def test_a_submitted_year_takes_no_more_membership_events(unions, tmp_path) -> None:
    a = unions["a"]
    member = records.get_member(a, "110105198001010016")
    export_annual(a, YEAR - 1, tmp_path / "last.ubx", submit=True)
    with pytest.raises(ConflictError, match=f"{YEAR - 1} 年的年度报告已正式上报"):
        records.set_status(a, member.id, records.StatusChange(records.Event.KEEP, dt.date(YEAR - 1, 12, 1),
                                                              reason="退休"))
    with pytest.raises(ConflictError, match="已锁定"):
        records.add_member(a, MemberDraft(name="晚登记", id_number="110105199001010010"),
                           event_date=dt.date(YEAR - 1, 6, 1))
    # this year is open
    records.set_status(a, member.id, records.StatusChange(records.Event.KEEP, dt.date(YEAR, 1, 3), reason="退休"))


def test_last_years_package_holds_the_register_as_it_stood_on_31_december(unions, tmp_path) -> None:
    a, up = unions["a"], unions["up"]
    old = records.add_member(a, MemberDraft(name="老会员", id_number="110105198705050059"),
                             event_date=dt.date(YEAR - 1, 3, 1)).member_id
    records.set_status(a, old, records.StatusChange(records.Event.KEEP, dt.date(YEAR, 1, 5), reason="退休"))
    import_files(up, [export_annual(a, YEAR - 1, tmp_path / "last.ubx").file])
    with up.read() as s:
        people = dict(s.execute(select(SubunitMember.name, SubunitMember.status)).tuples().all())
    # the three who joined this year are not in last year's register; the one kept this year was active then
    assert people == {"老会员": "active"}
    assert consolidated(up, YEAR - 1).totals["members"] == 1


def test_the_annual_package_carries_every_areas_part(unions, tmp_path) -> None:
    from unionbook.services.bundles.reading import open_file

    sent = export_annual(unions["a"], YEAR, tmp_path / "a.ubx", recipient_file=tmp_path / "a.key")
    parts = set(open_file(unions["a"], sent.file).parts)
    assert {"members/roster.json", "elections/terms.json", "meetings/held.json", "dues/funds.json",
            "dues/books.json", "library/figures.json"} <= parts, parts
