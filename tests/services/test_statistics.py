"""The figures a federation counts (docs/domain.md, "Statistics"): employees and members named apart, rates
per employer over unionised employers, 组建率, the data checks, 八大群体 vs 新就业形态, movement over a period."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from unionbook.domain.member import GROUPS, Event, Status
from unionbook.errors import ValidationError
from unionbook.services.members.movement import ON_BOOKS, movement_from_events
from unionbook.services.members.records import StatusChange, set_status
from unionbook.services.members.stats import key_figures
from unionbook.services.union.employers import EmployerCounts, set_employer_counts
from unionbook.store import Database
from unionbook.store.models import Employer, Member


def test_female_employees_and_female_members_are_two_figures(union_db: Database) -> None:
    f = key_figures(union_db)
    assert f.employees_source == "profile"
    assert (f.female_employees, f.migrant_employees) == (50, 30)  # the profile's employees, not members
    assert f.female_members == f.women == 0 and f.female_membership_rate == 0.0


def test_demo_rates_are_possible_and_derived_from_the_employers(demo_db: Database) -> None:
    f = key_figures(demo_db)
    assert f.problems == []
    assert f.employees_source == "employers"
    union = [e for e in f.per_employer if e["unionised"]]
    assert f.employees == sum(e["employees"] for e in union)
    assert f.membership_rate == round(sum(e["members_active"] for e in union) / f.employees, 4)
    assert f.migrant_members_active <= f.migrant_employees
    assert f.female_members_active <= f.female_employees
    assert 0 < f.migrant_membership_rate <= 1 and 0 < f.female_membership_rate <= 1
    for e in f.per_employer:
        assert e["members_active"] <= e["employees"], e["name"]
        assert e["migrant_members_active"] <= e["migrant_employees"], e["name"]
    assert f.employers_unionised < f.employers and f.unionisation_rate == round(f.employers_unionised / f.employers, 4)
    assert [b["min_employees"] for b in f.by_size] == [25, 50]
    assert f.targets == {"membership_rate": 0.9, "migrant_membership_rate": 0.55}


def test_more_members_than_employees_is_reported_with_the_employer(demo_db: Database) -> None:
    f = key_figures(demo_db)
    busiest = max(f.per_employer, key=lambda e: e["members_active"])
    set_employer_counts(demo_db, busiest["id"], EmployerCounts(employees=busiest["members_active"] - 1,
                                                                 women_employees=0, migrant_employees=0))
    problems = key_figures(demo_db).problems
    assert any(p["employer"] == busiest["name"] and p["field"] == "members" and busiest["name"] in p["message"]
               for p in problems)
    assert any(p["field"] == "migrant_members" for p in problems)


def test_employer_counts_refuse_parts_larger_than_the_whole(demo_db: Database) -> None:
    with demo_db.read() as s:
        name = s.scalar(select(Employer.name).limit(1))
    assert name is not None
    with pytest.raises(ValidationError):
        set_employer_counts(demo_db, name, EmployerCounts(employees=10, women_employees=11))


def test_eight_groups_and_a_separate_new_forms_flag(demo_db: Database) -> None:
    assert len(GROUPS) == 8 and "网约车司机" not in GROUPS
    f = key_figures(demo_db)
    assert set(f.by_group) <= set(GROUPS)
    with demo_db.read() as s:
        new_forms = s.scalar(select(func.count()).where(
            Member.new_forms.is_(True) | (Member.employment_form == "新就业形态"), Member.status.in_(list(ON_BOOKS))))
    assert f.new_forms == new_forms > 0


def test_members_aged_60_still_active_are_flagged(demo_db: Database) -> None:
    today = dt.date(2030, 1, 1)
    f = key_figures(demo_db, today=today)
    with demo_db.read() as s:
        old = s.scalar(select(func.count()).where(Member.status == Status.ACTIVE.value,
                                                  Member.birth_date <= dt.date(1970, 1, 1)))
    assert f.active_aged_60_plus == old > 0
    assert any("60 周岁" in n for n in f.notes)


def test_movement_identity_and_death_on_the_demo(demo_db: Database) -> None:
    with demo_db.read() as s:
        mid = s.scalar(select(Member.id).where(Member.status == Status.ACTIVE.value).limit(1))
    assert mid is not None
    set_status(demo_db, mid, StatusChange(Event.DIE, dt.date(2026, 3, 1), "病故"))
    f = key_figures(demo_db, period=(dt.date(2026, 1, 1), dt.date(2026, 12, 31)))
    m = f.movement
    assert m is not None and m["died"] >= 1 and m["balanced"]
    assert m["opening"] + m["joined"] + m["transferred_in"] - (
        m["transferred_out"] + m["left"] + m["lapsed"] + m["expelled"] + m["died"]) == m["closing"]
    whole = key_figures(demo_db, period=(dt.date(1990, 1, 1), dt.date(2100, 1, 1))).movement
    assert whole is not None and whole["opening"] == 0 and whole["closing"] == f.members


def test_a_period_that_ends_before_it_starts_is_refused() -> None:
    with pytest.raises(ValidationError):
        movement_from_events([], dt.date(2026, 2, 1), dt.date(2026, 1, 1))


# a member's history as the state machine allows it: events that fit the current status
EVENTS = [e for e in Event]


@st.composite
def histories(draw: st.DrawFn) -> list[tuple[int, str, str, dt.date]]:
    from unionbook.domain.member import TRANSITIONS
    out = []
    for member in range(draw(st.integers(0, 8))):
        status: Status | None = None
        day = dt.date(2020, 1, 1) + dt.timedelta(days=draw(st.integers(0, 400)))
        for _ in range(draw(st.integers(1, 6))):
            allowed = [e for e, (sources, _) in TRANSITIONS.items() if status in sources]
            if not allowed:
                break
            event = draw(st.sampled_from(allowed))
            status = TRANSITIONS[event][1]
            out.append((member, event.value, status.value, day))
            day += dt.timedelta(days=draw(st.integers(0, 200)))
    return out


@settings(max_examples=200, deadline=None)
@given(histories(), st.integers(0, 1500), st.integers(0, 1500))
def test_movement_identity_holds_for_any_history(events: list[tuple[int, str, str, dt.date]], a: int, b: int) -> None:
    start = dt.date(2020, 1, 1) + dt.timedelta(days=min(a, b))
    end = dt.date(2020, 1, 1) + dt.timedelta(days=max(a, b))
    m = movement_from_events(events, start, end)
    assert m.balanced and m.other_in == m.other_out == 0
    on_books_at_end = {}
    for member, _, to_status, day in events:
        if day <= end:
            on_books_at_end[member] = to_status in ON_BOOKS
    assert m.closing == sum(on_books_at_end.values())


@pytest.mark.slow
def test_cli_stats_with_a_period_gives_movement(demo_path: object) -> None:
    out = subprocess.run([sys.executable, "-m", "unionbook", "--db", str(demo_path), "--json", "stats",
                          "--from", "2025-01-01", "--to", "2025-12-31"], capture_output=True, text=True, check=True)
    data = json.loads(out.stdout)
    m = data["movement"]
    assert set(m) >= {"opening", "joined", "transferred_in", "transferred_out", "left", "lapsed", "expelled", "died",
                      "closing"}
    assert m["balanced"] and "movement" not in json.loads(subprocess.run(
        [sys.executable, "-m", "unionbook", "--db", str(demo_path), "--json", "stats"], capture_output=True,
        text=True, check=True).stdout)
    for key in ("female_employees", "female_members", "migrant_membership_rate", "per_employer", "unionisation_rate",
                "by_size", "new_forms", "active_aged_60_plus"):
        assert key in data


def test_the_roster_lists_the_60_plus_active_members_to_check(demo_db: Database) -> None:
    from unionbook.services.members.records import count_members
    from unionbook.services.members.roster import RosterQuery

    n = count_members(demo_db, RosterQuery(statuses=(Status.ACTIVE,), flags=("aged_60",)))
    assert n == key_figures(demo_db).active_aged_60_plus
    assert count_members(demo_db, RosterQuery(flags=("new_forms",))) > 0
