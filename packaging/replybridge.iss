; Inno Setup script for Windows. Build the one-folder app first:
;   py -m pip install -e .[package]
;   py -m desktop.ui.i18n_build
;   py packaging\make_icon.py build\icon
;   py -m PyInstaller --noconfirm --distpath dist --workpath build\pyinstaller packaging\replybridge.spec
; then compile this script with Inno Setup 6 (iscc packaging\replybridge.iss).
#define AppName "ReplyBridge"
#define AppVersion "0.1.0"

[Setup]
AppId={{6B1C3F0E-6D0B-4C36-9E1E-2F3B9A7A1B21}
AppName={#AppName}
AppVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
OutputDir=..\dist
OutputBaseFilename=replybridge-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequiredOverridesAllowed=dialog
SetupIconFile=..\build\icon\replybridge.ico

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"

[Files]
Source: "..\dist\replybridge\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\replybridge.exe"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\replybridge.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked
