"""Cheap checks of the packaging files: build.spec, the NSIS script and the release workflow.

The real build, the frozen self-test and the makensis compile against it run in
tests/build_frozen.sh (CI); here the installer script is compiled against a tiny fake build.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import wizard
from tests.ci_environment import running_in_ci

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "build.spec"
NSI = ROOT / "resources" / "installer" / "salariskoppeling-wizard.nsi"
WORKFLOW = ROOT / ".github" / "workflows" / "release-windows.yml"
CREDENTIALS_NSI = ROOT / "tests" / "installer" / "credentials.nsi"
SCENARIOS = ROOT / "tests" / "installer_scenarios.sh"
WINE_TEST = ROOT / "tests" / "installer_wine.sh"
WINDOWS_TEST = ROOT / "tests" / "installer_windows.sh"

USED_QT_MODULES = {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets"}


def spec_namespace() -> dict:
    """build.spec's literal settings and its helper functions, without running PyInstaller."""
    namespace: dict = {"Path": Path, "re": re, "sys": sys, "RESOURCES": ROOT / "resources"}
    namespace["__version__"] = wizard.__version__
    for node in ast.parse(SPEC.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            try:
                namespace[node.targets[0].id] = ast.literal_eval(node.value)
            except (ValueError, AttributeError):
                pass
        elif isinstance(node, ast.FunctionDef):
            module = ast.Module(body=[node], type_ignores=[])
            exec(compile(module, str(SPEC), "exec"), namespace)
    return namespace


def nsi_text() -> str:
    return NSI.read_text(encoding="utf-8-sig")


def section(text: str, name: str) -> str:
    start = text.index(f'Section "{name}"')
    return text[start : text.index("SectionEnd", start)]


# ----- build.spec -------------------------------------------------------------------------------


def test_the_spec_excludes_unused_qt_modules_but_not_the_used_ones():
    excludes = set(spec_namespace()["QT_EXCLUDES"])

    assert {"PySide6.QtNetwork", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtSql"} <= excludes
    assert {"PySide6.QtOpenGL", "PySide6.QtTest", "PySide6.QtDesigner"} <= excludes
    assert not excludes & USED_QT_MODULES


def test_the_wizard_code_uses_only_the_qt_modules_the_spec_keeps():
    excluded = set(spec_namespace()["QT_EXCLUDES"])
    imported = set()
    for path in (ROOT / "wizard").rglob("*.py"):
        imported |= set(re.findall(r"\b(PySide6\.Qt\w+)", path.read_text(encoding="utf-8")))

    assert not imported & excluded


def test_the_wizard_code_uses_no_other_module_the_spec_leaves_out():
    excluded = set(spec_namespace()["OTHER_EXCLUDES"])
    assert {"multiprocessing", "pygments"} <= excluded
    # A process pool would need multiprocessing, which the frozen program no longer has.
    pattern = re.compile(r"^\s*(?:import|from)\s+([\w.]+)|ProcessPoolExecutor", re.MULTILINE)
    used = set()
    for path in (ROOT / "wizard").rglob("*.py"):
        for match in pattern.finditer(path.read_text(encoding="utf-8")):
            used.add(match.group(1) or "ProcessPoolExecutor")

    assert not {name for name in used if name.split(".")[0] in excluded or name in excluded}
    assert "ProcessPoolExecutor" not in used


def test_the_software_opengl_dll_stays_out():
    keep_binary = spec_namespace()["keep_binary"]

    assert not keep_binary(("PySide6/opengl32sw.dll", "C:/x/opengl32sw.dll", "BINARY"))
    assert not keep_binary(("PySide6/OPENGL32SW.DLL", "C:/x/OPENGL32SW.DLL", "BINARY"))
    assert keep_binary(("PySide6/Qt6Widgets.dll", "C:/x/Qt6Widgets.dll", "BINARY"))
    assert keep_binary(("PySide6/plugins/platforms/qwindows.dll", "x", "BINARY"))
    assert keep_binary(("PySide6/plugins/platforms/qoffscreen.dll", "x", "BINARY"))


def test_only_dutch_and_english_qt_translations_are_shipped():
    keep_data = spec_namespace()["keep_data"]

    def kept(dest: str) -> bool:
        return keep_data((dest, "src", "DATA"))

    assert kept("PySide6/translations/qtbase_nl.qm")
    assert kept("PySide6/Qt/translations/qtbase_en.qm")
    assert not kept("PySide6/translations/qtbase_de.qm")
    assert not kept("PySide6/translations/qtbase_zh_CN.qm")
    assert not kept("PySide6/Qt/translations/qt_help_nl.qm")
    assert kept("wizard/_resources/i18n/wizard_nl.qm")


def test_resources_go_where_resource_root_looks_and_screenshots_stay_out():
    datas = spec_namespace()["resource_datas"]()
    destinations = {dest for _, dest in datas}
    sources = [Path(src) for src, _ in datas]

    assert all(dest.startswith("wizard/_resources/") for dest in destinations)
    for folder in ("manual", "schema", "examples", "afas", "i18n", "icons"):
        assert f"wizard/_resources/{folder}" in destinations
    assert not any("screenshots" in src.parts or "installer" in src.parts for src in sources)
    assert not any(src.suffix == ".ts" for src in sources)
    for src in sources:
        assert list(src.parent.glob(src.name)), f"{src} does not exist"


def test_version_info_comes_from_the_package_version():
    namespace = spec_namespace()
    text = SPEC.read_text(encoding="utf-8")

    assert re.search(r"^from wizard import .*__version__", text, re.MULTILINE)
    assert "version=windows_version_info()" in text
    assert namespace["version_tuple"]("0.1.0") == (0, 1, 0, 0)
    assert namespace["version_tuple"]("1.2.3rc1") == (1, 2, 3, 0)
    assert namespace["version_tuple"](wizard.__version__)[0] >= 0
    body = ast.get_source_segment(text, _function(text, "windows_version_info"))
    assert body is not None and "version_tuple(__version__)" in body


def test_onedir_windowed_without_upx_with_an_icon():
    text = SPEC.read_text(encoding="utf-8")

    assert "exclude_binaries=True" in text and "COLLECT(" in text  # onedir
    assert "console=False" in text
    assert "upx=True" not in text
    assert 'icon=str(RESOURCES / "icons" / "wizard.ico")' in text
    assert (ROOT / "resources" / "icons" / "wizard.ico").read_bytes()[:4] == b"\0\0\1\0"
    assert (ROOT / "resources" / "icons" / "wizard.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def _function(text: str, name: str) -> ast.FunctionDef:
    return next(
        node
        for node in ast.parse(text).body
        if isinstance(node, ast.FunctionDef) and node.name == name
    )


# ----- the NSIS script --------------------------------------------------------------------------


def test_the_installer_is_per_user_without_admin_rights():
    text = nsi_text()

    assert re.search(r"^RequestExecutionLevel user$", text, re.MULTILINE)
    assert "RequestExecutionLevel admin" not in text
    assert "HKLM" not in text
    assert 'InstallDir "$LOCALAPPDATA\\Programs\\' in text
    assert "SetShellVarContext current" in text


def test_the_installer_adds_a_start_menu_shortcut_and_an_apps_entry():
    install = section(nsi_text(), "Install")

    assert 'CreateShortCut "$SMPROGRAMS\\' in install
    assert "WriteUninstaller" in install
    for value in ("DisplayName", "DisplayVersion", "UninstallString", "InstallLocation"):
        assert f'WriteRegStr HKCU "${{UNINSTALL_KEY}}" "{value}"' in install
    assert "Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\" in nsi_text()


def test_an_upgrade_reuses_the_folder_and_replaces_the_old_program_files():
    text = nsi_text()
    install = section(text, "Install")

    assert 'InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"' in text
    assert install.index('RMDir /r "$INSTDIR\\_internal"') < install.index("File /r")


def test_the_uninstaller_asks_before_removing_user_data_and_keeps_it_by_default():
    uninstall = section(nsi_text(), "Uninstall")

    question = re.search(r"MessageBox ([^\n]*)\"\$\(MSG_REMOVE_DATA\)\"([^\n]*)", uninstall)
    assert question is not None
    assert "MB_YESNO" in question.group(1)
    assert "MB_DEFBUTTON2" in question.group(1)  # "No" is the default button
    assert "/SD IDNO" in question.group(2)  # a silent uninstall keeps the data
    guarded = uninstall[uninstall.index('${If} $R0 == "remove"') :]
    guarded = guarded[: guarded.index("${EndIf}")]
    assert 'RMDir /r "${PROGRESS_DIR}"' in guarded
    assert "Call un.RemoveStoredTokens" in guarded
    outside = uninstall.replace(guarded, "")
    assert "PROGRESS_DIR" not in outside and "RemoveStoredTokens" not in outside
    # The program itself always goes.
    assert 'RMDir /r "$INSTDIR\\_internal"' in outside
    assert 'Delete "$SMPROGRAMS\\' in outside


def test_both_languages_have_every_message():
    text = nsi_text()
    names = set(re.findall(r"^LangString (\w+) \$\{LANG_", text, re.MULTILINE))

    assert names
    for name in names:
        assert f"LangString {name} ${{LANG_DUTCH}}" in text
        assert f"LangString {name} ${{LANG_ENGLISH}}" in text


def test_the_script_removes_the_folders_the_program_uses():
    text = nsi_text()

    assert '"$APPDATA\\a.s.r. salariskoppeling"' in text  # Qt AppDataLocation: org, then app
    assert '"${ORG_DATA_DIR}\\salariskoppeling-wizard"' in text
    assert 'CREDENTIAL_PREFIX "salariskoppeling-wizard/"' in text
    from wizard.services import secret_store

    assert secret_store.NMBRS_TOKEN_SERVICE.startswith("salariskoppeling-wizard/")
    assert secret_store.INDEX_SERVICE.startswith("salariskoppeling-wizard/")


def test_the_installer_is_64_bit_like_the_program():
    text = nsi_text()

    assert re.search(r"^Target amd64-unicode$", text, re.MULTILINE)
    assert not re.search(r"^\s*(Unicode|Target)\b(?! amd64-unicode$)", text, re.MULTILINE)
    # The test helper that seeds the Credential Manager runs as the same kind of program.
    assert re.search(r"^Target amd64-unicode$", CREDENTIALS_NSI.read_text(), re.MULTILINE)


def _plugins_used(text: str) -> set[str]:
    # Plug-in commands start a line; "advapi32::CredWriteW" inside System::Call is a DLL call.
    plugins = set(re.findall(r"^\s*(\w+)::\w+", text, re.MULTILINE))
    if "MUI_PAGE_WELCOME" in text or "MUI_PAGE_FINISH" in text:
        plugins.add("nsDialogs")  # MUI2's welcome and finish pages are nsDialogs pages
    return plugins


def test_every_plugin_the_scripts_use_exists_for_amd64_unicode():
    makensis = shutil.which("makensis")
    if makensis is None:
        pytest.skip("makensis not found (Debian package nsis)")
    option = "/" if sys.platform == "win32" else "-"
    info = subprocess.run(
        [makensis, f"{option}HDRINFO"], capture_output=True, text=True, timeout=60, check=False
    )
    # Debian's build names its data folder; the Windows one keeps Plugins next to makensis.exe.
    nsisdir = re.search(r"\bNSISDIR=([^,\s]+)", info.stdout + info.stderr)
    root = Path(nsisdir.group(1)) if nsisdir else Path(makensis).resolve().parent
    folder = root / "Plugins" / "amd64-unicode"
    shipped = {path.stem.lower() for path in folder.glob("*.dll")}
    assert shipped, f"no amd64-unicode plug-ins in {folder}"

    for script in (NSI, CREDENTIALS_NSI):
        used = _plugins_used(script.read_text(encoding="utf-8-sig"))
        assert "System" in used
        assert {name.lower() for name in used} <= shipped, (script.name, used)


def test_the_remove_data_switch_removes_the_clerks_data_without_asking():
    text = nsi_text()
    uninstall = section(text, "Uninstall")

    assert '!define REMOVE_DATA_SWITCH "/REMOVEDATA"' in text
    on_init = text[text.index("Function un.onInit") :]
    on_init = on_init[: on_init.index("FunctionEnd")]
    assert '${GetOptions} $0 "${REMOVE_DATA_SWITCH}" $1' in on_init
    switch = uninstall[uninstall.index('${If} $RemoveDataSwitch == "yes"') :]
    assert switch.index('StrCpy $R0 "remove"') < switch.index("MessageBox")
    guarded = uninstall[uninstall.index('${If} $R0 == "remove"') :]
    for removed in ('RMDir /r "${PROGRESS_DIR}"', 'RMDir /r "${LOCAL_DIR}"'):
        assert removed in guarded
    assert "Call un.RemoveStoredTokens" in guarded
    # The cache is always removed, the switch or not.
    assert 'RMDir /r "${LOCAL_DIR}\\cache"' in uninstall.replace(guarded, "")
    assert 'RMDir /r "${PLATFORMDIRS_CACHE}\\Cache\\nmbrs-wsdl"' in uninstall


def test_the_readme_names_the_switch_next_to_the_silent_install():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    silent = readme.index("`setup.exe /S` installs silently")

    assert "`uninstall.exe /S /REMOVEDATA`" in readme[silent : silent + 600]


def test_the_uninstaller_lists_every_credential_with_a_null_filter():
    # `w n` passed an empty filter string, which matches no entry: no token was ever removed.
    # tests/installer_wine.sh found it; this keeps the call as it was fixed.
    text = nsi_text()

    assert "advapi32::CredEnumerateW(p 0, i 0," in text
    assert "CredEnumerateW(w n" not in text
    assert "advapi32::CredEnumerateW(p 0, i 0," in CREDENTIALS_NSI.read_text()


def test_credentials_are_matched_as_keyring_names_them():
    # keyring's WinVaultKeyring targets "<service>" or "<username>@<service>".
    body = nsi_text()
    body = body[body.index("Function un.RemoveStoredTokens") :]
    body = body[: body.index("FunctionEnd")]

    assert "${CRED_TYPE_GENERIC}" in body
    assert 'StrLen $9 "${CREDENTIAL_PREFIX}"' in body  # a prefix at the start of the target
    assert '${UnStrStr} $6 $8 "@${CREDENTIAL_PREFIX}"' in body  # or right after "<username>@"


def _require_makensis() -> str:
    """makensis, or a skip; under CI on Linux (where tests/run.sh installs it) a failure."""
    makensis = shutil.which("makensis")
    if makensis is None:
        if running_in_ci() and sys.platform.startswith("linux"):
            pytest.fail("makensis not found: apt-get install nsis (CI is set)", pytrace=False)
        pytest.skip("makensis not found (Debian package nsis)")
    return makensis


def test_makensis_compiles_the_script_against_a_fake_build(tmp_path):
    makensis = _require_makensis()
    dist = tmp_path / "dist" / "salariskoppeling-wizard"
    manual = dist / "_internal" / "wizard" / "_resources" / "manual"
    manual.mkdir(parents=True)
    (manual / "steps.json").write_text("{}")
    (dist / "salariskoppeling-wizard.exe").write_bytes(b"MZ")
    setup = tmp_path / "salariskoppeling-wizard-check.exe"

    done = subprocess.run(
        [
            makensis,
            "-V2",
            "-WX",
            f"-DAPP_VERSION={wizard.__version__}",
            f"-DDIST_DIR={dist}",
            f"-DOUT_FILE={setup}",
            "-DCOMPRESSION=off",
            str(NSI),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert done.returncode == 0, done.stdout + done.stderr
    assert pe_machine(setup.read_bytes()) == AMD64


AMD64 = 0x8664  # IMAGE_FILE_MACHINE_AMD64


def pe_machine(exe: bytes) -> int:
    """The Machine field of a Windows program's PE header."""
    assert exe[:2] == b"MZ"
    header = int.from_bytes(exe[0x3C:0x40], "little")
    assert exe[header : header + 4] == b"PE\0\0"
    return int.from_bytes(exe[header + 4 : header + 6], "little")


def test_makensis_refuses_a_missing_build(tmp_path):
    makensis = _require_makensis()

    done = subprocess.run(
        [makensis, "-V1", "-DAPP_VERSION=0.1.0", f"-DDIST_DIR={tmp_path}", str(NSI)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert done.returncode != 0
    assert "run pyinstaller build.spec first" in done.stdout + done.stderr


# ----- the installer scenarios (Wine in Linux CI, Git Bash on the Windows runner) ---------------


def _platform_functions() -> list[str]:
    header = SCENARIOS.read_text(encoding="utf-8").split("\n\n")[0]
    return re.findall(r"^#   (\w+)", header, re.MULTILINE)


def test_both_platforms_define_everything_the_scenarios_need():
    needed = _platform_functions()
    assert {"run_program", "wait_for_uninstaller", "windows_path", "registry_value"} <= set(needed)
    assert {"compile_installer", "compile_credentials_tool", "registry_key_exists"} <= set(needed)

    for script in (WINE_TEST, WINDOWS_TEST):
        text = script.read_text(encoding="utf-8")
        for name in needed:
            assert re.search(rf"^{name}\(\) \{{", text, re.MULTILINE), (script.name, name)
        for variable in ("LOCAL_APPDATA", "ROAMING_APPDATA", "SCRATCH", "DIST_DIR"):
            assert re.search(rf"^{variable}=", text, re.MULTILINE), (script.name, variable)
        assert "source tests/installer_scenarios.sh" in text
        assert 'run_installer_scenarios "$release_setup" "$version"' in text


def test_the_scenarios_cover_every_case_of_the_issue():
    text = SCENARIOS.read_text(encoding="utf-8")
    scenarios = re.findall(r'^  scenario "([^"]+)"', text, re.MULTILINE)

    assert [s.split(" (")[0] for s in scenarios] == [
        "compile the test helper and the upgrade",
        "silent install",
        "upgrade in place",
        "silent uninstall keeps the clerk's data",
        "silent uninstall with $REMOVE_DATA_SWITCH removes the clerk's data, nothing else",
    ]
    assert 'REMOVE_DATA_SWITCH="/REMOVEDATA"' in text
    for value in ("DisplayVersion", "InstallLocation", "UninstallString", "QuietUninstallString"):
        assert f"check_registry_value {value} " in text
    assert "_internal/wizard/_resources/manual/steps.json" in text
    assert '"someone-else/token"' in text
    assert "from secret_store" not in text
    from wizard.services import secret_store

    for service in (secret_store.NMBRS_TOKEN_SERVICE, secret_store.INDEX_SERVICE):
        assert f'"{service}"' in text


def test_the_scenario_scripts_are_valid_bash():
    bash = shutil.which("bash")
    if bash is None or sys.platform == "win32":  # Windows may find WSL's bash.exe first
        pytest.skip("bash not found (the release workflow runs the scripts under Git Bash)")
    for script in (SCENARIOS, WINE_TEST, WINDOWS_TEST, ROOT / ".ci" / "run"):
        done = subprocess.run(
            [bash, "-n", str(script)], capture_output=True, text=True, timeout=60, check=False
        )
        assert done.returncode == 0, (script.name, done.stderr)


def test_linux_ci_runs_the_wine_test_after_the_frozen_build():
    lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()

    assert lines.index("bash tests/installer_wine.sh") > lines.index("bash tests/build_frozen.sh")


# ----- the release workflow ---------------------------------------------------------------------


def test_the_release_workflow_is_a_valid_github_actions_workflow():
    # No Windows runner here: SchemaStore's workflow schema (bundled with check-jsonschema)
    # catches misspelt keys, wrong nesting and bad trigger syntax before the first real run.
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "check_jsonschema",
            "--builtin-schema",
            "vendor.github-workflows",
            str(WORKFLOW),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert done.returncode == 0, done.stdout + done.stderr


def test_the_release_workflow_compiles_with_the_amd64_stubs_linux_ci_uses():
    # NSIS's Windows download has no amd64-unicode stubs; the workflow adds Debian's.
    text = WORKFLOW.read_text(encoding="utf-8")
    deb = re.search(r"nsis-common_(3\.\d+)-([\w.+~]+)_all\.deb", text)

    assert deb is not None
    assert f"choco install nsis --version={deb.group(1)} " in text
    assert re.search(r"NSIS_COMMON_SHA256: [0-9a-f]{64}\n", text)
    assert "Stubs\\*-amd64-unicode" in text and "Plugins\\amd64-unicode\\*.dll" in text
    makensis = shutil.which("makensis")
    if makensis is None or sys.platform == "win32":
        return
    version = subprocess.run(
        [makensis, "-VERSION"], capture_output=True, text=True, timeout=60, check=False
    ).stdout.strip()
    if "deb" in version:  # Debian's makensis: the same package version as the workflow's stubs
        assert version == f"v{deb.group(1)}-{deb.group(2)}"


def test_the_release_workflow_builds_self_tests_and_uploads_the_installer_on_windows():
    text = WORKFLOW.read_text(encoding="utf-8")

    assert re.search(r"runs-on: windows-", text)
    assert 'python-version: "3.11"' in text
    assert "choco install nsis" in text
    assert "pytest" in text and "QT_QPA_PLATFORM: offscreen" in text
    assert "PyInstaller --noconfirm --clean build.spec" in text
    assert "--self-test" in text
    assert "makensis @nsisArgs resources\\installer\\salariskoppeling-wizard.nsi" in text
    assert "actions/upload-artifact@" in text
    assert re.search(r"shell: bash\n\s+run: bash tests/installer_windows\.sh \"\$SETUP\"", text), (
        "the release workflow runs the installer scenarios the Wine test runs"
    )
    assert text.index("tests/installer_windows.sh") > text.index("makensis @nsisArgs")
    signing = re.findall(r"- name: (Sign[^\n]*)\n\s+if: env\.SIGNING_CERT_BASE64 != ''", text)
    assert signing, "the signing step must run only when the certificate secret is set"
