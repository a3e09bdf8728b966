#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 SG Assist contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Measures `sgassist-cli check` (all analysis, JSON report) on generated rule sets of 10k, 100k and
# 1M rules: median wall time and peak RSS of several runs, and `jq` filtering the same file for
# 0.0.0.0/0 as the yardstick (DESIGN section 10), in its fastest form (matches streamed out, as in
# run-region-benchmark.sh). Prints a Markdown table and the verdicts.
#
#   tests/bench/run-benchmark.sh SGASSIST_CLI GENERATOR [WORKDIR]
#   (or: cmake --build build --target bench)
#
# Environment: SIZES (default "10000 100000 1000000"), RUNS (default 5; RUNS_LARGE=3 for 1M rules),
# SEED (default 20260101). Use a Release (RelWithDebInfo) build on an otherwise idle machine.

set -euo pipefail

cli=${1:?usage: run-benchmark.sh SGASSIST_CLI GENERATOR [WORKDIR]}
generator=${2:?usage: run-benchmark.sh SGASSIST_CLI GENERATOR [WORKDIR]}
work=${3:-$(dirname "$cli")/../bench-data}
sizes=${SIZES:-10000 100000 1000000}
runs=${RUNS:-5}
runs_large=${RUNS_LARGE:-3}
seed=${SEED:-20260101}
timer=/usr/bin/time

if [[ ! -x $timer ]]; then
    echo "run-benchmark: $timer (GNU time) is needed: apt-get install time" >&2
    exit 2
fi
if ! command -v jq >/dev/null; then
    if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
        apt-get install -y -qq jq >/dev/null
    else
        echo "run-benchmark: jq is needed for the comparison: apt-get install jq" >&2
        exit 2
    fi
fi
mkdir -p "$work"
report=$(mktemp)
trap 'rm -f "$report"' EXIT

source "$(dirname "$0")/measure.sh"

echo "# sgassist-cli check benchmark"
echo
echo "Machine: $(nproc) cores, $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo), $(free -g | awk '/Mem:/ {print $2}') GB;" \
     "load average before: $(cut -d' ' -f1-3 /proc/loadavg); seed $seed; medians of $runs runs ($runs_large for 1M rules)."
echo
echo "| rules | file MB | check s | check CPU s | check peak MB | memory target MB | jq s | jq CPU s | jq peak MB | check / jq |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"

declare -A seconds
verdicts=()
for size in $sizes; do
    file="$work/rules-$size-$seed.json"
    [[ -s $file ]] || "$generator" "$size" "$seed" >"$file"
    bytes=$(stat -c %s "$file")
    n=$runs
    ((size >= 1000000)) && n=$runs_large
    read -r check_s check_kb check_cpu < <(measure "$n" "$cli" check "$file" --report json --fail-on never)
    read -r jq_s jq_kb jq_cpu < <(measure "$n" jq -c '.Permissions.Permission[] | select(.SourceCidrIp == "0.0.0.0/0")' "$file")
    seconds[$size]=$check_s
    target_mb=$(awk -v b="$bytes" 'BEGIN {printf "%.0f", 2 * b / 1048576 + 50}')
    check_mb=$(awk -v k="$check_kb" 'BEGIN {printf "%.0f", k / 1024}')
    printf '| %s | %.1f | %.2f | %.2f | %s | %s | %.2f | %.2f | %.0f | %.2f |\n' "$size" "$(awk -v b="$bytes" 'BEGIN {print b / 1048576}')" \
        "$check_s" "$check_cpu" "$check_mb" "$target_mb" "$jq_s" "$jq_cpu" "$(awk -v k="$jq_kb" 'BEGIN {print k / 1024}')" \
        "$(awk -v a="$check_s" -v b="$jq_s" 'BEGIN {print (b > 0) ? a / b : 0}')"
    if ((check_mb > target_mb)); then
        verdicts+=("MISS memory at $size rules: ${check_mb} MB > ${target_mb} MB (2 x input + 50 MB)")
    else
        verdicts+=("ok   memory at $size rules: ${check_mb} MB <= ${target_mb} MB")
    fi
    if ((size == 100000)); then
        awk -v a="$check_s" 'BEGIN {exit !(a <= 1.0)}' && verdicts+=("ok   100k rules in ${check_s} s (<= 1 s)") \
            || verdicts+=("MISS 100k rules in ${check_s} s (> 1 s)")
        awk -v a="$check_s" -v b="$jq_s" 'BEGIN {exit !(a < b)}' && verdicts+=("ok   faster than jq at 100k (${check_s} s < ${jq_s} s)") \
            || verdicts+=("MISS not faster than jq at 100k (${check_s} s >= ${jq_s} s)")
    fi
done

echo
for small in $sizes; do
    big=$((small * 10))
    if [[ -n ${seconds[$small]:-} && -n ${seconds[$big]:-} ]]; then
        ratio=$(awk -v a="${seconds[$big]}" -v b="${seconds[$small]}" 'BEGIN {printf "%.1f", a / b}')
        awk -v r="$ratio" 'BEGIN {exit !(r <= 11)}' && verdicts+=("ok   ${small} -> ${big} rules: x${ratio} time (<= 11)") \
            || verdicts+=("MISS ${small} -> ${big} rules: x${ratio} time (> 11)")
    fi
done
printf '%s\n' "${verdicts[@]}"
