"""The printable PDF: every field of each path, tokens masked, and a picture a person can check.

Page 1 of each PDF is rendered to PNG in $WIZARD_PDF_PNG_DIR (or the test's tmp folder) so that
the pictures can be looked at after a run.
"""

from __future__ import annotations

import html
import os
import re
import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from wizard import __version__
from wizard.core.check_result import CallStatus, CheckItem, CheckReport
from wizard.core.manual import shipped_manual
from wizard.core.model import (
    AccountType,
    AfasRegistration,
    Employer,
    NmbrsRegistration,
    Package,
    WizardState,
)
from wizard.core.secret_mask import MASK
from wizard.translation import install_translators
from wizard.ui.registration_pdf import registration_html, write_registration_pdf

SENTINEL = "SENTINEL-b7f3c9d2e1a04f6b8c5d"
NOW = datetime(2025, 3, 4, 10, 20)
POPPLER_PACKAGE = "poppler-utils"


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        message = f"{name} is missing; install the Debian package {POPPLER_PACKAGE}"
        # .ci/run installs poppler on Debian; other CI runners (the Windows release) skip.
        if os.environ.get("CI") and sys.platform.startswith("linux"):
            pytest.fail(message)
        pytest.skip(message)
    return path


@pytest.fixture
def english(qapp):
    # English is the source language, so the wizard's own words are stable in assertions.
    install_translators("en")
    yield
    install_translators("nl")


@pytest.fixture
def png_dir(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("WIZARD_PDF_PNG_DIR") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def umbrella_state(language: str = "en") -> WizardState:
    state = WizardState(package=Package.NMBRS, account_type=AccountType.UMBRELLA)
    state.language = language
    state.nmbrs = NmbrsRegistration(
        company_name="Salarisbureau De Vries & Zn. <b>",
        contact_person="Jan de Vries",
        email="jan@devries.nl",
        phone="+31 20 123 4567",
        username="api.asr@devries.nl",
        token=SENTINEL,
        domain="devries",
    )
    return state


def per_debtor_state(language: str = "en") -> WizardState:
    state = WizardState(package=Package.NMBRS, account_type=AccountType.PER_DEBTOR)
    state.language = language
    state.nmbrs = NmbrsRegistration(
        company_name="Loonadministratie Noord",
        contact_person="Piet Bakker",
        email="piet@noord.nl",
        phone="050 123 4567",
    )
    state.employers = [
        Employer("Bakkerij Jansen BV", "api@jansen.nl", SENTINEL, "jansen"),
        Employer("Garage Smit", "api@smit.nl", SENTINEL + "2", "smit"),
    ]
    return state


def afas_state(language: str = "en") -> WizardState:
    state = WizardState(package=Package.AFAS)
    state.language = language
    state.afas = AfasRegistration(
        company_name="Eigen Beheer BV",
        email="hr@eigenbeheer.nl",
        framework_contract_number="RC-12345",
        loonheffingennummer="123456789L01",
        employer_codes=["01", "02"],
        customer_number="12345",
        data_token=SENTINEL,
    )
    return state


NMBRS_CHECK = CheckReport(
    package=Package.NMBRS,
    ok=False,
    checks=[
        CheckItem("CompanyService", "List_GetAll", CallStatus.ACTIVE),
        CheckItem(
            "EmployeeService",
            "Function_GetAll_AllEmployeesByCompany_V2",
            CallStatus.INACTIVE,
            "This call is not active in the login's API template.",
        ),
    ],
)
AFAS_CHECK = CheckReport(
    package=Package.AFAS,
    ok=True,
    checks=[
        CheckItem("afas", "Asr_Werknemers", CallStatus.ACTIVE, "Assigned to the App Connector.")
    ],
    environment="O12345AA",
)

CASES = {
    "umbrella": (
        umbrella_state,
        NMBRS_CHECK,
        [
            "Nmbrs, umbrella account",
            "Naam van je bedrijf",
            "Salarisbureau De Vries & Zn. <b>",
            "API-Token Nmbrs",
            "Needed for the live check only",
            "devries",
            "List_GetAll",
            "Not active",
            "Result: something required is missing or was refused.",
        ],
    ),
    "per-debtor": (
        per_debtor_state,
        None,
        [
            "Nmbrs, account per debtor",
            "Naam bedrijf",
            "nog op te geven",
            "Employer 1: Bakkerij Jansen BV",
            "Employer 2: Garage Smit",
            "Debtor name",
            "api@smit.nl",
            "No live check was run",
        ],
    ),
    "afas": (
        afas_state,
        AFAS_CHECK,
        [
            "AFAS, own data via Benefits-Plaza",
            "Raamwerkcontractnummer",
            "RC-12345",
            "Werkgeverscode entiteit in AFAS",
            "01, 02",
            "Datatoken AFAS",
            "Asr_Werknemers",
            "Active",
            "O12345AA",
        ],
    ),
}


def _text(pdf: Path) -> str:
    result = subprocess.run(
        [_tool("pdftotext"), str(pdf), "-"], check=True, capture_output=True, text=True
    )
    # Table cells wrap; one space between words makes snippets findable wherever lines break.
    return " ".join(result.stdout.split())


def _render_first_page(pdf: Path, folder: Path, name: str) -> Path:
    stem = folder / name
    command = [_tool("pdftoppm"), "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile"]
    subprocess.run([*command, str(pdf), str(stem)], check=True)
    return stem.with_suffix(".png")


def _ink_share(image: QImage) -> float:
    """The share of sampled pixels that are not white: zero means an empty page."""
    dark = total = 0
    for y in range(0, image.height(), 3):
        for x in range(0, image.width(), 3):
            total += 1
            if image.pixelColor(x, y).lightness() < 200:
                dark += 1
    return dark / total


@pytest.mark.parametrize("case", sorted(CASES))
def test_pdf_holds_every_field_and_never_the_token(case, english, tmp_path, png_dir) -> None:
    make_state, check, expected = CASES[case]
    pdf = tmp_path / f"aanmelding-{case}.pdf"
    write_registration_pdf(
        pdf, make_state(), shipped_manual(), check=check, check_time=NOW, now=NOW
    )

    data = pdf.read_bytes()
    assert data.startswith(b"%PDF-")
    assert b"%%EOF" in data[-64:]
    assert SENTINEL.encode() not in data

    text = _text(pdf)
    assert SENTINEL not in text
    assert MASK in text
    # Ligatures (the "fi" in "Benefits") would make text copied from the PDF differ.
    assert not any("\ufb00" <= char <= "\ufb06" for char in text)
    assert "Registration for the a.s.r. salary link" in text
    assert __version__ in text
    assert "4 March 2025" in text
    for snippet in expected:
        assert snippet in text, snippet

    png = _render_first_page(pdf, png_dir, f"aanmelding-{case}")
    image = QImage(str(png))
    assert not image.isNull()
    # A4 at 60 dpi is about 496 x 702 pixels, portrait.
    assert (image.width(), image.height()) == pytest.approx((496, 702), abs=3)
    assert 0.005 < _ink_share(image) < 0.5


def test_per_debtor_pdf_masks_every_employer_token(english, tmp_path) -> None:
    pdf = tmp_path / "per-debtor.pdf"
    write_registration_pdf(pdf, per_debtor_state(), shipped_manual(), now=NOW)
    text = _text(pdf)
    # The main form's token says "nog op te geven"; each employer shows one mask.
    assert text.count(MASK) == 2 + 1  # two employers, plus the explanation of the mask
    assert SENTINEL not in text


def test_many_employers_span_pages_and_none_is_lost(english, tmp_path) -> None:
    state = per_debtor_state()
    state.employers = [
        Employer(f"Werkgever {number}", f"api{number}@x.nl", SENTINEL, f"domein{number}")
        for number in range(1, 15)
    ]
    pdf = tmp_path / "many.pdf"
    write_registration_pdf(pdf, state, shipped_manual(), check=NMBRS_CHECK, now=NOW)
    text = _text(pdf)
    assert "Page 1 of" in text
    assert "Page 2 of" in text
    for number in range(1, 15):
        assert f"Employer {number}: Werkgever {number}" in text
        assert f"domein{number}" in text
    assert SENTINEL not in text


def test_dutch_manual_content_follows_the_state_language(english) -> None:
    dutch = registration_html(umbrella_state("nl"), shipped_manual(), now=NOW)
    english_html = registration_html(umbrella_state("en"), shipped_manual(), now=NOW)
    # English readers also get the meaning of each Dutch form label.
    assert "Nmbrs API token" in english_html
    assert "Nmbrs API token" not in dutch
    assert "4 maart 2025" in dutch


def test_html_escapes_values_and_holds_no_token(english) -> None:
    text = registration_html(umbrella_state(), shipped_manual(), check=NMBRS_CHECK, now=NOW)
    assert "Salarisbureau De Vries &amp; Zn. &lt;b&gt;" in text
    assert '<b>"' not in text
    assert SENTINEL not in text


def test_check_that_could_not_run_says_why(english) -> None:
    report = CheckReport(package=Package.AFAS, error="AFAS could not be reached.")
    text = registration_html(afas_state(), shipped_manual(), check=report, now=NOW)
    assert "Result: not run. AFAS could not be reached." in text
    assert "Tried on" not in text  # no time given
    for verdict in ("missing or was refused", "in place", "Status", "Companies"):
        assert verdict not in text


def test_write_failure_raises_oserror(english, tmp_path) -> None:
    missing_folder = tmp_path / "does-not-exist" / "aanmelding.pdf"
    with pytest.raises(OSError):
        write_registration_pdf(missing_folder, afas_state(), shipped_manual(), now=NOW)


def _headings(text: str) -> list[str]:
    return [html.unescape(found) for found in re.findall(r"<h[123]>(.*?)</h[123]>", text)]


def _section(text: str, heading: str) -> str:
    start = text.index(f"<h2>{heading}</h2>")
    end = text.find("<h2>", start + 4)
    return text[start : end if end >= 0 else len(text)]


def test_the_nmbrs_domain_is_not_in_the_form_column(english) -> None:
    # "Domeinnaam Nmbrs" is on no a.s.r. form; the PDF lists it apart, for the live check.
    for make_state in (umbrella_state, per_debtor_state):
        text = registration_html(make_state(), shipped_manual(), now=NOW)
        form = _section(text, "Details for a.s.r.&#x27;s form")
        assert "Domeinnaam Nmbrs" not in form and "Nmbrs domain" not in form
        apart = _section(text, "Needed for the live check only")
        assert "Domeinnaam Nmbrs" not in apart and "Nmbrs domain" in apart
    assert "devries" in _section(
        registration_html(umbrella_state(), shipped_manual(), now=NOW),
        "Needed for the live check only",
    )


def test_employers_are_the_wizards_own_list_not_form_labels(english) -> None:
    text = registration_html(per_debtor_state(), shipped_manual(), now=NOW)
    employers = _section(text, "Employers")
    assert "the wizard&#x27;s own list" in employers.lower() or "own list" in employers
    assert "Field on a.s.r." not in employers
    assert "Naam debiteur" not in employers


@pytest.mark.parametrize("case", sorted(CASES))
def test_every_heading_is_in_dutch_in_the_dutch_pdf(qapp, case) -> None:
    make_state, check, _expected = CASES[case]
    install_translators("en")
    try:
        english_headings = _headings(
            registration_html(make_state("nl"), shipped_manual(), check=check, now=NOW)
        )
    finally:
        install_translators("nl")
    dutch_headings = _headings(
        registration_html(make_state("nl"), shipped_manual(), check=check, now=NOW)
    )
    assert len(dutch_headings) == len(english_headings) >= 3
    for dutch, english_heading in zip(dutch_headings, english_headings, strict=True):
        assert dutch != english_heading, dutch
    assert "Livecontrole" in dutch_headings
    assert "Live check" not in dutch_headings


@pytest.mark.parametrize("case", sorted(CASES))
def test_the_pdf_ends_with_the_next_steps(english, case, tmp_path) -> None:
    make_state, check, _expected = CASES[case]
    text = registration_html(make_state(), shipped_manual(), check=check, now=NOW)
    assert _headings(text)[-1] == "Next steps"
    assert "www.asr.nl/salarisverwerkers" in _section(text, "Next steps")
    pdf = tmp_path / "next.pdf"
    write_registration_pdf(pdf, make_state(), shipped_manual(), check=check, now=NOW)
    assert "Next steps" in _text(pdf)
