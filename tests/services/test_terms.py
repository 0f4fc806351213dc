"""Terms of office: recording a term, the home-page warning before it ends, and a term from an election."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from unionbook.errors import ValidationError
from unionbook.services.elections.count import BoxTally, RoundEntry, record_round
from unionbook.services.elections.terms import (
    HolderDraft,
    TermDraft,
    add_months,
    apply_election,
    current_term,
    list_terms,
    start_term,
    term_warnings,
)
from unionbook.store import Database


def committee(db: Database, ek: SimpleNamespace, start: dt.date, years: int = 5) -> int:
    ids = ek.active_ids(db, 5)
    holders = (HolderDraft(member_id=ids[0], role="chair"), HolderDraft(member_id=ids[1], role="vice_chair"),
               *(HolderDraft(member_id=i) for i in ids[2:]))
    return start_term(db, TermDraft("committee", start, years, holders, number=4)).id


def test_a_term_ends_after_its_years_and_lists_its_holders(demo_db: Database, ek: SimpleNamespace) -> None:
    committee(demo_db, ek, dt.date(2021, 6, 15))
    t = current_term(demo_db, "committee")
    assert t is not None and t.end_date == dt.date(2026, 6, 15) and t.number == 4
    assert [h.role_label for h in t.holders][:2] == ["主席", "副主席"] and len(t.holders) == 5
    assert add_months(dt.date(2024, 2, 29), 12) == dt.date(2025, 2, 28)


def test_term_years_must_be_allowed_by_the_rules(demo_db: Database) -> None:
    with pytest.raises(ValidationError) as err:
        start_term(demo_db, TermDraft("funds_audit", dt.date(2024, 1, 1), 6))
    assert "6 年不符合规定（应为 3或4或5 年）" in err.value.message


def test_only_one_chair(demo_db: Database, ek: SimpleNamespace) -> None:
    a, b = ek.active_ids(demo_db, 2)
    with pytest.raises(ValidationError) as err:
        start_term(demo_db, TermDraft("committee", dt.date(2024, 1, 1), 5,
                                      (HolderDraft(member_id=a, role="chair"), HolderDraft(member_id=b, role="chair"))))
    assert "只能有一名主席" in err.value.message


@pytest.mark.parametrize(("today", "level", "words"), [
    (dt.date(2025, 12, 14), None, None),
    (dt.date(2025, 12, 15), "soon", "任期将于2026年6月15日届满（还有 182 天）"),
    (dt.date(2026, 7, 1), "overdue", "已超期 16 天"),
    (dt.date(2026, 12, 16), "late", "已超过可延期的 6 个月"),
])
def test_warning_six_months_before_and_when_overdue(demo_db: Database, ek: SimpleNamespace, today: dt.date,
                                                    level: str | None, words: str | None) -> None:
    committee(demo_db, ek, dt.date(2021, 6, 15))
    found = term_warnings(demo_db, today)
    if level is None:
        assert found == []
    else:
        assert [w.level for w in found] == [level] and words in found[0].message


def test_a_new_term_closes_the_sitting_one(demo_db: Database, ek: SimpleNamespace) -> None:
    committee(demo_db, ek, dt.date(2016, 6, 1))
    committee(demo_db, ek, dt.date(2021, 6, 1))
    terms = list_terms(demo_db, body="committee")
    assert [t.closed_on for t in terms] == [None, dt.date(2021, 6, 1)]
    with pytest.raises(ValidationError):
        committee(demo_db, ek, dt.date(2020, 1, 1))


def test_a_finished_election_starts_the_new_term(demo_db: Database, ek: SimpleNamespace) -> None:
    committee(demo_db, ek, dt.date(2021, 5, 8))
    e = ek.committee_election(demo_db, seats=7, candidates=8, term_years=5)
    names = [c.name for c in e.candidates]
    with pytest.raises(ValidationError):
        apply_election(demo_db, e.id)  # not counted yet
    record_round(demo_db, e.id, RoundEntry(e.entitled, boxes=(BoxTally("1", e.entitled, e.entitled, 0,
                                                                       {n: 200 - i for i, n in enumerate(names)}),)))
    term = apply_election(demo_db, e.id)
    assert term.start_date == ek.DAY and term.years == 5 and term.election_id == e.id
    assert [h.name for h in term.holders] == names[:7]
    assert term_warnings(demo_db, dt.date(2026, 6, 1)) == []
