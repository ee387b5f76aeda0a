"""The start page re-checks a saved registration: every login, a row each, the way to each fix."""

from __future__ import annotations

import json
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog

from tests.fakes.fake_nmbrs import FakeNmbrs, NmbrsScenario
from tests.fakes.memory_keyring import MemoryKeyring
from tests.ui.wizard_driver import at
from wizard.core.model import Step
from wizard.core.registration_examples import example_file
from wizard.core.registration_file import import_registration
from wizard.services.registration_recheck import RecheckResult
from wizard.services.secret_store import SecretStore
from wizard.ui.live_check_config import LiveCheckConfig


def _scenario(name: str, **changes: object) -> NmbrsScenario:
    scenario = NmbrsScenario(
        username=f"{name}@example.nl", token=f"token-{name}-0123456789abcdef", domain=name
    )
    for key, value in changes.items():
        setattr(scenario, key, value)
    return scenario


def _saved_registration(tmp_path: Path, *scenarios: NmbrsScenario) -> Path:
    document = json.loads(example_file("nmbrs-per-debiteur").read_text(encoding="utf-8"))
    document["tokens_apart_aangeleverd"] = True
    document["werkgevers"] = [
        {
            "debiteur": f"{s.domain.title()} B.V.",
            "gebruikersnaam": s.username,
            "api_token": "lever ik apart aan",
            "domein": s.domain,
        }
        for s in scenarios
    ]
    path = tmp_path / "aanmelding.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_recheck_from_the_start_page(qtbot, make_wizard, tmp_path, monkeypatch):
    good = _scenario("goed")
    rights = _scenario("rechten", inactive={"Employment_GetAll_AllEmployeesByCompany"})
    absent = _scenario("zonder")
    backend = MemoryKeyring()
    store = SecretStore(backend)
    store.save_nmbrs_token(good.username, good.token)
    store.save_nmbrs_token(rights.username, rights.token)
    path = _saved_registration(tmp_path, good, rights, absent)
    with FakeNmbrs(logins=[good, rights, absent]) as fake:
        services = LiveCheckConfig(nmbrs_endpoint=fake.base_url, wsdl_cache_dir=tmp_path / "w")
        wizard = make_wizard(language="nl", secrets=store, check_config=services)
        assert at(wizard) is Step.START
        assert wizard.start_page.recheck_button.text().startswith("Een &bestaande koppeling")
        qtbot.mouseClick(wizard.start_page.recheck_button, Qt.MouseButton.LeftButton)
        dialog = wizard.recheck_dialog
        assert dialog.isVisible()
        monkeypatch.setattr(
            QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), "Aanmeldbestanden")
        )
        qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
        panel = dialog.panel
        qtbot.waitUntil(lambda: not panel.busy and bool(panel.summaries), timeout=30_000)
        qtbot.waitUntil(dialog.record_label.isVisible, timeout=5_000)
    assert panel.outcome_text(good.username) == "Alles in orde"
    assert panel.outcome_text(rights.username) == "Niet alles actief"
    assert panel.outcome_text(absent.username) == "Niet uitgevoerd: geen token gevonden"
    assert "vastgelegd" in dialog.record_label.text()
    # Recorded in the file, with its date; still without tokens.
    recorded = {entry["login"]: entry for entry in import_registration(path).login_checks}
    assert recorded[good.username]["laatst_in_orde"]
    assert recorded[rights.username]["uitkomst"] == "api_calls_ontbreken"
    assert absent.username not in recorded  # not checked, so nothing to record
    assert good.token not in path.read_text(encoding="utf-8")
    # The fix of the rights row continues with this registration at the rights step.
    qtbot.mouseClick(panel.fix_button(rights.username), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)
    assert wizard.state.employers[1].username == rights.username
    assert at(wizard) is Step.DEBTOR_RIGHTS


def test_a_broken_file_says_why_and_checks_nothing(qtbot, make_wizard, tmp_path, monkeypatch):
    wizard = make_wizard(language="nl")
    broken = tmp_path / "kapot.json"
    broken.write_text("{", encoding="utf-8")
    qtbot.mouseClick(wizard.start_page.recheck_button, Qt.MouseButton.LeftButton)
    dialog = wizard.recheck_dialog
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(broken), "*"))
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert "JSON" in dialog.file_label.text()
    assert not dialog.panel.check_button.isEnabled()
    assert not dialog.panel.busy


def test_a_read_only_file_keeps_the_check_on_screen_and_says_why(
    qtbot, make_wizard, tmp_path, monkeypatch
):
    good = _scenario("goed")
    store = SecretStore(MemoryKeyring())
    store.save_nmbrs_token(good.username, good.token)
    path = _saved_registration(tmp_path, good)
    path.chmod(0o444)
    before = path.read_bytes()
    with FakeNmbrs(logins=[good]) as fake:
        services = LiveCheckConfig(nmbrs_endpoint=fake.base_url, wsdl_cache_dir=tmp_path / "w")
        wizard = make_wizard(language="nl", secrets=store, check_config=services)
        qtbot.mouseClick(wizard.start_page.recheck_button, Qt.MouseButton.LeftButton)
        dialog = wizard.recheck_dialog
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), "*"))
        qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
        panel = dialog.panel
        qtbot.waitUntil(dialog.record_label.isVisible, timeout=30_000)
    assert panel.outcome_text(good.username) == "Alles in orde"
    assert "alleen-lezen" in dialog.record_label.text()
    assert path.read_bytes() == before


def test_a_damaged_file_names_the_field_as_plain_text(qtbot, make_wizard, tmp_path, monkeypatch):
    document = json.loads(example_file("nmbrs-per-debiteur").read_text(encoding="utf-8"))
    document["werkgevers"][0]["gebruikersnaam"] = "<b>vet</b><img src='x'>"
    damaged = tmp_path / "beschadigd.json"
    damaged.write_text(json.dumps(document), encoding="utf-8")
    wizard = make_wizard(language="nl")
    qtbot.mouseClick(wizard.start_page.recheck_button, Qt.MouseButton.LeftButton)
    dialog = wizard.recheck_dialog
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(damaged), "*"))
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert "werkgevers" in dialog.file_label.text()
    assert dialog.file_label.textFormat() is Qt.TextFormat.PlainText
    assert not dialog.panel.check_button.isEnabled()


def test_a_file_without_tokens_and_nothing_stored_is_not_run_for_every_login(
    qtbot, make_wizard, tmp_path, monkeypatch
):
    first, second = _scenario("eerste"), _scenario("tweede")
    path = _saved_registration(tmp_path, first, second)
    before = path.read_bytes()
    with FakeNmbrs(logins=[first, second]) as fake:
        services = LiveCheckConfig(nmbrs_endpoint=fake.base_url, wsdl_cache_dir=tmp_path / "w")
        wizard = make_wizard(
            language="nl", secrets=SecretStore(MemoryKeyring()), check_config=services
        )
        qtbot.mouseClick(wizard.start_page.recheck_button, Qt.MouseButton.LeftButton)
        dialog = wizard.recheck_dialog
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), "*"))
        qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
        panel = dialog.panel
        qtbot.waitUntil(lambda: not panel.busy and len(panel.summaries) == 2, timeout=30_000)
        assert fake.peak_in_flight == 0  # nothing to check with: no request at all
    for scenario in (first, second):
        assert panel.outcome_text(scenario.username) == "Niet uitgevoerd: geen token gevonden"
        assert "Geen token gevonden" in panel.table.item(panel._row_of(scenario.username), 3).text()
    assert "0 van 2" in panel.status.text()
    assert path.read_bytes() == before  # nothing was checked, so nothing is recorded


def test_closing_mid_check_drops_its_answers_and_reopening_makes_one_new_dialog(
    qtbot, make_wizard, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QDialogButtonBox

    from wizard.ui.recheck_dialog import RecheckDialog

    slow = [_scenario(f"traag{i}", latency=1.0) for i in range(3)]
    store = SecretStore(MemoryKeyring())
    for scenario in slow:
        store.save_nmbrs_token(scenario.username, scenario.token)
    path = _saved_registration(tmp_path, *slow)
    before = path.read_bytes()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), "*"))
    with FakeNmbrs(logins=slow) as fake:
        services = LiveCheckConfig(nmbrs_endpoint=fake.base_url, wsdl_cache_dir=tmp_path / "w")
        wizard = make_wizard(language="nl", secrets=store, check_config=services)
        qtbot.mouseClick(wizard.start_page.recheck_button, Qt.MouseButton.LeftButton)
        first = wizard.recheck_dialog
        # Asked again while it is open: the same dialog comes forward, not a second one.
        qtbot.mouseClick(wizard.start_page.recheck_button, Qt.MouseButton.LeftButton)
        assert wizard.recheck_dialog is first
        qtbot.mouseClick(first.choose_button, Qt.MouseButton.LeftButton)
        panel = first.panel
        qtbot.waitUntil(lambda: panel.outcome_text(slow[0].username) == "Bezig…", timeout=10_000)
        close = first.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
        with qtbot.waitSignal(first.destroyed, timeout=5_000):
            qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
        assert wizard.recheck_dialog is None
        # The stopped worker ends; nothing of it reaches a window or the file.
        wizard.pool.waitForDone(10_000)
        QCoreApplication.processEvents()  # any answer it queued is delivered now, if one were
        assert path.read_bytes() == before
        assert wizard.findChildren(RecheckDialog) == []
        qtbot.mouseClick(wizard.start_page.recheck_button, Qt.MouseButton.LeftButton)
        second = wizard.recheck_dialog
        assert second is not None and second.isVisible()
        assert wizard.findChildren(RecheckDialog) == [second]
        assert not second.panel.summaries and not second.panel.busy


def test_choosing_another_file_mid_check_never_records_into_it(
    qtbot, make_wizard, tmp_path, monkeypatch
):
    # Before: the first file's batch went on; when it ended, its runs were put into the second
    # file's state and recorded in the second file, and the table mixed both registrations.
    slow = [_scenario(f"traag{i}", latency=1.0) for i in range(3)]
    other = _scenario("ander")
    store = SecretStore(MemoryKeyring())
    for scenario in (*slow, other):
        store.save_nmbrs_token(scenario.username, scenario.token)
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first_path = _saved_registration(tmp_path / "a", *slow)
    second_path = _saved_registration(tmp_path / "b", other)
    first_before = first_path.read_bytes()
    chosen = [first_path]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(chosen[0]), "*"))
    with FakeNmbrs(logins=[*slow, other]) as fake:
        services = LiveCheckConfig(nmbrs_endpoint=fake.base_url, wsdl_cache_dir=tmp_path / "w")
        wizard = make_wizard(language="nl", secrets=store, check_config=services)
        qtbot.mouseClick(wizard.start_page.recheck_button, Qt.MouseButton.LeftButton)
        dialog = wizard.recheck_dialog
        panel = dialog.panel
        qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: panel.outcome_text(slow[0].username) == "Bezig…", timeout=10_000)
        chosen[0] = second_path
        qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not panel.busy and bool(panel.summaries), timeout=30_000)
        qtbot.waitUntil(dialog.record_label.isVisible, timeout=5_000)
        wizard.pool.waitForDone(10_000)
        QCoreApplication.processEvents()
    assert [subject for subject, _label in panel.rows] == [other.username]
    assert panel.outcome_text(other.username) == "Alles in orde"
    recorded = {entry["login"] for entry in import_registration(second_path).login_checks}
    assert recorded == {other.username}
    assert first_path.read_bytes() == first_before  # its check was dropped, not recorded


def test_answers_the_first_file_queued_before_the_switch_are_dropped(
    qtbot, make_wizard, tmp_path, monkeypatch
):
    # The old batch's worker had already sent a login's end and its own end when the clerk
    # chose the second file; those queued answers came after the new batch started. Before,
    # the first raised StopIteration (no such row) and the second ended the new batch early.
    slow = [_scenario(f"traag{i}", latency=1.0) for i in range(3)]
    other = _scenario("ander")
    store = SecretStore(MemoryKeyring())
    for scenario in (*slow, other):
        store.save_nmbrs_token(scenario.username, scenario.token)
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first_path = _saved_registration(tmp_path / "a", *slow)
    second_path = _saved_registration(tmp_path / "b", other)
    chosen = [first_path]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(chosen[0]), "*"))
    with FakeNmbrs(logins=[*slow, other]) as fake:
        services = LiveCheckConfig(nmbrs_endpoint=fake.base_url, wsdl_cache_dir=tmp_path / "w")
        wizard = make_wizard(language="nl", secrets=store, check_config=services)
        qtbot.mouseClick(wizard.start_page.recheck_button, Qt.MouseButton.LeftButton)
        dialog = wizard.recheck_dialog
        panel = dialog.panel
        qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: panel.outcome_text(slow[0].username) == "Bezig…", timeout=10_000)
        old = panel._task  # the running batch, as its worker thread sees it
        assert old is not None

        def late_answers() -> None:
            # From another thread, as the worker sends them: queued until the loop runs.
            old.signals.progress.emit(old.batch_id, slow[0].username, False, None)
            old.signals.finished.emit(old.batch_id, RecheckResult())

        sender = threading.Thread(target=late_answers)
        sender.start()
        sender.join()
        chosen[0] = second_path
        dialog.choose_file()  # no turn of the event loop in between
        assert panel.busy
        QCoreApplication.processEvents()
        assert panel.busy  # the old batch's end did not end this one
        qtbot.waitUntil(lambda: not panel.busy and bool(panel.summaries), timeout=30_000)
        wizard.pool.waitForDone(10_000)
        QCoreApplication.processEvents()
    assert [subject for subject, _label in panel.rows] == [other.username]
    assert panel.outcome_text(other.username) == "Alles in orde"


def test_a_registration_without_logins_says_so_never_all_good(
    qtbot, make_wizard, tmp_path, monkeypatch
):
    # A per-debtor registration saved before any employer was added. Before: the table said
    # "0 van 0 logins alles in orde".
    path = _saved_registration(tmp_path)
    before = path.read_bytes()
    wizard = make_wizard(language="nl")
    qtbot.mouseClick(wizard.start_page.recheck_button, Qt.MouseButton.LeftButton)
    dialog = wizard.recheck_dialog
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), "*"))
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.panel.busy, timeout=10_000)
    assert "alles in orde" not in dialog.panel.status.text()
    assert "geen login" in dialog.panel.status.text()
    assert path.read_bytes() == before


def test_umbrella_wrong_domain_re_checked_from_the_start_leads_to_its_form(
    qtbot, make_wizard, tmp_path, monkeypatch
):
    # The re-check on the umbrella path: one login, its token from the file; a wrong domain is
    # fixed on the path's registration form.
    login = _scenario("echt")
    document = json.loads(example_file("nmbrs-overkoepelend").read_text(encoding="utf-8"))
    document["formulier"]["Gebruikersnaam Nmbrs"] = login.username
    document["formulier"]["API-Token Nmbrs"] = login.token
    document["nmbrs_login"]["domein"] = "verkeerd"
    path = tmp_path / "paraplu.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), "*"))
    with FakeNmbrs(logins=[login]) as fake:
        services = LiveCheckConfig(nmbrs_endpoint=fake.base_url, wsdl_cache_dir=tmp_path / "w")
        wizard = make_wizard(language="nl", check_config=services)
        qtbot.mouseClick(wizard.start_page.recheck_button, Qt.MouseButton.LeftButton)
        dialog = wizard.recheck_dialog
        qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
        panel = dialog.panel
        qtbot.waitUntil(lambda: not panel.busy and bool(panel.summaries), timeout=30_000)
    assert panel.outcome_text(login.username) == "Verkeerd domein"
    assert "echt" in panel.table.item(0, 3).text()
    qtbot.mouseClick(panel.fix_button(login.username), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)
    assert at(wizard) is Step.UMBRELLA_REGISTRATION
    assert wizard.state.nmbrs.domain == "verkeerd"  # the file's registration, to be fixed


def test_afas_refused_token_re_checked_from_the_start_leads_to_its_form(
    qtbot, make_wizard, tmp_path, monkeypatch, fake_afas
):
    from tests.fakes.afas_fixtures import CONFIRMED_CONNECTOR_LIST

    fake_afas.config.data_token = "ANDER" * 8  # the file's token is refused
    document = json.loads(example_file("afas").read_text(encoding="utf-8"))
    path = tmp_path / "afas.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), "*"))
    services = LiveCheckConfig(
        afas_endpoint=fake_afas.base_url, afas_connector_list=CONFIRMED_CONNECTOR_LIST
    )
    wizard = make_wizard(language="nl", check_config=services)
    qtbot.mouseClick(wizard.start_page.recheck_button, Qt.MouseButton.LeftButton)
    dialog = wizard.recheck_dialog
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    panel = dialog.panel
    qtbot.waitUntil(lambda: not panel.busy and bool(panel.summaries), timeout=30_000)
    assert panel.outcome_text("12345") == "Inloggen geweigerd"
    qtbot.mouseClick(panel.fix_button("12345"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)
    assert at(wizard) is Step.AFAS_REGISTRATION
