# Tally: two commands for a new user, `make report` and `make test`.
# Everything runs inside .venv, created from the pinned requirements.txt.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
KERNEL := tally

.PHONY: setup native report test lab fetch claims bench fuzz mutate clean help

help:
	@echo "make report  - set up, then build every default report offline (reports/)"
	@echo "make test    - set up, then run the whole test suite"
	@echo "make lab     - JupyterLab on the project's kernel"
	@echo "make fetch   - import every dataset from the offline mirror ../shared/data into data/raw/"
	@echo "make bench   - run the benchmarks and write benchmarks/results.md (about an hour: 1,000,000 articles)"
	@echo "make mutate  - mutation testing of the core modules (mutmut; 40 to 60 minutes): benchmarks/mutation.md"
	@echo "make setup   - create .venv, install the pinned packages and compile the extractor"

setup: $(STAMP) native

$(STAMP): requirements.txt pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	$(BIN)/python -m ipykernel install --prefix $(VENV) --name $(KERNEL) --display-name "Tally (project)" >/dev/null
	@touch $(STAMP)

# The English extraction modules compiled with mypyc into build/native (analysis/claims/native.py): done again
# only when their sources changed (a digest check, well under a second). Without a C compiler it says so and
# the extractor runs as plain Python, the same claims more slowly.
native: $(STAMP)
	@$(BIN)/python -m analysis.claims.native_build || echo "(continuing with the plain Python extractor)"

report: setup
	$(BIN)/python -m analysis build

# pytest exits 5 when it collects nothing: that is a failure, not a pass.
test: setup
	@$(BIN)/python -m pytest $(PYTEST_ARGS); rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "pytest collected no tests: failing"; exit 1; fi; exit $$rc

# The kernel is (re-)registered if missing; as root, Jupyter needs --allow-root.
lab: setup
	@test -f $(VENV)/share/jupyter/kernels/$(KERNEL)/kernel.json || \
		$(BIN)/python -m ipykernel install --prefix $(VENV) --name $(KERNEL) --display-name "Tally (project)" >/dev/null
	$(BIN)/jupyter lab --notebook-dir=notebooks --ip=127.0.0.1 $$( [ "$$(id -u)" = 0 ] && echo --allow-root )

fetch: setup
	$(BIN)/python -m analysis fetch --mirror ../shared/data

claims: setup
	$(BIN)/python -m analysis claims build

bench: setup
	$(BIN)/python -m benchmarks

fuzz: setup
	TALLY_FUZZ_EXAMPLES=100000 $(BIN)/python -m pytest tests/test_extract_properties.py tests/test_fuzz.py -q --durations=10

# Mutation testing of the core modules (slow; not part of make test). mutmut and its packages come from
# requirements-mutate.txt, installed into .venv with requirements.txt's pins kept. MODULES=verdict ... for some.
mutate: setup
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-mutate.txt -c requirements.txt
	nice -n 10 $(BIN)/python -m benchmarks.mutate $(MODULES)

clean:
	rm -rf reports/*/ reports/index.html .pytest_cache
