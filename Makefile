# Two set-up commands for a fresh Debian/Ubuntu machine: `make demo` and `make test`.
# Every target installs what it needs: system packages (apt) and the Python venv (.venv).

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# Run time: Python build chain, pyscard's build deps, fonts for every script, Qt's X11/EGL libs.
RUN_PKGS := python3 python3-venv python3-dev build-essential pkg-config swig libpcsclite-dev tzdata \
	libcups2-dev \
	fonts-dejavu-core fonts-noto-core libegl1 libgl1 libopengl0 libglib2.0-0 libdbus-1-3 \
	libfontconfig1 libxkbcommon0 libxkbcommon-x11-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 \
	libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-xinerama0 libxcb-shape0 \
	libxcb-randr0 libxcb-xkb1 libxrender1 libpulse0
# Tests: real parts the suite drives (see README, "Tests").
TEST_PKGS := $(RUN_PKGS) cups-daemon cups-client printer-driver-cups-pdf systemd cage \
	mosquitto mosquitto-clients openssl pcscd vsmartcard-vpcd postgresql pulseaudio espeak-ng \
	debootstrap

.PHONY: demo demo-staff test test-install venv bench lint system-run system-test clean install rollback

demo: system-run venv
	$(BIN)/kiosk run --demo

# A private mosquitto set up as docs/mqtt.md says, a demo kiosk paging over it, the console.
demo-staff: system-run venv
	@for p in mosquitto openssl; do dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' \
		|| $(SUDO) apt-get install -y $$p; done
	$(BIN)/python -m ui.staff.demo

test: system-test venv
	QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software $(BIN)/python -m pytest -q -m "not install"

# The release as an admin installs it (README, "Running on a kiosk"): the wheel in a fresh
# venv outside the checkout, install.sh staged, then install.sh in a clean Debian bookworm
# root and the release started there under cage. As root; the root is cached in build/.
test-install: system-test venv
	$(SUDO) env "CI=$${CI:-}" QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software \
		$(BIN)/python -m pytest -q -m install

# The system packages the venv's builds need (pyscard, pycups) come first: on a fresh
# machine `make venv` alone works too.
venv: system-run $(VENV)/.installed

$(VENV)/.installed: pyproject.toml setup.py
	[ -x $(BIN)/python ] || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $@

bench: system-test venv
	mkdir -p build
	QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software $(BIN)/python tests/bench.py --out build/bench.json

# Exactly what CI fails on (tests/test_lint.py, tests/ui/test_qml.py run the same).
lint: venv
	$(BIN)/ruff check kiosk ui devices tests
	$(BIN)/ruff format --check kiosk ui devices tests
	$(BIN)/mypy
	$(BIN)/python -m ui.qmltypes build/qmltypes

# Install the Debian packages that are missing; `apt-get update` only when something is.
system-run:
	@missing=$$(for p in $(RUN_PKGS); do dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then echo "installing:" $$missing; \
	  $(SUDO) apt-get update -q && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q --no-install-recommends $$missing; fi

system-test:
	@missing=$$(for p in $(TEST_PKGS); do dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then echo "installing:" $$missing; \
	  $(SUDO) apt-get update -q && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q --no-install-recommends $$missing; fi

# On a kiosk, as root: a new release under /opt/kiosk, the unit, udev rules, the config.
install:
	sh assets/deploy/install.sh install

rollback:
	sh assets/deploy/install.sh rollback

clean:
	rm -rf $(VENV) build .pytest_cache .mypy_cache .ruff_cache
