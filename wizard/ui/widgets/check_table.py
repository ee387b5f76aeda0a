"""The live-check result: one row per call or connector, with a way back to the fixing step."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from wizard.core.check_fixes import fix_step
from wizard.core.check_result import CallStatus, CheckItem, CheckRun
from wizard.core.model import Package, Step, WizardState

_COLOURS = {
    CallStatus.ACTIVE: "#1b5e20",
    CallStatus.INACTIVE: "#b00020",
    CallStatus.NO_DATA_ACCESS: "#b00020",
    CallStatus.AUTH_FAILED: "#b00020",
    CallStatus.ERROR: "#8a5a00",
}


def status_text(status: CallStatus, package: Package | None) -> str:
    """The status in the clerk's words; AFAS connectors are assigned or missing."""
    translate = QCoreApplication.translate
    if package is Package.AFAS and status is CallStatus.ACTIVE:
        return translate("CheckTable", "Assigned")
    if package is Package.AFAS and status is CallStatus.INACTIVE:
        return translate("CheckTable", "Missing")
    words = {
        CallStatus.ACTIVE: translate("CheckTable", "Active"),
        CallStatus.INACTIVE: translate("CheckTable", "Not active"),
        CallStatus.NO_DATA_ACCESS: translate("CheckTable", "No access to data"),
        CallStatus.AUTH_FAILED: translate("CheckTable", "Login refused"),
        CallStatus.ERROR: translate("CheckTable", "Error"),
    }
    return words[status]


class CheckTable(QTableWidget):
    """Shows check runs; a button per failed row leads to the step that fixes it."""

    fix_requested = Signal(Step)

    def __init__(self, state: WizardState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setWordWrap(True)
        self.verticalHeader().hide()
        self.setAlternatingRowColors(True)
        self._runs: list[CheckRun] = []
        self.show_runs([])

    def _headers(self) -> list[str]:
        translate = QCoreApplication.translate
        return [
            translate("CheckTable", "Login"),
            translate("CheckTable", "Service"),
            translate("CheckTable", "Name on screen"),
            translate("CheckTable", "Status"),
            translate("CheckTable", "Explanation"),
            translate("CheckTable", "Fix"),
        ]

    def show_runs(self, runs: list[CheckRun]) -> None:
        """Fill the table from `runs` (one per login or environment)."""
        self._runs = list(runs)
        rows = [(run.subject, item) for run in runs for item in run.report.checks]
        self.clear()
        self.setColumnCount(6)
        self.setHorizontalHeaderLabels(self._headers())
        self.setRowCount(len(rows))
        for row, (subject, item) in enumerate(rows):
            self._fill_row(row, subject, item)
        header = self.horizontalHeader()
        for column in (0, 1, 2, 3, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        # The login column only matters when several logins were checked.
        self.setColumnHidden(0, len({subject for subject, _item in rows}) <= 1)
        self.resizeRowsToContents()

    def _fill_row(self, row: int, subject: str, item: CheckItem) -> None:
        status = QTableWidgetItem(status_text(item.status, self.state.package))
        status.setForeground(QBrush(QColor(_COLOURS[item.status])))
        cells = [
            QTableWidgetItem(subject),
            QTableWidgetItem(item.service),
            QTableWidgetItem(item.name),
            status,
            QTableWidgetItem(item.message),
        ]
        for column, cell in enumerate(cells):
            cell.setToolTip(cell.text())
            self.setItem(row, column, cell)
        target = fix_step(self.state, item)
        if target is not None and item.status is not CallStatus.ACTIVE:
            button = QPushButton(QCoreApplication.translate("CheckTable", "Go to the step"))
            button.setAccessibleName(
                QCoreApplication.translate(
                    "CheckTable", "Go to the step that fixes {name}"
                ).replace("{name}", item.name)
            )
            button.clicked.connect(
                lambda _checked=False, step=target: self.fix_requested.emit(step)
            )
            self.setCellWidget(row, 5, button)

    def refresh_texts(self) -> None:
        """Redraw in the current language."""
        self.show_runs(self._runs)

    def failing_rows(self) -> int:
        """How many rows are not active (for tests and the summary line)."""
        return sum(
            1
            for run in self._runs
            for item in run.report.checks
            if item.status is not CallStatus.ACTIVE
        )

    def alignment(self) -> Qt.AlignmentFlag:
        """Cells are top-aligned so wrapped explanations read naturally."""
        return Qt.AlignmentFlag.AlignTop
