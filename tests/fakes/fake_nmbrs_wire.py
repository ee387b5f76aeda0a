"""The fake Nmbrs server's SOAP wire format: reading requests, writing answers and ASMX faults.

Successful data answers carry sentinel personal data, so leak tests can search for it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from lxml import etree

from tests.fakes.nmbrs_wsdl_spec import (
    PERSONAL_TYPES,
    TYPES,
    OperationSpec,
    ServiceShape,
    header_name,
)

# Every successful personal-data answer contains this marker; leak tests search for it.
SENTINEL = "SENTINEL-EMPLOYEE"
SENTINEL_NAME = f"{SENTINEL}-Jansen"
SENTINEL_STREET = f"{SENTINEL}-Kerkstraat 1"
SENTINEL_IBAN = f"NL91{SENTINEL}-IBAN-0417164300"

SOAP11 = "http://schemas.xmlsoap.org/soap/envelope/"
_ENVELOPE_START = (
    '<?xml version="1.0" encoding="utf-8"?>'
    f'<soap:Envelope xmlns:soap="{SOAP11}" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    'xmlns:xsd="http://www.w3.org/2001/XMLSchema"><soap:Body>'
)
_ENVELOPE_END = "</soap:Body></soap:Envelope>"

_FAULT_TEXTS = {
    1001: "Invalid Authentication",
    1002: "Unauthorized Access",
    1003: "Unauthorized Access Data",
    1004: "Disabled, no valid subscription",
    2003: "Unauthorized Access",
    2004: "Unauthorized Access",
    2006: "Invalid Period",
    2009: "Unauthorized Access",
    2019: "Task status not available",
    3001: "This call is not available in your country",
    9999: "Unkown",
}


class SoapFault(Exception):
    """An ASMX fault to answer with."""

    def __init__(self, code: int | None, text: str = "", *, client: bool = False) -> None:
        super().__init__(text)
        self.code = code
        self.text = text or _FAULT_TEXTS.get(code or 0, "Unknown")
        self.client = client

    def envelope(self) -> bytes:
        """The fault as ASMX sends it, with HTTP status 500."""
        if self.client:
            faultcode = "soap:Client"
            faultstring = f"Server was unable to read request. ---> {self.text}"
        else:
            faultcode = "soap:Server"
            detail = f"{self.code}: {self.text}" if self.code is not None else self.text
            faultstring = f"Server was unable to process request. ---> {detail}"
        return (
            f"{_ENVELOPE_START}<soap:Fault><faultcode>{faultcode}</faultcode>"
            f"<faultstring>{escape(faultstring)}</faultstring><detail /></soap:Fault>"
            f"{_ENVELOPE_END}"
        ).encode()


def _value(type_name: str, field_name: str, kind: str, values: dict[str, Any]) -> str:
    if field_name in values:
        return escape(str(values[field_name]))
    if kind in ("int", "decimal"):
        return "1"
    if kind == "boolean":
        return "true"
    if kind == "dateTime":
        return "2020-01-01T00:00:00"
    if kind == "guid":
        return str(uuid.uuid4())
    if type_name in PERSONAL_TYPES:
        sentinel = {"IBAN": SENTINEL_IBAN, "Street": SENTINEL_STREET}
        return escape(sentinel.get(field_name, f"{SENTINEL_NAME}-{field_name}"))
    return f"Test {field_name}"


def xml_object(type_name: str, **values: Any) -> str:
    """The fields of one `type_name` object; fields not in `values` get filler or sentinels."""
    fields = "".join(
        f"<{name}>{_value(type_name, name, kind, values)}</{name}>"
        for name, kind in TYPES[type_name]
    )
    return fields


def xml_array(type_name: str, items: list[dict[str, Any]]) -> str:
    """The elements of an ArrayOf`type_name`."""
    return "".join(f"<{type_name}>{xml_object(type_name, **item)}</{type_name}>" for item in items)


def report_xml(employee_id: int, year: int) -> str:
    """A wage-code report as Nmbrs puts it in a string result (with a sentinel name)."""
    return (
        f"<reports><report><employeeid>{employee_id}</employeeid><name>{SENTINEL_NAME}</name>"
        f"<period>1</period><year>{year}</year><lines><line><code>1</code>"
        "<description>Loon</description><value>3000</value></line></lines></report></reports>"
    )


@dataclass
class SoapRequest:
    """A parsed request: operation, body parameters and the auth header's fields."""

    service: str
    spec: OperationSpec
    params: dict[str, str]
    header: dict[str, str]

    def value(self, original_name: str, renames: dict[str, str]) -> int:
        """The int parameter known as `original_name` (after the scenario's renames)."""
        name = renames.get(f"{self.service}.{self.spec.name}.{original_name}", original_name)
        try:
            return int(self.params[name])
        except ValueError as error:
            message = f"Input string for {name} was not in a correct format."
            raise SoapFault(None, message, client=True) from error


def response_envelope(shape: ServiceShape, request: SoapRequest, inner: str) -> bytes:
    """The answer to `request` with `inner` as the content of its <...Result> element."""
    name = request.spec.name
    result = f"<{name}Result>{inner}</{name}Result>" if request.spec.result else ""
    return (
        f'{_ENVELOPE_START}<{name}Response xmlns="{shape.namespace}">{result}'
        f"</{name}Response>{_ENVELOPE_END}"
    ).encode()


def parse_request(shape: ServiceShape, raw: bytes) -> SoapRequest:
    """Read a SOAP 1.1 request the way ASMX binds it; raise SoapFault for what ASMX refuses."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    try:
        envelope = etree.fromstring(raw, parser)
    except etree.XMLSyntaxError as error:
        raise SoapFault(None, "There is an error in the XML document.", client=True) from error
    ns = shape.namespace
    body = envelope.find(f"{{{SOAP11}}}Body")
    if envelope.tag != f"{{{SOAP11}}}Envelope" or body is None or len(body) == 0:
        raise SoapFault(None, "Not a SOAP 1.1 envelope.", client=True)
    operation = etree.QName(body[0])
    spec = shape.operations.get(operation.localname)
    if operation.namespace != ns or spec is None:
        raise SoapFault(None, f"Server did not recognize the operation {operation.localname}.")
    declared = {name for name, _ in spec.params}
    params: dict[str, str] = {}
    for child in body[0]:
        child_name = etree.QName(child)
        # ASMX binds by exact, case-sensitive name in the service namespace.
        if child_name.namespace != ns or child_name.localname not in declared:
            raise SoapFault(
                None, f"Unexpected element {child_name.localname} in {spec.name}.", client=True
            )
        params[child_name.localname] = child.text or ""
    missing = declared - set(params)
    if missing:
        raise SoapFault(None, f"Missing element {sorted(missing)[0]} in {spec.name}.", client=True)
    header: dict[str, str] = {}
    header_node = envelope.find(f"{{{SOAP11}}}Header/{{{ns}}}{header_name(spec)}")
    if header_node is not None:
        header = {etree.QName(c).localname: c.text or "" for c in header_node}
    return SoapRequest(service=shape.service, spec=spec, params=params, header=header)
