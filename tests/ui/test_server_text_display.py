"""Server text in the GUI is shown as text: no markup rendered, no second line, no bidi tricks."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt

from tests.fakes.afas_fixtures import DEFAULT_ASSIGNED
from tests.fakes.fake_afas import DEFAULT_DATA_TOKEN, FakeAfasScenario
from tests.ui.wizard_driver import walk_afas_to_check
from wizard.ui.live_check_config import LiveCheckConfig

HOSTILE_CONNECTOR = "<b>BP_Bold</b><img src=x>\n\u202eevil"
HOSTILE_ENVIRONMENT = "<b>O12345AA</b>"


def _check(qtbot, make_wizard, fake_afas):
    services = LiveCheckConfig(afas_endpoint=fake_afas.base_url, connect_timeout=1, read_timeout=2)
    wizard = make_wizard(check_config=services)
    walk_afas_to_check(qtbot, wizard, DEFAULT_DATA_TOKEN)
    page = wizard.currentPage()
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.runner.busy, timeout=5000)
    return page


def test_connector_ids_and_environment_are_plain_text(qtbot, make_wizard, fake_afas) -> None:
    fake_afas.config.assigned_connectors = [*DEFAULT_ASSIGNED, HOSTILE_CONNECTOR]
    fake_afas.config.envid = HOSTILE_ENVIRONMENT
    page = _check(qtbot, make_wizard, fake_afas)
    assert page.details.textFormat() is Qt.TextFormat.PlainText
    assert page.status.textFormat() is Qt.TextFormat.PlainText
    # The markup is shown as the characters it is made of.
    assert HOSTILE_ENVIRONMENT in page.details.text()
    cells = [page.table.item(row, 2) for row in range(page.table.rowCount())]
    hostile = next(cell for cell in cells if cell.text().startswith("<b>BP_Bold</b>"))
    assert "\n" not in hostile.text() and "\u202e" not in hostile.text()
    # A tooltip that looks like HTML is rendered as HTML by Qt; ours is escaped rich text.
    assert "<b>" not in hostile.toolTip()
    assert html.escape("<b>BP_Bold</b>") in hostile.toolTip()


def test_an_error_text_with_markup_stays_text(qtbot, make_wizard, fake_afas) -> None:
    fake_afas.config.scenario = FakeAfasScenario.SERVER_ERROR
    fake_afas.config.external_message = "<a href='https://evil.example'>Klik hier</a>\x1b[2J"
    page = _check(qtbot, make_wizard, fake_afas)
    message = page.table.item(0, 4)
    assert "<a href=" in message.text()
    assert "\x1b" not in message.text()
    assert "<a href=" not in message.toolTip()
