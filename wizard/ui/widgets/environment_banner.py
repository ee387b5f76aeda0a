"""A banner that says so when the AFAS environment is a test or accept environment."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from wizard.core.afas_environment import parse_afas_environment
from wizard.core.message import filled
from wizard.core.model import AfasEnvironment, AfasRegistration

_HOSTS = {AfasEnvironment.TEST: "resttest", AfasEnvironment.ACCEPT: "restaccept"}


class EnvironmentBanner(QLabel):
    """Hidden for production; for test or accept it names the environment the check uses."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeLabel")
        self.setWordWrap(True)
        self.hide()

    def refresh(self, afas: AfasRegistration) -> None:
        """Show or hide the banner for the environment in `afas`, in the current language."""
        if afas.environment is AfasEnvironment.TEST:
            text = self.tr(
                "Test environment: you chose an AFAS test environment (T), not production (O). "
                "The live check uses {host}. Make sure this is the environment whose data a.s.r. "
                "should receive."
            )
        elif afas.environment is AfasEnvironment.ACCEPT:
            text = self.tr(
                "Accept environment: you chose an AFAS accept environment (A), not production "
                "(O). The live check uses {host}. Make sure this is the environment whose data "
                "a.s.r. should receive."
            )
        else:
            self.hide()
            self.setText("")
            return
        # While typing the field may hold "T12345AA" or an address: show only its digits.
        parsed = parse_afas_environment(afas.customer_number)
        number = parsed.customer_number if parsed is not None else "NNNNN"
        host = f"{number}.{_HOSTS[afas.environment]}.afas.online"
        self.setText(filled(text, host=host))
        self.setAccessibleName(self.text())
        self.show()
