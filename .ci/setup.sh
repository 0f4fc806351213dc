# Shared set-up for .ci/app and .ci/test (sourced, not run). Bash only.
#
# What it provides:
#   ub_say MSG…                 progress line on stderr
#   ub_die MSG…                 error line on stderr, exit 1
#   ub_apt_ensure PKG…          install the Debian packages that are missing (root + apt-get only)
#   ub_venv                     create .venv (or reuse it) with Python >= 3.11; sets UB_PY / UB_BIN
#   ub_pip_install SPEC         `pip install -e SPEC` into .venv, skipped when pyproject.toml is unchanged
#   UB_QT_OFFSCREEN_PKGS, UB_QT_X11_PKGS, UB_TEST_PKGS   package lists (measured on a bare Debian 12)
#
# Environment knobs: PYTHON (interpreter used to create the venv, default python3),
# UNIONBOOK_SKIP_APT=1 (never touch apt), UNIONBOOK_FORCE_PIP=1 (re-run pip even when nothing changed).

set -euo pipefail

UB_CALLER_DIR="$PWD"
UB_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$UB_ROOT"

export DEBIAN_FRONTEND=noninteractive
export PIP_NO_INPUT=1
export PIP_DISABLE_PIP_VERSION_CHECK=1

UB_VENV="$UB_ROOT/.venv"
UB_BIN="$UB_VENV/bin"
UB_PY="$UB_BIN/python"

# The system libraries Qt's offscreen platform (tests) needs on a bare Debian 12.
UB_QT_OFFSCREEN_PKGS=(libegl1 libgl1 libglx0 libglvnd0 libxkbcommon0 libfontconfig1 libfreetype6
    libglib2.0-0 libdbus-1-3 libx11-6 libxcb1 libpng16-16)
# A real window (xcb platform) also needs these; xvfb + xauth give a virtual screen when there is none.
UB_QT_X11_PKGS=(libx11-xcb1 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
    libxcb-randr0 libxcb-render0 libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1
    libxcb-xfixes0 libxcb-xkb1 xvfb xauth)
# Tests read generated PDFs back with pdftotext / pdffonts. Chinese text in the window and in PDFs uses the
# font shipped in resources/fonts, so no system CJK font is needed.
UB_TEST_PKGS=(poppler-utils)

ub_say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
ub_die() { printf '\033[1;31mERROR: %s\033[0m\n' "$*" >&2; exit 1; }

_ub_installed() {
    [ "$(dpkg-query -W -f='${db:Status-Status}' "$1" 2>/dev/null)" = "installed" ]
}

# Install the given Debian packages that are not installed yet. Does nothing (with a message saying what to
# install by hand) when not root, when apt-get is absent, or when UNIONBOOK_SKIP_APT=1.
ub_apt_ensure() {
    if [ "${UNIONBOOK_SKIP_APT:-0}" = "1" ]; then
        ub_say "UNIONBOOK_SKIP_APT=1: not checking system packages"
        return 0
    fi
    if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
        ub_say "apt-get not found (not Debian/Ubuntu?): skipping system packages. Qt needs the equivalents of:"
        ub_say "  $*"
        return 0
    fi
    local missing=() p
    for p in "$@"; do
        _ub_installed "$p" || missing+=("$p")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        ub_say "system packages: all ${#} present"
        return 0
    fi
    if [ "$(id -u)" -ne 0 ]; then
        ub_say "not root: skipping apt. If Qt fails to start, install the missing packages with:"
        ub_say "  sudo apt-get install -y --no-install-recommends ${missing[*]}"
        return 0
    fi
    ub_say "apt-get update, then installing ${#missing[@]} missing package(s): ${missing[*]}"
    apt-get update -qq
    # Debian 13 renamed some libraries for the 64-bit time_t transition (libglib2.0-0 -> libglib2.0-0t64).
    local wanted=() cand
    for p in "${missing[@]}"; do
        cand="$(apt-cache policy "$p" 2>/dev/null | awk '/Candidate:/ {print $2}')"
        if { [ -z "$cand" ] || [ "$cand" = "(none)" ]; } && [ -n "$(apt-cache policy "${p}t64" 2>/dev/null \
                | awk '/Candidate:/ && $2 != "(none)" {print $2}')" ]; then
            wanted+=("${p}t64")
        else
            wanted+=("$p")
        fi
    done
    apt-get install -y -qq --no-install-recommends "${wanted[@]}" >/dev/null \
        || ub_die "apt-get install failed for: ${wanted[*]}"
}

# Create .venv with a Python >= 3.11, or reuse the existing one if it still works.
ub_venv() {
    local py="${PYTHON:-python3}"
    if [ -x "$UB_PY" ] && "$UB_PY" -c 'import sys, pip; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
        ub_say "reusing $UB_VENV ($("$UB_PY" -V 2>&1))"
        return 0
    fi
    command -v "$py" >/dev/null 2>&1 || ub_die "$py not found: install Python 3.11 (apt-get install python3 python3-venv)"
    "$py" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
        || ub_die "UnionBook needs Python >= 3.11; $py is $("$py" -V 2>&1). Set PYTHON=/path/to/python3.11"
    if [ -e "$UB_VENV" ]; then
        ub_say "$UB_VENV is broken or too old: recreating it"
        rm -rf "$UB_VENV"
    fi
    ub_say "creating $UB_VENV with $("$py" -V 2>&1)"
    "$py" -m venv "$UB_VENV" \
        || ub_die "could not create the venv: on Debian install python3-venv (apt-get install python3-venv)"
}

# pip install -e SPEC (e.g. ".[test]"). Skipped when pyproject.toml has not changed since the last
# successful install of the same SPEC, so that a second run starts in seconds.
ub_pip_install() {
    local spec="$1" stamp digest
    stamp="$UB_VENV/.unionbook-installed-$(printf '%s' "$spec" | tr -c 'A-Za-z0-9' '_')"
    digest="$(sha256sum <pyproject.toml | cut -d' ' -f1)"
    # an install with extras is a superset of the plain one: `.ci/app` after `.ci/test` installs nothing
    local superset="$UB_VENV/.unionbook-installed-$(printf '%s' "${spec}[test]" | tr -c 'A-Za-z0-9' '_')"
    local s
    for s in "$stamp" "$superset"; do
        if [ "${UNIONBOOK_FORCE_PIP:-0}" != "1" ] && [ -f "$s" ] && [ "$(cat "$s")" = "$digest" ] \
                && "$UB_PY" -c 'import unionbook' 2>/dev/null; then
            ub_say "dependencies up to date (pyproject.toml unchanged since the last install of $spec)"
            return 0
        fi
    done
    if "$UB_PY" -c 'import PySide6' 2>/dev/null; then
        ub_say "pip install -e $spec"
    else
        ub_say "pip install -e $spec (downloads PySide6 and the rest, ~255 MB, the first time)"
    fi
    "$UB_PY" -m pip install --no-input --progress-bar off -e "$spec" \
        || ub_die "pip install -e $spec failed (see the messages above; is the network reachable?)"
    printf '%s\n' "$digest" >"$stamp"
}
