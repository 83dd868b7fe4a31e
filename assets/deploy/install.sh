#!/bin/sh
# Install, update or roll back the Bürgerbüro kiosk on Debian/Ubuntu (run as root).
#   install.sh install    system packages, user "kiosk", a new release under /opt/kiosk,
#                         the unit, udev rules and (if missing) /etc/kiosk/kiosk.toml
#   install.sh rollback   point /opt/kiosk/current back to the previous release
# Releases live side by side in /opt/kiosk/releases/<version>-<date>; /opt/kiosk/current
# is a symlink, so an update is a new release plus a restart and a rollback is instant.
# DESTDIR stages everything under another root (packaging, tests); it skips the steps
# that change the running system (apt, useradd, systemctl, udevadm).
set -eu
PREFIX=${PREFIX:-/opt/kiosk}
DESTDIR=${DESTDIR:-}
SRC=$(cd "$(dirname "$0")/../.." && pwd)
ROOT="$DESTDIR"
live() { [ -z "$DESTDIR" ]; }

PACKAGES="python3 python3-venv python3-dev build-essential pkg-config swig libpcsclite-dev
 libcups2-dev tzdata fonts-dejavu-core fonts-noto-core cage xwayland pcscd
 libegl1 libgl1 libopengl0 libglib2.0-0 libdbus-1-3 libfontconfig1 libxkbcommon0"

install_release() {
    version=$(sed -n 's/^version = "\(.*\)"/\1/p' "$SRC/pyproject.toml")
    release="$version-$(date +%Y%m%d%H%M%S)"
    if live; then
        apt-get update -q
        # shellcheck disable=SC2086
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $PACKAGES
        getent passwd kiosk >/dev/null || useradd --system --create-home --home-dir /var/lib/kiosk-home \
            --shell /usr/sbin/nologin --groups video,input,render,lp kiosk
    fi
    install -d "$ROOT$PREFIX/releases" "$ROOT/etc/kiosk" "$ROOT/etc/systemd/system" \
        "$ROOT/etc/udev/rules.d"
    python3 -m venv "$ROOT$PREFIX/releases/$release"
    "$ROOT$PREFIX/releases/$release/bin/pip" install -q ${PIP_ARGS:-} "$SRC"
    ln -sfn "releases/$release" "$ROOT$PREFIX/current"
    install -m 0644 "$SRC/kiosk.service" "$ROOT/etc/systemd/system/kiosk.service"
    install -m 0644 "$SRC/assets/deploy/99-kiosk.rules" "$ROOT/etc/udev/rules.d/99-kiosk.rules"
    if [ ! -e "$ROOT/etc/kiosk/kiosk.toml" ]; then
        install -m 0640 "$SRC/docs/kiosk.example.toml" "$ROOT/etc/kiosk/kiosk.toml"
        echo "Edit /etc/kiosk/kiosk.toml, then: kiosk doctor --config /etc/kiosk/kiosk.toml"
    fi
    if live; then
        chgrp kiosk /etc/kiosk/kiosk.toml
        udevadm control --reload-rules && udevadm trigger
        systemctl daemon-reload
        systemctl enable kiosk.service
        systemctl restart kiosk.service || true
    fi
    echo "installed release $release"
}

rollback() {
    current=$(readlink "$ROOT$PREFIX/current" | sed 's#releases/##')
    previous=$(ls -1 "$ROOT$PREFIX/releases" | sort | awk -v c="$current" '$0 == c {print p} {p = $0}')
    if [ -z "$previous" ]; then
        echo "no release before $current to roll back to" >&2
        exit 1
    fi
    ln -sfn "releases/$previous" "$ROOT$PREFIX/current"
    live && systemctl restart kiosk.service
    echo "rolled back from $current to $previous"
}

case "${1:-}" in
    install) install_release ;;
    rollback) rollback ;;
    *) echo "usage: $0 install|rollback" >&2; exit 2 ;;
esac
