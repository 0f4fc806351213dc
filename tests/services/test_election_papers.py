"""The election papers, read back as a reader would: text extracted from the PDFs."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from pypdf import PdfReader

from unionbook.errors import UnionBookError
from unionbook.services.elections.count import BoxTally, RoundEntry, record_round
from unionbook.services.elections.papers import election_paper
from unionbook.services.rules.in_force import set_override
from unionbook.store import Database


def pages(path: Path) -> list[str]:
    # the document layout breaks lines anywhere: compare without spaces and line breaks
    return [p.extract_text().replace(" ", "").replace("\n", "") for p in PdfReader(path).pages]


@pytest.mark.slow  # ~4 s: one ballot PDF per voter
def test_ballots_one_per_voter_without_a_number_by_default(demo_db: Database, ek: SimpleNamespace,
                                                          tmp_path: Path) -> None:
    e = ek.committee_election(demo_db, seats=7, candidates=8)
    r = election_paper(demo_db, e.id, "ballots", tmp_path / "ballots.pdf")
    text = pages(r.path)
    assert r.copies == e.entitled and len(text) == e.entitled  # one page each: A5 holds 8 names + 5 lines
    assert not any("编号" in t or "0001" in t for t in text)  # 无记名: nothing that could match a voter
    numbered = pages(election_paper(demo_db, e.id, "ballots", tmp_path / "n.pdf", copies=3, numbered=True).path)
    assert "票根\u3000编号：0001" in numbered[0] and "不登记领票人" in numbered[0] and "编号：0003" in numbered[-1]
    names = [c.name.replace(" ", "") for c in e.candidates]
    first = text[0]
    positions = [first.index(n) for n in names]
    assert positions == sorted(positions), "names in surname stroke order, as on the candidate list"
    assert "应选工会委员会委员7名" in first
    assert "多于7名的为无效票" in first and "另选他人的" in first


def test_ballots_follow_the_write_in_rule(demo_db: Database, ek: SimpleNamespace, tmp_path: Path) -> None:
    set_override(demo_db, "election.write_ins_allowed", "false", "本次大会决定不设另选人")
    e = ek.committee_election(demo_db, seats=7, candidates=8)
    text = pages(election_paper(demo_db, e.id, "ballots", tmp_path / "b.pdf", copies=2).path)
    assert len(text) == 2 and "本次选举不得另选他人" in text[0] and "另选他人的，" not in text[0]


def test_runoff_ballots_list_only_the_runoff_candidates(demo_db: Database, ek: SimpleNamespace, tmp_path: Path) -> None:
    e = ek.committee_election(demo_db, seats=7, candidates=8)
    names = [c.name for c in e.candidates]
    record_round(demo_db, e.id, RoundEntry(e.entitled, boxes=(
        BoxTally("1", e.entitled, e.entitled, 0, {n: (200 if i < 5 else 20) for i, n in enumerate(names)}),)))
    text = pages(election_paper(demo_db, e.id, "ballots", tmp_path / "b.pdf", copies=3, numbered=True).path)
    assert "编号：2-0001" in text[0] and "第2轮：另行选举" in text[0] and "应选工会委员会委员2名" in text[0]
    assert names[0].replace(" ", "") not in text[0] and all(n.replace(" ", "") in text[0] for n in names[5:])
    tally = pages(election_paper(demo_db, e.id, "tally", tmp_path / "t.pdf", boxes=["一号箱", "二号箱"]).path)
    assert len(tally) == 2 and "票箱：一号箱" in tally[0] and "票箱：二号箱" in tally[1]


def test_procedure_is_written_from_the_rules_in_force(demo_db: Database, ek: SimpleNamespace, tmp_path: Path) -> None:
    e = ek.committee_election(demo_db, seats=7, candidates=8)
    text = "".join(pages(election_paper(demo_db, e.id, "procedure", tmp_path / "p.pdf").path))
    for words in ("第五届委员会选举办法", "应选7名", "不少于应到会人数的三分之二", "超过应到会有选举权人数的半数",
                  "保留会籍的会员不享有选举权", "候选人数应不少于8名", "多于发出的选票，选举无效"):
        assert words in text, words
    set_override(demo_db, "election.threshold_base", "cast", "按省实施办法")
    e2 = ek.committee_election(demo_db, seats=7, candidates=8)
    text = "".join(pages(election_paper(demo_db, e2.id, "procedure", tmp_path / "p2.pdf").path))
    assert "超过投票人数（收回选票）的半数" in text


def test_candidate_list_and_result_report(demo_db: Database, ek: SimpleNamespace, tmp_path: Path) -> None:
    e = ek.committee_election(demo_db, seats=7, candidates=8)
    text = pages(election_paper(demo_db, e.id, "candidates", tmp_path / "c.pdf").path)[0]
    assert "以姓氏笔画为序" in text and "合计8名" in text
    with pytest.raises(UnionBookError):
        election_paper(demo_db, e.id, "report", tmp_path / "r.pdf")  # nobody elected yet
    names = [c.name for c in e.candidates]
    record_round(demo_db, e.id, RoundEntry(e.entitled, boxes=(
        BoxTally("1", e.entitled, e.entitled, 0, {n: 200 - i for i, n in enumerate(names)}),)))
    text = "".join(pages(election_paper(demo_db, e.id, "report", tmp_path / "r.pdf").path))
    assert "关于第五届委员会选举结果的报告" in text and "银川市兴庆区总工会" in text
    assert f"{names[0].replace(' ', '')}（200票）" in text and names[7].replace(" ", "") + "（" not in text


def test_procedure_states_secret_ballot_preliminary_eligibility_organiser_and_chair(
        demo_db: Database, ek: SimpleNamespace, tmp_path: Path) -> None:
    e = ek.committee_election(demo_db, seats=7, candidates=8)
    text = "".join(pages(election_paper(demo_db, e.id, "procedure", tmp_path / "p.pdf").path))
    for words in ("无记名投票", "差额预选", "近亲属不得作为本单位工会委员会成员", "上届工会委员会主持",
                  "由新一届工会委员会全体会议选举产生", "十、选举结果的报批"):
        assert words in text, words


def test_report_lists_every_candidates_votes_scrutineers_and_profiles(demo_db: Database, ek: SimpleNamespace,
                                                                     tmp_path: Path) -> None:
    e = ek.committee_election(demo_db, seats=7, candidates=8)
    names = [c.name for c in e.candidates]
    record_round(demo_db, e.id, RoundEntry(e.entitled, boxes=(
        BoxTally("1", e.entitled, e.entitled, 0, {n: (200 - i if i < 7 else 20) for i, n in enumerate(names)}),)))
    text = "".join(pages(election_paper(demo_db, e.id, "report", tmp_path / "r.pdf").path))
    loser = names[7].replace(" ", "")
    assert f"{loser}20票" in text  # not elected, still reported with the votes
    assert "总监票人" in text and "计票人" in text and "当选人简况" in text
    assert e.candidates[0].employer in text


def test_request_papers_for_the_party_and_upper_union(demo_db: Database, ek: SimpleNamespace, tmp_path: Path) -> None:
    e = ek.committee_election(demo_db, seats=7, candidates=8)
    request = "".join(pages(election_paper(demo_db, e.id, "request", tmp_path / "q.pdf").path))
    assert "请示" in request and "妥否，请批示" in request and "7名" in request
    cands = "".join(pages(election_paper(demo_db, e.id, "candidates_request", tmp_path / "c.pdf").path))
    assert "候选人建议人选" in cands and all(c.name.replace(" ", "") in cands for c in e.candidates)


def test_candidate_list_shows_ethnicity_and_education(demo_db: Database, ek: SimpleNamespace, tmp_path: Path) -> None:
    e = ek.committee_election(demo_db, seats=7, candidates=8)
    text = "".join(pages(election_paper(demo_db, e.id, "candidates", tmp_path / "c.pdf").path))
    assert "民族" in text and "学历" in text
    assert any(word in text for word in ("汉族", "回族"))


def test_election_signin_lists_voters_with_card_numbers_and_a_ballot_column(demo_db: Database, ek: SimpleNamespace,
                                                                            tmp_path: Path) -> None:
    e = ek.committee_election(demo_db, seats=7, candidates=8)
    r = election_paper(demo_db, e.id, "signin", tmp_path / "s.pdf")
    text = "".join(pages(r.path))
    assert "领票签名" in text and "会员证号" in text and f"应到{e.entitled}人" in text
