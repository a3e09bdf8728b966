#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 SG Assist contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs missing Debian packages, builds SG Assist with warnings as errors and runs every test:
# unit, CLI, GUI (offscreen), packaging checks and the conformance tests against the real clients.
set -euo pipefail
cd "$(dirname "$0")"

packaging/install-deps.sh test
cmake --preset ci >/dev/null
cmake --build --preset ci
ctest --preset ci
