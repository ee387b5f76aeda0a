"""The preview of an employer list from a file: a verdict per row before anything is added."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wizard.core.employer_table_import import EmployerTable, ImportRow, RowIssue, RowVerdict
from wizard.core.message import filled
from wizard.core.server_text import plain_line

CONTEXT = "EmployerImportPreview"


def verdict_text(verdict: RowVerdict) -> str:
    """The verdict in the clerk's language."""
    texts = {
        RowVerdict.ADD: QCoreApplication.translate("EmployerImportPreview", "Will be added"),
        RowVerdict.ADD_WITH_WARNING: QCoreApplication.translate(
            "EmployerImportPreview", "Will be added; check"
        ),
        RowVerdict.REFUSED: QCoreApplication.translate("EmployerImportPreview", "Not imported"),
        RowVerdict.DUPLICATE_IN_FILE: QCoreApplication.translate(
            "EmployerImportPreview", "Not imported: duplicate"
        ),
        RowVerdict.ALREADY_LISTED: QCoreApplication.translate(
            "EmployerImportPreview", "Not imported: already in the list"
        ),
    }
    return texts[verdict]


def issue_text(
    table: EmployerTable, row: ImportRow, issue: RowIssue, *, with_row: bool = True
) -> str:
    """'Row 4, column gebruikersnaam: <why>' in the clerk's language (without 'Row 4, ' when
    the row number is shown next to it)."""
    message = issue.message.shown(QCoreApplication.translate)
    if not with_row and issue.column is not None:
        where = filled(
            QCoreApplication.translate("EmployerImportPreview", "Column {column}"),
            column=table.column_name(issue.column),
        )
    elif issue.column is None:
        where = filled(
            QCoreApplication.translate("EmployerImportPreview", "Row {row}"), row=str(row.number)
        )
    else:
        where = filled(
            QCoreApplication.translate("EmployerImportPreview", "Row {row}, column {column}"),
            row=str(row.number),
            column=table.column_name(issue.column),
        )
    # The column's name and the rule's arguments come from the file: one plain line, bounded.
    return plain_line(f"{where}: {message}", 1_000)


class EmployerRowsModel(QAbstractTableModel):
    """The rows of an EmployerTable; lazy, so 5,000 rows show at once."""

    def __init__(self, table: EmployerTable, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = table

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:  # noqa: N802
        return len(self.table.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:  # noqa: N802
        return 5

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation is not Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            QCoreApplication.translate("EmployerImportPreview", "Row"),
            QCoreApplication.translate("EmployerImportPreview", "Debtor name"),
            QCoreApplication.translate("EmployerImportPreview", "Username"),
            QCoreApplication.translate("EmployerImportPreview", "Nmbrs domain"),
            QCoreApplication.translate("EmployerImportPreview", "Verdict"),
        )[section]

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if not index.isValid():
            return None
        row = self.table.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._cell(row, index.column(), role == Qt.ItemDataRole.ToolTipRole)
        return None

    def _cell(self, row: ImportRow, column: int, tooltip: bool) -> str:
        employer = row.employer
        if column == 0:
            return str(row.number)
        # A refused cell is shown as the file has it: as plain text, never bidi or control
        # characters, and cut to a size a cell can show.
        if column == 1:
            return plain_line(employer.debtor_name, 200)
        if column == 2:
            return plain_line(employer.username, 200)
        if column == 3:
            return plain_line(employer.domain, 200)
        lines = [verdict_text(row.verdict)]
        if tooltip:
            lines.extend(issue_text(self.table, row, issue) for issue in row.issues)
            return "\n".join(lines)
        lines.extend(issue_text(self.table, row, issue, with_row=False) for issue in row.issues)
        return " — ".join(lines)


class EmployerImportPreview(QDialog):
    """Shows every row's verdict; 'Add' adds the accepted rows, 'Cancel' changes nothing."""

    def __init__(self, table: EmployerTable, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self.setObjectName("employerImportPreview")
        self.setWindowTitle(
            filled(self.tr("Import employers from {file}"), file=plain_line(file_name, 200))
        )
        layout = QVBoxLayout(self)
        self.summary = QLabel(self._summary())
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.token_warning = QLabel(
            self.tr(
                "This file contains API tokens. They are put in this computer's secure storage, "
                "not copied anywhere else. Delete the file after the import and never send it "
                "by e-mail: anyone who has it can read the payroll data."
            )
        )
        self.token_warning.setObjectName("errorLabel")
        self.token_warning.setWordWrap(True)
        self.token_warning.setVisible(table.has_tokens)
        layout.addWidget(self.token_warning)
        self.view = QTableView()
        self.model = EmployerRowsModel(table, self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((50, 200, 220, 110)):
            self.view.setColumnWidth(column, width)
        self.view.setAccessibleName(self.tr("Rows of the file, with their verdict"))
        layout.addWidget(self.view, 1)
        # The whole verdict of the chosen row: the cell may be too narrow for it.
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setObjectName("hintLabel")
        layout.addWidget(self.details)
        self.view.selectionModel().currentRowChanged.connect(self._show_details)
        first_problem = next((i for i, r in enumerate(table.rows) if not r.importable), 0)
        self.view.selectRow(first_problem)
        buttons = QDialogButtonBox()
        count = len(table.importable)
        self.add_button = QPushButton(filled(self.tr("&Add employers ({count})"), count=str(count)))
        self.add_button.setEnabled(count > 0)
        buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(820, 480)

    def _show_details(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.details.clear()
            return
        row = self.table.rows[current.row()]
        lines = [issue_text(self.table, row, issue) for issue in row.issues]
        text = "\n".join(lines) or verdict_text(row.verdict)
        self.details.setText(text)

    def _summary(self) -> str:
        rows = self.table.rows
        counts = {verdict: 0 for verdict in RowVerdict}
        for row in rows:
            counts[row.verdict] += 1
        added = counts[RowVerdict.ADD] + counts[RowVerdict.ADD_WITH_WARNING]
        text = self.tr(
            "{added} of {total} rows will be added. Not imported: {refused} with a mistake, "
            "{duplicates} duplicate username, {listed} already in the list. Empty rows "
            "skipped: {empty}. Nothing is added until you choose Add."
        )
        return filled(
            text,
            added=str(added),
            total=str(len(rows)),
            refused=str(counts[RowVerdict.REFUSED]),
            duplicates=str(counts[RowVerdict.DUPLICATE_IN_FILE]),
            listed=str(counts[RowVerdict.ALREADY_LISTED]),
            empty=str(self.table.skipped_empty),
        )
