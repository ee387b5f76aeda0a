"""A text names a step as “stap N (title)”, filled in from the path data, never typed by hand."""

from __future__ import annotations

import json
import re
from pathlib import Path

from wizard.core.flow import path_steps
from wizard.core.manual import shipped_manual
from wizard.core.model import AccountType, Package, Step, WizardState
from wizard.core.step_reference import fill_step_references, step_keys

ROOT = Path(__file__).resolve().parents[2]


def _path(package: Package, account_type: AccountType | None = None) -> tuple[Step, ...]:
    return path_steps(WizardState(package=package, account_type=account_type))


def test_a_step_is_named_with_the_side_panel_number_and_title() -> None:
    manual = shipped_manual()
    text = "Wijs ze toe in {step:afas_app_connector}."
    assert fill_step_references(text, manual, "nl") == (
        "Wijs ze toe in stap 3 (App Connector aanmaken)."
    )
    assert fill_step_references(text, manual, "en") == (
        "Wijs ze toe in step 3 (Create an App Connector)."
    )


def test_a_short_key_means_that_step_of_the_clerks_path() -> None:
    manual = shipped_manual()
    umbrella = _path(Package.NMBRS, AccountType.UMBRELLA)
    per_debtor = _path(Package.NMBRS, AccountType.PER_DEBTOR)
    assert fill_step_references("{step:rights}", manual, "nl", umbrella) == (
        "stap 2 (Webservicerechten controleren)"
    )
    assert fill_step_references("{step:rights}", manual, "nl", per_debtor) == (
        "stap 2 (API-calls controleren)"
    )


def test_an_unknown_key_stays_visible() -> None:
    assert fill_step_references("{step:nowhere}", shipped_manual(), "nl") == "{step:nowhere}"


def test_every_step_reference_in_the_catalogue_and_manual_names_a_step() -> None:
    texts = re.findall(
        r"<source>(.*?)</source>", (ROOT / "resources/i18n/wizard_nl.ts").read_text()
    )
    texts += [
        (ROOT / "resources/manual" / name).read_text(encoding="utf-8")
        for name in ("steps.json", "registration_fields.json", "account_types.json")
    ]
    keys = {key for text in texts for key in step_keys(text)}
    assert {"afas_app_connector", "rights", "debtor_employers"} <= keys
    nmbrs_paths = [_path(Package.NMBRS, kind) for kind in AccountType]
    for key in keys:
        paths = nmbrs_paths if key == "rights" else [tuple(Step)]
        for steps in paths:
            assert "{step:" not in fill_step_references(
                f"{{step:{key}}}", shipped_manual(), "nl", steps
            ), key


def test_the_loaded_manual_has_no_step_placeholder_left() -> None:
    manual = shipped_manual()
    texts = json.dumps(
        [
            [content.intro, [item.text for item in content.items], content.mail]
            for content in manual.steps.values()
        ]
        + [[field.help for field in fields] for fields in manual.fields.values()],
        default=str,
    )
    assert "{step:" not in texts
    assert "stap 4 (Werkgevers aanmelden)" in texts
