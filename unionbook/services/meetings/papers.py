"""A meeting's papers: the sign-in sheet (the shared signin form, listing who is expected) and the minutes
(会议纪要) in GB/T 9704 layout, from forms/meetings/meeting_minutes.toml (a union's own copy in
`<data folder>/forms/meetings/` replaces it).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from unionbook.documents import FIELDS, FormData, render
from unionbook.domain.meetings import ENTITLED_NAMES
from unionbook.domain.text import chinese_date, chinese_numeral
from unionbook.jobs import Progress
from unionbook.services.elections.count import election_result
from unionbook.services.elections.papers import PaperResult, load_paper
from unionbook.services.forms.catalog import load_form, render_form
from unionbook.services.meetings.records import MeetingView, get_meeting
from unionbook.services.union.profile import get_profile
from unionbook.store import Database

MEETING_FIELDS = {
    **FIELDS["meeting"],
    "kind": "会议类型", "recorder": "记录人", "attendance": "出席情况", "intro": "会议概况", "body": "议程、决议和选举",
    "entitled": "应到人数", "present": "实到人数",
}


def minutes_values(db: Database, m: MeetingView) -> dict[str, object]:
    who = ENTITLED_NAMES[m.kind]
    absent = m.entitled - m.present - m.on_leave
    attendance = f"应到{who} {m.entitled} 人，实到 {m.present} 人，请假 {m.on_leave} 人，缺席 {absent} 人"
    if m.guests:
        attendance += f"；列席 {'、'.join(a.name for a in m.guests)}"
    attendance += "。"
    where = f"在{m.place}" if m.place else ""
    host = f"会议由{m.host}主持。" if m.host else ""
    intro = f"{chinese_date(m.date)}{m.time}，{get_profile(db).name}{where}召开{m.title}。{host}{m.quorum.message}。"
    sections: list[str] = []
    if m.agenda:
        lines = ["会议议程及讨论情况"]
        for i, item in enumerate(m.agenda, 1):
            lines.append(f"（{chinese_numeral(i)}）{item.title}")
            lines += [ln for ln in item.record.splitlines() if ln.strip()]
        sections.append("\n".join(lines))
    if m.resolutions:
        lines = ["会议表决事项"]
        for i, r in enumerate(m.resolutions, 1):
            lines.append(f"（{chinese_numeral(i)}）{r.text}")
            lines.append(r.explanation + "。")
        sections.append("\n".join(lines))
    if m.elections:
        lines = ["会议选举事项"]
        for i, (election_id, title) in enumerate(m.elections, 1):
            res = election_result(db, election_id)
            lines.append(f"（{chinese_numeral(i)}）{title}")
            lines += res.summary
            # minutes state the facts once: a round recorded with more present than signed in is flagged
            typed = max((rd.present for rd in res.rounds), default=0)
            if typed > m.present:
                lines.append(f"注：该项选举录入的实到会人数为 {typed} 人，与本次会议签到实到 {m.present} 人不一致，"
                             "选举结果有待核实。")
        sections.append("\n".join(lines))
    if m.notes:
        sections.append("其他事项\n" + m.notes)
    body = "\n".join(f"{chinese_numeral(i)}、{s}" for i, s in enumerate(sections, 1)) or "（本次会议未录入议程和决议。）"
    return {"title": m.title, "date": m.date, "time": m.time, "place": m.place, "host": m.host,
            "recorder": m.recorder, "kind": m.kind_label, "attendance": attendance, "intro": intro, "body": body,
            "entitled": m.entitled, "present": m.present}


def meeting_minutes(db: Database, meeting_id: int, out: Path, *, today: dt.date | None = None,
                    progress: Progress | None = None) -> PaperResult:
    m = get_meeting(db, meeting_id)
    tpl = load_paper("meeting_minutes", "meetings", {"meeting": MEETING_FIELDS})
    p = get_profile(db)
    union = p.form_values()
    data = FormData(union=union, values={"meeting": minutes_values(db, m)}, today=today or dt.date.today())
    result = render(tpl, data, out, progress=progress)
    return PaperResult("minutes", "会议纪要", result.path, result.pages, result.copies)


def meeting_signin(db: Database, meeting_id: int, out: Path, *, progress: Progress | None = None) -> PaperResult:
    """The shared sign-in form, listing those expected (guests sign on the blank lines)."""
    m = get_meeting(db, meeting_id)
    ids = [a.member_id for a in m.attendees if a.member_id is not None and a.entitled]
    values = {"meeting": {"title": m.title, "date": m.date, "time": m.time, "place": m.place, "host": m.host}}
    if ids:
        r = render_form(db, "signin", out, members=ids, values=values, progress=progress)
        return PaperResult("signin", r.title, r.path, r.pages, r.copies)
    # nobody listed yet: only blank lines (render_form given no members would list the whole roster)
    tpl = load_form("signin")
    p = get_profile(db)
    union = p.form_values()
    result = render(tpl, FormData(union=union, values=values), out, progress=progress)
    return PaperResult("signin", tpl.title, result.path, result.pages, result.copies)


def meeting_notice(db: Database, meeting_id: int, out: Path, *, today: dt.date | None = None) -> PaperResult:
    """The notice of a recorded meeting: participants follow its kind (a 会员代表大会 invites the representatives),
    and a notice dated after the meeting is refused (forms/notice.toml: dated_before)."""
    m = get_meeting(db, meeting_id)
    agenda = "\n".join(f"（{chinese_numeral(i)}）{a.title}" for i, a in enumerate(m.agenda, 1))
    values = {"meeting": {"title": m.title, "date": m.date, "time": m.time, "place": m.place, "host": m.host,
                          "kind": m.kind, "agenda": agenda or "另行通知。"}}
    r = render_form(db, "notice", out, values=values, today=today or dt.date.today())
    return PaperResult("notice", r.title, r.path, r.pages, r.copies)
