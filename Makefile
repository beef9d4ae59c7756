# ReplyBridge: `make run` opens the app, `make test` runs the whole suite. Both create .venv and
# install what the system lacks (packaging/ensure_system.py: Qt's libraries, CJK/Thai fonts, and
# for the tests Xvfb, dbus-daemon and gnome-keyring; apt-get on Debian/Ubuntu, a list elsewhere).
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# LibreTranslate (the team server) pins old Flask: it gets its own venv, used by integration tests.
LT_VENV := .venv-libretranslate
LT_STAMP := $(LT_VENV)/.installed
export QT_QPA_PLATFORM ?= offscreen
export ORT_DISABLE_TELEMETRY := 1

.PHONY: run test bench lint translations package test-package clean system-run system-test \
	system-package train-suggest

# The ensure step runs on every `make run`/`make test`: it only looks (ldd, fc-list, which) unless
# something is missing.
ENSURE := $(BIN)/python packaging/ensure_system.py

$(STAMP): pyproject.toml
	@$(PY) -c 'import sys; sys.exit("ReplyBridge needs Python 3.11 or newer (tomllib); $(PY) is " + sys.version.split()[0] + ": make PY=python3.11") if sys.version_info < (3, 11) else None'
	test -x $(BIN)/pip || $(PY) -m venv --clear $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $(STAMP)

$(LT_STAMP):
	test -x $(LT_VENV)/bin/pip || $(PY) -m venv --clear $(LT_VENV)
	$(LT_VENV)/bin/pip install -q 'libretranslate>=1.9,<2'
	touch $(LT_STAMP)

# Before anything runs Qt's tools or the app: the system libraries, fonts and test programs.
system-run system-test system-package: system-%: $(STAMP)
	$(ENSURE) --for $*

translations: $(STAMP)
	$(BIN)/python -m desktop.ui.i18n_build

run: $(STAMP) system-run translations
	QT_QPA_PLATFORM= $(BIN)/replybridge

lint: $(STAMP)
	$(BIN)/lint-imports
	$(BIN)/ruff check desktop tests packaging
	$(BIN)/mypy

# REPLYBRIDGE_FORBID_SKIPS: a skipped test fails the run (green means every check ran).
test: $(STAMP) $(LT_STAMP) system-test translations lint
	REPLYBRIDGE_FORBID_SKIPS=1 LIBRETRANSLATE_VENV=$(CURDIR)/$(LT_VENV) \
	  $(BIN)/python -m pytest $(PYTEST_ARGS)

bench: $(STAMP) translations
	$(BIN)/python -m tests.bench $(BENCH)

# The template-suggestion model (desktop/core/suggest/model.npz) from tests/data/suggest/train/.
train-suggest: $(STAMP)
	$(BIN)/python -m desktop.core.suggest.train

package: $(STAMP) system-package translations
	$(BIN)/pip install -q -e '.[package]'
	packaging/build.sh $(PACKS)

test-package: package
	$(BIN)/python packaging/smoke_test.py dist/replybridge

clean:
	rm -rf $(VENV) $(LT_VENV) build dist translations/*.qm
