#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 SG Assist contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs one fuzz target on a fresh corpus seeded from the test fixtures.
#   run-fuzzer.sh FUZZER RUNS SECONDS WORKDIR SEED_DIR...
# With RUNS > 0, a smoke run: exactly RUNS inputs from a fixed seed, so that it explores the same
# inputs on every machine however fast (a failure in CI is reproduced here, and a run that passes here
# passes there); SECONDS only caps it. With RUNS = 0, it runs for SECONDS, and FUZZ_SEED=0 lets
# libFuzzer pick a seed, for longer runs that should find new inputs.
# A crash, a break of the property or a sanitizer report fails the run; the input that caused it is
# kept in WORKDIR/artifacts so that it can be added to tests/data as a regression file.
set -euo pipefail
fuzzer=$1 runs=$2 seconds=$3 workdir=$4
shift 4
(( runs > 0 )) || runs=-1 # libFuzzer: no limit
rm -rf "$workdir/corpus"
mkdir -p "$workdir/corpus" "$workdir/artifacts"
for seeds in "$@"; do
    [[ -d "$seeds" ]] && find "$seeds" -maxdepth 1 -type f -size -1048576c -exec cp {} "$workdir/corpus/" \;
done
exec "$fuzzer" "$workdir/corpus" -runs="$runs" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -artifact_prefix="$workdir/artifacts/" -print_final_stats=1 -seed="${FUZZ_SEED:-1}"
