"""No two visible controls share an Alt+letter, on any page of any path, in either language."""

from __future__ import annotations

from collections import defaultdict

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)

from wizard.core.message import Message
from wizard.core.model import Employer, Step
from wizard.ui.screenshot_tour import TOUR_PATHS, sample_runs, sample_state


def _plain(text: str) -> str:
    return text.replace("&&", "").replace("&", "")


def _mnemonic_texts(widget: QWidget) -> list[str]:
    """The texts of `widget` that can carry an Alt+letter."""
    if isinstance(widget, QAbstractButton):
        return [widget.text()]
    if isinstance(widget, QLabel) and widget.buddy() is not None:
        return [widget.text()]
    if isinstance(widget, QGroupBox):
        return [widget.title()]
    if isinstance(widget, QTabWidget):
        return [widget.tabText(index) for index in range(widget.count())]
    return []


def visible_mnemonics(window: QWidget) -> dict[str, list[str]]:
    """Every Alt+letter on screen, with the texts that use it."""
    found: dict[str, list[str]] = defaultdict(list)
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        for text in _mnemonic_texts(widget):
            key = QKeySequence.mnemonic(text)
            if not key.isEmpty():
                found[key.toString().lower()].append(text)
    return found


def fields_without_letter(window: QWidget) -> list[str]:
    """Labels of visible editable fields that have no Alt+letter."""
    return [
        label.text()
        for label in window.findChildren(QLabel)
        if label.isVisible()
        and isinstance(label.buddy(), QLineEdit)
        and not label.buddy().isReadOnly()
        and QKeySequence.mnemonic(label.text()).isEmpty()
    ]


def clashes(window: QWidget) -> dict[str, list[str]]:
    """Letters used by two different texts. One field label repeated per employer card may
    share its letter: Alt+letter then cycles through the cards, which is what the clerk wants."""
    return {
        key: texts
        for key, texts in visible_mnemonics(window).items()
        if len({_plain(text) for text in texts}) > 1
    }


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("path_name", sorted(TOUR_PATHS))
def test_no_alt_letter_is_used_twice_on_any_page(qtbot, make_wizard, language, path_name) -> None:
    wizard = make_wizard(language=language)
    package, account_type = TOUR_PATHS[path_name]
    state = sample_state(package, account_type, language)
    state.check_runs = sample_runs(state)
    # Everything ticked, so the real Next button walks the whole path with Back showing.
    state.ticked = {
        item_id for content in wizard.manual.steps.values() for item_id in content.item_ids()
    }
    if state.employers:
        state.employers.append(Employer("Tweede B.V.", "tweede@example.nl", "token-2", "tweede"))
    wizard.load_state(state)
    wizard.restart()
    # The resume banner's buttons share the start page with the package choice.
    wizard.start_page.offer_resume("Nmbrs")
    wizard.show_notice(Message.as_written("Notice"))
    seen: list[Step] = []
    found: list[tuple[str, dict[str, list[str]]]] = []
    missing: list[str] = []
    while True:
        step = wizard.current_step()
        seen.append(step)
        found += [(step.name, clashes(wizard))]
        missing += fields_without_letter(wizard)
        if step is Step.SUMMARY:
            summary = wizard.pages[Step.SUMMARY]
            summary.tabs.setCurrentIndex(1)
            qtbot.waitUntil(summary.copy_panel.isVisible)
            found += [("SUMMARY, copy tab", clashes(wizard))]
        if wizard.nextId() < 0:  # the last page of the path
            break
        wizard.next()
        assert wizard.current_step() is not step, f"stuck on {step.name}"
    assert seen[0] is Step.START and len(seen) > 5
    problems = [f"{page}: {letters}" for page, letters in found if letters]
    assert not problems, "\n".join(problems)
    # The README promises it: every labelled field has its own Alt+letter.
    assert not missing
