"""The reading room (职工书屋): ISBNs, the 中图法 top classes, where a book came from, why a copy is written off,
and the loan rules as plain values. Pure: no database, no Qt."""

from __future__ import annotations

import datetime as dt
import enum
import re
from dataclasses import dataclass

from stdnum import isbn as _isbn
from stdnum.exceptions import InvalidChecksum, InvalidComponent, InvalidFormat, InvalidLength, ValidationError

from unionbook.errors import FieldProblem
from unionbook.errors import ValidationError as RefusedError

# 《中国图书馆分类法》 top classes (基本大类), A–Z without L, M, W, Y.
CLC_CLASSES: dict[str, str] = {
    "A": "马克思主义、列宁主义、毛泽东思想、邓小平理论", "B": "哲学、宗教", "C": "社会科学总论",
    "D": "政治、法律", "E": "军事", "F": "经济", "G": "文化、科学、教育、体育", "H": "语言、文字",
    "I": "文学", "J": "艺术", "K": "历史、地理", "N": "自然科学总论", "O": "数理科学和化学",
    "P": "天文学、地球科学", "Q": "生物科学", "R": "医药、卫生", "S": "农业科学", "T": "工业技术",
    "U": "交通运输", "V": "航空、航天", "X": "环境科学、安全科学", "Z": "综合性图书",
}


class Source(enum.StrEnum):
    DELIVERED = "delivered"  # 上级配送
    BOUGHT = "bought"  # 自购
    DONATED = "donated"  # 捐赠

    @property
    def label(self) -> str:
        return SOURCE_LABELS[self]


SOURCE_LABELS = {Source.DELIVERED: "上级配送", Source.BOUGHT: "自购", Source.DONATED: "捐赠"}
_SOURCE_WORDS = {"配送": Source.DELIVERED, "上级配送": Source.DELIVERED, "自购": Source.BOUGHT, "购买": Source.BOUGHT,
                 "捐赠": Source.DONATED, "捐书": Source.DONATED}


def parse_source(text: str) -> Source:
    text = text.strip()
    if text in _SOURCE_WORDS:
        return _SOURCE_WORDS[text]
    try:
        return Source(text)
    except ValueError:
        raise RefusedError([FieldProblem("source", "来源", f"“{text}”无效，可选：配送、自购、捐赠")]) from None


class WriteOff(enum.StrEnum):
    LOST = "lost"  # 丢失
    DAMAGED = "damaged"  # 破损
    WITHDRAWN = "withdrawn"  # 剔旧

    @property
    def label(self) -> str:
        return WRITE_OFF_LABELS[self]


WRITE_OFF_LABELS = {WriteOff.LOST: "丢失", WriteOff.DAMAGED: "破损", WriteOff.WITHDRAWN: "剔旧"}
_WRITE_OFF_WORDS = {label: reason for reason, label in WRITE_OFF_LABELS.items()}


def parse_write_off(text: str) -> WriteOff:
    text = text.strip()
    if text in _WRITE_OFF_WORDS:
        return _WRITE_OFF_WORDS[text]
    try:
        return WriteOff(text)
    except ValueError:
        raise RefusedError([FieldProblem("reason", "注销原因", f"“{text}”无效，可选：丢失、破损、剔旧")]) from None


def normalize_isbn(text: str) -> str:
    """An ISBN as ISBN-13 digits, or "" for none. ISBN-10 is converted; a wrong check digit is refused with the
    digit it should have, other mistakes with what is wrong."""
    raw = text.strip().replace("－", "-").replace(" ", "").upper()
    if not raw:
        return ""
    digits = raw.replace("-", "")
    bad_format = f"“{text.strip()}”不是有效的 ISBN（只能是数字，ISBN-10 末位可为 X，13 位应以 978 或 979 开头）"
    if len(digits) == 13 and digits[:3] not in ("978", "979"):
        raise RefusedError([FieldProblem("isbn", "ISBN", bad_format)])
    try:
        return str(_isbn.to_isbn13(_isbn.validate(raw)))
    except InvalidChecksum:
        should = _check_digit(digits[:-1])
        message = f"“{text.strip()}”校验位错误：最后一位应为 {should}，而不是 {digits[-1]}"
    except InvalidLength:
        message = f"“{text.strip()}”位数不对：ISBN 应为 10 位或 13 位，这里是 {len(digits)} 位"
    except (InvalidFormat, InvalidComponent):
        message = bad_format
    except ValidationError:
        message = f"“{text.strip()}”不是有效的 ISBN"
    raise RefusedError([FieldProblem("isbn", "ISBN", message)])


def _check_digit(body: str) -> str:
    """The check digit stdnum accepts after `body` (the ISBN without its last character)."""
    return next((d for d in "0123456789X" if _isbn.is_valid(body + d)), "?")


def format_isbn(isbn13: str) -> str:
    """ISBN-13 with hyphens where the ranges are known (978-7-…), as printed on the book."""
    return str(_isbn.format(isbn13)) if isbn13 else ""


@dataclass(frozen=True)
class LoanRules:
    """The desk's settings (Setting table, `library.*`); defaults as the issue proposes."""

    loan_days: int = 30
    max_loans: int = 5
    renewals: int = 1
    kept_may_borrow: bool = True  # 保留会籍 members may borrow
    refuse_overdue: bool = False  # a reader with a book past its due date: warned (False) or refused (True)

    def due(self, on: dt.date) -> dt.date:
        return on + dt.timedelta(days=self.loan_days)


_NOTE = re.compile(r"[（(【\[〔][^）)】\]〕]*[）)】\]〕]")
_ROLE = re.compile(r"(编著|主编|著|编|译|等)+$")


def title_stem(title: str) -> str:
    """A title without its bracketed notes and spaces (平凡的世界（全三册） → 平凡的世界, 红楼梦 (上) → 红楼梦): two
    titles with the same stem may be one book catalogued twice."""
    return _NOTE.sub("", title).replace(" ", "").replace("\u3000", "").lower()


def author_stem(author: str) -> str:
    """An author without bracketed notes, spaces and a trailing role ((清)曹雪芹 著 → 曹雪芹)."""
    return _ROLE.sub("", title_stem(author))


def barcode_for(number: int) -> str:
    """The accession number (登记号) printed as the copy's barcode: SW + six digits."""
    return f"SW{number:06d}"


def normalize_barcode(text: str) -> str:
    return text.strip().upper()
