# tweetbot: the README's two commands are `make demo` and `make test`.
PYTHON ?= python3.11
VENV ?= .venv
PY := $(VENV)/bin/python

export AIRFLOW_HOME ?= $(CURDIR)/.airflow
export AIRFLOW__CORE__DAGS_FOLDER ?= $(CURDIR)/dags
export AIRFLOW__CORE__PLUGINS_FOLDER ?= $(CURDIR)/plugins
export AIRFLOW__CORE__LOAD_EXAMPLES ?= False
export AIRFLOW__CORE__PARALLELISM ?= 4
export PATH := $(CURDIR)/$(VENV)/bin:$(PATH)

.PHONY: install install-torch demo test lint bench bench-torch bench-gpu clean

install: $(VENV)/.installed

$(VENV)/.installed: requirements.txt requirements-dev.txt constraints.txt pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade "pip>=24"
	$(PY) -m pip install -q -r requirements.txt -r requirements-dev.txt -c constraints.txt -e .
	$(PY) -m pip check
	touch $@

install-torch: $(VENV)/.installed-torch  ## the optional torch model backend (PyTorch) into the same venv

$(VENV)/.installed-torch: $(VENV)/.installed requirements-torch.txt
	$(PY) -m pip install -q -r requirements-torch.txt -c constraints.txt
	$(PY) -m pip check
	touch $@

demo: install  ## the weekly chain on the embedded default (SQLite + local files under AIRFLOW_HOME)
	bash scripts/demo.sh

# pytest-xdist: TEST_WORKERS processes (0: all in this one), whole files per worker, the slowest first.
# Bytecode is written even where the environment says PYTHONDONTWRITEBYTECODE: pytest rewrites the asserts
# of ~380 modules (tests, and its plugins' packages: hypothesis, schemathesis …) in every process, ~3 s of
# CPU each without its cache.
TEST_WORKERS ?= 2

test: install install-torch  ## every test: unit, real data, Postgres, both model backends, dag.test() end to end
	PYTHONDONTWRITEBYTECODE= $(PY) -m pytest -n $(TEST_WORKERS) --dist loadfile --no-loadscope-reorder $(PYTEST_ARGS)

lint: install  ## ruff: pyflakes, import order, bugbear, pyupgrade, blind excepts (rules in pyproject.toml)
	$(VENV)/bin/ruff check .

bench: install  ## printed figures, not tests (needs the local Postgres for bench_post)
	$(PY) bench/bench_dag_parse.py
	$(PY) bench/bench_bots_parse.py
	$(PY) bench/bench_model.py
	$(PY) bench/bench_filters.py
	$(PY) bench/bench_post.py
	$(PY) bench/bench_import.py
	$(PY) bench/bench_ranker.py
	$(PY) bench/bench_metrics.py
	$(PY) bench/bench_cpu_train.py
	$(PY) bench/bench_demo_words.py
	$(PY) bench/bench_generate_cold.py

clean:
	rm -rf $(AIRFLOW_HOME)

bench-torch: install  ## TF (gpt-2-simple) vs PyTorch training tokens/s; torch lives in its own venv .venv-bench
	test -x .venv-bench/bin/python || $(PYTHON) -m venv .venv-bench
	.venv-bench/bin/pip install -q -r requirements-bench.txt
	$(PY) bench/bench_tf_vs_torch.py --bench-python .venv-bench/bin/python
