#!/usr/bin/env bash
# Builds the one-folder app (PyInstaller), then a .tar.gz and a .deb, into dist/.
# Usage: packaging/build.sh [PACKS_DIR]   (PACKS_DIR: .argosmodel files to bundle)
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
VERSION=$($PY -c 'import desktop; print(desktop.__version__)')
ARCH=$(dpkg --print-architecture 2>/dev/null || uname -m)
export RB_PACKS=${1:-}

$PY -m desktop.ui.i18n_build
$PY packaging/make_icon.py build/icon
start=$(date +%s)
$PY -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
  packaging/replybridge.spec
echo "pyinstaller: $(( $(date +%s) - start )) s"

tar -C dist -czf "dist/replybridge-${VERSION}-linux-${ARCH}.tar.gz" replybridge
packaging/make_deb.sh "$VERSION" "$ARCH"
du -sh dist/replybridge | awk '{print "bundle size: " $1}'
ls -la dist/*.tar.gz dist/*.deb
