#!/usr/bin/env bash
# Run a command inside a private D-Bus session bus with an unlocked gnome-keyring (Secret Service),
# the way tests/services/test_secret_service_integration.py sets it up for pytest.
#
# Usage: bash tests/secret_service_session.sh COMMAND [ARGS...]
#
# Isolation: the bus, HOME, XDG_* folders and keyring files live in a fresh temporary folder that
# is removed afterwards; the bus configuration lists no service folders, so nothing is
# D-Bus-activated and no password prompt can appear. The developer's own keyring is never touched.
# Debian packages: dbus-daemon (from dbus) and gnome-keyring. Needs the venv's SecretStorage
# (the `test` extra) to wait for the keyring; set PYTHON to use another interpreter.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
python="${PYTHON:-$repo/.venv/bin/python}"
start_timeout=20

for tool in dbus-daemon gnome-keyring-daemon; do
  command -v "$tool" >/dev/null || {
    echo "secret_service_session: $tool not found (apt-get install dbus gnome-keyring)" >&2
    exit 2
  }
done
(($#)) || { echo "usage: $0 COMMAND [ARGS...]" >&2; exit 2; }

# A short path: a unix socket path must stay under 108 bytes.
root="$(mktemp -d /tmp/skw-ss-XXXXXX)"
bus_pid=""
keyring_pid=""
cleanup() {
  for pid in $keyring_pid $bus_pid; do
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  rm -rf "$root"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

for folder in home data config cache runtime; do mkdir -m 700 "$root/$folder"; done
export HOME="$root/home" XDG_DATA_HOME="$root/data" XDG_CONFIG_HOME="$root/config"
export XDG_CACHE_HOME="$root/cache" XDG_RUNTIME_DIR="$root/runtime" LANG=C.UTF-8
unset DBUS_SESSION_BUS_ADDRESS PYTHON_KEYRING_BACKEND

cat >"$root/bus.conf" <<EOF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path=$root/bus</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
EOF

dbus-daemon --config-file="$root/bus.conf" --nofork --print-address=1 \
  </dev/null >"$root/address" 2>"$root/dbus-daemon.log" &
bus_pid=$!
for _ in $(seq $((start_timeout * 10))); do
  [ -s "$root/address" ] && break
  kill -0 "$bus_pid" 2>/dev/null || break
  sleep 0.1
done
DBUS_SESSION_BUS_ADDRESS="$(head -n 1 "$root/address")"
if [ -z "$DBUS_SESSION_BUS_ADDRESS" ]; then
  echo "secret_service_session: dbus-daemon printed no address:" >&2
  cat "$root/dbus-daemon.log" >&2
  exit 1
fi
export DBUS_SESSION_BUS_ADDRESS

# --unlock reads the password from stdin and, in an empty keyring folder, creates the "login"
# collection with it, unlocked, as the default.
password="secret-service-session-only"
printf '%s' "$password" | gnome-keyring-daemon --foreground --components=secrets --unlock \
  >"$root/gnome-keyring.log" 2>&1 &
keyring_pid=$!

# Wait for an unlocked default collection; create or unlock it through gnome-keyring's internal
# interface (no prompt) when --unlock did not, as some gnome-keyring versions do.
if ! KEYRING_PASSWORD="$password" START_TIMEOUT="$start_timeout" KEYRING_PID="$keyring_pid" \
  "$python" - <<'EOF'
import os
import sys
import time
from contextlib import closing

import secretstorage
from secretstorage.exceptions import ItemNotFoundException, SecretStorageException
from secretstorage.util import DBusAddressWrapper, format_secret, open_session

SECRETS = "/org/freedesktop/secrets"
DEFAULT = "/org/freedesktop/secrets/aliases/default"
INTERNAL = "org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface"
password = os.environ["KEYRING_PASSWORD"].encode()


def repair(connection, create):
    internal = DBusAddressWrapper(SECRETS, INTERNAL, connection)
    service = DBusAddressWrapper(SECRETS, "org.freedesktop.Secret.Service", connection)
    master = format_secret(open_session(connection), password, "text/plain")
    if create:
        label = {"org.freedesktop.Secret.Collection.Label": ("s", "Login")}
        (path,) = internal.call("CreateWithMasterPassword", "a{sv}(oayays)", label, master)
        service.call("SetAlias", "so", "default", path)
    else:
        (path,) = service.call("ReadAlias", "s", "default")
        internal.call("UnlockWithMasterPassword", "o(oayays)", path, master)


started = time.monotonic()
seen = None
repaired = False
while time.monotonic() - started < float(os.environ["START_TIMEOUT"]):
    try:
        os.kill(int(os.environ["KEYRING_PID"]), 0)
    except ProcessLookupError:
        sys.exit("gnome-keyring-daemon exited")
    try:
        with closing(secretstorage.dbus_init()) as connection:
            if secretstorage.check_service_availability(connection):
                seen = seen or time.monotonic()
                try:
                    if not secretstorage.Collection(connection, DEFAULT).is_locked():
                        sys.exit(0)
                    if time.monotonic() - seen > 3 and not repaired:
                        repair(connection, create=False)
                        repaired = True
                except ItemNotFoundException:
                    if time.monotonic() - seen > 3 and not repaired:
                        repair(connection, create=True)
                        repaired = True
    except (SecretStorageException, OSError):
        pass  # not on the bus yet
    time.sleep(0.05)
sys.exit("no unlocked default collection in time")
EOF
then
  echo "secret_service_session: the Secret Service did not come up; gnome-keyring log:" >&2
  cat "$root/gnome-keyring.log" >&2
  exit 1
fi

status=0
"$@" || status=$?
exit "$status"
