# cleaner: `make clean` cleans a corpus (CORPUS -> OUT); `make test` runs every check.
PYTHON ?= python3
VENV   ?= .venv
CORPUS ?= seeds
OUT    ?= out
ARGS   ?=
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
#: The modules mypyc compiles (cleaner/compiled.py's MODULES; tests/test_compiled.py checks the two agree).
COMPILED_SOURCES := cleaner/autosegment.py cleaner/core.py cleaner/engine/apply.py cleaner/engine/edits.py \
  cleaner/engine/kinds.py cleaner/engine/limits.py cleaner/encoding.py cleaner/guard.py cleaner/memo.py cleaner/pipeline.py \
  cleaner/ruleset/compiler.py cleaner/ruleset/literals.py cleaner/segment.py cleaner/unwrap.py
COMPILED := $(VENV)/.compiled

.PHONY: venv clean test rules-lint rules-test lint fmt typecheck eval bench distclean

venv: $(STAMP) $(COMPILED)

$(STAMP): pyproject.toml core/Cargo.toml core/Cargo.lock core/src/lib.rs core/src/tables.rs
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@# The compiled core (cleaner.core): built where cargo is, unless CLEANER_CORE=off.
	if command -v cargo >/dev/null 2>&1 && [ "$${CLEANER_CORE:-}" != off ]; then \
	  $(BIN)/python -m pip install --quiet ./core \
	  || echo "cleaner: the compiled core did not build (see above): the pure-Python engine runs"; \
	else echo "cleaner: no Rust toolchain (or CLEANER_CORE=off): the pure-Python engine runs"; fi
	touch $(STAMP)

$(COMPILED): $(STAMP) cleaner/compiled.py tools/build_compiled.py $(COMPILED_SOURCES)
	@# The hot modules compiled with mypyc (cleaner.compiled): where a C compiler is, unless
	@# CLEANER_CORE=off or CLEANER_COMPILED=off. A failed build leaves the sources to run.
	if command -v cc >/dev/null 2>&1 && [ "$${CLEANER_CORE:-}" != off ] && [ "$${CLEANER_COMPILED:-}" != off ]; then \
	  $(BIN)/python tools/build_compiled.py || true; \
	else echo "cleaner: no C compiler (or CLEANER_CORE/CLEANER_COMPILED=off): the modules run from their sources"; fi
	touch $(COMPILED)

clean: venv  ## clean the corpus CORPUS into OUT (a directory, or OUT.jsonl)
	$(BIN)/cleaner clean $(CORPUS) -o $(OUT) $(ARGS)

rules-lint: venv
	$(BIN)/cleaner rules lint rules

rules-test: venv
	$(BIN)/cleaner rules test rules

test: rules-lint rules-test
	$(BIN)/python -m pytest

lint: venv
	$(BIN)/ruff check cleaner tests tools
	$(BIN)/ruff format --check cleaner tests tools

fmt: venv
	$(BIN)/ruff format cleaner tests tools
	$(BIN)/ruff check --fix cleaner tests tools

typecheck: venv
	$(BIN)/mypy

eval: venv  ## score HTML, metadata, segmentation, the text sets and learned rules on ../shared/eval-dev (says so if it is missing)
	$(BIN)/python tools/eval_html.py
	$(BIN)/python tools/eval_metadata.py
	$(BIN)/python tools/eval_segments.py
	$(BIN)/python tools/eval_segments.py --false-splits
	$(BIN)/python tools/eval_segments.py --text
	$(BIN)/python tools/eval_learn.py
	$(BIN)/python tools/eval_salted.py
	$(BIN)/python tools/train_line_model.py
	$(BIN)/python tools/core_diff.py

bench: venv  ## speed, scaling and memory against baselines measured in the same run (BENCH_MB=3 for a smoke run)
	$(BIN)/python tools/bench.py

distclean:  ## delete build products and the virtualenv (not the corpus output)
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache cleaner/_compiled
