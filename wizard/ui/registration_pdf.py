"""A printable PDF of the registration for the clerk's records, tokens masked.

Built with Qt's own rich text and PDF writer, so it needs no extra dependency. The HTML is made
by a pure function so that tests can inspect it without writing a file.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QCoreApplication,
    QDate,
    QDateTime,
    QIODevice,
    QLocale,
    QMarginsF,
    QRectF,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextOption,
    QTextTable,
)

from wizard import APP_NAME, __version__
from wizard.core.afas_environment import ENVIRONMENT_WORDS
from wizard.core.atomic_file import write_atomic
from wizard.core.check_result import CallStatus, CheckItem, CheckReport, Verdict
from wizard.core.check_words import (
    AFAS_ENVIRONMENT,
    DETAILS,
    LOGIN,
    NOT_ACTIVE_CALLS,
    NOT_ASSIGNED,
    RESULT,
    RESULT_PASSED,
    RESULT_PER_LOGIN,
    RESULT_PROBLEMS,
    SERVICE,
    STATUS,
    STATUS_WORDS,
    SUGGESTED_DOMAIN,
    TOKEN_VALID_UNTIL,
)
from wizard.core.form_values import get_form_value, path_form
from wizard.core.login_check_summary import OUTCOME_TEXTS, login_summaries
from wizard.core.manual import FieldPurpose, FormField, Manual
from wizard.core.message import filled
from wizard.core.model import AfasEnvironment, Package, WizardState
from wizard.core.paths import LoginPlace, chosen_path, login_place
from wizard.core.registration_words import (
    EMPLOYER_NUMBER,
    EMPLOYER_NUMBER_NAME,
    EMPLOYERS,
    NO_EMPLOYERS_YET,
    NOT_FILLED_IN,
)
from wizard.core.secret_mask import mask_secret
from wizard.core.server_text import SecretScrubber, plain_line, state_secrets
from wizard.core.step_reference import LIVE_CHECK
from wizard.ui import path_labels
from wizard.ui.next_steps import next_steps
from wizard.ui.step_names import report_with_step_names, shown_message

# Page set-up in millimetres; the bottom margin leaves room for the footer line.
_MARGINS_MM = (18.0, 16.0, 18.0, 16.0)
_FOOTER_GAP_MM = 10.0
_RESOLUTION_DPI = 300
_BODY_POINT_SIZE = 10.0
_FOOTER_POINT_SIZE = 8.0
_CHECK_POINT_SIZE = 9.0

_GOOD = "#1b5e20"
_BAD = "#b00020"
_MUTED = "#606060"
_HEADER_BACKGROUND = "#e8edf3"
_BORDER = "#9aa4b0"


@dataclass(frozen=True)
class FormRow:
    """One field of a.s.r.'s form with the value the clerk gave (secret values not in repr)."""

    form_field: FormField
    value: str = field(repr=False)

    @property
    def secret(self) -> bool:
        """Whether the value must be masked wherever it is shown."""
        return self.form_field.secret

    @property
    def shown(self) -> str:
        """The value as it may be shown on screen or paper."""
        return mask_secret(self.value) if self.secret else self.value


@dataclass(frozen=True)
class FormSection:
    """The main form, or (per-debtor path) one employer's part of it."""

    rows: tuple[FormRow, ...]
    # Index in state.employers for an employer section; None for the main form.
    employer_index: int | None = None
    employer_name: str = ""


def _rows(
    fields: tuple[FormField, ...], target: object, *, live_check: bool = False
) -> tuple[FormRow, ...]:
    # Live-check-only fields are on no a.s.r. form; they are listed apart (live_check=True).
    return tuple(
        FormRow(
            form_field,
            form_field.fixed
            if form_field.fixed is not None
            else get_form_value(target, form_field.key),
        )
        for form_field in fields
        if (form_field.purpose is FieldPurpose.LIVE_CHECK) == live_check
    )


def _path_sections(state: WizardState, manual: Manual, *, live_check: bool) -> list[FormSection]:
    spec = chosen_path(state)
    if spec is None:
        return []
    fields = manual.fields[spec.form_fields]
    sections = [FormSection(_rows(fields, path_form(spec, state), live_check=live_check))]
    # A path with a login per employer lists each employer apart.
    if spec.logins is LoginPlace.EMPLOYERS:
        employer_fields = manual.fields["nmbrs_employer"]
        sections.extend(
            FormSection(
                _rows(employer_fields, employer, live_check=live_check),
                index,
                employer.debtor_name,
            )
            for index, employer in enumerate(state.employers)
        )
    return sections


def registration_sections(state: WizardState, manual: Manual) -> list[FormSection]:
    """The values for a.s.r.'s form (first section) and, per-debtor path, each employer's.

    Employer sections hold the wizard's own list of what each employer needs. Fields needed
    only for the live check are left out: they are on no a.s.r. form. Empty before a path is
    chosen.
    """
    return _path_sections(state, manual, live_check=False)


def live_check_sections(state: WizardState, manual: Manual) -> list[FormSection]:
    """The values only the live check needs (the Nmbrs domain), per section; none may be empty."""
    return [section for section in _path_sections(state, manual, live_check=True) if section.rows]


def path_name(state: WizardState) -> str:
    """The chosen path in words, in the installed UI language."""
    spec = chosen_path(state)
    if spec is not None:
        return path_labels.path_label(spec)
    # Only Nmbrs asks a second choice, the account type.
    if state.package is Package.NMBRS:
        return QCoreApplication.translate("RegistrationPdf", "Nmbrs, account type not chosen yet")
    return QCoreApplication.translate("RegistrationPdf", "No path chosen yet")


def status_words(status: CallStatus) -> str:
    """A check status in words for people."""
    words = STATUS_WORDS.get(status)
    return words.shown(QCoreApplication.translate) if words is not None else status.value


def _service_words(item: CheckItem) -> str:
    # The AFAS check uses internal service ids; Nmbrs service names are what the clerk sees.
    names = {
        "afas": QCoreApplication.translate("RegistrationPdf", "AFAS connector"),
        "afas_extra": QCoreApplication.translate("RegistrationPdf", "Other AFAS connector"),
        "afas_employer": QCoreApplication.translate("RegistrationPdf", "Employer code"),
    }
    return names.get(item.service, item.service)


def environment_words(environment: AfasEnvironment) -> str:
    """An AFAS environment type in words."""
    words = ENVIRONMENT_WORDS.get(environment)
    return words.shown(QCoreApplication.translate) if words is not None else environment.value


def _message(item: CheckItem) -> str:
    # Messages arrive shown already (report_with_step_names), in the clerk's language.
    return item.message.shown(QCoreApplication.translate)


def _error(check: CheckReport) -> str:
    return check.error.shown(QCoreApplication.translate) if check.error is not None else ""


def _format_time(moment: datetime, language: str) -> str:
    locale = QLocale(
        QLocale.Language.English if language == "en" else QLocale.Language.Dutch,
        QLocale.Country.Netherlands,
    )
    return locale.toString(QDateTime(moment), "d MMMM yyyy, HH:mm")


def _format_date(day: date, language: str) -> str:
    locale = QLocale(
        QLocale.Language.English if language == "en" else QLocale.Language.Dutch,
        QLocale.Country.Netherlands,
    )
    return locale.toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


def _cell(text: str, *, width: str = "") -> str:
    width_attribute = f" width='{width}'" if width else ""
    # Qt draws no borders around a truly empty cell, which leaves gaps in the grid.
    return f"<td{width_attribute}>{text or '&nbsp;'}</td>"


def _labelled(label: str, value: str) -> str:
    return f"<p><b>{html.escape(label)}:</b> {html.escape(value)}</p>"


def _table(
    header: tuple[str, ...],
    widths: tuple[str, ...],
    rows: list[str],
    *,
    point_size: float = _BODY_POINT_SIZE,
) -> str:
    head = "".join(
        f"<th width='{width}' align='left' bgcolor='{_HEADER_BACKGROUND}'>{html.escape(title)}</th>"
        for title, width in zip(header, widths, strict=True)
    )
    return (
        f"<table width='100%' border='1' cellspacing='0' cellpadding='5' "
        f"style='border-collapse: collapse; border-color: {_BORDER}; font-size: {point_size}pt;'>"
        f"<thead><tr>{head}</tr></thead>{''.join(rows)}</table>"
    )


def _form_table(section: FormSection, language: str, *, on_form: bool = True) -> str:
    """A table of values; `on_form` rows are labelled as a.s.r.'s form labels them."""
    not_filled = NOT_FILLED_IN.shown(QCoreApplication.translate)
    rows = []
    for row in section.rows:
        if on_form:
            label = f"<b>{html.escape(row.form_field.form_label)}</b>"
            if language != "nl":
                # The form is Dutch; an English reader also gets the field's meaning.
                translated = html.escape(row.form_field.label.in_language(language))
                label += f"<br/><span style='color: {_MUTED};'>{translated}</span>"
        else:
            # No a.s.r. form names these fields: the wizard's own label, never a form label.
            label = f"<b>{html.escape(row.form_field.label.in_language(language))}</b>"
        if row.value:
            value = html.escape(row.shown)
        else:
            value = f"<i style='color: {_MUTED};'>{html.escape(not_filled)}</i>"
        rows.append(f"<tr>{_cell(label, width='42%')}{_cell(value, width='58%')}</tr>")
    if on_form:
        first = QCoreApplication.translate("RegistrationPdf", "Field on a.s.r.'s form")
    else:
        first = QCoreApplication.translate("RegistrationPdf", "Detail")
    header = (first, QCoreApplication.translate("RegistrationPdf", "Value"))
    return _table(header, ("42%", "58%"), rows)


def _live_check_html(sections: list[FormSection], language: str) -> str:
    heading = QCoreApplication.translate("RegistrationPdf", "Needed for the live check only")
    note = QCoreApplication.translate(
        "RegistrationPdf",
        "These details are not on a.s.r.'s form; the wizard needs them for the live check.",
    )
    parts = [f"<h2>{html.escape(heading)}</h2>", f"<p>{html.escape(note)}</p>"]
    for section in sections:
        if section.employer_index is not None:
            parts.append(f"<h3>{html.escape(_employer_title(section))}</h3>")
        parts.append(_form_table(section, language, on_form=False))
    return "".join(parts)


def _next_steps_html(state: WizardState) -> str:
    steps = next_steps(state)
    if not steps:
        return ""
    heading = QCoreApplication.translate("RegistrationPdf", "Next steps")
    items = "".join(f"<li>{html.escape(step)}</li>" for step in steps)
    return f"<h2>{html.escape(heading)}</h2><ol>{items}</ol>"


def _employer_title(section: FormSection) -> str:
    number = str((section.employer_index or 0) + 1)
    if section.employer_name:
        text = EMPLOYER_NUMBER_NAME.shown(QCoreApplication.translate)
        return filled(text, number=number, name=section.employer_name)
    return filled(EMPLOYER_NUMBER.shown(QCoreApplication.translate), number=number)


# Longest server-supplied value laid out: a 300 KB connector id once froze the window for 37 s.
MAX_SHOWN_NAME_CHARS = 200
MAX_SHOWN_MESSAGE_CHARS = 1_000
# A server decides how many connectors and companies there are; Qt's table layout grows faster
# than linearly (5,000 rows took 23 s), so the summary shows at most this many.
MAX_SHOWN_ROWS = 300
MAX_SHOWN_NAMES = 100


def _server_value(text: str, scrubber: SecretScrubber, limit: int) -> str:
    """A server-supplied value as the PDF shows it: no secret, one line, cut before layout."""
    return html.escape(plain_line(scrubber.scrub(text), limit))


def _server_names(names: list[str], scrubber: SecretScrubber) -> str:
    shown = ", ".join(
        _server_value(name, scrubber, MAX_SHOWN_NAME_CHARS) for name in names[:MAX_SHOWN_NAMES]
    )
    if len(names) > MAX_SHOWN_NAMES:
        more = QCoreApplication.translate("RegistrationPdf", "(not shown: {count})")
        shown += " … " + html.escape(filled(more, count=str(len(names) - MAX_SHOWN_NAMES)))
    return shown


def _check_html(
    check: CheckReport | None,
    check_time: datetime | None,
    language: str,
    scrubber: SecretScrubber,
) -> str:
    heading = LIVE_CHECK.shown(QCoreApplication.translate)
    parts = [f"<h2>{html.escape(heading)}</h2>"]
    if check is None:
        # Check results are not kept in the progress file: after a resume an earlier check is
        # unknown, so only this session is spoken for.
        text = QCoreApplication.translate(
            "RegistrationPdf",
            "No live check was run in this session before this summary was made.",
        )
        parts.append(f"<p>{html.escape(text)}</p>")
        return "".join(parts)
    if check_time is not None:
        text = (
            QCoreApplication.translate("RegistrationPdf", "Tried on {time}.")
            if check.verdict is Verdict.NOT_RUN
            else QCoreApplication.translate("RegistrationPdf", "Checked on {time}.")
        )
        parts.append(f"<p>{html.escape(filled(text, time=_format_time(check_time, language)))}</p>")
    if check.verdict is Verdict.NOT_RUN:
        # Nothing was learned, so no verdict, no table and no companies: only why.
        text = QCoreApplication.translate("RegistrationPdf", "Result: not run. {reason}")
        reason = _server_value(_error(check), scrubber, MAX_SHOWN_MESSAGE_CHARS)
        parts.append(f"<p><b>{filled(html.escape(text), reason=reason)}</b></p>")
        return "".join(parts)
    verdicts = {
        Verdict.PASSED: (
            RESULT_PASSED.shown(QCoreApplication.translate),
            _GOOD,
        ),
        Verdict.PROBLEMS: (
            RESULT_PROBLEMS.shown(QCoreApplication.translate),
            _BAD,
        ),
        Verdict.NOT_CHECKED: (
            filled(
                QCoreApplication.translate(
                    "RegistrationPdf",
                    "Result: not checked completely, nothing was refused. {reason}",
                ),
                reason=plain_line(scrubber.scrub(_error(check)), MAX_SHOWN_MESSAGE_CHARS),
            ),
            _MUTED,
        ),
    }
    verdict, colour = verdicts[check.verdict]
    parts.append(f"<p style='color: {colour};'><b>{html.escape(verdict)}</b></p>")
    if check.environment:
        text = AFAS_ENVIRONMENT.shown(QCoreApplication.translate)
        environment = _server_value(check.environment, scrubber, MAX_SHOWN_NAME_CHARS)
        parts.append(f"<p>{filled(html.escape(text), environment=environment)}</p>")
    if check.token_expiry is not None:
        text = TOKEN_VALID_UNTIL.shown(QCoreApplication.translate)
        shown = _format_date(check.token_expiry, language)
        parts.append(f"<p>{html.escape(filled(text, date=shown))}</p>")
    rows = []
    for item in check.checks[:MAX_SHOWN_ROWS]:
        colour = {CallStatus.ACTIVE: _GOOD, CallStatus.NOT_CHECKED: _MUTED}.get(item.status, _BAD)
        status = (
            f"<span style='color: {colour};'><b>{html.escape(status_words(item.status))}</b></span>"
        )
        rows.append(
            "<tr>"
            + _cell(html.escape(_service_words(item)))
            + _cell(_server_value(item.name, scrubber, MAX_SHOWN_NAME_CHARS))
            + _cell(status)
            + _cell(_server_value(_message(item), scrubber, MAX_SHOWN_MESSAGE_CHARS))
            + "</tr>"
        )
    if rows:
        header = (
            SERVICE.shown(QCoreApplication.translate),
            QCoreApplication.translate("RegistrationPdf", "Call or connector"),
            STATUS.shown(QCoreApplication.translate),
            QCoreApplication.translate("RegistrationPdf", "Message"),
        )
        # Smaller type, so that long Nmbrs call names break less often.
        widths = ("20%", "32%", "14%", "34%")
        parts.append(_table(header, widths, rows, point_size=_CHECK_POINT_SIZE))
    if len(check.checks) > MAX_SHOWN_ROWS:
        text = QCoreApplication.translate("RegistrationPdf", "Rows not shown: {count}.")
        count = str(len(check.checks) - MAX_SHOWN_ROWS)
        parts.append(f"<p>{html.escape(filled(text, count=count))}</p>")
    if check.missing_connectors:
        text = NOT_ASSIGNED.shown(QCoreApplication.translate)
        names = _server_names(check.missing_connectors, scrubber)
        parts.append(f"<p>{filled(html.escape(text), names=names)}</p>")
    if check.companies:
        text = QCoreApplication.translate("RegistrationPdf", "Companies the login sees: {names}")
        names = _server_names(check.companies, scrubber)
        parts.append(f"<p>{filled(html.escape(text), names=names)}</p>")
    return "".join(parts)


def _login_checks_html(state: WizardState, language: str, scrubber: SecretScrubber) -> str:
    """The last check per login (per employer on the per-debtor path), when there are several."""
    summaries = login_summaries(state)
    if len(summaries) < 2:
        return ""
    heading = RESULT_PER_LOGIN.shown(QCoreApplication.translate)
    header = (
        LOGIN.shown(QCoreApplication.translate),
        RESULT.shown(QCoreApplication.translate),
        DETAILS.shown(QCoreApplication.translate),
        QCoreApplication.translate("RegistrationPdf", "Checked on"),
    )
    rows = []
    for summary in summaries[:MAX_SHOWN_ROWS]:
        login = html.escape(plain_line(summary.subject, MAX_SHOWN_NAME_CHARS))
        if summary.label:
            login += "<br/>" + html.escape(plain_line(summary.label, MAX_SHOWN_NAME_CHARS))
        details = []
        if summary.missing_calls:
            text = NOT_ACTIVE_CALLS.shown(QCoreApplication.translate)
            names = _server_names(list(summary.missing_calls), scrubber)
            details.append(filled(html.escape(text), names=names))
        if summary.suggested_domain:
            text = SUGGESTED_DOMAIN.shown(QCoreApplication.translate)
            details.append(html.escape(filled(text, domain=summary.suggested_domain)))
        if summary.reason:
            details.append(
                _server_value(
                    shown_message(summary.reason, state), scrubber, MAX_SHOWN_MESSAGE_CHARS
                )
            )
        outcome = OUTCOME_TEXTS[summary.outcome].shown(QCoreApplication.translate)
        checked = _format_time(summary.checked_at, language) if summary.checked_at else ""
        rows.append(
            "<tr>"
            + _cell(login)
            + _cell(html.escape(outcome))
            + _cell("<br/>".join(details))
            + _cell(html.escape(checked))
            + "</tr>"
        )
    table = _table(header, ("30%", "18%", "34%", "18%"), rows)
    more = ""
    if len(summaries) > MAX_SHOWN_ROWS:
        # Never cut silently: the file keeps every login's result.
        text = QCoreApplication.translate(
            "RegistrationPdf",
            "And {count} more logins, not shown here: see the registration file (section "
            "controle_per_login).",
        )
        more = f"<p>{html.escape(filled(text, count=str(len(summaries) - MAX_SHOWN_ROWS)))}</p>"
    return f"<h2>{html.escape(heading)}</h2>" + table + more


def registration_html(
    state: WizardState,
    manual: Manual,
    *,
    check: CheckReport | None = None,
    check_time: datetime | None = None,
    now: datetime | None = None,
) -> str:
    """The registration as rich text for QTextDocument: escaped values, tokens masked.

    Manual content follows `state.language`; the wizard's own texts follow the installed
    translator, which the wizard keeps in step with `state.language`.
    """
    language = state.language
    moment = now or datetime.now()
    title = QCoreApplication.translate("RegistrationPdf", "Registration for the a.s.r. salary link")
    made = filled(
        QCoreApplication.translate("RegistrationPdf", "Made on {date} with {program} {version}."),
        date=_format_time(moment, language),
        program=APP_NAME,
        version=__version__,
    )
    path_label = QCoreApplication.translate("RegistrationPdf", "Chosen path")
    parts = [
        f"<h1>{html.escape(title)}</h1>",
        f"<p style='color: {_MUTED};'>{html.escape(made)}</p>",
        _labelled(path_label, path_name(state)),
    ]
    # Only AFAS has environment types (production, test, acceptance).
    if state.package is Package.AFAS:
        environment = QCoreApplication.translate("RegistrationPdf", "AFAS environment type")
        parts.append(_labelled(environment, environment_words(state.afas.environment)))
    sections = registration_sections(state, manual)
    if sections:
        heading = QCoreApplication.translate("RegistrationPdf", "Details for a.s.r.'s form")
        parts.append(f"<h2>{html.escape(heading)}</h2>")
        masked = filled(
            QCoreApplication.translate(
                "RegistrationPdf", "Tokens are never printed; they are shown as {mask}."
            ),
            mask=mask_secret("x"),
        )
        parts.append(f"<p style='color: {_MUTED};'>{html.escape(masked)}</p>")
        parts.append(_form_table(sections[0], language))
    if login_place(state) is LoginPlace.EMPLOYERS:
        heading = EMPLOYERS.shown(QCoreApplication.translate)
        parts.append(f"<h2>{html.escape(heading)}</h2>")
        own_list = QCoreApplication.translate(
            "RegistrationPdf",
            "The wizard's own list of what each employer needs; these are not fields of "
            "a.s.r.'s registration form. You give the username and API token when you "
            "register the employer.",
        )
        parts.append(f"<p style='color: {_MUTED};'>{html.escape(own_list)}</p>")
        if len(sections) == 1:
            none_yet = NO_EMPLOYERS_YET.shown(QCoreApplication.translate)
            parts.append(f"<p>{html.escape(none_yet)}</p>")
        for section in sections[1:]:
            parts.append(f"<h3>{html.escape(_employer_title(section))}</h3>")
            parts.append(_form_table(section, language, on_form=False))
    check_only = live_check_sections(state, manual)
    if check_only:
        parts.append(_live_check_html(check_only, language))
    named = report_with_step_names(check, state) if check is not None else None
    parts.append(_check_html(named, check_time, language, SecretScrubber(state_secrets(state))))
    parts.append(_login_checks_html(state, language, SecretScrubber(state_secrets(state))))
    parts.append(_next_steps_html(state))
    return "<html><body>" + "".join(parts) + "</body></html>"


def _group_start(document: QTextDocument, table: QTextTable) -> QTextBlock:
    """The heading (with any headings right above it) that introduces `table`."""
    block = document.findBlock(table.firstPosition()).previous()
    start = block
    while block.isValid() and block.blockFormat().headingLevel() == 0:
        block = block.previous()
    if not block.isValid():
        return start
    while block.previous().isValid() and block.previous().blockFormat().headingLevel() > 0:
        block = block.previous()
    return block


def _keep_tables_with_headings(document: QTextDocument, page_height: float) -> None:
    """Move a table that would straddle a page, with its heading, to the next page.

    A table split over two pages loses its heading (which employer is this?), so a table that
    fits on one page starts a new page instead. Longer tables still split, with repeated header.
    """
    layout = document.documentLayout()
    tables = [
        frame for frame in document.rootFrame().childFrames() if isinstance(frame, QTextTable)
    ]
    for table in tables:
        # Reading a bounding rect lays the document out again, so each table sees earlier moves.
        start = _group_start(document, table)
        top = layout.blockBoundingRect(start).top()
        bottom = layout.frameBoundingRect(table).bottom()
        if bottom - top > page_height or int(top // page_height) == int(
            (bottom - 1) // page_height
        ):
            continue
        block_format = start.blockFormat()
        block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        QTextCursor(start).setBlockFormat(block_format)


def _keep_last_section_together(document: QTextDocument, page_height: float) -> None:
    """Start the last section (the next steps) on a new page rather than split it."""
    layout = document.documentLayout()
    block = document.lastBlock()
    while block.isValid() and block.blockFormat().headingLevel() != 2:
        block = block.previous()
    if not block.isValid():
        return
    top = layout.blockBoundingRect(block).top()
    bottom = layout.blockBoundingRect(document.lastBlock()).bottom()
    if bottom - top > page_height or int(top // page_height) == int((bottom - 1) // page_height):
        return
    block_format = block.blockFormat()
    block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    QTextCursor(block).setBlockFormat(block_format)


def _body_font() -> QFont:
    font = QFont()
    # The first family present wins; DejaVu Sans covers Linux, the others Windows and macOS.
    font.setFamilies(["Segoe UI", "Helvetica Neue", "Arial", "DejaVu Sans"])
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(_BODY_POINT_SIZE)
    # Without ligatures, text copied from the PDF (an e-mail address, a domain) stays exact.
    for tag in ("liga", "clig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font


def render_registration_pdf(
    state: WizardState,
    manual: Manual,
    *,
    check: CheckReport | None = None,
    check_time: datetime | None = None,
    now: datetime | None = None,
) -> bytes:
    """The registration PDF as bytes (A4, page numbers in the footer)."""
    html_text = registration_html(state, manual, check=check, check_time=check_time, now=now)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(_RESOLUTION_DPI)
    left, top, right, bottom = _MARGINS_MM
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(left, top, right, bottom),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(
        QCoreApplication.translate("RegistrationPdf", "Registration for the a.s.r. salary link")
    )
    writer.setCreator(f"{APP_NAME} {__version__}")

    paint_rect = writer.pageLayout().paintRectPixels(_RESOLUTION_DPI)
    footer_height = _FOOTER_GAP_MM / 25.4 * _RESOLUTION_DPI
    body_size = QSizeF(paint_rect.width(), paint_rect.height() - footer_height)

    document = QTextDocument()
    # Lay out in the writer's units so that point sizes come out right on paper.
    document.documentLayout().setPaintDevice(writer)
    document.setDefaultFont(_body_font())
    option = QTextOption()
    # Long unbroken values (e-mail addresses, domains) wrap instead of running off the page.
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    document.setDefaultTextOption(option)
    document.setDocumentMargin(0)
    document.setPageSize(body_size)
    document.setHtml(html_text)
    _keep_tables_with_headings(document, body_size.height())
    _keep_last_section_together(document, body_size.height())

    footer_font = _body_font()
    footer_font.setPointSizeF(_FOOTER_POINT_SIZE)
    page_count = document.pageCount()
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError("The PDF could not be started.")
    try:
        for page in range(page_count):
            if page:
                writer.newPage()
            painter.save()
            painter.translate(0, -page * body_size.height())
            document.drawContents(
                painter,
                QRectF(0, page * body_size.height(), body_size.width(), body_size.height()),
            )
            painter.restore()
            footer_rect = QRectF(0, body_size.height(), body_size.width(), footer_height)
            painter.setFont(footer_font)
            painter.setPen(QColor(_MUTED))
            painter.drawText(
                footer_rect,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                f"{APP_NAME} {__version__}",
            )
            page_text = filled(
                QCoreApplication.translate("RegistrationPdf", "Page {number} of {count}"),
                number=str(page + 1),
                count=str(page_count),
            )
            painter.drawText(
                footer_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom, page_text
            )
    finally:
        painter.end()
    buffer.close()
    return bytes(buffer.data().data())


def write_registration_pdf(
    path: Path,
    state: WizardState,
    manual: Manual,
    *,
    check: CheckReport | None = None,
    check_time: datetime | None = None,
    now: datetime | None = None,
) -> None:
    """Write the registration PDF to `path`, replacing it atomically.

    Raises:
        OSError: the file could not be written (read-only folder, full disk, ...); an existing
            file at `path` is left untouched and nothing in `state` changes.
    """
    data = render_registration_pdf(state, manual, check=check, check_time=check_time, now=now)
    # Owner-only, like every file the wizard writes: it holds contact details.
    write_atomic(path, data)
