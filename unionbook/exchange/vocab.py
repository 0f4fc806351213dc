"""The synonym table (synonyms.toml): which header means which field, which word means which value."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from unionbook.domain.fields import MEMBER
from unionbook.domain.text import clean

IGNORE = "_ignore"  # a known column that is deliberately not imported (序号 …)
# Fields a column can be mapped to, in the order the wizard offers them; "status" is read only to warn.
FIELDS = (
    "name", "id_number", "gender", "birth_date", "ethnicity", "phone", "employer", "job", "education",
    "political_status", "household_type", "employment_form", "migrant_worker", "group", "frontline",
    "model_worker", "hardship", "card_number", "join_date", "notes", "status",
)
FLAG_FIELDS = frozenset({"migrant_worker", "frontline", "model_worker", "hardship"})
DATE_FIELDS = frozenset({"birth_date", "join_date"})

_BRACKETS = re.compile(r"[(（\[【〔<《][^)）\]】〕>》]*[)）\]】〕>》]")
_MARKS = str.maketrans("", "", " *＊★☆:：")
_PREFIXES = ("会员", "职工", "员工", "本人")


def normalise_header(text: object) -> str:
    """A header as compared: no notes in brackets, no spaces or required-marks, lower case."""
    s = clean(text)
    s = _BRACKETS.sub("", s).translate(_MARKS).lower()
    return s


def normalise_value(text: str) -> str:
    return clean(text).replace(" ", "").lower()


@dataclass(frozen=True, eq=False)  # hashed by identity: one table per process
class Vocabulary:
    headers: dict[str, str]  # normalised header → field (or IGNORE)
    values: dict[str, dict[str, str]]  # field → normalised word → value
    flag_yes: frozenset[str]
    flag_no: frozenset[str]
    empty_words: frozenset[str]

    def field_of(self, header: object) -> str | None:
        key = normalise_header(header)
        if not key:
            return None
        found = self.headers.get(key)
        if found is None:
            for prefix in _PREFIXES:
                if key.startswith(prefix) and len(key) > len(prefix):
                    found = self.headers.get(key[len(prefix):])
                    if found is not None:
                        break
        return found

    def value_of(self, field: str, text: str) -> str:
        """The register's word for `text` in a vocabulary field; `text` unchanged when not listed."""
        table = self.values.get(field)
        if not table:
            return text
        return table.get(normalise_value(text), text)


@cache
def vocabulary() -> Vocabulary:
    raw = tomllib.loads((resources.files("unionbook.exchange") / "synonyms.toml").read_text(encoding="utf-8"))
    headers: dict[str, str] = {}
    for field, words in raw["headers"].items():
        if field != IGNORE and field not in FIELDS:
            raise ValueError(f"synonyms.toml: unknown field {field!r}")
        for word in words:
            key = normalise_header(word)
            if key in headers and headers[key] != field:
                raise ValueError(f"synonyms.toml: header {word!r} listed for {headers[key]!r} and {field!r}")
            headers[key] = field
    for field in FIELDS:  # the canonical header: the field's own label (what UnionBook's exports write)
        key = normalise_header(MEMBER.label_of(field))
        if headers.setdefault(key, field) != field:
            raise ValueError(f"synonyms.toml: the label of {field!r} is listed for {headers[key]!r}")
    values: dict[str, dict[str, str]] = {}
    for field, table in raw.get("values", {}).items():
        values[field] = {normalise_value(w): value for value, words in table.items() for w in words}
    flags = raw["flags"]
    return Vocabulary(
        headers=headers,
        values=values,
        flag_yes=frozenset(normalise_value(w) for w in flags["yes"]),
        flag_no=frozenset(normalise_value(w) for w in flags["no"]),
        empty_words=frozenset(normalise_value(w) for w in raw["empty"]["words"]),
    )
