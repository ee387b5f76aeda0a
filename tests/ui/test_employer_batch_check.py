"""Check every employer: one button, a line per employer, mixed results, stop, the way to a fix."""

from __future__ import annotations

import gc

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from tests.fakes.fake_nmbrs import FakeNmbrs, NmbrsScenario
from tests.ui.wizard_driver import at
from wizard.core.login_check_summary import LoginOutcome
from wizard.core.model import AccountType, Employer, Package, Step
from wizard.core.registration_file import build_registration, validate_registration
from wizard.ui.live_check_config import LiveCheckConfig
from wizard.ui.registration_pdf import registration_html
from wizard.ui.screenshot_tour import sample_state


def _scenario(name: str, **changes: object) -> NmbrsScenario:
    scenario = NmbrsScenario(
        username=f"{name}@example.nl", token=f"token-{name}-0123456789abcdef", domain=name
    )
    for key, value in changes.items():
        setattr(scenario, key, value)
    return scenario


def _employer(label: str, scenario: NmbrsScenario, **changes: str) -> Employer:
    employer = Employer(label, scenario.username, scenario.token, scenario.domain)
    for key, value in changes.items():
        setattr(employer, key, value)
    return employer


def _open(make_wizard, fake: FakeNmbrs, tmp_path, employers: list[Employer]):
    services = LiveCheckConfig(
        nmbrs_endpoint=fake.base_url, wsdl_cache_dir=tmp_path / "wsdl", read_timeout=10.0
    )
    wizard = make_wizard(language="nl", check_config=services)
    state = sample_state(Package.NMBRS, AccountType.PER_DEBTOR, "nl")
    state.ticked = {
        item_id for content in wizard.manual.steps.values() for item_id in content.item_ids()
    }
    state.employers = employers
    state.current_step = Step.DEBTOR_EMPLOYERS
    wizard.load_state(state)
    assert at(wizard) is Step.DEBTOR_EMPLOYERS
    return wizard, wizard.currentPage()


def test_mixed_results_a_row_each_with_the_way_to_the_fix(qtbot, make_wizard, tmp_path):
    good = _scenario("goed")
    rights = _scenario("rechten", inactive={"Employment_GetAll_AllEmployeesByCompany"})
    domain = _scenario("domein")
    empty = _scenario("leeg", companies=[])
    employers = [
        _employer("Goed B.V.", good),
        _employer("Rechten B.V.", rights),
        _employer("Domein B.V.", domain, domain="fout"),
        _employer("Leeg B.V.", empty),
        Employer("Zonder token B.V.", "zonder@example.nl", "", "zonder"),
    ]
    with FakeNmbrs(logins=[good, rights, domain, empty]) as fake:
        wizard, page = _open(make_wizard, fake, tmp_path, employers)
        panel = page.batch_panel
        qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
        assert panel.busy and panel.stop_button.isEnabled()
        qtbot.waitUntil(lambda: not panel.busy, timeout=30_000)
    assert panel.table.rowCount() == 5
    assert panel.outcome_text(good.username) == "Alles in orde"
    assert panel.outcome_text(rights.username) == "Niet alles actief"
    assert panel.outcome_text(domain.username) == "Verkeerd domein"
    assert panel.outcome_text(empty.username) == "Geen bedrijven"
    assert panel.outcome_text("zonder@example.nl") == "Niet uitgevoerd: geen token gevonden"
    assert "domein" in panel.table.item(2, 3).text()
    assert panel.fix_button(good.username) is None
    assert "1 van 5" in panel.status.text()
    # The runs are the wizard's check results: registration file and PDF carry them.
    outcomes = {row.subject: row.outcome for row in panel.summaries.values()}
    assert outcomes[rights.username] is LoginOutcome.MISSING_CALLS
    document = build_registration(wizard.state, include_tokens=False)
    assert not validate_registration(document)
    per_login = {entry["login"]: entry for entry in document["controle_per_login"]}
    assert per_login[good.username]["uitkomst"] == "alles_in_orde"
    assert per_login[domain.username]["voorgesteld_domein"] == "domein"
    pdf_text = registration_html(wizard.state, wizard.manual)
    assert "Uitkomst per login" in pdf_text and "Verkeerd domein" in pdf_text
    assert good.token not in pdf_text
    # A wrong domain is fixed at the employer itself: its card gets the focus.
    qtbot.mouseClick(panel.fix_button(domain.username), Qt.MouseButton.LeftButton)
    assert at(wizard) is Step.DEBTOR_EMPLOYERS
    assert page.cards[2].editors[0].edit.hasFocus() or wizard.focusWidget() is not None
    # Missing rights are fixed at the rights step.
    qtbot.mouseClick(panel.fix_button(rights.username), Qt.MouseButton.LeftButton)
    assert at(wizard) is Step.DEBTOR_RIGHTS


def test_the_table_is_exported_as_csv_without_tokens(qtbot, make_wizard, tmp_path, monkeypatch):
    good = _scenario("goed")
    with FakeNmbrs(logins=[good]) as fake:
        _wizard, page = _open(make_wizard, fake, tmp_path, [_employer("Goed B.V.", good)])
        panel = page.batch_panel
        qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not panel.busy, timeout=30_000)
    target = tmp_path / "resultaat.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), "CSV"))
    qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    text = target.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("login;naam;uitkomst")
    assert "goed@example.nl;Goed B.V.;alles_in_orde" in text
    assert good.token not in text
    assert "SENTINEL" not in text.upper() and "Korenschoof" not in text


def test_the_batch_can_be_stopped(qtbot, make_wizard, tmp_path):
    slow = [_scenario(f"traag{i}", latency=3.0) for i in range(6)]
    with FakeNmbrs(logins=slow) as fake:
        wizard, page = _open(
            make_wizard, fake, tmp_path, [_employer(f"T{i}", s) for i, s in enumerate(slow)]
        )
        panel = page.batch_panel
        qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: panel.outcome_text(slow[0].username) == "Bezig…", timeout=10_000)
        qtbot.mouseClick(panel.stop_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not panel.busy, timeout=10_000)
    assert "gestopt" in panel.status.text()
    assert panel.check_button.isEnabled()
    assert at(wizard) is Step.DEBTOR_EMPLOYERS
    # Every login the batch did not finish is "could not run": never a failure, never "no
    # token", and it is in the table the CSV export writes.
    unfinished = [s.username for s in slow if wizard.state.check_run(s.username) is None]
    assert unfinished
    for username in unfinished:
        assert panel.outcome_text(username) == "Niet uitgevoerd"
        assert panel.summaries[username].outcome is LoginOutcome.COULD_NOT_RUN
        assert panel.fix_button(username) is None
    assert "voordat deze login" in panel.table.item(5, 3).text()


def test_stopped_right_after_the_click_before_the_worker_starts(qtbot, make_wizard, tmp_path):
    # The click only fills the table; showing it and starting the worker come in later turns
    # of the event loop (the window stays responsive). A stop in between must still count.
    # Slow answers: the stopped batch cannot finish the login before it notices the stop.
    good = _scenario("goed", latency=0.3)
    with FakeNmbrs(logins=[good]) as fake:
        wizard, page = _open(make_wizard, fake, tmp_path, [_employer("Goed B.V.", good)])
        panel = page.batch_panel
        thresholds = gc.get_threshold()
        qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
        assert panel.busy and panel.results.isHidden()
        # Full garbage collections wait while the batch runs, and only then.
        assert gc.get_threshold()[2] >= 100
        qtbot.mouseClick(panel.stop_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not panel.busy, timeout=10_000)
        assert gc.get_threshold() == thresholds
        assert panel.results.isVisible()
        assert panel.outcome_text(good.username) == "Niet uitgevoerd"
        assert "gestopt" in panel.status.text()
        # A second batch reuses the shown table and runs to the end.
        qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not panel.busy, timeout=30_000)
    assert panel.outcome_text(good.username) == "Alles in orde"
    assert at(wizard) is Step.DEBTOR_EMPLOYERS


def test_the_same_username_on_two_cards_gets_one_row_that_finishes(qtbot, make_wizard, tmp_path):
    # Before: both cards became rows, but every answer went to the first; the second row
    # stayed "Wachten…" after the batch had finished.
    good = _scenario("goed")
    twice = [_employer("Goed B.V.", good), _employer("Goed (kopie)", good)]
    with FakeNmbrs(logins=[good]) as fake:
        _wizard, page = _open(make_wizard, fake, tmp_path, twice)
        panel = page.batch_panel
        qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not panel.busy, timeout=30_000)
    assert panel.table.rowCount() == 1
    assert panel.outcome_text(good.username) == "Alles in orde"


def test_a_second_batch_waits_while_one_runs_so_the_limits_hold_overall(
    qtbot, make_wizard, tmp_path, monkeypatch
):
    # The employers step's batch runs on while the clerk opens the re-check of a saved file.
    # Before: the second batch started too, and twice the 4 logins / 32 requests were in flight.
    import json

    from wizard.core.registration_examples import example_file

    slow = [_scenario(f"traag{i}", latency=1.0) for i in range(8)]
    saved = [_scenario(f"bewaard{i}", latency=1.0) for i in range(8)]
    document = json.loads(example_file("nmbrs-per-debiteur").read_text(encoding="utf-8"))
    document["werkgevers"] = [
        {
            "debiteur": s.domain,
            "gebruikersnaam": s.username,
            "api_token": s.token,
            "domein": s.domain,
        }
        for s in saved
    ]
    path = tmp_path / "aanmelding.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    before = path.read_bytes()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), "*"))
    with FakeNmbrs(logins=[*slow, *saved]) as fake:
        employers = [_employer(f"T{i}", s) for i, s in enumerate(slow)]
        wizard, page = _open(make_wizard, fake, tmp_path, employers)
        panel = page.batch_panel
        qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: panel.outcome_text(slow[0].username) == "Bezig…", timeout=10_000)
        wizard.open_recheck()
        dialog = wizard.recheck_dialog
        qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
        assert not dialog.panel.busy
        assert "nog een controle" in dialog.panel.status.text()
        qtbot.waitUntil(lambda: not panel.busy, timeout=30_000)
        assert fake.peak_in_flight <= 32
        # Once the first has finished, the re-check can run.
        qtbot.mouseClick(dialog.panel.check_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.panel.busy, timeout=30_000)
    assert panel.outcome_text(slow[0].username) == "Alles in orde"
    assert dialog.panel.outcome_text(saved[0].username) == "Alles in orde"
    assert path.read_bytes() != before  # the re-check that ran is recorded
