"""Chinese dates and numerals written once (domain/text.py); vocabularies and field specs declared once."""

from __future__ import annotations

import datetime as dt

import pytest

from unionbook.documents.fields import FIELDS, format_value
from unionbook.domain.election import NEXT_STEP_LABELS, NextStep
from unionbook.domain.election_rules import fraction_zh
from unionbook.domain.fields import MEMBER, UNION, Kind
from unionbook.domain.member import EDUCATION, FIELD_LABELS, GROUPS, MemberDraft, validate_member
from unionbook.domain.text import chinese_date, chinese_month, chinese_numeral
from unionbook.domain.vocab import Education, Group, UnionKind


def test_chinese_dates() -> None:
    assert chinese_date(dt.date(2026, 3, 5)) == "2026年3月5日"
    assert chinese_date(dt.date(2026, 12, 25)) == "2026年12月25日"
    assert chinese_month(dt.date(2026, 3, 5)) == "2026年3月"
    assert format_value(dt.date(2026, 3, 5), ("ym",)) == "2026年3月"
    assert format_value(dt.datetime(2026, 3, 5, 9, 30)) == "2026年3月5日"


@pytest.mark.parametrize(("n", "text"), [
    (0, "零"), (1, "一"), (9, "九"), (10, "十"), (11, "十一"), (19, "十九"), (20, "二十"), (21, "二十一"),
    (99, "九十九"), (100, "一百"), (101, "一百零一"), (110, "一百一十"), (1001, "一千零一"), (1010, "一千零一十"),
    (2026, "二千零二十六"),
])
def test_chinese_numerals(n: int, text: str) -> None:
    assert chinese_numeral(n) == text


@pytest.mark.parametrize("bad", [-1, 10000, True, 1.0])
def test_chinese_numerals_refuse_what_they_cannot_write(bad: object) -> None:
    with pytest.raises(ValueError):
        chinese_numeral(bad)  # type: ignore[arg-type]


def test_fractions_use_the_same_numerals() -> None:
    from fractions import Fraction
    assert fraction_zh(Fraction(2, 3)) == "三分之二"
    assert fraction_zh(Fraction(1, 10)) == "十分之一"


def test_next_step_labels_are_declared_once() -> None:
    assert NextStep("runoff").label == "就缺额另行选举"
    assert NEXT_STEP_LABELS == {s.value: s.label for s in NextStep}
    from unionbook.cli.elections import count as cli_count
    from unionbook.services.elections import count as service_count
    assert cli_count.NEXT_STEP_LABELS is NEXT_STEP_LABELS is service_count.NEXT_STEP_LABELS


def test_vocabularies_keep_their_stored_values() -> None:
    # the values stored in 0.1 databases and carried in the CLI's JSON
    assert EDUCATION == ("研究生", "大学本科", "大学专科", "中专", "技校", "高中", "初中", "小学", "其他")
    assert "网约车司机" not in GROUPS and len(GROUPS) == 8  # the eight; 网约车司机 is 新就业形态 (docs/domain.md)
    assert Education.BACHELOR == "大学本科" and Education.BACHELOR.label == "大学本科"
    assert Group("快递员") is Group.COURIER
    assert UnionKind.JOINT == "joint" and UnionKind.JOINT.label == "联合基层工会"
    assert UnionKind.labels() == {"enterprise": "企业工会", "joint": "联合基层工会", "township": "乡镇（街道）工会"}


def test_member_labels_follow_the_official_registration_form() -> None:
    # 会员登记表 / 实名制 wording: the three labels that had drifted between layers
    assert (MEMBER.label_of("education"), MEMBER.label_of("join_date"), MEMBER.label_of("job")) == (
        "学历", "入会时间", "职务/工种")
    assert FIELD_LABELS == MEMBER.labels()
    # the forms bind the same labels; they add fields of their own (migration 0005_domain, docs/domain.md)
    for ns, spec in (("member", MEMBER), ("union", UNION)):
        assert {k: FIELDS[ns][k] for k in spec.labels()} == spec.labels()


def test_every_layer_reads_the_member_labels_from_the_specs() -> None:
    from unionbook.exchange.layout import LABELS
    from unionbook.exchange.vocab import FIELDS as IMPORT_FIELDS
    from unionbook.exchange.vocab import vocabulary
    from unionbook.exchange.xlsx_export import ROSTER_COLUMNS

    for column in ROSTER_COLUMNS:
        spec = MEMBER[column.key]
        assert column.header == spec.label
        assert (column.kind == "date") == (spec.kind is Kind.DATE)
        assert (column.kind == "flag") == (spec.kind is Kind.FLAG)
    for name in IMPORT_FIELDS:
        assert LABELS[name] == MEMBER.label_of(name)
        # an export's header imports back as its own field
        assert vocabulary().field_of(MEMBER.label_of(name)) == name


def test_validation_messages_use_the_spec_labels_and_lengths() -> None:
    _, problems = validate_member(MemberDraft(name="张" * 41, id_number="110101199003071234",
                                              join_date=dt.date(2999, 1, 1)), today=dt.date(2026, 1, 1))
    texts = [p.text() for p in problems]
    assert "姓名：过长（41个字符，最多40个）" in texts
    assert any(t.startswith("入会时间：") for t in texts)


def test_union_profile_kinds_come_from_the_vocabulary() -> None:
    from unionbook.services.union.profile import UNION_KINDS
    assert UNION_KINDS == UnionKind.labels()
    assert UNION["kind"].choices() == ("enterprise", "joint", "township")


def test_election_and_meeting_vocabularies_keep_their_codes_and_labels() -> None:
    from unionbook.domain.meetings import MEETING_KINDS, MeetingKind
    from unionbook.domain.offices import AssemblyKind, ElectionBody, ElectionStatus, RoundKind, TermBody
    from unionbook.services.elections.count import ROUND_KINDS
    from unionbook.services.elections.setup import ELECTION_BODIES, STATUS_LABELS
    from unionbook.services.elections.terms import TERM_BODIES

    assert ELECTION_BODIES == {
        "committee": "工会委员会委员", "standing": "工会常务委员会委员", "chair": "工会主席",
        "vice_chair": "工会副主席", "funds_audit": "经费审查委员会委员", "women": "女职工委员会委员",
        "representatives": "会员代表"} == ElectionBody.labels()
    assert AssemblyKind.REPRESENTATIVES.label == "会员代表大会"
    assert STATUS_LABELS == {"setup": "准备中", "counting": "计票中", "done": "已完成"} == ElectionStatus.labels()
    assert ROUND_KINDS == RoundKind.labels() and RoundKind("runoff").label == "另行选举"
    assert TERM_BODIES == {"committee": "工会委员会", "funds_audit": "经费审查委员会", "women": "女职工委员会"}
    assert TermBody.values() == tuple(TERM_BODIES)
    assert MEETING_KINDS == MeetingKind.labels() and MeetingKind.CONGRESS.label == "职工代表大会"


def test_labels_must_cover_every_value() -> None:
    from unionbook.domain.vocab import Choice, with_labels

    class Half(Choice):
        A = "a"
        B = "b"

    with pytest.raises(ValueError, match="labels do not match"):
        with_labels({"a": "甲"})(Half)


def test_no_module_restates_the_old_member_labels() -> None:
    """The drifted wordings are gone from the code; imports still read them through synonyms.toml."""
    from pathlib import Path

    import unionbook

    root = Path(unionbook.__file__).parent
    found = [f"{path.relative_to(root)}: {old}" for path in root.rglob("*.py")
             if "migrations" not in path.parts and path != root / "domain" / "fields.py"  # it names them as history
             for old in ("文化程度", "入会日期", "岗位/职务") if old in path.read_text(encoding="utf-8")]
    assert found == []
