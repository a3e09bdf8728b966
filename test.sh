#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 SG Assist contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs missing Debian packages, then:
#  1. builds everything with AddressSanitizer and UndefinedBehaviorSanitizer, warnings as errors,
#     and runs every test under them: unit, CLI, GUI (offscreen), packaging and the conformance
#     tests against the real Alibaba SDK, HCL parser and SARIF validator, and the layout of every
#     source against .clang-format (ctest -L style);
#  2. builds the libFuzzer targets with clang and runs each for a short smoke run. That build has the
#     GUI off (SGASSIST_BUILD_GUI=OFF: Qt Gui and Widgets are not even looked for, so their headers
#     are not on any include path) and builds sgassist-cli and the models library with it: the proof
#     that models/ and the CLI need no Widgets, without a build of its own.
set -euo pipefail
cd "$(dirname "$0")"

packaging/install-deps.sh test

cmake --preset asan >/dev/null
cmake --build --preset asan
ctest --preset asan

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
ctest --preset fuzz
