"""Qt translations for every front end (GUI and command line). The core only marks texts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from wizard.core.languages import DEFAULT_LANGUAGE, LANGUAGES
from wizard.core.message import Message
from wizard.core.resource_files import resource_path

_installed: list[QTranslator] = []


def ensure_core_application() -> QCoreApplication:
    """Return the running Qt application, creating a GUI-less one for command-line use."""
    app = QCoreApplication.instance()
    if app is None:
        app = QCoreApplication([])
    return app


def install_translators(language: str | None) -> str:
    """Install Qt's own and the wizard's translations for `language`; return the language used.

    English is the source language, so for "en" only the translators are removed.
    """
    app = ensure_core_application()
    chosen = language if language in LANGUAGES else DEFAULT_LANGUAGE
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if chosen == "en":
        return chosen
    qt_translator = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_translator.load(QLocale(chosen), "qtbase", "_", qt_dir):
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)
    own_translator = QTranslator(app)
    if own_translator.load(f"wizard_{chosen}", str(resource_path("i18n"))):
        app.installTranslator(own_translator)
        _installed.append(own_translator)
    return chosen


def tr(context: str, text: str, **arguments: str) -> str:
    """Translate a marked source text and fill its {placeholders} (as Message.shown does)."""
    return Message.of(context, text, **arguments).shown(QCoreApplication.translate)
