"""SecretStore against a real Secret Service: gnome-keyring in a private D-Bus session.

Why this exists: the unit tests use an in-memory backend, which cannot show that keyring's
SecretService backend, D-Bus and gnome-keyring really hold (and really drop) the wizard's entries.

Isolation: the bus, HOME, XDG_* and the keyring files all live in a fresh temporary folder, and the
bus configuration lists no service folders. So nothing can be D-Bus-activated, which means no
password prompt can ever appear (a prompt fails at once instead of waiting for a person) and the
developer's own keyring is never touched.

Debian packages: `dbus-daemon` (dbus-daemon) and `gnome-keyring` (gnome-keyring-daemon). Without
them the test is skipped on a developer machine, and fails when the CI variable is set.
"""

from __future__ import annotations

import ctypes
import functools
import json
import os
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar
from xml.sax.saxutils import escape

import pytest

from tests.ci_environment import running_in_ci
from wizard.services.secret_store import (
    AFAS_TOKEN_SERVICE,
    APP_ID,
    INDEX_SERVICE,
    MAX_SECRET_BYTES,
    NAME_SECRET_SERVICE,
    NMBRS_TOKEN_SERVICE,
    AfasSecret,
    KeyringUnavailable,
    SecretStore,
    SecretTooLarge,
    StoredKeys,
    UnavailableReason,
)

if TYPE_CHECKING:
    from jeepney.io.blocking import DBusConnection

_T = TypeVar("_T")

pytestmark = [pytest.mark.secret_service, pytest.mark.timeout(60)]

# Tool -> Debian package that provides it.
REQUIRED_TOOLS = {"dbus-daemon": "dbus-daemon", "gnome-keyring-daemon": "gnome-keyring"}

START_TIMEOUT = 20.0
# One readiness probe; a healthy daemon answers in milliseconds.
PROBE_TIMEOUT = 5.0
# How long gnome-keyring may take to create the "login" collection from --unlock before the
# fixture creates one itself.
LOGIN_GRACE = 3.0
KEYRING_PASSWORD = b"integration-test-only"

DEFAULT_ALIAS = "/org/freedesktop/secrets/aliases/default"
SECRETS_PATH = "/org/freedesktop/secrets"
# gnome-keyring's private interface: the only way to create or unlock a collection without a prompt.
GNOME_INTERNAL_IFACE = "org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface"

# The policy is the one from dbus's own session.conf; a narrower one blocked the bus's reply to
# Hello, and clients then waited forever. Left out on purpose: <standard_session_servicedirs/>.
BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path={socket}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""

TOKEN = "5c2e8a1f0b7d4e6a9c3f1e8b2d7a0c4e"
AFAS_TOKEN = "0A1B2C3D4E5F60718293A4B5C6D7E8F90A1B2C3D4E5F60718293A4B5C6D7E8F9"


def _require_tools() -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("the Secret Service exists only on Linux")
    missing = [tool for tool in REQUIRED_TOOLS if shutil.which(tool) is None]
    if not missing:
        return
    packages = " ".join(sorted({REQUIRED_TOOLS[tool] for tool in missing}))
    message = (
        f"{', '.join(missing)} not found; install the Debian package(s): "
        f"apt-get install --no-install-recommends {packages}"
    )
    if running_in_ci():
        pytest.fail(f"{message} (CI is set, so this test may not be skipped)", pytrace=False)
    pytest.skip(message)


def _die_with_parent_hook() -> Callable[[], object]:
    """A preexec_fn that makes the kernel SIGTERM the daemon when pytest dies.

    Why: if pytest is killed outright, teardown never runs, and a stray dbus-daemon would be left
    behind. prctl is looked up here, in the parent, so the forked child only makes one plain call.
    """
    pr_set_pdeathsig = 1
    prctl = ctypes.CDLL(None, use_errno=True).prctl
    return functools.partial(prctl, pr_set_pdeathsig, int(signal.SIGTERM))


def _tail(path: Path) -> str:
    try:
        return path.read_text(errors="replace")[-2000:]
    except OSError:
        return "(no log)"


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)


@dataclass
class SecretServiceSession:
    """A running private Secret Service, and helpers that talk to it without keyring."""

    root: Path
    address: str

    def connect(self) -> DBusConnection:
        import secretstorage

        # dbus_init reads DBUS_SESSION_BUS_ADDRESS, which the fixture points at the private bus.
        return secretstorage.dbus_init()

    def wizard_items(self) -> dict[tuple[str, str], bytes]:
        """Every item the wizard owns in the default collection, read with SecretStorage."""
        import secretstorage

        with closing(self.connect()) as connection:
            collection = secretstorage.Collection(connection, DEFAULT_ALIAS)
            found = {}
            for item in collection.get_all_items():
                attributes = item.get_attributes()
                if attributes.get("service", "").startswith(f"{APP_ID}/"):
                    found[(attributes["service"], attributes["username"])] = item.get_secret()
            return found

    def lock(self) -> None:
        import secretstorage

        with closing(self.connect()) as connection:
            secretstorage.Collection(connection, DEFAULT_ALIAS).lock()

    def unlock(self) -> None:
        """Unlock the default collection with the master password; no prompt involved."""
        import secretstorage
        from secretstorage.util import DBusAddressWrapper, format_secret, open_session

        with closing(self.connect()) as connection:
            collection = secretstorage.Collection(connection, DEFAULT_ALIAS)
            if not collection.is_locked():
                return
            # The alias path is not accepted here; gnome-keyring wants the real collection path.
            service = DBusAddressWrapper(SECRETS_PATH, "org.freedesktop.Secret.Service", connection)
            (real_path,) = service.call("ReadAlias", "s", "default")
            internal = DBusAddressWrapper(SECRETS_PATH, GNOME_INTERNAL_IFACE, connection)
            master = format_secret(open_session(connection), KEYRING_PASSWORD, "text/plain")
            internal.call("UnlockWithMasterPassword", "o(oayays)", real_path, master)

    def create_login_collection(self) -> None:
        """Create an unlocked default collection, for gnome-keyring versions where --unlock
        on an empty keyring folder does not."""
        from secretstorage.util import DBusAddressWrapper, format_secret, open_session

        with closing(self.connect()) as connection:
            internal = DBusAddressWrapper(SECRETS_PATH, GNOME_INTERNAL_IFACE, connection)
            master = format_secret(open_session(connection), KEYRING_PASSWORD, "text/plain")
            label = {"org.freedesktop.Secret.Collection.Label": ("s", "Login")}
            (path,) = internal.call("CreateWithMasterPassword", "a{sv}(oayays)", label, master)
            service = DBusAddressWrapper(SECRETS_PATH, "org.freedesktop.Secret.Service", connection)
            service.call("SetAlias", "so", "default", path)


def _start_bus(
    root: Path, env: dict[str, str], hook: Callable[[], object]
) -> tuple[subprocess.Popen[bytes], str]:
    config = root / "bus.conf"
    config.write_text(BUS_CONFIG.format(socket=escape(str(root / "bus"))))
    log = root / "dbus-daemon.log"
    with log.open("wb") as log_file:
        process = subprocess.Popen(
            ["dbus-daemon", f"--config-file={config}", "--nofork", "--print-address=1"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=log_file,
            env=env,
            preexec_fn=hook,
        )
    assert process.stdout is not None
    # The address line is the readiness signal; select() keeps a broken daemon from hanging us.
    readable, _, _ = select.select([process.stdout], [], [], START_TIMEOUT)
    address = process.stdout.readline().decode().strip() if readable else ""
    if not address:
        _stop(process)
        pytest.fail(f"dbus-daemon printed no address; its log:\n{_tail(log)}", pytrace=False)
    return process, address


def _start_gnome_keyring(
    root: Path, env: dict[str, str], hook: Callable[[], object]
) -> subprocess.Popen[bytes]:
    log = root / "gnome-keyring.log"
    with log.open("wb") as log_file:
        # --unlock reads the password from stdin and, in an empty keyring folder, creates the
        # "login" collection with it, unlocked, as the default. --start cannot be combined with it.
        process = subprocess.Popen(
            ["gnome-keyring-daemon", "--foreground", "--components=secrets", "--unlock"],
            stdin=subprocess.PIPE,
            stdout=log_file,
            stderr=subprocess.STDOUT,
            env=env,
            preexec_fn=hook,
        )
    assert process.stdin is not None
    try:
        process.stdin.write(KEYRING_PASSWORD)
        process.stdin.close()
    except BrokenPipeError:
        pass  # it died at once; _wait_until_ready reports that with the log
    return process


def _with_timeout(action: Callable[[], _T], timeout: float) -> _T:
    """Run `action` with a deadline: jeepney's blocking calls have none, and a daemon that
    accepts the connection but never answers would otherwise hang the fixture."""
    outcome: list[_T] = []
    failure: list[BaseException] = []

    def run() -> None:
        try:
            outcome.append(action())
        except BaseException as exc:
            failure.append(exc)

    # A daemon thread: if it stays stuck, teardown kills the bus, which ends its blocking read.
    worker = threading.Thread(target=run, name="secret-service-probe", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise TimeoutError(f"no answer on the private bus within {timeout} s")
    if failure:
        raise failure[0]
    return outcome[0]


def _probe(session: SecretServiceSession) -> str:
    """'ready', 'locked', 'no-collection' or 'no-service'."""
    import secretstorage
    from secretstorage.exceptions import ItemNotFoundException, SecretStorageException

    try:
        with closing(session.connect()) as connection:
            if not secretstorage.check_service_availability(connection):
                return "no-service"
            collection = secretstorage.Collection(connection, DEFAULT_ALIAS)
            return "locked" if collection.is_locked() else "ready"
    except ItemNotFoundException:
        return "no-collection"
    except (SecretStorageException, OSError):
        return "no-service"


def _wait_until_ready(session: SecretServiceSession, daemon: subprocess.Popen[bytes]) -> None:
    started = time.monotonic()
    service_seen: float | None = None
    repaired = False
    state = "not probed"
    while time.monotonic() - started < START_TIMEOUT:
        if daemon.poll() is not None:
            pytest.fail(
                f"gnome-keyring-daemon exited with {daemon.returncode}; its log:\n"
                f"{_tail(session.root / 'gnome-keyring.log')}",
                pytrace=False,
            )
        try:
            state = _with_timeout(lambda: _probe(session), PROBE_TIMEOUT)
        except TimeoutError as exc:
            log = _tail(session.root / "gnome-keyring.log")
            pytest.fail(f"{exc}; gnome-keyring log:\n{log}", pytrace=False)
        if state == "ready":
            return
        if state != "no-service":
            service_seen = service_seen or time.monotonic()
            if time.monotonic() - service_seen > LOGIN_GRACE and not repaired:
                # gnome-keyring did not create or unlock "login" from --unlock; do it directly.
                repair = (
                    session.create_login_collection if state == "no-collection" else session.unlock
                )
                _with_timeout(repair, PROBE_TIMEOUT)
                repaired = True
        time.sleep(0.05)
    pytest.fail(
        f"no unlocked default collection within {START_TIMEOUT} s (last state: {state}); "
        f"gnome-keyring log:\n{_tail(session.root / 'gnome-keyring.log')}",
        pytrace=False,
    )


@pytest.fixture(scope="module")
def secret_service() -> Iterator[SecretServiceSession]:
    _require_tools()
    # A short path: a unix socket path must stay under 108 bytes.
    root = Path(tempfile.mkdtemp(prefix="skw-ss-"))
    processes: list[subprocess.Popen[bytes]] = []
    try:
        home = root / "home"
        runtime = root / "runtime"
        for folder in (home, root / "data", root / "config", root / "cache", runtime):
            folder.mkdir(mode=0o700)
        env = {
            "PATH": os.environ.get("PATH", os.defpath),
            "HOME": str(home),
            "XDG_DATA_HOME": str(root / "data"),
            "XDG_CONFIG_HOME": str(root / "config"),
            "XDG_CACHE_HOME": str(root / "cache"),
            "XDG_RUNTIME_DIR": str(runtime),
            "LANG": "C.UTF-8",
        }
        hook = _die_with_parent_hook()
        bus, address = _start_bus(root, env, hook)
        processes.append(bus)
        daemon_env = {**env, "DBUS_SESSION_BUS_ADDRESS": address}
        daemon = _start_gnome_keyring(root, daemon_env, hook)
        processes.append(daemon)
        session = SecretServiceSession(root=root, address=address)
        with pytest.MonkeyPatch.context() as patch:
            # keyring's SecretService backend and SecretStorage both read the address from here.
            patch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
            _wait_until_ready(session, daemon)
            yield session
    finally:
        for process in reversed(processes):
            _stop(process)
            if process.stdout is not None:
                process.stdout.close()
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def store(secret_service: SecretServiceSession) -> Iterator[SecretStore]:
    from keyring.backends.SecretService import Keyring

    store = SecretStore(Keyring())
    yield store
    # Each test starts from an unlocked, empty keyring whatever the previous one did.
    secret_service.unlock()
    store.forget_everything()
    assert secret_service.wizard_items() == {}


def test_the_real_secret_service_is_available_and_isolated(secret_service, store):
    status = store.availability()

    assert (status.available, status.backend_name) == (True, NAME_SECRET_SERVICE)
    store.save_nmbrs_token("clerk@example.nl", TOKEN)
    # The keyring file lands in the private folder, so the developer's own keyring was not used.
    assert list((secret_service.root / "data" / "keyrings").glob("*.keyring"))


def test_nmbrs_token_round_trip(secret_service, store):
    store.save_nmbrs_token("Clerk@Example.NL", TOKEN)

    items = secret_service.wizard_items()
    assert items[(NMBRS_TOKEN_SERVICE, "clerk@example.nl")] == TOKEN.encode()
    assert store.load_nmbrs_token("clerk@example.nl") == TOKEN

    store.save_nmbrs_token("clerk@example.nl", "replaced-token")
    items = secret_service.wizard_items()
    assert items[(NMBRS_TOKEN_SERVICE, "clerk@example.nl")] == b"replaced-token"
    assert sum(1 for service, _ in items if service == NMBRS_TOKEN_SERVICE) == 1

    assert store.delete_nmbrs_token("clerk@example.nl") is True
    assert (NMBRS_TOKEN_SERVICE, "clerk@example.nl") not in secret_service.wizard_items()
    assert store.load_nmbrs_token("clerk@example.nl") is None
    assert store.delete_nmbrs_token("clerk@example.nl") is False


def test_afas_token_round_trip(secret_service, store):
    store.save_afas_token("12345", AFAS_TOKEN, "1")

    raw = json.loads(secret_service.wizard_items()[(AFAS_TOKEN_SERVICE, "12345")])
    assert (raw["token"], raw["version"]) == (AFAS_TOKEN, "1")
    assert store.load_afas_token("12345") == AfasSecret("12345", "1", AFAS_TOKEN)

    assert store.delete_afas_token("12345") is True
    assert (AFAS_TOKEN_SERVICE, "12345") not in secret_service.wizard_items()
    assert store.load_afas_token("12345") is None


def test_forget_everything_removes_every_wizard_item_and_nothing_else(secret_service, store):
    import secretstorage

    with closing(secret_service.connect()) as connection:
        collection = secretstorage.Collection(connection, DEFAULT_ALIAS)
        other = {"service": "some-other-app", "username": "clerk@example.nl"}
        collection.create_item("not ours", other, b"keep me", replace=True)
    store.save_nmbrs_token("debtor-a@example.nl", "token-a")
    store.save_nmbrs_token("debtor-b@example.nl", "token-b")
    store.save_afas_token("12345", AFAS_TOKEN)
    assert store.stored_keys() == StoredKeys(
        ("debtor-a@example.nl", "debtor-b@example.nl"), ("12345",)
    )
    assert any(service == INDEX_SERVICE for service, _ in secret_service.wizard_items())

    assert store.forget_everything() == 3

    assert secret_service.wizard_items() == {}
    with closing(secret_service.connect()) as connection:
        collection = secretstorage.Collection(connection, DEFAULT_ALIAS)
        (kept,) = list(collection.search_items(other))
        assert kept.get_secret() == b"keep me"
        kept.delete()


def test_forget_everything_with_known_keys_when_the_index_is_gone(secret_service, store):
    import secretstorage

    store.save_nmbrs_token("clerk@example.nl", TOKEN)
    store.save_afas_token("12345", AFAS_TOKEN)
    with closing(secret_service.connect()) as connection:
        collection = secretstorage.Collection(connection, DEFAULT_ALIAS)
        for item in collection.search_items({"service": INDEX_SERVICE}):
            item.delete()

    assert store.forget_everything(["CLERK@example.nl"], ["12345"]) == 2
    assert secret_service.wizard_items() == {}


def test_a_locked_collection_is_reported_not_prompted_for(secret_service, store):
    store.save_nmbrs_token("clerk@example.nl", TOKEN)
    secret_service.lock()

    status = store.availability()
    assert (status.available, status.reason) == (False, UnavailableReason.LOCKED)
    with pytest.raises(KeyringUnavailable) as caught:
        store.load_nmbrs_token("clerk@example.nl")
    assert caught.value.reason is UnavailableReason.LOCKED

    secret_service.unlock()
    assert store.load_nmbrs_token("clerk@example.nl") == TOKEN


def test_a_missing_session_bus_is_unavailable(secret_service, store, monkeypatch):
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={secret_service.root}/no-bus")

    status = store.availability()

    assert (status.available, status.reason) == (False, UnavailableReason.ERROR)
    with pytest.raises(KeyringUnavailable):
        store.save_nmbrs_token("clerk@example.nl", TOKEN)
    monkeypatch.undo()
    assert secret_service.wizard_items() == {}


def test_the_windows_size_limit_applies_here_too(secret_service, store):
    with pytest.raises(SecretTooLarge):
        store.save_nmbrs_token("clerk@example.nl", "A" * (MAX_SECRET_BYTES // 2 + 1))

    assert secret_service.wizard_items() == {}
