# Mandate - one Makefile. `make` builds ./mandate; `make test` runs every
# test; `make play` starts a game; `make help` lists the rest.

CC       ?= cc
PKGS     := ncursesw libcjson
# Debian packages: to build and play; and what the tests need besides
# (the report test renders HTML in Chromium, the fuzz regressions use clang,
# the manual page is checked by mandoc and groff and read through man, the
# completion is loaded by bash-completion, the JSON Schemas are checked by
# python3-jsonschema).
DEB_PKGS  := gcc make pkg-config libncurses-dev libcjson-dev
TEST_PKGS := $(DEB_PKGS) libcmocka-dev tmux clang libclang-rt-14-dev chromium \
             mandoc groff-base man-db bash-completion python3-jsonschema
WARN     := -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
            -Wwrite-strings -Wno-missing-field-initializers
OPT      ?= -O2
CFLAGS   ?= $(OPT) -g
BUILD    ?= build

ifeq ($(SANITIZE),1)
CFLAGS   := -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer \
            -fno-sanitize-recover=all
BUILD    := build-san
endif
ifeq ($(COVERAGE),1)
CFLAGS   := -O0 -g --coverage
BUILD    := build-cov
endif

PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   = $(shell pkg-config --libs $(PKGS) 2>/dev/null)
# `mandate simulate --jobs` plays on POSIX threads: compiled and linked
# with -pthread.
THREADS    := -pthread

# Where `make install` puts things (DESTDIR is prefixed to each when
# copying, never compiled in).
PREFIX   ?= /usr/local
BINDIR   ?= $(PREFIX)/bin
DATADIR  ?= $(PREFIX)/share/mandate
MANDIR   ?= $(PREFIX)/share/man
BASHCOMPDIR ?= $(PREFIX)/share/bash-completion/completions

# The paths compiled in: a build run from this checkout reads ./assets and
# saves into ./saves; the installed build (INSTALLED=1, made by `make
# install` in build-install/) reads DATADIR and saves per user under
# $XDG_DATA_HOME. $(BUILD)/paths records them, so that a change rebuilds
# the files that use them.
ifeq ($(INSTALLED),1)
BUILD    := build-install
PATH_DEFS := -DMANDATE_ASSETS='"$(DATADIR)"'
PATH_KEY := installed $(DATADIR)
else
PATH_DEFS := -DMANDATE_ASSETS='"$(CURDIR)/assets"' -DMANDATE_SAVES='"$(CURDIR)/saves"'
PATH_KEY := checkout $(CURDIR)
endif

ALL_CFLAGS = -std=c11 $(WARN) $(CFLAGS) $(THREADS) $(PKG_CFLAGS) -D_XOPEN_SOURCE=600 \
             -D_DEFAULT_SOURCE $(PATH_DEFS) -MMD -MP

LIB_SRC  := $(sort $(wildcard game/core/*.c game/data/*.c game/text/*.c game/ai/*.c game/session/*.c \
                game/master/*.c game/report/*.c game/store/*.c game/net/*.c game/ui/*.c game/ui/*/*.c \
                game/cli/*.c))
LIB_OBJ  := $(LIB_SRC:%.c=$(BUILD)/%.o)
LIB      := $(BUILD)/libmandate.a
BIN      := mandate
ifneq ($(BUILD),build)
BIN      := $(BUILD)/mandate
endif

TEST_SRC := $(sort $(wildcard tests/unit/test_*.c))
TEST_BIN := $(TEST_SRC:tests/unit/%.c=$(BUILD)/tests/%)

.PHONY: all deps test-deps play test check-layers coverage bench fuzz fuzz-build clean help format \
        install uninstall FORCE

all: deps-quiet $(BIN)

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -c $< -o $@

$(BUILD)/paths: FORCE
	@mkdir -p $(BUILD)
	@echo '$(PATH_KEY)' | cmp -s - $@ || echo '$(PATH_KEY)' >$@
$(BUILD)/game/data/data_files.o $(BUILD)/game/data/save_write.o: $(BUILD)/paths

# The compiler's flags, recorded the same way: objects made with other
# flags (a sanitizer build's, say) are never linked with these.
$(BUILD)/flags: FORCE
	@mkdir -p $(BUILD)
	@echo '$(CC) $(ALL_CFLAGS)' | cmp -s - $@ || echo '$(CC) $(ALL_CFLAGS)' >$@
$(LIB_OBJ) $(BUILD)/game/main.o: $(BUILD)/flags

$(LIB): $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(BIN): $(BUILD)/game/main.o $(LIB)
	$(CC) $(CFLAGS) $(THREADS) $^ $(PKG_LIBS) -o $@

$(BUILD)/tests/%: tests/unit/%.c $(wildcard tests/unit/*.h) $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -Igame $< $(LIB) $(PKG_LIBS) \
	    $(shell pkg-config --libs cmocka) -o $@

# The installed game: the binary, the assets (with the JSON Schemas and
# the format documents), the man page and the bash completion.
INSTALL  ?= install
# (the man page and the completion go to their own places, not DATADIR)
ASSET_FILES = $(shell cd assets && find . -type f ! -name '.*' ! -path './man/*' \
                ! -path './completion/*' | sort)

install:
	@$(MAKE) --no-print-directory INSTALLED=1 build-install/mandate
	$(INSTALL) -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man6 $(DESTDIR)$(BASHCOMPDIR)
	$(INSTALL) -m 755 build-install/mandate $(DESTDIR)$(BINDIR)/mandate
	$(INSTALL) -m 644 assets/man/mandate.6 $(DESTDIR)$(MANDIR)/man6/mandate.6
	$(INSTALL) -m 644 assets/completion/mandate.bash $(DESTDIR)$(BASHCOMPDIR)/mandate
	@cd assets && for f in $(ASSET_FILES); do \
	    $(INSTALL) -d "$(DESTDIR)$(DATADIR)/$${f%/*}" && \
	    $(INSTALL) -m 644 "$$f" "$(DESTDIR)$(DATADIR)/$$f" || exit 1; \
	done
	@echo "installed mandate in $(DESTDIR)$(BINDIR), its assets in $(DESTDIR)$(DATADIR)"

# Removes what install put there (and the folders it leaves empty); a
# file someone added to DATADIR stays.
uninstall:
	rm -f $(DESTDIR)$(BINDIR)/mandate $(DESTDIR)$(MANDIR)/man6/mandate.6 \
	    $(DESTDIR)$(BASHCOMPDIR)/mandate
	@for f in $(ASSET_FILES); do rm -f "$(DESTDIR)$(DATADIR)/$$f"; done
	@cd assets && find . -depth -type d | while read -r d; do \
	    rmdir "$(DESTDIR)$(DATADIR)/$$d" 2>/dev/null; done; true

# Installs missing Debian packages when root; otherwise prints the command.
deps:
	@sh tools/deps.sh $(DEB_PKGS)
deps-quiet:
	@sh tools/deps.sh $(DEB_PKGS) >/dev/null
test-deps:
	@sh tools/deps.sh $(TEST_PKGS)

play: all
	./$(BIN) new

test: test-deps check-layers $(BIN) $(TEST_BIN)
	@BIN=./$(BIN) BUILD=$(BUILD) sh tests/run.sh $(TEST_BIN)

# Each layer of game/ includes only what the table in the script allows,
# checked through the preprocessor's include tree with the build's flags;
# the engine never prints, exits, reads the clock or uses libc randomness.
check-layers:
	@CC='$(CC)' LAYER_FLAGS='$(filter-out -MMD -MP -DMANDATE_%,$(ALL_CFLAGS))' \
	    sh tools/check-layers.sh

# Coverage of the engine comes from the unit and rule tests; the terminal
# and CLI tests add nothing to game/core and take minutes.
coverage:
	@rm -f build-cov/game/core/*.gcda
	@$(MAKE) --no-print-directory COVERAGE=1 build-cov/libmandate.a \
	    $(TEST_SRC:tests/unit/%.c=build-cov/tests/%) >/dev/null
	@for t in $(TEST_SRC:tests/unit/%.c=build-cov/tests/%); do \
	    CMOCKA_MESSAGE_OUTPUT=TAP $$t >/dev/null 2>&1 || echo "coverage: $$t failed"; done
	@sh tools/coverage.sh build-cov

bench: $(BIN)
	@./$(BIN) bench

# libFuzzer targets (fuzz/fuzz_*.c) against the engine, data, session and
# report layers compiled by clang with ASan+UBSan into one archive (so
# that a second `make fuzz-build` does nothing), with the helpers of fuzz/
# (the other fuzz/*.c), linking the system cJSON; `make fuzz` runs each
# for FUZZ_SECONDS (default 60), tests/cli/fuzz_regress.sh replays the
# crashers and seeds.
FUZZ_CC    ?= clang
FUZZ_DIR   := build-fuzz
FUZZ_SRC   := $(filter-out game/ui/% game/cli/%,$(LIB_SRC)) \
              $(filter-out fuzz/fuzz_%,$(wildcard fuzz/*.c))
FUZZ_OBJ   := $(FUZZ_SRC:%.c=$(FUZZ_DIR)/%.o)
FUZZ_LIB   := $(FUZZ_DIR)/libmandate-fuzz.a
FUZZ_BIN   := $(patsubst fuzz/%.c,$(FUZZ_DIR)/%,$(wildcard fuzz/fuzz_*.c))
FUZZ_FLAGS  = -std=c11 $(WARN) $(THREADS) -g -O1 -fno-omit-frame-pointer \
              -fsanitize=address,undefined -fno-sanitize-recover=all \
              $(shell pkg-config --cflags libcjson 2>/dev/null) -D_XOPEN_SOURCE=600 \
              -D_DEFAULT_SOURCE -DMANDATE_ASSETS='"$(CURDIR)/assets"' \
              -DMANDATE_SAVES='"$(CURDIR)/saves"' -MMD -MP

$(FUZZ_DIR)/game/%.o: game/%.c
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_FLAGS) -fsanitize=fuzzer-no-link -c $< -o $@

$(FUZZ_DIR)/fuzz/%.o: fuzz/%.c
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_FLAGS) -fsanitize=fuzzer-no-link -Igame -c $< -o $@

$(FUZZ_LIB): $(FUZZ_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(FUZZ_DIR)/fuzz_%: fuzz/fuzz_%.c $(FUZZ_LIB)
	$(FUZZ_CC) $(FUZZ_FLAGS) -fsanitize=fuzzer -Igame -Ifuzz $< $(FUZZ_LIB) \
	    $(shell pkg-config --libs libcjson 2>/dev/null || echo -lcjson) -o $@

fuzz-build: $(FUZZ_BIN)

fuzz: fuzz-build
	@sh tools/fuzz.sh $(FUZZ_SECONDS)

format:
	clang-format -i game/*.c game/*/*.c game/*/*.h game/*/*/*.c game/*/*/*.h tests/unit/*.c

clean:
	rm -rf build build-san build-cov build-fuzz build-install mandate

help:
	@echo "make          build ./mandate"
	@echo "make play     build and start a game on the default scenario"
	@echo "make test     build and run every test (SANITIZE=1 for ASan+UBSan)"
	@echo "make bench    speed and memory figures"
	@echo "make coverage line coverage of game/core"
	@echo "make install  install (PREFIX=/usr/local, DESTDIR=); make uninstall"
	@echo "make fuzz     run the libFuzzer targets (FUZZ_SECONDS=60)"

-include $(LIB_OBJ:.o=.d) $(BUILD)/game/main.d
-include $(wildcard $(FUZZ_DIR)/game/*/*.d $(FUZZ_DIR)/fuzz/*.d $(FUZZ_DIR)/*.d)
