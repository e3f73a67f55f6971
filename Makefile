# The two commands a newcomer needs: `make run` and `make test`. See README.md.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
UV := $(BIN)/uv
UV_VERSION := 0.13.9
PORT ?= 8000
# Python keeps what it compiles (`__pycache__`): where the environment says not to (PYTHONDONTWRITEBYTECODE, as
# on this project's machines), every process would compile every module it imports again — a second and a
# half of each Django start, and the suite starts hundreds (workers, commands, the production server).
unexport PYTHONDONTWRITEBYTECODE
CHROMIUM := /usr/bin/chromium
# Exact versions with their hashes (`make lock` writes them from pyproject.toml).
RUN_LOCK := requirements/run.txt
TEST_LOCK := requirements/test.txt
# Schemathesis names every generated test alike, which parallel workers cannot tell apart: it runs in a
# process of its own, beside the parallel run, and its log is printed after it. The rate limits' concurrency
# tests take a hundred of PostgreSQL's (default) hundred connections at once: they run alone, after both.
FUZZ := teekond/api/tests/test_fuzz.py
ALONE := teekond/core/tests/test_ratelimit.py
# More pytest arguments for every run, e.g. PYTEST_ARGS="-m 'not production_server'" (see .ci/run).
PYTEST_ARGS ?=
PARALLEL_RUN = $(BIN)/pytest -n auto --dist loadgroup --no-loadscope-reorder --ignore=$(FUZZ) --ignore=$(ALONE) $(PYTEST_ARGS)
FUZZ_RUN = $(BIN)/pytest $(FUZZ) $(PYTEST_ARGS)
ALONE_RUN = $(BIN)/pytest $(ALONE) $(PYTEST_ARGS)

.PHONY: run test lint bench install lock browser wrk messages compiled-messages clean

# The virtual environment with uv, which installs from the lock files in seconds.
$(UV):
	$(PYTHON) -m venv --without-pip $(VENV)
	$(PYTHON) -m pip --python $(BIN)/python install --quiet uv==$(UV_VERSION)

# What running needs, and nothing else; Teekond itself as an editable install.
$(VENV)/.run-installed: $(RUN_LOCK) pyproject.toml | $(UV)
	$(UV) pip install --quiet --python $(BIN)/python --require-hashes -r $(RUN_LOCK)
	$(UV) pip install --quiet --python $(BIN)/python --no-deps -e .
	touch $@

# The test tools on top (pytest, Playwright, schemathesis, ruff, …).
$(VENV)/.test-installed: $(TEST_LOCK) $(VENV)/.run-installed
	$(UV) pip install --quiet --python $(BIN)/python --require-hashes -r $(TEST_LOCK)
	touch $@

install: $(VENV)/.test-installed

# The mail queue's worker runs beside the development server and stops with it; mail is printed on the
# console unless EMAIL_URL names a server.
run: $(VENV)/.run-installed
	$(BIN)/teekond migrate --noinput
	$(BIN)/teekond seed
	$(BIN)/teekond db_worker --no-reload & worker=$$!; trap 'kill $$worker' EXIT INT TERM; \
	$(BIN)/teekond runserver 127.0.0.1:$(PORT)

# Pin every dependency (and its dependencies) from pyproject.toml, with hashes. Versions already in the lock
# files are kept unless pyproject.toml no longer allows them; `make lock UPGRADE=--upgrade` takes the newest.
lock: | $(UV)
	$(UV) pip compile pyproject.toml --quiet --python-version 3.11 --generate-hashes $(UPGRADE) -o $(RUN_LOCK)
	$(UV) pip compile pyproject.toml --quiet --python-version 3.11 --generate-hashes $(UPGRADE) --extra test \
		--constraint $(RUN_LOCK) -o $(TEST_LOCK)

# Browser tests drive Debian's Chromium; install it when it is missing (needs root, as on CI).
browser:
	@test -x $(CHROMIUM) || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium)

# Django's checks, the migrations check and the termbase check are tests in the suite (teekond/tests,
# teekond/terms/tests), run by its workers rather than one after another before it. Two `make test` may run
# at once (e.g. on two databases in one checkout): the catalogues are compiled by one of them under a lock,
# and each keeps its schemathesis log apart.
test: install browser
	@mkdir -p data; flock data/.messages.lock $(MAKE) --no-print-directory compiled-messages
	@fuzz_log=$$(mktemp); $(FUZZ_RUN) > $$fuzz_log 2>&1 & fuzz=$$!; \
	$(PARALLEL_RUN); main=$$?; \
	wait $$fuzz; fuzzed=$$?; echo "== $(FUZZ)"; cat $$fuzz_log; rm -f $$fuzz_log; \
	$(ALONE_RUN); alone=$$?; \
	test $$main -eq 0 && test $$fuzzed -eq 0 && test $$alone -eq 0

# The message catalogues the running code reads, compiled where their source is newer (GNU gettext's msgfmt, as
# Django's compilemessages runs it, without starting Django).
MESSAGES := $(patsubst %.po,%.mo,$(wildcard teekond/locale/*/LC_MESSAGES/django.po))
compiled-messages: $(MESSAGES)
%.mo: %.po
	msgfmt --check-format -o $@ $<

wrk:
	@command -v wrk >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk)

# Performance figures (never timed unit tests), under the README's production server, over loopback.
bench: install wrk
	$(BIN)/python bench/pages.py
	$(BIN)/python bench/search.py
	$(BIN)/python bench/booklet.py
	$(BIN)/python bench/workshop.py
	BENCH_CLIENT=api $(BIN)/python bench/workshop.py

lint: install
	$(BIN)/ruff check .

# Rebuild the message catalogues after changing UI strings (needs GNU gettext).
messages: install
	cd teekond && ../$(BIN)/teekond makemessages --all --no-location --no-obsolete --ignore=tests
	cd teekond && ../$(BIN)/teekond compilemessages

clean:
	rm -rf $(VENV) data
