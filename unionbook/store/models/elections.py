"""Offices and their terms, and elections (electorate, candidates, counting rounds, results).

Names are kept next to member ids on purpose: a ballot, a tally and a minute are records of what happened,
and must still read the same after a member's record is edited or the member leaves.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from unionbook.store.models.base import Base, _now


class Term(Base):
    """One term (届) of a body: the union committee, the funds audit committee (经审会) or the women's
    committee (女职委). `closed_on` is set when the next term starts."""

    __tablename__ = "term"
    __table_args__ = (Index("ix_term_body_start", "body", "start_date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    body: Mapped[str] = mapped_column(String(20))  # committee | funds_audit | women
    number: Mapped[int | None] = mapped_column(Integer)  # 第 n 届, when known
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date] = mapped_column(Date)
    years: Mapped[int] = mapped_column(Integer)
    election_id: Mapped[int | None] = mapped_column(ForeignKey("election.id"))
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)

    holders: Mapped[list[OfficeHolder]] = relationship(
        back_populates="term", order_by="OfficeHolder.position", cascade="all, delete-orphan")


class OfficeHolder(Base):
    """Someone holding a place in a term: chair, vice-chair, member; 主任, 副主任 of the women's committee."""

    __tablename__ = "office_holder"

    id: Mapped[int] = mapped_column(primary_key=True)
    term_id: Mapped[int] = mapped_column(ForeignKey("term.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"))
    name: Mapped[str] = mapped_column(String(40))
    role: Mapped[str] = mapped_column(String(20), default="member")
    position: Mapped[int] = mapped_column(Integer, default=0)
    left_on: Mapped[dt.date | None] = mapped_column(Date)  # left the office during the term
    notes: Mapped[str] = mapped_column(Text, default="")

    term: Mapped[Term] = relationship(back_populates="holders")


# ---- meetings ----


class Election(Base):
    """One election: what is elected, by which assembly, for how many seats. The rules in force at setup are
    frozen in `rules_json`, so that a later override does not change how a recorded election was counted."""

    __tablename__ = "election"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(String(20))  # committee | standing | chair | vice_chair | funds_audit | women | representatives
    assembly_kind: Mapped[str] = mapped_column(String(20))  # member | representatives
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id", ondelete="SET NULL"), index=True)
    date: Mapped[dt.date] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(200), default="")
    seats: Mapped[int] = mapped_column(Integer)
    members_count: Mapped[int] = mapped_column(Integer)  # members on the books at setup (the size table's input)
    entitled: Mapped[int] = mapped_column(Integer)  # the electorate (应到会有选举权人数)
    status: Mapped[str] = mapped_column(String(20), default="setup")  # setup | counting | done
    rule_set: Mapped[str] = mapped_column(String(50))
    rules_json: Mapped[str] = mapped_column(Text, default="{}")
    term_years: Mapped[int | None] = mapped_column(Integer)
    override_note: Mapped[str] = mapped_column(Text, default="")  # why a failed seat check was accepted
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now, onupdate=_now)

    voters: Mapped[list[ElectionVoter]] = relationship(cascade="all, delete-orphan", order_by="ElectionVoter.id")
    candidates: Mapped[list[ElectionCandidate]] = relationship(
        cascade="all, delete-orphan", order_by="ElectionCandidate.position")
    rounds: Mapped[list[ElectionRound]] = relationship(
        back_populates="election", cascade="all, delete-orphan", order_by="ElectionRound.number")
    elected: Mapped[list[ElectionElected]] = relationship(
        cascade="all, delete-orphan", order_by="ElectionElected.rank")


class ElectionVoter(Base):
    """The electorate, snapshot at setup: members with the vote (or the representatives)."""

    __tablename__ = "election_voter"
    __table_args__ = (UniqueConstraint("election_id", "member_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    election_id: Mapped[int] = mapped_column(ForeignKey("election.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"))
    name: Mapped[str] = mapped_column(String(40))


class ElectionCandidate(Base):
    """A candidate, in ballot order (surname stroke order), with what the composition check needs."""

    __tablename__ = "election_candidate"
    __table_args__ = (UniqueConstraint("election_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    election_id: Mapped[int] = mapped_column(ForeignKey("election.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"))
    name: Mapped[str] = mapped_column(String(40))
    gender: Mapped[str] = mapped_column(String(2), default="")
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    employer: Mapped[str] = mapped_column(String(200), default="")
    job: Mapped[str] = mapped_column(String(100), default="")
    political_status: Mapped[str] = mapped_column(String(20), default="")
    frontline: Mapped[bool] = mapped_column(Boolean, default=False)
    model_worker: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)


class ElectionRound(Base):
    """One round of voting as counted by the engine; `result_json` is the engine's result with its reasons."""

    __tablename__ = "election_round"
    __table_args__ = (UniqueConstraint("election_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    election_id: Mapped[int] = mapped_column(ForeignKey("election.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))  # first | revote_tied | runoff | revote_all | no_quorum
    mode: Mapped[str] = mapped_column(String(10))  # boxes | ballots
    seats: Mapped[int] = mapped_column(Integer)
    candidates_json: Mapped[str] = mapped_column(Text, default="[]")
    entitled: Mapped[int] = mapped_column(Integer)
    present: Mapped[int] = mapped_column(Integer)
    ballots_issued: Mapped[int] = mapped_column(Integer)
    ballots_returned: Mapped[int] = mapped_column(Integer)
    invalid_ballots: Mapped[int] = mapped_column(Integer, default=0)
    result_json: Mapped[str] = mapped_column(Text, default="{}")
    next_step: Mapped[str] = mapped_column(String(20))
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    recorded_by: Mapped[str] = mapped_column(String(100), default="")

    election: Mapped[Election] = relationship(back_populates="rounds")
    boxes: Mapped[list[RoundBox]] = relationship(cascade="all, delete-orphan", order_by="RoundBox.id")
    ballots: Mapped[list[RoundBallot]] = relationship(cascade="all, delete-orphan", order_by="RoundBallot.id")


class RoundBox(Base):
    """One ballot box's tally: ballots issued and returned, void ballots, each name's votes (JSON)."""

    __tablename__ = "round_box"

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("election_round.id", ondelete="CASCADE"), index=True)
    label: Mapped[str] = mapped_column(String(40))
    issued: Mapped[int] = mapped_column(Integer)
    returned: Mapped[int] = mapped_column(Integer)
    invalid: Mapped[int] = mapped_column(Integer, default=0)
    votes_json: Mapped[str] = mapped_column(Text, default="{}")


class RoundBallot(Base):
    """One returned ballot keyed in: the names marked (JSON list) and whether it was valid."""

    __tablename__ = "round_ballot"

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("election_round.id", ondelete="CASCADE"), index=True)
    serial: Mapped[str] = mapped_column(String(20), default="")
    marks_json: Mapped[str] = mapped_column(Text, default="[]")
    valid: Mapped[bool] = mapped_column(Boolean, default=True)


class ElectionElected(Base):
    """Who was elected, in which round, with how many votes; `rank` orders them best first overall."""

    __tablename__ = "election_elected"

    id: Mapped[int] = mapped_column(primary_key=True)
    election_id: Mapped[int] = mapped_column(ForeignKey("election.id", ondelete="CASCADE"), index=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("election_round.id", ondelete="CASCADE"))
    member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"))
    name: Mapped[str] = mapped_column(String(40))
    votes: Mapped[int] = mapped_column(Integer)
    rank: Mapped[int] = mapped_column(Integer)
