"""The member survey (会员评家) from the returned questionnaires typed into Excel: one row per questionnaire, the
overall answer (满意 / 基本满意 / 不满意) in a column whose heading names it (总体评价, 满意度 …)."""

from __future__ import annotations

from pathlib import Path

from unionbook.errors import NotFoundError, ValidationError
from unionbook.services.homes.grading import Survey

ANSWERS = {"满意": "satisfied", "基本满意": "basic", "不满意": "unsatisfied"}
HEADINGS = ("总体评价", "总体满意度", "满意度", "评价")


def survey_from_excel(path: Path) -> Survey:
    """Counts the answers in the first sheet's answer column; refuses an unknown answer, naming its cell."""
    from openpyxl import load_workbook
    from openpyxl.utils import get_column_letter

    if not path.is_file():
        raise NotFoundError(f"找不到问卷汇总文件：{path}")
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds on a file that is not xlsx
        raise ValidationError(f"“{path.name}”不是可读取的 Excel（.xlsx）文件：{exc}") from None
    try:
        rows = [["" if v is None else str(v).strip() for v in row] for row in wb.worksheets[0].iter_rows(values_only=True)]
    finally:
        wb.close()
    found = None
    for r, row in enumerate(rows[:10]):
        for c, text in enumerate(row):
            if any(h in text for h in HEADINGS):
                found = (r, c)
                break
        if found:
            break
    if found is None:
        raise ValidationError(f"“{path.name}”的前 10 行中没有找到评价列（列标题应含“{'”“'.join(HEADINGS)}”之一）")
    head, col = found
    counts = dict.fromkeys(ANSWERS.values(), 0)
    for r, row in enumerate(rows[head + 1:], head + 2):
        text = row[col] if col < len(row) else ""
        if not text:
            continue
        if text not in ANSWERS:
            raise ValidationError(f"“{path.name}”第 {r} 行 {get_column_letter(col + 1)} 列的“{text}”不是"
                                  f"“满意”“基本满意”“不满意”之一")
        counts[ANSWERS[text]] += 1
    return Survey(**counts)
