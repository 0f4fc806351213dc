"""The member register's vocabulary and the membership state machine (会籍, 《工会会员会籍管理办法》)."""

from __future__ import annotations

import datetime as dt
import enum
import re
from dataclasses import dataclass, field
from operator import attrgetter

from unionbook.domain.fields import MEMBER
from unionbook.domain.ids import IdNumberError, ResidentId, parse_resident_id
from unionbook.domain.text import clean, clean_name, digits, forbidden_character
from unionbook.domain.vocab import Education, EmploymentForm, Gender, Group, HouseholdType, PoliticalStatus
from unionbook.errors import FieldProblem


class Status(enum.StrEnum):
    ACTIVE = "active"  # 在册
    KEPT = "kept"  # 保留会籍: retired, unemployed, employer closed; no dues, no vote
    TRANSFERRED_OUT = "transferred_out"  # 已转出
    LEFT = "left"  # 已退会
    WITHDRAWN = "withdrawn"  # 视为自动退会: 6 months without dues or taking part
    EXPELLED = "expelled"  # 已开除会籍
    DECEASED = "deceased"  # 死亡，会籍注销

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]

    @property
    def is_member(self) -> bool:
        """Still on the union's books (counted as a member)."""
        return self in (Status.ACTIVE, Status.KEPT)


STATUS_LABELS = {
    Status.ACTIVE: "在册",
    Status.KEPT: "保留会籍",
    Status.TRANSFERRED_OUT: "已转出",
    Status.LEFT: "已退会",
    Status.WITHDRAWN: "视为退会",
    Status.EXPELLED: "已开除",
    Status.DECEASED: "已故（注销）",
}


class Event(enum.StrEnum):
    JOIN = "join"  # 入会
    TRANSFER_IN = "transfer_in"  # 转入
    TRANSFER_OUT = "transfer_out"  # 转出
    KEEP = "keep"  # 保留会籍
    RESTORE = "restore"  # 恢复会籍 (back to work after 保留会籍)
    LEAVE = "leave"  # 退会
    WITHDRAW = "withdraw"  # 视为自动退会
    EXPEL = "expel"  # 开除会籍
    REJOIN = "rejoin"  # 重新入会
    DIE = "die"  # 死亡，注销会籍

    @property
    def label(self) -> str:
        return EVENT_LABELS[self]


EVENT_LABELS = {
    Event.JOIN: "入会",
    Event.TRANSFER_IN: "转入",
    Event.TRANSFER_OUT: "转出",
    Event.KEEP: "保留会籍",
    Event.RESTORE: "恢复会籍",
    Event.LEAVE: "退会",
    Event.WITHDRAW: "视为自动退会",
    Event.EXPEL: "开除会籍",
    Event.REJOIN: "重新入会",
    Event.DIE: "死亡注销",
}

# Which event may happen in which state, and the state it leads to. Entry events (join, transfer in)
# open a member's history; a former member comes back through rejoin or transfer in, never by editing.
TRANSITIONS: dict[Event, tuple[frozenset[Status | None], Status]] = {
    Event.JOIN: (frozenset({None}), Status.ACTIVE),
    Event.TRANSFER_IN: (
        frozenset({None, Status.TRANSFERRED_OUT, Status.LEFT, Status.WITHDRAWN}),
        Status.ACTIVE,
    ),
    Event.TRANSFER_OUT: (frozenset({Status.ACTIVE, Status.KEPT}), Status.TRANSFERRED_OUT),
    Event.KEEP: (frozenset({Status.ACTIVE}), Status.KEPT),
    Event.RESTORE: (frozenset({Status.KEPT}), Status.ACTIVE),
    Event.LEAVE: (frozenset({Status.ACTIVE, Status.KEPT}), Status.LEFT),
    Event.WITHDRAW: (frozenset({Status.ACTIVE}), Status.WITHDRAWN),
    Event.EXPEL: (frozenset({Status.ACTIVE, Status.KEPT}), Status.EXPELLED),
    Event.REJOIN: (
        frozenset({Status.TRANSFERRED_OUT, Status.LEFT, Status.WITHDRAWN, Status.EXPELLED}),
        Status.ACTIVE,
    ),
    # the end of the record: a member who died is struck off, never brought back
    Event.DIE: (frozenset({Status.ACTIVE, Status.KEPT}), Status.DECEASED),
}

# Events that need a reason written down (the committee's decision or the member's request).
REASON_REQUIRED = frozenset({Event.KEEP, Event.LEAVE, Event.WITHDRAW, Event.EXPEL, Event.TRANSFER_OUT})


def allowed_events(status: Status | None) -> list[Event]:
    return [e for e, (sources, _) in TRANSITIONS.items() if status in sources]


def next_status(status: Status | None, event: Event) -> Status:
    """The state after `event`; ValueError (Chinese) when the event does not fit the current state."""
    sources, target = TRANSITIONS[event]
    if status not in sources:
        now = status.label if status else "未登记"
        raise ValueError(f"会员当前状态为“{now}”，不能办理“{event.label}”")
    return target


# ---- vocabularies shown as choices in the editor and accepted on import ----

# Closed vocabularies live in domain/vocab.py (StrEnums with labels); these tuples are their stored values.
GENDERS = Gender.values()

ETHNICITIES = tuple((
    "汉族 蒙古族 回族 藏族 维吾尔族 苗族 彝族 壮族 布依族 朝鲜族 满族 侗族 瑶族 白族 土家族 哈尼族 哈萨克族 傣族 黎族 "
    "傈僳族 佤族 畲族 高山族 拉祜族 水族 东乡族 纳西族 景颇族 柯尔克孜族 土族 达斡尔族 仫佬族 羌族 布朗族 撒拉族 毛南族 "
    "仡佬族 锡伯族 阿昌族 普米族 塔吉克族 怒族 乌孜别克族 俄罗斯族 鄂温克族 德昂族 保安族 裕固族 京族 塔塔尔族 独龙族 "
    "鄂伦春族 赫哲族 门巴族 珞巴族 基诺族"
).split() + ["其他"])

EDUCATION = Education.values()
POLITICAL_STATUS = PoliticalStatus.values()
HOUSEHOLD_TYPES = HouseholdType.values()
EMPLOYMENT_FORMS = EmploymentForm.values()
DISPATCHED_FORM = EmploymentForm.DISPATCHED.value
GROUPS = Group.values()

# ASCII: \d alone would also take Arabic-Indic and other digits as a phone number
MOBILE_RE = re.compile(r"^1[3-9]\d{9}$", re.ASCII)
LANDLINE_RE = re.compile(r"^0\d{9,11}$", re.ASCII)


@dataclass
class MemberDraft:
    """What a user typed for one member, before validation. Strings may be messy; flags are bools."""

    name: str = ""
    id_number: str = ""
    gender: str = ""  # derived from the ID; a different value typed here is overridden with a warning
    birth_date: dt.date | None = None
    ethnicity: str = "汉族"
    phone: str = ""
    employer: str = ""
    job: str = ""
    education: str = ""
    political_status: str = ""
    household_type: str = ""
    employment_form: str = "劳动合同"
    migrant_worker: bool = False
    group: str = ""  # one of GROUPS or ""
    frontline: bool = False
    model_worker: bool = False
    hardship: bool = False
    card_number: str = ""
    join_date: dt.date | None = None
    notes: str = ""


@dataclass
class CleanMember:
    """A validated member: the ID parsed, the derived fields filled, every text tidied."""

    name: str
    resident_id: ResidentId
    ethnicity: str
    phone: str
    employer: str
    job: str
    education: str
    political_status: str
    household_type: str
    employment_form: str
    migrant_worker: bool
    group: str
    frontline: bool
    model_worker: bool
    hardship: bool
    card_number: str
    join_date: dt.date | None
    notes: str
    warnings: list[FieldProblem] = field(default_factory=list)


# name → Chinese label, from the member field specs (domain/fields.py)
FIELD_LABELS = MEMBER.labels()
_L = FIELD_LABELS


# Longest value each free-text field may hold (the store's column widths, from the field specs; notes have no
# column width): a 30,000-character job title helps nobody and used to break the PDFs of the whole union.
FIELD_LIMITS = {name: MEMBER[name].max_length or 0 for name in ("name", "phone", "employer", "job", "card_number")}
FIELD_LIMITS["notes"] = 1000
_PHONE_MAX, _EMPLOYER_MAX, _JOB_MAX, _CARD_MAX, _NOTES_MAX = (
    FIELD_LIMITS[f] for f in ("phone", "employer", "job", "card_number", "notes"))


_TEXT_FIELDS = tuple(f for f, kind in MemberDraft.__annotations__.items() if kind == "str")
_texts = attrgetter(*_TEXT_FIELDS)
_others = attrgetter(*(f for f in MemberDraft.__annotations__ if f not in _TEXT_FIELDS))
_is_text = str.__instancecheck__


def _check_characters(problems: list[FieldProblem], draft: MemberDraft) -> None:
    """Refuse, per field, the first control or bidi character of the value as typed (before tidying)."""
    texts = _texts(draft)
    if all(map(_is_text, texts)) and not any(map(_is_text, _others(draft))) and "".join(texts).isprintable():
        return  # every text printable (as most are): nothing below would be found, in a few C-level passes
    for name, value in vars(draft).items():
        # isprintable() is True for every value forbidden_character() has nothing to say about (most of them)
        if not isinstance(value, str) or value.isprintable() or name not in FIELD_LABELS:
            continue
        found = forbidden_character(value)
        if found:
            position, what = found
            problems.append(FieldProblem(name, FIELD_LABELS[name], f"第{position}个字符是不可显示的{what}，"
                                         "不能保存（常见于从网页或其他软件复制来的文字），请删除后重新输入"))


def _check_length(problems: list[FieldProblem], name: str, value: str) -> None:
    limit = FIELD_LIMITS[name]
    if len(value) > limit:
        problems.append(FieldProblem(name, FIELD_LABELS[name], f"过长（{len(value)}个字符，最多{limit}个）"))


def _notes(text: str) -> str:
    """Notes keep their line breaks; each line is tidied like any other text, the whole trimmed."""
    if "\n" not in text and "\r" not in text:
        return clean(text)
    lines = [clean(line) for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return "\n".join(lines).strip()


def _choice(problems: list[FieldProblem], name: str, value: str, choices: tuple[str, ...] | list[str]) -> str:
    value = clean(value)
    if value and value not in choices:
        problems.append(FieldProblem(name, FIELD_LABELS[name], f"“{value}”不是可选值（可选：{'、'.join(choices)}）"))
    return value


_VocabValues = tuple[str, str, str, str, str, str]
# the six vocabulary fields as typed → as validated, with their problems: a roster repeats a few hundred
# combinations of them over tens of thousands of rows
_choices_seen: dict[tuple[str, ...], tuple[_VocabValues, tuple[FieldProblem, ...]]] = {}
_CHOICES_SEEN_MAX = 4096
_vocab_typed = attrgetter("ethnicity", "education", "political_status", "household_type", "employment_form", "group")


def _choices(problems: list[FieldProblem], draft: MemberDraft) -> _VocabValues:
    """民族, 学历, 政治面貌, 户籍类型, 用工形式 and 所属群体 as validated, their problems added to `problems`."""
    typed = _vocab_typed(draft)
    seen = _choices_seen.get(typed) if all(map(_is_text, typed)) else None
    if seen is None:
        found: list[FieldProblem] = []
        ethnicity = clean(draft.ethnicity) or "汉族"
        if ethnicity and not ethnicity.endswith("族") and ethnicity + "族" in ETHNICITIES:
            ethnicity += "族"
        values = (_choice(found, "ethnicity", ethnicity, ETHNICITIES),
                  _choice(found, "education", draft.education, EDUCATION),
                  _choice(found, "political_status", draft.political_status, POLITICAL_STATUS),
                  _choice(found, "household_type", draft.household_type, HOUSEHOLD_TYPES),
                  _choice(found, "employment_form", draft.employment_form, EMPLOYMENT_FORMS),
                  _choice(found, "group", draft.group, GROUPS))
        seen = values, tuple(found)
        if all(map(_is_text, typed)):
            if len(_choices_seen) >= _CHOICES_SEEN_MAX:
                _choices_seen.clear()
            _choices_seen[typed] = seen
    problems.extend(seen[1])
    return seen[0]


def validate_member(draft: MemberDraft, *, today: dt.date | None = None, resident_id: ResidentId | None = None
                    ) -> tuple[CleanMember | None, list[FieldProblem]]:
    """Return the clean member (None if any error) and every problem found, errors and warnings alike.
    `resident_id`: the draft's ID number already parsed today (an import parses each row's once)."""
    problems: list[FieldProblem] = []
    today = today or dt.date.today()
    _check_characters(problems, draft)
    name = clean_name(draft.name)
    if not name:
        problems.append(FieldProblem("name", _L["name"], "不能为空"))
    else:
        _check_length(problems, "name", name)

    rid: ResidentId | None = None
    try:
        rid = resident_id if resident_id is not None else parse_resident_id(draft.id_number, today=today)
    except IdNumberError as exc:
        # the checker's messages name the field already ("身份证号校验位错误…"): say it once
        problems.append(FieldProblem("id_number", _L["id_number"], str(exc).removeprefix("身份证号")))
    if rid is not None:
        if rid.converted_from:
            problems.append(FieldProblem(
                "id_number", _L["id_number"],
                f"15位旧号码{rid.converted_from}已转换为18位{rid.number}", severity="warning"))
        gender = clean(draft.gender)
        if gender and gender != rid.gender:
            problems.append(FieldProblem(
                "gender", _L["gender"], f"填写为“{gender}”，与身份证号不符，按身份证号取“{rid.gender}”", severity="warning"))
        if draft.birth_date and draft.birth_date != rid.birth_date:
            problems.append(FieldProblem(
                "birth_date", _L["birth_date"],
                f"填写为{draft.birth_date.isoformat()}，与身份证号不符，按身份证号取{rid.birth_date.isoformat()}",
                severity="warning"))
        age = (today - rid.birth_date).days // 365
        if age < 16:
            problems.append(FieldProblem("id_number", _L["id_number"], f"按身份证号计算年龄为{age}岁，未满16周岁", severity="warning"))

    phone = clean(draft.phone).replace(" ", "").replace("-", "")
    if phone.startswith("+86"):
        phone = phone[3:]
    if phone and not (MOBILE_RE.match(phone) or LANDLINE_RE.match(phone)):
        problems.append(FieldProblem("phone", _L["phone"], f"“{draft.phone}”不像有效的手机或固定电话号码", severity="warning"))

    ethnicity, education, political, household, employment, group = _choices(problems, draft)

    if draft.join_date and rid and draft.join_date < rid.birth_date:
        problems.append(FieldProblem("join_date", _L["join_date"], "早于出生日期"))
    if draft.join_date and draft.join_date > today:
        problems.append(FieldProblem("join_date", _L["join_date"], f"{draft.join_date.isoformat()}晚于今天"))

    card = clean(draft.card_number).replace(" ", "")
    employer, job, notes = clean(draft.employer), clean(draft.job), _notes(draft.notes or "")
    if (len(phone) > _PHONE_MAX or len(employer) > _EMPLOYER_MAX or len(job) > _JOB_MAX or len(card) > _CARD_MAX
            or len(notes) > _NOTES_MAX):
        for field_name, value in (("phone", phone), ("employer", employer), ("job", job), ("card_number", card),
                                  ("notes", notes)):
            _check_length(problems, field_name, value)

    if any(p.severity == "error" for p in problems) or rid is None:
        return None, problems
    return CleanMember(
        name=name,
        resident_id=rid,
        ethnicity=ethnicity,
        phone=phone,
        employer=employer,
        job=job,
        education=education,
        political_status=political,
        household_type=household,
        employment_form=employment,
        migrant_worker=bool(draft.migrant_worker),
        group=group,
        frontline=bool(draft.frontline),
        model_worker=bool(draft.model_worker),
        hardship=bool(draft.hardship),
        card_number=card,
        join_date=draft.join_date,
        notes=notes,
        warnings=[p for p in problems if p.severity == "warning"],
    ), problems


def search_key(name: str, id_number: str, phone: str, card_number: str, initials: str, full_pinyin: str) -> str:
    """One lower-case string the roster's search box matches by substring; '|' keeps fields apart."""
    return "|".join((name, initials, full_pinyin, id_number.lower(), digits(phone), card_number.lower()))
