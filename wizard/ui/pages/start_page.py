"""First page: language, resume, and the choice of payroll package."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from wizard.core.manual import Manual
from wizard.core.message import filled
from wizard.core.model import Package, Step, WizardState
from wizard.core.paths import PackageChoice, package_choices
from wizard.core.translation_marker import QT_TRANSLATE_NOOP
from wizard.ui.pages.step_page import StepPage

# The shipped choices' texts, for lupdate; the path table (resources/manual/paths.json) holds them.
_SHIPPED_CHOICE_TEXTS = (
    QT_TRANSLATE_NOOP("StartPage", "N&mbrs: register as payroll processor"),
    QT_TRANSLATE_NOOP(
        "StartPage",
        "You process payroll for employers in Nmbrs and register with a.s.r. as "
        "payroll processor (salarisverwerker).",
    ),
    QT_TRANSLATE_NOOP("StartPage", "&AFAS: own data via Benefits-Plaza"),
    QT_TRANSLATE_NOOP(
        "StartPage",
        "You keep your own payroll in AFAS Profit and supply the data yourself "
        "(gegevens in eigen beheer) through Benefits-Plaza.",
    ),
)


class StartPage(StepPage):
    """Page where the clerk picks Nmbrs or AFAS (and the language)."""

    language_requested = Signal(str)
    resume_requested = Signal()
    restart_requested = Signal()
    # The clerk wants to check a registration saved earlier.
    recheck_requested = Signal()

    def __init__(self, state: WizardState, manual: Manual, parent: QWidget | None = None) -> None:
        super().__init__(Step.START, state, manual, parent)
        layout = QVBoxLayout(self)

        language_row = QHBoxLayout()
        self.language_label = QLabel()
        self.language_box = QComboBox()
        self.language_box.addItem("Nederlands", "nl")
        self.language_box.addItem("English", "en")
        self.language_box.setCurrentIndex(1 if state.language == "en" else 0)
        self.language_label.setBuddy(self.language_box)
        self.language_box.currentIndexChanged.connect(self._on_language)
        language_row.addWidget(self.language_label)
        language_row.addWidget(self.language_box)
        language_row.addStretch(1)
        layout.addLayout(language_row)

        self.resume_frame = QFrame()
        self.resume_frame.setObjectName("resumeBanner")
        self.resume_frame.setFrameShape(QFrame.Shape.StyledPanel)
        resume_layout = QVBoxLayout(self.resume_frame)
        self.resume_label = QLabel()
        self.resume_label.setWordWrap(True)
        resume_layout.addWidget(self.resume_label)
        resume_buttons = QHBoxLayout()
        self.resume_button = QPushButton()
        self.restart_button = QPushButton()
        # Starting over drops the saved progress: Enter on it must mean Next, not this.
        self.restart_button.setAutoDefault(False)
        self.resume_button.clicked.connect(self.resume_requested)
        self.restart_button.clicked.connect(self.restart_requested)
        resume_buttons.addWidget(self.resume_button)
        resume_buttons.addWidget(self.restart_button)
        resume_buttons.addStretch(1)
        resume_layout.addLayout(resume_buttons)
        self.resume_frame.hide()
        layout.addWidget(self.resume_frame)

        self.question_label = QLabel()
        self.question_label.setWordWrap(True)
        layout.addWidget(self.question_label)

        self.package_group = QButtonGroup(self)
        # One radio button and hint per package of the path table, in its order.
        self.choices: tuple[PackageChoice, ...] = package_choices()
        self.package_radios: dict[Package, QRadioButton] = {}
        self.package_hints: dict[Package, QLabel] = {}
        for choice in self.choices:
            radio, hint = QRadioButton(), QLabel()
            self.package_group.addButton(radio)
            hint.setWordWrap(True)
            hint.setContentsMargins(24, 0, 0, 8)
            hint.setObjectName("hintLabel")
            layout.addWidget(radio)
            layout.addWidget(hint)
            radio.toggled.connect(self._on_package)
            self.package_radios[choice.package] = radio
            self.package_hints[choice.package] = hint
        self.nmbrs_radio = self.package_radios[Package.NMBRS]
        self.afas_radio = self.package_radios[Package.AFAS]
        layout.addStretch(1)
        self.recheck_label = QLabel()
        self.recheck_label.setWordWrap(True)
        self.recheck_label.setObjectName("hintLabel")
        layout.addWidget(self.recheck_label)
        recheck_row = QHBoxLayout()
        self.recheck_button = QPushButton()
        # Opens a dialog: Enter on the start page must still mean Next.
        self.recheck_button.setAutoDefault(False)
        self.recheck_button.clicked.connect(self.recheck_requested)
        recheck_row.addWidget(self.recheck_button)
        recheck_row.addStretch(1)
        layout.addLayout(recheck_row)
        # Worded again on each retranslate, so a language switch rewords the banner too.
        self._resume_summary: Callable[[], str] = str
        self.sync_from_state()
        self.retranslate()

    def sync_from_state(self) -> None:
        """Show the package stored in the state (after a resume or a restart)."""
        self.package_group.setExclusive(False)
        for package, radio in self.package_radios.items():
            radio.setChecked(self.state.package is package)
        self.package_group.setExclusive(True)

    def offer_resume(self, summary: str | Callable[[], str]) -> None:
        """Show the resume banner; `summary` says which path and step were saved ("": hide).

        A callable is asked again on each language switch; a string is shown as it is.
        """
        self._resume_summary = summary if callable(summary) else lambda: summary
        self.resume_frame.setVisible(bool(self._resume_summary()))
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome"))
        self.setSubTitle(
            self.tr(
                "This wizard guides you step by step through connecting your payroll package "
                "to the a.s.r. salary link (salariskoppeling). You can stop at any time: "
                "your progress is saved."
            )
        )
        self.language_label.setText(self.tr("&Language:"))
        self.resume_label.setText(
            filled(
                # A line break, not a full stop: a step title may end in one ("a.s.r.").
                self.tr(
                    "You were here before: {summary}\nDo you want to continue where you left off?"
                ),
                summary=self._resume_summary(),
            )
        )
        self.resume_button.setText(self.tr("&Continue where I was"))
        self.restart_button.setText(self.tr("Start &over"))
        self.question_label.setText(self.tr("Which payroll package do you connect?"))
        self.recheck_label.setText(
            self.tr("Already connected? Check a saved registration again, every login at once.")
        )
        self.recheck_button.setText(self.tr("Check an e&xisting link again…"))
        for choice in self.choices:
            # A registered package's texts are shown as written when the catalogue has none.
            self.package_radios[choice.package].setText(self.tr(choice.choice))
            self.package_hints[choice.package].setText(self.tr(choice.hint))

    def _on_language(self) -> None:
        self.language_requested.emit(str(self.language_box.currentData()))

    def _on_package(self) -> None:
        chosen = next(
            (package for package, radio in self.package_radios.items() if radio.isChecked()),
            None,
        )
        if chosen is not self.state.package:
            self.state.package = chosen
            self.notify_changed()
