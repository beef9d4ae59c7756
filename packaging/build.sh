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

# Wheels ship native code with debug info (ctranslate2's extension: 68 MB, 1.3 MB without;
# libpython): strip the .debug sections of exactly those files. Never touch the others: strip
# rewrites the file, and libraries patched by auditwheel (numpy's OpenBLAS) then fail to load.
if command -v strip >/dev/null && command -v readelf >/dev/null; then
  find dist/replybridge -type f \( -name '*.so' -o -name '*.so.*' \) -print0 |
    while IFS= read -r -d '' lib; do
      # grep without -q reads all of readelf's output: with -q, readelf could die of SIGPIPE
      # and pipefail would read that as "no debug info" (libpython kept its 16 MB that way).
      if readelf -S "$lib" 2>/dev/null | grep '\.debug_info' >/dev/null; then
        strip --strip-debug "$lib"
      fi
    done
else
  echo "strip/readelf (binutils) not found: the bundle keeps its debug info (~85 MB more)" >&2
fi

# Libraries only the dropped GTK theme plugin needed (cairo, pango, gio, krb5...: ~12 MB).
if [ "$(uname -s)" = Linux ] && command -v readelf >/dev/null; then
  $PY packaging/prune_libs.py dist/replybridge/_internal
fi

tar -C dist -czf "dist/replybridge-${VERSION}-linux-${ARCH}.tar.gz" replybridge
packaging/make_deb.sh "$VERSION" "$ARCH"
du -sm dist/replybridge | awk '{print "bundle size: " $1 " MB (goal <= 300 MB)"}'
ls -la dist/*.tar.gz dist/*.deb
