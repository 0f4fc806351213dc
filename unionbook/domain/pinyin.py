"""Search keys for names: pinyin initials and full pinyin, with surnames read as surnames.

pypinyin reads 单 as dan and 曾 as ceng, as in running text; as surnames they are shàn and zēng, and a
chair typing `szq` for 单志强 must find him. Surname readings come first, then pypinyin for the rest.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from unionbook.domain.text import clean_name

# Compound surnames (复姓) whose characters read differently as a surname, or that must stay together.
_COMPOUND_SURNAMES: dict[str, tuple[str, ...]] = {
    "万俟": ("mo", "qi"),
    "尉迟": ("yu", "chi"),
    "长孙": ("zhang", "sun"),
    "澹台": ("tan", "tai"),
    "欧阳": ("ou", "yang"),
    "司马": ("si", "ma"),
    "诸葛": ("zhu", "ge"),
    "上官": ("shang", "guan"),
    "皇甫": ("huang", "fu"),
    "令狐": ("ling", "hu"),
    "宇文": ("yu", "wen"),
    "公孙": ("gong", "sun"),
    "夏侯": ("xia", "hou"),
    "司徒": ("si", "tu"),
    "东方": ("dong", "fang"),
    "慕容": ("mu", "rong"),
}

# Single-character surnames whose surname reading differs from pypinyin's default reading.
_SURNAMES: dict[str, str] = {
    "单": "shan",
    "曾": "zeng",
    "解": "xie",
    "仇": "qiu",
    "朴": "piao",
    "区": "ou",
    "查": "zha",
    "覃": "qin",
    "乐": "yue",
    "盖": "ge",
    "缪": "miao",
    "翟": "zhai",
    "种": "chong",
    "繁": "po",
    "黑": "he",
    "员": "yun",
    "宓": "fu",
    "秘": "bi",
    "那": "na",
    "华": "hua",
    "任": "ren",
    "沈": "shen",
    "燕": "yan",
    "纪": "ji",
    "尉": "yu",
    "句": "gou",
    "召": "shao",
    "应": "ying",
    "蕃": "pi",
    "谌": "chen",
    "眭": "sui",
    "隗": "wei",
    "哈": "ha",
    "折": "she",
    "藏": "zang",
    "薄": "bo",
    "叶": "ye",
    "柏": "bai",
    "阚": "kan",
    "冼": "xian",
    "洗": "xian",
    "重": "chong",
    "祭": "zhai",
    "牟": "mou",
    "逄": "pang",
    "莘": "shen",
    "能": "nai",
    "都": "du",
    "养": "yang",
}


@dataclass(frozen=True)
class PinyinKeys:
    initials: str  # "zs" for 张三
    full: str  # "zhangsan"


def _syllables(name: str) -> list[str]:
    if name[:2] in _COMPOUND_SURNAMES:
        head, rest = list(_COMPOUND_SURNAMES[name[:2]]), name[2:]
    elif name[:1] in _SURNAMES:
        head, rest = [_SURNAMES[name[0]]], name[1:]
    elif "\u4e00" <= name[:1] <= "\u9fff" and len(name) > 1 and "·" not in name:
        # a Han surname read on its own, then the given name: both cached (a roster of 50,000 has a few
        # thousand distinct given names, and pypinyin's phrase matching was a sixth of an import's time)
        head, rest = list(_given(name[0])), name[1:]
    else:
        head, rest = [], name
    return head + list(_given(rest))


def _pypinyin() -> tuple[Any, Any]:
    # imported here: pypinyin loads its phrase dictionary on import (~0.15 s), which start-up need not pay.
    # Without PYPINYIN_NO_DICT_COPY it also keeps a second copy of its dictionaries (40 MB, measured), in
    # case a program adds words of its own: UnionBook adds none.
    os.environ.setdefault("PYPINYIN_NO_DICT_COPY", "true")
    from pypinyin import Style, lazy_pinyin

    return Style, lazy_pinyin


def preload() -> None:
    """Load pypinyin's dictionaries now (0.25 s) rather than at the first name: for a command that has time
    to fill while another process works for it (members import, while its file is checked)."""
    _pypinyin()


@lru_cache(maxsize=32768)
def _given(rest: str) -> tuple[str, ...]:
    """The syllables of (part of) a name, through pypinyin's phrase matching."""
    Style, lazy_pinyin = _pypinyin()
    # non-Chinese characters come back one by one (pypinyin accepts a list from `errors`; its hints say str)
    tail = lazy_pinyin(rest, style=Style.NORMAL, v_to_u=False,
                       errors=lambda s: list(s.lower()))
    return tuple(s for s in tail if s.strip() and s != "·")


@lru_cache(maxsize=65536)
def pinyin_keys(name: str) -> PinyinKeys:
    """Keys of a person's name; cached because rosters repeat names and demo data builds many."""
    name = clean_name(name)
    if not name:
        return PinyinKeys("", "")
    # "ü" is typed as "v" on Chinese keyboards (lü → lv)
    parts = [s.replace("ü", "v") for s in _syllables(name) if s.isalnum()]
    return PinyinKeys("".join([p[0] for p in parts]), "".join(parts))
