"""Finds the system libraries, fonts and tools `make run` / `make test` need, and installs them.

Run by the Makefile with the project's venv Python (standard library only):
    python packaging/ensure_system.py --for run|test|package [--check]
On Debian/Ubuntu the missing packages are installed with apt-get (through sudo when not root),
saying which and why; elsewhere, or with --check, the missing pieces are listed and the exit
status is 1. Nothing is installed, and apt-get is not even updated, when nothing is missing.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

# Shared objects Qt's widgets and xcb platform plugin link against, by Debian package (names
# that the policy rule in `guess_package` would get wrong, and the usual ones for speed).
SONAME_PACKAGES = {
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libGLX.so.0": "libglx0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libICE.so.6": "libice6",
    "libSM.so.6": "libsm6",
}
# Scripts of the shipped content that the default fonts do not cover: (fc-list :lang=, package).
FONTS = (
    ("zh", "fonts-noto-cjk", "Chinese UI and content; Japanese and Korean glossary terms"),
    ("th", "fonts-tlwg-loma-otf", "Thai glossary terms and customer messages"),
    ("ar", "fonts-dejavu-core", "Arabic customer messages"),
)
# Programs the tests start: (program, Debian package, why).
TEST_TOOLS = (
    ("Xvfb", "xvfb", "the clipping screenshots run on a real X server (tests/ui/test_screenshots)"),
    ("dbus-daemon", "dbus-daemon", "a private session bus for the keyring tests"),
    ("gnome-keyring-daemon", "gnome-keyring", "a real Secret Service for the keyring tests"),
)
# Programs `make package` uses: (program, Debian package, why).
PACKAGE_TOOLS = (
    ("strip", "binutils", "takes the debug info out of the bundle (~85 MB)"),
    ("readelf", "binutils", "finds debug info and libraries nothing links against"),
    ("dpkg-deb", "dpkg", "builds the .deb"),
)
# Qt libraries whose dependencies `make run` needs: the xcb plugin, and what it loads.
QT_FILES = (
    "plugins/platforms/libqxcb.so",
    "lib/libQt6XcbQpa.so.6",
    "lib/libQt6Gui.so.6",
    "lib/libQt6Widgets.so.6",
    "lib/libQt6DBus.so.6",
)


@dataclass(frozen=True)
class Missing:
    """One missing piece: what, the Debian package that provides it, and why we need it."""

    what: str
    package: str
    why: str


def guess_package(soname: str) -> str:
    """The Debian package for a shared object: the table, else the library packaging policy.

    Policy: the library name, then its SONAME version, joined by a hyphen when the name ends
    in a digit (libfoo.so.1 -> libfoo1, libxkbcommon-x11.so.0 -> libxkbcommon-x11-0).
    """
    if soname in SONAME_PACKAGES:
        return SONAME_PACKAGES[soname]
    match = re.fullmatch(r"(lib.+?)\.so\.(\d+)(?:\..*)?", soname)
    if not match:
        return soname.lower()
    name, version = match.group(1).lower().replace("_", "-"), match.group(2)
    return f"{name}-{version}" if name[-1].isdigit() else f"{name}{version}"


def parse_ldd(output: str) -> list[str]:
    """The shared objects `ldd` reports as `not found`."""
    return [line.split("=>")[0].strip() for line in output.splitlines() if "not found" in line]


def qt_dir() -> Path | None:
    """PySide6's Qt folder, found without importing PySide6."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "Qt"


def missing_libraries(qt: Path | None) -> list[Missing]:
    if qt is None:
        return []  # PySide6 is not installed yet: pip's job, not ours
    if shutil.which("ldd") is None:
        return [Missing("ldd", "libc-bin", "to find the libraries Qt needs")]
    found: dict[str, Missing] = {}
    for relative in QT_FILES:
        path = qt / relative
        if not path.exists():
            continue
        out = subprocess.run(["ldd", str(path)], capture_output=True, text=True, check=False)
        for soname in parse_ldd(out.stdout):
            found.setdefault(soname, Missing(soname, guess_package(soname),
                                             f"needed by Qt's {path.name}: without it the window "
                                             "cannot open"))  # fmt: skip
    return list(found.values())


def missing_fonts() -> list[Missing]:
    if shutil.which("fc-list") is None:
        return [Missing("fc-list", "fontconfig", "to find fonts (and fonts for every script)")]
    out = []
    for lang, package, why in FONTS:
        listed = subprocess.run(["fc-list", f":lang={lang}", "family"], capture_output=True,
                                text=True, check=False).stdout  # fmt: skip
        if not listed.strip():
            out.append(Missing(f"a font for :lang={lang}", package, why + " show as boxes"))
    return out


def missing_tools(tools: Iterable[tuple[str, str, str]] = TEST_TOOLS) -> list[Missing]:
    return [Missing(prog, pkg, why) for prog, pkg, why in tools if shutil.which(prog) is None]


def find_missing(purpose: str) -> list[Missing]:
    if purpose == "package":
        return missing_tools(PACKAGE_TOOLS)
    missing = missing_libraries(qt_dir()) + missing_fonts()
    if purpose == "test":
        missing += missing_tools()
    return missing


def install_command(packages: Sequence[str], uid: int, sudo: str | None) -> list[list[str]] | None:
    """apt-get update + install, through sudo when not root; None when that is impossible."""
    prefix: list[str] = []
    if uid != 0:
        if sudo is None:
            return None
        prefix = [sudo]
    install = ["apt-get", "install", "-y", "-q", "--no-install-recommends", *packages]
    return [[*prefix, "apt-get", "update", "-q"], [*prefix, *install]]


def report(missing: Sequence[Missing]) -> None:
    for item in missing:
        print(f"  {item.what}: {item.why} (Debian/Ubuntu package: {item.package})", file=sys.stderr)


def ensure(purpose: str, check_only: bool = False) -> int:
    missing = find_missing(purpose)
    if not missing:
        return 0
    packages = sorted({item.package for item in missing})
    print(f"ensure-system: `make {purpose}` needs what this system lacks:", file=sys.stderr)
    report(missing)
    apt = shutil.which("apt-get")
    commands = install_command(packages, os.getuid(), shutil.which("sudo")) if apt else None
    if check_only or commands is None:
        why = (
            "--check"
            if check_only
            else ("not root and no sudo" if apt else "not a Debian/Ubuntu system (no apt-get)")
        )
        print(f"ensure-system: not installing ({why}); install the packages above "
              f"(Debian/Ubuntu: apt-get install {' '.join(packages)}) and run make again",
              file=sys.stderr)  # fmt: skip
        return 1
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    for command in commands:
        print("ensure-system: running " + " ".join(command), file=sys.stderr, flush=True)
        if subprocess.run(command, env=env, check=False).returncode != 0:
            print(f"ensure-system: `{' '.join(command)}` failed", file=sys.stderr)
            return 1
    still = find_missing(purpose)
    if still:
        print("ensure-system: still missing after installing:", file=sys.stderr)
        report(still)
        return 1
    print(f"ensure-system: installed {' '.join(packages)}", file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--for", dest="purpose", choices=["run", "test", "package"], default="run",
        help="run: Qt libraries, fonts; test: also Xvfb, D-Bus, keyring; package: binutils",
    )  # fmt: skip
    parser.add_argument("--check", action="store_true", help="only report, install nothing")
    args = parser.parse_args(argv)
    return ensure(args.purpose, args.check)


if __name__ == "__main__":
    sys.exit(main())
