; Salariskoppeling Wizard: per-user Windows installer (no administrator rights needed).
;
; Compile after `pyinstaller build.spec` (see README, "Build the installer"):
;
;   makensis /DAPP_VERSION=0.1.0 /DDIST_DIR=C:\path\to\dist\salariskoppeling-wizard ^
;            resources\installer\salariskoppeling-wizard.nsi
;
; Defines:
;   APP_VERSION   required; wizard.__version__, e.g. 0.1.0
;   DIST_DIR      required; absolute path of PyInstaller's onedir output
;   APP_EXE       the program's file name in DIST_DIR (default salariskoppeling-wizard.exe;
;                 the Linux CI compile passes the Linux binary's name)
;   OUT_FILE      the installer to write (default: next to DIST_DIR, versioned)
;   SIGN_SCRIPT   optional; a script that signs the file given as its argument. Signs the
;                 uninstaller while it is generated and the finished installer.
;   COMPRESSION   optional; makensis compressor (default "/SOLID lzma"), or "off" for a quick
;                 check of the script and the file list (Linux CI)
;
; Installs into %LOCALAPPDATA%\Programs\Salariskoppeling Wizard, adds a Start-menu shortcut and
; an entry in Settings > Apps (HKCU). A newer installer upgrades in place: same folder, the old
; program files are removed first. The uninstaller removes the program and asks, default No,
; whether to remove the clerk's saved progress and the tokens in Windows Credential Manager.
;
; Command line: `setup.exe /S` installs silently. `uninstall.exe /S` uninstalls silently and keeps
; the clerk's data; `uninstall.exe /S /REMOVEDATA` also removes the progress folder, the cache,
; the diagnostics log and the wizard's Credential Manager entries (and no other program's).
; tests/installer_wine.sh (Linux CI, under Wine) and the release workflow (Windows) run all of it.
; This file is UTF-8 with a byte-order mark, so makensis reads the Dutch texts right.

; 64-bit only, like the program (PySide6 6 has no 32-bit Windows build): the installer cannot
; install anywhere the program cannot run. Every plug-in used (System, nsDialogs for the MUI
; welcome and finish pages) exists in NSIS's amd64-unicode plug-in folder.
Target amd64-unicode
ManifestDPIAware true
RequestExecutionLevel user

!ifndef APP_VERSION
  !error "Define APP_VERSION, e.g. /DAPP_VERSION=0.1.0"
!endif
!ifndef DIST_DIR
  !error "Define DIST_DIR: the absolute path of dist\salariskoppeling-wizard"
!endif
!ifndef APP_EXE
  !define APP_EXE "salariskoppeling-wizard.exe"
!endif
!ifndef OUT_FILE
  !define OUT_FILE "${DIST_DIR}\..\salariskoppeling-wizard-${APP_VERSION}-setup.exe"
!endif
!ifndef COMPRESSION
  !define COMPRESSION "/SOLID lzma"
!endif

; The file list is checked here, at compile time: a build without the program fails loudly.
!if ! /FileExists "${DIST_DIR}\${APP_EXE}"
  !error "${DIST_DIR}\${APP_EXE} not found: run pyinstaller build.spec first"
!endif
!if ! /FileExists "${DIST_DIR}\_internal\wizard\_resources\manual\steps.json"
  !error "${DIST_DIR}\_internal lacks the wizard's resources: rebuild with build.spec"
!endif

; "1.2.3" (or "1.2.3rc1") -> "1.2.3.0" for the installer's Windows version resource.
!searchparse /noerrors "${APP_VERSION}" "" VERSION_MAJOR "." VERSION_MINOR "." VERSION_PATCH
!searchparse /noerrors "${VERSION_PATCH}" "" VERSION_PATCH_NUMBER "a"
!searchparse /noerrors "${VERSION_PATCH_NUMBER}" "" VERSION_PATCH_NUMBER "b"
!searchparse /noerrors "${VERSION_PATCH_NUMBER}" "" VERSION_PATCH_NUMBER "rc"
!searchparse /noerrors "${VERSION_PATCH_NUMBER}" "" VERSION_PATCH_NUMBER ".dev"

!define APP_NAME "Salariskoppeling Wizard"
!define PUBLISHER "a.s.r. salariskoppeling"
; Registry key of the entry in Settings > Apps; never change it, or upgrades stop finding it.
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\SalariskoppelingWizard"
!define UNINSTALLER "uninstall.exe"
; Where the program keeps the clerk's progress (Qt AppDataLocation: %APPDATA%\<org>\<app>) and
; its WSDL cache (Qt CacheLocation: %LOCALAPPDATA%\<org>\<app>\cache; wizard.services'
; platformdirs default: %LOCALAPPDATA%\salariskoppeling-wizard\Cache).
!define ORG_DATA_DIR "$APPDATA\a.s.r. salariskoppeling"
!define PROGRESS_DIR "${ORG_DATA_DIR}\salariskoppeling-wizard"
!define ORG_LOCAL_DIR "$LOCALAPPDATA\a.s.r. salariskoppeling"
!define LOCAL_DIR "${ORG_LOCAL_DIR}\salariskoppeling-wizard"
!define PLATFORMDIRS_CACHE "$LOCALAPPDATA\salariskoppeling-wizard"
; keyring's Windows backend names each credential after its service, "salariskoppeling-wizard/...",
; or "<key>@salariskoppeling-wizard/..." when one service holds several keys.
!define CREDENTIAL_PREFIX "salariskoppeling-wizard/"
; The uninstaller's switch for removing the clerk's data without asking (for IT departments).
!define REMOVE_DATA_SWITCH "/REMOVEDATA"
!define CRED_TYPE_GENERIC 1

Name "${APP_NAME}"
OutFile "${OUT_FILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"
; Upgrade in place: an installed version's folder wins over the default.
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
!if "${COMPRESSION}" == "off"
  SetCompress off ; CI: only the script and the file list are checked
!else
  SetCompressor ${COMPRESSION}
!endif
BrandingText "${APP_NAME} ${APP_VERSION}"
ShowInstDetails nevershow
ShowUninstDetails nevershow

!ifdef SIGN_SCRIPT
  !uninstfinalize '"${SIGN_SCRIPT}" "%1"' = 0
  !finalize '"${SIGN_SCRIPT}" "%1"' = 0
!endif

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "FileFunc.nsh"
!include "WordFunc.nsh"
!include "StrFunc.nsh"
!include "Util.nsh"

${UnStrStr}

!define MUI_ICON "..\icons\wizard.ico"
!define MUI_UNICON "..\icons\wizard.ico"
!define MUI_ABORTWARNING

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; Dutch first: it is the default when Windows runs in neither language.
!insertmacro MUI_LANGUAGE "Dutch"
!insertmacro MUI_LANGUAGE "English"

LangString MSG_RUNNING ${LANG_DUTCH} "De Salariskoppeling Wizard is nog geopend. Sluit de wizard en klik op Opnieuw."
LangString MSG_RUNNING ${LANG_ENGLISH} "The Salariskoppeling Wizard is still open. Close the wizard, then click Retry."
LangString MSG_NEWER ${LANG_DUTCH} "Er is al een nieuwere versie ($0) van de Salariskoppeling Wizard geïnstalleerd.$\r$\n$\r$\nWilt u die vervangen door versie ${APP_VERSION}?"
LangString MSG_NEWER ${LANG_ENGLISH} "A newer version ($0) of the Salariskoppeling Wizard is already installed.$\r$\n$\r$\nDo you want to replace it with version ${APP_VERSION}?"
LangString MSG_REMOVE_DATA ${LANG_DUTCH} "Wilt u ook uw opgeslagen voortgang, het logbestand van de wizard en de bewaarde tokens verwijderen?$\r$\n$\r$\nKies Nee om ze te bewaren, bijvoorbeeld als u de wizard opnieuw gaat installeren."
LangString MSG_REMOVE_DATA ${LANG_ENGLISH} "Do you also want to remove your saved progress, the wizard's log file and the stored tokens?$\r$\n$\r$\nChoose No to keep them, for example if you are going to install the wizard again."

VIProductVersion "${VERSION_MAJOR}.${VERSION_MINOR}.${VERSION_PATCH_NUMBER}.0"
VIFileVersion "${VERSION_MAJOR}.${VERSION_MINOR}.${VERSION_PATCH_NUMBER}.0"
VIAddVersionKey /LANG=${LANG_DUTCH} "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=${LANG_DUTCH} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_DUTCH} "LegalCopyright" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_DUTCH} "FileDescription" "${APP_NAME} installatie"
VIAddVersionKey /LANG=${LANG_DUTCH} "FileVersion" "${APP_VERSION}"
VIAddVersionKey /LANG=${LANG_DUTCH} "ProductVersion" "${APP_VERSION}"

; Deletes the program file, which Windows refuses while the wizard runs; asks to close it.
!macro DELETE_PROGRAM_OR_ABORT
  ${If} ${FileExists} "$INSTDIR\${APP_EXE}"
    ${Do}
      ClearErrors
      Delete "$INSTDIR\${APP_EXE}"
      ${IfNot} ${Errors}
        ${Break}
      ${EndIf}
      ${IfNot} ${Cmd} `MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(MSG_RUNNING)" /SD IDCANCEL IDRETRY`
        Abort
      ${EndIf}
    ${Loop}
  ${EndIf}
!macroend

Function .onInit
  SetShellVarContext current
  ; Replacing a newer version is allowed, but only when the clerk says so.
  ReadRegStr $0 HKCU "${UNINSTALL_KEY}" "DisplayVersion"
  ${If} $0 != ""
    ${VersionCompare} "$0" "${APP_VERSION}" $1
    ${If} $1 == 1
      ${IfNot} ${Cmd} `MessageBox MB_YESNO|MB_ICONQUESTION|MB_DEFBUTTON2 "$(MSG_NEWER)" /SD IDNO IDYES`
        Abort
      ${EndIf}
    ${EndIf}
  ${EndIf}
FunctionEnd

Section "Install"
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  !insertmacro DELETE_PROGRAM_OR_ABORT
  ; Upgrade in place: the previous version's libraries go first, so no stale DLL stays behind.
  RMDir /r "$INSTDIR\_internal"

  File "${DIST_DIR}\${APP_EXE}"
  SetOutPath "$INSTDIR\_internal"
  File /r "${DIST_DIR}\_internal\*"
  SetOutPath "$INSTDIR"

  WriteUninstaller "$INSTDIR\${UNINSTALLER}"
  CreateShortCut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${APP_VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE},0"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\${UNINSTALLER}"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\${UNINSTALLER}" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

; Removes every Windows Credential Manager entry that keyring wrote for the wizard.
Function un.RemoveStoredTokens
  ; Filter NULL (p 0) lists every entry; `w n` passed an empty filter, which matches none.
  System::Call 'advapi32::CredEnumerateW(p 0, i 0, *i .r1, *p .r2) i .r0'
  ${If} $0 = 0
    Return ; nothing stored
  ${EndIf}
  StrCpy $3 0
  ${While} $3 < $1
    IntOp $4 $3 * ${NSIS_PTR_SIZE}
    IntPtrOp $4 $2 + $4
    System::Call '*$4(p .r5)' ; the CREDENTIALW pointer at index $3
    System::Call '*$5(i .r6, i .r7, w .r8)' ; Flags, Type, TargetName
    ${If} $7 = ${CRED_TYPE_GENERIC}
      StrLen $9 "${CREDENTIAL_PREFIX}"
      StrCpy $9 $8 $9
      ${UnStrStr} $6 $8 "@${CREDENTIAL_PREFIX}"
      ${If} $9 == "${CREDENTIAL_PREFIX}"
      ${OrIf} $6 != ""
        System::Call 'advapi32::CredDeleteW(w r8, i ${CRED_TYPE_GENERIC}, i 0) i .r0'
      ${EndIf}
    ${EndIf}
    IntOp $3 $3 + 1
  ${EndWhile}
  System::Call 'advapi32::CredFree(p r2)'
FunctionEnd

Var RemoveDataSwitch

Function un.onInit
  SetShellVarContext current
  ; The uninstaller re-runs itself from %TEMP%; the command line, switch included, goes along.
  StrCpy $RemoveDataSwitch "no"
  ${GetParameters} $0
  ClearErrors
  ${GetOptions} $0 "${REMOVE_DATA_SWITCH}" $1
  ${IfNot} ${Errors}
    StrCpy $RemoveDataSwitch "yes"
  ${EndIf}
FunctionEnd

Section "Uninstall"
  SetShellVarContext current
  ; The switch removes the data without asking. Otherwise the clerk is asked first, answered No
  ; by default and in a silent uninstall: the clerk's data stays.
  StrCpy $R0 "keep"
  ${If} $RemoveDataSwitch == "yes"
    StrCpy $R0 "remove"
  ${ElseIf} ${Cmd} `MessageBox MB_YESNO|MB_ICONQUESTION|MB_DEFBUTTON2 "$(MSG_REMOVE_DATA)" /SD IDNO IDYES`
    StrCpy $R0 "remove"
  ${EndIf}

  !insertmacro DELETE_PROGRAM_OR_ABORT
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${UNINSTALLER}"
  ; Not /r: a folder the clerk also used for other files keeps them.
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  ; The WSDL cache is the program's, not the clerk's: always removed.
  RMDir /r "${LOCAL_DIR}\cache"
  RMDir "${LOCAL_DIR}"
  RMDir "${ORG_LOCAL_DIR}"
  RMDir /r "${PLATFORMDIRS_CACHE}\Cache\nmbrs-wsdl"
  RMDir "${PLATFORMDIRS_CACHE}\Cache"
  RMDir "${PLATFORMDIRS_CACHE}"

  ${If} $R0 == "remove"
    RMDir /r "${PROGRESS_DIR}"
    RMDir "${ORG_DATA_DIR}"
    ; The diagnostics log (Qt AppLocalDataLocation\logs) describes the clerk's session.
    RMDir /r "${LOCAL_DIR}"
    RMDir "${ORG_LOCAL_DIR}"
    Call un.RemoveStoredTokens
  ${EndIf}
SectionEnd
