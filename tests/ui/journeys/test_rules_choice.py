"""Journey: choosing another rule set asks first (it changes how dues, funds and gifts are reckoned), and the
page then says which set is in force."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from ui.journeys.helpers import answer, choose, click_button

from unionbook.services.dues.rules import dues_rules_for


def _summary(page) -> str:  # type: ignore[no-untyped-def]
    return " ".join(w.text() for w in page.findChildren(QLabel) if w.isVisible() and "正在使用" in w.text())


def test_choosing_a_rule_set_asks_and_then_says_it(demo_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    window.show_area("rules")
    page = window.page("rules")
    assert "全国" in _summary(page)
    combo = page.rule_set
    ningxia = next(combo.itemText(i) for i in range(combo.count()) if "宁夏" in combo.itemText(i))

    choose(combo, ningxia)
    step = answer("否")  # a change of mind: nothing changes
    click_button(page, "选用此规则集")
    qtbot.waitUntil(lambda: step.done or bool(step.errors), timeout=5000)
    step.check()
    assert dues_rules_for(window.db).rule_set_id == "national-2021"

    choose(combo, ningxia)
    step = answer("是")
    click_button(page, "选用此规则集")
    qtbot.waitUntil(lambda: step.done or bool(step.errors), timeout=5000)
    step.check()
    assert dues_rules_for(window.db).rule_set_id == "ningxia-industry-2020"
    qtbot.waitUntil(lambda: "宁夏" in _summary(page), timeout=3000)
