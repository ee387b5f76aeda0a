"""Composition root of the GUI: application, translations, progress store and the wizard."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QStandardPaths, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from wizard import APP_NAME, ORG_NAME, __version__
from wizard.core.manual import shipped_manual
from wizard.core.model import WizardState
from wizard.core.progress_store import LoadStatus, ProgressStore
from wizard.core.resource_files import resource_path
from wizard.translation import install_translators
from wizard.ui.contrast import apply_initial_contrast, watch_contrast
from wizard.ui.live_check_config import LiveCheckConfig
from wizard.ui.main_wizard import MainWizard
from wizard.ui.single_instance import acquire as acquire_single_instance

if TYPE_CHECKING:
    from wizard.services.secret_store import SecretStore

# Set to "1", the GUI prints BENCH_MARKER once the first page is shown, then quits.
BENCH_EXIT_AFTER_SHOW = "WIZARD_BENCH_EXIT_AFTER_SHOW"
BENCH_MARKER = "wizard: first page shown"


def create_application() -> QApplication:
    """The QApplication with the program's names, icon and style."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName("salariskoppeling-wizard")
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(__version__)
    icon = resource_path("icons", "wizard.png")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    apply_initial_contrast(app)
    return app


def progress_folder() -> Path:
    """The per-user application-data folder (e.g. %APPDATA% on Windows)."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location)


def wsdl_cache_folder() -> Path:
    """The per-user cache folder for Nmbrs WSDLs."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    return Path(location) / "nmbrs-wsdl"


def build_wizard(
    language: str | None,
    store: ProgressStore | None,
    *,
    secrets: SecretStore | Callable[[], SecretStore] | None = None,
    check_config: LiveCheckConfig | None = None,
    log_path: Path | None = None,
) -> MainWizard:
    """Create the wizard, offering saved progress when there is some."""
    outcome = store.load() if store is not None else None
    saved_language = (
        outcome.state.language
        if outcome and outcome.status is LoadStatus.LOADED and outcome.state
        else None
    )
    chosen = install_translators(language or saved_language)
    # Built in the chosen language at once: switching afterwards would load the translations
    # again and word every text twice before the first paint.
    wizard = MainWizard(
        shipped_manual(),
        store,
        WizardState(language=chosen),
        check_config=check_config,
        secrets=secrets,
        log_path=log_path,
    )
    if outcome is not None:
        wizard.resuming.offer(outcome)
    return wizard


def log_folder() -> Path:
    """The per-user folder for the diagnostics log (%LOCALAPPDATA%\\...\\logs on Windows)."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(location) / "logs"


def fit_to_screen(wizard: MainWizard) -> None:
    """Never open larger than the screen's free area (high scaling leaves little room)."""
    screen = wizard.screen()
    if screen is None:
        return
    available = screen.availableGeometry()
    wizard.resize(min(wizard.width(), available.width()), min(wizard.height(), available.height()))


def secret_store() -> SecretStore:
    """The OS keyring store, created on first use."""
    # Lazy: no service loads before the first paint (tests/ui/test_startup_imports.py).
    from wizard.services.secret_store import SecretStore

    return SecretStore()


def start_logging(wizard: MainWizard) -> None:
    """Open the diagnostics log and tell the wizard where it is."""
    # Lazy: the log and logging.handlers load right after the first paint.
    from wizard.services.diagnostics_log import configure_logging, stop_logging

    try:
        wizard.log_path = configure_logging(log_folder())
    except OSError:
        # A locked-down profile must not stop the wizard; it then runs without a log.
        wizard.log_path = None
        return
    app = QApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(stop_logging)


def run_gui(language: str | None = None) -> int:
    """Start the wizard and return the exit code of the event loop."""
    app = create_application()
    instance = acquire_single_instance(progress_folder())
    if instance is None:
        # A second copy would autosave over the first one's progress; it steps aside instead.
        # Lazy: a message box type takes ~0.7 ms to create; only a second copy needs one.
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(
            None,
            APP_NAME,
            QCoreApplication.translate(
                "SingleInstance",
                "The wizard is already open. Switch to that window to continue; this copy "
                "closes so your progress stays safe.",
            ),
        )
        return 0
    # `instance` lives in this frame until app.exec() returns; quitting removes the lock file.
    app.aboutToQuit.connect(instance.release)
    wizard = build_wizard(
        language,
        ProgressStore(progress_folder()),
        secrets=secret_store,
        check_config=LiveCheckConfig(wsdl_cache_dir=wsdl_cache_folder()),
    )
    # The log starts right after the first paint: nothing is logged before it, and the
    # clerk sees the window sooner.
    wizard.first_painted.connect(lambda: start_logging(wizard))
    wizard.first_painted.connect(lambda: watch_contrast(app))
    if os.environ.get(BENCH_EXIT_AFTER_SHOW) == "1":
        # tests/bench/bench_startup.py times the start up to the first paint of the window.
        wizard.showing_first_frame.connect(
            lambda: (print(BENCH_MARKER, flush=True), QTimer.singleShot(0, app.quit))
        )
    fit_to_screen(wizard)
    wizard.show()
    return app.exec()
