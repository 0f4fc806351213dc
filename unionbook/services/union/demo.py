"""A realistic demo union, the same for the same seed: a township joint union over tens of small firms.

Names follow common surname frequencies, with Hui, Uyghur (names with "·") and other minority members; IDs
carry real county codes (python-stdnum's table) and valid check digits; groups and statuses are mixed as a
township social union worker would see them.
"""

from __future__ import annotations

import datetime as dt
import math
import random
import re
from dataclasses import asdict, replace
from functools import cache
from importlib import resources
from typing import cast

from sqlalchemy import Table, case, func, insert, select
from sqlalchemy.orm import Session

from unionbook.domain.ids import uscc_check_char
from unionbook.domain.member import Event, Status, search_key
from unionbook.domain.pinyin import pinyin_keys
from unionbook.errors import UnionBookError
from unionbook.jobs import Cancelled, Progress
from unionbook.services.dues.demo import fill_dues_demo
from unionbook.services.union import audit
from unionbook.services.union.profile import UnionInput, validate_union
from unionbook.store import Database
from unionbook.store.bulk import insert_members
from unionbook.store.models import Employer, Member, MemberEvent, UnionProfile

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜"
    "崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤单解仇"
)
COMPOUND = ("欧阳", "司马", "上官", "诸葛")
GIVEN_MALE = "伟强军磊勇杰涛斌超明辉刚鹏华飞波宇浩俊峰志建国平亮文东海林龙成新兵鑫凯德云鸿旭晨阳"
GIVEN_FEMALE = "芳娜敏静丽艳娟霞秀英玲桂兰萍红梅琳燕婷雪慧洁晶倩颖琴佳欣悦怡月春丹瑶蕾"
UYGHUR_MALE = ("买买提", "艾力", "阿不都", "吐尔逊", "艾尔肯", "努尔", "热合曼", "阿里木", "伊力哈木", "亚森")
UYGHUR_FEMALE = ("阿依古丽", "古丽娜尔", "热依拉", "迪丽努尔", "帕提古丽", "米娜瓦尔", "阿瓦古丽", "祖丽菲娅")
TIBETAN = ("扎西", "顿珠", "卓玛", "次仁", "央金", "格桑", "拉姆", "多吉")

PLACES = ("兴庆", "银川", "宁夏", "贺兰山", "凤城", "塞上", "黄河", "金凤", "掌政", "大新", "通贵", "月牙湖")
BRANDS = ("恒达", "鑫源", "顺通", "宏远", "华泰", "润丰", "金盛", "永辉", "佳美", "安捷", "瑞祥", "宇航", "德隆",
          "众诚", "新达", "天成", "兴业", "康健", "立信", "博远")
NEW_FORMS = "新就业形态"  # ride-hailing drivers: 新就业形态 workers, not one of the 八大群体
INDUSTRIES = (
    ("物流有限公司", ("快递员", "货车司机")), ("快递服务有限公司", ("快递员",)), ("建材有限公司", ()),
    ("餐饮管理有限公司", ("网约送餐员",)), ("物业服务有限公司", ("保安员",)), ("家政服务有限公司", ("家政服务员", "护工护理员")),
    ("汽车运输有限公司", ("货车司机",)), ("商贸有限公司", ("商场信息员",)), ("房地产经纪有限公司", ("房产中介员",)),
    ("食品加工有限公司", ()), ("机械制造有限公司", ()), ("保安服务有限公司", ("保安员",)), ("网约车服务有限公司", (NEW_FORMS,)),
    ("纺织有限公司", ()), ("养老服务中心", ("护工护理员",)),
)
# firms with no union yet, for the 组建率: (name suffix, employees)
UNORGANISED = (("便利店", 8), ("汽车维修部", 27), ("广告传媒有限公司", 56))
JOBS = ("操作工", "装卸工", "司机", "配送员", "保洁员", "厨师", "服务员", "仓管员", "销售员", "技术员", "会计", "文员",
        "电工", "焊工", "保安", "护理员", "班组长", "车间主任")
MOBILE_PREFIXES = ("130 131 132 133 135 136 137 138 139 150 151 152 155 156 157 158 159 166 176 177 180 181 "
                   "182 183 185 186 187 188 189 198 199").split()
ORG_CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"


@cache
def county_codes() -> dict[str, tuple[tuple[str, int, int], ...]]:
    """Six-digit county codes by two-digit province, each with the years it was in use, from python-stdnum's
    table (most codes were created, renamed or merged at some point: "[1983-2002]城区")."""
    text = (resources.files("stdnum") / "cn" / "loc.dat").read_text(encoding="utf-8")
    by_province: dict[str, list[tuple[str, int, int]]] = {}
    province = ""
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        if not line.startswith(" "):
            province = line[:2]
            continue
        code, _, rest = line.strip().partition(" ")
        if len(code) != 4 or code.endswith("00") or "市辖区" in rest:
            continue
        for entry in rest.partition("=")[2].strip('"').split(","):
            years = _YEARS_RE.match(entry)
            start, end = (int(years[1] or 0), int(years[2] or 9999)) if years else (0, 9999)
            by_province.setdefault(province, []).append((province + code, start, end))
    return {k: tuple(v) for k, v in by_province.items()}


_YEARS_RE = re.compile(r"^\[(\d*)-(\d*)\]")


@cache
def areas_in(province: str, year: int) -> tuple[str, ...]:
    """The counties of a province that existed in `year`: an ID's area code must fit its birth date."""
    return tuple(dict.fromkeys(code for code, start, end in county_codes().get(province, ()) if start <= year <= end))


HOME_COUNTY = "640121"  # 永宁县, in use throughout: the fallback area code

# Where members come from: the union's own region most, then the provinces that send migrant workers.
ORIGINS = (("64", 50), ("41", 10), ("62", 10), ("51", 6), ("34", 5), ("61", 5), ("15", 4), ("65", 4), ("63", 3),
           ("43", 3))


def _id_number(rng: random.Random, area: str, birth: dt.date, male: bool, used: set[str]) -> str:
    while True:
        seq = rng.randrange(0, 500) * 2 + (1 if male else 0)
        first17 = f"{area}{birth:%Y%m%d}{seq:03d}"
        if first17 in used:
            continue
        used.add(first17)
        weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
        return first17 + "10X98765432"[sum(int(c) * w for c, w in zip(first17, weights, strict=True)) % 11]


def _uscc(rng: random.Random, prefix: str, area: str) -> str:
    first17 = prefix + area + "".join(rng.choice(ORG_CODE_ALPHABET[:10]) for _ in range(9))
    return first17 + uscc_check_char(first17)


def _name(rng: random.Random, ethnicity: str, male: bool) -> str:
    if ethnicity == "维吾尔族":
        first = rng.choice(UYGHUR_MALE if male else UYGHUR_FEMALE)
        return f"{first}·{rng.choice(UYGHUR_MALE)}"
    if ethnicity == "藏族":
        return rng.choice(TIBETAN) + rng.choice(TIBETAN)
    surname = rng.choice(COMPOUND) if rng.random() < 0.004 else rng.choice(SURNAMES)
    pool = GIVEN_MALE if male else GIVEN_FEMALE
    given = rng.choice(pool) + (rng.choice(pool) if rng.random() < 0.7 else "")
    return surname + given


def _ethnicity(rng: random.Random, province: str) -> str:
    r = rng.random()
    if province == "65":
        return "维吾尔族" if r < 0.8 else "汉族"
    if province == "64":
        return "回族" if r < 0.3 else "汉族"
    if province == "63" and r < 0.3:
        return "藏族"
    if r < 0.03:
        return rng.choice(("蒙古族", "满族", "土家族", "壮族", "苗族", "东乡族"))
    return "汉族"


def _date_between(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randrange(max(1, (end - start).days)))


def build_demo(db: Database, members: int = 2000, seed: int = 1, progress: Progress | None = None,
               today: dt.date | None = None) -> int:
    """Fill an empty database with the demo union; returns the number of members created."""
    if members < 0:
        raise UnionBookError("会员人数不能为负数")
    with db.read() as s:
        if s.query(Member.id).first() is not None or s.get(UnionProfile, 1) is not None:
            raise UnionBookError(f"数据库“{db.path.name}”中已有工会或会员，演示数据只能写入新的空数据库。")
    rng = random.Random(seed)
    today = today or dt.date.today()
    area_home = "640104"
    n_employers = max(5, min(60, members // 40 + 8))
    employers: list[tuple[str, tuple[str, ...], float]] = []
    names_seen: set[str] = set()
    while len(employers) < n_employers:
        industry, groups = rng.choice(INDUSTRIES)
        name = f"{rng.choice(PLACES)}{rng.choice(BRANDS)}{industry}"
        if name in names_seen:
            continue
        names_seen.add(name)
        employers.append((name, groups, rng.paretovariate(1.2)))
    weights = [w for _, _, w in employers]
    employees = int(members / 0.86) + 3
    profile = UnionInput(
        name="银川市兴庆区掌政镇工会联合会", uscc=_uscc(rng, "81", area_home), kind="township",
        parent_union="银川市兴庆区总工会", founding_date=dt.date(2008, 5, 12), employees=employees,
        women_employees=int(employees * 0.41), migrant_employees=int(employees * 0.46),
        address="宁夏回族自治区银川市兴庆区掌政镇镇政府院内", contact_person="马晓燕", contact_phone="09516012345",
    )
    provinces = [p for p, _ in ORIGINS]
    province_weights = [w for _, w in ORIGINS]
    used_ids: set[str] = set()
    with db.transaction() as s:
        employer_ids = []
        for name, _, w in employers:
            e = Employer(name=name, uscc=_uscc(rng, "91", area_home), employees=int(w * 10) + 5)
            s.add(e)
            s.flush()
            employer_ids.append(e.id)
        # declared as FromClause by SQLAlchemy; a declarative model's __table__ is a Table
        member_table = cast(Table, Member.__table__)
        event_table = cast(Table, MemberEvent.__table__)
        def write() -> None:
            """Every member and join event; the search index is filled once at the end (store.bulk)."""
            next_id = 1
            card_seq = 0
            batch: list[dict[str, object]] = []
            events: list[dict[str, object]] = []
            for i in range(members):
                e_index = rng.choices(range(len(employers)), weights)[0]
                _, groups, _ = employers[e_index]
                province = rng.choices(provinces, province_weights)[0]
                birth = _date_between(rng, dt.date(today.year - 62, 1, 1), dt.date(today.year - 19, 1, 1))
                area = rng.choice(areas_in(province, birth.year) or (HOME_COUNTY,))
                ethnicity = _ethnicity(rng, province)
                male = rng.random() < (0.7 if groups else 0.55)
                number = _id_number(rng, area, birth, male, used_ids)
                name = _name(rng, ethnicity, male)
                migrant = province != "64" or rng.random() < 0.35
                pick = rng.choice(groups) if groups and rng.random() < 0.3 else ""
                new_forms = pick == NEW_FORMS
                group = "" if new_forms else pick
                join_from = max(dt.date(2008, 5, 12), dt.date(birth.year + 18, birth.month, min(birth.day, 28)))
                join = _date_between(rng, join_from, today - dt.timedelta(days=20))
                card_seq += 1
                age = today.year - birth.year
                r = rng.random()
                if age >= 60 and r < 0.92 or age >= 58 and r < 0.5:
                    status, event, reason = Status.KEPT, Event.KEEP, "退休"
                elif age >= 45 and r > 0.996:
                    status, event, reason = Status.DECEASED, Event.DIE, "病故"
                elif r < 0.03:
                    status, event, reason = Status.TRANSFERRED_OUT, Event.TRANSFER_OUT, "调离本镇，劳动关系转移"
                elif r < 0.05:
                    status, event, reason = Status.LEFT, Event.LEAVE, "本人申请退会"
                elif r < 0.057:
                    status, event, reason = Status.WITHDRAWN, Event.WITHDRAW, "连续6个月未交会费且不参加工会活动"
                elif r < 0.075:
                    status, event, reason = Status.KEPT, Event.KEEP, "失业"
                else:
                    status, event, reason = Status.ACTIVE, Event.JOIN, ""
                status_date = join if event == Event.JOIN else _date_between(rng, join, today)
                phone = "" if rng.random() < 0.02 else rng.choice(MOBILE_PREFIXES) + f"{rng.randrange(10**8):08d}"
                card = f"{join.year}{card_seq:06d}"
                keys = pinyin_keys(name)
                employment = "新就业形态" if (group or new_forms) and rng.random() < 0.4 else (
                    "劳务派遣" if rng.random() < 0.1 else "劳动合同")
                if status is Status.ACTIVE and age >= 60:
                    employment = "退休返聘"
                new_forms = new_forms or employment == "新就业形态"
                political = rng.choices(("群众", "中共党员", "共青团员"), (80, 12, 8))[0]
                if political == "共青团员" and age > 28:  # the League's age limit is 28
                    political = "群众"
                batch.append({
                    "id": next_id, "name": name, "gender": "男" if male else "女", "ethnicity": ethnicity,
                    "id_number": number, "birth_date": birth, "phone": phone, "employer_id": employer_ids[e_index],
                    "job": rng.choice(JOBS), "education": rng.choices(
                        ("初中", "高中", "中专", "大学专科", "大学本科", "小学", "研究生"), (30, 22, 14, 16, 12, 5, 1))[0],
                    "political_status": political, "new_forms": new_forms,
                    "household_type": "农业户口" if migrant else rng.choice(("非农业户口", "居民户口")),
                    "employment_form": employment, "migrant_worker": migrant, "group_name": group,
                    "frontline": rng.random() < 0.72, "model_worker": rng.random() < 0.02,
                    "hardship": rng.random() < 0.03, "card_number": card, "join_date": join, "status": status.value,
                    "status_date": status_date, "notes": "", "name_initials": keys.initials, "name_pinyin": keys.full,
                    "search_key": search_key(name, number, phone, card, keys.initials, keys.full),
                })
                events.append({"member_id": next_id, "event": Event.JOIN.value, "from_status": None,
                               "to_status": Status.ACTIVE.value, "date": join, "reason": "", "doc_ref": "",
                               "other_union": "", "recorded_by": profile.contact_person})
                if event != Event.JOIN:
                    events.append({"member_id": next_id, "event": event.value, "from_status": Status.ACTIVE.value,
                                   "to_status": status.value, "date": status_date, "reason": reason,
                                   "doc_ref": f"掌工联〔{status_date.year}〕{rng.randrange(1, 40)}号",
                                   "other_union": "贺兰县总工会" if event == Event.TRANSFER_OUT else "",
                                   "recorded_by": profile.contact_person})
                next_id += 1
                if len(batch) >= 5000 or i == members - 1:
                    s.execute(insert(member_table), batch)
                    s.execute(insert(event_table), events)
                    batch, events = [], []
                    if progress is not None:
                        try:
                            progress(i + 1, members)
                        except Cancelled:
                            raise Cancelled("已取消，未写入任何演示数据。") from None

        insert_members(s, write, first_id=1, count=members)
        totals = _employee_counts(s, rng)
        for suffix, count in UNORGANISED:
            s.add(Employer(name=f"{rng.choice(PLACES)}{rng.choice(BRANDS)}{suffix}", uscc=_uscc(rng, "92", area_home),
                           employees=count, women_employees=count // 3, migrant_employees=count // 2,
                           unionised=False))
        profile = replace(profile, employees=totals[0], women_employees=totals[1],
                          migrant_employees=totals[2])
        # the profile in the same transaction: a crash never leaves members without their union
        tidy, _problems = validate_union(profile)
        s.add(UnionProfile(id=1, **asdict(tidy)))
        # the demo's records are kept by its contact person, not by whoever's login built the file
        audit.record(s, tidy.contact_person, "create", "union", 1, f"建立工会信息：{tidy.name}", asdict(tidy))
        # the other areas' demo data, each from its own area, in the same transaction (a believable 书屋)
        from unionbook.services.library.demo import fill_library_demo

        s.flush()
        fill_library_demo(s, seed=seed, today=today)
        fill_dues_demo(s, seed=seed, today=today)  # a year of wages, dues, funds and books (services/dues/demo.py)
        audit.record(s, tidy.contact_person, "demo", "union", 1, f"生成演示数据：{members}名会员（种子 {seed}）")
    db.analyze()
    return members


def _employee_counts(s: Session, rng: random.Random) -> tuple[int, int, int]:
    """Each employer's employees from its members, so that the data are possible: 在册 members are 70–95 % of
    the employees, and women and migrant workers are at least as many as the members among them. Returns the
    union's totals (employees, women, migrant workers) for the profile."""
    active = Member.status == Status.ACTIVE.value
    rows = s.execute(select(Employer, func.count(Member.id), func.sum(case((Member.gender == "女", 1), else_=0)),
                            func.sum(case((Member.migrant_worker.is_(True), 1), else_=0)))
                     .outerjoin(Member, (Member.employer_id == Employer.id) & active).group_by(Employer.id)).all()
    totals = [0, 0, 0]
    for employer, members, women, migrant in rows:
        members, women, migrant = int(members), int(women or 0), int(migrant or 0)
        employees = max(members + rng.randrange(0, 3), math.ceil(members / rng.uniform(0.70, 0.95)), 3)
        employer.employees = employees
        employer.women_employees = min(employees, women + math.ceil((employees - members) * rng.uniform(0.2, 0.5)))
        employer.migrant_employees = min(employees, migrant + math.ceil((employees - members) * rng.uniform(0.3, 0.6)))
        for i, v in enumerate((employer.employees, employer.women_employees, employer.migrant_employees)):
            totals[i] += v
    return totals[0], totals[1], totals[2]
