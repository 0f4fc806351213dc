"""Months and periods of the dues and funds books, and the lapse rule's run of unpaid months (pure).

A month is written "YYYY-MM" everywhere outside (JSON, CLI, the database); inside it is a `Month`, ordered and
countable. A funds period is a month or a quarter ("2026-Q1").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

_MONTH = re.compile(r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?\s*$")
_QUARTER = re.compile(r"^\s*(\d{4})\s*(?:-?\s*[Qq]|年\s*第?)\s*([1-4])\s*(?:季度?)?\s*$")


@dataclass(frozen=True, order=True)
class Month:
    year: int
    month: int

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12 or not 1900 <= self.year <= 2999:
            raise ValueError(f"no such month: {self.year}-{self.month}")

    @classmethod
    def parse(cls, text: str) -> Month:
        return _parse(str(text))

    @classmethod
    def _parse(cls, text: str) -> Month:
        m = _MONTH.match(text)
        if not m:
            raise ValueError(f"月份“{text}”应写作 YYYY-MM，如 2026-03")
        try:
            return cls(int(m.group(1)), int(m.group(2)))
        except ValueError:
            raise ValueError(f"月份“{text}”不存在") from None

    @classmethod
    def of(cls, day: dt.date) -> Month:
        return _month_at(day.year * 12 + day.month - 1)

    @property
    def index(self) -> int:
        return self.year * 12 + self.month - 1

    @classmethod
    def from_index(cls, index: int) -> Month:
        return _month_at(index)

    def __add__(self, months: int) -> Month:
        return Month.from_index(self.index + months)

    def __sub__(self, other: Month) -> int:
        return self.index - other.index

    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month, 1)

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    @property
    def label(self) -> str:
        return f"{self.year}年{self.month}月"


@cache
def _month_at(index: int) -> Month:
    """Months are few and immutable: one object each (a year of dues for 50,000 members makes 600,000)."""
    return Month(index // 12, index % 12 + 1)


@lru_cache(maxsize=4096)
def _parse(text: str) -> Month:
    """Months read back from the database repeat endlessly ("2026-03" × 50,000): parse each text once."""
    return Month._parse(text)


def months(first: Month, last: Month) -> Iterator[Month]:
    """first … last inclusive (nothing when last is before first)."""
    for i in range(first.index, last.index + 1):
        yield Month.from_index(i)


@dataclass(frozen=True)
class Period:
    """A funds period: one month, or a quarter."""

    year: int
    month: int | None = None
    quarter: int | None = None

    @classmethod
    def parse(cls, text: str) -> Period:
        if m := _QUARTER.match(str(text)):
            return cls(int(m.group(1)), quarter=int(m.group(2)))
        try:
            month = Month.parse(text)
        except ValueError:
            raise ValueError(f"期间“{text}”应写作 YYYY-MM（月）或 YYYY-Qn（季度），如 2026-03 或 2026-Q1") from None
        return cls(month.year, month=month.month)

    def __str__(self) -> str:
        return f"{self.year:04d}-Q{self.quarter}" if self.quarter else f"{self.year:04d}-{self.month:02d}"

    @property
    def label(self) -> str:
        return f"{self.year}年第{self.quarter}季度" if self.quarter else f"{self.year}年{self.month}月"

    @property
    def first_month(self) -> Month:
        return Month(self.year, (self.quarter - 1) * 3 + 1) if self.quarter else Month(self.year, self.month or 1)

    @property
    def last_month(self) -> Month:
        return self.first_month + 2 if self.quarter else self.first_month

    def overlaps(self, other: Period) -> bool:
        return self.first_month <= other.last_month and other.first_month <= self.last_month


def longest_run(unpaid: Iterable[Month]) -> tuple[int, Month | None]:
    """The longest run of consecutive months in `unpaid`, and the month it ends with."""
    best, best_end, run, prev = 0, None, 0, None
    for m in sorted(set(unpaid)):
        run = run + 1 if prev is not None and m - prev == 1 else 1
        if run > best:
            best, best_end = run, m
        prev = m
    return best, best_end
