"""Per-debtor path: the employers, each with its own Nmbrs login, token and domain."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QThreadPool
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from wizard.core.atomic_file import write_atomic
from wizard.core.card_pages import page_count, page_indexes, page_of
from wizard.core.employer_table_import import (
    TEMPLATE_FILE_NAME,
    EmployerImportError,
    add_importable,
    parse_employer_table,
    read_employer_file,
    template_csv,
)
from wizard.core.flow import employer_problems, field_results
from wizard.core.form_values import get_form_value, set_form_value
from wizard.core.manual import Manual
from wizard.core.message import Message, filled
from wizard.core.model import Employer, Step, WizardState
from wizard.core.registration_words import EMPLOYER_NUMBER
from wizard.core.token_keeping import TokenKeeping
from wizard.core.translation_marker import QT_TRANSLATE_NOOP
from wizard.ui.file_filters import CSV_FILES
from wizard.ui.live_check_config import LiveCheckConfig
from wizard.ui.pages.checklist_page import manual_step_title
from wizard.ui.pages.step_page import StepPage
from wizard.ui.save_location import documents_folder, in_documents
from wizard.ui.widgets.card_pager import CardPager
from wizard.ui.widgets.employer_import_preview import EmployerImportPreview
from wizard.ui.widgets.field_editor import FieldEditor, commit_cleaned
from wizard.ui.widgets.links import set_linked_text
from wizard.ui.widgets.login_batch_panel import LoginBatchPanel
from wizard.ui.widgets.mnemonics import mnemonic_letter, reserved_wizard_letters

# The card's button and the question it asks before removing: one text.
REMOVE_EMPLOYER = Message("EmployerCard", QT_TRANSLATE_NOOP("EmployerCard", "Remove this employer"))


class EmployerCard(QGroupBox):
    """The fields of one employer and a button to remove it."""

    def __init__(self, page: EmployersPage, employer: Employer) -> None:
        super().__init__()
        self.employer = employer
        layout = QVBoxLayout(self)
        self.editors: list[FieldEditor] = []
        for form_field in page.manual.fields["nmbrs_employer"]:
            editor = FieldEditor(
                form_field, get_form_value(employer, form_field.key), lambda: page.state.language
            )
            editor.edited.connect(self._on_edited)
            self.editors.append(editor)
            layout.addWidget(editor)
        row = QHBoxLayout()
        row.addStretch(1)
        self.remove_button = QPushButton()
        # Destructive: Enter on it must mean Next (the default button), never "remove".
        self.remove_button.setAutoDefault(False)
        row.addWidget(self.remove_button)
        layout.addLayout(row)
        self._page = page
        # The domain the page filled in for the clerk when it added this card (see add_employer).
        self.offered_domain = ""

    def _on_edited(self, key: str, text: str) -> None:
        set_form_value(self.employer, key, text)
        self._page.employer_edited()

    def retranslate(self, number: int, taken: set[str]) -> None:
        """Set the texts; `number` counts the cards from 1; mnemonics avoid `taken`."""
        self.setTitle(filled(EMPLOYER_NUMBER.shown(QCoreApplication.translate), number=str(number)))
        self.remove_button.setText(REMOVE_EMPLOYER.shown(QCoreApplication.translate))
        self.remove_button.setAccessibleName(
            filled(self.tr("Remove employer {number}"), number=str(number))
        )
        # Each card starts afresh: Alt+letter then cycles through the same field of each card.
        in_card = set(taken)
        for editor in self.editors:
            editor.retranslate(in_card)


def _says(text: str, /, **arguments: str) -> Message:
    """A notice of this page, worded when shown (again after a language switch)."""
    return Message.of("EmployersPage", text, **arguments)


class EmployersPage(StepPage):
    """Page where the clerk lists, adds and removes the employers of the per-debtor path."""

    def __init__(
        self,
        state: WizardState,
        manual: Manual,
        check_config: LiveCheckConfig,
        pool: QThreadPool,
        parent: QWidget | None = None,
        *,
        token_keeping: Callable[[], TokenKeeping] | None = None,
    ) -> None:
        super().__init__(Step.DEBTOR_EMPLOYERS, state, manual, parent)
        self.check_config = check_config
        # Where the session's tokens ended up (the wizard's session knows); None: unknown.
        self._token_keeping = token_keeping
        content = manual.step(Step.DEBTOR_EMPLOYERS)
        assert content is not None
        self.content = content
        outer = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        outer.addWidget(self.intro)
        scroll = self.scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        self.cards_layout = QVBoxLayout(body)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setObjectName("hintLabel")
        self.cards_layout.addWidget(self.empty_label)
        self.cards_layout.addStretch(1)
        # Only one page of cards exists at a time; the state keeps every employer.
        self.pager = CardPager()
        self.pager.page_requested.connect(self.show_page)
        self.pager.problem_button.clicked.connect(self.show_first_problem)
        outer.addWidget(self.pager)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_employer)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self.choose_import_file)
        buttons.addWidget(self.import_button)
        self.template_button = QPushButton()
        self.template_button.clicked.connect(self.save_template)
        buttons.addWidget(self.template_button)
        outer.addLayout(buttons)
        self.import_preview: EmployerImportPreview | None = None
        self.batch_panel = LoginBatchPanel(state, pool)
        self.batch_panel.check_button.clicked.connect(self.check_all)
        self.batch_panel.fix_requested.connect(self.go_to_fix)
        # Check results never change whether Next is allowed: only the wizard needs to know
        # (ticks proven by the check, the side panel); re-validating every employer is skipped.
        self.batch_panel.finished.connect(self.state_changed)
        outer.addWidget(self.batch_panel)
        # The cards of the page on screen, in the order of state.employers.
        self.cards: list[EmployerCard] = []
        self.page_number = 0
        # Per employer (by identity): its values when last judged, and whether they passed.
        self._verdicts: dict[int, tuple[tuple[object, ...], bool]] = {}
        self.sync_from_state()

    def sync_from_state(self) -> None:
        """Rebuild the cards from the state (after a resume, an import or a restart)."""
        for card in self.cards:
            card.setParent(None)
            card.deleteLater()
        self.cards = []
        self.page_number = 0
        self._verdicts = {}
        self.show_page(0)

    def show_page(self, page: int) -> None:
        """Show the cards of `page` (from 0; brought within the pages), keeping cards that stay."""
        employers = self.state.employers
        self.page_number = min(max(page, 0), page_count(len(employers)) - 1)
        wanted = [employers[index] for index in page_indexes(self.page_number, len(employers))]
        # By identity: two empty employers are equal dataclasses.
        kept = {id(card.employer): card for card in self.cards}
        cards = [kept.pop(id(employer), None) or self._new_card(employer) for employer in wanted]
        for card in kept.values():
            card.setParent(None)
            card.deleteLater()
        for position, card in enumerate(cards, start=1):
            self.cards_layout.removeWidget(card)
            self.cards_layout.insertWidget(position, card)
            # At once, not when Qt gets round to it: the caller may focus or scroll to it.
            card.setVisible(True)
        self.cards = cards
        self._chain_tab_order()
        self.retranslate()
        self._show_problem_button()

    def _new_card(self, employer: Employer) -> EmployerCard:
        card = EmployerCard(self, employer)
        card.remove_button.clicked.connect(lambda _checked=False, c=card: self.request_remove(c))
        return card

    def _chain_tab_order(self) -> None:
        """Tab goes through the cards top to bottom, then the pager, then the page's buttons."""
        chain: list[QWidget] = []
        for card in self.cards:
            for editor in card.editors:
                chain += [editor.edit] + ([editor.reveal] if editor.reveal is not None else [])
            chain.append(card.remove_button)
        chain += [
            self.pager.problem_button,
            self.pager.previous_button,
            self.pager.next_button,
            self.add_button,
            self.import_button,
            self.template_button,
        ]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    def card_of(self, index: int) -> EmployerCard:
        """Bring the page with employer `index` (from 0) on screen and return its card."""
        # Also on the same page: a just-added employer has no card yet (cards that stay are kept).
        self.show_page(page_of(index))
        card = self.cards[index - page_indexes(self.page_number, len(self.state.employers)).start]
        self.scroll.ensureWidgetVisible(card)
        return card

    def add_employer(self) -> EmployerCard:
        """Add an employer and put the cursor in its first field.

        The Nmbrs domain of the last employer that has one is offered: debtors of one
        office usually share it. The clerk can overwrite it.
        """
        domains = [e.domain for e in self.state.employers if e.domain.strip()]
        employer = Employer(domain=domains[-1] if domains else "")
        self.state.employers.append(employer)
        card = self.card_of(len(self.state.employers) - 1)
        card.offered_domain = employer.domain
        card.editors[0].edit.setFocus()
        self.notify_changed()
        return card

    def request_remove(self, card: EmployerCard) -> bool:
        """Remove an employer as the clerk asked; one with details filled in is asked about."""
        employer = card.employer
        # The offered domain is not the clerk's typing: a card with only that is still empty.
        untouched = Employer(domain=card.offered_domain)
        if employer != untouched and not self._confirm_remove(card):
            return False
        self.remove_card(card)
        return True

    def _confirm_remove(self, card: EmployerCard) -> bool:
        name = card.employer.debtor_name.strip() or card.title()
        answer = QMessageBox.question(
            self,
            REMOVE_EMPLOYER.shown(QCoreApplication.translate),
            filled(
                self.tr(
                    "Remove {name} with its username, token and domain? "
                    "What you typed for this employer is lost."
                ),
                name=name,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def remove_card(self, card: EmployerCard) -> None:
        """Remove one employer from the list."""
        # By identity: two empty employers are equal dataclasses.
        self.state.employers[:] = [e for e in self.state.employers if e is not card.employer]
        # The same page, now one card further; the previous one when this page became empty.
        self.show_page(self.page_number)
        self.notify_changed()

    def employer_edited(self) -> None:
        """Called by a card when the clerk typed in it."""
        self.notify_changed()

    def notify_changed(self) -> None:
        super().notify_changed()
        self._show_problem_button()

    def first_faulty(self) -> int | None:
        """The index of the first employer with a field that fails its rule, or None."""
        for index, employer in enumerate(self.state.employers):
            if not self._passes(employer):
                return index
        return None

    def _passes(self, employer: Employer) -> bool:
        # Judging 5,000 employers takes ~100 ms and Qt asks on every key typed: only
        # employers whose values changed since are judged again.
        values = tuple(vars(employer).values())
        known = self._verdicts.get(id(employer))
        if known is not None and known[0] == values:
            return known[1]
        passed = not employer_problems(employer, self.manual)
        self._verdicts[id(employer)] = (values, passed)
        return passed

    def isComplete(self) -> bool:
        # The same rule as core.flow.can_leave (validatePage asks it too), remembered per employer.
        return self.first_faulty() is None

    def _show_problem_button(self) -> None:
        paged = page_count(len(self.state.employers)) > 1
        self.pager.problem_button.setVisible(paged and self.first_faulty() is not None)

    def show_first_problem(self) -> None:
        """Bring the first employer with a problem on screen, its problems shown."""
        index = self.first_faulty()
        if index is not None:
            self.show_problems_of(index)

    def retranslate(self) -> None:
        content = self.content
        self.setTitle(manual_step_title(content, self.text(content.title)))
        self.setSubTitle(self.tr("Add every employer you connect, with the login you made for it."))
        set_linked_text(self.intro, self.text(content.intro))
        self.empty_label.setText(
            self.tr("No employers yet. You can also add them later, when a.s.r. asks for them.")
        )
        self.empty_label.setVisible(not self.cards)
        self.add_button.setText(self.tr("&Add an employer"))
        self.import_button.setText(self.tr("Import from a &file…"))
        self.template_button.setText(self.tr("Save a template…"))
        self.batch_panel.check_button.setText(self.tr("Check every emplo&yer"))
        self.batch_panel.check_button.setEnabled(bool(self.cards) and not self.batch_panel.busy)
        self.batch_panel.retranslate()
        # The add button's own letter: &Add an employer / &Werkgever toevoegen.
        buttons = (
            self.add_button,
            self.import_button,
            self.template_button,
            self.batch_panel.check_button,
            self.batch_panel.stop_button,
            self.batch_panel.export_button,
        )
        taken = reserved_wizard_letters() | {mnemonic_letter(b.text()) or "" for b in buttons}
        # Card numbers count the whole list: the first card of page 2 is employer 51.
        first = page_indexes(self.page_number, len(self.state.employers)).start
        for number, card in enumerate(self.cards, start=first + 1):
            card.retranslate(number, taken)
        # The pager takes what the fields left, so a short list keeps its letters as before.
        field_letters = {
            mnemonic_letter(editor.label.text()) or ""
            for card in self.cards[:1]
            for editor in card.editors
        }
        self.pager.retranslate(taken | field_letters)
        self.pager.show_page(self.page_number, len(self.state.employers), self.state.language)

    # ---- employers from a file ----

    def choose_import_file(self) -> None:
        """Ask for a CSV or Excel file and show its preview."""
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import employers from a file"),
            documents_folder(),
            self.tr("Employer lists (*.csv *.xlsx *.txt);;All files (*)"),
        )
        if chosen:
            self.preview_import(Path(chosen))

    def preview_import(self, path: Path) -> EmployerImportPreview | None:
        """Read `path` and show the verdict per row; a file that cannot be read gets a notice."""
        try:
            table = parse_employer_table(read_employer_file(path), self.state.employers)
        except EmployerImportError as error:
            self._notice(error.message)
            return None
        # The file's bytes are not kept: only the parsed rows live on, in memory.
        preview = EmployerImportPreview(table, path.name, self)
        preview.accepted.connect(lambda: self._add_imported(preview))
        self.import_preview = preview
        preview.open()
        return preview

    def _add_imported(self, preview: EmployerImportPreview) -> None:
        already = len(self.state.employers)
        added = add_importable(self.state.employers, preview.table)
        # The page where the added employers begin: they come last, as one added by hand.
        self.show_page(page_of(already) if added else self.page_number)
        self.notify_changed()
        refused = len(preview.table.rows) - len(added)
        message = _says(
            QT_TRANSLATE_NOOP(
                "EmployersPage",
                "Employers added from the file: {added}; rows not imported: {refused}.",
            ),
            added=str(len(added)),
            refused=str(refused),
        )
        if any(employer.token for employer in added):
            # At once, not when the clerk goes on: the file should be deleted right away.
            self.tokens_entered.emit()
            warning = _says(
                QT_TRANSLATE_NOOP(
                    "EmployersPage",
                    "The tokens are in the secure storage now: delete the file, and never send it.",
                )
            )
            # Said only when true: a locked or missing keyring leaves them in memory.
            if self._token_keeping is None or self._token_keeping() is not TokenKeeping.STORED:
                warning = _says(
                    QT_TRANSLATE_NOOP(
                        "EmployersPage",
                        "The tokens could not be put in the secure storage; they are kept only "
                        "until the wizard closes. Delete the file, and never send it.",
                    )
                )
            message = Message.as_written(
                "{added} {warning}", ("added", message), ("warning", warning)
            )
        self._notice(message)

    def save_template(self) -> Path | None:
        """Save an empty employer list (CSV for Excel) where the clerk chooses."""
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the employer list template"),
            in_documents(TEMPLATE_FILE_NAME),
            CSV_FILES.shown(QCoreApplication.translate),
        )
        if not chosen:
            return None
        path = Path(chosen)
        try:
            write_atomic(path, template_csv())
        except OSError as error:
            reason = error.strerror or type(error).__name__
            self._notice(
                _says(
                    QT_TRANSLATE_NOOP(
                        "EmployersPage", "The template could not be saved as {path}: {reason}"
                    ),
                    path=str(path),
                    reason=reason,
                )
            )
            return None
        self._notice(
            _says(QT_TRANSLATE_NOOP("EmployersPage", "Template saved as {path}."), path=str(path))
        )
        return path

    # ---- checking every employer at once ----

    def check_all(self) -> None:
        """Run the Nmbrs check for every employer's login, a few at a time."""
        # Lazy: the re-check service loads when the clerk starts a check, not with the pages.
        from wizard.services.registration_recheck import RecheckLogin, TokenSource

        if self.batch_panel.busy:
            return
        self._commit_every_employer()
        logins = [
            RecheckLogin(
                e.username,
                e.debtor_name,
                e.token or None,
                TokenSource.FILE if e.token else None,
            )
            for e in self.state.employers
            if e.username
        ]
        if not logins:
            self._notice(
                _says(
                    QT_TRANSLATE_NOOP(
                        "EmployersPage", "Fill in the employers' usernames first; then check them."
                    )
                )
            )
            return
        panel = self.batch_panel
        panel.state = self.state
        panel.start(
            logins, self.check_config, sandbox=self.state.sandbox, proxy_url=self.state.proxy_url
        )

    def go_to_fix(self, step: Step, subject: str) -> None:
        """Show the employer's own details, or go back to the step that fixes the row."""
        if step is Step.DEBTOR_EMPLOYERS:
            employers = self.state.employers
            index = next((i for i, e in enumerate(employers) if e.username == subject), None)
            if index is not None:
                self.card_of(index).editors[0].edit.setFocus()
            return
        self.fix_requested.emit(step)

    def _notice(self, message: Message) -> None:
        self.notice.emit(message)

    def _commit_every_employer(self) -> int | None:
        """Store the cleaned values of every employer whose fields pass; show this page's problems.

        Returns:
            The index of the first employer with a field that fails its rule, or None.
        """
        on_screen = {id(card.employer): card for card in self.cards}
        fields = self.manual.fields["nmbrs_employer"]
        first_faulty: int | None = None
        for index, employer in enumerate(self.state.employers):
            card = on_screen.get(id(employer))
            if card is not None:
                passed = commit_cleaned(card.editors, employer)
            else:
                # The same cleaning a card does, for the employers that have none on screen.
                results = field_results(fields, employer)
                passed = all(result.ok for result in results.values())
                if passed:
                    for key, result in results.items():
                        set_form_value(employer, key, result.value)
            if not passed and first_faulty is None:
                first_faulty = index
        return first_faulty

    def show_problems_of(self, index: int) -> None:
        """Bring employer `index` on screen with its fields' problems, the cursor in the first."""
        card = self.card_of(index)
        # Every problem on this page is shown, as the clerk saw them before paging existed.
        for shown in self.cards:
            commit_cleaned(shown.editors, shown.employer)
        faulty = next((e for e in card.editors if not e.error.isHidden()), card.editors[0])
        self.scroll.ensureWidgetVisible(faulty)
        faulty.edit.setFocus()

    def validatePage(self) -> bool:
        first_faulty = self._commit_every_employer()
        if first_faulty is not None:
            self.show_problems_of(first_faulty)
            return False
        if not super().validatePage():
            return False
        self.state_changed.emit()
        return True
