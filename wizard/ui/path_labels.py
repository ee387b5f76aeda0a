"""A path's name in the clerk's language: its table label, translated in context PathLabel."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from wizard.core.paths import PathSpec
from wizard.core.translation_marker import QT_TRANSLATE_NOOP

# The shipped labels, for lupdate; the table (resources/manual/paths.json) holds the same texts.
_SHIPPED_LABELS = (
    QT_TRANSLATE_NOOP("PathLabel", "Nmbrs, umbrella account"),
    QT_TRANSLATE_NOOP("PathLabel", "Nmbrs, account per debtor"),
    QT_TRANSLATE_NOOP("PathLabel", "AFAS, own data via Benefits-Plaza"),
)


def path_label(spec: PathSpec) -> str:
    """The path's label; a label the catalogue does not hold is shown as written."""
    return QCoreApplication.translate("PathLabel", spec.label)
