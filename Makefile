# Mandate - one Makefile. `make` builds ./mandate; `make test` runs every
# test; `make play` starts a game; `make help` lists the rest.

CC       ?= cc
PKGS     := ncursesw libcjson
DEB_PKGS := gcc make pkg-config libncurses-dev libcjson-dev libcmocka-dev tmux
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
ALL_CFLAGS = -std=c11 $(WARN) $(CFLAGS) $(PKG_CFLAGS) -D_XOPEN_SOURCE=600 \
             -D_DEFAULT_SOURCE -DMANDATE_ASSETS='"$(CURDIR)/assets"' \
             -DMANDATE_SAVES='"$(CURDIR)/saves"' -MMD -MP

LIB_SRC  := $(sort $(wildcard game/core/*.c game/data/*.c game/ai/*.c game/session/*.c \
                game/report/*.c game/ui/*.c game/cli/*.c))
LIB_OBJ  := $(LIB_SRC:%.c=$(BUILD)/%.o)
LIB      := $(BUILD)/libmandate.a
BIN      := mandate
ifneq ($(BUILD),build)
BIN      := $(BUILD)/mandate
endif

TEST_SRC := $(sort $(wildcard tests/unit/test_*.c))
TEST_BIN := $(TEST_SRC:tests/unit/%.c=$(BUILD)/tests/%)

.PHONY: all deps play test check-layers coverage bench fuzz clean help format

all: deps-quiet $(BIN)

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -c $< -o $@

$(LIB): $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(BIN): $(BUILD)/game/main.o $(LIB)
	$(CC) $(CFLAGS) $^ $(PKG_LIBS) -o $@

$(BUILD)/tests/%: tests/unit/%.c tests/unit/helpers.h $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -Igame $< $(LIB) $(PKG_LIBS) \
	    $(shell pkg-config --libs cmocka) -o $@

# Installs missing Debian packages when root; otherwise prints the command.
deps:
	@sh tools/deps.sh $(DEB_PKGS)
deps-quiet:
	@sh tools/deps.sh $(DEB_PKGS) >/dev/null

play: all
	./$(BIN) new

test: deps check-layers $(BIN) $(TEST_BIN)
	@BIN=./$(BIN) BUILD=$(BUILD) sh tests/run.sh $(TEST_BIN)

# The engine never reaches up: no curses, no cJSON, no printing, no exit,
# no clock, no libc randomness.
check-layers:
	@sh tools/check-layers.sh

coverage:
	@$(MAKE) --no-print-directory COVERAGE=1 test >/dev/null 2>&1 || true
	@sh tools/coverage.sh build-cov

bench: $(BIN)
	@./$(BIN) bench

fuzz:
	@sh tools/fuzz.sh $(FUZZ_SECONDS)

format:
	clang-format -i game/*.c game/*/*.c game/*/*.h tests/unit/*.c

clean:
	rm -rf build build-san build-cov build-fuzz mandate

help:
	@echo "make          build ./mandate"
	@echo "make play     build and start a game on the default scenario"
	@echo "make test     build and run every test (SANITIZE=1 for ASan+UBSan)"
	@echo "make bench    speed and memory figures"
	@echo "make coverage line coverage of game/core"
	@echo "make fuzz     run the libFuzzer targets (FUZZ_SECONDS=60)"

-include $(LIB_OBJ:.o=.d) $(BUILD)/game/main.d
