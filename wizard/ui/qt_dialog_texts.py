"""Texts of Qt's own file dialog that Qt's Dutch catalogue (qtbase_nl) leaves English.

The non-native dialog (Linux without a desktop portal) builds its labels with mnemonics,
"&Look in:" and "Files of &type:", and qtbase_nl only knows them without the "&". They are
marked here so lupdate keeps them in the wizard's catalogue, which Qt asks first.
"""

from wizard.core.translation_marker import QT_TRANSLATE_NOOP

QT_FILE_DIALOG_TEXTS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
