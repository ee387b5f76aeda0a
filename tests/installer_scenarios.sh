# The installer's scenarios and checks, written once for both places that run them:
# tests/installer_wine.sh (Linux CI, under Wine) and tests/installer_windows.sh (the Windows release
# runner, under Git Bash). Sourced, not run. The platform script defines, before calling
# run_installer_scenarios:
#   run_program EXE [ARGS...]   run a Windows program, wait for it, return its exit code
#   wait_for_uninstaller        wait until the uninstaller's copy in %TEMP% has finished
#   windows_path PATH           the Windows form of a POSIX path
#   registry_value NAME         print a value of the uninstall key; fail when key or value is absent
#   registry_key_exists         succeed when the uninstall key exists
#   compile_installer VERSION OUT [DEFINES...]   makensis on the release script and DIST_DIR
#   compile_credentials_tool OUT                 makensis on tests/installer/credentials.nsi
# and the POSIX paths LOCAL_APPDATA, ROAMING_APPDATA and SCRATCH (a private temporary folder).

APP_NAME="Salariskoppeling Wizard"
PROGRAM="salariskoppeling-wizard.exe"
UNINSTALLER="uninstall.exe"
REMOVE_DATA_SWITCH="/REMOVEDATA"
# Credential Manager targets: keyring's WinVaultKeyring names an entry after its service, or
# "<username>@<service>" when one service holds several usernames (keyring/backends/Windows.py).
WIZARD_CREDENTIALS=(
  "salariskoppeling-wizard/nmbrs-api-token"
  "clerk@example.nl@salariskoppeling-wizard/nmbrs-api-token"
  "salariskoppeling-wizard/stored-keys"
)
# Other programs' entries, one merely containing the wizard's name: the uninstaller leaves them.
OTHER_CREDENTIALS=("someone-else/token" "not-salariskoppeling-wizard/token")

failures=0
scenario_failures=0

scenario() {
  scenario_failures=0
  echo
  echo "== $1"
}

pass() { echo "PASS  $1"; }

fail() {
  echo "FAIL  $1" >&2
  failures=$((failures + 1))
  scenario_failures=$((scenario_failures + 1))
}

# Later scenarios build on earlier ones: stop at the first scenario with a failed check.
end_scenario() {
  if [ "$scenario_failures" -ne 0 ]; then
    echo "installer scenarios: $scenario_failures check(s) failed in this scenario" >&2
    exit 1
  fi
}

check() { # check DESCRIPTION COMMAND...
  local description="$1"
  shift
  if "$@"; then pass "$description"; else fail "$description"; fi
}

absent() { [ ! -e "$1" ]; }

check_registry_value() { # NAME EXPECTED
  local actual
  if ! actual="$(registry_value "$1")"; then
    fail "uninstall key has $1"
  elif [ "$actual" != "$2" ]; then
    fail "uninstall key: $1 is '$actual', expected '$2'"
  else
    pass "uninstall key: $1 = $2"
  fi
}

stored_credentials() { # prints the generic credentials' targets, read back with CredEnumerateW
  local list="$SCRATCH/credentials.txt"
  rm -f "$list"
  run_program "$CREDENTIALS_TOOL" list "$(windows_path "$list")" || {
    echo "credentials tool: list failed" >&2
    return 1
  }
  tr -d '\r' <"$list"
}

seed_clerk_data() {
  local target
  for target in "${WIZARD_CREDENTIALS[@]}" "${OTHER_CREDENTIALS[@]}"; do
    run_program "$CREDENTIALS_TOOL" write "$target" || fail "CredWriteW $target"
  done
  mkdir -p "$PROGRESS_DIR" "$QT_CACHE_DIR" "$PLATFORMDIRS_CACHE_DIR" "$LOG_DIR"
  echo '{"format": 1}' >"$PROGRESS_DIR/voortgang.json"
  echo '<definitions/>' >"$QT_CACHE_DIR/EmployeeService.wsdl"
  echo '<definitions/>' >"$PLATFORMDIRS_CACHE_DIR/EmployeeService.wsdl"
  echo 'log line' >"$LOG_DIR/wizard.log"
  local stored
  stored="$(stored_credentials)" || fail "CredEnumerateW after seeding"
  for target in "${WIZARD_CREDENTIALS[@]}" "${OTHER_CREDENTIALS[@]}"; do
    grep -qxF "$target" <<<"$stored" || fail "seeded credential $target is not listed"
  done
}

no_wizard_credentials() {
  local stored
  stored="$(stored_credentials)" || return 1
  ! grep -qE "^salariskoppeling-wizard/|@salariskoppeling-wizard/" <<<"$stored"
}

check_credentials() { # check_credentials present|absent TARGET...
  local want="$1" stored target
  shift
  if ! stored="$(stored_credentials)"; then
    fail "CredEnumerateW read back the Credential Manager"
    return
  fi
  for target in "$@"; do
    local listed=absent
    if grep -qxF "$target" <<<"$stored"; then listed=present; fi
    case "$want/$listed" in
      present/present) pass "credential $target remains" ;;
      absent/absent) pass "credential $target removed" ;;
      present/absent) fail "credential $target is gone" ;;
      absent/present) fail "credential $target was not removed" ;;
    esac
  done
}

check_installed() { # VERSION
  check "program folder $(windows_path "$INSTALL_DIR")" test -d "$INSTALL_DIR"
  check "program file $PROGRAM" test -f "$INSTALL_DIR/$PROGRAM"
  check "program file is the build's, byte for byte" cmp -s "$BUILT_PROGRAM" "$INSTALL_DIR/$PROGRAM"
  check "_internal\\wizard\\_resources\\manual\\steps.json" \
    test -f "$INSTALL_DIR/_internal/wizard/_resources/manual/steps.json"
  check "_internal holds exactly the build's files" \
    diff -rq "$DIST_DIR/_internal" "$INSTALL_DIR/_internal"
  check "$UNINSTALLER" test -f "$INSTALL_DIR/$UNINSTALLER"
  local where uninstaller
  where="$(windows_path "$INSTALL_DIR")"
  uninstaller="\"$where\\$UNINSTALLER\""
  check_registry_value DisplayName "$APP_NAME"
  check_registry_value DisplayVersion "$1"
  check_registry_value InstallLocation "$where"
  check_registry_value UninstallString "$uninstaller"
  check_registry_value QuietUninstallString "$uninstaller /S"
  check "Start-menu shortcut $APP_NAME.lnk" test -f "$SHORTCUT"
}

check_program_removed() {
  check "program folder removed" absent "$INSTALL_DIR"
  check "uninstall key removed" eval '! registry_key_exists'
  check "Start-menu shortcut removed" absent "$SHORTCUT"
  check "cache (Qt CacheLocation) removed" absent "$QT_CACHE_DIR"
  check "cache (platformdirs) removed" absent "$PLATFORMDIRS_CACHE_DIR"
}

uninstall() { # uninstall [SWITCH...]: the way IT does, from the installed uninstall.exe
  local status=0
  run_program "$INSTALL_DIR/$UNINSTALLER" /S "$@" || status=$?
  check "uninstall.exe /S $* exits 0 (exit $status)" test "$status" -eq 0
  wait_for_uninstaller
}

install() { # install SETUP
  local status=0
  run_program "$1" /S || status=$?
  check "$(basename "$1") /S exits 0 (exit $status)" test "$status" -eq 0
}

# run_installer_scenarios RELEASE_SETUP VERSION
run_installer_scenarios() {
  local release_setup="$1" version="$2"
  local next_version="$((${version%%.*} + 1)).0.0"
  INSTALL_DIR="$LOCAL_APPDATA/Programs/$APP_NAME"
  SHORTCUT="$ROAMING_APPDATA/Microsoft/Windows/Start Menu/Programs/$APP_NAME.lnk"
  PROGRESS_DIR="$ROAMING_APPDATA/a.s.r. salariskoppeling/salariskoppeling-wizard"
  QT_CACHE_DIR="$LOCAL_APPDATA/a.s.r. salariskoppeling/salariskoppeling-wizard/cache"
  LOG_DIR="$LOCAL_APPDATA/a.s.r. salariskoppeling/salariskoppeling-wizard/logs"
  PLATFORMDIRS_CACHE_DIR="$LOCAL_APPDATA/salariskoppeling-wizard/Cache/nmbrs-wsdl"
  CREDENTIALS_TOOL="$SCRATCH/credentials.exe"

  scenario "compile the test helper and the upgrade ($next_version)"
  check "credentials tool compiles" compile_credentials_tool "$CREDENTIALS_TOOL"
  # Only the release installer needs the release compression; this one tests the upgrade.
  local upgrade_setup="$SCRATCH/salariskoppeling-wizard-$next_version-setup.exe"
  check "upgrade installer compiles" compile_installer "$next_version" "$upgrade_setup" \
    -DCOMPRESSION=off
  check "nothing of the wizard's in Credential Manager yet" no_wizard_credentials
  end_scenario

  scenario "silent install ($version)"
  check "no earlier installation" absent "$INSTALL_DIR"
  install "$release_setup"
  check_installed "$version"
  end_scenario

  scenario "upgrade in place ($version -> $next_version)"
  local stale="$INSTALL_DIR/_internal/stale-from-$version.dll"
  echo stale >"$stale"
  install "$upgrade_setup"
  check "stale file in _internal removed" absent "$stale"
  check_installed "$next_version"
  # Replacing a newer version needs the clerk's Yes; a silent install answers No: NSIS exit 2.
  local status=0
  run_program "$release_setup" /S || status=$?
  check "a silent older installer stops, exit 2, leaving $next_version (exit $status)" \
    test "$status" -eq 2
  check_registry_value DisplayVersion "$next_version"
  end_scenario

  scenario "silent uninstall keeps the clerk's data"
  seed_clerk_data
  uninstall
  check_program_removed
  check "progress file remains" test -f "$PROGRESS_DIR/voortgang.json"
  check "diagnostics log remains" test -f "$LOG_DIR/wizard.log"
  check_credentials present "${WIZARD_CREDENTIALS[@]}" "${OTHER_CREDENTIALS[@]}"
  end_scenario

  scenario "silent uninstall with $REMOVE_DATA_SWITCH removes the clerk's data, nothing else"
  install "$release_setup"
  check_installed "$version"
  seed_clerk_data
  uninstall "$REMOVE_DATA_SWITCH"
  check_program_removed
  check "progress folder removed" absent "$PROGRESS_DIR"
  check "diagnostics log removed" absent "$LOG_DIR"
  check "empty a.s.r. salariskoppeling folder in Roaming removed" \
    absent "$ROAMING_APPDATA/a.s.r. salariskoppeling"
  check "empty a.s.r. salariskoppeling folder in Local removed" \
    absent "$LOCAL_APPDATA/a.s.r. salariskoppeling"
  check_credentials absent "${WIZARD_CREDENTIALS[@]}"
  check_credentials present "${OTHER_CREDENTIALS[@]}"
  end_scenario

  echo
  echo "installer scenarios: every check passed"
}
