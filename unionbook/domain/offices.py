"""The closed vocabularies of elections and terms: which body is elected, by which assembly, how far an
election has gone, what a round of voting is, which bodies hold terms. Stored values are the English codes
(unchanged since 0.1, and the CLI's JSON values); `label` is the Chinese name."""

from __future__ import annotations

from unionbook.domain.vocab import Choice, with_labels


@with_labels({
    "committee": "工会委员会委员",
    "standing": "工会常务委员会委员",
    "chair": "工会主席",
    "vice_chair": "工会副主席",
    "funds_audit": "经费审查委员会委员",
    "women": "女职工委员会委员",
    "representatives": "会员代表",
})
class ElectionBody(Choice):
    """What an election fills."""

    COMMITTEE = "committee"
    STANDING = "standing"
    CHAIR = "chair"
    VICE_CHAIR = "vice_chair"
    FUNDS_AUDIT = "funds_audit"
    WOMEN = "women"
    REPRESENTATIVES = "representatives"


@with_labels({"member": "会员大会", "representatives": "会员代表大会"})
class AssemblyKind(Choice):
    """Who votes: every member with the vote, or their representatives."""

    MEMBER = "member"
    REPRESENTATIVES = "representatives"


@with_labels({"setup": "准备中", "counting": "计票中", "done": "已完成"})
class ElectionStatus(Choice):
    SETUP = "setup"
    COUNTING = "counting"
    DONE = "done"


@with_labels({
    "first": "第一次投票",
    "revote_tied": "对得票相等者再次投票",
    "runoff": "另行选举",
    "revote_all": "重新投票",
    "no_quorum": "到会人数足够后重新投票",
})
class RoundKind(Choice):
    """What a round of voting is (the first, or what the previous round's next step asked for)."""

    FIRST = "first"
    REVOTE_TIED = "revote_tied"
    RUNOFF = "runoff"
    REVOTE_ALL = "revote_all"
    NO_QUORUM = "no_quorum"


@with_labels({"committee": "工会委员会", "funds_audit": "经费审查委员会", "women": "女职工委员会"})
class TermBody(Choice):
    """The bodies that sit for a term."""

    COMMITTEE = "committee"
    FUNDS_AUDIT = "funds_audit"
    WOMEN = "women"
