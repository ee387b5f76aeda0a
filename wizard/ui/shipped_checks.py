"""The shipped live checks, registered by the names the path table gives them.

Loaded with the check pages (after the first paint): the registry entries need the request
types of wizard.core.live_check, which the start page does without.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wizard.core.check_registry import CheckEntry, register_check
from wizard.core.live_check import AfasCheckRequest, NmbrsCheckRequest
from wizard.core.model import AccountType
from wizard.core.paths import nmbrs_logins

if TYPE_CHECKING:
    from wizard.core.model import WizardState

# The shipped checks' names, as the path table (resources/manual/paths.json) names them.
NMBRS_CHECK = "nmbrs_soap"
AFAS_CHECK = "afas_rest"


def _nmbrs_requests(state: WizardState) -> list[tuple[str, object]]:
    """Every complete Nmbrs login of the chosen path (the employers' on the per-debtor path)."""
    account_type = state.account_type or AccountType.UMBRELLA
    return [
        (username, NmbrsCheckRequest(username, token, domain, account_type, state.sandbox))
        for username, token, domain in nmbrs_logins(state)
        if username and token and domain
    ]


def _afas_requests(state: WizardState) -> list[tuple[str, object]]:
    """The AFAS environment of the form, once its customer number and token are filled in."""
    afas = state.afas
    if not afas.customer_number or not afas.data_token:
        return []
    request = AfasCheckRequest(
        afas.customer_number,
        afas.data_token,
        afas.token_version or "1",
        afas.environment,
        None,
        tuple(afas.employer_codes),
    )
    return [(afas.customer_number, request)]


register_check(
    CheckEntry(NMBRS_CHECK, lambda config, proxy: config.nmbrs_check(proxy), _nmbrs_requests)
)
register_check(
    CheckEntry(AFAS_CHECK, lambda config, proxy: config.afas_check(proxy), _afas_requests)
)
