"""What the clerk does after the wizard, per path: one list for the summary, the PDF and the end.

Only what the manuals say: for Nmbrs, a.s.r. sends a message once the registration is processed,
and employers are registered as a.s.r.'s employer manual describes. The AFAS manual ends with the
form, so the AFAS list says nothing about what a.s.r. does next.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from wizard.core.model import AccountType, Package, WizardState


def next_steps(state: WizardState) -> list[str]:
    """The next steps of the chosen path, in the installed UI language; empty before a choice."""

    # A literal context at each call, so lupdate files the texts under NextSteps.
    translate = QCoreApplication.translate
    # The start page's own button checks every login of the file; importing it would walk
    # the clerk through the whole path again.
    check_again = translate(
        "NextSteps",
        "To check the link again later, start this wizard, choose Check an existing link "
        "again… on the first page and open the file you saved.",
    )
    # What follows differs per path: another form, and per-debtor logins per employer.
    if state.package is Package.AFAS:
        return [
            translate(
                "NextSteps",
                "Supply the details at www.asr.nl/salarisverwerkers under aanleveren gegevens "
                "in eigen beheer, if you have not done so yet.",
            ),
            translate("NextSteps", "Keep the data token safe: AFAS shows it only once."),
            check_again,
        ]
    # No path chosen yet, or a registered path: the table has no next steps to tell.
    if state.package is not Package.NMBRS or state.account_type is None:
        return []
    # Each Nmbrs account type has its own button on a.s.r.'s page.
    if state.account_type is AccountType.UMBRELLA:
        send = translate(
            "NextSteps",
            "Send the form at www.asr.nl/salarisverwerkers (button Aanmelden nieuwe "
            "Salarisverwerker), if you have not done so yet.",
        )
    else:
        send = translate(
            "NextSteps",
            "Send the form at www.asr.nl/salarisverwerkers (button Aanmelden "
            "Salarisverwerker), if you have not done so yet.",
        )
    steps = [
        send,
        translate(
            "NextSteps", "a.s.r. sends you a message once it has processed your registration."
        ),
        translate(
            "NextSteps",
            "After that confirmation, register each employer as a.s.r.'s manual for "
            "registering an employer describes. An employer can only be registered once it "
            "has requested the salary link itself at www.asr.nl/salariskoppeling.",
        ),
    ]
    # Per debtor, each employer brings its own login.
    if state.account_type is AccountType.PER_DEBTOR:
        steps.append(
            translate(
                "NextSteps",
                "When you register an employer, you give the username and API token of that "
                "debtor's master bedrijfslogin.",
            )
        )
    steps.append(check_again)
    return steps
