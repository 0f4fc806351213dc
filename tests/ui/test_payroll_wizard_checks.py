"""The payroll wizard says what it recognised (review item 15) and warns when a new wage meets months already
posted (review item 6). The wizard is shown as a window; the journey clicks and chooses as a user would."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
from PySide6.QtWidgets import QComboBox, QWizard
from sqlalchemy import select
from ui.journeys.helpers import choose, click_button, find_field

from unionbook.domain.dues import Month
from unionbook.domain.member import Status
from unionbook.services.dues import dues
from unionbook.store.models import Employer, Member
from unionbook.ui.dues.payroll_wizard import PayrollWizard

THIS_MONTH = Month.of(dt.date.today())


def test_unrecognised_wage_column_is_said_and_a_posted_month_is_warned(qtbot, gui_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with gui_db.read() as s:
        name, number, employer = s.execute(
            select(Member.name, Member.id_number, Employer.name).join(Employer, Member.employer_id == Employer.id)
            .where(Member.status == Status.ACTIVE.value, Member.join_date < dt.date(2024, 1, 1))
            .order_by(Member.id).limit(1)).one()
        member_id = s.execute(select(Member.id).where(Member.id_number == number)).scalar_one()
    dues.set_wage(gui_db, member_id, "2880", str(THIS_MONTH))
    dues.post_month(gui_db, THIS_MONTH, employer=employer)  # this month posted at 14.40
    wb = openpyxl.Workbook()
    wb.active.append(["姓名", "身份证号", "本月实发数"])
    wb.active.append([name, number, "5432.10"])
    path = tmp_path / "实发表.xlsx"
    wb.save(path)

    wizard = PayrollWizard(gui_db, path, THIS_MONTH)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.mapping_page
    qtbot.waitUntil(lambda: page.inspection is not None, timeout=10_000)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert "已按表头识别姓名、身份证号和工资列" not in page.subTitle()
    assert "没有认出“工资”列" in page.subTitle() and "认出：身份证号、姓名。" in page.subTitle()
    assert not next_button.isEnabled()  # nothing to import as the wage yet
    wizard.grab().save(str(tmp_path / "mapping.png"))
    combo = find_field(wizard, "“本月实发数”列导入为")
    assert isinstance(combo, QComboBox)
    choose(combo, "工资")
    assert next_button.isEnabled() and "没有认出" not in page.subTitle()
    click_button(wizard, "下一步")
    qtbot.waitUntil(lambda: wizard.preview_page.plan is not None, timeout=10_000)
    summary = wizard.preview_page.summary.text()
    assert "1 人已记录会费的月份不会按新工资重算" in summary
    problems = " ".join(str(v) for row in wizard.preview_page.problems.rows for v in row)
    assert f"{THIS_MONTH.label}的会费已按旧工资记录（每月 14.40 元）" in problems and "27.15" in problems
    wizard.grab().save(str(tmp_path / "preview.png"))
