# One task runner for developers, CI and operators. `make help` lists the targets.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export WIRE_KAFKA_BOOTSTRAP ?= 127.0.0.1:9092

.PHONY: help install run feed broker-start broker-stop broker-status lint typecheck test test-fast test-kafka bench schemas clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-14s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP) ## create .venv and install the service with its dev tools

broker-start: ## start the local Kafka broker (127.0.0.1:9092, SASL on 9094)
	scripts/kafka-local start

broker-stop: ## stop the local Kafka broker
	scripts/kafka-local stop

broker-status: ## is the local broker running?
	scripts/kafka-local status

run: install broker-start ## start the broker and the service, and feed the samples/ stories
	@( for i in $$(seq 1 60); do \
	     curl -fsS "http://127.0.0.1:$${WIRE_HTTP_PORT:-8080}/readyz" >/dev/null 2>&1 && break; sleep 1; \
	   done; $(BIN)/wire-ingest produce --quiet --key samples samples/ ) &
	WIRE_LOG_FORMAT=$${WIRE_LOG_FORMAT:-console} $(BIN)/wire-ingest run

feed: install ## publish the samples/ stories to the input topic
	$(BIN)/wire-ingest produce --key samples samples/

lint: install ## ruff (lint and format check)
	$(BIN)/ruff check service tests bench
	$(BIN)/ruff format --check service tests bench

typecheck: install ## mypy --strict on the service
	$(BIN)/mypy service

test-fast: install ## unit and property tests (no broker)
	$(BIN)/pytest -m "not kafka"

test-kafka: install ## tests against a real Kafka broker (each session starts its own)
	$(BIN)/pytest -m kafka

test: lint typecheck test-fast test-kafka ## everything CI runs

bench: install ## benchmarks (ratios against baselines run in the same script)
	@for b in bench/bench_*.py; do echo "== $$b"; $(BIN)/python $$b; done

schemas: install ## regenerate schemas/ (JSON Schemas from the models, AsyncAPI document)
	$(BIN)/wire-ingest schemas export
	$(BIN)/python -m service.contracts

clean: ## remove caches and build output (not the venv, not the broker jars)
	rm -rf .pytest_cache .mypy_cache .ruff_cache build dist *.egg-info
