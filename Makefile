# The two commands a newcomer needs: `make run` and `make test`. See README.md.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
CHROMIUM := /usr/bin/chromium

.PHONY: run test lint bench install browser messages check-messages clean

$(BIN)/teekond: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[test]"
	touch $@

install: $(BIN)/teekond

# The mail queue's worker runs beside the development server and stops with it; mail is printed on the
# console unless EMAIL_URL names a server.
run: install
	$(BIN)/teekond migrate --noinput
	$(BIN)/teekond seed
	$(BIN)/teekond db_worker --no-reload & worker=$$!; trap 'kill $$worker' EXIT INT TERM; \
	$(BIN)/teekond runserver 127.0.0.1:$(PORT)

# Browser tests drive Debian's Chromium; install it when it is missing (needs root, as on CI).
browser:
	@test -x $(CHROMIUM) || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium)

test: install browser
	cd teekond && ../$(BIN)/teekond compilemessages --verbosity 0
	$(BIN)/teekond check --fail-level WARNING
	$(BIN)/teekond makemigrations --check --dry-run
	$(BIN)/teekond terms check --files-only
	$(BIN)/pytest -n auto --dist worksteal

# Performance figures (never timed unit tests): public pages and a live workshop board under gunicorn, over loopback.
bench: install
	$(BIN)/python bench/pages.py
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
