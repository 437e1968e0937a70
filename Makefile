# Two commands do all set-up on a fresh machine: `make run` and `make test`.
# Both create .venv when missing and install the pinned dependencies (spaCy model included).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test bench report clean-outputs

$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/claims run corpus/ --out outputs/

test: $(STAMP)
	$(BIN)/python -m pytest

# throughput (a/b/c/d words/s at 300 and 150 articles, a timeline of a 2-worker run, peak RSS
# at N and 10N), then near-duplicate scaling at 10k and
# 100k synthetic articles (signatures in 2 processes, one clustering pass).
bench: $(STAMP)
	$(BIN)/python bench/throughput.py
	$(BIN)/python bench/dedup_scale.py --sizes 10000 100000 --workers 2 --skip-serial

clean-outputs:
	rm -rf outputs/*.parquet outputs/manifest.json outputs/.cache
