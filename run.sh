#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 SG Assist contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs missing Debian packages, builds SG Assist and starts the GUI. Arguments go to sgassist,
# for example: ./run.sh resources/samples/slurm-cluster.plan.json
set -euo pipefail
cd "$(dirname "$0")"

packaging/install-deps.sh build
cmake --preset default >/dev/null
cmake --build --preset default --target sgassist sgassist-cli
exec build/bin/sgassist "$@"
