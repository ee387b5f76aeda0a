"""Nmbrs: explain the two account types and their trade-off, then let the clerk choose."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from wizard.core.manual import AccountTypeOption, Manual
from wizard.core.message import filled
from wizard.core.model import AccountType, Step, WizardState
from wizard.ui.pages.step_page import StepPage


class _OptionBox(QFrame):
    """One account type: a radio button with its summary, advantage and drawback."""

    def __init__(self, option: AccountTypeOption, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.option = option
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("optionBox")
        layout = QVBoxLayout(self)
        self.radio = QRadioButton()
        self.summary = QLabel()
        self.pros = QLabel()
        self.cons = QLabel()
        layout.addWidget(self.radio)
        for label in (self.summary, self.pros, self.cons):
            label.setWordWrap(True)
            label.setContentsMargins(24, 0, 0, 0)
            layout.addWidget(label)


class AccountTypePage(StepPage):
    """Page that explains the umbrella and per-debtor accounts before the choice."""

    def __init__(self, state: WizardState, manual: Manual, parent: QWidget | None = None) -> None:
        super().__init__(Step.NMBRS_ACCOUNT_TYPE, state, manual, parent)
        choice = manual.account_types
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.group = QButtonGroup(self)
        self.boxes: dict[AccountType, _OptionBox] = {}
        for option in choice.options:
            box = _OptionBox(option)
            self.group.addButton(box.radio)
            box.radio.toggled.connect(self._on_choice)
            self.boxes[option.account_type] = box
            layout.addWidget(box)

        self.doubt = QLabel()
        self.doubt.setWordWrap(True)
        layout.addWidget(self.doubt)
        # Stacked, so long Dutch answers fit a narrow window at high scaling.
        answers = QVBoxLayout()
        self.answer_buttons: list[tuple[QPushButton, AccountType]] = []
        for _text, account_type in choice.doubt_answers:
            button = QPushButton()
            button.clicked.connect(lambda _checked=False, kind=account_type: self.choose(kind))
            answers.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            self.answer_buttons.append((button, account_type))
        layout.addLayout(answers)
        layout.addStretch(1)
        self.sync_from_state()
        self.retranslate()

    def sync_from_state(self) -> None:
        """Show the account type stored in the state."""
        self.group.setExclusive(False)
        for kind, box in self.boxes.items():
            box.radio.setChecked(self.state.account_type is kind)
        self.group.setExclusive(True)

    def choose(self, kind: AccountType) -> None:
        """Select `kind`, as the radio button or a doubt answer does."""
        self.boxes[kind].radio.setChecked(True)

    def retranslate(self) -> None:
        choice = self.manual.account_types
        self.setTitle(self.tr("Nmbrs: choose the account type"))
        self.setSubTitle(self.tr("Read both options first; you can change your choice later."))
        self.intro.setText(self.text(choice.intro))
        for index, (kind, box) in enumerate(self.boxes.items(), start=1):
            title = self.text(box.option.title)
            box.radio.setText(f"&{index}  {title}")
            box.radio.setAccessibleName(title)
            box.summary.setText(self.text(box.option.summary))
            box.pros.setText(filled(self.tr("Advantage: {text}"), text=self.text(box.option.pros)))
            box.cons.setText(filled(self.tr("Drawback: {text}"), text=self.text(box.option.cons)))
            box.setProperty("recommended", kind is choice.recommended)
        self.doubt.setText(self.text(choice.doubt_question))
        for (button, _kind), (text, _same) in zip(
            self.answer_buttons, choice.doubt_answers, strict=True
        ):
            button.setText(self.text(text))

    def _on_choice(self) -> None:
        chosen = next((kind for kind, box in self.boxes.items() if box.radio.isChecked()), None)
        if chosen is not self.state.account_type:
            self.state.account_type = chosen
            self.notify_changed()
