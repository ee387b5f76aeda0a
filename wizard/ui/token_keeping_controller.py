"""Shows what the keyring did with the clerk's tokens, and tells the log redactor the secrets."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from wizard.core.session import Session
from wizard.core.token_keeping import Keeper

if TYPE_CHECKING:
    from wizard.core.model import WizardState
    from wizard.services.secret_store import SecretStore


def keeper_factory(
    secrets: SecretStore | Callable[[], SecretStore] | None,
) -> Callable[[], Keeper] | None:
    """What makes the session's token keeper on first use; None when no secrets are kept."""
    if secrets is None:
        return None

    def make() -> Keeper:
        # Lazy: no service loads before the first paint (tests/ui/test_startup_imports.py).
        from wizard.services.token_keeper import TokenKeeper

        return TokenKeeper(secrets() if callable(secrets) else secrets)

    return make


class TokenKeepingController:
    """Keeps the session's tokens when the clerk has entered them, and shows the keyring's word."""

    def __init__(self, session: Session, notice: QLabel) -> None:
        self.session = session
        self.notice = notice

    def store_now(self) -> None:
        """Put the state's tokens in secure storage now (e.g. on leaving a form)."""
        self.register_secrets()
        self.session.save_tokens()
        self.show_notice()

    def keep_imported(self, imported: WizardState) -> None:
        """Put an imported file's tokens in the keyring; fetch those it left out from there."""
        self.session.keep_imported_tokens(imported)
        self.show_notice()

    def register_secrets(self) -> None:
        """Tell the log redactor every secret the clerk has entered or the keyring gave back."""
        # Lazy: no service loads before the first paint (tests/ui/test_startup_imports.py).
        from wizard.core.server_text import state_secrets
        from wizard.services.diagnostics_log import register_secret, register_url_credentials

        for secret in state_secrets(self.session.state):
            register_secret(secret)
        register_url_credentials(self.session.state.proxy_url)

    def show_notice(self) -> None:
        """Show what the keyring last said, or nothing when all went well."""
        notice = self.session.keyring_notice
        self.notice.setText(notice.shown(QCoreApplication.translate) if notice else "")
        self.notice.setVisible(notice is not None)
