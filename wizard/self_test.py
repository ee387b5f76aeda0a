"""`wizard --self-test`: check that this installation (frozen or from source) is complete.

Prints one line per check and returns non-zero when any check fails. It needs no network and
shows no window: the wizard is built on Qt's offscreen platform. Meant for CI (the frozen build)
and for support staff on a clerk's PC; it never reads or changes the clerk's progress or tokens.
"""

from __future__ import annotations

import asyncio
import json
import os
import ssl
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from wizard import __version__
from wizard.app import build_wizard, create_application
from wizard.core.field_rules import check_field
from wizard.core.manual import load_manual
from wizard.core.registration_examples import EXAMPLE_NAMES, example_file
from wizard.core.registration_schema import load_schema, validate_registration
from wizard.core.resource_files import resource_path, resource_root
from wizard.services.secret_store import SecretStore, display_name
from wizard.translation import install_translators

# Resource folders and files that every installation must carry (see build.spec).
RESOURCE_FILES = (
    ("manual", "steps.json"),
    ("manual", "account_types.json"),
    ("manual", "nmbrs_calls.json"),
    ("manual", "registration_fields.json"),
    ("schema", "aanmelding-v1.schema.json"),
    ("schema", "aanmelding-v2.schema.json"),
    ("afas", "benefits_plaza_connectors.json"),
    ("i18n", "wizard_nl.qm"),
    ("icons", "wizard.png"),
)

# A source text per translation context with its known Dutch translation.
DUTCH_SAMPLE = ("FieldRules", "This field is required.", "Dit veld is verplicht.")
QT_SAMPLE = ("QWizard", "&Next >")

# The smallest WSDL that makes zeep build a binding with lxml, read from a local file.
_TINY_WSDL = """<?xml version="1.0" encoding="utf-8"?>
<definitions xmlns="http://schemas.xmlsoap.org/wsdl/"
    xmlns:soap="http://schemas.xmlsoap.org/wsdl/soap/"
    xmlns:xsd="http://www.w3.org/2001/XMLSchema"
    xmlns:tns="urn:self-test" targetNamespace="urn:self-test">
  <types>
    <xsd:schema targetNamespace="urn:self-test" elementFormDefault="qualified">
      <xsd:element name="Ping"><xsd:complexType><xsd:sequence>
        <xsd:element name="Text" type="xsd:string"/>
      </xsd:sequence></xsd:complexType></xsd:element>
    </xsd:schema>
  </types>
  <message name="PingIn"><part name="parameters" element="tns:Ping"/></message>
  <portType name="PingPort">
    <operation name="Ping"><input message="tns:PingIn"/><output message="tns:PingIn"/></operation>
  </portType>
  <binding name="PingBinding" type="tns:PingPort">
    <soap:binding style="document" transport="http://schemas.xmlsoap.org/soap/http"/>
    <operation name="Ping">
      <soap:operation soapAction="urn:self-test/Ping"/>
      <input><soap:body use="literal"/></input><output><soap:body use="literal"/></output>
    </operation>
  </binding>
</definitions>
"""


class SelfTestFailed(Exception):
    """A self-test check found a problem; the (English, developer-facing) text says which."""


@dataclass(frozen=True)
class CheckResult:
    """The outcome of one check, with a one-line detail for the report."""

    name: str
    ok: bool
    detail: str
    seconds: float = 0.0

    def line(self) -> str:
        """The report line, e.g. 'PASS  translations  nl and en (0.05 s)'."""
        status = "PASS" if self.ok else "FAIL"
        return f"{status}  {self.name:<12}  {self.detail} ({self.seconds:.2f} s)"


def check_resources() -> str:
    """Every resource file is present and parses: manual, schema, examples, AFAS list, icon."""
    # Lazy: each check imports what it tests, so a missing package fails that check only.
    from wizard.services.afas.check import load_expected_connectors

    missing = ["/".join(parts) for parts in RESOURCE_FILES if not resource_path(*parts).is_file()]
    if missing:
        raise SelfTestFailed(f"missing under {resource_root()}: {', '.join(missing)}")
    manual = load_manual(resource_path("manual"))
    load_schema()
    for name in EXAMPLE_NAMES:
        problems = validate_registration(json.loads(example_file(name).read_text("utf-8")))
        if problems:
            raise SelfTestFailed(f"example {name} does not match the schema: {problems[0]}")
    connectors = load_expected_connectors()
    if QImage(str(resource_path("icons", "wizard.png"))).isNull():
        raise SelfTestFailed("icons/wizard.png does not load as an image")
    return (
        f"manual ({len(manual.steps)} steps), schema, {len(EXAMPLE_NAMES)} examples, "
        f"{len(connectors)} AFAS connectors, icon; from {resource_root()}"
    )


def check_translations() -> str:
    """Dutch (the wizard's own catalogue and Qt's) and English both load and apply."""
    own = QTranslator()
    if not own.load("wizard_nl", str(resource_path("i18n"))) or own.isEmpty():
        raise SelfTestFailed("wizard_nl.qm does not load")
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator()
    if not qt.load(QLocale("nl"), "qtbase", "_", qt_dir):
        raise SelfTestFailed(f"qtbase_nl.qm does not load from {qt_dir}")
    context, source, dutch = DUTCH_SAMPLE
    try:
        if install_translators("nl") != "nl":
            raise SelfTestFailed("Dutch was not chosen")
        if QCoreApplication.translate(context, source) != dutch:
            raise SelfTestFailed(f"Dutch is not applied: {source!r} stays untranslated")
        if QCoreApplication.translate(*QT_SAMPLE) == QT_SAMPLE[1]:
            raise SelfTestFailed("Qt's own Dutch texts are not applied (QWizard buttons)")
        if install_translators("en") != "en":
            raise SelfTestFailed("English was not chosen")
        if QCoreApplication.translate(context, source) != source:
            raise SelfTestFailed("English is not applied: Dutch text remains")
    finally:
        install_translators("nl")
    return f"nl (wizard_nl.qm, qtbase_nl.qm from {qt_dir}) and en"


def check_wizard() -> str:
    """The real QWizard builds and shows its first page, without reading saved progress."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise SelfTestFailed("no QApplication")
    wizard = build_wizard(None, None)
    try:
        wizard.show()
        app.processEvents()
        page = wizard.currentPage()
        if page is None or not page.isVisible():
            raise SelfTestFailed("the first page is not shown")
        # The other pages are built after the first paint; build them now to check them too.
        wizard.ensure_pages()
        return (
            f"{len(wizard.pageIds())} pages, first page {type(page).__name__} shown "
            f"on the {app.platformName()} platform"
        )
    finally:
        wizard.close()
        wizard.deleteLater()
        app.processEvents()


def _dotted_class(backend: object) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _linux_secret_service() -> str | None:
    """Why this Linux system has no Secret Service, or None when it has one."""
    # Lazy: bundled with keyring on Linux only; an ImportError there is a packaging fault.
    import secretstorage

    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return "no D-Bus session bus"
    try:
        connection = secretstorage.dbus_init()
    except Exception as error:  # jeepney/SecretStorage raise several kinds
        return f"no D-Bus session bus ({type(error).__name__})"
    try:
        if not secretstorage.check_service_availability(connection):
            return "no Secret Service on the session bus"
    finally:
        connection.close()
    return None


def check_keyring() -> str:
    """keyring picked a real backend (not the fail one) where the OS has one, and can read."""
    # Lazy: each check imports what it tests, so a missing package fails that check only.
    import keyring
    from keyring.backends import fail, null

    backend = keyring.get_keyring()
    status = SecretStore().availability()
    name = f"{display_name(backend)} ({_dotted_class(backend)})"
    if status.available:
        return f"{name}, read works"
    placeholder = isinstance(backend, fail.Keyring | null.Keyring)
    if not placeholder:
        raise SelfTestFailed(f"{name} is selected but unusable: {status.reason}")
    # A backend chosen on purpose (tests, locked-down machines) is reported, on every OS.
    if os.environ.get("PYTHON_KEYRING_BACKEND"):
        return f"none: PYTHON_KEYRING_BACKEND chose {_dotted_class(backend)}"
    if sys.platform in ("win32", "darwin"):
        raise SelfTestFailed(f"no keyring backend ({_dotted_class(backend)}): the build lacks one")
    reason = _linux_secret_service()
    if reason is None:
        raise SelfTestFailed(f"a Secret Service runs, but keyring chose {_dotted_class(backend)}")
    return f"none: {reason}; tokens would be kept for the session only"


def check_tls() -> str:
    """The operating system's certificate store loads through truststore (no connection made)."""
    # Lazy: each check imports what it tests, so a missing package fails that check only.
    import truststore

    context = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    # wrap_bio applies truststore's platform set-up without touching the network.
    context.wrap_bio(ssl.MemoryBIO(), ssl.MemoryBIO(), server_hostname="example.nl")
    if sys.platform == "win32":
        count = len(ssl.enum_certificates("ROOT"))
        source = "Windows ROOT store"
    elif sys.platform == "darwin":
        return "macOS Security framework"
    else:
        # truststore refuses cert_store_stats(); the ssl.SSLContext it configures can answer.
        inner = getattr(context, "_ctx", None)
        if not isinstance(inner, ssl.SSLContext):
            return "truststore context built (CA count not available in this truststore version)"
        count = inner.cert_store_stats()["x509_ca"]
        source = "OpenSSL CA store"
    if count == 0:
        raise SelfTestFailed(f"{source} holds no CA certificates")
    return f"{source}, {count} CA certificates"


def check_network_stack() -> str:
    """httpx clients and zeep's AsyncTransport build, and zeep parses a WSDL with lxml."""
    # Lazy: each check imports what it tests, so a missing package fails that check only.
    import httpx
    import lxml.etree
    import zeep
    from zeep.transports import AsyncTransport
    from zeep.wsdl import Document

    import wizard.services.afas.check
    import wizard.services.nmbrs.soap_client  # noqa: F401  (zeep plumbing imports cleanly)
    from wizard.services.network_settings import NetworkSettings, make_async_client, make_client

    settings = NetworkSettings()
    sync_client = make_client(settings)
    async_client = make_async_client(settings)
    try:
        transport = AsyncTransport(client=async_client, wsdl_client=sync_client)
        with tempfile.TemporaryDirectory(prefix="wizard-self-test-") as folder:
            wsdl = Path(folder) / "self-test.wsdl"
            wsdl.write_text(_TINY_WSDL, encoding="utf-8")
            document = Document(str(wsdl), transport)
        bindings = list(document.bindings)
        if not bindings:
            raise SelfTestFailed("zeep found no binding in the test WSDL")
    finally:
        sync_client.close()
        asyncio.run(async_client.aclose())
    return (
        f"httpx {httpx.__version__}, zeep {zeep.__version__} (AsyncTransport), "
        f"lxml {'.'.join(map(str, lxml.etree.LXML_VERSION[:3]))}"
    )


def check_field_rules() -> str:
    """The field checks' data libraries (phonenumbers, email-validator, stdnum) work."""
    samples = {
        "phone": "020 123 4567",
        "email": "clerk@example.nl",
        "loonheffingennummer": "111222333L01",
    }
    for rule, value in samples.items():
        result = check_field(rule, value)
        if not result.ok:
            raise SelfTestFailed(f"{rule} refuses the valid sample {value!r}")
    # A doubtful phone number only warns; the warning proves phonenumbers' data is there.
    if check_field("phone", "020 12").warning is None:
        raise SelfTestFailed("phone does not warn about an invalid sample")
    return "phone, e-mail and loonheffingennummer samples"


CHECKS: tuple[tuple[str, Callable[[], str]], ...] = (
    ("resources", check_resources),
    ("translations", check_translations),
    ("wizard", check_wizard),
    ("keyring", check_keyring),
    ("tls", check_tls),
    ("network", check_network_stack),
    ("field rules", check_field_rules),
)


def run_check(name: str, check: Callable[[], str]) -> CheckResult:
    """Run one check; any exception is a failure, reported in one line."""
    started = time.perf_counter()
    try:
        detail = check()
        ok = True
    except SelfTestFailed as problem:
        detail, ok = str(problem), False
    except Exception as error:
        first_line = (str(error).splitlines() or [""])[0]
        detail, ok = f"{type(error).__name__}: {first_line}", False
    return CheckResult(name, ok, detail, time.perf_counter() - started)


def run_checks(
    checks: Sequence[tuple[str, Callable[[], str]]] | None = None,
    report: Callable[[CheckResult], None] | None = None,
) -> list[CheckResult]:
    """Run `checks` (default: CHECKS) in order; a QApplication must exist.

    `report` sees each result as soon as it is known.
    """
    results = []
    for name, check in CHECKS if checks is None else checks:
        result = run_check(name, check)
        if report is not None:
            report(result)
        results.append(result)
    return results


def _output() -> TextIO | None:
    """stdout; for the windowed Windows exe started from a console, that console."""
    if sys.stdout is not None:
        return sys.stdout
    if sys.platform == "win32":
        # Lazy: Windows only.
        import ctypes

        attach_parent_process = -1
        if ctypes.windll.kernel32.AttachConsole(attach_parent_process):
            try:
                return open("CONOUT$", "w", encoding="utf-8")
            except OSError:
                return None
    return None


def main() -> int:
    """Run the self-test offscreen and print it; 0 when every check passed, else 1."""
    if QApplication.instance() is None:
        # No window may appear on a clerk's screen, and CI has no display at all.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    create_application()
    out = _output()

    def show(text: str) -> None:
        if out is not None:
            print(text, file=out, flush=True)

    frozen = "frozen" if getattr(sys, "frozen", False) else "from source"
    show(f"Salariskoppeling Wizard {__version__} self-test ({frozen}, {sys.platform})")
    results = run_checks(report=lambda result: show(result.line()))
    failed = [result.name for result in results if not result.ok]
    if failed:
        show(f"self-test FAILED: {', '.join(failed)}")
        return 1
    show(f"self-test passed: {len(results)} checks")
    return 0
