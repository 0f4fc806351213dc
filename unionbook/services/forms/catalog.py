"""Printing the standard forms: which templates there are, and rendering one with data from the database.

Templates come from the program's forms/ folder and from the user's own `<data folder>/forms`, where a
township's local variant (a copied and edited template) replaces the shipped one of the same file name.
Numbered forms (the transfer letter) take their numbers from a per-year sequence kept in the Setting table;
the numbers are stored, and the issue written to the change log, only when the PDF was written.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from unionbook import paths
from unionbook.areas import area
from unionbook.documents import FIELDS, Template, TemplateError, load_template
from unionbook.documents.fields import PARTICIPANTS
from unionbook.domain.member import Event, Status
from unionbook.errors import NotFoundError, ValidationError
from unionbook.jobs import Progress
from unionbook.services.forms.rows import current_members, members_by_key
from unionbook.services.union.profile_view import get_profile
from unionbook.store.reader import Readable

if TYPE_CHECKING:
    from unionbook.documents import FormData, RenderResult
    from unionbook.store import Database

__all__ = ["FormInfo", "FormResult", "current_members", "last_serial", "list_forms", "load_form", "members_by_key",
           "parse_values", "render_form", "user_forms_dir"]

SERIAL_KEY = "forms.serial.{name}"
# namespaces a caller may set (--set meeting.title=…); members and the union come from the database
SETTABLE = ("meeting", "election", "transfer", "doc")


@dataclass(frozen=True)
class FormInfo:
    name: str
    title: str
    description: str
    source: str  # none | member | members
    layout: str  # form | document
    path: Path
    local: bool  # a user's own template (replacing or adding to the shipped ones)
    allow_blank: bool
    whole_id_number: bool
    required: tuple[str, ...]
    numbered: bool
    error: str = ""  # a broken local template is listed with its error rather than hiding the others


MEMBER_FORMS = area("members").forms or "members"


def user_forms_dir() -> Path:
    return paths.data_dir() / "forms"


def _template_files() -> dict[str, tuple[Path, bool]]:
    found: dict[str, tuple[Path, bool]] = {}
    # the members area's standard forms (forms/members/); a union's own copies in the data folder win
    for folder, local in ((paths.forms_dir() / MEMBER_FORMS, False), (user_forms_dir(), True)):
        if folder.is_dir():
            for path in sorted(folder.glob("*.toml")):
                found[path.stem] = (path, local)  # local ones come second and win
    return found


def _info(tpl: Template, local: bool) -> FormInfo:
    f = tpl.form
    return FormInfo(tpl.name, tpl.title, f["description"], tpl.source, f["layout"], tpl.path, local,
                    bool(f["allow_blank"]), tpl.whole_id, tuple(f["required"]), bool(f["serial"]))


def list_forms() -> list[FormInfo]:
    out = []
    for name, (path, local) in _template_files().items():
        try:
            out.append(_info(load_template(path), local))
        except TemplateError as exc:
            out.append(FormInfo(name, name, "", "none", "form", path, local, False, False, (), False, exc.message))
    return out


def load_form(name: str | Path) -> Template:
    """A form by name (file stem), or a template file given by path (a worker trying a copy)."""
    text = str(name)
    if text.endswith(".toml") or "/" in text or "\\" in text:
        path = Path(text)
        if not path.is_file():
            raise NotFoundError(f"找不到表单模板文件“{path}”")
        return load_template(path)
    files = _template_files()
    if text not in files:
        raise NotFoundError(f"没有名为“{text}”的表单。可用的表单：{'、'.join(files) or '（无）'}")
    return load_template(files[text][0])


# ---- members as plain values: rows.py (sqlite3, for the window and the light read path alike) ----


def needs_database(tpl: Template) -> bool:
    """Whether rendering `tpl` needs the whole `Database` (SQLAlchemy), not only a `Readable`: a numbered form
    stores its numbers, and the transfer letter reads the dues book (services/dues/standing.py)."""
    return bool(tpl.form["serial"]) or (tpl.source == "member" and "transfer" in tpl.namespaces)


def _database(db: Readable) -> Database:
    if not hasattr(db, "transaction"):  # a light Reader: the caller should have asked needs_database()
        raise TypeError("this form needs the database opened with Database.open (needs_database)")
    return cast("Database", db)


def _transfer_values(db: Database, members: Sequence[Mapping[str, Any]],
                     given: Mapping[str, Any]) -> list[dict[str, dict[str, Any]]]:
    """Each member's last transfer out (to which union, when, why), for the transfer letter; values the
    caller gave (--set transfer.…) win over the recorded ones."""
    from sqlalchemy import select

    from unionbook.services.dues.standing import paid_through_in
    from unionbook.store.models import MemberEvent

    ids = [int(m["id"]) for m in members]
    latest: dict[int, dict[str, Any]] = {}
    with db.read() as s:
        for start in range(0, len(ids), 500):
            stmt = (select(MemberEvent.member_id, MemberEvent.other_union, MemberEvent.date, MemberEvent.reason,
                           MemberEvent.from_status)
                    .where(MemberEvent.member_id.in_(ids[start:start + 500]),
                           MemberEvent.event == Event.TRANSFER_OUT.value)
                    .order_by(MemberEvent.id))
            for member_id, other, date, reason, before in s.execute(stmt):
                latest[member_id] = {"to_union": other, "date": date, "reason": reason,
                                     "kept": before == Status.KEPT.value}
        # 会费交至: the last month paid, from the dues book (a month label, as the letter is read)
        # (the month before the first unpaid month owed, not the newest month paid: services/dues/standing.py)
        for member_id, month in paid_through_in(s, ids).items():
            latest.setdefault(member_id, {})["dues_paid_until"] = f"{month.year}年{month.month}月"
    out = []
    for m in members:
        i = int(m["id"])
        recorded: dict[str, Any] = {"old_employer": m.get("employer", ""), **latest.get(i, {})}
        if m.get("status") is Status.KEPT or latest.get(i, {}).get("kept"):
            # the receiving union must know: no vote, no dues (选举条例 第四条; 章程 第八条)
            recorded["kept_note"] = ("该会员为保留会籍会员，保留会籍期间免交会费，不享有选举权、被选举权和表决权。")
        out.append({"transfer": {**recorded, **given}})
    return out


# ---- rendering ----


@dataclass(frozen=True)
class FormResult:
    form: str
    title: str
    path: Path
    pages: int
    copies: int
    members: int
    serials: tuple[str, ...] = ()


def parse_values(pairs: Iterable[str]) -> dict[str, dict[str, Any]]:
    """`meeting.title=会员大会` pairs (from --set) as values; dates written YYYY-MM-DD become dates."""
    out: dict[str, dict[str, Any]] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        ns, _, name = key.strip().partition(".")
        if not sep or not name:
            raise ValidationError(f"“{pair}”应写作 分类.字段=值，如 meeting.title=2026年会员大会")
        if ns not in SETTABLE:
            raise ValidationError(f"“{key}”不能用 --set 设置：只能设置 {'、'.join(SETTABLE)} 的字段")
        if name not in FIELDS[ns]:
            raise ValidationError(f"未知字段“{key}”，{ns} 的字段有：{'、'.join(FIELDS[ns])}")
        value = value.strip()
        try:
            out.setdefault(ns, {})[name] = dt.date.fromisoformat(value) if len(value) == 10 else value
        except ValueError:
            out.setdefault(ns, {})[name] = value
    return out


def _meeting_defaults(values: dict[str, dict[str, Any]]) -> None:
    """Who a notice invites follows the kind of meeting (全体会员 for a 会员大会, 全体会员代表 for a 代表大会)."""
    meeting = values.get("meeting")
    if meeting is None or meeting.get("participants"):
        return
    kind = str(meeting.get("kind") or "member_assembly")
    if kind not in PARTICIPANTS:
        raise ValidationError(f"会议类型“{kind}”无效，可选：{'、'.join(PARTICIPANTS)}")
    meeting["participants"] = PARTICIPANTS[kind]


def _check_dated_before(tpl: Template, values: Mapping[str, Mapping[str, Any]], today: dt.date) -> None:
    key = str(tpl.form.get("dated_before") or "")
    if not key:
        return
    ns, _, name = key.partition(".")
    when = values.get(ns, {}).get(name)
    if isinstance(when, dt.date) and today > when:
        raise ValidationError(f"“{tpl.title}”的日期 {today.isoformat()} 晚于{FIELDS.get(ns, {}).get(name, key)} "
                              f"{when.isoformat()}：通知应在会前发出，请改正表单日期（--date）或会议日期")


def render_form(
    db: Readable,
    name: str | Path | Template,
    out: Path,
    *,
    members: Sequence[int | str] | None = None,
    all_members: bool = False,
    values: Mapping[str, Mapping[str, Any]] | None = None,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> FormResult:
    """Render form `name` to `out`. Members: the keys given, or everyone on the books (`all_members`, and
    always for whole-list forms given no keys); a per-member form given none prints one blank copy if it can.
    `db` may be a light `Reader` (store/reader.py) unless `needs_database(tpl)`."""
    tpl = name if isinstance(name, Template) else load_form(name)
    out = Path(out).expanduser().resolve()
    today = today or dt.date.today()
    union = get_profile(db)
    union_values = {**union.form_values(),
                    # a joint or township union has no 工会小组 at the employer: its union or liaison signs first
                    "group_opinion": "所在单位工会\n（联络员）\n意　　见" if union.kind in ("joint", "township")
                    else "工会小组\n意　　见"}
    if tpl.source == "none":
        chosen: list[dict[str, Any]] = []
    elif members:
        chosen = members_by_key(db, members)
    elif all_members or tpl.source == "members":
        chosen = current_members(db)
    else:
        chosen = []
    base_values = {ns: dict(v) for ns, v in (values or {}).items()}
    _meeting_defaults(base_values)
    _check_dated_before(tpl, base_values, today)
    per_copy = []
    if tpl.source == "member" and "transfer" in tpl.namespaces:
        per_copy = _transfer_values(_database(db), chosen, base_values.get("transfer", {}))
    base_values.setdefault("transfer", {}).setdefault("date", today)
    from unionbook.documents.renderer import FormData, render  # reportlab: when a form is first made

    data = FormData(union=union_values, members=chosen, values=base_values, today=today, per_copy=per_copy)
    if not tpl.form["serial"]:
        result = render(tpl, data, out, progress=progress)
        return _result(tpl, result, len(chosen))
    return _render_numbered(_database(db), tpl, data, out, progress)


def _render_numbered(db: Database, tpl: Template, data: FormData, out: Path,
                     progress: Progress | None) -> FormResult:
    from unionbook.services.union import audit
    from unionbook.store.models import Setting

    serial = tpl.form["serial"]
    key = SERIAL_KEY.format(name=serial["name"])
    copies = max(len(data.members), 1)
    year = data.today.year
    written = False
    try:
        with db.transaction() as s:
            row = s.get(Setting, key)
            state = json.loads(row.value) if row else {}
            last = int(state.get("last", 0)) if state.get("year") == year else 0
            numbers = [serial["format"].format(year=year, n=last + i + 1) for i in range(copies)]
            data.serials = numbers
            from unionbook.documents.renderer import render

            result = render(tpl, data, out, progress=progress)
            written = True
            value = json.dumps({"year": year, "last": last + copies})
            if row is None:
                s.add(Setting(key=key, value=value, updated_by=db.actor))
            else:
                row.value = value
                row.updated_by = db.actor
            who = "、".join(str(m.get("name", "")) for m in data.members[:5]) + ("等" if len(data.members) > 5 else "")
            audit.record(s, db.actor, "issue", "form", None,
                         f"开具{tpl.title}{'、'.join(numbers)}" + (f"（{who}）" if who else ""),
                         {"form": tpl.name, "serials": numbers, "members": [m.get("id") for m in data.members]})
    except BaseException:
        if written:
            Path(out).unlink(missing_ok=True)  # its numbers were not stored: the file must not be used
        raise
    return _result(tpl, result, len(data.members), tuple(numbers))


def _result(tpl: Template, r: RenderResult, members: int, serials: tuple[str, ...] = ()) -> FormResult:
    return FormResult(tpl.name, tpl.title, r.path, r.pages, r.copies, members, serials)


def last_serial(db: Database, name: str, *, year: int | None = None) -> int:
    """The last number issued in a sequence this year (0 if none yet)."""
    from unionbook.store.models import Setting

    year = year or dt.date.today().year
    with db.read() as s:
        row = s.get(Setting, SERIAL_KEY.format(name=name))
        state = json.loads(row.value) if row else {}
    return int(state.get("last", 0)) if state.get("year") == year else 0
