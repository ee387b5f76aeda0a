; Test helper: writes and lists generic credentials through the real Credential Manager API
; (advapi32 CredWriteW and CredEnumerateW), so the installer tests never fake the store.
; Used by tests/installer_scenarios.sh under Wine (Linux CI) and on the Windows release runner.
;
;   makensis -DOUT_FILE=credentials.exe tests/installer/credentials.nsi
;   credentials.exe write <target>    one generic credential, as keyring's WinVaultKeyring does
;   credentials.exe list <file>       every generic credential's target name, one a line
;
; A silent program: it reports through its exit code (0 done, 2 the API failed, 3 bad usage).

Target amd64-unicode
RequestExecutionLevel user
SilentInstall silent
!ifndef OUT_FILE
  !define OUT_FILE "credentials.exe"
!endif
OutFile "${OUT_FILE}"
Name "credentials"

!include "LogicLib.nsh"
!include "FileFunc.nsh"

!define CRED_TYPE_GENERIC 1
!define CRED_PERSIST_ENTERPRISE 3 ; what keyring uses
!define ERROR_NOT_FOUND 1168
!define SECRET "not-a-real-token" ; 16 characters, 32 bytes in UTF-16

Section
  ${GetParameters} $R0
  ; "<mode> <argument>": the argument is the rest of the line, so a file path may hold spaces.
  StrCpy $R1 0
  ${Do}
    StrCpy $R2 $R0 1 $R1
    ${If} $R2 == " "
    ${OrIf} $R2 == ""
      ${Break}
    ${EndIf}
    IntOp $R1 $R1 + 1
  ${Loop}
  StrCpy $R3 $R0 $R1 ; mode
  IntOp $R1 $R1 + 1
  StrCpy $R4 $R0 "" $R1 ; argument
  ${If} $R4 == ""
    SetErrorLevel 3
    Quit
  ${EndIf}

  ${If} $R3 == "write"
    Call WriteCredential
  ${ElseIf} $R3 == "list"
    Call ListCredentials
  ${Else}
    SetErrorLevel 3
  ${EndIf}
SectionEnd

; CREDENTIALW on x64: Flags, Type, TargetName@8, Comment@16, LastWritten@24, CredentialBlobSize@32,
; padding, CredentialBlob@40, Persist@48, AttributeCount@52, Attributes@56, TargetAlias@64,
; UserName@72. The padding is spelt out so the layout never depends on the plug-in aligning it.
Function WriteCredential
  StrLen $1 $R4
  IntOp $1 $1 + 1
  System::Call '*(&w$1 R4) p .r2' ; the target name
  System::Call '*(&w17 "${SECRET}") p .r3'
  System::Call '*(&w17 "clerk@example.nl") p .r4'
  System::Call '*(i 0, i ${CRED_TYPE_GENERIC}, p r2, p 0, l 0, i 32, i 0, p r3, \
      i ${CRED_PERSIST_ENTERPRISE}, i 0, p 0, p 0, p r4) p .r5'
  System::Call 'advapi32::CredWriteW(p r5, i 0) i .r0 ?e'
  Pop $6 ; GetLastError
  ${If} $0 = 0
    SetErrorLevel 2
  ${EndIf}
  System::Free $5
  System::Free $4
  System::Free $3
  System::Free $2
FunctionEnd

Function ListCredentials
  ClearErrors
  FileOpen $9 $R4 w
  ${If} ${Errors}
    SetErrorLevel 2
    Return
  ${EndIf}
  System::Call 'advapi32::CredEnumerateW(p 0, i 0, *i .r1, *p .r2) i .r0 ?e'
  Pop $6 ; GetLastError
  ${If} $0 = 0
    FileClose $9
    ${If} $6 <> ${ERROR_NOT_FOUND} ; none stored is an empty list, anything else a failure
      SetErrorLevel 2
    ${EndIf}
    Return
  ${EndIf}
  StrCpy $3 0
  ${While} $3 < $1
    IntOp $4 $3 * ${NSIS_PTR_SIZE}
    IntPtrOp $4 $2 + $4
    System::Call '*$4(p .r5)'
    System::Call '*$5(i .r6, i .r7, w .r8)' ; Flags, Type, TargetName
    ${If} $7 = ${CRED_TYPE_GENERIC}
      FileWrite $9 "$8$\n"
    ${EndIf}
    IntOp $3 $3 + 1
  ${EndWhile}
  System::Call 'advapi32::CredFree(p r2)'
  FileClose $9
FunctionEnd
