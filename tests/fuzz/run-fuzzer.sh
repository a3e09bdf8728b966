#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 SG Assist contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs one fuzz target for SECONDS on a fresh corpus seeded from the test fixtures.
#   run-fuzzer.sh FUZZER SECONDS WORKDIR SEED_DIR...
# A crash, a leak of the property or a sanitizer report fails the run; the input that caused it is
# kept in WORKDIR/artifacts so that it can be added to tests/data as a regression file.
# The seed is fixed so that a smoke run explores the same inputs on every machine (a failure in CI can
# be reproduced here); FUZZ_SEED=0 lets libFuzzer pick one, for longer runs that should find new ones.
set -euo pipefail
fuzzer=$1 seconds=$2 workdir=$3
shift 3
rm -rf "$workdir/corpus"
mkdir -p "$workdir/corpus" "$workdir/artifacts"
for seeds in "$@"; do
    [[ -d "$seeds" ]] && find "$seeds" -maxdepth 1 -type f -size -1M -exec cp {} "$workdir/corpus/" \;
done
exec "$fuzzer" "$workdir/corpus" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -artifact_prefix="$workdir/artifacts/" -print_final_stats=1 -seed="${FUZZ_SEED:-1}"
