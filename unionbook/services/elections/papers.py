"""The papers of an election, through the documents engine: 选举办法 (written from the rules the election
was set up under), the candidate list, numbered ballots (one per voter), tally sheets (one per ballot box)
and the 选举结果报告 for the upper union.

Templates are data in forms/elections/; a union's own copy in `<data folder>/forms/elections/` (same file
name) replaces the shipped one. The sentences that depend on the rules are composed here, so that a changed
rule changes the procedure and the ballot instructions with it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy import select

from unionbook import paths
from unionbook.documents import FIELDS, FormData, Template, load_template, render
from unionbook.documents.copies import render_copies, shrink_to_fit, with_blank_rows
from unionbook.documents.linebreak import keep_together
from unionbook.domain.election_rules import THRESHOLD_BASES, ElectionRules, check_margin, fraction_zh
from unionbook.domain.strokes import sort_by_strokes
from unionbook.domain.text import chinese_date
from unionbook.errors import UnionBookError, ValidationError
from unionbook.jobs import Progress
from unionbook.services.elections.count import ROUND_KINDS, election_result, next_round
from unionbook.services.elections.setup import (
    MARGIN_BODY,
    FrozenRules,
    election_rules,
    election_view,
    load_election,
)
from unionbook.services.union.profile import get_profile
from unionbook.store import Database
from unionbook.store.models import Election, ElectionVoter, Employer, Member

ELECTION_FIELDS = {
    **FIELDS["election"],
    "body": "选举对象", "assembly": "选举大会", "seats": "应选名额", "candidates": "候选人数", "method": "选举方式",
    "entitled": "应到会有选举权人数", "round": "投票轮次", "instructions": "填票说明",
    "electorate_rule": "选举人和被选举人", "candidate_rule": "候选人", "validity_rule": "选举的有效",
    "elected_rule": "当选", "approval_rule": "选举结果的报批", "report_intro": "报告开头", "report_rounds": "各轮投票情况",
    "elected": "当选人名单", "subject": "选举名称（不含末尾“选举”二字）",
    "organiser_rule": "选举的组织", "ballot_rule": "投票方式", "eligibility_rule": "任职资格限制",
    "chair_rule": "主席、副主席的产生", "all_votes": "各候选人得票", "scrutineers": "监票人和计票人",
    "elected_profiles": "当选人简况", "candidate_profiles": "候选人简况", "members": "会员人数",
    "electorate_name": "选举人的称谓",
}
PAPERS = {
    "procedure": ("election_procedure", "选举办法"),
    "candidates": ("election_candidates", "候选人名单"),
    "ballots": ("election_ballot", "选票"),
    "tally": ("election_tally", "计票单"),
    "report": ("election_report", "选举结果报告"),
    "request": ("election_request", "换届请示"),
    "candidates_request": ("election_candidates_request", "候选人建议人选请示"),
    "signin": ("election_signin", "选举签到表"),
}
# a ballot on A5 holds about this many rows (candidates and write-in lines); more, and it goes on A4
A5_BALLOT_ROWS = 12
MAX_WRITE_IN_LINES = 5


def template_path(name: str, folder: str = "elections") -> Path:
    """A union's own copy of a template wins over the shipped one."""
    local = paths.data_dir() / "forms" / folder / f"{name}.toml"
    return local if local.is_file() else paths.forms_dir() / folder / f"{name}.toml"


def load_paper(name: str, folder: str = "elections", extra: Mapping[str, Mapping[str, str]] | None = None) -> Template:
    return load_template(template_path(name, folder), extra_fields=extra or {"election": ELECTION_FIELDS})


@dataclass(frozen=True)
class PaperResult:
    kind: str
    title: str
    path: Path
    pages: int
    copies: int




# ---- the sentences that come from the rules ----


def instructions(seats: int, rules: ElectionRules, *, numbered: bool = True) -> str:
    lines = ["对候选人表示赞成的，在其姓名右侧“符号”栏内画“○”；不赞成的，画“×”；弃权的，不画任何符号。"]
    if rules.write_ins_allowed:
        lines.append("另选他人的，在名单下方空格内写上其姓名，并在“符号”栏内画“○”。")
    else:
        lines.append("本次选举不得另选他人。")
    if rules.void_ballot_if_marks_exceed_seats:
        lines.append(f"所选人数（画“○”的人数）等于或少于应选名额 {seats} 名的为有效票，多于 {seats} 名的为无效票。")
    lines.append("请用黑色或蓝色笔填写，符号要准确、清楚。")
    return "\n".join(f"{i}. {t}" if numbered else t for i, t in enumerate(lines, 1))


def _rule_sentences(e: Election, rs: FrozenRules, parent_union: str) -> dict[str, str]:
    rules = ElectionRules.from_rules(rs)
    n = len(e.candidates)
    if e.assembly_kind == "member":
        kept = "享有" if rs["membership.kept_may_vote"] else "不享有"
        electorate = (f"本会在册会员享有选举权和被选举权，保留会籍的会员{kept}选举权和被选举权。"
                      f"本次选举应到会有选举权的会员 {e.entitled} 人。")
    else:
        electorate = (f"会员代表享有选举权，本会在册会员享有被选举权。本次选举应到会会员代表 {e.entitled} 人。")
    method = "差额选举" if n > e.seats else "等额选举"
    body = MARGIN_BODY.get(e.body, "committee")
    margin = check_margin(e.seats, n, rules, body)
    if body == "chair" and not rules.chair_competitive_required:
        how = "可以实行等额选举，也可以实行差额选举。"
    else:
        how = f"实行差额选举，候选人数应不少于 {margin.data['required']} 名（多于应选名额）。"
    candidate = f"候选人 {n} 名，{how}候选人以姓氏笔画为序排列。"
    if rs["election.composition.women_proportional"] or rs["election.composition.model_workers_included"]:
        candidate += "候选人中应有适当比例的女职工、一线职工和劳动模范（先进工作者）。"
    quorum = rules.quorum_required(e.entitled)
    validity = [f"选举时实到会人数须不少于应到会人数的{fraction_zh(rules.quorum_ratio)}（即 {quorum} 人），方可进行选举。"]
    if rules.void_round_if_returned_exceeds_issued:
        validity.append("收回的选票等于或少于发出的选票，选举有效；多于发出的选票，选举无效，应重新投票。")
    if rules.void_ballot_if_marks_exceed_seats:
        validity.append("每张选票所选人数等于或少于应选名额的为有效票，多于应选名额的为无效票。")
    validity.append("空白选票为有效票，但不计入任何人的得票。" if rules.blank_ballot_valid else "空白选票为无效票。")
    base_name, _unit = THRESHOLD_BASES[rules.threshold_base]
    more = "超过" if rules.threshold_strict else "达到"
    share = fraction_zh(rules.threshold_ratio)
    elected = [f"被选举人获得的赞成票{more}{base_name}的{share}，始得当选。",
               f"获得赞成票{more}{share}的被选举人多于应选名额时，以得票多少为序，至取足应选名额为止。",
               "如遇票数相等不能确定当选人时，应就票数相等的被选举人再次投票，以得票多的当选。",
               "当选人数少于应选名额时，对不足的名额可以另行选举，另行选举在未当选的被选举人中进行；"
               "经大会同意，也可以不再选举，但委员人数须在规定的名额范围之内。"]
    parent = parent_union or "上一级工会"
    conduct = _conduct_sentences(e, rs)
    return {
        **conduct,
        "electorate_rule": electorate, "candidate_rule": candidate, "validity_rule": "".join(validity),
        "elected_rule": "".join(elected), "method": method,
        "approval_rule": f"选举结果报{parent}审批。上一级工会批复同意后，当选人员始得履行职务。",
    }


def _flag(rs: FrozenRules, key: str, default: bool) -> bool:
    """A rule added after 0.1: an election set up before it froze rules without the key."""
    try:
        return bool(rs[key])
    except UnionBookError:
        return default


def _conduct_sentences(e: Election, rs: FrozenRules) -> dict[str, str]:
    """Who runs the election, the secret ballot, the 预选 option, eligibility and how the chair is elected
    (章程 第十条; 工会法 第十条; 选举条例 第三条、第七条). See docs/domain.md."""
    organiser = ("本次选举由上届工会委员会主持（新建工会由工会筹备组主持），选举前将换届请示和候选人建议人选报同级党组织"
                 "和上一级工会，经批复后召开大会。") if _flag(rs, "election.pre_approval_required", True) else \
        "本次选举由上届工会委员会主持（新建工会由工会筹备组主持）。"
    ballot = "选举采用无记名投票方式。" if _flag(rs, "election.secret_ballot", True) else ""
    if _flag(rs, "election.preliminary_allowed", True):
        ballot += "候选人较多时，可以先进行差额预选，按得票多少产生候选人名单，再进行正式选举。"
    eligibility = ""
    if e.body in ("committee", "standing", "chair", "vice_chair") and _flag(
            rs, "election.employer_head_relatives_excluded", True):
        eligibility = "单位主要负责人的近亲属不得作为本单位工会委员会成员的人选（《工会法》第十条）。"
    elif e.body == "funds_audit":
        eligibility = "工会主席、副主席、常务委员和工会经费（财务）人员不得担任同级经费审查委员会委员。"
    chair = ("工会主席、副主席可以由会员（代表）大会直接选举产生，也可以由新一届工会委员会全体会议选举产生"
             "（《工会基层组织选举工作条例》第三条）。") if e.body in ("committee", "chair", "vice_chair") else ""
    return {"organiser_rule": organiser, "ballot_rule": ballot, "eligibility_rule": eligibility, "chair_rule": chair}


@dataclass
class _Basis:
    """What a paper needs of an election, read in one session."""

    title: str
    entitled: int
    rules: ElectionRules
    values: dict[str, Any]
    names: list[str]  # on this round's ballot, in ballot order
    seats: int  # at stake in this round
    round_number: int
    total_seats: int  # the election's seats (the procedure and the candidate list speak of these)
    rows: dict[str, dict[str, Any]]  # candidate name → what the candidate list shows


def _basis(db: Database, election_id: int) -> _Basis:
    profile = get_profile(db)
    plan = next_round(db, election_id)
    with db.read() as s:
        e = load_election(s, election_id)
        rs = election_rules(e)
        view = election_view(e)
        sentences = _rule_sentences(e, rs, profile.parent_union)
        people = {m.id: m for m in s.scalars(select(Member).where(
            Member.id.in_([c.member_id for c in e.candidates if c.member_id])))}
        rows = {c.name: {"name": c.name, "gender": c.gender, "birth_date": c.birth_date, "employer": c.employer,
                         "job": c.job, "political_status": c.political_status, "frontline": c.frontline,
                         "model_worker": c.model_worker,
                         # 民族 and 学历, as 报批 packs list them
                         "ethnicity": people[c.member_id].ethnicity if c.member_id in people else "",
                         "education": people[c.member_id].education if c.member_id in people else ""}
                for c in e.candidates}
    rules = ElectionRules.from_rules(rs)
    if plan.finished:
        names, seats, round_text = [c.name for c in view.candidates], view.seats, "选举已结束"
    else:
        names, seats = plan.candidates, plan.seats
        round_text = f"第 {plan.number} 轮：{ROUND_KINDS[plan.kind]}" if plan.number > 1 else "第一次投票"
    values = {
        "title": view.title, "subject": subject(view.title), "date": view.date, "place": view.place, "notes": view.notes, "body": view.body_label,
        "assembly": view.assembly_label, "seats": seats, "candidates": len(view.candidates), "entitled": view.entitled,
        "round": round_text, "instructions": instructions(seats, rules), **sentences,
    }
    return _Basis(view.title, view.entitled, rules, values, list(names), seats, plan.number, view.seats, rows)


def subject(title: str) -> str:
    """“第五届委员会选举” → “第五届委员会”, so that templates can write {election.subject}选举办法."""
    return title[:-2] if title.endswith("选举") and len(title) > 2 else title


def _union(db: Database) -> dict[str, Any]:
    p = get_profile(db)
    return p.form_values()


def _rows(basis: _Basis, names: Sequence[str]) -> list[dict[str, Any]]:
    # a write-in on a run-off ballot is not a recorded candidate: only the name is known
    return [basis.rows.get(n) or {"name": n} for n in names]


def election_paper(db: Database, election_id: int, kind: str, out: Path, *, boxes: Sequence[str] = (),
                   copies: int | None = None, today: dt.date | None = None,
                   progress: Progress | None = None, numbered: bool = False) -> PaperResult:
    """Write one of PAPERS for an election. Ballots and tally sheets are for the next round to vote (its
    candidates and seats). Ballots: one per voter (or `copies`), without a number (a number that can be matched
    to a voter breaks the secret ballot, 章程 第十条); `numbered` puts 0001… (after the first round prefixed with
    the round: 2-0001) on a detachable stub only; tally sheets: one per name in `boxes` (default one)."""
    if kind not in PAPERS:
        raise ValidationError(f"没有“{kind}”这种选举文书，可选：{'、'.join(f'{k}（{v[1]}）' for k, v in PAPERS.items())}")
    name, title = PAPERS[kind]
    tpl = load_paper(name + ("_numbered" if numbered and kind == "ballots" else ""))
    b = _basis(db, election_id)
    today = today or dt.date.today()
    if kind in ("ballots", "tally", "candidates") and not b.rows:
        raise ValidationError(f"选举“{b.title}”尚未确定候选人")
    if kind == "report":
        b.values.update(_report_values(db, election_id))
    if kind in ("request", "candidates_request"):
        if kind == "candidates_request" and not b.rows:
            raise ValidationError(f"选举“{b.title}”尚未确定候选人")
        with db.read() as s:
            e = load_election(s, election_id)
            members_count, member_kind = e.members_count, e.assembly_kind
        b.values.update(members=members_count, electorate_name="会员" if member_kind == "member" else "会员代表",
                        candidate_profiles=_profiles(db, election_id, sort_by_strokes(list(b.rows))))
    if kind not in ("ballots", "tally"):
        b.values.update(seats=b.total_seats, instructions=instructions(b.total_seats, b.rules))
    names = sort_by_strokes(b.rows) if kind == "candidates" else b.names
    data = FormData(union=_union(db), members=_rows(b, names), values={"election": b.values}, today=today)
    if kind == "signin":  # the electorate, with card numbers: sign in, then sign again on taking a ballot
        data = replace(data, members=_voters(db, election_id))
    if kind in ("ballots", "tally"):
        write_ins = min(b.seats, MAX_WRITE_IN_LINES) if b.rules.write_ins_allowed else 0
        tpl = with_blank_rows(tpl, write_ins)
        if kind == "ballots":
            count = b.entitled if copies is None else copies
            if count < 1:
                raise ValidationError("选票份数至少为 1")
            prefix = f"{b.round_number}-" if b.round_number > 1 else ""
            serials = [f"{prefix}{i:04d}" for i in range(1, count + 1)]
            if len(names) + write_ins > A5_BALLOT_ROWS:
                tpl = replace(tpl, form={**tpl.form, "page": "A4"})  # one ballot must not run onto a second page
                tpl = shrink_to_fit(tpl, data, serials[0])  # and with many candidates, A4 is not enough either
        else:
            serials = [x.strip() for x in boxes if x.strip()] or ["第 1 号票箱"]
        result = render_copies(tpl, data, out, serials, progress=progress)
    else:
        result = render(tpl, data, out, progress=progress)
    return PaperResult(kind, title, result.path, result.pages, result.copies)


def _report_values(db: Database, election_id: int) -> dict[str, str]:
    r = election_result(db, election_id)
    v = r.election
    if not r.elected:
        raise UnionBookError(f"选举“{v.title}”尚无人当选，不能出具选举结果报告")
    first = r.rounds[0]
    who = "会员" if v.assembly_kind == "member" else "会员代表"
    intro = (f"{get_profile(db).name}于{chinese_date(v.date)}召开{v.assembly_label}，应到会有选举权的{who} {v.entitled} 人，"
             f"实到会 {first.present} 人。大会依照选举办法，以无记名投票方式，选举产生{v.body_label} {len(r.elected)} 名"
             + ("。" if r.finished and not r.unfilled_seats else f"（应选 {v.seats} 名）。"))
    lines = []
    for rd in r.rounds:
        res = rd.result
        got = "、".join(keep_together(n) for n in res["elected"]) or "无人"
        lines.append(f"第 {rd.number} 轮（{rd.kind_label}）发出选票 {rd.ballots_issued} 张，收回 {rd.ballots_returned} 张，"
                     f"有效票 {res['valid_ballots']} 张，无效票 {res['invalid_ballots']} 张，{got}当选。")
    ordered = sort_by_strokes(r.elected, key=lambda x: x.name)
    # every candidate's votes, round by round (the upper union checks the margin and the threshold)
    votes = []
    for rd in r.rounds:
        per = sorted(rd.result.get("votes", {}).items(), key=lambda kv: (-kv[1], kv[0]))
        votes.append(f"第 {rd.number} 轮：" + "，".join(f"{keep_together(n)} {keep_together(f'{v} 票')}" for n, v in per)
                     + "。")
    return {"report_intro": intro, "report_rounds": "\n".join(lines),
            "elected": "、".join(f"{keep_together(x.name)}（{keep_together(f'{x.votes} 票')}）" for x in ordered),
            "all_votes": "\n".join(votes), "elected_profiles": _profiles(db, election_id, [x.name for x in ordered])}


def _voters(db: Database, election_id: int) -> list[dict[str, Any]]:
    """The electorate in roster order, as the sign-in sheet lists them (name, card number, employer)."""
    with db.read() as s:
        rows = s.execute(
            select(Member.id, Member.name, Member.card_number, Employer.name, Member.job)
            .join(ElectionVoter, ElectionVoter.member_id == Member.id)
            .outerjoin(Employer, Member.employer_id == Employer.id)
            .where(ElectionVoter.election_id == election_id).order_by(Member.name_pinyin, Member.id)).all()
    return [{"id": i, "name": n, "card_number": c, "employer": emp or "", "job": j} for i, n, c, emp, j in rows]


def _profiles(db: Database, election_id: int, names: Sequence[str]) -> str:
    """当选人简况: 性别, 出生年月, 民族, 学历, 政治面貌, 单位职务 — one line each, in stroke order."""
    with db.read() as s:
        e = load_election(s, election_id)
        by_name = {c.name: c for c in e.candidates}
        members = {m.id: m for m in s.scalars(select(Member).where(
            Member.id.in_([c.member_id for c in e.candidates if c.member_id])))}
        out = []
        for i, name in enumerate(names, 1):
            c = by_name.get(name)
            if c is None:
                out.append(f"{i}. {name}（另选他人）")
                continue
            m = members.get(c.member_id) if c.member_id else None
            born = f"{c.birth_date.year}年{c.birth_date.month}月生" if c.birth_date else ""
            parts = [c.gender, born, m.ethnicity if m else "", m.education if m else "", c.political_status,
                     f"{c.employer}{c.job}"]
            out.append(f"{i}. {keep_together(name)}，" + "，".join(p for p in parts if p) + "。")
    return "\n".join(out)
