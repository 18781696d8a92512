# DigiKom KG — one task file for people and CI. `make help` lists the targets.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
KG_STORE ?= var/store
export KG_STORE

.DEFAULT_GOAL := help

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

install: $(BIN)/.installed ## Create .venv and install the project with its test tools

serve: install ## Build the graph from the bundled sources and serve it at http://127.0.0.1:8000
	$(BIN)/kg build --sources-file data/sources.yaml
	$(BIN)/kg serve

test: install lint typecheck ## Run lint, type checks and the whole test suite
	$(BIN)/python -m pytest

lint: install ## ruff lint and format check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: install ## mypy --strict on kg and loaders
	$(BIN)/mypy

format: install ## Reformat the code with ruff
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

$(BIN)/.bench-installed: $(BIN)/.installed
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	touch $@

bench: $(BIN)/.bench-installed ## Benchmark kg serve against oxigraph serve (BENCH_ARGS="--triples 1000000")
	$(BIN)/python bench/run.py $(BENCH_ARGS)

clean: ## Remove the virtual environment, the store and caches
	rm -rf $(VENV) var .mypy_cache .ruff_cache .pytest_cache

.PHONY: help install serve test lint typecheck format bench clean
