"""Frozen-app entry point (PyInstaller): the same `main` as the `replybridge` console script."""

import sys

from desktop.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
