"""The area registry: what each area of the application contributes, declared once, Qt-free.

An area (members, elections, meetings, later dues, the reading room, the Workers' Home, bundles) is one folder
in each layer: `services/<area>/`, `store/models/<area>.py`, `cli/<area>.py`, `ui/<area>/`, `forms/<area>/`.
Its entry here tells the rest of the house about it, so that adding an area needs no edit anywhere else:

- the main window builds its navigation, the 视图 menu and its shortcuts from `page` (`ui/main_window.py`);
- the command line registers the subcommands of every module in `cli` (`cli/__init__.py`);
- the change history names an entity by `entities` (`ui/union/change_log.py`);
- forms find their templates in `forms/<forms>/` and their placeholders in `form_fields` (`documents/fields.py`);
- the annual report package collects `report` from each area that has one.

Entries hold dotted paths, not objects, so that reading the registry imports nothing: the CLI imports only the
command module it runs, and the GUI only the pages it shows. Chinese strings are marked with
`QT_TRANSLATE_NOOP("areas", …)` so that Qt's lupdate extracts them; the GUI translates them in that context.
See docs/architecture.md, "Adding an area".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

CONTEXT = "areas"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for translation in `context` without translating it (Qt-free)."""
    return text


def _fields(**namespaces: Mapping[str, str]) -> Mapping[str, Mapping[str, str]]:
    return MappingProxyType({k: MappingProxyType(dict(v)) for k, v in namespaces.items()})


@dataclass(frozen=True)
class Area:
    key: str
    title: str  # Chinese; the GUI shows QCoreApplication.translate("areas", title)
    page: str | None = None  # "module:Class" of its page (a QWidget taking the Database), or no page
    cli: tuple[str, ...] = ()  # command modules, each with `register(subparsers)`
    entities: Mapping[str, str] = field(default_factory=dict)  # change_log.entity → Chinese label
    forms: str | None = None  # its folder under forms/, when it has standard forms
    form_fields: Mapping[str, Mapping[str, str]] = field(default_factory=dict)  # namespace → field → label
    report: str | None = None  # "module:function" giving its part of the annual report package

    def __post_init__(self) -> None:
        for path in (self.page, self.report):
            if path is not None and ":" not in path:
                raise ValueError(f"area {self.key}: {path!r} must be written module:attribute")


_T = QT_TRANSLATE_NOOP

AREAS: tuple[Area, ...] = (
    Area(
        key="home", title=_T(CONTEXT, "首页"), page="unionbook.ui.home.page:HomePage",
    ),
    Area(
        key="members", title=_T(CONTEXT, "会员名册"), page="unionbook.ui.members.roster_page:RosterPage",
        cli=("unionbook.cli.members",),
        report="unionbook.services.members.report:annual_report",
        entities={"member": _T(CONTEXT, "会员")},
        forms="members",
        form_fields=_fields(
            transfer={
                "to_union": "转入工会", "date": "转出日期", "reason": "转出原因", "dues_paid_until": "会费交至",
                "handler": "经办人", "old_employer": "原工作单位", "new_employer": "新工作单位",
                "kept_note": "保留会籍说明",
            },
        ),
    ),
    Area(
        key="imports", title=_T(CONTEXT, "导入导出"),
        cli=("unionbook.cli.imports",),  # after members: adds `members import|import-undo|import-history|export`
        entities={"import_batch": _T(CONTEXT, "导入批次")},
    ),
    Area(
        key="elections", title=_T(CONTEXT, "选举"), page="unionbook.ui.elections.page:ElectionPage",
        cli=("unionbook.cli.elections", "unionbook.cli.elections.terms"),
        report="unionbook.services.elections.report:annual_report",
        entities={"election": _T(CONTEXT, "选举"), "term": _T(CONTEXT, "任期")},
        forms="elections",
        form_fields=_fields(election={"title": "选举名称", "date": "选举日期", "place": "选举地点", "notes": "备注"}),
    ),
    Area(
        key="meetings", title=_T(CONTEXT, "会议"), page="unionbook.ui.meetings.page:MeetingPage",
        cli=("unionbook.cli.meetings",),
        report="unionbook.services.meetings.report:annual_report",
        entities={"meeting": _T(CONTEXT, "会议"), "resolution": _T(CONTEXT, "决议")},
        forms="meetings",
        form_fields=_fields(meeting={
            "title": "会议名称", "date": "会议日期", "time": "会议时间", "place": "会议地点", "host": "主持人",
            "organizer": "召集单位", "agenda": "会议议程", "notes": "备注", "participants": "参会人员",
            "kind": "会议类型（member_assembly、representatives、committee、congress、other）",
        }),
    ),
    Area(
        key="homes", title=_T(CONTEXT, "职工之家"), page="unionbook.ui.homes.page:HomesPage",
        cli=("unionbook.cli.home",),
        report="unionbook.services.homes.report:annual_report",
        entities={"home_assessment": _T(CONTEXT, "职工之家自评"), "home_title": _T(CONTEXT, "职工之家称号")},
        forms="homes",
        form_fields=_fields(home={
            "year": "自评年度", "unit": "自评单位", "sheet_title": "评分表", "sheet_source": "评分表来源",
            "total": "总分", "max": "满分", "grade": "达到等级", "next_grade": "上一等级", "why_not_next": "未达到上一等级的原因",
            "survey": "会员评家结果", "floors": "各等级满意率要求", "mandatory_failed": "未达到的必备项",
            "titles": "已获称号",
        }),
    ),
    Area(
        key="library", title=_T(CONTEXT, "职工书屋"), page="unionbook.ui.library.page:LibraryPage",
        cli=("unionbook.cli.library",),
        entities={
            "library_title": _T(CONTEXT, "图书"), "library_copy": _T(CONTEXT, "图书（册）"),
            "library_loan": _T(CONTEXT, "借阅"), "library_stocktake": _T(CONTEXT, "盘点"),
            "library_import_batch": _T(CONTEXT, "书目导入"), "library_setting": _T(CONTEXT, "书屋设置"),
            "library_activity": _T(CONTEXT, "读书活动"),
        },
        forms="library",
        report="unionbook.services.library.report:annual_report",
    ),
    Area(
        key="dues", title=_T(CONTEXT, "会费经费"), page="unionbook.ui.dues.page:DuesPage",
        cli=("unionbook.cli.dues", "unionbook.cli.funds", "unionbook.cli.ledger"),
        report="unionbook.services.dues.annual:annual_report",
        entities={
            "dues_month": _T(CONTEXT, "会费"), "dues_employer": _T(CONTEXT, "单位会费设置"),
            "funds_declaration": _T(CONTEXT, "经费申报"), "ledger_entry": _T(CONTEXT, "收支账"),
            "ledger_year": _T(CONTEXT, "账年"),
        },
        forms="dues",
        form_fields=_fields(dues={
            "number": "编号", "employer": "单位", "period": "期间", "payroll": "工资总额", "levy": "应拨经费",
            "levy_rate": "计提比例", "levy_words": "应拨经费（大写）", "retained": "基层留成", "upper": "上级部分",
            "upper_parts": "上级分成", "received": "已收", "remitted": "已上缴", "collection": "收缴方式",
            "rule_note": "计算说明", "as_of": "截至月份", "count": "人数", "total": "合计", "lapse_count": "连续欠费人数",
            "year": "年度", "opening": "上年结余", "income": "本年收入", "expense": "本年支出", "closing": "年末结余",
            "status": "结账情况",
        }),
    ),
    Area(
        key="rules", title=_T(CONTEXT, "规则"), page="unionbook.ui.rules.page:RulesPage",
        cli=("unionbook.cli.rules",),
        entities={"rules": _T(CONTEXT, "规则")},
    ),
    Area(
        key="union", title=_T(CONTEXT, "工会信息"),
        cli=("unionbook.cli.core", "unionbook.cli.union"),
        entities={"union": _T(CONTEXT, "工会")},
    ),
    Area(
        key="bundles", title=_T(CONTEXT, "上报与接收"), page="unionbook.ui.bundles.page:BundlesPage",
        cli=("unionbook.cli.bundles",),
        entities={"bundle": _T(CONTEXT, "数据包"), "correspondent": _T(CONTEXT, "往来工会")},
        forms="bundles",
        form_fields=_fields(bundle={
            "year": "报告年度", "recipient": "报送对象", "nature": "报送性质", "members": "会员人数",
            "women_members": "女会员人数", "migrant_members": "农民工会员人数", "employees": "职工人数",
            "contents": "内容", "bundle_id": "数据包编号", "sha256": "数据包校验值", "fingerprint": "本会公钥指纹",
            "created_at": "生成时间",
        }),
    ),
    Area(
        key="forms", title=_T(CONTEXT, "文书"),
        cli=("unionbook.cli.forms",),
        entities={"form": _T(CONTEXT, "文书")},
    ),
)


def _check(areas: tuple[Area, ...]) -> None:
    keys = [a.key for a in areas]
    if len(keys) != len(set(keys)):
        raise ValueError(f"area keys repeat: {keys}")
    owners: dict[str, str] = {}
    for area in areas:
        for name in (*area.entities, *area.form_fields):
            if name in owners and owners[name] != area.key:
                raise ValueError(f"{name!r} is declared by both {owners[name]} and {area.key}")
            owners[name] = area.key


_check(AREAS)


def pages() -> list[Area]:
    """The areas that have a page, in navigation order."""
    return [a for a in AREAS if a.page]


def cli_modules() -> list[str]:
    return [m for a in AREAS for m in a.cli]


def entity_labels() -> dict[str, str]:
    return {name: label for a in AREAS for name, label in a.entities.items()}


def form_namespaces() -> dict[str, Mapping[str, str]]:
    return {name: spec for a in AREAS for name, spec in a.form_fields.items()}


def form_folders() -> list[str]:
    return [a.forms for a in AREAS if a.forms]


def area(key: str) -> Area:
    for a in AREAS:
        if a.key == key:
            return a
    raise KeyError(key)
