"""What the Nmbrs check tells the clerk, per account type, pointing to the step that fixes it.

Each is stored as a Message (`nmbrs_message`) with its arguments, and translated only when
a front end shows it.
"""

from __future__ import annotations

from dataclasses import dataclass

from wizard.core.message import Message
from wizard.core.model import AccountType
from wizard.core.translation_marker import QT_TRANSLATE_NOOP

CONTEXT = "NmbrsCheck"


def nmbrs_message(text: str, /, **arguments: str | Message) -> Message:
    """One of these texts with the values of its {placeholders}, translated when shown."""
    return Message.of(CONTEXT, text, **arguments)


MSG_INACTIVE = QT_TRANSLATE_NOOP(
    "NmbrsCheck",
    "This call is not active in the login's API template. Set it to Active in {step:rights} and "
    "run the check again.",
)
MSG_SUBSCRIPTION = QT_TRANSLATE_NOOP(
    "NmbrsCheck",
    "Nmbrs says this environment is disabled or has no valid subscription. Contact Nmbrs.",
)
MSG_COUNTRY = QT_TRANSLATE_NOOP(
    "NmbrsCheck", "Nmbrs says this call is not available for the country of this environment."
)
MSG_NMBRS_ERROR = QT_TRANSLATE_NOOP("NmbrsCheck", "Nmbrs answered with error {code}: {text}")
MSG_NMBRS_ERROR_NO_CODE = QT_TRANSLATE_NOOP("NmbrsCheck", "Nmbrs answered with an error: {text}")
MSG_ANSWER_TOO_LARGE = QT_TRANSLATE_NOOP(
    "NmbrsCheck",
    "Nmbrs answered with more data than the wizard reads, so the call is active.",
)
MSG_UNEXPECTED = QT_TRANSLATE_NOOP(
    "NmbrsCheck",
    "The answer of Nmbrs could not be understood. Try again; if it keeps happening, contact the "
    "service desk.",
)
MSG_NOT_OFFERED = QT_TRANSLATE_NOOP(
    "NmbrsCheck",
    "Not tested: Nmbrs does not offer this call in its webservice description. Ask a.s.r. whether "
    "it is still needed.",
)
MSG_UNFILLABLE = QT_TRANSLATE_NOOP(
    "NmbrsCheck",
    "Not tested: the call asks for {parameter}, which the wizard cannot fill in.",
)
MSG_GUESS_REFUSED = QT_TRANSLATE_NOOP(
    "NmbrsCheck",
    "Not judged: Nmbrs refused the value the wizard chose for {parameter} (the webservice "
    "description does not say what it means), so this says nothing about the login's rights.",
)
MSG_SERVICE_NOT_LOADED = QT_TRANSLATE_NOOP(
    "NmbrsCheck",
    "Not checked: the wizard could not load the webservice description of {service}. {reason}",
)
MSG_WSDL_NOT_FOUND = QT_TRANSLATE_NOOP(
    "NmbrsCheck",
    "The server {host} has no webservice description of {service} at this address (HTTP {status}).",
)
MSG_NOT_TESTED_LOGIN = QT_TRANSLATE_NOOP(
    "NmbrsCheck", "Not tested, because Nmbrs refused the login (see List_GetAll)."
)
MSG_NOT_TESTED_COMPANIES_UNKNOWN = QT_TRANSLATE_NOOP(
    "NmbrsCheck", "Not tested: the list of companies could not be read (see List_GetAll)."
)
MSG_NOT_TESTED_NO_COMPANY = QT_TRANSLATE_NOOP(
    "NmbrsCheck", "Not tested: the login sees no company."
)
MSG_NOT_TESTED_NO_EMPLOYEE = QT_TRANSLATE_NOOP(
    "NmbrsCheck", "Not tested: no employee is visible in the companies the login sees."
)
MSG_NOT_TESTED_NO_RUN = QT_TRANSLATE_NOOP(
    "NmbrsCheck",
    "Not tested: no payroll run was found this year or last year in the companies the login sees.",
)
MSG_WRONG_DOMAIN_SUGGESTION = QT_TRANSLATE_NOOP(
    "NmbrsCheck",
    "Username and token are right, but the domain is not: Nmbrs says this login belongs to "
    "the domain {domain}. Enter {domain} as the domain in {step}.",
)
MSG_WRONG_DOMAIN = QT_TRANSLATE_NOOP(
    "NmbrsCheck",
    "Username and token are right, but Nmbrs does not accept the domain. The domain is the "
    "part between https:// and .nmbrs.nl in the address you log in to Nmbrs with. Correct it "
    "in {step}.",
)
MSG_INPUT_MISSING = QT_TRANSLATE_NOOP(
    "NmbrsCheck", "Enter the username, API token and domain of the login before the check."
)


@dataclass(frozen=True)
class PathTexts:
    """The texts that depend on the account type, because the fixing step differs."""

    # A step reference (wizard.core.step_reference), filled in where the message is shown.
    credentials_step: str
    bad_user_or_token: str
    login_refused: str
    no_data_access: str
    no_company: str


_UMBRELLA = PathTexts(
    credentials_step="{step:umbrella_registration}",
    bad_user_or_token=QT_TRANSLATE_NOOP(
        "NmbrsCheck",
        "Nmbrs does not accept this username and API token. Check both in "
        "{step:umbrella_registration}: the username is the login's e-mail address, the API token "
        "is on the API-Token tab of the login's profile. A token that was reset, or a deleted or "
        "inactive login (see {step:umbrella_login}), gives this too.",
    ),
    login_refused=QT_TRANSLATE_NOOP(
        "NmbrsCheck",
        "Nmbrs refused the username, API token or domain. Check all three in "
        "{step:umbrella_registration}, and that the login is active (see {step:umbrella_login}).",
    ),
    no_data_access=QT_TRANSLATE_NOOP(
        "NmbrsCheck",
        "The login may not see this company's or employee's data. Set the login's filter to Alle "
        "debiteuren, or to your a.s.r. tag, in {step:umbrella_login}.",
    ),
    no_company=QT_TRANSLATE_NOOP(
        "NmbrsCheck",
        "The login works, but it sees no company. Set its filter to Alle debiteuren, or to your "
        "a.s.r. tag and put that tag on the employers, in {step:umbrella_login}.",
    ),
)

_PER_DEBTOR = PathTexts(
    credentials_step="{step:debtor_employers}",
    bad_user_or_token=QT_TRANSLATE_NOOP(
        "NmbrsCheck",
        "Nmbrs does not accept this employer's username and API token. Check both in "
        "{step:debtor_employers}: the username is the master company login's e-mail address, the "
        "token is the API token you created for it in {step:debtor_master_login}. A token that "
        "was reset, or a deleted or inactive login, gives this too.",
    ),
    login_refused=QT_TRANSLATE_NOOP(
        "NmbrsCheck",
        "Nmbrs refused this employer's username, API token or domain. Check all three in "
        "{step:debtor_employers}, and that the login is active (see {step:debtor_master_login}).",
    ),
    no_data_access=QT_TRANSLATE_NOOP(
        "NmbrsCheck",
        "The login may not see this company's or employee's data. Set the master company login's "
        "filter to Alle debiteuren in {step:debtor_master_login}.",
    ),
    no_company=QT_TRANSLATE_NOOP(
        "NmbrsCheck",
        "The login works, but it sees no company. Set the master company login's filter to Alle "
        "debiteuren in {step:debtor_master_login}.",
    ),
)


def path_texts(account_type: AccountType) -> PathTexts:
    """The step-dependent texts for `account_type`."""
    # The two Nmbrs account types fix a failed call in different steps of their own.
    return _UMBRELLA if account_type is AccountType.UMBRELLA else _PER_DEBTOR
