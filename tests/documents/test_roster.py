"""The roster of 1,000 members: every page has the header row and "第 n 页 共 m 页", every member is on
exactly one page, the totals close the last page, and no cell text is wider than its column."""

from __future__ import annotations

import re

from unionbook.documents import FormData, load_template, render
from unionbook.documents.fasttable import TableData, TableSpec
from unionbook.documents.fonts import chain
from unionbook.domain.ids import mask_id_number
from unionbook.paths import forms_dir

HEADER = "序号姓名性别民族出生年月身份证号工作单位职务/工种学历政治面貌入会时间会员证号联系电话农民工"


def test_roster_of_1000_repeats_header_and_numbers_pages(tmp_path, union, make, pdf_text) -> None:
    members = make(1000, seed=5)
    tpl = load_template(forms_dir() / "members" / "roster.toml")
    out = tmp_path / "roster.pdf"
    seen: list[tuple[int, int]] = []
    result = render(tpl, FormData(union=union, members=members), out, progress=lambda d, t: seen.append((d, t)))

    pages = ["".join(p.split()) for p in pdf_text(out)]
    assert result.pages == len(pages) > 20
    for n, page in enumerate(pages, 1):
        if "NX" in page:  # a page with rows (the totals may end up alone on the last page)
            assert HEADER in page, f"page {n} lacks the header row"
        assert f"第{n}页共{len(pages)}页" in page
    assert pages[0].startswith("会员花名册")
    assert "合计：会员1000人" in pages[-1]
    assert sum(1 for m in members if m["gender"] == "女") == int(re.search(r"女(\d+)人", pages[-1]).group(1))
    everything = "".join(pages)
    for m in members:
        assert everything.count(m["card_number"]) == 1, m["card_number"]
        assert m["id_number"] not in everything  # masked by default
    assert mask_id_number(members[0]["id_number"]) in pages[0]
    # rows per page: the first page (title) holds fewer; none is nearly empty except possibly the last
    assert seen[-1] == (1000, 1000) and len(seen) == sum(1 for p in pages if "NX" in p)


def test_whole_id_when_a_local_copy_asks_for_it(tmp_path, union, make, pdf_text) -> None:
    text = (forms_dir() / "members" / "roster.toml").read_text(encoding="utf-8")
    local = tmp_path / "roster_full_id.toml"
    local.write_text(text.replace("whole_id_number = false", "whole_id_number = true"), encoding="utf-8")
    members = make(5)
    out = tmp_path / "r.pdf"
    render(load_template(local), FormData(union=union, members=members), out)
    flat = "".join("".join(pdf_text(out)).split())
    assert all(m["id_number"] in flat for m in members)


def test_no_cell_line_is_wider_than_its_column() -> None:
    spec = TableSpec(widths=[40.0, 60.0, 25.0], aligns=["left"] * 3, headers=["姓名", "工作单位", "号码"],
                     chain=chain("song"), size=9, header_size=9, min_row_height=18)
    rows = [["阿卜杜热合曼·买买提艾力·托合提", "宁夏回族自治区银川市金凤区塞上家政服务有限公司第二分公司",
             "640104198510086278"], ["王伟", "Very Long Latin Company Name Limited", "1"]]
    data = TableData.build(spec, rows)
    for row in data.cells:
        for lines, width in zip(row, spec.widths, strict=True):
            for text, w in lines:
                assert w <= width - 2 * spec.pad + 0.01, text
    assert len(data.cells[0][0]) >= 2  # the long name wrapped instead of overflowing
    assert data.heights[0] > spec.min_row_height  # and its row grew to hold it
