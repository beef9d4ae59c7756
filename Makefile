# ReplyBridge: `make run` opens the app, `make test` runs the whole suite. Both create .venv.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export QT_QPA_PLATFORM ?= offscreen
export ORT_DISABLE_TELEMETRY := 1

.PHONY: run test bench lint translations package test-package clean

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $(STAMP)

translations: $(STAMP)
	$(BIN)/python -m desktop.ui.i18n_build

run: $(STAMP) translations
	QT_QPA_PLATFORM= $(BIN)/replybridge

test: $(STAMP) translations
	$(BIN)/lint-imports
	$(BIN)/ruff check desktop tests
	$(BIN)/python -m pytest $(PYTEST_ARGS)

bench: $(STAMP) translations
	$(BIN)/python -m tests.bench

clean:
	rm -rf $(VENV) build dist desktop/ui/i18n/*.qm
