"""The line under the employer cards: which employers are shown, and the way to the others."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from wizard.core.card_pages import page_count, page_indexes
from wizard.core.message import filled
from wizard.ui.widgets.mnemonics import with_mnemonic


def count_text(number: int, language: str) -> str:
    """`number` with the thousands marked as the clerk reads them: 5.000, or 5,000 in English."""
    locale = QLocale(QLocale.Language.English if language == "en" else QLocale.Language.Dutch)
    return locale.toString(number)


class CardPager(QWidget):
    """'Employers 51–100 of 5,000' with Previous and Next; hidden when all fit on one page."""

    page_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        layout.addWidget(self.label)
        layout.addStretch(1)
        self.previous_button = QPushButton()
        # Enter on a pager button must mean the wizard's Next, as on the cards' buttons.
        self.previous_button.setAutoDefault(False)
        self.previous_button.clicked.connect(lambda: self.page_requested.emit(self.page - 1))
        layout.addWidget(self.previous_button)
        self.next_button = QPushButton()
        self.next_button.setAutoDefault(False)
        self.next_button.clicked.connect(lambda: self.page_requested.emit(self.page + 1))
        layout.addWidget(self.next_button)
        # Next stays off while an employer is incomplete; with many pages this finds it.
        self.problem_button = QPushButton()
        self.problem_button.setAutoDefault(False)
        self.problem_button.hide()
        layout.insertWidget(2, self.problem_button)
        self.page = 0
        self.total = 0
        self.language = "nl"
        self.setVisible(False)

    def show_page(self, page: int, total: int, language: str) -> None:
        """Say which of `total` employers `page` shows; hidden when one page holds them all."""
        self.page, self.total, self.language = page, total, language
        pages = page_count(total)
        shown = page_indexes(page, total)
        if shown:
            text = filled(
                self.tr("Employers {first}–{last} of {total}"),
                first=count_text(shown.start + 1, language),
                last=count_text(shown.stop, language),
                total=count_text(total, language),
            )
        else:
            text = ""
        self.label.setText(text)
        self.label.setAccessibleName(text)
        self.previous_button.setEnabled(page > 0)
        self.next_button.setEnabled(page < pages - 1)
        self.setVisible(pages > 1)

    def retranslate(self, taken: set[str]) -> None:
        """Set the buttons' texts; their Alt+letters avoid `taken` and are added to it."""
        self.previous_button.setText(with_mnemonic(self.tr("Previous"), taken))
        self.previous_button.setAccessibleName(self.tr("Previous employers"))
        self.next_button.setText(with_mnemonic(self.tr("Next"), taken))
        self.next_button.setAccessibleName(self.tr("Next employers"))
        self.problem_button.setText(
            with_mnemonic(self.tr("Go to the first employer with a problem"), taken)
        )
