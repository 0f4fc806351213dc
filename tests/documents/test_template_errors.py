"""A bad template is refused before any page is drawn, with a Chinese message naming the template file,
the line and the field."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from unionbook.documents import FormData, MissingValueError, TemplateError, load_template, render

GOOD = '''\
[form]
title = "测试表"
source = "member"
required = ["transfer.to_union"]

[[block]]
type = "title"
text = "测试表"

[[block]]
type = "text"
text = "姓名：{member.name}"
'''


def write(tmp_path: Path, text: str, name: str = "local_form.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def refused(path: Path) -> TemplateError:
    with pytest.raises(TemplateError) as info:
        load_template(path)
    return info.value


def test_good_template_loads(tmp_path: Path) -> None:
    tpl = load_template(write(tmp_path, GOOD))
    assert tpl.title == "测试表" and tpl.source == "member" and tpl.namespaces == {"member"} | {"transfer"}


def test_unknown_field_names_file_line_and_field(tmp_path: Path) -> None:
    err = refused(write(tmp_path, GOOD.replace("{member.name}", "{member.nmae}")))
    assert err.message.startswith("表单模板“local_form.toml”第 12 行")
    assert "未知字段“member.nmae”" in err.message
    assert err.details == {"template": "local_form.toml", "line": 12, "field": "member.nmae"}


def test_unknown_namespace(tmp_path: Path) -> None:
    err = refused(write(tmp_path, GOOD.replace("{member.name}", "{persn.name}")))
    assert "第 12 行" in err.message and "persn" in err.message


def test_unknown_format(tmp_path: Path) -> None:
    err = refused(write(tmp_path, GOOD.replace("{member.name}", "{member.join_date|yyyy}")))
    assert "第 12 行" in err.message and "yyyy" in err.message and "ym" in err.message


def test_toml_syntax_error_gives_line(tmp_path: Path) -> None:
    err = refused(write(tmp_path, GOOD.replace('text = "测试表"', "text = “测试表”")))
    assert err.message.startswith("表单模板“local_form.toml”第 8 行")
    assert "TOML" in err.message and "中文引号" in err.message
    assert err.details["line"] == 8


def test_missing_required_key(tmp_path: Path) -> None:
    err = refused(write(tmp_path, GOOD.replace('title = "测试表"\nsource', "source")))
    assert "第 1 行" in err.message and "缺少必填的键“title”" in err.message
    assert err.details["field"] == "title"


def test_block_missing_its_text(tmp_path: Path) -> None:
    err = refused(write(tmp_path, GOOD.replace('type = "text"\ntext = "姓名：{member.name}"', 'type = "text"')))
    assert "第 10 行" in err.message and "第 2 个 [[block]]（text）缺少必填的键“text”" in err.message


def test_misspelt_key(tmp_path: Path) -> None:
    err = refused(write(tmp_path, GOOD.replace('type = "title"\n', 'type = "title"\nsise = 12\n')))
    assert "第 8 行" in err.message and "未知的键“sise”" in err.message


def test_bad_choice_and_type(tmp_path: Path) -> None:
    err = refused(write(tmp_path, GOOD.replace('source = "member"', 'source = "everyone"')))
    assert "第 3 行" in err.message and "everyone" in err.message and "members" in err.message
    err = refused(write(tmp_path, GOOD.replace('type = "title"\n', 'type = "title"\nsize = "大"\n')))
    assert "第 8 行" in err.message and "数字" in err.message


def test_member_field_in_a_form_without_members(tmp_path: Path) -> None:
    err = refused(write(tmp_path, GOOD.replace('source = "member"', 'source = "none"')))
    assert "第 12 行" in err.message and "member.name" in err.message and "source" in err.message


def test_table_of_members_needs_members_source(tmp_path: Path) -> None:
    text = GOOD + '\n[[block]]\ntype = "table"\nrows = "members"\n\n[[block.columns]]\nheader = "姓名"\nvalue = "{member.name}"\nwidth = 10\n'
    err = refused(write(tmp_path, text))
    assert "第 16 行" in err.message and "source = \"members\"" in err.message


def test_grid_row_wider_than_its_columns(tmp_path: Path) -> None:
    text = GOOD + '\n[[block]]\ntype = "grid"\nwidths = [1, 1]\nrows = [["a", "b", "c"]]\n'
    err = refused(write(tmp_path, text))
    assert "第 17 行" in err.message and "3 列" in err.message


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "gbk.toml"
    path.write_bytes(GOOD.encode("gbk"))
    assert "UTF-8" in refused(path).message


def test_missing_required_value_refused_before_drawing(tmp_path: Path, union, make) -> None:
    tpl = load_template(write(tmp_path, GOOD))
    out = tmp_path / "x.pdf"
    with pytest.raises(MissingValueError) as info:
        render(tpl, FormData(union=union, members=make(1), today=dt.date(2026, 3, 5)), out)
    msg = info.value.message
    assert msg.startswith("表单模板“local_form.toml”第 4 行") and "转入工会（transfer.to_union）" in msg
    assert info.value.details["field"] == "transfer.to_union"
    assert not out.exists() and not list(tmp_path.glob("*.part"))


def test_cancel_leaves_no_file(tmp_path: Path, union, make) -> None:
    from unionbook.jobs import Cancelled
    from unionbook.paths import forms_dir

    tpl = load_template(forms_dir() / "members" / "roster.toml")
    out = tmp_path / "r.pdf"
    out.write_bytes(b"old")  # a previous file is left alone, not half overwritten
    calls = []
    def progress(done: int, total: int) -> None:
        if len(calls) >= 2:
            raise Cancelled
        calls.append(done)

    with pytest.raises(Cancelled) as info:
        render(tpl, FormData(union=union, members=make(300)), out, progress=progress)
    assert "取消" in info.value.message
    assert out.read_bytes() == b"old" and not list(tmp_path.glob("*.part"))


def test_a_cell_taller_than_a_page_is_refused_in_chinese(tmp_path: Path, union, make) -> None:
    """A template whose own text cannot fit a page is refused by name (a long stored value is clipped instead:
    tests/documents/test_hostile_values.py)."""
    from unionbook.errors import UnionBookError

    long_text = "很长的固定说明。" * 3000
    template = tmp_path / "tall.toml"
    template.write_text(f'''[form]
title = "太高的表"
source = "member"

[[block]]
type = "grid"
widths = [20, 80]
rows = [["说明", "{long_text}"], ["姓名", "{{member.name}}"]]
''', encoding="utf-8")
    out = tmp_path / "r.pdf"
    with pytest.raises(UnionBookError) as info:
        render(load_template(template), FormData(union=union, members=make(1)), out)
    assert "比一页还高" in info.value.message and "tall.toml" in info.value.message
    assert not out.exists() and not list(tmp_path.glob("*.part"))
