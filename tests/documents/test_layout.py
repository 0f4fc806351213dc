"""Line breaking, the GB/T 9704 character grid, page numbers of official documents, and font fallback."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.lib.units import mm

from unionbook.documents import FormData, load_template, render
from unionbook.documents.fonts import NO_LINE_START, chain, wrap_text
from unionbook.documents.gridtext import GridStyle, GridText
from unionbook.paths import forms_dir

TEXT = st.text(alphabet=st.sampled_from(list("工会会员登记表张伟阿卜杜·，。、；（）ABCxyz0123456789 -")), max_size=80)


@settings(max_examples=200, deadline=None)
@given(TEXT, st.floats(min_value=12, max_value=300))
def test_wrapped_lines_fit_and_lose_nothing(text: str, width: float) -> None:
    fc = chain("song")
    lines = wrap_text(text, width, 9, fc)
    for line in lines:
        assert fc.width(line, 9) <= width + 0.01 or len(line) == 1
    assert "".join("".join(lines).split()) == "".join(text.split())
    for prev, line in zip(lines, lines[1:], strict=False):
        if line and line[0] in NO_LINE_START:
            assert len(prev) <= 1 or fc.width(prev + line[0], 9) > width  # only when it could not be helped


def test_document_grid_is_28_characters_by_22_lines() -> None:
    width, height = 156 * mm, 225 * mm
    pitch, leading = width / 28, height / 22
    body = chain("fangsong")
    para = GridText([(body, "工" * 200)], GridStyle(16, pitch, leading, indent=2))
    para.wrap(width, height)
    counts = [len(line.glyphs) for line in para.lines]
    assert counts[0] == 26 and all(c == 28 for c in counts[1:-1])
    parts = para.split(width, height)
    assert len(parts) == 1  # 8 lines fit on a page
    long = GridText([(body, "工" * 28 * 30)], GridStyle(16, pitch, leading))
    first, rest = long.split(width, height)
    assert len(first.lines) == 22 and len(rest.lines) == 8


def test_punctuation_never_starts_a_document_line() -> None:
    width = 156 * mm
    body = chain("fangsong")
    para = GridText([(body, "工" * 27 + "，" + "会" * 40 + "。")], GridStyle(16, width / 28, 28.9))
    para.wrap(width, 1000)
    for line in para.lines[1:]:
        assert line.glyphs[0][1] not in NO_LINE_START


def test_notice_page_numbers_follow_gbt9704(tmp_path, union, values) -> None:
    values["meeting"]["agenda"] = "\n".join(f"（{n}）审议第{n}项议题的有关报告和决定草案。" for n in "一二三四五六七八九十" * 4)
    out = tmp_path / "notice.pdf"
    result = render(load_template(forms_dir() / "members" / "notice.toml"), FormData(union=union, values=values,
                                                                          today=dt.date(2026, 3, 5)), out)
    assert result.pages >= 2
    reader = PdfReader(str(out))
    page_w = float(reader.pages[0].mediabox.width)
    for n, page in enumerate(reader.pages, 1):
        found: list[float] = []

        def visit(text, cm, tm, font, size, found=found):  # type: ignore[no-untyped-def]
            if "—" in text:
                found.append(tm[4] * cm[0] + cm[4])

        flat = "".join(page.extract_text(visitor_text=visit).split())
        assert f"—{n}—" in flat
        assert found
        assert (found[0] > page_w / 2) if n % 2 else (found[0] < page_w / 2)  # odd right, even left
    last = "".join(reader.pages[-1].extract_text().split())
    assert union["name"] in last and "2026年3月5日" in last


def test_a_character_missing_from_the_face_comes_from_the_next_one() -> None:
    hei = chain("hei")
    if hei.runs("䶮")[0][0] == hei.names[0]:
        pytest.skip("no face in the chain has 䶮 (a full system Song face helps the bundled subsets)")
    runs = hei.runs("王䶮")  # 䶮 (CJK Ext. A) is not in WenQuanYi Micro Hei
    assert runs[0] == (hei.names[0], "王") and runs[1][0] != hei.names[0]
    assert "<font" in hei.markup("王䶮")


def test_bundled_only_uses_the_shipped_face(monkeypatch, tmp_path, union, make, pdf_fonts) -> None:
    monkeypatch.setenv("UNIONBOOK_PDF_FONTS", "bundled")
    # 宋体 and 楷体 are bundled TrueType subsets; no open TrueType 仿宋 exists, so the Song face stands in
    assert (chain("song").primary, chain("fangsong").primary, chain("kai").primary, chain("hei").primary) == (
        "UBSong", "UBSong", "UBKai", "UBHei")
    out = tmp_path / "r.pdf"
    render(load_template(forms_dir() / "members" / "registration.toml"), FormData(union=union, members=make(1)), out)
    names = {f["name"] for f in pdf_fonts(out)}
    assert names and all("WenQuanYi" in n or "AR PL" in n or "UMing" in n or "UKai" in n for n in names), names


def test_documents_use_song_titles_fangsong_role_body_and_kai_headings(tmp_path, union, values, pdf_fonts) -> None:
    values["meeting"]["agenda"] = "（一）审议工作报告。\n（二）选举。"
    out = tmp_path / "notice.pdf"
    render(load_template(forms_dir() / "members" / "notice.toml"), FormData(union=union, values=values,
                                                                today=dt.date(2026, 3, 5)), out)
    names = " ".join(f["name"] for f in pdf_fonts(out))
    assert "UMing" in names and "UKai" in names  # body (仿宋 role → Song) and the （一） headings in Kai


def test_ideographic_spaces_survive_in_paragraphs() -> None:
    from unionbook.documents.flowables import para

    p = para("甲\u3000\u3000\u3000\u3000乙", chain("song"), 10)
    p.wrap(500, 100)
    used = p.getActualLineWidths0()[0]
    assert used >= 55  # six characters wide: the four U+3000 were not collapsed into one space


def test_fill_page_adds_numbered_blank_rows_to_the_bottom(tmp_path, union, make, pdf_text) -> None:
    text = ('[form]\ntitle = "名单"\nsource = "members"\n\n[[block]]\ntype = "table"\nrows = "members"\n'
            'fill_page = true\nrow_height = 10\n\n[[block.columns]]\nheader = "序号"\nvalue = "{row.no}"\nwidth = 1\n\n'
            '[[block.columns]]\nheader = "姓名"\nvalue = "{member.name}"\nwidth = 3\n')
    path = tmp_path / "fill.toml"
    path.write_text(text, encoding="utf-8")
    out = tmp_path / "fill.pdf"
    result = render(load_template(path), FormData(union=union, members=make(3)), out)
    assert result.pages == 1
    numbers = [int(t) for t in pdf_text(out)[0].split() if t.isdigit()]
    assert numbers[:3] == [1, 2, 3] and max(numbers) >= 20  # (261 mm - header) / 10 mm rows


# ---- Chinese line breaking: 行首/行尾禁则, numbers and names kept whole (docs/domain.md) ----

def _lines(text: str, chars: int = 28) -> list[str]:
    width = 156 * mm
    para = GridText([(chain("fangsong"), text)], GridStyle(16, width / chars, 28.9))
    para.wrap(width, 10000)
    return ["".join(g[1] for g in line.glyphs) for line in para.lines]


@pytest.mark.parametrize("shift", range(0, 30))
def test_numbers_names_and_punctuation_break_by_the_rules(shift: int) -> None:
    from unionbook.documents.linebreak import NO_LINE_END, keep_together

    text = ("会" * shift + "应到会 1500 名，实到 1,432 名（占 95.47%）。" + keep_together("阿依古丽·努尔")
            + "（900 票）、" + keep_together("欧阳明辉") + "“当选”；大会于2026-05-08举行。" + "工" * 20)
    lines = _lines(text)
    assert "".join(lines).replace(" ", "") == text.replace("\u2060", "").replace(" ", "")  # a space at a break may go
    for prev, line in zip(lines, lines[1:], strict=False):
        assert line[0] not in NO_LINE_START, (prev, line)
        assert prev[-1] not in NO_LINE_END, (prev, line)
        assert not (prev[-1].isdigit() and line[0].isdigit()), (prev, line)
        assert not (prev[-1] in ".,-" and line[0].isdigit()), (prev, line)
        for name in ("阿依古丽·努尔", "欧阳明辉"):
            for k in range(1, len(name)):
                assert not (prev.endswith(name[:k]) and line.startswith(name[k:])), (prev, line)


def test_a_run_longer_than_a_line_still_breaks() -> None:
    lines = _lines("1" * 100, chars=28)
    assert len(lines) > 1 and "".join(lines) == "1" * 100


def test_extracted_text_of_a_rendered_paper_obeys_the_rules(tmp_path, union, values) -> None:
    from unionbook.documents.linebreak import NO_LINE_END

    values["meeting"]["agenda"] = "\n".join(
        f"（{n}）选举产生第{n}届委员会委员 15 名，候选人 17 名，实到会 1,432 名（9{n}0 票）、“同意”；" * 2
        for n in "一二三四五六七八")
    out = tmp_path / "notice.pdf"
    render(load_template(forms_dir() / "members" / "notice.toml"), FormData(union=union, values=values,
                                                                today=dt.date(2026, 3, 5)), out)
    text = "\n".join(page.extract_text() for page in PdfReader(str(out)).pages)
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    for prev, line in zip(lines, lines[1:], strict=False):
        if "—" in line:  # the page number line
            continue
        assert line[0] not in NO_LINE_START - {"—"}, (prev, line)
        assert prev[-1] not in NO_LINE_END, (prev, line)
        assert not (prev[-1].isdigit() and line[0].isdigit()), (prev, line)
