; Included by electron-builder's NSIS template (nsis.include in electron-builder.yml).
; Factory PCs rarely grant admin rights: skip the "install for anyone / only for me" page and
; always install for the current user, under %LOCALAPPDATA%\Programs, without a UAC prompt.
!macro customInstallMode
  StrCpy $isForceCurrentInstall "1"
!macroend
