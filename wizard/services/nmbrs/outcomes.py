"""One probed call's outcome: the answer, an Nmbrs fault code or a network problem, in words.

zeep's exceptions can hold the raw answer (personal data), so outcomes are built from codes and
our own texts only, and no zeep exception is kept, logged or shown.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx
from lxml import etree
from zeep import exceptions as zeep_errors

from wizard.core.check_result import CallStatus
from wizard.core.message import NO_MESSAGE, Message
from wizard.services.network_errors import CheckFailed, NetworkProblem, failure_from_httpx
from wizard.services.nmbrs.faults import (
    COUNTRY_CODE,
    SUBSCRIPTION_CODE,
    fault_code,
    fault_text,
    status_for_code,
)
from wizard.services.nmbrs.soap_client import NmbrsLogin, NmbrsService
from wizard.services.nmbrs.texts import (
    MSG_ANSWER_TOO_LARGE,
    MSG_COUNTRY,
    MSG_INACTIVE,
    MSG_NMBRS_ERROR,
    MSG_NMBRS_ERROR_NO_CODE,
    MSG_SERVICE_NOT_LOADED,
    MSG_SUBSCRIPTION,
    MSG_UNEXPECTED,
    PathTexts,
    nmbrs_message,
)

_log = logging.getLogger(__name__)

# The status of a call the probe could not judge (its parameters, prerequisites or WSDL were
# not to be had): not a finding about the login's rights.
NOT_CHECKED_STATUS = CallStatus.NOT_CHECKED


@dataclass
class CallOutcome:
    """What one call came to. `value` holds only identifiers read from the answer."""

    status: CallStatus
    message: Message = NO_MESSAGE
    problem: CheckFailed | None = None
    code: int | None = None
    value: Any = None


async def probe_call(
    client: NmbrsService,
    operation: str,
    arguments: dict[str, Any],
    login: NmbrsLogin,
    texts: PathTexts,
    *,
    through_proxy: bool,
    extract: Callable[[Any], Any] | None = None,
) -> CallOutcome:
    """Call `operation` once and classify the result; never raises (except on cancellation).

    `extract` reads the identifiers the check needs from a successful answer; the rest of the
    answer is dropped here.
    """
    try:
        result = await client.call(operation, arguments, login)
    except zeep_errors.Fault as fault:
        return outcome_for_fault(fault.message, texts)
    except CheckFailed as failure:
        return outcome_for_failure(failure)
    except httpx.HTTPError as error:
        return outcome_for_failure(failure_from_httpx(error, through_proxy=through_proxy))
    except zeep_errors.TransportError as error:
        return outcome_for_failure(_transport_failure(error, client.address))
    except (zeep_errors.Error, etree.LxmlError, ValueError, TypeError) as error:
        _log.warning("Nmbrs %s: unreadable answer (%s)", operation, type(error).__name__)
        # An answer we cannot read says nothing about the login's rights.
        return CallOutcome(NOT_CHECKED_STATUS, nmbrs_message(MSG_UNEXPECTED))
    value = extract(result) if extract is not None else None
    del result
    return CallOutcome(CallStatus.ACTIVE, value=value)


def outcome_for_fault(faultstring: str | None, texts: PathTexts) -> CallOutcome:
    """The outcome of an ASMX fault, classified by the Nmbrs code in its faultstring."""
    code = fault_code(faultstring)
    status = status_for_code(code)
    if status is CallStatus.INACTIVE:
        message = nmbrs_message(MSG_INACTIVE)
    elif status is CallStatus.NO_DATA_ACCESS:
        message = nmbrs_message(texts.no_data_access)
    elif status is CallStatus.AUTH_FAILED:
        message = nmbrs_message(texts.login_refused)
    elif status is CallStatus.ACTIVE:
        message = NO_MESSAGE
    elif code == SUBSCRIPTION_CODE:
        message = nmbrs_message(MSG_SUBSCRIPTION)
    elif code == COUNTRY_CODE:
        message = nmbrs_message(MSG_COUNTRY)
    elif code is not None:
        message = nmbrs_message(MSG_NMBRS_ERROR, code=str(code), text=fault_text(faultstring))
    else:
        message = nmbrs_message(MSG_NMBRS_ERROR_NO_CODE, text=fault_text(faultstring))
    return CallOutcome(status, message, code=code)


def outcome_for_missing_service(service: str, failure: CheckFailed) -> CallOutcome:
    """The outcome of a call on a service whose WSDL could not be had: not checked, and why."""
    message = nmbrs_message(MSG_SERVICE_NOT_LOADED, service=service, reason=failure.message)
    return CallOutcome(NOT_CHECKED_STATUS, message)


def outcome_for_failure(failure: CheckFailed) -> CallOutcome:
    """The outcome of a network problem: the call was not judged, so it is not a finding."""
    if failure.kind is NetworkProblem.OVERSIZED:
        # Faults are small; only a data answer is this large, so the call was let through.
        return CallOutcome(CallStatus.ACTIVE, nmbrs_message(MSG_ANSWER_TOO_LARGE))
    return CallOutcome(NOT_CHECKED_STATUS, failure.message, problem=failure)


def _transport_failure(error: zeep_errors.TransportError, address: str) -> CheckFailed:
    host = httpx.URL(address).host
    status = error.status_code
    if status == 200:
        return CheckFailed(NetworkProblem.MALFORMED, host=host)
    if status == 503:
        return CheckFailed(NetworkProblem.UNAVAILABLE, host=host)
    return CheckFailed(NetworkProblem.HTTP_STATUS, host=host, status=str(status))
