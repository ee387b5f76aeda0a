"""v3-style Nmbrs WSDLs for the fake server, written from the research notes (nmbrs-api.md).

No public copy of the live v3 WSDLs exists, so these are built from the documented facts: the
ASMX layout of the v2.1 copies, the v3 namespaces, `AuthHeaderWithDomain` on data operations, plain
`AuthHeader` on `DebtorService.Environment_Get`, and the real parameter casing per operation.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from xml.sax.saxutils import quoteattr

NAMESPACE_ROOT = "https://api.nmbrs.nl/soap/v3"
SERVICES = ("CompanyService", "EmployeeService", "ReportService", "DebtorService")

# Complex result types: name -> ordered (field, xsd type). "guid" is ASMX's s1:guid.
TYPES: dict[str, tuple[tuple[str, str], ...]] = {
    "Company": (
        ("ID", "int"),
        ("Number", "int"),
        ("Name", "string"),
        ("PhoneNumber", "string"),
        ("Email", "string"),
        ("KvkNr", "string"),
    ),
    "Debtor": (("Id", "int"), ("Number", "int"), ("Name", "string")),
    "Domain": (("Domain", "string"), ("SubDomain", "string")),
    "RunInfo": (
        ("ID", "int"),
        ("Number", "int"),
        ("Year", "int"),
        ("PeriodStart", "int"),
        ("PeriodEnd", "int"),
        ("Description", "string"),
        ("IsLocked", "boolean"),
    ),
    "EmployeeType": (("Id", "int"), ("Description", "string")),
    "Employee": (("Id", "int"), ("Number", "int"), ("DisplayName", "string")),
    "EmployeeAddress": (
        ("Id", "int"),
        ("Default", "boolean"),
        ("Street", "string"),
        ("HouseNumber", "string"),
        ("PostalCode", "string"),
        ("City", "string"),
        ("CountryISOCode", "string"),
    ),
    "BankAccount": (("Id", "int"), ("Number", "string"), ("IBAN", "string"), ("Name", "string")),
    "EmployeeChildrenItem": (
        ("Id", "int"),
        ("FirstName", "string"),
        ("LastName", "string"),
        ("Birthday", "dateTime"),
    ),
    "EmployeeContractItem": (
        ("ContractID", "int"),
        ("StartDate", "dateTime"),
        ("HoursPerWeek", "decimal"),
        ("WrittenContract", "boolean"),
    ),
    "Partner": (("Id", "int"), ("FirstName", "string"), ("LastName", "string")),
    "PersonalInfo": (
        ("Id", "int"),
        ("FirstName", "string"),
        ("LastName", "string"),
        ("BSN", "string"),
        ("EmailPersonal", "string"),
    ),
    "EmployeeSalaryItem": (("EmployeeId", "int"), ("EmployeeName", "string"), ("Value", "decimal")),
    "Schedule": (
        ("Id", "int"),
        ("HoursMonday", "decimal"),
        ("ParttimePercentage", "decimal"),
        ("StartDate", "dateTime"),
    ),
    "SVWSettings": (("Id", "int"), ("ZW", "boolean"), ("WW", "boolean")),
    "WageComponent": (("Id", "int"), ("Code", "int"), ("Value", "decimal")),
    "EmployeeEmploymentItem": (("EmployeeId", "int"), ("EmployeeName", "string")),
    "BackgroundTaskResult": (("TaskId", "guid"), ("Status", "string"), ("Content", "string")),
}

# Types whose strings are personal data; the fake fills them with the sentinel.
PERSONAL_TYPES = frozenset(
    {
        "Employee",
        "EmployeeAddress",
        "BankAccount",
        "EmployeeChildrenItem",
        "EmployeeContractItem",
        "Partner",
        "PersonalInfo",
        "EmployeeSalaryItem",
        "Schedule",
        "EmployeeEmploymentItem",
    }
)


@dataclass(frozen=True)
class OperationSpec:
    """One operation: parameters in WSDL order, result type ("X[]" is ArrayOfX), header kind."""

    name: str
    params: tuple[tuple[str, str], ...] = ()
    result: str | None = "string"
    plain_header: bool = False


def _op(
    name: str, result: str | None, *params: tuple[str, str], plain: bool = False
) -> OperationSpec:
    return OperationSpec(name=name, params=tuple(params), result=result, plain_header=plain)


_EMPLOYEE = ("EmployeeId", "int")

OPERATIONS: dict[str, tuple[OperationSpec, ...]] = {
    "CompanyService": (
        _op("List_GetAll", "Company[]"),
        _op("Company_GetCurrentPeriod", "string", ("CompanyId", "int")),
        _op("Run_GetList", "RunInfo[]", ("CompanyId", "int"), ("Year", "int")),
        _op(
            "Reports_GetWageCodesByRunCompany_v2",
            "string",
            ("CompanyId", "int"),
            ("RunId", "int"),
            ("intYear", "int"),
        ),
        _op(
            "Reports_GetWageCodesByRunCompany_FilterByWageCode",
            "string",
            ("CompanyId", "int"),
            ("RunId", "int"),
            ("intYear", "int"),
            ("WageCode", "int"),
        ),
        # A write operation, present so tests can assert the probe never calls one.
        _op("Company_Update", "boolean", ("CompanyId", "int"), ("Name", "string")),
    ),
    "EmployeeService": (
        _op("EmployeeType_GetList", "EmployeeType[]"),
        _op("List_GetByCompany", "Employee[]", ("CompanyId", "int"), ("EmployeeType", "int")),
        _op("Address_GetListCurrent", "EmployeeAddress[]", _EMPLOYEE),
        _op("BankAccount_GetListCurrent", "BankAccount[]", _EMPLOYEE),
        _op("Children_Get", "EmployeeChildrenItem[]", _EMPLOYEE),
        _op("Contract_GetCurrentPeriod", "EmployeeContractItem", _EMPLOYEE),
        _op("Partner_Get", "Partner", _EMPLOYEE),
        _op("PersonalInfo_GetCurrent", "PersonalInfo", _EMPLOYEE),
        _op("Salary_GetAll_AllEmployeesByCompany", "EmployeeSalaryItem[]", ("CompanyID", "int")),
        _op("Schedule_GetCurrent", "Schedule", _EMPLOYEE),
        _op("Schedule_GetList", "Schedule[]", _EMPLOYEE, ("Period", "int"), ("Year", "int")),
        _op("SVW_GetCurrent", "SVWSettings", _EMPLOYEE),
        _op("WageComponentFixed_GetCurrent", "WageComponent[]", _EMPLOYEE),
        _op("WageComponentVar_GetCurrent", "WageComponent[]", _EMPLOYEE),
        _op(
            "Employment_GetAll_AllEmployeesByCompany",
            "EmployeeEmploymentItem[]",
            ("CompanyID", "int"),
        ),
        _op("PersonalInfo_Update", "boolean", _EMPLOYEE, ("FirstName", "string")),
    ),
    "ReportService": (
        _op(
            "Reports_GetWageCodesByRunCompany_FilterByWageCode_Background",
            "guid",
            ("companyId", "int"),
            ("runId", "int"),
            ("year", "int"),
            ("wageCode", "int"),
        ),
        _op(
            "Reports_GetWageCodesByRunCompany_v2_Background",
            "guid",
            ("companyId", "int"),
            ("runId", "int"),
            ("year", "int"),
        ),
        _op("Reports_BackgroundTask_Result", "BackgroundTaskResult", ("TaskId", "guid")),
    ),
    "DebtorService": (
        _op("Environment_Get", "Domain", plain=True),
        _op("List_GetAll", "Debtor[]"),
    ),
}


@dataclass(frozen=True)
class ServiceShape:
    """A service as one fake server serves it: operations after renames and omissions."""

    service: str
    operations: dict[str, OperationSpec] = field(default_factory=dict)

    @property
    def namespace(self) -> str:
        """The service's targetNamespace (same on the sandbox host)."""
        return f"{NAMESPACE_ROOT}/{self.service}"


def service_shape(
    service: str, *, renames: dict[str, str] | None = None, omitted: set[str] | None = None
) -> ServiceShape:
    """The operations of `service`, with parameters renamed ("Service.Op.Param" -> new name)
    and operations left out ("Service.Op" or "Op")."""
    renames = renames or {}
    omitted = omitted or set()
    operations: dict[str, OperationSpec] = {}
    for spec in OPERATIONS[service]:
        if spec.name in omitted or f"{service}.{spec.name}" in omitted:
            continue
        params = tuple(
            (renames.get(f"{service}.{spec.name}.{name}", name), kind) for name, kind in spec.params
        )
        operations[spec.name] = OperationSpec(spec.name, params, spec.result, spec.plain_header)
    return ServiceShape(service=service, operations=operations)


def _xsd_type(kind: str) -> str:
    if kind == "guid":
        return "s1:guid"
    if kind.endswith("[]"):
        return f"tns:ArrayOf{kind[:-2]}"
    if kind in TYPES:
        return f"tns:{kind}"
    return f"s:{kind}"


def _element(name: str, kind: str, *, optional: bool) -> str:
    # ASMX marks value types minOccurs=1 and reference types (strings, objects) minOccurs=0.
    value_type = kind in ("int", "decimal", "boolean", "dateTime", "guid")
    minimum = "0" if optional or not value_type else "1"
    return (
        f'<s:element minOccurs="{minimum}" maxOccurs="1" name={quoteattr(name)} '
        f'type="{_xsd_type(kind)}" />'
    )


def _complex_types(shape: ServiceShape) -> list[str]:
    used: set[str] = set()
    for spec in shape.operations.values():
        if spec.result and spec.result.removesuffix("[]") in TYPES:
            used.add(spec.result.removesuffix("[]"))
    parts: list[str] = []
    for name in sorted(used):
        fields = "".join(_element(f, k, optional=False) for f, k in TYPES[name])
        parts.append(
            f'<s:complexType name="{name}"><s:sequence>{fields}</s:sequence></s:complexType>'
        )
        parts.append(
            f'<s:complexType name="ArrayOf{name}"><s:sequence><s:element minOccurs="0" '
            f'maxOccurs="unbounded" name="{name}" nillable="true" type="tns:{name}" />'
            f"</s:sequence></s:complexType>"
        )
    return parts


_HEADERS = (
    '<s:element name="AuthHeaderWithDomain" type="tns:AuthHeaderWithDomain" />'
    '<s:complexType name="AuthHeaderWithDomain"><s:sequence>'
    '<s:element minOccurs="0" maxOccurs="1" name="Username" type="s:string" />'
    '<s:element minOccurs="0" maxOccurs="1" name="Token" type="s:string" />'
    '<s:element minOccurs="0" maxOccurs="1" name="Domain" type="s:string" />'
    "</s:sequence><s:anyAttribute /></s:complexType>"
    '<s:element name="AuthHeader" type="tns:AuthHeader" />'
    '<s:complexType name="AuthHeader"><s:sequence>'
    '<s:element minOccurs="0" maxOccurs="1" name="Username" type="s:string" />'
    '<s:element minOccurs="0" maxOccurs="1" name="Token" type="s:string" />'
    "</s:sequence><s:anyAttribute /></s:complexType>"
)

_GUID_SCHEMA = (
    '<s:schema elementFormDefault="qualified" targetNamespace="http://microsoft.com/wsdl/types/">'
    '<s:simpleType name="guid"><s:restriction base="s:string"><s:pattern value="[0-9a-fA-F]{8}-'
    '[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}" /></s:restriction>'
    "</s:simpleType></s:schema>"
)


def header_name(spec: OperationSpec) -> str:
    """The header element (and message part) the operation declares."""
    return "AuthHeader" if spec.plain_header else "AuthHeaderWithDomain"


def build_wsdl(shape: ServiceShape, address: str) -> str:
    """The ASMX-style WSDL of `shape`, with both SOAP 1.1 and 1.2 ports at `address`."""
    ns = shape.namespace
    schema: list[str] = ['<s:import namespace="http://microsoft.com/wsdl/types/" />']
    messages: list[str] = []
    port_ops: list[str] = []
    binding11: list[str] = []
    binding12: list[str] = []
    for spec in shape.operations.values():
        params = "".join(_element(n, k, optional=False) for n, k in spec.params)
        schema.append(
            f'<s:element name="{spec.name}"><s:complexType><s:sequence>{params}'
            f"</s:sequence></s:complexType></s:element>"
        )
        result = _element(f"{spec.name}Result", spec.result, optional=True) if spec.result else ""
        schema.append(
            f'<s:element name="{spec.name}Response"><s:complexType><s:sequence>{result}'
            f"</s:sequence></s:complexType></s:element>"
        )
        header = header_name(spec)
        messages.append(
            f'<wsdl:message name="{spec.name}SoapIn"><wsdl:part name="parameters" '
            f'element="tns:{spec.name}" /></wsdl:message>'
            f'<wsdl:message name="{spec.name}SoapOut"><wsdl:part name="parameters" '
            f'element="tns:{spec.name}Response" /></wsdl:message>'
            f'<wsdl:message name="{spec.name}{header}"><wsdl:part name="{header}" '
            f'element="tns:{header}" /></wsdl:message>'
        )
        port_ops.append(
            f'<wsdl:operation name="{spec.name}"><wsdl:input message="tns:{spec.name}SoapIn" />'
            f'<wsdl:output message="tns:{spec.name}SoapOut" /></wsdl:operation>'
        )
        for prefix, target in (("soap", binding11), ("soap12", binding12)):
            target.append(
                f'<wsdl:operation name="{spec.name}"><{prefix}:operation '
                f'soapAction="{ns}/{spec.name}" style="document" />'
                f'<wsdl:input><{prefix}:body use="literal" /><{prefix}:header '
                f'message="tns:{spec.name}{header}" part="{header}" use="literal" /></wsdl:input>'
                f'<wsdl:output><{prefix}:body use="literal" /></wsdl:output></wsdl:operation>'
            )
    schema.extend(_complex_types(shape))
    schema.append(_HEADERS)
    name = shape.service
    transport = 'transport="http://schemas.xmlsoap.org/soap/http"'
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<wsdl:definitions xmlns:s="http://www.w3.org/2001/XMLSchema" '
        'xmlns:soap12="http://schemas.xmlsoap.org/wsdl/soap12/" '
        f'xmlns:tns="{ns}" xmlns:s1="http://microsoft.com/wsdl/types/" '
        'xmlns:soap="http://schemas.xmlsoap.org/wsdl/soap/" '
        f'targetNamespace="{ns}" xmlns:wsdl="http://schemas.xmlsoap.org/wsdl/">\n'
        f'<wsdl:types><s:schema elementFormDefault="qualified" targetNamespace="{ns}">'
        f"{''.join(schema)}</s:schema>{_GUID_SCHEMA}</wsdl:types>\n"
        f"{''.join(messages)}\n"
        f'<wsdl:portType name="{name}Soap">{"".join(port_ops)}</wsdl:portType>\n'
        f'<wsdl:binding name="{name}Soap" type="tns:{name}Soap"><soap:binding {transport} />'
        f"{''.join(binding11)}</wsdl:binding>\n"
        f'<wsdl:binding name="{name}Soap12" type="tns:{name}Soap"><soap12:binding {transport} />'
        f"{''.join(binding12)}</wsdl:binding>\n"
        f'<wsdl:service name="{name}">'
        f'<wsdl:port name="{name}Soap" binding="tns:{name}Soap">'
        f'<soap:address location="{address}" /></wsdl:port>'
        f'<wsdl:port name="{name}Soap12" binding="tns:{name}Soap12">'
        f'<soap12:address location="{address}" /></wsdl:port>'
        "</wsdl:service>\n</wsdl:definitions>\n"
    )
