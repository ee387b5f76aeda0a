"""Side panel: the steps of the chosen path and which of them are done."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from wizard.core.flow import path_steps, step_done
from wizard.core.manual import Manual
from wizard.core.message import filled
from wizard.core.model import Step, WizardState
from wizard.core.paths import check_steps
from wizard.core.step_reference import LIVE_CHECK, STEP_NUMBER, SUMMARY, WHAT_HAPPENS_NEXT
from wizard.translation import tr
from wizard.ui.style import high_contrast_style

DONE = "\N{HEAVY CHECK MARK}"
CURRENT = "\N{BLACK RIGHT-POINTING TRIANGLE}"
OPEN = "\N{WHITE CIRCLE}"
# Step names go into rich text. Element text needs only these three escaped; the html module
# would add its 2,000-entity table to the start-up for the same result.
_RICH_TEXT_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})


class StepPanel(QWidget):
    """Lists the path's steps with a mark for done, current and still open.

    A done step is a link: clicking it (or Tab to it and Enter) asks to go there.
    """

    step_requested = Signal(Step)

    def __init__(self, state: WizardState, manual: Manual, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.manual = manual
        self.setObjectName("stepPanel")
        self.setMinimumWidth(220)
        self.setMaximumWidth(260)
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("stepPanelHeading")
        layout.addWidget(self.heading)
        self.list_label = QLabel()
        # The text is rich text (QLabel detects it). Qt's enums are avoided here on purpose:
        # the first use of the Qt namespace costs ~13 ms, before the window could show.
        self.list_label.setWordWrap(True)
        self.list_label.linkActivated.connect(self._on_link)
        self._links_by_keyboard = False
        # Scrolls in a small window (760x500, or 200% on a laptop) instead of cutting off the
        # last steps.
        self.list_scroll = QScrollArea()
        self.list_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.list_scroll.setWidgetResizable(True)
        # A stretch below keeps the list at the top (an alignment would load the Qt namespace,
        # ~13 ms before the first paint).
        list_body = QWidget()
        list_layout = QVBoxLayout(list_body)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.list_label)
        list_layout.addStretch(1)
        self.list_scroll.setWidget(list_body)
        # The panel's own background shows through, as it did behind the bare label: a rule of
        # the style sheet (ui/style.py) clears the viewport, as viewport() here cost ~10 ms
        # before the first paint.
        self.list_scroll.setObjectName("stepList")
        list_body.setAutoFillBackground(False)
        layout.addWidget(self.list_scroll, 1)
        self.refresh(Step.START)

    def step_name(self, step: Step) -> str:
        """The short name of a step in the current language."""
        content = self.manual.step(step)
        if content is not None:
            return (
                filled(STEP_NUMBER.shown(tr), number=content.number)
                + ": "
                + content.title.in_language(self.state.language)
            )
        names = {
            Step.START: self.tr("Payroll package"),
            Step.NMBRS_ACCOUNT_TYPE: self.tr("Account type"),
            Step.NMBRS_CHECK: LIVE_CHECK.shown(tr),
            Step.AFAS_CHECK: LIVE_CHECK.shown(tr),
            Step.SUMMARY: SUMMARY.shown(tr),
            Step.FINISH: WHAT_HAPPENS_NEXT.shown(tr),
        }
        return names.get(step, step.name)

    def check_note(self) -> str:
        """A word on the last live check when it did not simply pass: not run, not checked."""
        if not self.state.check_runs:
            return ""
        # Lazy: check results load datetime; needed only once a check has run.
        from wizard.core.check_fixes import combined_check
        from wizard.core.check_result import Verdict

        # Only the verdict: fifty employers' calls are not copied on every change of state.
        last = combined_check(self.state, name_logins=False)
        if last is None:
            return ""
        notes = {
            Verdict.NOT_RUN: self.tr("not run"),
            Verdict.NOT_CHECKED: self.tr("not checked completely"),
            Verdict.PROBLEMS: self.tr("problems found"),
        }
        return notes.get(last[0].verdict, "")

    def refresh(self, current: Step) -> None:
        """Redraw the list with `current` highlighted."""
        self.heading.setText(self.tr("Your steps"))
        check_note = self.check_note()
        lines = []
        spoken = []
        for step in path_steps(self.state):
            # In high contrast the system colours rule: marks and weight only, no colours.
            plain = high_contrast_style()
            name = self.step_name(step)
            if step in check_steps() and check_note:
                name += f" ({check_note})"
            shown = name.translate(_RICH_TEXT_ESCAPES)
            if step is current:
                mark, style, word = CURRENT, "font-weight:bold", self.tr("current step")
            elif step_done(step, self.state, self.manual):
                mark, style, word = DONE, "" if plain else "color:#2e7d32", self.tr("done")
                shown = f"<a href='{step.name}'>{shown}</a>"
            else:
                mark, style, word = OPEN, "" if plain else "color:#555555", self.tr("to do")
            lines.append(f"<p style='{style}; margin:0 0 6px 0'>{mark} {shown}</p>")
            spoken.append(f"{name}: {word}")
        if "<a " in "".join(lines):
            self._allow_links_by_keyboard()
        self.list_label.setText("".join(lines))
        # The heading already says "Your steps"; the list is read as steps with their state.
        self.list_label.setAccessibleName("; ".join(spoken))

    def _allow_links_by_keyboard(self) -> None:
        if self._links_by_keyboard:
            return
        # Lazy: the Qt namespace is slow to load; needed only once a step is done.
        from PySide6.QtCore import Qt

        flags = Qt.TextInteractionFlag
        self.list_label.setTextInteractionFlags(
            flags.LinksAccessibleByMouse | flags.LinksAccessibleByKeyboard
        )
        self._links_by_keyboard = True

    def _on_link(self, target: str) -> None:
        if target in Step.__members__:
            self.step_requested.emit(Step[target])
