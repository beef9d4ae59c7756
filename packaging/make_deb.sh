#!/usr/bin/env bash
# Wraps dist/replybridge into a .deb: /opt/replybridge, /usr/bin link, .desktop entry and icon.
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=$1
ARCH=$2
ROOTFS=build/deb/replybridge_${VERSION}_${ARCH}
rm -rf "$ROOTFS"
mkdir -p "$ROOTFS/DEBIAN" "$ROOTFS/opt" "$ROOTFS/usr/bin" "$ROOTFS/usr/share/applications" \
  "$ROOTFS/usr/share/icons/hicolor/256x256/apps"
cp -a dist/replybridge "$ROOTFS/opt/replybridge"
ln -s /opt/replybridge/replybridge "$ROOTFS/usr/bin/replybridge"
install -m 644 packaging/replybridge.desktop "$ROOTFS/usr/share/applications/replybridge.desktop"
install -m 644 build/icon/replybridge.png "$ROOTFS/usr/share/icons/hicolor/256x256/apps/replybridge.png"
SIZE_KB=$(du -sk "$ROOTFS" | cut -f1)
cat > "$ROOTFS/DEBIAN/control" <<CONTROL
Package: replybridge
Version: ${VERSION}
Section: utils
Priority: optional
Architecture: ${ARCH}
Installed-Size: ${SIZE_KB}
Maintainer: ReplyBridge team <it@replybridge.invalid>
Depends: libc6 (>= 2.34), libegl1, libgl1, libfontconfig1, libdbus-1-3, libxkbcommon-x11-0, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-image0, libxcb-render-util0, libxcb-shape0, libxcb-randr0, libxcb-xkb1
Recommends: fonts-noto-cjk, gnome-keyring
Description: Offline translation and reply templates for crypto support agents
 Detects the customer's language, translates offline with Argos language packs,
 applies a crypto glossary and fills checked reply templates.
CONTROL
dpkg-deb --root-owner-group -Zzstd --build "$ROOTFS" "dist/replybridge_${VERSION}_${ARCH}.deb" >/dev/null
