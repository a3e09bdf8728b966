#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 SG Assist contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs the Debian 12 packages SG Assist needs that are missing. Used by ./run.sh and ./test.sh.
#   packaging/install-deps.sh build    what building and running needs
#   packaging/install-deps.sh test     ... and what the full test suite needs
# Installs only when run as root or with sudo available; otherwise names what is missing.
set -euo pipefail

build_packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools qt6-svg-dev
    libgl-dev libqcustomplot-dev libsimdjson-dev qtkeychain-qt6-dev libyaml-cpp-dev
    qt6-translations-l10n
    help2man
)
test_packages=(
    nodejs npm
    desktop-file-utils appstream
    dpkg-dev file lintian bash-completion zsh
    xvfb xauth xdotool imagemagick
    clang-14 libclang-rt-14-dev
    clang-format
)

wanted=("${build_packages[@]}")
if [[ "${1:-build}" == "test" ]]; then
    wanted+=("${test_packages[@]}")
fi

# Node.js may come from elsewhere than Debian (NodeSource, nvm): a working command is enough.
command_for() {
    case "$1" in
        nodejs) echo node ;;
        npm) echo npm ;;
        *) echo "" ;;
    esac
}

missing=()
for package in "${wanted[@]}"; do
    command_name=$(command_for "$package")
    if [[ -n "$command_name" ]] && command -v "$command_name" >/dev/null 2>&1; then
        continue
    fi
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

if [[ $(id -u) -eq 0 ]]; then
    as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    as_root=(sudo)
else
    echo "SG Assist needs these Debian packages: ${missing[*]}" >&2
    echo "Install them with: sudo apt-get install ${missing[*]}" >&2
    exit 1
fi

echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
