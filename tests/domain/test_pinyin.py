"""Search keys for names: pinyin initials and full pinyin, with surnames read as surnames."""

from __future__ import annotations

import pytest

from unionbook.domain.pinyin import PinyinKeys, pinyin_keys
from unionbook.domain.text import clean_name


@pytest.mark.parametrize("name,initials,full", [
    ("张三", "zs", "zhangsan"),
    ("李小龙", "lxl", "lixiaolong"),
    # polyphonic surnames: running text reads 单 dan, 曾 ceng, 解 jie; as surnames they are shàn, zēng, xiè
    ("单志强", "szq", "shanzhiqiang"),
    ("曾国藩", "zgf", "zengguofan"),
    ("解放", "xf", "xiefang"),
    ("仇英", "qy", "qiuying"),
    ("朴正", "pz", "piaozheng"),
    ("查良镛", "zly", "zhaliangyong"),
    ("覃海", "qh", "qinhai"),
    ("区伟", "ow", "ouwei"),
    ("翟明", "zm", "zhaiming"),
    # compound surnames
    ("欧阳娜娜", "oynn", "ouyangnana"),
    ("司马光", "smg", "simaguang"),
    ("诸葛亮", "zgl", "zhugeliang"),
    ("尉迟恭", "ycg", "yuchigong"),
    ("万俟卨", "mqx", "moqixie"),
    ("长孙无忌", "zswj", "zhangsunwuji"),
    # ü is typed as v
    ("吕布", "lb", "lvbu"),
    ("女娲", "nw", "nvwa"),
    ("张绿", "zl", "zhanglv"),
    # minority names with the middle dot
    ("阿依古丽·买买提", "ayglmmt", "ayigulimaimaiti"),
    ("买买提・艾力", "mmtal", "maimaitiaili"),  # Japanese middle dot pasted in
    ("扎西顿珠", "zxdz", "zhaxidunzhu"),
])
def test_keys(name: str, initials: str, full: str) -> None:
    assert pinyin_keys(name) == PinyinKeys(initials, full)


def test_surname_reading_only_at_the_start() -> None:
    # 曾 inside a given name keeps its ordinary reading; 单 at the end is dan
    assert pinyin_keys("王曾经").full == "wangcengjing"
    assert pinyin_keys("李单").full == "lidan"


def test_spaces_and_empty() -> None:
    assert pinyin_keys(" 张 三 ") == pinyin_keys("张三")
    assert pinyin_keys("") == PinyinKeys("", "")
    assert pinyin_keys("   ") == PinyinKeys("", "")


def test_latin_names_are_kept_as_letters() -> None:
    keys = pinyin_keys("Anna Li")
    assert keys.full == "annali"
    assert keys.full.isascii() and keys.initials.isascii()


def test_keys_are_lower_case_ascii() -> None:
    for name in ("单志强", "欧阳娜娜", "阿依古丽·买买提", "吕布", "ABC"):
        keys = pinyin_keys(name)
        assert keys.full == keys.full.lower() and keys.full.isascii()
        assert len(keys.initials) <= len(keys.full)


@pytest.mark.parametrize("typed,stored", [
    ("阿依古丽•买买提", "阿依古丽·买买提"),
    ("阿依古丽．买买提", "阿依古丽·买买提"),
    ("阿依古丽・买买提", "阿依古丽·买买提"),
    (" 张  三 ", "张三"),
    ("·张三·", "张三"),
    ("Anna  Li", "Anna Li"),
])
def test_clean_name(typed: str, stored: str) -> None:
    assert clean_name(typed) == stored


@pytest.mark.parametrize(("name", "full"), [
    ("段长青", "duanchangqing"),  # not 段长 "duanzhang" (section chief)
    ("郑重阳", "zhengchongyang"),  # not 郑重 "zhengzhong" (solemnly)
    ("王朝阳", "wangzhaoyang"),  # not 王朝 "wangchao" (dynasty)
])
def test_no_phrase_across_surname_and_given_name(name: str, full: str) -> None:
    # the surname is read as a surname, the given name as a name: a dictionary phrase that happens to span
    # the two (段长, 郑重, 王朝) must not decide the reading
    assert pinyin_keys(name).full == full
