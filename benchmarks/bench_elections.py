"""Elections and meetings on a demo union: setting up (the electorate snapshot), numbered ballots for every
voter, counting a round per box and ballot by ballot, a member assembly's check-in, the minutes.

Each figure is printed beside a baseline measured in the same run: the engine's own sign-in sheet listing the
same members (one list of N rows), the nearest thing the engine already printed before ballots existed.

Run: python benchmarks/bench_elections.py [--members 2000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import demo_database, median, ms, percentile

from unionbook.domain.member import Status
from unionbook.services.elections.count import (
    BoxTally,
    KeyedBallot,
    RoundEntry,
    record_round,
    undo_last_round,
)
from unionbook.services.elections.papers import election_paper
from unionbook.services.elections.setup import ElectionDraft, create_election, set_candidates
from unionbook.services.forms.catalog import render_form
from unionbook.services.meetings.papers import meeting_minutes
from unionbook.services.meetings.records import MeetingDraft, add_meeting, check_in, get_meeting
from unionbook.services.members.records import RosterQuery, list_members
from unionbook.store import Database


def timed(fn):  # type: ignore[no-untyped-def]
    t = time.perf_counter()
    out = fn()
    return time.perf_counter() - t, out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--members", type=int, default=2000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-elections-"))
    path = work / "union.sqlite"
    shutil.copyfile(demo_database(args.members), path)
    db = Database.open(path)
    try:
        seen, ids = set(), []
        for m in list_members(db, RosterQuery(statuses=(Status.ACTIVE,), sort="id"), limit=80):
            if m.name not in seen:
                seen.add(m.name)
                ids.append(m.id)
        t_setup, e = timed(lambda: create_election(db, ElectionDraft(
            "第五届委员会选举", "committee", "member", dt.date(2026, 5, 8), 15, override_note="bench")))
        t_cands, report = timed(lambda: set_candidates(db, e.id, ids[:16]))
        names = [c.name for c in report.candidates]
        print(f"members {args.members}, electorate {e.entitled}")
        print(f"set up election (electorate snapshot)   {ms(t_setup)}")
        print(f"set 16 candidates + checks               {ms(t_cands)}")

        ballots, signin = [], []
        voter_ids = list(range(1, e.entitled + 1))
        for i in range(args.repeat):
            t, r = timed(lambda i=i: election_paper(db, e.id, "ballots", work / f"ballots{i}.pdf"))
            ballots.append(t)
            t, _ = timed(lambda i=i: render_form(db, "signin", work / f"signin{i}.pdf", members=voter_ids))
            signin.append(t)
        print(f"ballots, one per voter ({r.pages} pages)   median {median(ballots):.2f} s "
              f"({median(ballots) / r.pages * 1000:.2f} ms/page)")
        print(f"baseline: sign-in sheet of {e.entitled} rows    median {median(signin):.2f} s")

        votes = {n: e.entitled // 2 + 30 - i for i, n in enumerate(names)}
        entry = RoundEntry(e.entitled, boxes=(BoxTally("1", e.entitled, e.entitled, 0, votes),))
        t_box, _ = timed(lambda: record_round(db, e.id, entry))
        undo_last_round(db, e.id)
        keyed = tuple(KeyedBallot(tuple(names[(k % 3):(k % 3) + 15]), f"{k:04d}") for k in range(1, e.entitled + 1))
        t_keyed, _ = timed(lambda: record_round(db, e.id, RoundEntry(e.entitled, ballots=keyed,
                                                                      ballots_issued=e.entitled)))
        print(f"count a round, per box                   {ms(t_box)}")
        print(f"count a round, {len(keyed)} keyed ballots       {ms(t_keyed)}")

        t_add, m = timed(lambda: add_meeting(db, MeetingDraft("member_assembly", "会员大会", dt.date(2026, 5, 8))))
        print(f"member assembly with {m.entitled} expected        {ms(t_add)}")
        one = []
        for a in m.attendees[:40]:
            t, _ = timed(lambda a=a: check_in(db, m.id, [a.id]))
            one.append(t)
        t_view, _ = timed(lambda: get_meeting(db, m.id))
        print(f"check in one person (quorum recomputed)  p50 {ms(median(one))}, p95 {ms(percentile(one, 95))}")
        print(f"reload the meeting (check-in list)       {ms(t_view)}")
        t_min, _ = timed(lambda: meeting_minutes(db, m.id, work / "minutes.pdf"))
        print(f"minutes (GB/T 9704)                      {ms(t_min)}")
    finally:
        db.close()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
