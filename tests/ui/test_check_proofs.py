"""A live check's proof ticks the rights checklist; the check table shows whole call names."""

from __future__ import annotations

import html
from dataclasses import replace

from PySide6.QtCore import Qt

from tests.ui.wizard_driver import at, next_button_enabled, page_of
from wizard.core.check_result import CallStatus
from wizard.core.model import AccountType, Package, Step
from wizard.ui.screenshot_tour import sample_runs, sample_state
from wizard.ui.widgets.check_table import wrappable_name
from wizard.ui.widgets.where_path import WherePath


def _umbrella_with_check(make_wizard, failing: set[str]):
    """An umbrella wizard whose last live check found `failing` inactive, the rest active."""
    wizard = make_wizard(language="nl")
    state = sample_state(Package.NMBRS, AccountType.UMBRELLA, "nl")
    state.check_runs = sample_runs(state)
    for run in state.check_runs:
        run.report.checks[:] = [
            replace(item, status=CallStatus.INACTIVE if item.name in failing else CallStatus.ACTIVE)
            for item in run.report.checks
        ]
    # Every step's own actions are ticked by hand; the calls are left to the check.
    state.ticked = {
        content.qualified(item.id)
        for content in wizard.manual.steps.values()
        for item in content.items
    }
    state.current_step = Step.SUMMARY  # as far as the state allows
    wizard.load_state(state)
    return wizard


def test_calls_the_check_proved_active_count_as_ticked(qtbot, make_wizard) -> None:
    wizard = _umbrella_with_check(make_wizard, failing={"Children_Get"})
    # Only the call the check found inactive holds the clerk up.
    assert at(wizard) is Step.UMBRELLA_RIGHTS
    page = wizard.currentPage()
    boxes = {call.screen_name: box for box, call in page.call_checkboxes}
    failing = boxes.pop("Children_Get")
    assert not failing.isChecked() and not next_button_enabled(wizard)
    assert all(box.isChecked() for box in boxes.values())
    proven = next(iter(boxes.values()))
    # Said next to it (the mark, explained above the calls) and to screen readers.
    assert proven.text().endswith("\N{CHECK MARK}")
    assert page.calls_note.isVisible() and "livecontrole" in page.calls_note.text()
    assert "afgevinkt door de livecontrole" in proven.accessibleName()
    assert "afgevinkt door de livecontrole" in proven.toolTip()

    # The clerk can still untick a proven call; the same check does not tick it again.
    proven.click()
    page.retranslate()
    assert not proven.isChecked()
    assert "afgevinkt door de livecontrole" not in proven.accessibleName()

    proven.click()
    failing.click()
    assert next_button_enabled(wizard)


def test_the_check_table_shows_whole_call_names(qtbot, make_wizard) -> None:
    wizard = _umbrella_with_check(make_wizard, failing=set())
    page = page_of(wizard, Step.NMBRS_CHECK)
    page.table.show_runs(wizard.state.check_runs)
    table = page.table
    header = table.horizontalHeaderItem(2).text()
    assert header == "Naam in Nmbrs"
    names = [table.item(row, 2) for row in range(table.rowCount())]
    longest = max(names, key=lambda cell: len(cell.text()))
    assert longest.text() == "Report_GetWageCodesByRunCompany_FilterByWageCode_Background"
    # Escaped, so Qt shows the tooltip as text and not as markup.
    assert longest.toolTip() == f"<p>{html.escape(longest.text())}</p>"
    # Whole: never elided; a long name wraps after an underscore and each part fits.
    assert table.textElideMode() == Qt.TextElideMode.ElideNone
    metrics = table.fontMetrics()
    for cell in names:
        parts = wrappable_name(cell.text()).split("\N{ZERO WIDTH SPACE}")
        assert table.columnWidth(2) > max(metrics.horizontalAdvance(part) for part in parts)
    row = names.index(longest)
    assert table.rowHeight(row) > metrics.height() * 1.5  # wrapped, not cut


def test_the_service_groups_are_alternatives_not_a_click_path(qtbot, make_wizard) -> None:
    wizard = make_wizard(language="nl")
    wizard.ensure_pages()
    page = wizard.pages[Step.UMBRELLA_RIGHTS]
    paths = [label for label in page.findChildren(WherePath) if label.choice]
    assert paths
    shown = paths[0].accessibleName()
    assert shown == "Webservices > Company Services, Employee Services of Report Services"
    assert "Company Services \N{SINGLE RIGHT-POINTING ANGLE QUOTATION MARK}" not in paths[0].text()


def test_a_finished_check_ticks_proven_calls_at_once(
    qtbot, make_wizard, fake_nmbrs, nmbrs_scenario, tmp_path
) -> None:
    from wizard.ui.live_check_config import LiveCheckConfig

    nmbrs_scenario.inactive = {"Children_Get"}
    services = LiveCheckConfig(
        nmbrs_endpoint=fake_nmbrs.base_url, wsdl_cache_dir=tmp_path / "wsdl", read_timeout=5
    )
    wizard = make_wizard(language="nl", check_config=services)
    state = sample_state(Package.NMBRS, AccountType.UMBRELLA, "nl")
    state.nmbrs.username = nmbrs_scenario.username
    state.nmbrs.token = nmbrs_scenario.token
    state.nmbrs.domain = nmbrs_scenario.domain
    state.ticked = {
        content.qualified(item.id)
        for content in wizard.manual.steps.values()
        for item in content.items
    }
    state.current_step = Step.SUMMARY
    wizard.load_state(state)
    assert at(wizard) is Step.UMBRELLA_RIGHTS
    rights = wizard.currentPage()
    assert not any(box.isChecked() for box, _call in rights.call_checkboxes)
    # The real check against the fake Nmbrs, while the clerk stays on the rights step.
    check = page_of(wizard, Step.NMBRS_CHECK)
    check.start_check()
    qtbot.waitUntil(lambda: not check.runner.busy, timeout=15000)
    ticked = {call.screen_name for box, call in rights.call_checkboxes if box.isChecked()}
    assert "List_GetAll" in ticked and "Children_Get" not in ticked
    assert len(ticked) == len(rights.call_checkboxes) - 1
