"""The live-check result: one row per call or connector, with a way back to the fixing step."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wizard.core.check_fixes import fix_step
from wizard.core.check_result import CallStatus, CheckItem, CheckRun
from wizard.core.check_words import (
    APP_CONNECTOR,
    CONNECTOR_LIST,
    FIX,
    LOGIN,
    SERVICE,
    STATUS,
    STATUS_WORDS,
)
from wizard.core.message import filled
from wizard.core.model import Package, Step, WizardState
from wizard.core.server_text import plain_line
from wizard.ui.step_names import shown_message
from wizard.ui.style import high_contrast_style

# Call names and connector ids may come from a server: one line, cut before layout.
MAX_NAME_CHARS = 200
MAX_MESSAGE_CHARS = 1_000

_COLOURS = {
    CallStatus.ACTIVE: "#1b5e20",
    CallStatus.INACTIVE: "#b00020",
    CallStatus.NO_DATA_ACCESS: "#b00020",
    CallStatus.AUTH_FAILED: "#b00020",
    CallStatus.ERROR: "#8a5a00",
    CallStatus.NOT_CHECKED: "#505050",
}


_PROBLEMS = frozenset(
    {CallStatus.INACTIVE, CallStatus.NO_DATA_ACCESS, CallStatus.AUTH_FAILED, CallStatus.ERROR}
)


_BREAK_AFTER_UNDERSCORE = str.maketrans({"_": "_\N{ZERO WIDTH SPACE}"})


def wrappable_name(name: str) -> str:
    """`name` with a line-break chance after each underscore, so it wraps whole, never cut."""
    return name.translate(_BREAK_AFTER_UNDERSCORE)


class WrappingNameDelegate(QStyledItemDelegate):
    """Draws a call name so it may wrap after an underscore; the item keeps the exact name."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        super().initStyleOption(option, index)
        option.text = wrappable_name(option.text)


def status_text(status: CallStatus, package: Package | None) -> str:
    """The status in the clerk's words; AFAS connectors are assigned or missing."""
    translate = QCoreApplication.translate
    # AFAS checks connectors, which are assigned or missing rather than active.
    if package is Package.AFAS and status is CallStatus.ACTIVE:
        return translate("CheckTable", "Assigned")
    if package is Package.AFAS and status is CallStatus.INACTIVE:
        return translate("CheckTable", "Missing")
    return STATUS_WORDS[status].shown(translate)


def item_name(item: CheckItem) -> str:
    """The name shown for a row: the call or connector, or our words for a whole-check item."""
    # Plain strings, not imported from services: the window must not load the network stack.
    names = {
        ("afas", "app_connector"): APP_CONNECTOR,
        ("afas", "asr_connector_list"): CONNECTOR_LIST,
    }
    name = names.get((item.service, item.name))
    return name.shown(QCoreApplication.translate) if name is not None else item.name


class _FixCell(QWidget):
    """The "go to the step" button's cell: keeps the button its natural height in a tall row."""

    def __init__(self, button: QPushButton) -> None:
        super().__init__()
        self.button = button
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)


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
        self.setItemDelegateForColumn(2, WrappingNameDelegate(self))
        self.show_runs([])

    def _headers(self) -> list[str]:
        translate = QCoreApplication.translate
        return [
            LOGIN.shown(translate),
            SERVICE.shown(translate),
            # AFAS lists connectors, Nmbrs calls.
            translate("CheckTable", "Connector")
            if self.state.package is Package.AFAS
            else translate("CheckTable", "Name in Nmbrs"),
            STATUS.shown(translate),
            translate("CheckTable", "Explanation"),
            FIX.shown(translate),
        ]

    def show_runs(self, runs: list[CheckRun]) -> None:
        """Fill the table from `runs` (one per login or environment)."""
        rows = [(run.subject, item) for run in runs for item in run.report.checks]
        self.clear()
        self.setColumnCount(6)
        self.setHorizontalHeaderLabels(self._headers())
        self.setRowCount(len(rows))
        for row, (subject, item) in enumerate(rows):
            self._fill_row(row, subject, item)
        header = self.horizontalHeader()
        for column in (0, 1, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # The clerk looks the call up in Nmbrs by its exact name: never shortened, but
        # wrapped after an underscore when the explanation needs the room.
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self._fit_name_column()
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Fixed)
        buttons = [self.fix_button(row) for row in range(self.rowCount())]
        widest = max((b.sizeHint().width() for b in buttons if b is not None), default=0)
        self.setColumnWidth(5, max(widest + 8, header.sectionSizeHint(5)))
        # The login and service columns only matter when they differ between rows.
        self.setColumnHidden(0, len({subject for subject, _item in rows}) <= 1)
        self.setColumnHidden(1, len({item.service for _subject, item in rows}) <= 1)
        self.resizeRowsToContents()

    def _fill_row(self, row: int, subject: str, item: CheckItem) -> None:
        status = QTableWidgetItem(status_text(item.status, self.state.package))
        if high_contrast_style():
            # The system's colours stay in charge (dark green on black is unreadable); a
            # problem stands out by its weight, as on the rights checklist.
            if item.status in _PROBLEMS:
                font = status.font()
                font.setBold(True)
                status.setFont(font)
        else:
            status.setForeground(QBrush(QColor(_COLOURS[item.status])))
        # "EmployeeService" -> "Employee": the column stays narrow, the tooltip has it all.
        service = QTableWidgetItem(item.service.removesuffix("Service") or item.service)
        service.setToolTip(item.service)
        name = plain_line(item_name(item), MAX_NAME_CHARS)
        cells = [QTableWidgetItem(subject), service, QTableWidgetItem(name), status]
        message = shown_message(item.message, self.state)
        cells.append(QTableWidgetItem(plain_line(message, MAX_MESSAGE_CHARS)))
        for column, cell in enumerate(cells):
            if column != 1:
                # Qt renders a tooltip that looks like HTML as HTML; escaped, it stays text.
                cell.setToolTip(f"<p>{html.escape(cell.text())}</p>")
            self.setItem(row, column, cell)
        target = fix_step(self.state, item)
        if target is not None and item.status is not CallStatus.ACTIVE:
            button = QPushButton(QCoreApplication.translate("CheckTable", "Go to the step"))
            button.setAccessibleName(
                filled(
                    QCoreApplication.translate("CheckTable", "Go to the step that fixes {name}"),
                    name=name,
                )
            )
            button.clicked.connect(
                lambda _checked=False, step=target: self.fix_requested.emit(step)
            )
            self.setCellWidget(row, 5, _FixCell(button))

    def _fit_name_column(self) -> None:
        """As wide as the longest name, up to two fifths of the table; longer names wrap."""
        self.resizeColumnToContents(2)
        limit = max(240, self.viewport().width() * 2 // 5)
        self.setColumnWidth(2, min(self.columnWidth(2), limit))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_name_column()
        # The explanation column stretches with the window, so wrapped rows change height.
        self.resizeRowsToContents()

    def fix_button(self, row: int) -> QPushButton | None:
        """The "go to the step" button of `row`, if the row has one."""
        holder = self.cellWidget(row, 5)
        return holder.button if isinstance(holder, _FixCell) else None
