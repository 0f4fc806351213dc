"""The demo union's 职工书屋: two deliveries from the upper union, some bought and donated books, a year of loans
(a few overdue, a few lost), a finished stock-take and three reading activities.

Hook: `build_library_demo(db, seed=seed, today=today)` after the members are written (services/union/demo.py).
"""

from __future__ import annotations

import datetime as dt
import json
import random

from sqlalchemy import select
from sqlalchemy.orm import Session
from stdnum import ean

from unionbook.domain.library import Source, WriteOff, barcode_for
from unionbook.domain.member import Status
from unionbook.services.library.catalogue import title_search_key
from unionbook.store import Database
from unionbook.store.models import (
    LibraryActivity,
    LibraryCopy,
    LibraryLoan,
    LibraryRoom,
    LibraryStocktake,
    LibraryTitle,
    Member,
)

# (title, author, publisher prefix, class, price in fen): books a 职工书屋 is typically sent
BOOKS: tuple[tuple[str, str, str, str, int], ...] = (
    ("平凡的世界（全三册）", "路遥", "02", "I", 10800), ("活着", "余华", "5063", "I", 4500),
    ("人世间（上中下）", "梁晓声", "02", "I", 12800), ("额尔古纳河右岸", "迟子建", "02", "I", 4200),
    ("白鹿原", "陈忠实", "02", "I", 5900), ("围城", "钱钟书", "02", "I", 3900),
    ("红岩", "罗广斌、杨益言", "5063", "I", 3800), ("长征", "王树增", "02", "K", 9800),
    ("乡土中国", "费孝通", "301", "C", 3800), ("万历十五年", "黄仁宇", "108", "K", 4200),
    ("中华人民共和国工会法释义", "全国人大常委会法工委", "5118", "D", 3600),
    ("中华人民共和国劳动合同法（实用版）", "中国法制出版社", "5093", "D", 2800),
    ("劳动争议处理实务问答", "中国法制出版社", "5093", "D", 3500), ("工会工作手册", "企业管理出版社", "5164", "D", 6800),
    ("职工代表大会工作实务", "中国工人出版社", "5008", "D", 3200), ("大国工匠", "中华全国总工会宣传教育部", "5008", "K", 4500),
    ("电工实用技术手册", "机械工业出版社", "111", "T", 7800), ("焊工技能培训教程", "化学工业出版社", "122", "T", 4600),
    ("安全生产法律法规汇编", "应急管理出版社", "5020", "X", 3800), ("家庭急救常识", "人民卫生出版社", "117", "R", 2900),
    ("颈椎病防治一本通", "人民卫生出版社", "117", "R", 3200), ("小家常菜", "中国纺织出版社", "5180", "T", 3900),
    ("时间简史（插图版）", "霍金", "5357", "P", 4500), ("昆虫记", "法布尔", "02", "Q", 3500),
    ("三体", "刘慈欣", "5366", "I", 9300), ("朝花夕拾", "鲁迅", "02", "I", 2500),
    ("中国历史常识", "吕思勉", "5126", "K", 3600), ("宁夏通史", "陈育宁", "227", "K", 8800),
    ("枸杞栽培技术", "宁夏人民出版社", "227", "S", 2600), ("设施蔬菜种植实用技术", "中国农业出版社", "109", "S", 3000),
    ("Excel 办公应用从入门到精通", "人民邮电出版社", "115", "T", 5980), ("手机摄影从入门到精通", "人民邮电出版社", "115", "J", 4980),
    ("书法入门", "上海书画出版社", "5479", "J", 3200), ("儿童心理学", "中国人民大学出版社", "300", "B", 4800),
    ("父母的语言", "达娜·萨斯金德", "5001", "G", 5900), ("金融常识一本通", "中国经济出版社", "5136", "F", 3900),
    ("求是（合订本）", "求是杂志社", "5073", "A", 6000), ("习近平谈治国理政（第四卷）", "外文出版社", "119", "A", 8000),
    ("中国共产党简史", "人民出版社", "01", "D", 2500), ("新时代劳模精神", "中国工人出版社", "5008", "D", 3800),
)
ACTIVITIES = (("读书会", "“书香三八”女职工读书分享会", 38), ("征文", "“劳动创造幸福”职工征文比赛", 61),
              ("讲座", "职工法律知识讲座：劳动合同与工伤认定", 85))


def _isbn(rng: random.Random, prefix: str) -> str:
    body = f"9787{prefix}"
    body += "".join(str(rng.randrange(10)) for _ in range(12 - len(body)))
    return body + str(ean.calc_check_digit(body))


def build_library_demo(db: Database, *, seed: int = 1, today: dt.date | None = None) -> int:
    """Write the demo reading room in a transaction of its own; returns the number of volumes."""
    with db.transaction() as s:
        return fill_library_demo(s, seed=seed, today=today)


def fill_library_demo(s: Session, *, seed: int = 1, today: dt.date | None = None) -> int:
    """The demo reading room, written in the caller's transaction (the demo union is one transaction)."""
    rng = random.Random(seed * 7919 + 14)
    today = today or dt.date.today()
    year_ago = today - dt.timedelta(days=365)
    borrowers = list(s.scalars(select(Member.id).where(Member.status == Status.ACTIVE.value).limit(4000)))
    rng.shuffle(borrowers)
    readers = borrowers[: max(1, len(borrowers) * 18 // 100)]  # about one member in six borrows
    copies: list[LibraryCopy] = []
    accession = 0
    deliveries = (year_ago - dt.timedelta(days=200), year_ago + dt.timedelta(days=150))
    for n, (title, author, pub, clc, price) in enumerate(BOOKS):
        t = LibraryTitle(isbn=_isbn(rng, pub), title=title, author=author, publisher="", year=rng.randint(2012, 2025),
                         clc=clc, price_fen=price)
        t.search_key = title_search_key(t.isbn, title, author, "")
        s.add(t)
        s.flush()
        count = rng.choice((10, 15, 20, 25, 30)) if n % 4 else rng.choice((2, 3))
        source = Source.DELIVERED if n % 5 else rng.choice((Source.BOUGHT, Source.DONATED))
        for _ in range(count):
            accession += 1
            copies.append(LibraryCopy(
                title_id=t.id, accession=accession, barcode=barcode_for(accession), source=source.value,
                donor="掌政镇中心小学" if source is Source.DONATED else "",
                added_on=deliveries[n % 2] if source is Source.DELIVERED else year_ago + dt.timedelta(days=n * 7)))
    s.add_all(copies)
    s.flush()
    # a year of loans: each day a few scans; copies come back after 5–40 days, some never yet
    out_until: dict[int, dt.date] = {}
    member_out: dict[int, int] = {}
    loans: list[LibraryLoan] = []
    day = year_ago
    while day <= today and readers:
        for _ in range(rng.choice((0, 1, 2, 3, 4)) if day.weekday() < 5 else 0):
            c = rng.choice(copies)
            if c.added_on > day or out_until.get(c.id, dt.date.min) >= day:
                continue
            m = rng.choice(readers)
            if member_out.get(m, 0) >= 3:
                continue
            back = day + dt.timedelta(days=rng.choice((5, 9, 14, 20, 26, 29, 33, 41)))
            open_loan = back > today
            loans.append(LibraryLoan(copy_id=c.id, member_id=m, lent_on=day, due=day + dt.timedelta(days=30),
                                     returned_on=None if open_loan else back, renewals=0))
            out_until[c.id] = dt.date.max if open_loan else back
            if open_loan:
                member_out[m] = member_out.get(m, 0) + 1
        day += dt.timedelta(days=1)
    # a few loans long overdue: copies nobody else borrowed since
    lent = {loan.copy_id for loan in loans}
    for c in rng.sample([c for c in copies if c.id not in lent and c.added_on < year_ago + dt.timedelta(days=150)],
                        min(4, len(copies) - len(lent))):
        m = rng.choice(readers)
        day = today - dt.timedelta(days=rng.randint(45, 120))
        loans.append(LibraryLoan(copy_id=c.id, member_id=m, lent_on=day, due=day + dt.timedelta(days=30),
                                 returned_on=None, renewals=0))
        out_until[c.id] = dt.date.max
    s.add_all(loans)
    on_shelf = [c for c in copies if out_until.get(c.id) != dt.date.max]
    for c, reason in zip(rng.sample(on_shelf, 3), (WriteOff.LOST, WriteOff.DAMAGED, WriteOff.LOST), strict=True):
        c.written_off_on = today - dt.timedelta(days=rng.randint(20, 90))
        c.written_off_reason = reason.value
        c.written_off_note = "年度盘点未找到" if reason is WriteOff.LOST else "水浸"
    s.add(LibraryStocktake(started_on=today - dt.timedelta(days=100), finished_on=today - dt.timedelta(days=98),
                           result=json.dumps({"present": len(copies) - 31, "on_loan": 31, "missing": [],
                                              "unknown": [], "expected": len(copies)})))
    for i, (kind, title, attendance) in enumerate(ACTIVITIES):
        s.add(LibraryActivity(date=year_ago + dt.timedelta(days=60 + i * 110), kind=kind, title=title,
                              attendance=attendance))
    # the room: a city-level 书屋 (enough for the city example, short of the national 3,000 volumes)
    s.add(LibraryRoom(id=1, area_m2=42, staff="李明、马晓燕（兼）", opening_hours="周一至周五 12:00–13:30、17:30–19:00",
                      periodicals=8, digital_platform="电子职工书屋", lending_rules=LENDING_RULES,
                      updated_at=dt.datetime.combine(year_ago, dt.time(9)), updated_by="demo"))
    return len(copies) - 3


LENDING_RULES = """职工书屋借阅制度
一、本单位工会会员凭会员证借阅，保留会籍的会员同样可以借阅。
二、每人每次限借 5 册，借期 30 天，可续借一次。
三、借阅图书应爱护，丢失或损坏的按定价赔偿。
四、会员调离或退会前，应归还所借图书。"""
