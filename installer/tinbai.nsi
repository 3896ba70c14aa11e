; TinBài: per-user Windows installer (no administrator rights), Vietnamese interface.
;
;   makensis -DVERSION=0.1.0 -DVERSION4=0.1.0.0 -DSRCDIR=<frozen folder> -DOUTFILE=<setup.exe> installer\tinbai.nsi
;
; installer/build passes all four; SRCDIR is PyInstaller's dist/tinbai folder (tinbai.exe,
; tinbai-cli.exe, _internal\). The result installs into %LOCALAPPDATA%\Programs\TinBai, adds a
; Start-menu shortcut (and, if ticked, a desktop one), registers an uninstaller under the
; current user's Add/Remove Programs, and upgrades an older version in place. The user's data
; (%LOCALAPPDATA%\TinBai) is kept on uninstall unless the user ticks its box.
; This file is UTF-8 with a byte-order mark (makensis reads it as Unicode).

Unicode true
!ifdef TARGET  ; e.g. -DTARGET=amd64-unicode where makensis has those stubs (Debian's does)
  Target ${TARGET}
!endif
ManifestDPIAware true
RequestExecutionLevel user
!ifdef FAST  ; proof builds on CI: no compression, seconds instead of minutes
  SetCompress off
!else
  SetCompressor /SOLID lzma
  SetCompressorDictSize 64
!endif

!include MUI2.nsh
!include LogicLib.nsh
!include FileFunc.nsh
!include Sections.nsh
!include WordFunc.nsh

; -- build parameters -------------------------------------------------------------------------
!ifndef VERSION
  !error "VERSION is not defined: makensis -DVERSION=x.y.z (installer/build does this)"
!endif
!ifndef VERSION4
  !define VERSION4 "${VERSION}.0"
!endif
!ifndef ROOT
  !define ROOT ".."
!endif
!ifndef SRCDIR
  !define SRCDIR "${ROOT}\dist\tinbai"
!endif
!ifndef OUTFILE
  !define OUTFILE "${ROOT}\dist\TinBai-${VERSION}-setup.exe"
!endif
!ifndef PUBLISHER
  !define PUBLISHER "TinBài"
!endif
!if /FileExists "${SRCDIR}\tinbai.exe"
!else if /FileExists "${SRCDIR}\tinbai"
  !echo "NOTE: ${SRCDIR} holds a non-Windows build: this installer only proves that the script compiles"
!else
  !error "${SRCDIR} has no tinbai.exe: freeze the app first (installer/build)"
!endif

!define APP_NAME "TinBài"
!define APP_EXE "tinbai.exe"
!define CLI_EXE "tinbai-cli.exe"
!define UNINSTALLER "uninstall.exe"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\TinBai"
!define DATA_DIR "$LOCALAPPDATA\TinBai"  ; app/base/paths.py: platformdirs user_data_dir("TinBai")
!define SHORTCUT "TinBài.lnk"
; The GUI holds this named mutex while it runs (ui/instance.py MUTEX_NAME): keep in step.
!define MUTEX_NAME "TinBaiRunning"
!define SYNCHRONIZE 0x00100000
!define ERROR_ACCESS_DENIED 5

Name "${APP_NAME}"
Caption "$(SetupCaption)"
UninstallCaption "$(UninstallCaption)"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\TinBai"
InstallDirRegKey HKCU "${UNINST_KEY}" "InstallLocation"  ; an upgrade goes where the old one is
BrandingText "${APP_NAME} ${VERSION}"
ShowInstDetails show
ShowUninstDetails show
; Our own words (Vietnamese, with the way out) when a file cannot be written.
FileErrorText "$(FileWriteError)" "$(FileWriteErrorNoIgnore)"

VIProductVersion "${VERSION4}"
VIFileVersion "${VERSION4}"
VIAddVersionKey /LANG=0 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "Cài đặt ${APP_NAME} ${VERSION}"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "LegalCopyright" "TinBài contributors, MIT licence"

; -- interface ------------------------------------------------------------------------------
!define MUI_ICON "${ROOT}\resources\icons\tinbai.ico"
!define MUI_UNICON "${ROOT}\resources\icons\tinbai.ico"
!define MUI_ABORTWARNING
!define MUI_UNABORTWARNING
!define MUI_COMPONENTSPAGE_NODESC

!define MUI_COMPONENTSPAGE_TEXT_TOP "$(ComponentsTop)"
!insertmacro MUI_PAGE_COMPONENTS
; The Install button stays active; DirectoryLeave says what is wrong in Vietnamese instead.
!define MUI_DIRECTORYPAGE_VERIFYONLEAVE
!define MUI_PAGE_CUSTOMFUNCTION_LEAVE DirectoryLeave
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "$(RunNow)"
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!define MUI_COMPONENTSPAGE_TEXT_TOP "$(UnComponentsTop)"
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "Vietnamese"

; -- our words --------------------------------------------------------------------------------
LangString SetupCaption ${LANG_VIETNAMESE} "Cài đặt ${APP_NAME} ${VERSION}"
LangString UninstallCaption ${LANG_VIETNAMESE} "Gỡ ${APP_NAME}"
LangString ComponentsTop ${LANG_VIETNAMESE} "${APP_NAME} được cài cho riêng tài khoản Windows của bạn, không cần quyền quản trị. Chọn các lối tắt bạn muốn có."
LangString SecProgram ${LANG_VIETNAMESE} "Chương trình ${APP_NAME}"
LangString SecStartMenu ${LANG_VIETNAMESE} "Lối tắt trong menu Start"
LangString SecDesktop ${LANG_VIETNAMESE} "Lối tắt trên màn hình nền (Desktop)"
LangString RunNow ${LANG_VIETNAMESE} "Mở ${APP_NAME} ngay"
LangString AppRunning ${LANG_VIETNAMESE} "${APP_NAME} đang mở. Hãy đóng mọi cửa sổ ${APP_NAME} (bài đang viết đã được tự động lưu), rồi bấm Retry (Thử lại).$\r$\n$\r$\nBấm Cancel (Hủy) để dừng lại; máy tính chưa bị thay đổi gì."
LangString NotWritable ${LANG_VIETNAMESE} "Không ghi được vào thư mục:$\r$\n$INSTDIR$\r$\n$\r$\nTài khoản của bạn không có quyền ghi ở đây, hoặc ổ đĩa chỉ cho đọc. Hãy chọn một thư mục khác, ví dụ thư mục mặc định:$\r$\n$LOCALAPPDATA\Programs\TinBai"
LangString DiskFull ${LANG_VIETNAMESE} "Ổ đĩa không đủ chỗ trống để cài ${APP_NAME}.$\r$\n$\r$\nCần khoảng $R1 MB, hiện chỉ còn $R2 MB trên ổ chứa thư mục:$\r$\n$INSTDIR$\r$\n$\r$\nHãy xoá bớt tệp không cần (hoặc dọn Thùng rác), hay chọn ổ đĩa khác, rồi thử lại. Máy tính chưa bị thay đổi gì."
LangString InvalidFolder ${LANG_VIETNAMESE} "Đường dẫn thư mục không hợp lệ:$\r$\n$INSTDIR$\r$\n$\r$\nHãy chọn một thư mục khác (mặc định: $LOCALAPPDATA\Programs\TinBai)."
LangString FileWriteError ${LANG_VIETNAMESE} "Không ghi được tệp:$\r$\n$\r$\n$0$\r$\n$\r$\nCó thể ổ đĩa đã đầy, ${APP_NAME} vẫn đang mở, hoặc phần mềm diệt virus đang giữ tệp này.$\r$\nBấm Abort (Hủy bỏ) để dừng cài đặt, Retry (Thử lại) sau khi đã xử lý, hoặc Ignore (Bỏ qua) để bỏ qua tệp này (không nên)."
LangString FileWriteErrorNoIgnore ${LANG_VIETNAMESE} "Không ghi được tệp:$\r$\n$\r$\n$0$\r$\n$\r$\nCó thể ổ đĩa đã đầy, ${APP_NAME} vẫn đang mở, hoặc phần mềm diệt virus đang giữ tệp này.$\r$\nBấm Retry (Thử lại) sau khi đã xử lý, hoặc Cancel (Hủy) để dừng cài đặt."
LangString FilesIncomplete ${LANG_VIETNAMESE} "Một số tệp của ${APP_NAME} chưa được ghi vào:$\r$\n$INSTDIR$\r$\n$\r$\nChương trình sẽ không chạy đúng. Hãy kiểm tra chỗ trống trên ổ đĩa, đóng ${APP_NAME} rồi chạy lại bộ cài đặt."
LangString UninstallerFailed ${LANG_VIETNAMESE} "Không tạo được chương trình gỡ cài đặt trong $INSTDIR. Ổ đĩa có thể đã đầy."
LangString NewerInstalled ${LANG_VIETNAMESE} "Máy này đã có ${APP_NAME} $R0, mới hơn bản ${VERSION} này.$\r$\n$\r$\nBấm OK để vẫn cài bản ${VERSION} (thay bản mới hơn), hoặc Cancel (Hủy) để giữ nguyên."
LangString UnComponentsTop ${LANG_VIETNAMESE} "Chương trình sẽ được gỡ khỏi máy. Dữ liệu của bạn (bài đang viết, ảnh đã thêm, hồ sơ tác giả, cài đặt, trong ${DATA_DIR}) được giữ lại, trừ khi bạn đánh dấu ô dưới đây. Các bài đã đóng gói trong Documents\TinBai luôn được giữ."
LangString UnSecProgram ${LANG_VIETNAMESE} "Chương trình ${APP_NAME}"
LangString UnSecData ${LANG_VIETNAMESE} "Xoá cả dữ liệu của tôi"

; -- is TinBài running? -----------------------------------------------------------------------
!macro TINBAI_WAIT_UNTIL_CLOSED UN
Function ${UN}WaitUntilClosed
  Push $0
  Push $1
  retry:
    ; A handle means the app holds the marker; "access denied" also means it exists.
    System::Call 'kernel32::OpenMutexW(i ${SYNCHRONIZE}, i 0, w "${MUTEX_NAME}") p .r0 ?e'
    Pop $1
    ${If} $0 <> 0
      System::Call 'kernel32::CloseHandle(p r0)'
    ${EndIf}
    ${If} $0 <> 0
    ${OrIf} $1 = ${ERROR_ACCESS_DENIED}
      MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(AppRunning)" /SD IDCANCEL IDRETRY retry
      Pop $1
      Pop $0
      Abort
    ${EndIf}
  Pop $1
  Pop $0
FunctionEnd
!macroend
!insertmacro TINBAI_WAIT_UNTIL_CLOSED ""
!insertmacro TINBAI_WAIT_UNTIL_CLOSED "un."

; -- install ----------------------------------------------------------------------------------
Section "!$(SecProgram)" SecProgram
  SectionIn RO
  Call WaitUntilClosed  ; again: it may have been started while the pages were shown

  ; A folder we cannot write to, or too little space: say so before anything is changed
  ; (the directory page checked too, but a silent install with /D= skips it).
  Call CheckInstallFolder
  ${If} $0 != ""
    MessageBox MB_OK|MB_ICONSTOP "$0" /SD IDOK
    Abort
  ${EndIf}

  ; Upgrade in place: the previous version's program files go, so that no stale library or
  ; Qt plugin of an older build is left beside the new ones. Only our own names are removed.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\${CLI_EXE}"

  SetOutPath "$INSTDIR"
  SetOverwrite on
  ClearErrors
  File /r "${SRCDIR}\*"
  ${If} ${Errors}  ; a file the user chose to skip (Ignore)
    MessageBox MB_OK|MB_ICONSTOP "$(FilesIncomplete)" /SD IDOK
    Abort
  ${EndIf}

  ClearErrors
  WriteUninstaller "$INSTDIR\${UNINSTALLER}"
  ${If} ${Errors}
    MessageBox MB_OK|MB_ICONSTOP "$(UninstallerFailed)" /SD IDOK
    Abort
  ${EndIf}

  ; Add/Remove Programs, for this user only.
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE},0"
  WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" '"$INSTDIR\${UNINSTALLER}"'
  WriteRegStr HKCU "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\${UNINSTALLER}" /S'
  WriteRegStr HKCU "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINST_KEY}" "EstimatedSize" $0
SectionEnd

Section "$(SecStartMenu)" SecStartMenu
  SectionIn RO
  CreateShortcut "$SMPROGRAMS\${SHORTCUT}" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0
SectionEnd

Section "$(SecDesktop)" SecDesktop
  CreateShortcut "$DESKTOP\${SHORTCUT}" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0
SectionEnd

Section "-RemoveUnwantedDesktopShortcut"
  ${IfNot} ${SectionIsSelected} ${SecDesktop}
    Delete "$DESKTOP\${SHORTCUT}"  ; an upgrade where the user no longer wants it
  ${EndIf}
SectionEnd

; $0 = "" when $INSTDIR can be written and has room for the program, else the message.
Function CheckInstallFolder
  StrCpy $0 ""
  ClearErrors
  CreateDirectory "$INSTDIR"
  ${If} ${Errors}
    StrCpy $0 "$(NotWritable)"
    Return
  ${EndIf}
  ClearErrors
  FileOpen $1 "$INSTDIR\.tinbai-ghi-thu.tmp" w
  ${If} ${Errors}
    RMDir "$INSTDIR"  ; only if empty (we may have just made it)
    StrCpy $0 "$(NotWritable)"
    Return
  ${EndIf}
  FileClose $1
  Delete "$INSTDIR\.tinbai-ghi-thu.tmp"
  SectionGetSize ${SecProgram} $R1  ; KB
  System::Call 'kernel32::GetDiskFreeSpaceExW(w "$INSTDIR", *l .r2, *l .r3, *l .r4) i .r1'
  ${If} $1 <> 0
    System::Int64Op $2 / 1024
    Pop $R2  ; free KB
    System::Int64Op $R2 < $R1
    Pop $3
    ${If} $3 <> 0
      RMDir "$INSTDIR"  ; only if empty (a fresh install)
      IntOp $R1 $R1 / 1024
      IntOp $R1 $R1 + 1
      System::Int64Op $R2 / 1024
      Pop $R2
      StrCpy $0 "$(DiskFull)"
    ${EndIf}
  ${EndIf}
FunctionEnd

Function DirectoryLeave
  GetInstDirError $0
  ${If} $0 = 1
    MessageBox MB_OK|MB_ICONEXCLAMATION "$(InvalidFolder)"
    Abort  ; stay on the page
  ${EndIf}
  Call CheckInstallFolder
  ${If} $0 != ""
    MessageBox MB_OK|MB_ICONEXCLAMATION "$0"
    Abort
  ${EndIf}
FunctionEnd

Function .onInit
  Call WaitUntilClosed
  ; An upgrade keeps the user's earlier choice of a desktop shortcut.
  ReadRegStr $R0 HKCU "${UNINST_KEY}" "InstallLocation"
  ${If} $R0 != ""
  ${AndIfNot} ${FileExists} "$DESKTOP\${SHORTCUT}"
    !insertmacro UnselectSection ${SecDesktop}
  ${EndIf}
  ; Installing an older version over a newer one is allowed, but only when asked for.
  ReadRegStr $R0 HKCU "${UNINST_KEY}" "DisplayVersion"
  ${If} $R0 != ""
    ${VersionCompare} "$R0" "${VERSION}" $R1
    ${If} $R1 = 1
      MessageBox MB_OKCANCEL|MB_ICONQUESTION "$(NewerInstalled)" /SD IDOK IDOK +2
      Abort
    ${EndIf}
  ${EndIf}
FunctionEnd

; -- uninstall --------------------------------------------------------------------------------
Section "!un.$(UnSecProgram)" UnSecProgram
  SectionIn RO
  Call un.WaitUntilClosed
  Delete "$SMPROGRAMS\${SHORTCUT}"
  Delete "$DESKTOP\${SHORTCUT}"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
  Delete "$INSTDIR\${UNINSTALLER}"
  RMDir "$INSTDIR"  ; only if empty: never a folder holding files that are not ours
  DeleteRegKey HKCU "${UNINST_KEY}"
SectionEnd

Section /o "un.$(UnSecData)" UnSecData
  RMDir /r "${DATA_DIR}"
SectionEnd

Function un.onInit
  Call un.WaitUntilClosed
FunctionEnd
