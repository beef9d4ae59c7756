# ReplyBridge: `make run` opens the app, `make test` runs the whole suite. Both create .venv.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# LibreTranslate (the team server) pins old Flask: it gets its own venv, used by integration tests.
LT_VENV := .venv-libretranslate
LT_STAMP := $(LT_VENV)/.installed
export QT_QPA_PLATFORM ?= offscreen
export ORT_DISABLE_TELEMETRY := 1

.PHONY: run test bench lint translations package test-package clean train-suggest

$(STAMP): pyproject.toml
	test -x $(BIN)/pip || $(PY) -m venv --clear $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $(STAMP)

$(LT_STAMP):
	test -x $(LT_VENV)/bin/pip || $(PY) -m venv --clear $(LT_VENV)
	$(LT_VENV)/bin/pip install -q 'libretranslate>=1.9,<2'
	touch $(LT_STAMP)

translations: $(STAMP)
	$(BIN)/python -m desktop.ui.i18n_build

run: $(STAMP) translations
	QT_QPA_PLATFORM= $(BIN)/replybridge

lint: $(STAMP)
	$(BIN)/lint-imports
	$(BIN)/ruff check desktop tests packaging
	$(BIN)/mypy

test: $(STAMP) $(LT_STAMP) translations lint
	LIBRETRANSLATE_VENV=$(CURDIR)/$(LT_VENV) $(BIN)/python -m pytest $(PYTEST_ARGS)

bench: $(STAMP) translations
	$(BIN)/python -m tests.bench $(BENCH)

# The template-suggestion model (desktop/core/suggest/model.npz) from tests/data/suggest/train/.
train-suggest: $(STAMP)
	$(BIN)/python -m desktop.core.suggest.train

package: $(STAMP) translations
	$(BIN)/pip install -q -e '.[package]'
	packaging/build.sh $(PACKS)

test-package: package
	$(BIN)/python packaging/smoke_test.py dist/replybridge

clean:
	rm -rf $(VENV) $(LT_VENV) build dist translations/*.qm
