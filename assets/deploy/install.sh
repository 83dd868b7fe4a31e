#!/bin/sh
# Install, update or roll back the Bürgerbüro kiosk on Debian 12 / Ubuntu 24.04 (as root).
#   install.sh install [WHEEL]  system packages, user "kiosk" with its groups and its own
#                               sound server, a new release under /opt/kiosk built from
#                               WHEEL (default: a wheel built from this source), the unit,
#                               udev rules and (if missing) /etc/kiosk/kiosk.toml;
#                               a CUPS on the kiosk is set to keep no job files/history
#   install.sh rollback         point /opt/kiosk/current back to the previous release
# Releases live side by side in /opt/kiosk/releases/<version>-<date>; /opt/kiosk/current
# is a symlink, so an update is a new release plus a restart and a rollback is instant.
# Running it again is safe: packages, user, groups and the admin's config are kept.
#
# Environment:
#   WHEELHOUSE=DIR  install the release's Python packages from DIR only (no PyPI), for
#                   kiosks without internet access (README: "Running on a kiosk")
#   PIP_ARGS=...    further arguments for pip
#   DESTDIR=DIR     stage the files under DIR (packaging, tests): no apt, no user, no
#                   systemd, no udev
# Without a running systemd (a chroot, a container) the steps that talk to systemd and
# udev are skipped and said so; everything else is done.
set -eu
PREFIX=${PREFIX:-/opt/kiosk}
DESTDIR=${DESTDIR:-}
SRC=$(cd "$(dirname "$0")/../.." && pwd)
ROOT="$DESTDIR"
live() { [ -z "$DESTDIR" ]; }
booted() { live && [ -d /run/systemd/system ]; }  # sd_booted(): systemd is PID 1
if [ -n "${WHEELHOUSE:-}" ]; then
    PIP_ARGS="${PIP_ARGS:-} --no-index --find-links $WHEELHOUSE"
fi

# Everything the installed release needs, named: nothing is left to Recommends.
#  Python for the release's venv; the compilers and headers build pyscard and pycups
#  when no wheel fits (PyPI has none for pycups).
PACKAGES_PYTHON="python3 python3-venv python3-dev build-essential pkg-config swig
 libpcsclite-dev libcups2-dev libpcsclite1 libcups2 tzdata ca-certificates"
#  Display: the cage compositor and Xwayland (cage will not start without it), and the
#  libraries PySide6's Qt loads for Wayland, EGL (Mesa: software rendering where there
#  is no GPU), fonts and input.
PACKAGES_DISPLAY="cage xwayland libwayland-client0 libwayland-cursor0 libwayland-egl1 libwayland-server0
 libxkbcommon0 libegl1 libgl1 libopengl0 libegl-mesa0 libgl1-mesa-dri libglib2.0-0
 libdbus-1-3 libfontconfig1 libfreetype6 fontconfig fonts-dejavu-core fonts-noto-core"
#  Card reader: the PC/SC daemon and the CCID driver for USB contactless readers.
PACKAGES_READER="pcscd libccid"
#  Sound: PipeWire with its PulseAudio server, as the kiosk user's own services (Qt
#  Multimedia talks to PipeWire, speech-dispatcher to the PulseAudio side).
PACKAGES_AUDIO="pipewire pipewire-pulse wireplumber libpipewire-0.3-0 libpulse0
 dbus-user-session"
#  Read-aloud: QtTextToSpeech's speechd plugin -> speech-dispatcher -> espeak-ng, which
#  has voices for every offered language (de, en, tr, uk, ru, pl, ar); the espeak-ng
#  command lets `kiosk doctor` list them.
PACKAGES_SPEECH="speech-dispatcher speech-dispatcher-espeak-ng libspeechd2 espeak-ng
 espeak-ng-data"
PACKAGES="$PACKAGES_PYTHON $PACKAGES_DISPLAY $PACKAGES_READER $PACKAGES_AUDIO $PACKAGES_SPEECH"
# video, render, input: the display and touch for cage; lp: USB printers (usblp);
# audio: the sound card for PipeWire, which runs without a seat session (lingering).
GROUPS="video render input lp audio"

system_packages() {
    apt-get update -q
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $PACKAGES
}

kiosk_user() {
    getent group kiosk >/dev/null || groupadd --system kiosk
    getent passwd kiosk >/dev/null || useradd --system --gid kiosk --create-home \
        --home-dir /var/lib/kiosk-home --shell /usr/sbin/nologin kiosk
    for g in $GROUPS; do
        getent group "$g" >/dev/null || groupadd --system "$g"
        usermod -aG "$g" kiosk
    done
    # The unit's StateDirectory, made now so `kiosk doctor` as kiosk works before a start.
    install -d -o kiosk -g kiosk -m 0700 /var/lib/kiosk
    # Lingering: systemd starts the user's services (PipeWire) at boot, with no login.
    install -d /var/lib/systemd/linger
    touch /var/lib/systemd/linger/kiosk
}

# The kiosk's sound server: PipeWire, pipewire-pulse and WirePlumber as user services of
# "kiosk" (enabled for every user, as Debian does; lingering starts them). The unit gets
# the user's runtime directory, where their sockets are (a drop-in, as it names the uid).
audio_dropin() {
    uid=$(id -u kiosk)
    install -d "$ROOT/etc/systemd/system/kiosk.service.d"
    cat >"$ROOT/etc/systemd/system/kiosk.service.d/sound.conf" <<EOF
# Written by install.sh: the kiosk user's PipeWire (sound cues) and speech-dispatcher
# (read-aloud) live in /run/user/$uid, which ProtectHome=yes would hide.
[Unit]
Wants=user@$uid.service
After=user@$uid.service

[Service]
Environment=XDG_RUNTIME_DIR=/run/user/$uid
ProtectHome=tmpfs
BindPaths=/run/user/$uid
EOF
    if command -v systemctl >/dev/null; then
        systemctl --global enable pipewire.socket pipewire-pulse.socket wireplumber.service
    fi
}

# A CUPS on the kiosk keeps no copy of what it printed (receipts carry names and
# addresses): the kiosk purges each job itself, and CUPS is told to keep neither job
# files nor history, so a crash between printing and purging leaves nothing either.
# Only an existing cupsd.conf is changed; a kiosk that prints without CUPS has none.
cups_keep_nothing() {
    conf="$ROOT/etc/cups/cupsd.conf"
    [ -f "$conf" ] || return 0
    for key in PreserveJobFiles PreserveJobHistory; do
        if grep -q "^[[:space:]]*$key[[:space:]]" "$conf"; then
            sed -i "s/^[[:space:]]*$key[[:space:]].*/$key No/" "$conf"
        else
            printf '%s No\n' "$key" >>"$conf"
        fi
    done
    if booted && systemctl is-active --quiet cups.service; then
        systemctl restart cups.service
    fi
    echo "CUPS keeps no job files or history ($conf)"
}

BUILD_DIR=""
cleanup() { [ -z "$BUILD_DIR" ] || rm -rf "$BUILD_DIR"; }
trap cleanup EXIT
trap 'cleanup; exit 1' INT TERM HUP

build_wheel() {  # a wheel from $SRC, built in a throw-away venv under $BUILD_DIR
    python3 -m venv "$BUILD_DIR/venv"
    # shellcheck disable=SC2086
    "$BUILD_DIR/venv/bin/pip" wheel -q --no-deps ${PIP_ARGS:-} -w "$BUILD_DIR/dist" "$SRC" >&2
    ls "$BUILD_DIR"/dist/*.whl
}

install_release() {
    wheel=${1:-}
    if live; then
        system_packages
        kiosk_user
    fi
    if [ -z "$wheel" ]; then
        BUILD_DIR=$(mktemp -d)
        wheel=$(build_wheel)
    fi
    [ -f "$wheel" ] || { echo "no wheel at $wheel" >&2; exit 1; }
    version=$(basename "$wheel" | cut -d- -f2)
    release="$version-$(date +%Y%m%d%H%M%S)"
    install -d "$ROOT$PREFIX/releases" "$ROOT/etc/kiosk" "$ROOT/etc/systemd/system" \
        "$ROOT/etc/udev/rules.d"
    python3 -m venv "$ROOT$PREFIX/releases/$release"
    # shellcheck disable=SC2086
    "$ROOT$PREFIX/releases/$release/bin/pip" install -q ${PIP_ARGS:-} "$wheel"
    install -m 0644 "$wheel" "$ROOT$PREFIX/releases/$release/"  # what this release is
    ln -sfn "releases/$release" "$ROOT$PREFIX/current"
    install -m 0644 "$SRC/README.md" "$ROOT$PREFIX/README.md"
    install -m 0644 "$SRC/kiosk.service" "$ROOT/etc/systemd/system/kiosk.service"
    install -m 0644 "$SRC/assets/deploy/99-kiosk.rules" "$ROOT/etc/udev/rules.d/99-kiosk.rules"
    if [ ! -e "$ROOT/etc/kiosk/kiosk.toml" ]; then
        install -m 0640 "$SRC/docs/kiosk.example.toml" "$ROOT/etc/kiosk/kiosk.toml"
        echo "Edit /etc/kiosk/kiosk.toml, then: kiosk doctor --config /etc/kiosk/kiosk.toml"
    fi
    if live; then
        chgrp kiosk /etc/kiosk/kiosk.toml
        audio_dropin
    fi
    cups_keep_nothing
    if booted; then
        udevadm control --reload-rules && udevadm trigger
        loginctl enable-linger kiosk
        systemctl daemon-reload
        systemctl enable kiosk.service
        systemctl restart kiosk.service || true
    elif live; then
        echo "systemd is not running: udev, lingering and kiosk.service take effect at the next boot"
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
    if booted; then systemctl restart kiosk.service; fi
    echo "rolled back from $current to $previous"
}

case "${1:-}" in
    install) install_release "${2:-}" ;;
    rollback) rollback ;;
    *) echo "usage: $0 install [WHEEL] | rollback" >&2; exit 2 ;;
esac
