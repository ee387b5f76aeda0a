"""One probed call's outcome: the answer, an Nmbrs fault code or a network problem, in words.

zeep's exceptions can hold the raw answer (personal data), so outcomes are built from codes and
our own texts only, and no zeep exception is kept, logged or shown.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
from lxml import etree
from zeep import exceptions as zeep_errors

from wizard.core.check_result import CallStatus
from wizard.core.message import Message
from wizard.services.network_errors import (
    CheckFailed,
    NetworkProblem,
    Translate,
    failure_from_httpx,
    render_message,
)
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
)

_log = logging.getLogger(__name__)

# The status of a call the probe could not judge (its parameters, prerequisites or WSDL were
# not to be had): not a finding about the login's rights.
NOT_CHECKED_STATUS = CallStatus.NOT_CHECKED


@dataclass
class CallOutcome:
    """What one call came to. `value` holds only identifiers read from the answer."""

    status: CallStatus
    # A marked source text; `arguments` fill its {placeholders} once it is translated.
    message: str = ""
    problem: CheckFailed | None = None
    code: int | None = None
    value: Any = None
    arguments: dict[str, str] = field(default_factory=dict)
    context: str = "NmbrsCheck"
    # A problem that fills the message's {reason}, in the same language, without stopping
    # the check the way `problem` does.
    reason: CheckFailed | None = None

    def render(self, translate: Translate) -> str:
        """The message in the language `translate` gives."""
        arguments = dict(self.arguments)
        if self.reason is not None:
            arguments["reason"] = self.reason.render(translate)
        return render_message(self.context, self.message, arguments, translate)

    def as_message(self) -> Message:
        """The message, to be shown later in whatever language the clerk then chose."""
        arguments: list[tuple[str, str | Message]] = list(self.arguments.items())
        if self.reason is not None:
            arguments.append(("reason", self.reason.as_message()))
        return Message(self.context, self.message, tuple(arguments))


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
        return CallOutcome(NOT_CHECKED_STATUS, MSG_UNEXPECTED)
    value = extract(result) if extract is not None else None
    del result
    return CallOutcome(CallStatus.ACTIVE, value=value)


def outcome_for_fault(faultstring: str | None, texts: PathTexts) -> CallOutcome:
    """The outcome of an ASMX fault, classified by the Nmbrs code in its faultstring."""
    code = fault_code(faultstring)
    status = status_for_code(code)
    if status is CallStatus.INACTIVE:
        message = MSG_INACTIVE
    elif status is CallStatus.NO_DATA_ACCESS:
        message = texts.no_data_access
    elif status is CallStatus.AUTH_FAILED:
        message = texts.login_refused
    elif status is CallStatus.ACTIVE:
        message = ""
    elif code == SUBSCRIPTION_CODE:
        message = MSG_SUBSCRIPTION
    elif code == COUNTRY_CODE:
        message = MSG_COUNTRY
    elif code is not None:
        arguments = {"code": str(code), "text": fault_text(faultstring)}
        return CallOutcome(status, MSG_NMBRS_ERROR, code=code, arguments=arguments)
    else:
        arguments = {"text": fault_text(faultstring)}
        return CallOutcome(status, MSG_NMBRS_ERROR_NO_CODE, code=code, arguments=arguments)
    return CallOutcome(status, message, code=code)


def outcome_for_missing_service(service: str, failure: CheckFailed) -> CallOutcome:
    """The outcome of a call on a service whose WSDL could not be had: not checked, and why."""
    return CallOutcome(
        NOT_CHECKED_STATUS, MSG_SERVICE_NOT_LOADED, arguments={"service": service}, reason=failure
    )


def outcome_for_failure(failure: CheckFailed) -> CallOutcome:
    """The outcome of a network problem: the call was not judged, so it is not a finding."""
    if failure.kind is NetworkProblem.OVERSIZED:
        # Faults are small; only a data answer is this large, so the call was let through.
        return CallOutcome(CallStatus.ACTIVE, MSG_ANSWER_TOO_LARGE)
    return CallOutcome(
        NOT_CHECKED_STATUS,
        failure.text,
        problem=failure,
        arguments=dict(failure.arguments),
        context=failure.context,
    )


def _transport_failure(error: zeep_errors.TransportError, address: str) -> CheckFailed:
    host = httpx.URL(address).host
    status = error.status_code
    if status == 200:
        return CheckFailed(NetworkProblem.MALFORMED, host=host)
    if status == 503:
        return CheckFailed(NetworkProblem.UNAVAILABLE, host=host)
    return CheckFailed(NetworkProblem.HTTP_STATUS, host=host, status=str(status))
