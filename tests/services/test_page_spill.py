"""Every paper fills the pages it should: a big and a small case of each, and never a page that holds only
a footer or a page number (an 18-candidate ballot printed on 2 sheets doubles 4,000 voters' paper)."""

from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace

import pytest
from pypdf import PdfReader

from unionbook.services.elections.papers import election_paper
from unionbook.services.meetings.papers import meeting_minutes
from unionbook.services.meetings.records import MeetingDraft, add_meeting, check_in, set_agenda
from unionbook.services.union.profile import get_profile
from unionbook.store import Database

FOOTERS = ("（本选票加盖监票人印章方为有效）",)


def page_texts(path: Path) -> list[str]:
    return [re.sub(r"\s+", "", p.extract_text()) for p in PdfReader(path).pages]


def near_blank(texts: list[str], signer: str = "") -> list[int]:
    """Pages (1-based) holding nothing but a page number ("— 2 —", "第2页"), a footer line, or the signer and
    date of a document."""
    found = []
    for n, text in enumerate(texts, 1):
        rest = re.sub(r"—\d+—|第\d+页(共\d+页)?|-\d+-|\d{4}年\d{1,2}月\d{1,2}日", "", text)
        for footer in (*FOOTERS, signer):
            rest = rest.replace(footer, "")
        if len(rest) < 12:
            found.append(n)
    return found


def test_near_blank_detector_can_fail() -> None:
    assert near_blank(["编号：0001某工会选票候选人甲乙丙丁", "（本选票加盖监票人印章方为有效）", "—2—"]) == [2, 3]
    assert near_blank(["某工会委员会会议纪要，出席情况：应到12人", "某工会2026年3月1日—2—"], signer="某工会") == [2]


@pytest.mark.parametrize("candidates", [18, 40])
def test_a_ballot_is_one_page_however_many_candidates(demo_db: Database, ek: SimpleNamespace, tmp_path: Path,
                                                      candidates: int) -> None:
    e = ek.committee_election(demo_db, seats=min(15, candidates - 1), candidates=candidates)
    texts = page_texts(election_paper(demo_db, e.id, "ballots", tmp_path / "b.pdf", copies=2).path)
    assert near_blank(texts) == []
    assert len(texts) == 2, f"{candidates} candidates: {len(texts)} pages for 2 ballots"
    assert all("加盖监票人印章" in t for t in texts)  # each sheet a whole ballot (unnumbered: secret ballot)


@pytest.mark.parametrize("items", [1, 12])
@pytest.mark.parametrize("record_chars", [30, 150, 1350])
def test_minutes_have_no_page_with_only_its_number(demo_db: Database, ek: SimpleNamespace, tmp_path: Path,
                                                    items: int, record_chars: int) -> None:
    import datetime as dt

    ids = ek.active_ids(demo_db, 12)
    m = add_meeting(demo_db, MeetingDraft("committee", "委员会会议", dt.date(2026, 3, 1), "上午9时", "会议室",
                                          host="马晓燕", recorder="李明"), ids)
    check_in(demo_db, m.id, [a.id for a in m.attendees])
    record = "讨论。" * (record_chars // 3)
    set_agenda(demo_db, m.id, [(f"第{i}项议题：审议有关事项", record) for i in range(1, items + 1)])
    texts = page_texts(meeting_minutes(demo_db, m.id, tmp_path / "m.pdf").path)
    assert near_blank(texts, signer=get_profile(demo_db).name) == []
    if items == 1 and record_chars == 30:
        assert len(texts) == 1
    assert f"第{items}项议题" in "".join(texts)
