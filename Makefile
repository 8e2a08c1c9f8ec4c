# akn-pipeline: `make` installs into .venv and converts input/*.txt, *.pdf and *.xml (AKN) into output/; `make test` runs the tests.
# Batch conversion is ordinary make: `make -j4` converts four documents at a time.
.DELETE_ON_ERROR:
.PHONY: all install test eval bench fuzz check-outputs screenshots clean distclean FORCE

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# Outputs are redone when the tool itself changes, not only the input.
TOOL   := $(STAMP) $(wildcard pipeline/*.py pipeline/*/*.py pipeline/export/templates/*)

# Texts, PDFs and AKN files (an AKN file is published as it is).
INPUTS  := $(wildcard input/*.txt input/*.pdf input/*.xml)
NAMES   := $(sort $(patsubst %.akn,%,$(basename $(notdir $(INPUTS)))))
FORMATS := akn.xml html pdf docx epub
OUTPUTS := $(foreach n,$(NAMES),$(foreach f,$(FORMATS),output/$(n).$(f)))

MISSING := $(filter-out $(wildcard $(OUTPUTS)),$(OUTPUTS))

# The batch: one `akn convert` takes every out-of-date document (it keeps its own per-document
# manifest, so only changed inputs are redone) and uses all cores; make -j stays correct.
all: output/.converted

output/.converted: $(INPUTS) $(TOOL) $(if $(MISSING),FORCE)
	$(BIN)/akn convert input -o output --to akn,html,pdf,docx,epub
	@touch $@

FORCE:

install: $(STAMP)

# Debian packages: the fonts the PDFs embed (Latin/Cyrillic/Arabic/Chinese), poppler for PDF checks,
# Chromium for the HTML tests, LibreOffice for the DOCX check, Java for epubcheck.
SYSTEM_PACKAGES := fonts-noto-core fonts-liberation fonts-noto-cjk fonts-dejavu-core poppler-utils chromium libreoffice-writer-nogui
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo -n)

$(STAMP): pyproject.toml
	@missing=$$(for p in $(SYSTEM_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	command -v java >/dev/null || missing="$$missing default-jre-headless"; \
	if [ -n "$$(echo $$missing)" ]; then \
	  echo "installing Debian packages:" $$missing; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq \
	    --no-install-recommends $$missing >/dev/null || { echo "could not install:" $$missing; exit 1; }; \
	fi
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

output/%.akn.xml: input/%.txt $(TOOL)
	@mkdir -p output
	$(BIN)/akn parse $< -o $@

output/%.akn.xml: input/%.pdf $(TOOL)
	@mkdir -p output
	$(BIN)/akn parse $< -o $@

output/%.akn.xml: input/%.akn.xml
	@mkdir -p output
	cp $< $@

output/%.akn.xml: input/%.xml
	@mkdir -p output
	cp $< $@

# Single files on demand (make output/NAME.pdf): one process writes a document's four formats.
output/%.html output/%.pdf output/%.docx output/%.epub: output/%.akn.xml $(TOOL)
	$(BIN)/akn export $< --to html,pdf,docx,epub -o output >/dev/null

test: $(STAMP)
	$(BIN)/python -m pytest -q

# Scores against the UN's official AKN for every development set (../shared/corpus).
eval: $(STAMP)
	$(BIN)/python bench/eval.py

# Parse + AKN throughput on one core (corpus and one large document at growing sizes), real PDFs
# against pdftotext and a folder of them to all formats, then batch
# conversion to all five formats on every core: documents/s, ratio to one pandoc per format, memory.
bench: $(STAMP)
	$(BIN)/python bench/parse_speed.py
	$(BIN)/python bench/pdf_speed.py
	$(BIN)/python bench/archive_speed.py
	$(BIN)/python bench/parallel_check.py
	$(BIN)/python bench/batch_speed.py
	$(BIN)/python bench/pagination.py

# Property-based tests on 3 x $(FUZZ_EXAMPLES) generated resolutions and random texts.
FUZZ_EXAMPLES ?= 4000
fuzz: $(STAMP)
	HYPOTHESIS_PROFILE=fuzz FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(BIN)/python -m pytest -q tests/test_fuzz.py \
	  --hypothesis-show-statistics -p no:cacheprovider

# Every format of the six-language development set through its own checker (PDF/A, tags, embedded
# AKN, fonts and glyphs; Chromium; epubcheck; LibreOffice; byte-identical reruns), as a table.
check-outputs: $(STAMP)
	$(BIN)/python bench/check_outputs.py clean-ga

# PNGs of the HTML in the six languages at phone and desktop widths, and of each PDF's first page.
screenshots: $(STAMP)
	$(BIN)/python bench/screenshots.py output/screenshots

clean:
	rm -rf output

distclean: clean
	rm -rf $(VENV) *.egg-info
