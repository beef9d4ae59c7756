"""Pure-Python core: never imports Qt or desktop.ui, so every part runs and is tested headless."""
