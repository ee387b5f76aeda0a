"""The closing page: what was saved and where, where the tokens are, and what happens next."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from wizard.core.flow import form_sent_later
from wizard.core.manual import Manual
from wizard.core.message import filled
from wizard.core.model import Package, Step, WizardState
from wizard.core.step_reference import WHAT_HAPPENS_NEXT
from wizard.core.token_keeping import TokenKeeping
from wizard.ui.next_steps import next_steps
from wizard.ui.pages.step_page import StepPage
from wizard.ui.widgets.links import linked_html
from wizard.ui.widgets.scrolling_body import scrolling_body
from wizard.ui.widgets.side_actions import FORGET_TEXT


def _heading() -> QLabel:
    label = QLabel()
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


class FinishPage(StepPage):
    """The last page. `token_keeping` asks the session where the tokens are."""

    def __init__(
        self,
        state: WizardState,
        manual: Manual,
        *,
        token_keeping: Callable[[], TokenKeeping],
        progress_file: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(Step.FINISH, state, manual, parent)
        self._token_keeping = token_keeping
        self.progress_file = progress_file
        _outer, layout = scrolling_body(self)
        # The send-form step's "later" tick promises a reminder here, where Finish is.
        self.later_label = QLabel()
        self.later_label.setObjectName("noticeLabel")
        self.later_label.setWordWrap(True)
        self.later_label.setTextFormat(Qt.TextFormat.RichText)
        self.later_label.setOpenExternalLinks(True)
        layout.addWidget(self.later_label)
        self.files_heading = _heading()
        layout.addWidget(self.files_heading)
        self.files_body = QWidget()
        self.files_grid = QGridLayout(self.files_body)
        self.files_grid.setContentsMargins(0, 0, 0, 0)
        self.files_grid.setColumnStretch(0, 1)
        layout.addWidget(self.files_body)
        self.folder_buttons: list[QPushButton] = []
        self.tokens_heading = _heading()
        layout.addWidget(self.tokens_heading)
        self.tokens_label = QLabel()
        self.tokens_label.setWordWrap(True)
        layout.addWidget(self.tokens_label)
        self.next_heading = _heading()
        layout.addWidget(self.next_heading)
        self.next_label = QLabel()
        self.next_label.setWordWrap(True)
        self.next_label.setTextFormat(Qt.TextFormat.RichText)
        self.next_label.setOpenExternalLinks(True)
        layout.addWidget(self.next_label)
        layout.addStretch(1)
        self.setFinalPage(True)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Done: what happens next"))
        self.setSubTitle(self.tr("What you saved, where the tokens are, and what comes next."))
        # The tab's own name, as the summary shows it (without its mnemonic).
        tab = QCoreApplication.translate("SummaryPage", "&Copy to a.s.r.'s form").replace("&", "")
        later = filled(
            self.tr(
                "Reminder: you chose to send a.s.r.'s form later. Send it at "
                "www.asr.nl/salarisverwerkers; the values are in the summary, on the tab {tab}."
            ),
            tab=tab,
        )
        self.later_label.setText(linked_html(later))
        self.later_label.setAccessibleName(later)
        self.later_label.setVisible(form_sent_later(self.state, self.manual))
        self.files_heading.setText(self.tr("Saved files"))
        self._fill_files()
        self.tokens_heading.setText(self.tr("Tokens"))
        self.tokens_label.setText(self.tokens_text())
        self.next_heading.setText(WHAT_HAPPENS_NEXT.shown(QCoreApplication.translate))
        items = "".join(f"<li>{linked_html(step)}</li>" for step in next_steps(self.state))
        self.next_label.setText(f"<ol style='margin-left: 0'>{items}</ol>")
        self.next_label.setAccessibleName(" ".join(next_steps(self.state)))

    def saved_files(self) -> list[tuple[str, Path]]:
        """(what it is, where) for every file saved in this session, progress included."""
        files = [
            (
                self.tr("PDF:") if name.lower().endswith(".pdf") else self.tr("Registration file:"),
                Path(name),
            )
            for name in self.state.saved_files
        ]
        if self.progress_file is not None:
            files.append((self.tr("Your progress, without tokens:"), self.progress_file))
        return files

    def _fill_files(self) -> None:
        while self.files_grid.count():
            item = self.files_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                # Off the page at once: a deferred delete would leave it drawn until then.
                widget.setParent(None)
                widget.deleteLater()
        self.folder_buttons = []
        row = 0
        if not self.state.saved_files:
            none = QLabel(
                self.tr(
                    "You saved no registration file or PDF in this session. Go Back to the "
                    "summary to save them."
                )
            )
            none.setWordWrap(True)
            none.setObjectName("noticeLabel")
            self.files_grid.addWidget(none, row, 0, 1, 2)
            row += 1
        for number, (what, path) in enumerate(self.saved_files(), start=1):
            label = QLabel(f"{what} {path.name}\n{path.parent}")
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            button = QPushButton(self.tr("Open folder"))
            button.setObjectName(f"openFolder{number}")
            button.setAutoDefault(False)
            button.setAccessibleName(filled(self.tr("Open the folder of {name}"), name=path.name))
            button.clicked.connect(lambda _checked=False, p=path: self.open_folder(p))
            self.files_grid.addWidget(label, row, 0)
            self.files_grid.addWidget(button, row, 1, Qt.AlignmentFlag.AlignTop)
            self.folder_buttons.append(button)
            row += 1

    def open_folder(self, path: Path) -> None:
        """Show the folder that holds `path` in the file manager."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))

    def tokens_text(self) -> str:
        """Where the tokens are kept, in words."""
        keeping = self._token_keeping()
        if keeping is TokenKeeping.NONE:
            return self.tr("You entered no token in this session.")
        if keeping is TokenKeeping.STORED:
            # The side panel's own button text, so the sentence names the button as shown.
            forget = QCoreApplication.translate("SideActions", FORGET_TEXT)
            return filled(
                self.tr(
                    "The tokens are kept in this computer's secure storage, so the wizard can fill "
                    "them in next time. The button {forget} in the side panel removes them."
                ),
                forget=f"“{forget.replace('&', '').rstrip('…')}”",
            )
        text = self.tr(
            "The tokens are only in memory: this computer's secure storage could not keep "
            "them. They are gone once you close the wizard."
        )
        # Only AFAS shows a token once: losing it means making a new one.
        if self.state.package is Package.AFAS:
            text += " " + self.tr(
                "AFAS shows a data token only once: make sure a.s.r.'s form has it first."
            )
        return text
