"""Run the live checks from the GUI against loopback fakes, and see the table."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.fakes.afas_fixtures import CONFIRMED_CONNECTOR_LIST, DEFAULT_ASSIGNED
from tests.fakes.fake_afas import DEFAULT_DATA_TOKEN, FakeAfasScenario
from tests.ui.wizard_driver import (
    at,
    click_box,
    click_next,
    send_the_form,
    tick_everything,
    type_into,
    walk_afas_to_check,
)
from wizard.core.check_result import CallStatus
from wizard.core.model import Step
from wizard.ui.live_check_config import LiveCheckConfig


def _to_afas_check(qtbot, wizard, token: str = DEFAULT_DATA_TOKEN) -> None:
    walk_afas_to_check(qtbot, wizard, token)


def _services(fake) -> LiveCheckConfig:
    return LiveCheckConfig(
        afas_endpoint=fake.base_url,
        afas_connector_list=CONFIRMED_CONNECTOR_LIST,
        connect_timeout=1,
        read_timeout=5,  # generous: a loaded CI machine must not turn an answer into a timeout
    )


def test_afas_check_from_the_gui_shows_every_connector(qtbot, make_wizard, fake_afas) -> None:
    wizard = make_wizard(check_config=_services(fake_afas))
    _to_afas_check(qtbot, wizard)
    page = wizard.currentPage()
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.runner.busy, timeout=5000)
    run = wizard.state.check_run("12345")
    assert run is not None and run.report.ok
    names = {page.table.item(row, 2).text() for row in range(page.table.rowCount())}
    assert set(DEFAULT_ASSIGNED[:4]) <= names
    assert "O12345AA" in page.details.text()
    # The side panel marks the check as done.
    assert "\N{HEAVY CHECK MARK}" in wizard.step_panel.list_label.text()


def test_missing_connector_links_back_to_the_app_connector_step(
    qtbot, make_wizard, fake_afas
) -> None:
    fake_afas.config.assigned_connectors = ["BP_Werkgevers", "BP_Medewerkers"]
    wizard = make_wizard(check_config=_services(fake_afas))
    _to_afas_check(qtbot, wizard)
    page = wizard.currentPage()
    page.check_button.click()
    qtbot.waitUntil(lambda: not page.runner.busy, timeout=5000)
    run = wizard.state.check_run("12345")
    assert run is not None and not run.report.ok
    assert set(run.report.missing_connectors) == {"BP_Dienstverbanden", "BP_Salarissen"}
    assert "BP_Salarissen" in page.details.text()
    row = next(
        row
        for row in range(page.table.rowCount())
        if page.table.item(row, 2).text() == "BP_Salarissen"
    )
    button = page.table.fix_button(row)
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert at(wizard) is Step.AFAS_APP_CONNECTOR


def test_refused_token_is_explained(qtbot, make_wizard, fake_afas) -> None:
    fake_afas.config.scenario = FakeAfasScenario.UNAUTHORIZED
    wizard = make_wizard(check_config=_services(fake_afas))
    _to_afas_check(qtbot, wizard)
    page = wizard.currentPage()
    page.check_button.click()
    qtbot.waitUntil(lambda: not page.runner.busy, timeout=5000)
    run = wizard.state.check_run("12345")
    assert run is not None
    assert run.report.checks[0].status is CallStatus.AUTH_FAILED
    assert page.table.item(0, 4).text()


def test_dead_network_keeps_everything_typed(qtbot, make_wizard, closed_loopback_port) -> None:
    services = LiveCheckConfig(
        afas_endpoint=f"http://127.0.0.1:{closed_loopback_port}/ProfitRestServices",
        connect_timeout=1,
        read_timeout=1,
    )
    wizard = make_wizard(check_config=services)
    _to_afas_check(qtbot, wizard)
    page = wizard.currentPage()
    page.check_button.click()
    qtbot.waitUntil(lambda: not page.runner.busy, timeout=5000)
    assert page.status.text()
    assert wizard.state.afas.data_token == DEFAULT_DATA_TOKEN
    assert wizard.state.afas.company_name == "Voorbeeld Zorg B.V."
    click_next(qtbot, wizard)
    send_the_form(qtbot, wizard, Step.AFAS_SEND_FORM)
    assert at(wizard) is Step.SUMMARY


def test_stale_answer_is_dropped_and_check_can_be_cancelled(qtbot, make_wizard, fake_afas):
    # The fake holds every answer until released: the checks are surely still running when
    # the clerk acts, however slow the machine.
    fake_afas.config.latency = 60
    wizard = make_wizard(check_config=_services_holding_answers(fake_afas))
    _to_afas_check(qtbot, wizard)
    page = wizard.currentPage()
    page.check_button.click()
    assert page.runner.busy and page.cancel_button.isEnabled()
    # The clerk changes the customer number while the check runs: the answer no longer fits.
    wizard.state.afas.customer_number = "54321"
    page.input_changed()
    assert not page.runner.busy
    # Cancel leaves the page usable at once: checked before any event is processed.
    wizard.state.afas.customer_number = "12345"
    page.check_button.click()
    assert page.runner.busy
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    assert not page.runner.busy
    assert page.check_button.isEnabled()
    # Both stopped checks answer now; their answers are dropped.
    fake_afas.release()
    assert wizard.pool.waitForDone(30000)
    QApplication.processEvents()
    assert wizard.state.check_run("12345") is None
    assert wizard.state.check_run("54321") is None
    assert not page.runner.busy


def _services_holding_answers(fake) -> LiveCheckConfig:
    # Timeouts far beyond the test: only the fake's release ends a held answer.
    return LiveCheckConfig(afas_endpoint=fake.base_url, connect_timeout=60, read_timeout=60)


def _to_nmbrs_check(qtbot, wizard, scenario) -> None:
    from wizard.core.model import AccountType

    click_box(qtbot, wizard.start_page.nmbrs_radio)
    click_next(qtbot, wizard)
    click_box(qtbot, wizard.currentPage().boxes[AccountType.UMBRELLA].radio)
    click_next(qtbot, wizard)
    for _ in range(3):
        tick_everything(qtbot, wizard)
        click_next(qtbot, wizard)
    type_into(
        qtbot,
        wizard,
        {
            "company_name": "Voorbeeld B.V.",
            "contact_person": "Jan",
            "email": "jan@example.nl",
            "phone": "020 123 4567",
            "username": scenario.username,
            "token": scenario.token,
            "domain": scenario.domain,
        },
    )
    click_next(qtbot, wizard)
    assert at(wizard) is Step.NMBRS_CHECK


def test_nmbrs_check_from_the_gui_marks_inactive_calls_on_the_rights_step(
    qtbot, make_wizard, fake_nmbrs, nmbrs_scenario, tmp_path
) -> None:
    nmbrs_scenario.inactive = {"Children_Get", "Reports_BackgroundTask_Result"}
    services = LiveCheckConfig(
        nmbrs_endpoint=fake_nmbrs.base_url,
        wsdl_cache_dir=tmp_path / "wsdl",
        connect_timeout=2,
        read_timeout=5,
    )
    wizard = make_wizard(check_config=services)
    _to_nmbrs_check(qtbot, wizard, nmbrs_scenario)
    page = wizard.currentPage()
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.runner.busy, timeout=15000)
    run = wizard.state.check_run(nmbrs_scenario.username)
    assert run is not None and not run.report.ok
    statuses = {item.name: item.status for item in run.report.checks}
    assert statuses["Children_Get"] is CallStatus.INACTIVE
    # The screen name of the manual, not the real operation name, is what the clerk sees.
    assert statuses["Report_BackgroundTask_Result"] is CallStatus.INACTIVE
    assert statuses["List_GetAll"] is CallStatus.ACTIVE
    assert "2" in page.details.text()
    row = next(
        row
        for row in range(page.table.rowCount())
        if page.table.item(row, 2).text() == "Children_Get"
    )
    qtbot.mouseClick(page.table.fix_button(row), Qt.MouseButton.LeftButton)
    assert at(wizard) is Step.UMBRELLA_RIGHTS
    rights = wizard.currentPage()
    marked = {
        box.text()
        for box, call in rights.call_checkboxes
        if box.property("checkStatus") == "inactive"
    }
    assert any(text.startswith("Children_Get") for text in marked)
    assert any(text.startswith("Report_BackgroundTask_Result") for text in marked)


def test_nmbrs_network_fault_is_explained_in_dutch(
    qtbot, make_wizard, fake_nmbrs, nmbrs_scenario, tmp_path
) -> None:
    from tests.fakes.fake_nmbrs import FaultMode

    nmbrs_scenario.faults = {"*": FaultMode.HTML_PAGE}
    services = LiveCheckConfig(
        nmbrs_endpoint=fake_nmbrs.base_url, wsdl_cache_dir=tmp_path / "wsdl", read_timeout=5
    )
    wizard = make_wizard(check_config=services)
    _to_nmbrs_check(qtbot, wizard, nmbrs_scenario)
    page = wizard.currentPage()
    page.check_button.click()
    qtbot.waitUntil(lambda: not page.runner.busy, timeout=15000)
    assert page.status.text().startswith("De controle kon niet worden uitgevoerd")
    assert "proxy" in page.status.text().lower()
    assert wizard.state.nmbrs.token == nmbrs_scenario.token


def test_connector_zip_sets_the_expected_connectors(qtbot, make_wizard, fake_afas, tmp_path):
    import zipfile

    archive = tmp_path / "benefits-plaza.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for name in ("BP_Werkgevers", "BP_Medewerkers", "BP_Pensioen"):
            zipped.writestr(f"{name}.gcn", b"\x08\x00binary")
    wizard = make_wizard(check_config=_services(fake_afas))
    _to_afas_check(qtbot, wizard)
    page = wizard.currentPage()
    page.use_connector_zip(archive)
    assert "BP_Pensioen" in page.zip_label.text()
    page.check_button.click()
    qtbot.waitUntil(lambda: not page.runner.busy, timeout=5000)
    run = wizard.state.check_run("12345")
    assert run is not None and run.report.missing_connectors == ["BP_Pensioen"]
    # A file that is no ZIP is explained, and the expected list falls back to the data file.
    broken = tmp_path / "geen-zip.zip"
    broken.write_text("not a zip")
    page.use_connector_zip(broken)
    assert page.zip_label.text()
    assert wizard.state.connector_zip == ""


def test_nmbrs_check_against_nmbrs_own_v21_wsdls_is_dutch_in_the_table(
    qtbot, make_wizard, tmp_path
) -> None:
    from tests.check_messages import english_sentences
    from tests.fakes.fake_nmbrs_v21 import FakeNmbrsV21, require_wsdl_copies

    require_wsdl_copies()
    with FakeNmbrsV21() as fake:
        fake.scenario.inactive = {"Partner_Get"}
        services = LiveCheckConfig(
            nmbrs_endpoint=fake.base_url, wsdl_cache_dir=tmp_path / "wsdl", read_timeout=5
        )
        wizard = make_wizard(check_config=services)
        _to_nmbrs_check(qtbot, wizard, fake.scenario)
        page = wizard.currentPage()
        qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not page.runner.busy, timeout=15000)

    assert fake.invalid_requests == []
    texts = [page.table.item(row, 4).text() for row in range(page.table.rowCount())]
    assert any(text.startswith("Niet gecontroleerd") for text in texts)
    shown = "\n".join([*texts, page.status.text(), page.details.text()])
    for sentence in english_sentences():
        assert sentence not in shown, sentence
